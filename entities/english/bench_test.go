package english

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/segment"
)

// newsLikeText generates about size bytes of English news-style prose from
// templates, deterministically.
func newsLikeText(size int) string {
	people := []string{"Maria Lindqvist", "Tomas Brandt", "Aiko Mori", "Daniel Okafor", "Priya Raman", "Lucas Ferreira"}
	places := []string{"Lisbon", "Nairobi", "Ottawa", "the Baltic Sea", "Kraków", "Lagos", "Texas"}
	orgs := []string{"the Ministry of Transport", "Northwind Logistics", "the World Bank", "Helios Energy Group", "the Nordic Council", "NATO"}
	templates := []string{
		"%P, the head of %O, said on Tuesday that talks in %L would resume next week.",
		"Officials in %L confirmed that %O had signed the agreement with %O.",
		"\"We are not going to wait,\" %P told reporters after meeting President %P in %L.",
		"According to %O, about 2,400 people were evacuated from %L on March 3.",
		"%P's plan, published by %O, was criticised by analysts at %O in %L.",
		"The report comes days after %P visited %L, where protests against %O continued.",
	}
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	var b strings.Builder
	for b.Len() < size {
		t := templates[r.IntN(len(templates))]
		for _, part := range strings.SplitAfter(t, "%") {
			switch {
			case strings.HasPrefix(part, "P"):
				b.WriteString(pick(people) + strings.TrimSuffix(part[1:], "%"))
			case strings.HasPrefix(part, "L"):
				b.WriteString(pick(places) + strings.TrimSuffix(part[1:], "%"))
			case strings.HasPrefix(part, "O"):
				b.WriteString(pick(orgs) + strings.TrimSuffix(part[1:], "%"))
			default:
				b.WriteString(strings.TrimSuffix(part, "%"))
			}
		}
		b.WriteString(" ")
		if r.IntN(5) == 0 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkExtract(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	text := newsLikeText(300 << 10)
	var spans []entities.Span
	for _, s := range segment.Split(text) {
		spans = append(spans, entities.Span{Start: s.Start, End: s.End})
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		x.Extract(text, spans)
	}
}
