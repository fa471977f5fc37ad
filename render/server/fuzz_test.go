package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/store/storetest"
)

// fuzzToken is the token of the servers FuzzAPI starts with one.
const fuzzToken = "s3cret"

// maxItemBytes bounds the JSON of one item of a page over the fuzz store
// (its largest, an evidence sentence with its source, is under 1 KB): an
// answer is at most maxItemBytes per item asked for, and a little more.
const maxItemBytes = 4 << 10

// apiFixture is the store FuzzAPI serves: the conformance suite's corpus
// and a document of hostile text, built once into a file that each
// server taking corrections gets a copy of, so that every input meets the
// same store.
type apiFixture struct {
	base     string      // the built store, closed
	ro       store.Store // a copy the read-only servers serve, opened for writing: only they can keep it unchanged
	roState  string      // what ro holds (stateOf)
	pipeline *timeline.Pipeline
	page     []byte // the page of the whole store: markup of the page's own
}

func newAPIFixture(f *testing.F) *apiFixture {
	ctx := context.Background()
	dir := f.TempDir()
	fx := &apiFixture{base: filepath.Join(dir, "base.db"), pipeline: storetest.Pipeline()}
	st, err := store.Open(ctx, fx.base, store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	docs := append(storetest.Docs(), document.Document{ID: "h1", Source: "news/<b>h.txt", Published: time.Date(2025, 2, 20, 0, 0, 0, 0, time.UTC),
		Text: `Zelensky wrote <script>alert("x")</script> & <img src=x onerror=alert(1)> in Kyiv. Rutte read ` + "\u202e" + `gnp.exe in Brussels.`})
	if _, err := st.AddBatch(ctx, storetest.Partials(docs)); err != nil {
		f.Fatal(err)
	}
	if _, err := st.Finish(ctx, store.FinishOptions{Resolve: fx.pipeline.ResolveLocals}); err != nil {
		f.Fatal(err)
	}
	if err := st.Close(); err != nil {
		f.Fatal(err)
	}
	if fx.ro, err = fx.copyStore(filepath.Join(dir, "ro.db")); err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { fx.ro.Close() })
	if fx.roState, err = stateOf(fx.ro); err != nil {
		f.Fatal(err)
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, "/", nil)
	req.Host = "127.0.0.1:8080"
	New(Options{Store: fx.ro, Slice: fx.slice(fx.ro)}).ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		f.Fatalf("the page of the fuzz store: %d %.300s", rec.Code, rec.Body)
	}
	fx.page = rec.Body.Bytes()
	return fx
}

// copyStore opens a copy of the built store at path.
func (fx *apiFixture) copyStore(path string) (store.Store, error) {
	b, err := os.ReadFile(fx.base)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		return nil, err
	}
	return store.Open(context.Background(), path, store.Options{})
}

func (fx *apiFixture) slice(st store.Store) func(context.Context, store.Window) (*timeline.Result, error) {
	return func(ctx context.Context, w store.Window) (*timeline.Result, error) {
		return store.Fold(ctx, st, fx.pipeline, store.Slice{Window: w})
	}
}

// stateOf describes what a store holds: its counts, dates, versions and
// times of the last ingest and finish, and its corrections.
func stateOf(st store.Store) (string, error) {
	ctx := context.Background()
	stats, err := st.Stats(ctx)
	if err != nil {
		return "", err
	}
	cs, err := st.Corrections(ctx)
	if err != nil {
		return "", err
	}
	b, err := json.Marshal([]any{stats, cs})
	return string(b), err
}

