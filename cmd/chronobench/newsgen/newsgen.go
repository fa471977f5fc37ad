// Package newsgen generates news-style documents in English and Japanese for
// benchmarks: articles with a dateline, people (full name first, surname
// after), places, organisations and dates at about the density of wire
// copy, from templates and name parts combined with seeded randomness.
//
// The names are invented; popularity follows a Zipf law, so that a large
// corpus keeps meeting the same few hundred entities while new ones keep
// appearing, as in a year of news.
package newsgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Document is one generated article.
type Document struct {
	ID        string
	Lang      string // "en" or "ja"
	Title     string
	Published time.Time
	Text      string
}

// Generator makes documents. It is deterministic for a seed and not safe
// for concurrent use.
type Generator struct {
	r       *rand.Rand
	n       int
	people  *zipf
	foreign *zipf // people who also appear in Japanese copy, in katakana
	jaPeople,
	places, jaPlaces, orgs, jaOrgs *zipf
}

// New returns a Generator for seed.
func New(seed uint64) *Generator {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	return &Generator{
		r:        r,
		people:   newZipf(r, 6000),
		foreign:  newZipf(r, len(foreignNames)),
		jaPeople: newZipf(r, 4000),
		places:   newZipf(r, len(enPlaces)),
		jaPlaces: newZipf(r, len(jaPlaces)),
		orgs:     newZipf(r, 4*len(orgHeads)),
		jaOrgs:   newZipf(r, 3*len(jaOrgHeads)),
	}
}

// zipf draws ranks 0..n-1 with probability proportional to 1/(rank+2).
type zipf struct{ z *rand.Zipf }

func newZipf(r *rand.Rand, n int) *zipf {
	return &zipf{rand.NewZipf(r, 1.07, 2, uint64(n-1))}
}

func (z *zipf) next() int { return int(z.z.Uint64()) }

// Next returns the next document, in lang ("en" or "ja").
func (g *Generator) Next(lang string) Document {
	g.n++
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	pub := base.AddDate(0, 0, g.r.IntN(600))
	d := Document{ID: fmt.Sprintf("%s-%07d", lang, g.n), Lang: lang, Published: pub}
	if lang == "ja" {
		d.Title, d.Text = g.japanese(pub)
	} else {
		d.Title, d.Text = g.english(pub)
	}
	return d
}

func (g *Generator) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// cast is who and what an article is about: the same few names recur
// through it.
type cast struct {
	people, places, orgs []int
	named                map[int]bool // people already named in full
}

func (g *Generator) newCast(people, places, orgs *zipf) *cast {
	c := &cast{named: map[int]bool{}}
	for range 2 + g.r.IntN(4) {
		c.people = append(c.people, people.next())
	}
	for range 2 + g.r.IntN(3) {
		c.places = append(c.places, places.next())
	}
	for range 1 + g.r.IntN(3) {
		c.orgs = append(c.orgs, orgs.next())
	}
	return c
}

func (g *Generator) english(pub time.Time) (string, string) {
	c := g.newCast(g.people, g.places, g.orgs)
	for i := range c.people {
		if g.r.IntN(4) == 0 {
			c.people[i] = -1 - g.foreign.next()
		}
	}
	var b strings.Builder
	city := enPlaces[c.places[0]]
	fmt.Fprintf(&b, "%s, %s %d (%s) - ", strings.ToUpper(city), pub.Month().String()[:3], pub.Day(), g.pick(agencies))
	paragraphs := 6 + g.r.IntN(9)
	for p := range paragraphs {
		if p > 0 {
			b.WriteString("\n\n")
		}
		for s := range 1 + g.r.IntN(4) {
			if s > 0 {
				b.WriteByte(' ')
			}
			g.fill(&b, enTemplates[g.r.IntN(len(enTemplates))], c, pub, false)
		}
	}
	var t strings.Builder
	g.fill(&t, g.pick(enHeadlines), c, pub, false)
	return t.String(), b.String()
}

