package store

import (
	"context"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// TestTexts checks that texts cuts each sentence out of its own
// document's text: spans of several documents, interleaved, one document
// longer than the next (each text is inflated into the buffer the one
// before it used), and a document with no stored text, whose empty span
// is empty and whose other spans are an error.
func TestTexts(t *testing.T) {
	ctx := context.Background()
	tx := newSQLiteTx(t)
	// Each document's sentences, joined by a space; the first document
	// is much longer than the others.
	sentences := map[int64][]string{
		1: {"First document.", "It is " + strings.Repeat("much ", 40) + "longer than the others.", "To the end."},
		2: {"Second.", "Short."},
		3: {"三番目の文書。", "日本語の文。"},
	}
	docs := map[int64]string{}
	for id, list := range sentences {
		var named []timeline.NamedSentence
		at := 0
		for _, sn := range list {
			named = append(named, timeline.NamedSentence{Start: at, End: at + len(sn), Text: sn})
			at += len(sn) + 1
		}
		docs[id] = strings.Join(list, " ")
		packed, err := packText(len(docs[id]), named)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO doc_texts (id, text) VALUES (?, ?)`, id, packed); err != nil {
			t.Fatal(err)
		}
	}
	want := []struct {
		sp   span
		text string
	}{
		{span{2, 8, 14}, "Short."},
		{span{1, 0, 15}, "First document."},
		{span{3, 0, len("三番目の文書。")}, "三番目の文書。"},
		{span{2, 0, 7}, "Second."},
		{span{1, len(docs[1]) - len("To the end."), len(docs[1])}, "To the end."},
		{span{4, 0, 0}, ""},
	}
	spans := make([]span, len(want))
	for i, w := range want {
		spans[i] = w.sp
	}
	got, err := texts(ctx, tx, spans)
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range want {
		if got[i] != w.text {
			t.Errorf("span %+v: %q, want %q", w.sp, got[i], w.text)
		}
	}
	if _, err := texts(ctx, tx, []span{{1, 0, 15}, {4, 0, 3}}); err == nil || !strings.Contains(err.Error(), "document 4") {
		t.Errorf("a span of a document with no text: error %v, want one naming document 4", err)
	}
}
