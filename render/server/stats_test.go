package server

import (
	"net/http"
	"testing"
)

func TestStats(t *testing.T) {
	h := New(Options{Store: testStore(t)})
	var s statsAnswer
	if code := get(t, h, http.MethodGet, "/api/stats", "", &s); code != http.StatusOK || s.Documents == 0 || s.Entities == 0 || s.Writable {
		t.Errorf("stats: %d %+v", code, s)
	}
	if s.Path != "" {
		t.Errorf("stats give the server's path %q", s.Path)
	}
	status(t, h, map[string]int{"/api/stats?verbose=1": http.StatusBadRequest})
}
