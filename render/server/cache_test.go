package server

import (
	"context"
	"net/http"
	"net/url"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// TestCacheGeneration checks that a cached answer is given again until
// the store changes, and not after.
func TestCacheGeneration(t *testing.T) {
	st := testStore(t)
	h := New(Options{Store: st})
	id := ids(t, h, "Rutte")[0]
	var before, again, after store.Entity
	get(t, h, http.MethodGet, "/api/entities/"+url.PathEscape(id), "", &before)
	get(t, h, http.MethodGet, "/api/entities/"+url.PathEscape(id)+"?token=x", "", &again) // the token is no part of the key
	if before.Name != "Mark Rutte" || again.Name != before.Name {
		t.Fatalf("Rutte: %+v, then %+v", before, again)
	}
	ctx := context.Background()
	if err := st.Correct(ctx, store.Correction{Kind: store.Rename, Entity: id, Name: "M. Rutte", Who: "t"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Finish(ctx, store.FinishOptions{Resolve: storetest.Pipeline().ResolveLocals}); err != nil {
		t.Fatal(err)
	}
	get(t, h, http.MethodGet, "/api/entities/"+url.PathEscape(id), "", &after)
	if after.Name != "M. Rutte" {
		t.Errorf("after a rename and a finish the API still says %q", after.Name)
	}
}

// TestAnswerCache checks the cache itself: an answer kept is found under
// its generation only, and the least recently used go first when full.
func TestAnswerCache(t *testing.T) {
	c := newAnswerCache()
	if _, ok := c.get("g1", "/a"); ok {
		t.Fatal("found in an empty cache")
	}
	c.put("g1", &cachedAnswer{key: "/a", body: []byte("A")})
	if a, ok := c.get("g1", "/a"); !ok || string(a.body) != "A" {
		t.Fatalf("kept answer: %v %v", a, ok)
	}
	c.put("g0", &cachedAnswer{key: "/b", body: []byte("B")}) // made under an older generation
	if _, ok := c.get("g1", "/b"); ok {
		t.Error("an answer of an older generation was kept")
	}
	if _, ok := c.get("g2", "/a"); ok {
		t.Error("an answer found under a newer generation")
	}
	big := make([]byte, cacheItemBytes)
	for i := range cacheBytes/cacheItemBytes + 1 {
		c.put("g2", &cachedAnswer{key: string(rune('a' + i)), body: big})
		c.get("g2", "a") // kept in use
	}
	if _, ok := c.get("g2", "a"); !ok {
		t.Error("the answer in use was dropped")
	}
	if _, ok := c.get("g2", "b"); ok {
		t.Error("the least recently used answer was kept past the bound")
	}
	if c.size > cacheBytes {
		t.Errorf("cache holds %d bytes, bound %d", c.size, cacheBytes)
	}
}
