package server

import (
	"net/http"
	"net/url"
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
