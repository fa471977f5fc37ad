package document

import (
	"strings"
	"unicode"
)

// Markup is the part of a Markdown or plain text that a site generator or a
// browser reads and a person never sees: template shortcodes (Hugo
// {{< quote … >}}, {{% note %}}, Go and Liquid {{ .Title }}, {% include %}),
// HTML comments and tags, and Kramdown attribute lists ({: .note}). Their
// attributes carry user names, ids and timestamps (createdAt="2025-02-10T00:47:14")
// that would otherwise become mentions and events. markupSpans finds it
// within lines, so the prose around it, and prose held in a shortcode's
// attribute (body="…"), stays whole: the pipeline reads a masked span as
// blanks, and every offset still indexes the text as read.

// markupSpans returns the byte ranges of text that are markup, in order.
func markupSpans(text string) []Span {
	var out []Span
	add := func(s, e int) {
		if s >= e {
			return
		}
		if n := len(out); n > 0 && out[n-1].End >= s {
			out[n-1].End = max(out[n-1].End, e)
			return
		}
		out = append(out, Span{s, e})
	}
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], "{<")
		if j < 0 {
			break
		}
		i += j
		rest := text[i:]
		switch {
		case strings.HasPrefix(rest, "{{<"), strings.HasPrefix(rest, "{{%"):
			closer := ">}}"
			if rest[2] == '%' {
				closer = "%}}"
			}
			end, keep, ok := shortcode(text, i+3, closer)
			if !ok {
				i += 3
				continue
			}
			k := i
			for _, p := range keep {
				add(k, p.Start)
				// The prose of an attribute is Markdown too, and holds
				// tags of its own (body="…<br>Intel …").
				for _, in := range markupSpans(text[p.Start:p.End]) {
					add(p.Start+in.Start, p.Start+in.End)
				}
				k = p.End
			}
			add(k, end)
			i = end
		case strings.HasPrefix(rest, "{{"), strings.HasPrefix(rest, "{%"), strings.HasPrefix(rest, "{:"):
			closer, limit := "}}", 400
			switch rest[1] {
			case '%':
				closer = "%}"
			case ':':
				closer, limit = "}", 200
			}
			e := closedWithin(rest, 2, closer, limit)
			if e < 0 {
				i += 2
				continue
			}
			add(i, i+e)
			i += e
		case strings.HasPrefix(rest, "<!--"):
			e := strings.Index(rest[4:], "-->")
			if e < 0 {
				add(i, len(text)) // an unclosed comment hides the rest, as a browser does
				i = len(text)
				continue
			}
			add(i, i+4+e+3)
			i += 4 + e + 3
		case rest[0] == '<':
			e := htmlTag(rest)
			if e == 0 {
				i++
				continue
			}
			add(i, i+e)
			i += e
		default:
			i++
		}
	}
	return out
}

// closedWithin returns the end of closer in s after from, if it comes
// within limit bytes on the same line, else -1: a lone "{{" in prose masks
// nothing.
func closedWithin(s string, from int, closer string, limit int) int {
	w := s[from:]
	if len(w) > limit {
		w = w[:limit]
	}
	if nl := strings.IndexByte(w, '\n'); nl >= 0 {
		w = w[:nl]
	}
	e := strings.Index(w, closer)
	if e < 0 {
		return -1
	}
	return from + e + len(closer)
}

// shortcode reads a Hugo shortcode from i, just after its opening "{{<"
// or "{{%", to its closer, minding quoted attribute values (which may hold
// the closer or span lines). It returns the shortcode's end and the
// attribute values that are prose, to be kept as text.
func shortcode(text string, i int, closer string) (end int, keep []Span, ok bool) {
	limit := min(len(text), i+64<<10)
	for i < limit {
		c := text[i]
		switch {
		case strings.HasPrefix(text[i:], closer):
			return i + len(closer), keep, true
		case c == '"' || c == '`':
			j := i + 1
			for j < limit && text[j] != c {
				if c == '"' && text[j] == '\\' {
					j++
				}
				j++
			}
			if j >= limit {
				return 0, nil, false
			}
			if prose(text[i+1 : j]) {
				keep = append(keep, Span{i + 1, j})
			}
			i = j + 1
		case c == '\n' && strings.HasPrefix(text[i:], "\n\n"):
			return 0, nil, false // a blank line outside quotes: no shortcode
		default:
			i++
		}
	}
	return 0, nil, false
}

// prose reports whether an attribute value reads as words meant for a
// reader (a quoted comment, a caption) rather than an id, a name, a URL, a
// colour or a timestamp: several words, or Japanese or Chinese text of a
// few characters.
func prose(v string) bool {
	words, cjk := 0, 0
	for _, f := range strings.Fields(v) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 && !strings.Contains(f, "://") {
			words++
		}
	}
	for _, r := range v {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			cjk++
		}
	}
	return words >= 3 || cjk >= 4
}

// htmlTag returns the length of the HTML tag s opens with (<div class="x">,
// </p>, <br/>), or 0 when s does not open with one: a tag name right after
// "<", then only attributes (name, or name=value with the value quoted or
// bare), on one line. "a <b and c> d" in prose is no tag: "and" would be an
// attribute, but so is every word, so a bare word attribute must be the
// only one, as in <input disabled>.
func htmlTag(s string) int {
	i := 1
	closing := i < len(s) && s[i] == '/'
	if closing {
		i++
	}
	if i >= len(s) || !isASCIILetter(s[i]) {
		return 0
	}
	for i < len(s) && (isASCIILetter(s[i]) || s[i] >= '0' && s[i] <= '9' || s[i] == '-') {
		i++
	}
	bare := 0
	for i < len(s) && i < 2000 {
		sp := i
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i >= len(s) {
			return 0
		}
		switch {
		case s[i] == '>':
			return i + 1
		case s[i] == '/' && i+1 < len(s) && s[i+1] == '>' && !closing:
			return i + 2
		case closing || i == sp:
			return 0 // no space before an attribute, or one in a closing tag
		}
		n := i
		for i < len(s) && (isASCIILetter(s[i]) || i > n && (s[i] >= '0' && s[i] <= '9' || s[i] == '-' || s[i] == '_' || s[i] == ':')) {
			i++
		}
		if i == n {
			return 0
		}
		if i >= len(s) || s[i] != '=' {
			if bare++; bare > 1 {
				return 0
			}
			continue
		}
		i++
		if i < len(s) && (s[i] == '"' || s[i] == '\'') {
			q := strings.IndexByte(s[i+1:], s[i])
			if q < 0 || strings.Contains(s[i+1:i+1+q], "\n") {
				return 0
			}
			i += 1 + q + 1
			continue
		}
		v := i
		for i < len(s) && s[i] > ' ' && s[i] != '>' && s[i] != '"' && s[i] != '\'' && s[i] != '<' {
			i++
		}
		if i == v {
			return 0
		}
	}
	return 0
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
