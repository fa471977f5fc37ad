package server

import (
	"bytes"
	"container/list"
	"net/http"
	"strings"
	"sync"
)

// cacheBytes bounds the answers the cache keeps, and cacheItemBytes one
// answer: a page of 1,000 sentences is about 400 kB.
const (
	cacheBytes     = 64 << 20
	cacheItemBytes = 4 << 20
)

// answerCache keeps the API's answers under the store's generation: a
// reading route answers a request the same way until documents are added,
// a finish runs or a correction is made, and the generation changes with
// each (store.Store.Generation). Least recently used answers go first.
type answerCache struct {
	mu    sync.Mutex
	gen   string
	size  int
	order *list.List // of *cachedAnswer, the most recently used first
	byKey map[string]*list.Element
}

type cachedAnswer struct {
	key   string
	ctype string
	body  []byte
}

func newAnswerCache() *answerCache {
	return &answerCache{order: list.New(), byKey: map[string]*list.Element{}}
}

// get returns the answer kept for key under gen; a new generation empties
// the cache.
func (c *answerCache) get(gen, key string) (*cachedAnswer, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		c.gen, c.size = gen, 0
		c.order.Init()
		clear(c.byKey)
		return nil, false
	}
	el, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*cachedAnswer), true
}

// put keeps an answer made under gen, unless the generation moved on
// meanwhile.
func (c *answerCache) put(gen string, a *cachedAnswer) {
	if len(a.body) > cacheItemBytes {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if _, ok := c.byKey[a.key]; ok {
		return
	}
	c.byKey[a.key] = c.order.PushFront(a)
	c.size += len(a.body)
	for c.size > cacheBytes {
		last := c.order.Back()
		old := last.Value.(*cachedAnswer)
		c.order.Remove(last)
		delete(c.byKey, old.key)
		c.size -= len(old.body)
	}
}

// cacheKey is a request's route and parameters, in a fixed order and
// without the token.
func cacheKey(r *http.Request) string {
	q := r.URL.Query()
	q.Del("token")
	return r.URL.Path + "?" + q.Encode()
}

// cached answers the API's reading routes from the cache when it can, and
// keeps their successful answers. The corrections are not cached: they
// are the store's own list, and small.
func (s *server) cached(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || !strings.HasPrefix(r.URL.Path, "/api/") || r.URL.Path == "/api/corrections" {
			next.ServeHTTP(w, r)
			return
		}
		gen, err := s.Store.Generation(r.Context())
		if err != nil {
			next.ServeHTTP(w, r)
			return
		}
		key := cacheKey(r)
		if a, ok := s.cache.get(gen, key); ok {
			w.Header().Set("Content-Type", a.ctype)
			w.Write(a.body)
			return
		}
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		if rec.status == http.StatusOK {
			s.cache.put(gen, &cachedAnswer{key: key, ctype: w.Header().Get("Content-Type"), body: rec.body.Bytes()})
		}
	})
}

// recorder passes an answer on and keeps a copy of it.
type recorder struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.body.Len()+len(b) <= cacheItemBytes {
		r.body.Write(b)
	} else {
		r.status = 0 // too large to keep
	}
	return r.ResponseWriter.Write(b)
}
