package timex

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// trapSentence is one sentence of the trap set with its expected dates and
// times.
type trapSentence struct {
	line  int
	lang  string
	dct   time.Time
	text  string
	kind  string
	golds []trapGold
}

type trapGold struct {
	start, end int
	value      string
}

// readTraps reads the marked-up trap set (format described at the top of
// the file).
func readTraps(path string) ([]trapSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []trapSentence
	lang, dct := "", time.Time{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "" || strings.HasPrefix(l, "#"):
			continue
		case strings.HasPrefix(l, "@"):
			for _, f := range strings.Fields(l[1:]) {
				k, v, _ := strings.Cut(f, "=")
				switch k {
				case "lang":
					lang = v
				case "dct":
					if dct, err = time.Parse(time.DateOnly, v); err != nil {
						return nil, fmt.Errorf("%s:%d: %w", path, n, err)
					}
				}
			}
			continue
		}
		s := trapSentence{line: n, lang: lang, dct: dct}
		if i := strings.Index(l, "  ## "); i >= 0 {
			l, s.kind = l[:i], l[i+len("  ## "):]
		}
		var b strings.Builder
		for {
			i := strings.Index(l, "{{")
			if i < 0 {
				b.WriteString(l)
				break
			}
			j := strings.Index(l[i:], "}}")
			bar := strings.IndexByte(l[i:], '|')
			if j < 0 || bar < 0 || bar > j {
				return nil, fmt.Errorf("%s:%d: unclosed {{text|value}}", path, n)
			}
			b.WriteString(l[:i])
			start := b.Len()
			b.WriteString(l[i+2 : i+bar])
			s.golds = append(s.golds, trapGold{start, b.Len(), l[i+bar+1 : i+j]})
			l = l[i+j+2:]
		}
		s.text = b.String()
		out = append(out, s)
	}
	return out, sc.Err()
}

// TestTrapSet scores the tagger on sentences in which numbers that are not
// dates (counts, names, model numbers, addresses, URLs, scores, clock times,
// Japanese counters and idioms) stand beside real dates: relaxed span
// precision and recall over DATE and TIME, as `eval --task timex` counts
// them, and value accuracy on the matched spans.
func TestTrapSet(t *testing.T) {
	for _, name := range []string{"traps.txt", "traps-heldout.txt"} {
		t.Run(name, func(t *testing.T) { scoreTraps(t, "../../testdata/timex/"+name) })
	}
}

