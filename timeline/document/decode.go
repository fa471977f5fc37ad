package document

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/transform"
)

// headSize is how much of an input is looked at to tell its encoding and
// format before it is read as a stream.
const headSize = 64 << 10

// charset is the encoding an input was found to be in.
type charset struct {
	name string            // "utf-8", "utf-16le", "shift_jis", …
	enc  encoding.Encoding // nil for UTF-8
	bom  int               // bytes of byte-order mark to drop
}

// detectCharset tells the encoding of an input from its first bytes: a
// byte-order mark, then valid UTF-8, then (for HTML) a <meta charset> or XML
// declaration, then byte statistics that tell Shift_JIS from EUC-JP. Input
// that fits none is read as UTF-8 with its invalid bytes repaired. For binary
// content it returns the reason the file is not read instead.
func detectCharset(head []byte, html bool) (cs charset, binary string) {
	switch {
	case bytes.HasPrefix(head, []byte("\xEF\xBB\xBF")):
		return charset{name: "utf-8", bom: 3}, ""
	// UTF-32LE's mark begins as UTF-16LE's does: look for it first.
	case bytes.HasPrefix(head, []byte("\xFF\xFE\x00\x00")):
		return charset{name: "utf-32le", enc: utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM)}, ""
	case bytes.HasPrefix(head, []byte("\x00\x00\xFE\xFF")):
		return charset{name: "utf-32be", enc: utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM)}, ""
	case bytes.HasPrefix(head, []byte("\xFF\xFE")):
		return charset{name: "utf-16le", enc: xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM)}, ""
	case bytes.HasPrefix(head, []byte("\xFE\xFF")):
		return charset{name: "utf-16be", enc: xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM)}, ""
	}
	if reason := binaryReason(head); reason != "" {
		return charset{}, reason
	}
	// Text that is valid UTF-8 and not plain ASCII is UTF-8 whatever a page
	// declares: scraped pages are often saved as UTF-8 with their original
	// meta charset kept, and other encodings rarely form valid UTF-8 by chance.
	utf8Text := validPrefix(head)
	if utf8Text && !ascii(head) {
		return charset{name: "utf-8"}, ""
	}
	if html {
		if cs, ok := declaredCharset(head); ok {
			return cs, ""
		}
	}
	if bytes.Contains(head, []byte("\x1b$B")) || bytes.Contains(head, []byte("\x1b$@")) {
		return charset{name: "iso-2022-jp", enc: japanese.ISO2022JP}, ""
	}
	if utf8Text {
		return charset{name: "utf-8"}, ""
	}
	if cs, ok := guessJapanese(head); ok {
		return cs, ""
	}
	return charset{name: "utf-8"}, ""
}

// binaryReason tells why the head of a file looks binary — a NUL byte, as
// git decides, or more than a few control characters that text never holds
// — or returns "" for text. NUL bytes in every other place are most likely
// UTF-16 without its byte-order mark.
func binaryReason(head []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			return "binary content: " + m.name + ", not text; " + m.fix
		}
	}
	control, nulEven, nulOdd := 0, 0, 0
	for i, b := range head {
		switch {
		case b == 0 && i%2 == 0:
			nulEven++
		case b == 0:
			nulOdd++
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1b:
			control++
		}
	}
	switch nul := nulEven + nulOdd; {
	case nul > 0 && 2*max(nulEven, nulOdd) >= len(head)*3/4 && min(nulEven, nulOdd) == 0:
		return "binary content, or UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM)"
	case nul > 0:
		return "binary content (NUL bytes): not a text file; convert it to text or leave it out"
	case control > 8 && control*50 > len(head):
		return "binary content (control bytes): not a text file; convert it to text or leave it out"
	}
	return ""
}

// magics name common binary formats by their first bytes, so that a PNG
// renamed .txt is reported as the image it is, with what to do about it.
var magics = []struct{ prefix, name, fix string }{
	{"\x89PNG\r\n\x1a\n", "a PNG image", "leave it out"},
	{"\xff\xd8\xff", "a JPEG image", "leave it out"},
	{"GIF8", "a GIF image", "leave it out"},
	{"%PDF-", "a PDF document", "extract its text (pdftotext) and read that"},
	{"PK\x03\x04", "a ZIP archive (or .docx, .xlsx, .epub)", "unpack it or save it as text first"},
	{"\x1f\x8b", "a gzip archive", "decompress it first (gunzip)"},
	{"\x7fELF", "a program", "leave it out"},
}

