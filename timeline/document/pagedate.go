package document

import (
	"encoding/json"
	"sort"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page's markup says about it, besides its text.
type pageMeta struct {
	date time.Time // the publication date, zero when the page states none
	url  string    // its canonical address
}

// metaDateNames are the <meta> names and properties (lower-cased) that hold
// a publication date, most specific first.
var metaDateNames = []string{
	"article:published_time", "og:published_time", "og:article:published_time", "article.published",
	"datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
	"publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.issued",
	"dcterms.date", "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date",
	"original-publish-date", "article_date_original", "date", "cxenseparse:recs:publishtime", "pdate", "displaydate",
}

// readPageMeta reads the publication date and canonical address a page's
// markup states: the <meta> tags above, else JSON-LD datePublished, else an
// element marked itemprop="datePublished", else a <time> marked as the
// publication time (pubdate, itemprop, a "publish" class), else the first
// <time datetime>.
func readPageMeta(page string) pageMeta {
	metas := map[string]string{}
	var ldDate, itemDate, pubTime, firstTime, canonical, ogURL, shown string
	z := html.NewTokenizer(strings.NewReader(page))
	inLD := false
	// wantText is set by an element marked as the publication date that
	// holds it only as its text: <span itemprop="datePublished">May 19,
	// 2020</span>, <div class="…PublishDate…">Sep 30, 2016</div>.
	wantText := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.TextToken:
			if inLD && ldDate == "" {
				ldDate = jsonLDDate(z.Text())
			}
			if t := strings.Join(strings.Fields(string(z.Text())), " "); wantText && t != "" {
				if shown == "" {
					if _, ok := parseMetaDate(t); ok {
						shown = t
					}
				}
				wantText = false
			}
		case html.EndTagToken:
			inLD = false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			attrs := map[string]string{}
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs[string(k)] = string(v)
			}
			marked := attrs["itemprop"] == "datePublished" || publishClass(attrs["class"])
			if attrs["itemprop"] == "datePublished" && itemDate == "" {
				itemDate = first(attrs["datetime"], attrs["content"], attrs["value"], attrs["title"])
			}
			if marked && first(attrs["datetime"], attrs["content"], attrs["value"], attrs["title"]) == "" {
				wantText = true
			}
			switch a {
			case atom.Meta:
				key := strings.ToLower(strings.TrimSpace(first(attrs["property"], attrs["name"], attrs["itemprop"])))
				content := first(attrs["content"], attrs["value"]) // some saved pages write value=
				if _, seen := metas[key]; key != "" && !seen {
					metas[key] = content
				}
				if key == "og:url" && ogURL == "" {
					ogURL = content
				}
			case atom.Link:
				if strings.EqualFold(attrs["rel"], "canonical") && canonical == "" {
					canonical = attrs["href"]
				}
			case atom.Script:
				inLD = strings.Contains(strings.ToLower(attrs["type"]), "ld+json")
			case atom.Time:
				dt := attrs["datetime"]
				if dt == "" {
					break
				}
				if firstTime == "" {
					firstTime = dt
				}
				_, marked := attrs["pubdate"]
				if pubTime == "" && (marked || attrs["itemprop"] == "datePublished" || strings.Contains(strings.ToLower(attrs["class"]), "publish")) {
					pubTime = dt
				}
			}
		}
	}
	var pm pageMeta
	pm.url = first(canonical, ogURL)
	if !strings.Contains(pm.url, "://") {
		pm.url = ""
	}
	candidates := make([]string, 0, len(metaDateNames)+4)
	for _, n := range metaDateNames {
		candidates = append(candidates, metas[n])
	}
	candidates = append(candidates, ldDate, itemDate, pubTime, shown, firstTime)
	for _, c := range candidates {
		if t, ok := parseMetaDate(c); ok {
			pm.date = t
			break
		}
	}
	return pm
}

// publishClass reports whether an element's class names it the
// publication date: "publishdate", "ContentHeaderPublishDate-kiLLWL",
// "date-published", "post-date", "published".
func publishClass(class string) bool {
	c := strings.ToLower(class)
	for _, k := range []string{"publishdate", "publish-date", "publish_date", "date-published", "pubdate", "post-date", "entry-date", "published"} {
		if strings.Contains(c, k) {
			return true
		}
	}
	return false
}

func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// jsonLDDate finds datePublished (else dateCreated) in a JSON-LD block, at
// any depth (an @graph, a NewsArticle inside a WebPage).
func jsonLDDate(raw []byte) string {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return ""
	}
	if d := findKey(v, "datePublished", 0); d != "" {
		return d
	}
	return findKey(v, "dateCreated", 0)
}

func findKey(v any, key string, depth int) string {
	if depth > 8 {
		return ""
	}
	switch x := v.(type) {
	case map[string]any:
		if s, ok := x[key].(string); ok && s != "" {
			return s
		}
		for _, k := range sortedKeys(x) {
			if d := findKey(x[k], key, depth+1); d != "" {
				return d
			}
		}
	case []any:
		for _, e := range x {
			if d := findKey(e, key, depth+1); d != "" {
				return d
			}
		}
	}
	return ""
}

// sortedKeys keeps the search deterministic: Go's map order is random.
func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
