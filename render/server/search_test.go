package server

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline/store"
)

func TestSearch(t *testing.T) {
	h := New(Options{Store: testStore(t)})
	for _, q := range []string{"Brussels", "中国"} {
		var page store.SentencePage
		if code := get(t, h, http.MethodGet, "/api/search?q="+url.QueryEscape(q), "", &page); code != http.StatusOK || len(page.Items) == 0 {
			t.Errorf("search %q: %d, %d sentences", q, code, len(page.Items))
		}
		for _, s := range page.Items {
			if !strings.Contains(s.Text, q) {
				t.Errorf("search %q found %q", q, s.Text)
			}
		}
	}
	status(t, h, map[string]int{
		"/api/search":       http.StatusBadRequest,
		"/api/search?q=%ff": http.StatusBadRequest,
	})
}
