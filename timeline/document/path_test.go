package document

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// unescapePath inverts EscapePath, for the tests.
func unescapePath(t *testing.T, s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || filepath.Separator == '\\' && !strings.HasPrefix(s[i:], `\x`) && !strings.HasPrefix(s[i:], `\u`) {
			b.WriteByte(s[i])
			continue
		}
		switch {
		case strings.HasPrefix(s[i:], `\\`):
			b.WriteByte('\\')
			i++
		case strings.HasPrefix(s[i:], `\x`) && i+4 <= len(s):
			n, err := strconv.ParseUint(s[i+2:i+4], 16, 8)
			if err != nil {
				t.Fatalf("bad escape in %q", s)
			}
			b.WriteByte(byte(n))
			i += 3
		case strings.HasPrefix(s[i:], `\u`) && i+6 <= len(s):
			n, err := strconv.ParseUint(s[i+2:i+6], 16, 32)
			if err != nil {
				t.Fatalf("bad escape in %q", s)
			}
			b.WriteRune(rune(n))
			i += 5
		default:
			t.Fatalf("lone backslash in %q", s)
		}
	}
	return b.String()
}

func TestEscapePath(t *testing.T) {
	for in, want := range map[string]string{
		"a/b.txt":               "a/b.txt",
		"東京/ニュース.txt":           "東京/ニュース.txt",
		"a\xffb":                `a\xffb`,
		"x\x1b]0;t\x07":         `x\x1b]0;t\x07`,
		"rtl\u202Eevil":         `rtl\u202eevil`,
		"c1\u0085":              `c1\u0085`,
		"new\nline\ttab\u2028x": `new\x0aline\x09tab\u2028x`,
	} {
		if got := EscapePath(in); got != want {
			t.Errorf("EscapePath(%q) = %q, want %q", in, got, want)
		}
	}
	if filepath.Separator == '/' {
		if got := EscapePath(`a\xff`); got != `a\\xff` {
			t.Errorf("a literal backslash: %q", got)
		}
	}
}

// FuzzEscapePath checks that an escaped name is valid UTF-8 with no
// control or bidi characters, and gives the name's bytes back: two names
// never share an escaped form.
func FuzzEscapePath(f *testing.F) {
	for _, s := range []string{"a/b.txt", "a\xff", `a\xff`, "\x1b[2K", "\u202e", "東京", "\\\\", "\xe3\x81"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		e := EscapePath(p)
		if !utf8.ValidString(e) {
			t.Fatalf("EscapePath(%q) = %q, not UTF-8", p, e)
		}
		for _, r := range e {
			if r < 0x20 || r == 0x7F || unsafeRune(r) {
				t.Fatalf("EscapePath(%q) = %q holds %U", p, e, r)
			}
		}
		if filepath.Separator == '/' {
			if back := unescapePath(t, e); back != p {
				t.Fatalf("EscapePath(%q) = %q, which reads back as %q", p, e, back)
			}
		}
	})
}
