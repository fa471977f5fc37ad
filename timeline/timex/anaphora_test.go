package timex

import "testing"

// docCase is one document read sentence by sentence with one Context: the
// expression text of the last sentence must have the value want ("" for
// unresolved). absent expects no expression with that text at all.
type docCase struct {
	name      string
	anchor    string
	sentences []string
	text      string
	want      string
	absent    bool
}

func runDocCases(t *testing.T, lang string, cases []docCase) {
	t.Helper()
	tg := New(Options{})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ctx Context
			var last []Timex
			for _, s := range c.sentences {
				last = tg.TagInContext(s, lang, day(c.anchor), &ctx)
			}
			var found *Timex
			for k := range last {
				if last[k].Text == c.text {
					found = &last[k]
				}
			}
			switch {
			case c.absent && found != nil:
				t.Errorf("%q tagged as %+v, want no expression", c.text, *found)
			case !c.absent && found == nil:
				t.Errorf("no expression %q; got %+v", c.text, last)
			case !c.absent && found.Value != c.want:
				t.Errorf("%q = %q, want %q", c.text, found.Value, c.want)
			}
		})
	}
}

func TestEnglishReferBack(t *testing.T) {
	runDocCases(t, "en", []docCase{
		{name: "same month a year ago, month named in the sentence", anchor: "2009-02-03",
			sentences: []string{"Sales fell 35% in January, compared to the same month a year ago."},
			text:      "the same month a year ago", want: "2008-01"},
		{name: "same period last year takes the period named", anchor: "2010-03-03",
			sentences: []string{"Ford said its sales rose 43% in February compared to the same period last year."},
			text:      "the same period last year", want: "2009-02"},
		{name: "same period a year earlier of a quarter", anchor: "2009-10-16",
			sentences: []string{"The bank lost $2.24 billion in the third quarter of this year.", "In the same period a year earlier, it had gained $704 million."},
			text:      "the same period a year earlier", want: "2008-Q3"},
		{name: "same quarter the previous year", anchor: "2009-10-16",
			sentences: []string{"Profit fell in the second quarter of 2008, below the same quarter the previous year."},
			text:      "the same quarter the previous year", want: "2007-Q2"},
		{name: "same period two years ago", anchor: "2010-03-03",
			sentences: []string{"Sales in February were above the same period two years ago."},
			text:      "the same period two years ago", want: "2008-02"},
		{name: "a year-before comparison is no referent", anchor: "2010-03-03",
			sentences: []string{"Sales rose in February compared to the same period last year.", "Profit also beat the same period last year."},
			text:      "the same period last year", want: "2009-02"},
		{name: "same period last year of a year is the report's month", anchor: "2010-03-02",
			sentences: []string{"The firm was founded in 1998.", "Sales rose compared to the same period last year."},
			text:      "the same period last year", want: "2009-03"},
		{name: "29 February a year back", anchor: "2008-03-01",
			sentences: []string{"On February 29, 2008 sales doubled from the same day a year earlier."},
			text:      "the same day a year earlier", want: "2007-02-28"},
		{name: "that month", anchor: "2010-03-02",
			sentences: []string{"Prices peaked in January 2008.", "That month, the bank failed."},
			text:      "That month", want: "2008-01"},
		{name: "that year of a day", anchor: "2010-03-02",
			sentences: []string{"He was hired on May 3, 2004, and left later that year."},
			text:      "that year", want: "2004"},
		{name: "that same day", anchor: "2010-03-02",
			sentences: []string{"The vote was on March 1.", "That same day, rivals sued."},
			text:      "That same day", want: "2010-03-01"},
		{name: "that month with nothing named stays unresolved", anchor: "2010-03-02",
			sentences: []string{"That month, the bank failed."},
			text:      "That month", want: ""},
		{name: "that month finer than the referent stays unresolved", anchor: "2010-03-02",
			sentences: []string{"The bank was founded in 1998.", "That month, it opened a branch."},
			text:      "That month", want: ""},
		{name: "the year before", anchor: "2010-01-28",
			sentences: []string{"Profit in 2008 was $5m, up from $3m the year before."},
			text:      "the year before", want: "2007"},
		{name: "the year previous", anchor: "2010-01-28",
			sentences: []string{"The company cut its costs last year, $19.8 billion more than the year previous."},
			text:      "the year previous", want: "2008"},
		{name: "the previous year after a year", anchor: "2010-01-28",
			sentences: []string{"Profit in 2008 was $5m, up from $3m the previous year."},
			text:      "the previous year", want: "2007"},
		{name: "the previous year with nothing named counts from the report", anchor: "2010-01-28",
			sentences: []string{"Profit was $5m, up from $3m the previous year."},
			text:      "the previous year", want: "2009"},
		{name: "a year earlier after a year", anchor: "2010-01-28",
			sentences: []string{"Revenue reached $9m in 2008.", "A year earlier it was $7m."},
			text:      "A year earlier", want: "2007"},
		{name: "the day before", anchor: "2010-03-10",
			sentences: []string{"He left on March 5, 2007.", "The day before, he resigned."},
			text:      "The day before", want: "2007-03-04"},
		{name: "the day after", anchor: "2010-03-10",
			sentences: []string{"He left on March 5, 2007.", "The day after, he returned."},
			text:      "The day after", want: "2007-03-06"},
		{name: "the year before last counts from the report", anchor: "2010-03-10",
			sentences: []string{"Sales peaked the year before last."},
			text:      "the year before last", want: "2008"},
		{name: "the following day", anchor: "2010-03-10",
			sentences: []string{"He left on March 5, 2007.", "The following day he returned."},
			text:      "The following day", want: "2007-03-06"},
		{name: "the next day", anchor: "2010-03-10",
			sentences: []string{"The talks began on Monday, March 8.", "The next day they collapsed."},
			text:      "The next day", want: "2010-03-09"},
		{name: "the next year", anchor: "2025-02-08",
			sentences: []string{"The plant opened in 2019.", "The next year, it doubled its output."},
			text:      "The next year", want: "2020"},
		{name: "the following year after the next year", anchor: "2025-02-08",
			sentences: []string{"The plant opened in 2019.", "The next year, it doubled its output.", "The following year it closed."},
			text:      "The following year", want: "2021"},
		{name: "the next month", anchor: "2025-02-08",
			sentences: []string{"Talks began in October 2023.", "The next month they stalled."},
			text:      "The next month", want: "2023-11"},
		{name: "over the next year counts from the report", anchor: "2025-02-08",
			sentences: []string{"The plant opened in 2019.", "Output will grow over the next year."},
			text:      "the next year", want: "2026"},
		{name: "the next year with nothing named stays unresolved", anchor: "2025-02-08",
			sentences: []string{"The next year, it doubled its output."},
			text:      "The next year", want: ""},
		{name: "the next day with nothing named stays unresolved", anchor: "2010-03-10",
			sentences: []string{"The next day they collapsed."},
			text:      "The next day", want: ""},
		{name: "three days later", anchor: "2010-03-10",
			sentences: []string{"The talks began on March 1.", "Three days later they collapsed."},
			text:      "Three days later", want: "2010-03-04"},
		{name: "the day before a noun is a preposition", anchor: "2010-03-10",
			sentences: []string{"He left on March 5, 2007, the day before the vote."},
			text:      "the day before", absent: true},
		{name: "said that day traders", anchor: "2010-03-10",
			sentences: []string{"He left on March 5, 2007.", "He said that day traders lost money."},
			text:      "that day", absent: true},
		{name: "that year-end is a compound", anchor: "2010-03-10",
			sentences: []string{"In 2008 bonuses fell.", "Staff expect that year-end bonuses will fall."},
			text:      "that year", absent: true},
		{name: "at the same time that", anchor: "2010-03-10",
			sentences: []string{"The G7 met in Washington at the same time that markets fell."},
			text:      "the same time", absent: true},
	})
}

