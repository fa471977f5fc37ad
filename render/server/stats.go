package server

import (
	"net/http"

	"github.com/chronograph/chronograph/timeline/store"
)

// stats: GET /api/stats describes the store, and whether this server
// takes corrections.
func (s *server) stats(w http.ResponseWriter, r *http.Request) {
	if !newParams(r).ok(w) {
		return
	}
	st, err := s.Store.Stats(r.Context())
	if err != nil {
		storeError(w, err)
		return
	}
	st.Path = "" // the server's file system is not the client's business
	writeJSON(w, http.StatusOK, statsAnswer{st, s.Write})
}

type statsAnswer struct {
	store.Stats
	Writable bool `json:"writable"` // the server takes corrections (--write)
}
