package main

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/document"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		docs        int
		done, total int64
		elapsed     time.Duration
		want        string
	}{
		{10, 2e6, 10e6, 2 * time.Second, "10 docs, 2.0/10.0 MB, 1.00 MB/s, 8s left"},
		{10, 2e6, 0, 4 * time.Second, "10 docs, 2.0 MB, 0.50 MB/s"},           // standard input: no total
		{10, 12e6, 10e6, 4 * time.Second, "10 docs, 12.0/10.0 MB, 3.00 MB/s"}, // past the estimate
		{0, 0, 10e6, 0, "0 docs, 0.0/10.0 MB"},
		{3000, 500e6, 1000e6, 1000 * time.Second, "3000 docs, 500.0/1000.0 MB, 0.50 MB/s, 16m40s left"},
	}
	for _, tt := range tests {
		if got := progressLine(tt.docs, tt.done, tt.total, tt.elapsed); got != tt.want {
			t.Errorf("progressLine(%d, %d, %d, %s) = %q, want %q", tt.docs, tt.done, tt.total, tt.elapsed, got, tt.want)
		}
	}
}

func TestSummaryWords(t *testing.T) {
	tests := []struct{ got, want string }{
		{count(1, "document"), "1 document"},
		{count(0, "document"), "0 documents"},
		{count(1, "entity"), "1 entity"},
		{count(126, "entity"), "126 entities"},
		{count(3, "more event"), "3 more events"},
		{throughput(34, 157*time.Millisecond), "34 bytes in 157ms"},
		{throughput(1, time.Second), "1 byte in 1s"},
		{throughput(45_300, 551*time.Millisecond), "45 kB in 551ms"},
		{throughput(3_200_000, 2*time.Second), "3.2 MB in 2s, 1.60 MB/s"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestLikelyJapanese(t *testing.T) {
	long := strings.Repeat("English only. ", 400) // over 4 KB
	tests := []struct {
		name string
		doc  document.Document
		want bool
	}{
		{"empty", document.Document{}, false},
		{"English", document.Document{Text: "The minister said on Monday."}, false},
		{"hiragana", document.Document{Text: "首相は3日、会見した。"}, true},
		{"katakana only", document.Document{Text: "Visit トヨタ today"}, true},
		{"kanji only (could be Chinese)", document.Document{Text: "中国外交部发言人"}, false},
		{"declared ja", document.Document{Lang: "ja", Text: "no kana"}, true},
		{"declared ja-JP", document.Document{Lang: "ja-JP"}, true},
		{"declared en, has kana", document.Document{Lang: "en", Text: "Tokyo (東京です)"}, true},
		{"other E3 runes (CJK punctuation)", document.Document{Text: "「」〜"}, false},
		{"ends mid rune", document.Document{Text: "abc\xe3"}, false},
		{"kana after 4 KB", document.Document{Text: long + "です"}, false},
	}
	for _, tt := range tests {
		if got := likelyJapanese(tt.doc); got != tt.want {
			t.Errorf("%s: likelyJapanese = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestExtractorsGiveWords checks that the Japanese extractor of a run,
// loaded lazily and wrapped for --aliases, gives the words it split a
// sentence into (entities.WordExtractor): without them ingest split every
// Japanese sentence again for the full-text index.
func TestExtractorsGiveWords(t *testing.T) {
	aliases := filepath.Join(t.TempDir(), "aliases.tsv")
	if err := os.WriteFile(aliases, []byte("Shigeru Ishiba\tPERSON\t石破首相\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "石破首相は中国を訪れた。"
	for _, args := range [][]string{nil, {"--aliases", aliases}} {
		fs := newFlags("ingest", "INPUT...", io.Discard)
		var a analysisFlags
		a.register(fs)
		if err := parseFlags(fs, args); err != nil {
			t.Fatal(err)
		}
		p, err := a.prepare([]string{"in"}, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		_, words := entities.ExtractWords(p.Extractors["ja"], text, []entities.Span{{Start: 0, End: len(text)}})
		if len(words) != 1 || !slices.Contains(words[0], "中国") {
			t.Errorf("%v: words %q, want the sentence's words", args, words)
		}
	}
}