func TestJapaneseReferBack(t *testing.T) {
	runDocCases(t, "ja", []docCase{
		{name: "前年同月", anchor: "2025-02-08",
			sentences: []string{"2024年10月に売上が伸びた。", "前年同月は赤字だった。"},
			text:      "前年同月", want: "2023-10"},
		{name: "前年同期 of a month", anchor: "2025-02-08",
			sentences: []string{"1月の販売台数は前年同期から35%減った。"},
			text:      "前年同期", want: "2024-01"},
		{name: "昨年同期 of a quarter", anchor: "2025-02-08",
			sentences: []string{"2024年第3四半期は赤字だった。", "昨年同期は黒字だった。"},
			text:      "昨年同期", want: "2023-Q3"},
		{name: "前年同期 without a period named is the report's month", anchor: "2025-02-08",
			sentences: []string{"売上高は前年同期を上回った。"},
			text:      "前年同期", want: "2024-02"},
		{name: "前年同期 twice refers to the same period", anchor: "2025-02-08",
			sentences: []string{"1月の売上高は前年同期を上回った。", "利益も前年同期を上回った。"},
			text:      "前年同期", want: "2024-01"},
		{name: "前年同日", anchor: "2025-02-08",
			sentences: []string{"2024年12月17日に会見した。", "前年同日は雨だった。"},
			text:      "前年同日", want: "2023-12-17"},
		{name: "前年同月比 is a ratio, not a date", anchor: "2025-02-08",
			sentences: []string{"1月の売上高は前年同月比で5%増えた。"},
			text:      "前年同月比", absent: true},
		{name: "no 同月 inside 前年同月比", anchor: "2025-02-08",
			sentences: []string{"1月の売上高は前年同月比で5%増えた。"},
			text:      "同月", absent: true},
		{name: "no 前年 inside 昨年同期比", anchor: "2025-02-08",
			sentences: []string{"売上高は昨年同期比で5%増えた。"},
			text:      "昨年", absent: true},
		{name: "同月", anchor: "2025-02-08",
			sentences: []string{"2024年10月に売上が伸びた。", "同月、会社は新製品を発表した。"},
			text:      "同月", want: "2024-10"},
		{name: "同月 with nothing named stays unresolved", anchor: "2025-02-08",
			sentences: []string{"同月、会社は新製品を発表した。"},
			text:      "同月", want: ""},
		{name: "同日", anchor: "2025-02-08",
			sentences: []string{"首相は7日に会見した。", "同日、野党が反発した。"},
			text:      "同日", want: "2025-02-07"},
		{name: "前日", anchor: "2025-02-08",
			sentences: []string{"首相は2024年11月28日に会見した。", "前日には発表があった。"},
			text:      "前日", want: "2024-11-27"},
		{name: "翌日", anchor: "2025-02-08",
			sentences: []string{"首相は2024年12月31日に会見した。", "翌日、野党が反発した。"},
			text:      "翌日", want: "2025-01-01"},
		{name: "前日 with nothing named stays unresolved", anchor: "2025-02-08",
			sentences: []string{"前日には発表があった。"},
			text:      "前日", want: ""},
	})
}

