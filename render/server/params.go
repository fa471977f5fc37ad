package server

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronograph/chronograph/timeline/store"
)

// Bounds of the parameters.
const (
	maxText   = 200 // a query, a name, an id
	maxCursor = 512
)

// params reads a request's query parameters, keeping the first error: a
// handler reads them all, then answers 400 with that error if any.
type params struct {
	q   url.Values
	err error
}

// newParams checks that the request names only the parameters known.
func newParams(r *http.Request, known ...string) *params {
	p := &params{q: r.URL.Query()}
	for name, vs := range p.q {
		switch {
		case name == "token":
		case !slices.Contains(known, name):
			p.fail("unknown parameter %q (this route takes %s)", name, strings.Join(known, ", "))
		case len(vs) > 1:
			p.fail("parameter %q given %d times", name, len(vs))
		}
	}
	return p
}

func (p *params) fail(format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf(format, args...)
	}
}

// text is a parameter of at most maxText characters of valid UTF-8.
func (p *params) text(name string) string {
	v := p.q.Get(name)
	if !utf8.ValidString(v) || strings.ContainsRune(v, 0) {
		p.fail("%s is not text", name)
		return ""
	}
	if utf8.RuneCountInString(v) > maxText {
		p.fail("%s is longer than %d characters", name, maxText)
		return ""
	}
	return strings.TrimSpace(v)
}

// date is a YYYY-MM-DD day, or empty.
func (p *params) date(name string) string {
	v := p.q.Get(name)
	if v == "" {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, v); err != nil {
		p.fail("%s=%.20q is not a day: want YYYY-MM-DD", name, v)
		return ""
	}
	return v
}

// window reads from and to.
func (p *params) window() store.Window {
	w := store.Window{From: p.date("from"), To: p.date("to")}
	if w.From != "" && w.To != "" && w.From > w.To {
		p.fail("from %s is after to %s", w.From, w.To)
	}
	return w
}

// limit is 1..store.MaxLimit, store.DefaultLimit when absent.
func (p *params) limit() int {
	v := p.q.Get("limit")
	if v == "" {
		return store.DefaultLimit
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > store.MaxLimit {
		p.fail("limit=%.20q: want a whole number from 1 to %d", v, store.MaxLimit)
		return 0
	}
	return n
}

// maxOffset bounds a page's offset: beyond any store's list.
const maxOffset = 100_000_000

// offset is the items a page skips, 0 when absent.
func (p *params) offset() int {
	v := p.q.Get("offset")
	if v == "" {
		return 0
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > maxOffset {
		p.fail("offset=%.20q: want a whole number from 0 to %d", v, maxOffset)
		return 0
	}
	if n > 0 && p.q.Get("cursor") != "" {
		p.fail("give an offset or a cursor, not both")
	}
	return n
}

func (p *params) cursor() string {
	v := p.q.Get("cursor")
	if len(v) > maxCursor || strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
		p.fail("cursor is not one this server gave")
		return ""
	}
	return v
}

// oneOf is one of allowed, def when absent.
func (p *params) oneOf(name string, allowed []string, def string) string {
	v := p.q.Get(name)
	if v == "" {
		return def
	}
	if !slices.Contains(allowed, v) {
		p.fail("%s=%.20q: want one of %s", name, v, strings.Join(allowed, ", "))
		return def
	}
	return v
}

// ok answers 400 and reports false when a parameter was bad.
func (p *params) ok(w http.ResponseWriter) bool {
	if p.err != nil {
		writeError(w, http.StatusBadRequest, "%v", p.err)
		return false
	}
	return true
}

// pathID is the {id} of the route, bounded.
func pathID(w http.ResponseWriter, r *http.Request) (string, bool) {
	id := r.PathValue("id")
	if id == "" || len(id) > maxText || !utf8.ValidString(id) {
		writeError(w, http.StatusBadRequest, "entity id %.40q: want the id of an entity (entities?q= finds them)", id)
		return "", false
	}
	return id, true
}
