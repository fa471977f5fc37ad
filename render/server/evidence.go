package server

import (
	"net/http"

	"github.com/chronograph/chronograph/timeline/store"
)

// evidence: GET /api/evidence?a=&b=&from=&to=&limit=&cursor= lists the
// sentences naming entity a (a node), or a and b (an edge).
func (s *server) evidence(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "a", "b", "from", "to", "limit", "cursor")
	q := store.EvidenceQuery{A: p.text("a"), B: p.text("b"), Window: p.window(), Limit: p.limit(), Cursor: p.cursor()}
	if q.A == "" {
		p.fail("a: the id of an entity is needed")
	}
	if !p.ok(w) {
		return
	}
	page, err := s.Store.Evidence(r.Context(), q)
	answer(w, page, err)
}
