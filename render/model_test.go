package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chronograph/chronograph/timeline"
)

func day(y int, m time.Month, d int) int64 {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).UnixMilli()
}

func TestMarks(t *testing.T) {
	r := &timeline.Result{
		Entities: []timeline.Entity{
			{ID: "a", Name: "Iran", Aliases: []string{"Iran", "イラン"}},
			{ID: "b", Name: "Mira Holt", Aliases: []string{"Holt", "Mira Holt"}},
		},
	}
	b := newBuilder(r)
	tests := []struct {
		text string
		want string // marked substrings with entity index
	}{
		{"Iranian officials met Mira Holt.", "Mira Holt=1"},
		{"Holt visited Iran; Iran replied.", "Holt=1 Iran=0 Iran=0"},
		{"ホルト氏はイランを訪問した。", "イラン=0"},
		{"😀 Iran", "Iran=0"}, // a surrogate pair before the mark shifts UTF-16 offsets by 2
	}
	for _, tt := range tests {
		m := b.marks(tt.text, timeline.Source{}, []int{0, 1})
		u := []uint16{}
		for _, r := range tt.text {
			if r > 0xFFFF {
				u = append(u, 0xD800, 0xDC00)
			} else {
				u = append(u, uint16(r))
			}
		}
		var got []string
		for k := 0; k+2 < len(m); k += 3 {
			var sb strings.Builder
			for _, c := range u[m[k]:m[k+1]] {
				sb.WriteRune(rune(c))
			}
			got = append(got, sb.String()+"="+string(rune('0'+m[k+2])))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("marks(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMarksFromMentions(t *testing.T) {
	// The document offsets win over a name search: "May" the person is
	// marked where the extractor found her, not in "in May".
	text := "Theresa May spoke in May."
	r := &timeline.Result{
		Entities: []timeline.Entity{{ID: "p", Name: "Theresa May", Aliases: []string{"May", "Theresa May"}}},
		Mentions: []timeline.Mention{{Doc: "d", Start: 100, End: 111, Text: "Theresa May", Entity: "p"}},
	}
	m := newBuilder(r).marks(text, timeline.Source{Doc: "d", Start: 100, End: 100 + len(text)}, []int{0})
	if len(m) != 3 || m[0] != 0 || m[1] != 11 {
		t.Errorf("marks = %v, want [0 11 0]", m)
	}
}

func TestDailyVolume(t *testing.T) {
	ev := func(t0, t1 int64, ents ...int) pageEvent { return pageEvent{T0: t0, T1: t1, Ents: ents} }
	events := []pageEvent{
		ev(day(2025, 2, 7), day(2025, 2, 8), 0, 1),
		ev(day(2025, 2, 7), day(2025, 2, 8), 0),
		ev(day(2025, 2, 1), day(2025, 3, 1), 1),
		ev(day(2025, 2, 9), day(2025, 2, 10), 2),
		ev(0, 0, 0), // not placeable
	}
	vol, coarse, undrawn := dailyVolume(events)
	if len(vol) != 2 || vol[0] != [2]int64{day(2025, 2, 7) + dayMS/2, 2} || coarse != 1 || undrawn != 1 {
		t.Errorf("volume = %v, coarse %d, undrawn %d", vol, coarse, undrawn)
	}
}

func TestInitialWindow(t *testing.T) {
	var events []pageEvent
	for d := 1; d <= 20; d++ {
		events = append(events, pageEvent{T0: day(2025, 3, d), T1: day(2025, 3, d+1)})
	}
	events = append(events, pageEvent{T0: day(2019, 1, 1), T1: day(2020, 1, 1)})
	t0, t1 := extent(events)
	w := initialWindow(events, t0, t1)
	if w[0] > day(2025, 3, 1) || w[1] < day(2025, 3, 21) || w[0] < day(2025, 2, 1) {
		t.Errorf("window %v–%v does not frame March 2025", time.UnixMilli(w[0]).UTC(), time.UnixMilli(w[1]).UTC())
	}
	// Without the outlier the whole axis is shown.
	t0, t1 = extent(events[:20])
	if w := initialWindow(events[:20], t0, t1); w != [2]int64{} {
		t.Errorf("dense events got a window %v", w)
	}
}

func TestShorten(t *testing.T) {
	for in, want := range map[string]string{
		"Tokyo":                              "Tokyo",
		"International Atomic Energy Agency": "International Atomic …",
		"ウォロディミル・ゼレンスキー・ウクライナ大統領府長官": "ウォロディミル・ゼレンスキー・ウクライナ大…",
	} {
		if got := shorten(in, maxLaneLabel); got != want {
			t.Errorf("shorten(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHostileStringsEscaped(t *testing.T) {
	r := hostile()
	var buf bytes.Buffer
	if err := Report(&buf, r, Options{Title: "</title><script>x()</script>", Subtitle: "a\u2028b"}); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	// The JSON block holds every string from the input: it must contain no
	// character that could end the element or confuse a JavaScript parser.
	const open = `<script type="application/json" id="chronograph-data">`
	i := strings.Index(page, open) + len(open)
	j := i + strings.Index(page[i:], "</script>")
	block, markup := page[i:j], page[:i]
	for _, c := range []string{"<", ">", "&", "\u2028", "\u2029"} {
		if strings.Contains(block, c) {
			t.Errorf("data block contains a raw %+q", c)
		}
	}
	for _, want := range []string{`\u003c/script\u003e`, `\u2028`} {
		if !strings.Contains(block, want) {
			t.Errorf("data block lacks the escape %s", want)
		}
	}
	// The markup outside the scripts holds the title and subtitle, HTML-escaped.
	for _, bad := range []string{"<script>x()", "</title><"} {
		if strings.Contains(markup, bad) {
			t.Errorf("markup contains %q unescaped", bad)
		}
	}
	if n := strings.Count(page, "</script>"); n != 3 {
		t.Errorf("%d </script> in the page, want 3 (one per script element)", n)
	}
	if !strings.Contains(page, "&lt;/title&gt;&lt;script&gt;x()") {
		t.Error("title not HTML-escaped")
	}
	d := decodePage(t, page)
	if d.Docs[0].URL != "" {
		t.Errorf("javascript: URL kept: %q", d.Docs[0].URL)
	}
	if d.Ents[0].Name != r.Entities[0].Name || d.Events[0].Text != r.Events[0].Text {
		t.Error("strings altered by escaping: the page must show them as they are")
	}
}

func TestCommunities(t *testing.T) {
	// Two triangles joined by one light edge, and an isolated entity.
	ents := make([]pageEnt, 7)
	for i := range ents {
		ents[i].Mentions = 10 - i
	}
	edges := []pageEdge{
		{A: 0, B: 1, W: 5}, {A: 0, B: 2, W: 5}, {A: 1, B: 2, W: 5},
		{A: 3, B: 4, W: 4}, {A: 3, B: 5, W: 4}, {A: 4, B: 5, W: 4},
		{A: 2, B: 3, W: 1},
	}
	comm, n := communities(ents, edges)
	want := []int{0, 0, 0, 1, 1, 1, -1}
	if n != 2 || !slices.Equal(comm, want) {
		t.Errorf("communities = %v (%d), want %v (2)", comm, n, want)
	}
	for range 5 {
		if again, _ := communities(ents, edges); !slices.Equal(again, comm) {
			t.Fatalf("communities differ between runs: %v, %v", comm, again)
		}
	}
}