func ascii(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// validPrefix reports whether head is valid UTF-8 but for a rune cut off at
// its end.
func validPrefix(head []byte) bool {
	for cut := 0; cut < utf8.UTFMax && cut < len(head); cut++ {
		if utf8.Valid(head[:len(head)-cut]) {
			return cut == 0 || !utf8.FullRune(head[len(head)-cut:])
		}
	}
	return utf8.Valid(head)
}

var (
	metaCharset = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)
	xmlEncoding = regexp.MustCompile(`(?i)^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([a-z0-9_:.\-]+)`)
)

// declaredCharset finds the charset an HTML page declares in its head, by
// the WHATWG names and labels. A declared UTF-16 without a byte-order mark is
// read as UTF-8, as browsers do.
func declaredCharset(head []byte) (charset, bool) {
	m := xmlEncoding.FindSubmatch(head)
	if m == nil {
		m = metaCharset.FindSubmatch(head)
	}
	if m == nil {
		return charset{}, false
	}
	enc, err := htmlindex.Get(string(m[1]))
	if err != nil {
		return charset{}, false
	}
	name, _ := htmlindex.Name(enc)
	switch name {
	case "utf-8", "utf-16le", "utf-16be":
		return charset{name: "utf-8"}, true
	}
	return charset{name: name, enc: enc}, true
}

// guessJapanese tells Shift_JIS from EUC-JP by decoding head both ways:
// the right one gives kana and kanji, the wrong one replacement characters
// and half-width katakana.
func guessJapanese(head []byte) (charset, bool) {
	best, bestScore := charset{}, 0
	for _, cs := range []charset{{name: "shift_jis", enc: japanese.ShiftJIS}, {name: "euc-jp", enc: japanese.EUCJP}} {
		out, _, err := transform.Bytes(cs.enc.NewDecoder(), head)
		if err != nil {
			continue
		}
		good, bad := 0, 0
		for _, r := range string(out) {
			switch {
			case r == utf8.RuneError, r >= 0xFF61 && r <= 0xFF9F, r >= 0xE000 && r <= 0xF8FF:
				bad++
			case unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han), r >= 0x3000 && r <= 0x303F, r >= 0xFF01 && r <= 0xFF5E:
				good++
			}
		}
		if score := good - 4*bad; good >= 2 && bad*10 <= good && score > bestScore {
			best, bestScore = cs, score
		}
	}
	return best, bestScore > 0
}

// repairer is a transformer that passes valid UTF-8 through and replaces
// each run of invalid bytes with one U+FFFD, as strings.ToValidUTF8 does,
// counting the repairs. After a decoder from another encoding, which already
// emits U+FFFD for what it cannot decode, it counts those instead.
type repairer struct {
	repaired  int
	countFFFD bool // count U+FFFD in the input as repairs
	inRun     bool // the last byte seen was invalid
}

func (r *repairer) Reset() { r.inRun = false }

func (r *repairer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if c := src[nSrc]; c < utf8.RuneSelf {
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst, nSrc, r.inRun = nDst+1, nSrc+1, false
			continue
		}
		ru, size := utf8.DecodeRune(src[nSrc:])
		if ru == utf8.RuneError && size == 1 {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			if !r.inRun {
				if len(dst)-nDst < len(replacement) {
					return nDst, nSrc, transform.ErrShortDst
				}
				nDst += copy(dst[nDst:], replacement)
				r.repaired++
				r.inRun = true
			}
			nSrc++
			continue
		}
		if len(dst)-nDst < size {
			return nDst, nSrc, transform.ErrShortDst
		}
		if ru == utf8.RuneError && r.countFFFD {
			r.repaired++
		}
		nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
		nSrc += size
		r.inRun = false
	}
	return nDst, nSrc, nil
}

const replacement = "\uFFFD"

// decodeHead decodes the head of an input for sniffing its format.
func decodeHead(head []byte, cs charset) string {
	head = head[cs.bom:]
	if cs.enc == nil {
		return strings.ToValidUTF8(string(head), replacement)
	}
	out, _, _ := transform.Bytes(cs.enc.NewDecoder(), head)
	return string(out)
}
