package server

import (
	"net/http"

	"github.com/chronograph/chronograph/timeline/store"
)

// events: GET /api/events?from=&to=&entity=&limit=&cursor= lists the dated
// events of the window, of an entity, by date.
func (s *server) events(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "from", "to", "entity", "limit", "cursor")
	q := store.EventQuery{Window: p.window(), Entity: p.text("entity"), Limit: p.limit(), Cursor: p.cursor()}
	if !p.ok(w) {
		return
	}
	page, err := s.Store.Events(r.Context(), q)
	answer(w, page, err)
}
