package server

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"
)

// maxQuery bounds the query string of a request, in bytes.
const maxQuery = 2048

// maxBody bounds the body of a POST, in bytes.
const maxBody = 64 << 10

// limits bounds every request: its target, query string and body, and the
// time it may take; it sets the headers every answer carries.
func limits(timeout time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-store")
		// A target that is no path (GET *, CONNECT host:port) reaches no
		// route: the mux would answer it with an empty or plain-text body.
		if !strings.HasPrefix(r.URL.Path, "/") {
			writeError(w, http.StatusBadRequest, "request target %.40q: want a path under /api/, such as /api/stats", r.RequestURI)
			return
		}
		if len(r.URL.RawQuery) > maxQuery {
			writeError(w, http.StatusRequestURITooLong, "query string of %d bytes: at most %d", len(r.URL.RawQuery), maxQuery)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// loopbackHost answers only requests addressed to a loopback name, when
// the server has no token: a web page whose own name an attacker points at
// 127.0.0.1 (DNS rebinding) cannot read the corpus through the
// reader's browser.
func loopbackHost(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		host = strings.Trim(host, "[]")
		if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			writeError(w, http.StatusMisdirectedRequest, "this server answers requests to 127.0.0.1 or localhost only, not %q: start it with a token to serve other names", r.Host)
			return
		}
		next.ServeHTTP(w, r)
	})
}

const tokenCookie = "chronograph_token"

// token requires every request to carry the token, when one is set: as a
// bearer, in X-Chronograph-Token, in ?token= (then kept in a cookie for
// the page's own requests) or in that cookie.
func token(want string, next http.Handler) http.Handler {
	if want == "" {
		return next
	}
	ok := func(got string) bool { return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(want)) == 1 }
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok(got) {
			got = r.Header.Get("X-Chronograph-Token")
		}
		if !ok(got) {
			if c, err := r.Cookie(tokenCookie); err == nil {
				got = c.Value
			}
		}
		if q := r.URL.Query().Get("token"); !ok(got) && ok(q) {
			got = q
			http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: q, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
		}
		if !ok(got) {
			writeError(w, http.StatusUnauthorized, "this server needs its token: an Authorization: Bearer header, or ?token= on the page's address")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// writeJSON answers v as JSON (HTML-escaped, as encoding/json does).
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.Encode(v) // the status is sent: an encoding error can only be logged by the client
}

// apiError is the body of every error answer.
type apiError struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func writeError(w http.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, apiError{Error: fmt.Sprintf(format, args...), Status: status})
}
