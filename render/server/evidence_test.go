package server

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
)

// ids finds the ids of entities by name.
func ids(t *testing.T, h http.Handler, names ...string) []string {
	t.Helper()
	var out []string
	for _, n := range names {
		var page store.EntityPage
		get(t, h, http.MethodGet, "/api/entities?q="+url.QueryEscape(n), "", &page)
		if len(page.Items) == 0 {
			t.Fatalf("no entity %q", n)
		}
		out = append(out, page.Items[0].ID)
	}
	return out
}

func TestEvidence(t *testing.T) {
	h := New(Options{Store: testStore(t)})
	id := ids(t, h, "Keith Kellogg", "Zelensky")
	var node, edge store.SentencePage
	if code := get(t, h, http.MethodGet, "/api/evidence?a="+url.QueryEscape(id[0]), "", &node); code != http.StatusOK || len(node.Items) == 0 {
		t.Fatalf("node evidence: %d %+v", code, node)
	}
	if code := get(t, h, http.MethodGet, "/api/evidence?a="+url.QueryEscape(id[0])+"&b="+url.QueryEscape(id[1])+"&from=2025-02-01&to=2025-02-28", "", &edge); code != http.StatusOK || len(edge.Items) == 0 || len(edge.Items) > len(node.Items) {
		t.Errorf("edge evidence: %d, %d sentences (node %d)", code, len(edge.Items), len(node.Items))
	}
	status(t, h, map[string]int{
		"/api/evidence":                     http.StatusBadRequest,
		"/api/evidence?a=x&from=02/03/2025": http.StatusBadRequest,
		"/api/evidence?a=x&limit=-1":        http.StatusBadRequest,
	})
}
