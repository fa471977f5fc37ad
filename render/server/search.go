package server

import (
	"net/http"

	"github.com/chronograph/chronograph/timeline/store"
)

// search: GET /api/search?q=&from=&to=&limit=&cursor=&offset= finds the sentences
// holding all the words of q ("a phrase" in double quotes), English or
// Japanese.
func (s *server) search(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "q", "from", "to", "limit", "cursor", "offset")
	q := store.SearchQuery{Query: p.text("q"), Window: p.window(), Limit: p.limit(), Cursor: p.cursor(), Offset: p.offset()}
	if q.Query == "" {
		p.fail("q: words to search for are needed")
	}
	if !p.ok(w) {
		return
	}
	page, err := s.Store.Search(r.Context(), q)
	answer(w, page, err)
}