func (g *Generator) japanese(pub time.Time) (string, string) {
	c := g.newCast(g.jaPeople, g.jaPlaces, g.jaOrgs)
	// Foreign people appear in Japanese copy too, in katakana.
	for i := range c.people {
		if g.r.IntN(3) == 0 {
			c.people[i] = -1 - g.foreign.next()
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "【%s=%s】", jaPlaces[c.places[0]], g.pick(jaAgencies))
	paragraphs := 5 + g.r.IntN(8)
	for p := range paragraphs {
		if p > 0 {
			b.WriteString("\n")
		}
		for range 1 + g.r.IntN(4) {
			g.fill(&b, jaTemplates[g.r.IntN(len(jaTemplates))], c, pub, true)
		}
	}
	var t strings.Builder
	g.fill(&t, g.pick(jaHeadlines), c, pub, true)
	return t.String(), b.String()
}

// fill writes a template, replacing its slots:
//
//	{P} a person of the cast (full name the first time, surname after)
//	{T} a title before a name, {L} a place, {O} an organisation
//	{D} an absolute date, {R} a relative date, {W} a weekday, {N} a number
func (g *Generator) fill(b *strings.Builder, tmpl string, c *cast, pub time.Time, ja bool) {
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 || i+2 >= len(tmpl) {
			b.WriteString(tmpl)
			return
		}
		b.WriteString(tmpl[:i])
		slot := tmpl[i+1]
		tmpl = tmpl[i+3:]
		switch {
		case slot == 'P' && ja:
			b.WriteString(g.jaPerson(c))
		case slot == 'P':
			b.WriteString(g.enPerson(c))
		case slot == 'T' && ja:
			b.WriteString(g.pick(jaTitles))
		case slot == 'T':
			b.WriteString(g.pick(enTitles))
		case slot == 'L' && ja:
			b.WriteString(jaPlaces[c.places[g.r.IntN(len(c.places))]])
		case slot == 'L':
			b.WriteString(enPlaces[c.places[g.r.IntN(len(c.places))]])
		case slot == 'O' && ja:
			b.WriteString(jaOrg(c.orgs[g.r.IntN(len(c.orgs))]))
		case slot == 'O':
			b.WriteString(enOrg(c.orgs[g.r.IntN(len(c.orgs))]))
		case slot == 'D':
			b.WriteString(g.date(pub, ja))
		case slot == 'R' && ja:
			b.WriteString(g.pick(jaRelative))
		case slot == 'R':
			b.WriteString(g.pick(enRelative))
		case slot == 'W' && ja:
			fmt.Fprintf(b, "%d日", max(1, pub.Day()-g.r.IntN(3)))
		case slot == 'W':
			b.WriteString(pub.AddDate(0, 0, -g.r.IntN(4)).Weekday().String())
		case slot == 'N':
			fmt.Fprintf(b, "%d", 2+g.r.IntN(4000))
		default:
			b.WriteByte('{')
			b.WriteByte(slot)
			b.WriteByte('}')
		}
	}
}

func (g *Generator) date(pub time.Time, ja bool) string {
	d := pub.AddDate(0, 0, g.r.IntN(40)-30)
	switch k := g.r.IntN(4); {
	case ja && k == 0:
		return fmt.Sprintf("%d年%d月%d日", d.Year(), d.Month(), d.Day())
	case ja && k == 1:
		return fmt.Sprintf("%d年%d月", d.Year(), d.Month())
	case ja:
		return fmt.Sprintf("%d月%d日", d.Month(), d.Day())
	case k == 0:
		return d.Format("January 2, 2006")
	case k == 1:
		return d.Format("January 2006")
	case k == 2:
		return d.Format("Jan. 2")
	default:
		return d.Format("January 2")
	}
}

// enPerson names a person of the cast in English.
func (g *Generator) enPerson(c *cast) string {
	i := c.people[g.r.IntN(len(c.people))]
	var first, last string
	if i < 0 {
		f := foreignNames[-1-i]
		first, last = f[0], f[1]
	} else {
		first, last = enFirst[i%len(enFirst)], enLast[(i/len(enFirst)+i*7)%len(enLast)]
	}
	if c.named[i] {
		return last
	}
	c.named[i] = true
	return first + " " + last
}

// jaPerson names a person of the cast in Japanese: a kanji name, or a
// foreign name in katakana, with an honorific after the first mention.
func (g *Generator) jaPerson(c *cast) string {
	i := c.people[g.r.IntN(len(c.people))]
	var full, short string
	if i < 0 {
		f := foreignNames[-1-i]
		full, short = f[2]+"・"+f[3], f[3]
	} else {
		sur, given := jaSurnames[i%len(jaSurnames)], jaGiven[(i/len(jaSurnames)+i*5)%len(jaGiven)]
		full, short = sur+given, sur
	}
	if c.named[i] {
		return short + g.pick([]string{"氏", "氏", "首相", "大臣", "代表", "知事"})
	}
	c.named[i] = true
	return full + g.pick([]string{"氏", "外相", "大統領", "社長", "議員", "氏"})
}

func enOrg(i int) string {
	head := orgHeads[i%len(orgHeads)]
	switch i / len(orgHeads) % 4 {
	case 1:
		return head + " Group"
	case 2:
		return "the " + head + " Institute"
	case 3:
		return head + " Holdings"
	}
	return head
}

func jaOrg(i int) string {
	head := jaOrgHeads[i%len(jaOrgHeads)]
	switch i / len(jaOrgHeads) % 3 {
	case 1:
		return head + "ホールディングス"
	case 2:
		return head + "研究所"
	}
	return head
}
