package server

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
)

func TestEntities(t *testing.T) {
	h := New(Options{Store: testStore(t)})
	var all store.EntityPage
	if code := get(t, h, http.MethodGet, "/api/entities", "", &all); code != http.StatusOK || all.Total == 0 || len(all.Items) != all.Total {
		t.Fatalf("entities: %d, %+v", code, all.Page)
	}
	// Paging by two reaches every entity once.
	seen := map[string]bool{}
	for cursor, n := "", 0; ; n++ {
		var page store.EntityPage
		if code := get(t, h, http.MethodGet, "/api/entities?limit=2&cursor="+url.QueryEscape(cursor), "", &page); code != http.StatusOK || n > all.Total {
			t.Fatalf("page %d: %d", n, code)
		}
		for _, e := range page.Items {
			seen[e.ID] = true
		}
		if cursor = page.Next; cursor == "" {
			break
		}
	}
	if len(seen) != all.Total {
		t.Errorf("paging saw %d of %d entities", len(seen), all.Total)
	}
	var kellogg store.EntityPage
	get(t, h, http.MethodGet, "/api/entities?q=kellogg&type=PERSON", "", &kellogg)
	if len(kellogg.Items) != 1 || kellogg.Items[0].Name != "Keith Kellogg" {
		t.Fatalf("q=kellogg: %+v", kellogg.Items)
	}
	id := kellogg.Items[0].ID
	var one store.Entity
	if code := get(t, h, http.MethodGet, "/api/entities/"+url.PathEscape(id), "", &one); code != http.StatusOK || one.ID != id {
		t.Errorf("entity %s: %d %+v", id, code, one)
	}
	var nb store.NeighbourPage
	if code := get(t, h, http.MethodGet, "/api/entities/"+url.PathEscape(id)+"/neighbours?from=2025-02-01&to=2025-02-28&weighting=pmi", "", &nb); code != http.StatusOK || len(nb.Items) == 0 {
		t.Errorf("neighbours: %d %+v", code, nb)
	}
	status(t, h, map[string]int{
		"/api/entities?type=PLANET":                                                         http.StatusBadRequest,
		"/api/entities?limit=0":                                                             http.StatusBadRequest,
		"/api/entities?limit=1001":                                                          http.StatusBadRequest,
		"/api/entities?limit=ten":                                                           http.StatusBadRequest,
		"/api/entities?cursor=%7B%7D":                                                       http.StatusBadRequest,
		"/api/entities?cursor=bm90LWEtY3Vyc29y":                                             http.StatusBadRequest,
		"/api/entities/no-such-entity":                                                      http.StatusNotFound,
		"/api/entities/" + url.PathEscape(id) + "/neighbours?weighting=tfidf":               http.StatusBadRequest,
		"/api/entities/" + url.PathEscape(id) + "/neighbours?from=2025-13-01":               http.StatusBadRequest,
		"/api/entities/" + url.PathEscape(id) + "/neighbours?from=2025-03-01&to=2025-02-01": http.StatusBadRequest,
		"/api/entities/" + url.PathEscape(id) + "?x=1":                                      http.StatusBadRequest,
	})
}

// TestEntitiesWindowOffset lists the entities of a window, and reaches the
// last page of a list by its offset.
func TestEntitiesWindowOffset(t *testing.T) {
	h := New(Options{Store: testStore(t)})
	var week store.EntityPage
	if code := get(t, h, http.MethodGet, "/api/entities?from=2025-02-18&to=2025-02-19", "", &week); code != http.StatusOK {
		t.Fatalf("entities of a window: %d", code)
	}
	var names []string
	for _, e := range week.Items {
		names = append(names, e.Name)
	}
	if week.Total != 3 || len(names) != 3 || names[0] != "Beta" || week.Items[0].WindowSentences != 3 {
		t.Errorf("entities of 18-19 February: %v (total %d), want Beta, then Alpha and Gamma", names, week.Total)
	}
	var all, last, two store.EntityPage
	get(t, h, http.MethodGet, "/api/entities", "", &all)
	get(t, h, http.MethodGet, "/api/entities?limit=2", "", &two)
	if code := get(t, h, http.MethodGet, fmt.Sprintf("/api/entities?limit=2&offset=%d", all.Total-1), "", &last); code != http.StatusOK ||
		len(last.Items) != 1 || last.Items[0].ID != all.Items[all.Total-1].ID || last.Next != "" {
		t.Errorf("last page by offset: %d %+v, want %s", code, last, all.Items[all.Total-1].ID)
	}
	status(t, h, map[string]int{
		"/api/entities?offset=-1":                                    http.StatusBadRequest,
		"/api/entities?offset=x":                                     http.StatusBadRequest,
		"/api/entities?offset=2&cursor=" + url.QueryEscape(two.Next): http.StatusBadRequest,
		"/api/entities?from=2025-02-30":                              http.StatusBadRequest,
		"/api/entities?from=2025-03-01&to=2025-02-01":                http.StatusBadRequest,
		"/api/events?offset=1000000000":                              http.StatusBadRequest,
		"/api/search?q=Kyiv&offset=1":                                http.StatusOK,
	})
}

// TestDisplayLangJapanese asks a server started with --display-lang ja:
// entities are named, and dates labelled, in Japanese.
func TestDisplayLangJapanese(t *testing.T) {
	st := testStore(t)
	en, ja := New(Options{Store: st}), New(Options{Store: st, DisplayLang: "ja"})
	var page store.EntityPage
	get(t, ja, http.MethodGet, "/api/entities?q=%E7%9F%B3%E7%A0%B4", "", &page) // 石破
	if len(page.Items) != 1 || page.Items[0].Name != "石破茂" || !slices.Contains(page.Items[0].Aliases, "Shigeru Ishiba") {
		t.Errorf("石破 under ja: %+v", page.Items)
	}
	var enEvents, jaEvents store.EventPage
	get(t, en, http.MethodGet, "/api/events?limit=1", "", &enEvents)
	get(t, ja, http.MethodGet, "/api/events?limit=1", "", &jaEvents)
	if len(jaEvents.Items) != 1 || jaEvents.Items[0].DateLabel != "2025年2月3日" || enEvents.Items[0].DateLabel != "3 Feb 2025" {
		t.Errorf("first event's label: en %q, ja %q; want 3 Feb 2025 and 2025年2月3日", enEvents.Items[0].DateLabel, jaEvents.Items[0].DateLabel)
	}
	if got := page.Items[0].FirstSeenLabel; !strings.Contains(got, "年") {
		t.Errorf("first seen under ja: %q", got)
	}
}
