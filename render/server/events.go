package server

import (
	"cmp"
	"net/http"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/timex"
)

// events: GET /api/events?from=&to=&entity=&limit=&cursor=&offset= lists
// the dated events of the window, of an entity, by date; their labels in
// the display language.
func (s *server) events(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "from", "to", "entity", "limit", "cursor", "offset")
	q := store.EventQuery{Window: p.window(), Entity: p.text("entity"), Limit: p.limit(), Cursor: p.cursor(), Offset: p.offset()}
	if !p.ok(w) {
		return
	}
	page, err := s.Store.Events(r.Context(), q)
	for i := range page.Items {
		ev := &page.Items[i]
		ev.DateLabel = timex.LabelIn(ev.Date, cmp.Or(s.DisplayLang, "en"))
	}
	answer(w, page, err)
}
