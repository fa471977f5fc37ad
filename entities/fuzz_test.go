package entities_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/timeline/segment"
)

// seeds are texts of the kinds the extractors meet, plus edge cases.
var seeds = []string{
	"",
	"President Jane Okafor met Lt. Gen. Omar Ruiz in Lisbon on Monday. Okafor's aides said NATO agreed.",
	"The U.S. Department of Energy and the Harbor Times (@harbortimes) reported it. https://t.co/AbC123",
	"田中太郎首相は3日、札幌市で国際港湾機構の代表と会談した。田中氏は「協力する」と述べた。",
	"スミス大統領とトレツク市長が会った。\nMayor Smith visited Toretsk.",
	"ＮＡＴＯ　ＵＳＡ　ﾄﾚﾂｸ", "'s 's 's", "Mr. . . Mr.", "氏氏氏大統領", "A\u2028B\u2029C", "\uFFFD\uFFFD Smith \uFFFD",
}

// FuzzEnglishExtract checks the English extractor's contract on arbitrary text.
func FuzzEnglishExtract(f *testing.F) {
	x, err := english.New()
	if err != nil {
		f.Fatal(err)
	}
	fuzzExtractor(f, x)
}

// FuzzJapaneseExtract checks the Japanese extractor's contract on arbitrary text.
func FuzzJapaneseExtract(f *testing.F) {
	x, err := japanese.New()
	if err != nil {
		f.Fatal(err)
	}
	fuzzExtractor(f, x)
}

// fuzzExtractor runs x over every sentence of arbitrary (valid UTF-8) text and
// checks that it does not panic and that its mentions keep the Extractor
// contract: each inside one of the given sentences, on rune boundaries, with
// Text equal to its span and a core type, ordered and not overlapping.
func fuzzExtractor(f *testing.F, x entities.Extractor) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		var sents []entities.Span
		for _, s := range segment.Split(text) {
			sents = append(sents, entities.Span{Start: s.Start, End: s.End})
		}
		prev := 0
		for i, m := range x.Extract(text, sents) {
			if m.Start < prev || m.End <= m.Start || m.End > len(text) {
				t.Fatalf("mention %d [%d,%d) after %d: outside the text (len %d), empty, out of order or overlapping", i, m.Start, m.End, prev, len(text))
			}
			if !boundary(text, m.Start) || !boundary(text, m.End) {
				t.Fatalf("mention %d [%d,%d) not on rune boundaries in %q", i, m.Start, m.End, text)
			}
			if !inside(sents, m) {
				t.Fatalf("mention %d %q [%d,%d) crosses or leaves the sentences %v", i, text[m.Start:m.End], m.Start, m.End, sents)
			}
			if m.Text != text[m.Start:m.End] || !m.Type.Valid() {
				t.Fatalf("mention %d: text %q type %q, span holds %q", i, m.Text, m.Type, text[m.Start:m.End])
			}
			prev = m.End
		}
	})
}

func inside(sents []entities.Span, m entities.Mention) bool {
	for _, s := range sents {
		if s.Start <= m.Start && m.End <= s.End {
			return true
		}
	}
	return false
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// FuzzResolve checks that the resolver takes any mention texts, in one or
// several documents, and maps every mention to an entity or -1.
func FuzzResolve(f *testing.F) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Add("神奈川県横須賀市|京都府|市|県県県市|Qm7TxbRpLa|West|前出|レアアース|Kellogg|ケロッグ")
	r := entities.NewResolver(entities.ResolverOptions{})
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		var docs []entities.DocMentions
		for i, part := range strings.Split(text, "|") {
			if i%3 == 0 {
				docs = append(docs, entities.DocMentions{Doc: part})
			}
			d := &docs[len(docs)-1]
			d.Mentions = append(d.Mentions, entities.Mention{Text: part, Type: entities.Types[i%3]})
		}
		for i := range docs {
			// Some documents define their last name as the first's
			// abbreviation, whatever the names.
			if n := len(docs[i].Mentions); n >= 2 && len(docs[i].Doc)%2 == 0 {
				docs[i].Abbreviations = [][2]int{{0, n - 1}}
			}
		}
		list, of := r.Resolve(docs)
		for di, d := range docs {
			if len(of[di]) != len(d.Mentions) {
				t.Fatalf("document %d: %d mentions, %d results", di, len(d.Mentions), len(of[di]))
			}
			for _, e := range of[di] {
				if e < -1 || e >= len(list) {
					t.Fatalf("entity index %d of %d", e, len(list))
				}
			}
		}
	})
}
