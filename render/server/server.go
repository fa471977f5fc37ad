// Package server is chronograph's explorer over a store: `chronograph
// serve`. It answers a plain, read-only JSON API under /api/ (a file per
// resource beside its test) and serves the report's own page, the same
// front end as the static report, built for a slice of the store and fed
// by that API for what the slice does not hold (every entity, evidence,
// events, search).
//
// Start-up (New, CheckAddr) is in this file; the middlewares (limits,
// token) in middleware.go; parameter parsing in params.go.
package server

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/chronograph/chronograph/render"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/store"
)

// Options configure a server.
type Options struct {
	Store store.Store
	// Slice builds the result of the documents of a window, as `report
	// --store --from --to` does; the page shows it. Nil: the page is not
	// served, only the API.
	Slice func(ctx context.Context, w store.Window) (*timeline.Result, error)
	// Finish brings the store up to date after a correction (Store.Finish
	// with the pipeline's resolver); nil leaves corrections for the next
	// ingest.
	Finish func(ctx context.Context) error
	// Write allows the POST routes (corrections); read-only otherwise.
	Write bool
	// Token, when set, is required of every request: as the Authorization
	// bearer, the X-Chronograph-Token header, or ?token= (which sets a
	// cookie, so that a browser can follow the page's links).
	Token string
	// Who names the author of corrections made through this server.
	Who    string
	Report render.Options // how the page looks
	// DisplayLang names entities and labels dates in the API's answers:
	// en (default) or ja.
	DisplayLang string
	// Timeout bounds each request; 30 s when 0.
	Timeout time.Duration
}

// server holds what the handlers share.
type server struct {
	Options
	mu    sync.Mutex
	gen   string                  // the store's generation the pages were made in
	pages map[store.Window][]byte // rendered pages by window, dropped on a correction or a new generation
	cache *answerCache            // the API's answers
}

// New returns the handler of the explorer.
func New(o Options) http.Handler {
	if o.Timeout == 0 {
		o.Timeout = 30 * time.Second
	}
	s := &server{Options: o, pages: map[store.Window][]byte{}, cache: newAnswerCache()}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/entities", s.entities)
	mux.HandleFunc("GET /api/entities/{id}", s.entity)
	mux.HandleFunc("GET /api/entities/{id}/neighbours", s.neighbours)
	mux.HandleFunc("GET /api/evidence", s.evidence)
	mux.HandleFunc("GET /api/events", s.events)
	mux.HandleFunc("GET /api/volume", s.volume)
	mux.HandleFunc("GET /api/search", s.search)
	mux.HandleFunc("GET /api/stats", s.stats)
	mux.HandleFunc("GET /api/corrections", s.corrections)
	mux.HandleFunc("POST /api/corrections", s.correct)
	// Everything else, answered in JSON as the routes' errors are.
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead && r.Method != http.MethodPost {
			w.Header().Set("Allow", "GET, POST")
			writeError(w, http.StatusMethodNotAllowed, "method %s: the API reads with GET; corrections are POSTed", r.Method)
			return
		}
		writeError(w, http.StatusNotFound, "no such route: %s (the API is under /api/: entities, evidence, events, volume, search, stats)", r.URL.Path)
	})
	mux.HandleFunc("GET /{$}", s.page)
	var h http.Handler = s.cached(mux)
	if o.Token == "" {
		h = loopbackHost(h)
	}
	return limits(o.Timeout, token(o.Token, h))
}

// CheckAddr refuses to listen beyond the loopback interface without a
// token: the API reads the whole corpus.
func CheckAddr(addr, token string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--addr %q: %w (want host:port, such as 127.0.0.1:8080)", addr, err)
	}
	if token != "" {
		return nil
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("--addr %s is reachable from other machines: give a token (--token or CHRONOGRAPH_TOKEN) that every request must carry, or listen on 127.0.0.1", addr)
	}
	return nil
}

// answer writes v, or the store's error.
func answer[T any](w http.ResponseWriter, v T, err error) {
	if err != nil {
		storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

// storeError answers a store's error: 400 for a bad query, 404 for an
// unknown entity, 500 otherwise.
func storeError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, store.ErrBadQuery):
		writeError(w, http.StatusBadRequest, "%v", err)
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "%v", err)
	case errors.Is(err, context.DeadlineExceeded):
		writeError(w, http.StatusServiceUnavailable, "the query took too long: narrow it (a window, a smaller limit)")
	default:
		writeError(w, http.StatusInternalServerError, "%v", err)
	}
}
