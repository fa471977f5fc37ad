package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

const (
	jaText = "札幌市で雪まつりが始まり、多くの観光客が訪れた。市長は開会式で「冬の街を楽しんでほしい」と挨拶した。"
	enText = "The harbour reopened on Monday after the storm."
)

// encode returns s in enc, failing the test if it cannot be encoded.
func encode(t *testing.T, enc encoding.Encoding, s string) string {
	t.Helper()
	b, err := enc.NewEncoder().String(s)
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// writeFiles writes name → content into a fresh directory and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestEncodings(t *testing.T) {
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	utf16be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	page := func(meta, body string) string {
		return "<html><head>" + meta + "<title>Snow</title></head><body><article><p>" + body + "</p><p>" + body + "</p></article></body></html>"
	}
	tests := []struct {
		name, content string
		want          string // a text the document holds
		encoding      string // FileStatus.Encoding
		repaired      int
	}{
		{"plain.txt", enText, enText, "", 0},
		{"bom.txt", "\uFEFF" + enText, enText, "", 0},
		{"le.txt", encode(t, utf16le, jaText), jaText, "utf-16le", 0},
		{"be.txt", encode(t, utf16be, enText+"\n"+jaText), jaText, "utf-16be", 0},
		{"sjis.txt", encode(t, japanese.ShiftJIS, jaText), jaText, "shift_jis", 0},
		{"euc.txt", encode(t, japanese.EUCJP, jaText), jaText, "euc-jp", 0},
		{"jis.txt", encode(t, japanese.ISO2022JP, jaText), jaText, "iso-2022-jp", 0},
		{"meta.html", encode(t, japanese.ShiftJIS, page(`<meta charset="Shift_JIS">`, jaText)), "観光客", "shift_jis", 0},
		{"equiv.html", encode(t, japanese.EUCJP, page(`<meta http-equiv="Content-Type" content="text/html; charset=euc-jp">`, jaText)), "観光客", "euc-jp", 0},
		{"latin.html", encode(t, charmap.Windows1252, page(`<meta charset="iso-8859-1">`, "Café owners in Zürich said the square was full.")), "Café owners in Zürich", "windows-1252", 0},
		{"mislabelled.html", page(`<meta charset="Shift_JIS">`, jaText), "観光客", "", 0},
		{"utf16meta.html", page(`<meta charset="utf-16">`, enText), enText, "", 0},
		{"invalid.txt", "Caf\xe9 r\xff\xfeopened\xc3", "Caf\uFFFD r\uFFFDopened\uFFFD", "", 3},
		{"lines.jsonl", encode(t, utf16le, `{"text":"`+jaText+`"}`+"\n"), jaText, "utf-16le", 0},
		{"badjson.jsonl", "{\"text\":\"bad \xff byte\"}\n", "bad \uFFFD byte", "", 1},
		{"broken.txt", encode(t, japanese.ShiftJIS, jaText) + "\x85\x20", "観光客", "shift_jis", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{tt.name: tt.content})
			docs, st := readAll(t, Options{}, dir)
			if len(docs) != 1 {
				t.Fatalf("got %d documents, status %+v", len(docs), st)
			}
			if !strings.Contains(docs[0].Text, tt.want) {
				t.Errorf("text %q does not hold %q", docs[0].Text, tt.want)
			}
			if st[0].Encoding != tt.encoding || st[0].Repaired != tt.repaired || st[0].Skipped != "" {
				t.Errorf("status %+v, want encoding %q, %d repaired", st[0], tt.encoding, tt.repaired)
			}
		})
	}
}

func TestUnreadableFiles(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"empty.txt", "", "empty"},
		{"blank.md", " \n\t\n", "empty"},
		{"nul.txt", "PK\x03\x04\x14\x00\x00\x00 zip", "binary"},
		{"control.txt", strings.Repeat("\x01\x02\x03\x04 x", 20), "binary"},
		{"slides.pptx", "PK", "unsupported type .pptx"},
		{"empty.html", "<html><body><script>var x=1</script></body></html>", "no main text"},
		{"image.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content: a PNG image, not text; leave it out"},
		{"paper.txt", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary content: a PDF document, not text; extract its text"},
		{"array.json", `[{"text":"ok"}, 3]`, "1 record that is not a JSON object: 2 (fix or remove it)"},
		{"broken.json", `[{"text":"never closed"`, "invalid JSON"},
		{"nul16.txt", "\xFF\xFEa\x00", ""}, // UTF-16 holds NUL bytes: not binary
		{"nobom16.txt", "H\x00e\x00l\x00l\x00o\x00 \x00t\x00h\x00e\x00r\x00e\x00", "UTF-16 text without a byte-order mark"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{tt.name: tt.content})
			_, st := readAll(t, Options{}, dir)
			if len(st) != 1 || !strings.Contains(st[0].Skipped, tt.want) || (tt.want == "") != (st[0].Skipped == "") {
				t.Errorf("status %+v, want skipped %q", st, tt.want)
			}
		})
	}
}

func TestDetectCharsetHeadCutMidRune(t *testing.T) {
	head := []byte(jaText)[:len(jaText)-1] // the last rune cut off, as a head of a longer file is
	if cs, binary := detectCharset(head, false); binary != "" || cs.name != "utf-8" {
		t.Errorf("detectCharset = %+v %q, want utf-8", cs, binary)
	}
}
