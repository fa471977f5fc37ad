package server

import (
	"bytes"
	"net/http"
	"time"

	"github.com/chronograph/chronograph/render"
	"github.com/chronograph/chronograph/timeline/store"
)

// The most events and documents of a store the page opens on at once; a
// larger store opens on its last eight weeks, and the page loads other
// windows from the server. (33,000 feed items made a page of 25 MB, built
// in 8.5 s.)
const (
	maxPageEvents    = 20000
	maxPageDocuments = 5000
)

// page: GET /?from=&to= is the report's page over the documents of the
// window (the whole store when it is small, else its last eight weeks):
// the same front end as a static report, which asks the API for every
// entity, the evidence and the events beyond the slice.
func (s *server) page(w http.ResponseWriter, r *http.Request) {
	p := newParams(r, "from", "to")
	win := p.window()
	if !p.ok(w) {
		return
	}
	if s.Slice == nil {
		writeError(w, http.StatusNotFound, "this server answers the API only")
		return
	}
	stats, err := s.Store.Stats(r.Context())
	if err != nil {
		storeError(w, err)
		return
	}
	if win == (store.Window{}) && (stats.Events > maxPageEvents || stats.Documents > maxPageDocuments) && stats.LastDate != "" {
		if last, err := time.Parse(time.DateOnly, stats.LastDate); err == nil {
			win = store.Window{From: last.AddDate(0, 0, -55).Format(time.DateOnly), To: stats.LastDate}
		}
	}
	gen, err := s.Store.Generation(r.Context())
	if err != nil {
		storeError(w, err)
		return
	}
	s.mu.Lock()
	if gen != s.gen {
		s.gen = gen
		clear(s.pages)
	}
	page, ok := s.pages[win]
	s.mu.Unlock()
	if !ok {
		res, err := s.Slice(r.Context(), win)
		if err != nil {
			storeError(w, err)
			return
		}
		opts := s.Report
		opts.Served = &render.Served{From: win.From, To: win.To, Entities: stats.Entities, Events: stats.Events, Writable: s.Write}
		var buf bytes.Buffer
		if err := render.Report(&buf, res, opts); err != nil {
			storeError(w, err)
			return
		}
		page = buf.Bytes()
		s.mu.Lock()
		if len(s.pages) >= 8 {
			clear(s.pages)
		}
		s.pages[win] = page
		s.mu.Unlock()
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(page)
}