// FuzzAPI sends the explorer's handler arbitrary requests — method, path,
// query, Host, headers (Origin, Content-Type, the token as a bearer,
// a header or a cookie) and body — through the HTTP/1.1 parser a server
// uses, to a server that is read-only or takes corrections (and applies
// them, or not), with a token or without, serving the page or not, as the
// bits of mode say. Every answer must hold to what the API promises:
//
//   - no panic and never a 5xx;
//   - JSON with its Content-Type, and no raw < or > in it, unless it is
//     the page (GET /, when served) or a redirect to a cleaned path;
//   - a 4xx says why in "error", with its "status";
//   - a page of a list holds at most limit items, in at most
//     maxItemBytes each, and its cursor leads to the next page;
//   - a server with a token answers only requests carrying it, one
//     without only requests to a loopback name;
//   - a correction is taken only by a --write server, posted as JSON
//     from no other origin; a refused one and a read-only server leave
//     the store as it was;
//   - HTML never holds markup of the request that the page does not hold
//     already.
func FuzzAPI(f *testing.F) {
	fx := newAPIFixture(f)
	f.Fuzz(func(t *testing.T, mode uint8, method, path, query, host, header, body string) {
		o := Options{Store: fx.ro, Write: mode&1 != 0, Who: "fuzz"}
		if mode&2 != 0 {
			o.Token = fuzzToken
		}
		if o.Write {
			// A copy per input: corrections would otherwise pile up and
			// make what an input finds depend on the inputs before it.
			st, err := fx.copyStore(filepath.Join(t.TempDir(), "w.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			o.Store = st
			if mode&8 != 0 {
				o.Finish = func(ctx context.Context) error {
					_, err := st.Finish(ctx, store.FinishOptions{Resolve: fx.pipeline.ResolveLocals})
					return err
				}
			}
		}
		if mode&4 != 0 {
			o.Slice = fx.slice(o.Store)
		}
		before, err := stateOf(o.Store)
		if err != nil {
			t.Fatal(err)
		}
		if header != "" && !strings.HasSuffix(header, "\r\n") {
			header += "\r\n"
		}
		target := path
		if query != "" {
			target += "?" + query
		}
		raw := method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + header +
			"Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
		req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(raw)))
		if err != nil {
			return // net/http answers 400 itself: no handler sees it
		}
		req.RemoteAddr = "127.0.0.1:50000"
		h := New(o)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		c := apiCheck{t: t, fx: fx, o: o, h: h, req: req, raw: raw}
		c.answer(rec)

		after, err := stateOf(o.Store)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case !o.Write && after != fx.roState:
			t.Fatalf("%q to a read-only server changed the store:\n%s\nnow\n%s", raw, fx.roState, after)
		case o.Write && rec.Code != http.StatusCreated && after != before:
			t.Fatalf("%q was refused (%d) but changed the store", raw, rec.Code)
		case o.Write && rec.Code == http.StatusCreated && after == before:
			t.Fatalf("%q: a correction taken (201) is not in the store", raw)
		}
	})
}

// apiCheck checks the answers to one fuzzed request.
type apiCheck struct {
	t   *testing.T
	fx  *apiFixture
	o   Options
	h   http.Handler
	req *http.Request
	raw string
}

func (c *apiCheck) answer(rec *httptest.ResponseRecorder) {
	t, req := c.t, c.req
	code, ct, body := rec.Code, rec.Header().Get("Content-Type"), rec.Body.Bytes()
	if code >= 500 {
		t.Fatalf("%q: %d %s", c.raw, code, body)
	}
	if code >= 200 && code < 300 {
		c.admitted()
	}
	switch {
	case code >= 300 && code < 400:
		if rec.Header().Get("Location") == "" {
			t.Fatalf("%q: %d without a Location", c.raw, code)
		}
		c.noMarkup(body)
		return
	case strings.HasPrefix(ct, "text/html"):
		if code != http.StatusOK || c.o.Slice == nil || req.URL.Path != "/" || (req.Method != http.MethodGet && req.Method != http.MethodHead) {
			t.Fatalf("%q: %d answered HTML", c.raw, code)
		}
		c.noMarkup(body)
		return
	case ct != "application/json; charset=utf-8":
		t.Fatalf("%q: %d answered as %q: %.200s", c.raw, code, ct, body)
	}
	if bytes.ContainsAny(body, "<>") {
		t.Fatalf("%q: %d: JSON with raw markup: %.300s", c.raw, code, body)
	}
	var v map[string]json.RawMessage
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("%q: %d: not a JSON object (%v): %.300s", c.raw, code, err, body)
	}
	if code >= 400 {
		var e apiError
		if json.Unmarshal(body, &e) != nil || strings.TrimSpace(e.Error) == "" || e.Status != code {
			t.Fatalf("%q: %d without its reason: %.300s", c.raw, code, body)
		}
		return
	}
	if req.Method == http.MethodPost {
		c.correctionTaken(code)
		return
	}
	c.page(v, body)
}