func TestShiftYears(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2010-02", "2009-02"}, {"2009-Q3", "2008-Q3"}, {"2010-03-02", "2009-03-02"},
		{"2008-02-29", "2007-02-28"}, {"2010", "2009"}, {"2009-W05", "2008-W05"},
		{"", ""}, {"199", ""}, {"PAST_REF", ""},
	} {
		if got := shiftYears(c.in, -1); got != c.want {
			t.Errorf("shiftYears(%q, -1) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestValueStart(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"2009", "2009-01-01", true}, {"2009-Q3", "2009-07-01", true}, {"2009-02", "2009-02-01", true},
		{"2009-02-17T15:00", "2009-02-17", true}, {"2009-W01", "2008-12-29", true}, {"2010-W10-WE", "2010-03-08", true},
		{"2009-SU", "", false}, {"199", "", false}, {"2009-Q7", "", false},
	} {
		got, ok := valueStart(c.in)
		if ok != c.ok || ok && dayValue(got) != c.want {
			t.Errorf("valueStart(%q) = %s %v, want %s %v", c.in, dayValue(got), ok, c.want, c.ok)
		}
	}
}

func TestJapaneseQuarters(t *testing.T) {
	runTagCases(t, "ja", []tagCase{
		{"2025-02-08", "2024年10-12月期の純利益は増えた。", "2024年10-12月期", Date, "2024-Q4"},
		{"2025-02-08", "2024年7～9月期は赤字だった。", "2024年7～9月期", Date, "2024-Q3"},
		{"2025-02-08", "2024年第3四半期は赤字だった。", "2024年第3四半期", Date, "2024-Q3"},
		{"2025-02-08", "2024年第三四半期は赤字だった。", "2024年第三四半期", Date, "2024-Q3"},
		{"2025-02-08", "10-12月期の純利益は増えた。", "10-12月期", Date, "2024-Q4"},
		{"2025-08-08", "4-6月期の純利益は増えた。", "4-6月期", Date, "2025-Q2"},
		{"2024-11-05", "同社は第3四半期の決算を発表した。", "第3四半期", Date, "2024-Q3"},
		{"2025-02-08", "第4四半期は赤字だった。", "第4四半期", Date, "2024-Q4"},
		{"2025-02-08", "第二四半期には黒字になる見通しだ。", "第二四半期", Date, "2025-Q2"},
		{"2025-02-08", "2023年の第2四半期は赤字だった。", "2023年の第2四半期", Date, "2023-Q2"},
	}, Options{})
	runTagCases(t, "ja", []tagCase{
		// not a quarter: a range of months that is not one
		{"2025-02-08", "2024年10月の売上は増えた。", "2024年10月", Date, "2024-10"},
	}, Options{})
}
