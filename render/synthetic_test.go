package render

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/chronograph/chronograph/timeline"
)

// Synthetic builds a Result of nEvents events naming nEnts entities, English
// and Japanese, over two years, with the skew of news (a few entities in
// most events) so that the renderer meets hubs, long tails, every date
// granularity and multi-source documents. The same arguments give the same
// Result.
func Synthetic(nEvents, nEnts int, seed uint64) *timeline.Result {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	kana := []string{"ア", "カ", "サ", "タ", "ナ", "ハ", "マ", "ヤ", "ラ", "ワ", "キ", "シ", "チ", "ニ", "ヒ", "ミ", "リ", "ク", "ス", "ツ"}
	types := []string{"PERSON", "LOCATION", "ORGANIZATION"}
	r := &timeline.Result{}
	names := make([]string, nEnts)
	jaNames := make([]string, nEnts)
	for i := range nEnts {
		names[i] = fmt.Sprintf("%s %c%s", []string{"Agent", "Place", "Body"}[i%3], 'A'+rune(i%26), strings.Repeat("o", 1+i/26%4)) + fmt.Sprint(i)
		jaNames[i] = kana[i%20] + kana[(i/20)%20] + kana[(i/400+3)%20] + fmt.Sprint(i)
	}
	// Zipf-like choice: entity k with probability ∝ 1/(k+1).
	pick := func() int {
		u := rng.Float64()
		return min(nEnts-1, int(math.Exp(u*math.Log(float64(nEnts+1))))-1)
	}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	nDocs := max(1, nEvents/5)
	texts := make([]strings.Builder, nDocs)
	for d := range nDocs {
		lang := "en"
		if d%5 == 4 {
			lang = "ja"
		}
		r.Documents = append(r.Documents, timeline.Document{
			ID: fmt.Sprintf("doc%05d", d), Source: fmt.Sprintf("corpus/%05d.txt", d), Lang: lang,
			Title: fmt.Sprintf("Report %d", d), URL: fmt.Sprintf("https://example.org/%d", d),
			Published: base.AddDate(0, 0, d*730/nDocs).Format("2006-01-02"), DateSource: "metadata",
		})
	}
	type pair struct{ a, b int }
	evidence := map[pair][]timeline.Source{}
	mentions := make([]int, nEnts)
	docsOf := make([]map[int]bool, nEnts)
	for i := range docsOf {
		docsOf[i] = map[int]bool{}
	}
	for e := range nEvents {
		d := e % nDocs
		doc := &r.Documents[d]
		pub, _ := time.Parse("2006-01-02", doc.Published)
		when := pub.AddDate(0, 0, -rng.IntN(5))
		var date, gran string
		switch g := rng.IntN(100); {
		case g < 80:
			date, gran = when.Format("2006-01-02"), "day"
		case g < 90:
			y, w := when.ISOWeek()
			date, gran = fmt.Sprintf("%d-W%02d", y, w), "week"
		case g < 98:
			date, gran = when.Format("2006-01"), "month"
		default:
			date, gran = when.Format("2006"), "year"
		}
		var ents []int
		for range 1 + rng.IntN(4) {
			if k := pick(); !slices.Contains(ents, k) {
				ents = append(ents, k)
			}
		}
		slices.Sort(ents)
		var sb strings.Builder
		type span struct{ s, e, k int }
		var spans []span
		start := texts[d].Len()
		for n, k := range ents {
			name := names[k]
			if doc.Lang == "ja" {
				name = jaNames[k]
			}
			if n > 0 {
				sb.WriteString(map[string]string{"en": " and ", "ja": "と"}[doc.Lang])
			}
			spans = append(spans, span{start + sb.Len(), start + sb.Len() + len(name), k})
			sb.WriteString(name)
		}
		if doc.Lang == "ja" {
			sb.WriteString(fmt.Sprintf("は%sに協議を行った。", date))
		} else {
			sb.WriteString(fmt.Sprintf(" held talks on %s about item %d. ", date, e))
		}
		text := sb.String()
		texts[d].WriteString(text)
		src := timeline.Source{Doc: doc.ID, Start: start, End: start + len(text)}
		var ids []string
		for _, sp := range spans {
			k := sp.k
			ids = append(ids, fmt.Sprintf("E%05d", k))
			mentions[k]++
			docsOf[k][d] = true
			r.Mentions = append(r.Mentions, timeline.Mention{Doc: doc.ID, Start: sp.s, End: sp.e, Text: texts[d].String()[sp.s:sp.e], Type: types[k%3], Entity: ids[len(ids)-1]})
		}
		for i := range ents {
			for j := i + 1; j < len(ents); j++ {
				p := pair{ents[i], ents[j]}
				evidence[p] = append(evidence[p], timeline.Source{Doc: src.Doc, Start: src.Start, End: src.End, Text: text})
			}
		}
		r.Events = append(r.Events, timeline.Event{
			ID: fmt.Sprintf("ev%05d", e), Date: date, Granularity: gran, DateText: date, Text: text,
			Lang: doc.Lang, Entities: ids, Sources: []timeline.Source{src},
		})
	}
	for i := range nEnts {
		langs := []string{"en"}
		aliases := []string{names[i]}
		if i%5 == 0 {
			langs = append(langs, "ja")
			aliases = append(aliases, jaNames[i])
		}
		r.Entities = append(r.Entities, timeline.Entity{
			ID: fmt.Sprintf("E%05d", i), Name: names[i], Type: types[i%3], Aliases: aliases, Langs: langs,
			Mentions: mentions[i], Documents: len(docsOf[i]),
		})
	}
	var pairs []pair
	for p := range evidence {
		pairs = append(pairs, p)
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
	for _, p := range pairs {
		ev := evidence[p]
		r.Edges = append(r.Edges, timeline.Edge{
			Source: fmt.Sprintf("E%05d", p.a), Target: fmt.Sprintf("E%05d", p.b),
			Weight: len(ev), Evidence: ev[:min(len(ev), 5)],
		})
	}
	slices.SortFunc(r.Events, func(x, y timeline.Event) int { return strings.Compare(x.ID, y.ID) })
	return r
}