// admitted checks that a request answered 2xx may be: it carries the
// token of a server that has one, or is addressed to a loopback name.
func (c *apiCheck) admitted() {
	if c.o.Token != "" {
		if !strings.Contains(c.raw, c.o.Token) {
			c.t.Fatalf("%q: answered without the token", c.raw)
		}
		return
	}
	host := c.req.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if ip, err := netip.ParseAddr(host); host != "localhost" && (err != nil || !ip.IsLoopback()) {
		c.t.Fatalf("%q: a server without a token answered a request to %q", c.raw, c.req.Host)
	}
}

// correctionTaken checks a POST that was answered 2xx.
func (c *apiCheck) correctionTaken(code int) {
	if !c.o.Write || code != http.StatusCreated {
		c.t.Fatalf("%q: a POST answered %d by a server with Write %v", c.raw, code, c.o.Write)
	}
	if mt, _, _ := mime.ParseMediaType(c.req.Header.Get("Content-Type")); mt != "application/json" {
		c.t.Fatalf("%q: a correction taken from a %q body", c.raw, c.req.Header.Get("Content-Type"))
	}
	if o := c.req.Header.Get("Origin"); o != "" && o != "http://"+c.req.Host && o != "https://"+c.req.Host {
		c.t.Fatalf("%q: a correction taken from the page of %q", c.raw, o)
	}
}

// page checks a list's page: its size, and that its cursor leads on.
func (c *apiCheck) page(v map[string]json.RawMessage, body []byte) {
	if _, ok := v["total"]; !ok {
		return // not a paged list
	}
	limit := store.DefaultLimit
	if l := c.req.URL.Query().Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil {
			c.t.Fatalf("%q: answered with limit %q", c.raw, l)
		}
		limit = n
	}
	var p struct {
		Items []json.RawMessage `json:"items"`
		Next  string            `json:"next"`
	}
	if err := json.Unmarshal(body, &p); err != nil {
		c.t.Fatalf("%q: a page without items: %v", c.raw, err)
	}
	if len(p.Items) > limit || len(body) > 1024+limit*maxItemBytes {
		c.t.Fatalf("%q: %d items in %d bytes, for a limit of %d", c.raw, len(p.Items), len(body), limit)
	}
	if p.Next == "" || c.req.URL.Query().Get("cursor") != "" {
		return // one step on: the fuzzer chooses cursors of its own
	}
	u := *c.req.URL
	q := u.Query()
	q.Set("cursor", p.Next)
	u.RawQuery = q.Encode()
	next := httptest.NewRequest(http.MethodGet, u.RequestURI(), nil)
	next.Host = c.req.Host
	next.Header = c.req.Header.Clone()
	rec := httptest.NewRecorder()
	c.h.ServeHTTP(rec, next)
	if rec.Code != http.StatusOK {
		c.t.Fatalf("%q: the next page, %s, answers %d: %.300s", c.raw, u.RequestURI(), rec.Code, rec.Body)
	}
	c.req = next
	c.answer(rec)
}

// noMarkup checks that HTML holds no markup of the request (from the
// first < of a line of it, or of its decoded path and query, on) that the
// page of the store does not hold anyway.
func (c *apiCheck) noMarkup(body []byte) {
	pieces := strings.Split(c.raw, "\r\n")
	if q, err := url.QueryUnescape(c.req.URL.RawQuery); err == nil {
		pieces = append(pieces, q)
	}
	pieces = append(pieces, c.req.URL.Path)
	for _, s := range pieces {
		for i := strings.IndexByte(s, '<'); i >= 0; {
			w := s[i:min(len(s), i+24)]
			if len(w) >= 6 && bytes.Contains(body, []byte(w)) && !bytes.Contains(c.fx.page, []byte(w)) {
				c.t.Fatalf("%q: the HTML answer holds %q of the request", c.raw, w)
			}
			j := strings.IndexByte(s[i+1:], '<')
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
}
