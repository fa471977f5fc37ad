package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chronograph/chronograph/timeline/store"
)

// BenchmarkRoutes measures every API route over loopback on the store
// $CHRONOGRAPH_SERVE_DB names (a large one made by ingest), with the
// parameters an analyst's page sends: the busiest entities, wide windows
// and the last weeks, every weighting, evidence of a node and of an edge,
// volume by day, week and month, searches of common words in both
// languages (中国 among them). Each request is sent five times to a
// server whose cache never answers (every answer is computed: the cost
// of a request not asked before), then twenty times to one that caches;
// it prints each route's p50, p95 and slowest, and reports the slowest
// route's p95 of each:
//
//	CHRONOGRAPH_SERVE_DB=big.db go test ./render/server -run '^$' -bench Routes -benchtime 1x
//
// Set CHRONOGRAPH_SERVE_SEARCH to words (comma-separated) to search for
// instead of the default ones.
func BenchmarkRoutes(b *testing.B) {
	path := os.Getenv("CHRONOGRAPH_SERVE_DB")
	if path == "" {
		b.Skip("CHRONOGRAPH_SERVE_DB names no store")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, path, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "store: %d documents, %d mentions, %d entities, %d events, %d edges, %s to %s\n",
		stats.Documents, stats.Mentions, stats.Entities, stats.Events, stats.Edges, stats.FirstDate, stats.LastDate)
	routes := benchRoutes(b, st, stats)
	for b.Loop() {
		b.ReportMetric(measureRoutes(b, "computed", New(Options{Store: &uncachedStore{Store: st}}), routes, 5), "ms-worst-p95-computed")
		b.ReportMetric(measureRoutes(b, "cached", New(Options{Store: st}), routes, 20), "ms-worst-p95-cached")
	}
}

// uncachedStore is a store whose generation changes at every call: a
// server over it computes every answer.
type uncachedStore struct {
	store.Store
	n atomic.Int64
}

func (u *uncachedStore) Generation(context.Context) (string, error) {
	return strconv.FormatInt(u.n.Add(1), 10), nil
}

// measureRoutes sends each route's requests rounds times over loopback,
// logs each route's p50, p95 and slowest, and returns the worst p95.
func measureRoutes(b *testing.B, name string, h http.Handler, routes []benchRoute, rounds int) float64 {
	srv := httptest.NewServer(h)
	defer srv.Close()
	var worst float64
	fmt.Fprintf(os.Stderr, "%s answers:\n", name)
	{
		for _, r := range routes {
			var took []time.Duration
			slowest, slowestAt := time.Duration(0), ""
			for range rounds {
				for _, target := range r.targets {
					start := time.Now()
					resp, err := srv.Client().Get(srv.URL + target)
					if err != nil {
						b.Fatal(err)
					}
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != http.StatusOK {
						b.Fatalf("GET %s: %s", target, resp.Status)
					}
					took = append(took, time.Since(start))
					if took[len(took)-1] > slowest && len(took) > len(r.targets) { // past the first round
						slowest, slowestAt = took[len(took)-1], target
					}
				}
			}
			slices.Sort(took)
			p := func(q float64) float64 { return float64(took[int(q*float64(len(took)-1))].Microseconds()) / 1000 }
			fmt.Fprintf(os.Stderr, "%-28s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  (%d requests; slowest after the first round: %s)\n", r.name, p(0.5), p(0.95), p(1), len(took), slowestAt)
			worst = max(worst, p(0.95))
		}
	}
	return worst
}

type benchRoute struct {
	name    string
	targets []string
}

