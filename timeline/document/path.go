package document

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// EscapePath writes a file name so that it can be printed on a terminal and
// put in JSON without harm or loss. File names are bytes: they may hold
// escape sequences that rewrite a terminal's screen or title, bidi controls
// that reverse what follows, and bytes that are not UTF-8, which JSON would
// turn into U+FFFD so that two names became one. EscapePath writes a byte
// that is not UTF-8, or an ASCII control character, as \xNN; a C1 control,
// a bidi control or a line or paragraph separator as \uNNNN; and a
// backslash as \\ — so the escaped name is as unique as the name, and
// unescaping it gives the name's bytes back. Any other name is unchanged.
// On Windows, where the backslash separates folders and names are UTF-16,
// a backslash is left as it is.
func EscapePath(p string) string {
	if !needsEscape(p) {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == utf8.RuneError && size <= 1, r < 0x20, r == 0x7F:
			fmt.Fprintf(&b, `\x%02x`, p[i])
		case r == '\\' && filepath.Separator != '\\':
			b.WriteString(`\\`)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(p[i : i+size])
		}
		i += size
	}
	return b.String()
}

// needsEscape reports whether EscapePath changes p.
func needsEscape(p string) bool {
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		if r == utf8.RuneError && size <= 1 || r < 0x20 || r == 0x7F || unsafeRune(r) ||
			r == '\\' && filepath.Separator != '\\' {
			return true
		}
		i += size
	}
	return false
}

// unsafeRune reports whether r, valid UTF-8 above ASCII, changes how a
// terminal or a page shows what follows it: C1 controls, bidi controls and
// the line and paragraph separators.
func unsafeRune(r rune) bool {
	return r >= 0x80 && r <= 0x9F || r == 0x061C || r == 0x200E || r == 0x200F ||
		r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x2028 || r == 0x2029
}
