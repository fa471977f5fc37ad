package japanese

import (
	"strings"
	"testing"

	"github.com/chronograph/chronograph/entities"
)

// benchDoc is one generated document and its sentence spans.
type benchDoc struct {
	text  string
	spans []entities.Span
}

// benchDocs splits generated news-style text into documents of about 4 KB,
// the size of a news article, as the pipeline calls Extract per document.
func benchDocs() ([]benchDoc, int) {
	text, spans := benchText()
	var docs []benchDoc
	var cur benchDoc
	start := 0
	for _, s := range spans {
		cur.spans = append(cur.spans, entities.Span{Start: s.Start - start, End: s.End - start})
		if s.End-start >= 4<<10 {
			cur.text = text[start:s.End]
			docs = append(docs, cur)
			cur, start = benchDoc{}, s.End
		}
	}
	if len(cur.spans) > 0 {
		cur.text = text[start:]
		docs = append(docs, cur)
	}
	return docs, len(text)
}

// benchText is generated news-style Japanese: sentences built from
// templates and name lists.
func benchText() (string, []entities.Span) {
	people := []string{"アルバレス", "中村健一", "ミレル", "ペトロフ", "山田花子", "ラミレス"}
	places := []string{"ハルキウ州", "大阪府", "ザポリージャ", "札幌市", "ブリュッセル"}
	orgs := []string{"欧州委員会", "国防省", "共同通信", "東京大学", "世界保健機関"}
	templates := []string{
		"%pの%o報道官は3日、%lを訪問し、復興支援について協議すると明らかにした。",
		"%p氏は記者団に対し「%lでの会談は有意義だった」と述べた。",
		"%oによると、%lでは先週から停電が続いており、住民の避難が進んでいる。",
		"政府は来月にも%p首相と%oの代表を招き、%lで国際会議を開く方針だ。",
	}
	var b strings.Builder
	var spans []entities.Span
	for i := 0; b.Len() < 256<<10; i++ {
		s := templates[i%len(templates)]
		s = strings.ReplaceAll(s, "%p", people[i%len(people)])
		s = strings.ReplaceAll(s, "%l", places[(i/2)%len(places)])
		s = strings.ReplaceAll(s, "%o", orgs[(i/3)%len(orgs)])
		spans = append(spans, entities.Span{Start: b.Len(), End: b.Len() + len(s)})
		b.WriteString(s)
	}
	return b.String(), spans
}

func BenchmarkExtract(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	docs, size := benchDocs()
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			x.Extract(d.text, d.spans)
		}
	}
}

func BenchmarkKagome(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	text, spans := benchText()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range spans {
			x.tok.Tokenize(text[s.Start:s.End])
		}
	}
}
