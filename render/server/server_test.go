package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// testStore is a store of the conformance suite's small corpus.
func testStore(t *testing.T) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, p := range storetest.Partials(storetest.Docs()) {
		if _, err := st.Add(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
		t.Fatal(err)
	}
	return st
}

// get answers a request to h, decoding the JSON body into out (when not nil).
func get(t *testing.T, h http.Handler, method, target, body string, out any) int {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	req.Host = "127.0.0.1:8080"
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if ct := rec.Header().Get("Content-Type"); rec.Code >= 400 && !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: error answered as %q", method, target, ct)
	}
	if out != nil {
		if err := json.Unmarshal(rec.Body.Bytes(), out); err != nil {
			t.Fatalf("%s %s: %d %v: %.200s", method, target, rec.Code, err, rec.Body.String())
		}
	}
	return rec.Code
}

// status checks the status of each request, and that an error says why.
func status(t *testing.T, h http.Handler, cases map[string]int) {
	t.Helper()
	for target, want := range cases {
		var body map[string]any
		got := get(t, h, http.MethodGet, target, "", &body)
		if got != want {
			t.Errorf("GET %s = %d, want %d: %v", target, got, want, body)
		}
		if got >= 400 && (body["error"] == nil || body["error"] == "") {
			t.Errorf("GET %s: error without a message: %v", target, body)
		}
	}
}

func TestCheckAddr(t *testing.T) {
	tests := []struct {
		addr, token string
		ok          bool
	}{
		{"127.0.0.1:8080", "", true},
		{"localhost:8080", "", true},
		{"[::1]:8080", "", true},
		{"0.0.0.0:8080", "", false},
		{":8080", "", false},
		{"192.168.1.2:8080", "", false},
		{"0.0.0.0:8080", "s3cret", true},
		{"nonsense", "", false},
	}
	for _, tt := range tests {
		if err := CheckAddr(tt.addr, tt.token); (err == nil) != tt.ok {
			t.Errorf("CheckAddr(%q, %q) = %v, want ok %v", tt.addr, tt.token, err, tt.ok)
		}
	}
}

// TestLoopbackHost: without a token, only requests to a loopback name are
// answered (a page of another site rebound to 127.0.0.1 is refused).
func TestLoopbackHost(t *testing.T) {
	h := New(Options{Store: testStore(t)})
	for host, want := range map[string]int{"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "evil.example:8080": 421, "10.0.0.2": 421} {
		req := httptest.NewRequest(http.MethodGet, "/api/stats", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %s: %d, want %d", host, rec.Code, want)
		}
	}
}

func TestToken(t *testing.T) {
	h := New(Options{Store: testStore(t), Token: "s3cret"})
	if code := get(t, h, http.MethodGet, "/api/stats", "", nil); code != http.StatusUnauthorized {
		t.Errorf("no token: %d", code)
	}
	if code := get(t, h, http.MethodGet, "/api/stats?token=wrong", "", nil); code != http.StatusUnauthorized {
		t.Errorf("wrong token: %d", code)
	}
	if code := get(t, h, http.MethodGet, "/api/stats?token=s3cret", "", nil); code != http.StatusOK {
		t.Errorf("token in the query: %d", code)
	}
	req := httptest.NewRequest(http.MethodGet, "/api/stats", nil)
	req.Header.Set("Authorization", "Bearer s3cret")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		t.Errorf("bearer token: %d", rec.Code)
	}
}

func TestLimits(t *testing.T) {
	h := New(Options{Store: testStore(t)})
	status(t, h, map[string]int{
		"/api/entities?q=" + strings.Repeat("x", 3000): http.StatusRequestURITooLong,
		"/api/nothing":                  http.StatusNotFound,
		"/api/entities?limit=5&limit=6": http.StatusBadRequest,
		"/api/entities?colour=red":      http.StatusBadRequest,
	})
	if code := get(t, h, http.MethodDelete, "/api/entities", "", nil); code != http.StatusMethodNotAllowed {
		t.Errorf("DELETE: %d", code)
	}
}
