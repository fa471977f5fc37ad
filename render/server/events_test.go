package server

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
)

func TestEvents(t *testing.T) {
	h := New(Options{Store: testStore(t)})
	var all, feb, one store.EventPage
	get(t, h, http.MethodGet, "/api/events", "", &all)
	get(t, h, http.MethodGet, "/api/events?from=2025-02-10&to=2025-02-28", "", &feb)
	if all.Total == 0 || feb.Total == 0 || feb.Total >= all.Total {
		t.Fatalf("events: %d in all, %d from 10 February", all.Total, feb.Total)
	}
	for _, ev := range feb.Items {
		if ev.Date < "2025-02-10" {
			t.Errorf("event of %s in a window from 2025-02-10", ev.Date)
		}
	}
	id := ids(t, h, "Kellogg")[0]
	get(t, h, http.MethodGet, "/api/events?entity="+url.QueryEscape(id), "", &one)
	for _, ev := range one.Items {
		if !strings.Contains(ev.Text, "Kellogg") {
			t.Errorf("event of Kellogg: %q", ev.Text)
		}
	}
	status(t, h, map[string]int{
		"/api/events?to=yesterday": http.StatusBadRequest,
		"/api/events?limit=5000":   http.StatusBadRequest,
	})
}
