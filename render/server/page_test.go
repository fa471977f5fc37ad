package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

func TestPage(t *testing.T) {
	st := testStore(t)
	var windows []store.Window
	slice := func(ctx context.Context, w store.Window) (*timeline.Result, error) {
		windows = append(windows, w)
		return store.Fold(ctx, st, storetest.Pipeline(), store.Slice{Window: w})
	}
	h := New(Options{Store: st, Slice: slice})
	for range 2 {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/?from=2025-02-01&to=2025-02-10", nil)
		req.Host = "localhost:8080"
		h.ServeHTTP(rec, req)
		body := rec.Body.String()
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			t.Fatalf("page: %d %s", rec.Code, rec.Header().Get("Content-Type"))
		}
		if !strings.Contains(body, `"served":{"from":"2025-02-01","to":"2025-02-10"`) || !strings.Contains(body, "connect-src 'self'") {
			t.Errorf("the page is not a served page of its window: %.300s", body)
		}
		if strings.Contains(body, "Gamma") { // named in the document of 19 February only
			t.Error("the page holds documents outside its window")
		}
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.Host = "localhost:8080"
	h.ServeHTTP(rec, req)
	if !strings.Contains(rec.Body.String(), "Gamma") {
		t.Error("the page of the whole store does not name Gamma")
	}
	if len(windows) != 2 {
		t.Errorf("pages built for %v, want each window once", windows)
	}
	status(t, h, map[string]int{
		"/?from=2025-02-30": http.StatusBadRequest,
		"/?window=all":      http.StatusBadRequest,
		"/favicon.ico":      http.StatusNotFound,
	})
	if code := get(t, New(Options{Store: st}), http.MethodGet, "/", "", nil); code != http.StatusNotFound {
		t.Errorf("a server without slices served a page: %d", code)
	}
}