func scoreTraps(t *testing.T, path string) {
	traps, err := readTraps(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(traps) < 25 {
		t.Fatalf("%s has %d sentences, want at least 25", path, len(traps))
	}
	tg := New(Options{})
	tp, pred, gold, right := 0, 0, 0, 0
	for _, s := range traps {
		var got []Timex
		for _, x := range tg.Tag(s.text, s.lang, s.dct) {
			if x.Type == Date || x.Type == Time {
				got = append(got, x)
			}
		}
		pred += len(got)
		gold += len(s.golds)
		used := make([]bool, len(s.golds))
		for _, x := range got {
			match := -1
			for gi, g := range s.golds {
				if !used[gi] && x.Start < g.end && g.start < x.End {
					match = gi
					break
				}
			}
			if match < 0 {
				t.Logf("line %d (%s): false %q = %s", s.line, s.kind, x.Text, x.Value)
				continue
			}
			used[match] = true
			tp++
			if g := s.golds[match]; x.Value == g.value {
				right++
			} else {
				t.Logf("line %d (%s): %q = %s, want %s", s.line, s.kind, x.Text, x.Value, g.value)
			}
		}
		for gi, g := range s.golds {
			if !used[gi] {
				t.Logf("line %d (%s): missed %q", s.line, s.kind, s.text[g.start:g.end])
			}
		}
	}
	p, r := float64(tp)/float64(max(pred, 1)), float64(tp)/float64(max(gold, 1))
	v := float64(right) / float64(max(tp, 1))
	t.Logf("%s: %d sentences, gold %d, predicted %d, matched %d: relaxed P %.3f R %.3f; value accuracy %.3f",
		path, len(traps), gold, pred, tp, p, r, v)
	if p < 0.97 || r < 0.95 || v < 0.90 {
		t.Errorf("trap set: P %.3f R %.3f value %.3f, want P >= 0.97, R >= 0.95, value >= 0.90", p, r, v)
	}
}

// TestNotDates checks each kind of number that is not a date, one table
// row a kind, beside the date the same sentence holds.
func TestNotDates(t *testing.T) {
	cases := []struct {
		kind, lang, sentence string
		want                 []string // the expressions found, as text=value
	}{
		{"count noun", "en", "About 1000 casualties a day were reported in 2025.", []string{"2025=2025"}},
		{"count after cue", "en", "An average of 1200 shells a day fell.", nil},
		{"compound count", "en", "A 2049-page report came out in 2024.", []string{"2024=2024"}},
		{"name", "en", "He wore a Trump 2028 hat in 2024.", []string{"2024=2024"}},
		{"label", "en", "Route 1945 reopened in 2025.", []string{"2025=2025"}},
		{"address", "en", "They met at 1200 Riverside Drive in 2019.", []string{"2019=2019"}},
		{"id", "en", "Case 2026/0318 was filed in 2024.", []string{"2024=2024"}},
		{"phone", "en", "Call 0800 2026 555 now.", nil},
		{"url", "en", "See https://x.org/2026/02/27/30-more for it.", nil},
		{"e-mail", "en", "Write to desk2025@example.org today.", []string{"today=2026-03-10"}},
		{"score", "en", "They won 2-1 in 2025.", []string{"2025=2025"}},
		{"24-hour clock", "en", "It hit at 1930 GMT.", []string{"1930 GMT=2026-03-10T19:30Z"}},
		{"24-hour clock", "en", "Sirens sounded at 0415 in the east.", []string{"0415=2026-03-10T04:15"}},
		{"24-hour range", "en", "A curfew from 2200 to 0500 local time.", []string{"2200=2026-03-10T22:00", "0500=2026-03-10T05:00"}},
		{"dotted clock", "en", "Talks began at 11.30am.", []string{"11.30am=2026-03-10T11:30"}},
		{"clock on the day named after it", "en", "It hit at 1930 GMT on Monday.", []string{"1930 GMT=2026-03-09T19:30Z", "Monday=2026-03-09"}},
		{"clock on the day named before it", "en", "On March 3, talks began at 3 p.m.", []string{"March 3=2026-03-03", "3 p.m.=2026-03-03T15:00"}},
		{"decimal", "en", "Inflation was 11.30 percent.", nil},
		{"glued stamp", "en", "Last edited June 1120:01:29 UTC.", []string{"June 1120:01:29 UTC=2025-06-11T20:01Z"}},
		{"event name of the year", "en", "Apple held its Conference 2026 on Monday.", []string{"2026=2026", "Monday=2026-03-09"}},
		{"approximate count", "en", "Around 1000 children were hurt in 2025.", []string{"2025=2025"}},
		{"unit after two numbers", "en", "It weighs 2024 & 2031 grams.", nil},
		{"ISO date and time", "en", `createdAt="2025-02-10T17:31:30"`, []string{"2025-02-10T17:31=2025-02-10T17:31"}},
		{"counter compared", "ja", "予定より1日早く終わった。", nil},
		{"years bounded", "ja", "1000年以上前からある。", nil},
		{"two-digit year to come", "ja", "61年3月に批判された。", []string{"61年3月="}},
		{"two-digit year", "ja", "24年3月に批判された。", []string{"24年3月=2024-03"}},
		{"counter bounded", "ja", "停電は10日以上続いた。", nil},
		{"counter portion", "ja", "7日分の食料が届いた。", nil},
		{"rate", "ja", "1日2回配られた。", nil},
		{"monthly", "ja", "毎月1日に開かれる。", nil},
		{"rate with に", "ja", "1日に130万個の荷物が届く。", nil},
		{"moved by days", "ja", "期限を1日延ばした。", nil},
		{"days after a happening", "ja", "事件発生から4日後、電話があった。", []string{"4日後="}},
		{"years after a happening", "ja", "俺が辞めた6年後も続いていた。", []string{"6年後="}},
		{"days after a named day", "ja", "3月1日に事件が起き、その4日後に逮捕された。", []string{"3月1日=2026-03-01", "4日後=2026-03-05"}},
		{"years from now", "ja", "5年後に破綻する。", []string{"5年後=2031"}},
		{"after a date", "ja", "10月7日後、攻撃が続いた。", []string{"10月7日=2025-10-07"}},
		{"the first with に", "ja", "1日に発表した。", []string{"1日=2026-03-01"}},
		{"noon", "ja", "25日正午に発表した。", []string{"25日正午=2026-02-25T12:00"}},
		{"idiom", "ja", "一日も早い停戦を求めた。", nil},
		{"nowadays", "ja", "今日の平和を守る。", []string{"今日=PRESENT_REF"}},
		{"today", "ja", "今日の会見で述べた。", []string{"今日=2026-03-10"}},
		{"season", "ja", "2025年夏に届いた。", []string{"2025年夏=2025-SU"}},
		{"url", "ja", "詳細はhttps://example.jp/2026/02/27/a.htmlで。", nil},
		{"copyright", "en", "© 2026 Example Media LLC.", nil},
		{"copyright range", "en", "Copyright © 2000-2026 Example.org All rights reserved.", nil},
		{"copyright holder first", "en", "Source : © European Union, 2026 - EP", nil},
		{"copyright (c)", "en", "(c) 2019 Example Press, all rights reserved", nil},
		{"year before a copyright", "en", "Taken in 2019 by our reporter © 2026 AP", []string{"2019=2019"}},
		{"citation in brackets", "en", "Prices fell (Hamilton 2009, Anderson et al. 2018) in 2024.", []string{"2024=2024"}},
		{"citation of an organisation", "en", "It was 1.5°C (World Meteorological Organization, 2023).", nil},
		{"reference list", "en", "Hamilton, J (2009), “Understanding crude oil prices”, Energy Journal.", nil},
		{"publisher and year", "en", "Seminars in dialysis. Wiley Online Library; 2007.", nil},
		{"publisher with an accent", "en", "Revista Médica del Hospital General de México; 2015.", nil},
		{"model numbers paired", "en", "2042 & 2105 Line Mordecai, 186 cm", nil},
		{"years paired", "en", "It grew in 2019 and 2020 alike.", []string{"2019=2019", "2020=2020"}},
		{"journal year and volume", "en", "Int J Rheumatol. 2014;2014:1-5.", nil},
		{"year in brackets after a place", "en", "Talks opened in Geneva (in 2019) and failed.", []string{"2019=2019"}},
		{"month and year in brackets", "en", "The deal (signed February 2023) held.", []string{"February 2023=2023-02"}},
		{"years lasted", "ja", "封建社会に戻って1000年も続いた。", nil},
		{"a year too", "ja", "2025年も続いた。", []string{"2025年=2025"}},
		{"days long", "ja", "甲子園で3日越しの熱闘となった。", nil},
		{"a day and a half", "ja", "台風の寿命は1日半で、短かった。", nil},
		{"days more", "ja", "例年より15日多い期間となった。", nil},
		{"days taken off", "ja", "日程が1日減らされた。", nil},
		{"a term with N日", "ja", "君が言ってる30日報告ってのは違う。", nil},
		{"day before a verbal noun", "ja", "CNNが23日伝えた。", []string{"23日=2026-02-23"}},
		{"day before an election", "ja", "市長選挙が10日投開票された。", []string{"10日=2026-03-10"}},
		{"decades from now", "ja", "兵士が53年後に投獄される。", []string{"53年後=FUTURE_REF"}},
		{"centuries from now", "ja", "世界と競えるのは230年後かもしれない。", []string{"230年後=FUTURE_REF"}},
		{"millennia ago", "ja", "2000年前のローマの平和。", []string{"2000年前=PAST_REF"}},
		{"decades ago", "ja", "38年前に化石が見つかった。", []string{"38年前=1988"}},
		{"to this day", "ja", "戦後から今日までの生き方を描く。", []string{"今日=PRESENT_REF"}},
		{"still so to this day", "ja", "今日まで続く伝統だ。", []string{"今日=PRESENT_REF"}},
		{"until today", "ja", "受付は今日までだ。", []string{"今日=2026-03-10"}},
		{"that day", "ja", "3月1日に集会があり、当日は雨だった。", []string{"3月1日=2026-03-01", "当日=2026-03-01"}},
		{"that day, none named", "ja", "当日、彼は電話した。", []string{"当日="}},
		{"election day as a noun", "ja", "当日有権者数は10万人だった。", nil},
		{"decades from now", "en", "The world may catch up in 230 years.", nil},
	}
	tg := New(Options{})
	for _, c := range cases {
		var got []string
		for _, x := range tg.Tag(c.sentence, c.lang, day("2026-03-10")) {
			if x.Type == Date || x.Type == Time {
				got = append(got, x.Text+"="+x.Value)
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: %q gives %q, want %q", c.kind, c.sentence, got, c.want)
		}
	}
}
