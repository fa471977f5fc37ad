package server

import (
	"encoding/json"
	"mime"
	"net/http"
	"time"

	"github.com/chronograph/chronograph/timeline/store"
)

// corrections: GET /api/corrections lists the corrections kept in the
// store, in the order they were made.
func (s *server) corrections(w http.ResponseWriter, r *http.Request) {
	if !newParams(r).ok(w) {
		return
	}
	cs, err := s.Store.Corrections(r.Context())
	if err != nil {
		storeError(w, err)
		return
	}
	if cs == nil {
		cs = []store.Correction{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"items": cs})
}

// correctionBody is what a POST to /api/corrections carries.
type correctionBody struct {
	Kind   string `json:"kind"`   // merge, split, rename, drop or source
	Entity string `json:"entity"` // id
	Other  string `json:"other"`  // merge: the entity merged into Entity
	Alias  string `json:"alias"`  // split
	Name   string `json:"name"`   // rename
}

// correct: POST /api/corrections records a correction in the store, with
// who made it and when, when the server was started with --write; the
// store applies it now when the server can finish, else at the next ingest.
func (s *server) correct(w http.ResponseWriter, r *http.Request) {
	if !s.Write {
		writeError(w, http.StatusForbidden, "this server is read-only: start it with --write to take corrections")
		return
	}
	if !newParams(r).ok(w) {
		return
	}
	// JSON only, from this server's own pages: a form on another site can
	// post text/plain to a server on the reader's machine, not JSON.
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		writeError(w, http.StatusUnsupportedMediaType, "a correction is posted as application/json")
		return
	}
	if o := r.Header.Get("Origin"); o != "" && o != "http://"+r.Host && o != "https://"+r.Host {
		writeError(w, http.StatusForbidden, "corrections are taken from this server's own pages, not from %q", o)
		return
	}
	var b correctionBody
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		writeError(w, http.StatusBadRequest, "the body is not a correction: %v (want {\"kind\", \"entity\", \"other\"|\"alias\"|\"name\"})", err)
		return
	}
	for _, f := range []string{b.Kind, b.Entity, b.Other, b.Alias, b.Name} {
		if len(f) > maxText {
			writeError(w, http.StatusBadRequest, "a field is longer than %d bytes", maxText)
			return
		}
	}
	who := s.Who
	if who == "" {
		who = "chronograph serve"
	}
	c := store.Correction{Kind: b.Kind, Entity: b.Entity, Other: b.Other, Alias: b.Alias, Name: b.Name, Who: who, At: time.Now().UTC()}
	if err := s.Store.Correct(r.Context(), c); err != nil {
		storeError(w, err)
		return
	}
	applied := false
	if s.Finish != nil {
		if err := s.Finish(r.Context()); err != nil {
			storeError(w, err)
			return
		}
		applied = true
		s.mu.Lock()
		clear(s.pages)
		s.mu.Unlock()
	}
	writeJSON(w, http.StatusCreated, map[string]any{"correction": c, "applied": applied})
}