// benchRoutes builds the requests of each route for the store: its three
// busiest entities, the busiest pair, windows of the whole store, its
// last year and its last eight weeks.
func benchRoutes(b *testing.B, st store.Store, stats store.Stats) []benchRoute {
	ctx := context.Background()
	top, err := st.Entities(ctx, store.EntityQuery{Limit: 3})
	if err != nil || len(top.Items) < 2 {
		b.Fatalf("the store needs two entities: %v", err)
	}
	last, err := time.Parse(time.DateOnly, stats.LastDate)
	if err != nil {
		b.Fatalf("last date %q: %v", stats.LastDate, err)
	}
	day := func(t time.Time) string { return t.Format(time.DateOnly) }
	windows := []url.Values{
		{},
		{"from": {day(last.AddDate(-1, 0, 0))}, "to": {stats.LastDate}},
		{"from": {day(last.AddDate(0, 0, -55))}, "to": {stats.LastDate}},
	}
	var busy []string
	for _, e := range top.Items {
		busy = append(busy, e.ID)
	}
	nb, err := st.Neighbours(ctx, store.NeighbourQuery{ID: busy[0], Limit: 1})
	if err != nil || len(nb.Items) == 0 {
		b.Fatalf("the busiest entity has no neighbour: %v", err)
	}
	pair := [2]string{busy[0], nb.Items[0].Entity.ID}
	second, err := st.Entities(ctx, store.EntityQuery{Limit: 50})
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"Ukraine", "talks", "中国", "大統領"}
	if s := os.Getenv("CHRONOGRAPH_SERVE_SEARCH"); s != "" {
		words = strings.Split(s, ",")
	}
	each := func(base string, vary []url.Values) []string {
		var out []string
		for _, v := range vary {
			u := base
			if len(v) > 0 {
				u += "?" + v.Encode()
			}
			out = append(out, u)
		}
		return out
	}
	with := func(v url.Values, kv ...string) url.Values {
		c := url.Values{}
		for k, vs := range v {
			c[k] = vs
		}
		for i := 0; i+1 < len(kv); i += 2 {
			c.Set(kv[i], kv[i+1])
		}
		return c
	}
	var routes []benchRoute
	var ents []url.Values
	for _, w := range windows {
		ents = append(ents, with(w, "limit", "50"))
	}
	ents = append(ents, url.Values{"q": {"a"}}, url.Values{"type": {"LOCATION"}, "limit": {"50"}}, url.Values{"cursor": {second.Next}, "limit": {"50"}})
	routes = append(routes, benchRoute{"entities", each("/api/entities", ents)})
	var one []string
	for _, id := range busy {
		one = append(one, "/api/entities/"+url.PathEscape(id))
	}
	routes = append(routes, benchRoute{"entities/{id}", one})
	for _, wt := range store.Weightings {
		var vs []url.Values
		for _, w := range windows {
			vs = append(vs, with(w, "weighting", wt, "limit", "40"))
		}
		var targets []string
		for _, id := range busy {
			targets = append(targets, each("/api/entities/"+url.PathEscape(id)+"/neighbours", vs)...)
		}
		routes = append(routes, benchRoute{"neighbours weighting=" + wt, targets})
	}
	var node, edge []url.Values
	for _, w := range windows {
		for _, id := range busy {
			node = append(node, with(w, "a", id, "limit", "200"))
		}
		edge = append(edge, with(w, "a", pair[0], "b", pair[1], "limit", "200"))
	}
	routes = append(routes, benchRoute{"evidence (node)", each("/api/evidence", node)}, benchRoute{"evidence (edge)", each("/api/evidence", edge)})
	var evs []url.Values
	for _, w := range windows {
		evs = append(evs, with(w, "limit", "50"), with(w, "entity", busy[0], "limit", "50"))
	}
	routes = append(routes, benchRoute{"events", each("/api/events", evs)})
	for _, bucket := range store.Buckets {
		var vs []url.Values
		for _, w := range windows {
			vs = append(vs, with(w, "bucket", bucket), with(w, "bucket", bucket, "entity", busy[0]))
		}
		routes = append(routes, benchRoute{"volume bucket=" + bucket, each("/api/volume", vs)})
	}
	var search []url.Values
	for _, word := range words {
		for _, w := range windows {
			search = append(search, with(w, "q", word, "limit", "50"))
		}
	}
	routes = append(routes, benchRoute{"search", each("/api/search", search)})
	routes = append(routes, benchRoute{"stats", []string{"/api/stats"}})
	return routes
}
