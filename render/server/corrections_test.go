package server

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

func TestCorrections(t *testing.T) {
	st := testStore(t)
	ro := New(Options{Store: st})
	id := ids(t, ro, "Keith Kellogg")[0]
	rename := fmt.Sprintf(`{"kind": "rename", "entity": %q, "name": "Gen. Keith Kellogg"}`, id)
	if code := get(t, ro, http.MethodPost, "/api/corrections", rename, nil); code != http.StatusForbidden {
		t.Errorf("a read-only server took a correction: %d", code)
	}
	finish := func(ctx context.Context) error {
		_, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals})
		return err
	}
	rw := New(Options{Store: st, Write: true, Finish: finish, Who: "tester"})
	var out struct {
		Correction store.Correction `json:"correction"`
		Applied    bool             `json:"applied"`
	}
	if code := get(t, rw, http.MethodPost, "/api/corrections", rename, &out); code != http.StatusCreated || !out.Applied || out.Correction.Who != "tester" {
		t.Fatalf("rename: %d %+v", code, out)
	}
	var e store.Entity
	get(t, rw, http.MethodGet, "/api/entities/"+url.PathEscape(id), "", &e)
	if e.Name != "Gen. Keith Kellogg" {
		t.Errorf("after the rename the entity is %q", e.Name)
	}
	var list struct {
		Items []store.Correction `json:"items"`
	}
	if get(t, rw, http.MethodGet, "/api/corrections", "", &list); len(list.Items) != 1 {
		t.Errorf("corrections: %+v", list)
	}
	// Not JSON, or from another site's page: refused.
	for _, h := range []map[string]string{{"Content-Type": "text/plain"}, {"Content-Type": "application/json", "Origin": "http://evil.example"}} {
		req := httptest.NewRequest(http.MethodPost, "/api/corrections", strings.NewReader(rename))
		req.Host = "127.0.0.1:8080"
		for k, v := range h {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		rw.ServeHTTP(rec, req)
		if rec.Code != http.StatusUnsupportedMediaType && rec.Code != http.StatusForbidden {
			t.Errorf("POST with %v: %d", h, rec.Code)
		}
	}
	for body, want := range map[string]int{
		`{"kind": "rename"`:                         http.StatusBadRequest,
		`{"kind": "rename", "colour": "red"}`:       http.StatusBadRequest,
		`{"kind": "paint", "entity": "` + id + `"}`: http.StatusBadRequest,
		`{"kind": "drop", "entity": "nobody"}`:      http.StatusNotFound,
	} {
		if code := get(t, rw, http.MethodPost, "/api/corrections", body, nil); code != want {
			t.Errorf("POST %s = %d, want %d", body, code, want)
		}
	}
}
