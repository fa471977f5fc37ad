package server

import (
	"net/http"

	"github.com/chronograph/chronograph/timeline/store"
)

var entityTypes = []string{"PERSON", "LOCATION", "ORGANIZATION"}

// entities: GET /api/entities?q=&type=&limit=&cursor= lists the entities
// by mentions, those whose name or alias holds q, of a type.
func (s *server) entities(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "q", "type", "limit", "cursor")
	q := store.EntityQuery{Query: p.text("q"), Type: p.oneOf("type", entityTypes, ""), Limit: p.limit(), Cursor: p.cursor()}
	if !p.ok(w) {
		return
	}
	page, err := s.Store.Entities(r.Context(), q)
	answer(w, page, err)
}

// entity: GET /api/entities/{id} is one entity; an id merged away
// answers the entity it went into.
func (s *server) entity(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok || !newParams(r).ok(w) {
		return
	}
	e, err := s.Store.Entity(r.Context(), id)
	answer(w, e, err)
}

// neighbours: GET /api/entities/{id}/neighbours?from=&to=&weighting=&limit=&cursor=
// lists the entities named with it in the window, strongest first.
func (s *server) neighbours(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(w, r)
	if !ok {
		return
	}
	p := newParams(r, "from", "to", "weighting", "limit", "cursor")
	q := store.NeighbourQuery{ID: id, Window: p.window(), Weighting: p.oneOf("weighting", store.Weightings, "dice"), Limit: p.limit(), Cursor: p.cursor()}
	if !p.ok(w) {
		return
	}
	page, err := s.Store.Neighbours(r.Context(), q)
	answer(w, page, err)
}
