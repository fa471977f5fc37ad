package server

import (
	"cmp"
	"net/http"
	"slices"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/timex"
)

var entityTypes = []string{"PERSON", "LOCATION", "ORGANIZATION"}

// localise names an entity, and labels its dates, in the display
// language: under --display-lang ja its Japanese name when it has one
// (the English one stays among its aliases) and 2026年7月5日.
func (s *server) localise(e *store.Entity) {
	lang := cmp.Or(s.DisplayLang, "en")
	if lang == "ja" && e.NameJA != "" && e.NameJA != e.Name {
		if !slices.Contains(e.Aliases, e.Name) {
			e.Aliases = append([]string{e.Name}, e.Aliases...)
		}
		e.Name = e.NameJA
	}
	e.FirstSeenLabel, e.LastSeenLabel = timex.LabelIn(e.FirstSeen, lang), timex.LabelIn(e.LastSeen, lang)
}

// entities: GET /api/entities?q=&type=&from=&to=&limit=&cursor=&offset=
// lists the entities by mentions, those whose name or alias holds q, of a
// type; with a window, those named in it, by the sentences naming them
// there. offset reaches any page (the last one) at once.
func (s *server) entities(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "q", "type", "from", "to", "limit", "cursor", "offset")
	q := store.EntityQuery{Query: p.text("q"), Type: p.oneOf("type", entityTypes, ""), Window: p.window(), Limit: p.limit(), Cursor: p.cursor(), Offset: p.offset()}
	if !p.ok(w) {
		return
	}
	page, err := s.Store.Entities(r.Context(), q)
	for i := range page.Items {
		s.localise(&page.Items[i])
	}
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
	s.localise(&e)
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
	for i := range page.Items {
		s.localise(&page.Items[i].Entity)
	}
	answer(w, page, err)
}
