package timex

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// tagCase expects the expression text in sentence, with its type and value.
type tagCase struct {
	anchor   string // "" for an undated document
	sentence string
	text     string
	typ      string
	value    string
}

func runTagCases(t *testing.T, lang string, cases []tagCase, opts Options) {
	t.Helper()
	tg := New(opts)
	for _, c := range cases {
		var a time.Time
		if c.anchor != "" {
			a = day(c.anchor)
		}
		got := tg.Tag(c.sentence, lang, a)
		found := false
		for _, x := range got {
			if x.Text != c.text {
				continue
			}
			found = true
			if x.Type != c.typ || x.Value != c.value {
				t.Errorf("%q @%s: %q = %s %q, want %s %q", c.sentence, c.anchor, c.text, x.Type, x.Value, c.typ, c.value)
			}
			if c.sentence[x.Start:x.End] != x.Text {
				t.Errorf("%q: offsets [%d,%d) do not give %q", c.sentence, x.Start, x.End, x.Text)
			}
		}
		if !found {
			t.Errorf("%q @%s: no expression %q; got %+v", c.sentence, c.anchor, c.text, got)
		}
	}
}

func TestEnglishAbsolute(t *testing.T) {
	runTagCases(t, "en", []tagCase{
		{"2025-02-08", "The talks were held on February 7, 2025, in Riyadh.", "February 7, 2025", Date, "2025-02-07"},
		{"2025-02-08", "The council met on 7 February 2025 to vote.", "7 February 2025", Date, "2025-02-07"},
		{"", "Minutes were filed on 2025-02-07 by the clerk.", "2025-02-07", Date, "2025-02-07"},
		{"", "The form is dated 2/7/2025 at the top.", "2/7/2025", Date, "2025-02-07"},
		{"", "The plant opened in 1986 near the river.", "1986", Date, "1986"},
		{"", "Factories closed across the region in the 1990s.", "the 1990s", Date, "199"},
		{"2007-02-09", "It rid the city of the boxy cars of the 70s and 80s.", "the 70s", Date, "197"},
		{"2007-02-09", "It rid the city of the boxy cars of the 70s and 80s.", "80s", Date, "198"},
		{"", "The army withdrew across the river in late 2022.", "late 2022", Date, "2022"},
		{"", "The jet was revealed in January 2005 at a hangar.", "January 2005", Date, "2005-01"},
		{"", "Losses widened in the first quarter of 2009, the firm said.", "the first quarter of 2009", Date, "2009-Q1"},
		{"", "Sales rose in Q3 2024 on strong demand.", "Q3 2024", Date, "2024-Q3"},
		{"", "She was born on Friday, March 13, 1998 in Osaka.", "Friday, March 13, 1998", Date, "1998-03-13"},
		{"", "The ruling came on the 7th of February 2025 after a long trial.", "the 7th of February 2025", Date, "2025-02-07"},
		{"", "The launch slipped to summer 2024.", "summer 2024", Date, "2024-SU"},
		{"", "Lift-off came on April 27, 2005 at 08:30 UTC from the main runway.", "April 27, 2005 at 08:30 UTC", Time, "2005-04-27T08:30Z"},
		{"", "The vote closed on Feb. 7, 2025, at 3 p.m. local time.", "Feb. 7, 2025, at 3 p.m.", Time, "2025-02-07T15:00"},
		{"", "Prices peaked in fiscal 2023 before easing.", "fiscal 2023", Date, "2023"},
	}, Options{})
}

func TestEnglishDayFirst(t *testing.T) {
	runTagCases(t, "en", []tagCase{
		{"", "The form is dated 2/7/2025 at the top.", "2/7/2025", Date, "2025-07-02"},
		{"", "Signed 07.02.2025 in Berlin.", "07.02.2025", Date, "2025-02-07"},
	}, Options{DayFirst: true})
}

func TestEnglishRelative(t *testing.T) {
	// 2025-02-08 is a Saturday; 2025-02-07 a Friday.
	runTagCases(t, "en", []tagCase{
		{"2025-02-08", "The minister resigned yesterday after the vote.", "yesterday", Date, "2025-02-07"},
		{"2025-02-08", "The minister will resign tomorrow.", "tomorrow", Date, "2025-02-09"},
		{"2025-02-08", "Stocks fell sharply today.", "today", Date, "2025-02-08"},
		{"2025-02-08", "Trump said on Friday that talks had begun.", "Friday", Date, "2025-02-07"},
		{"2025-02-07", "Trump said on Friday that talks had begun.", "Friday", Date, "2025-02-07"},
		{"2025-02-08", "The envoys will meet on Friday in Munich.", "Friday", Date, "2025-02-14"},
		{"2025-02-08", "The envoys met on Tuesday in Munich.", "Tuesday", Date, "2025-02-04"},
		{"2025-02-08", "He visited the front last week.", "last week", Date, "2025-W05"},
		{"2025-02-08", "Results are due next month.", "next month", Date, "2025-03"},
		{"2025-02-08", "The plant closed two years ago.", "two years ago", Date, "2023"},
		{"2025-02-08", "The plant closed three days ago.", "three days ago", Date, "2025-02-05"},
		{"2025-02-08", "A study published in September found the same.", "September", Date, "2024-09"},
		{"2025-02-08", "The summit will take place in September.", "September", Date, "2025-09"},
		{"2025-10-20", "A study published in September found the same.", "September", Date, "2025-09"},
		{"2025-02-08", "Earlier this year the firm cut jobs.", "Earlier this year", Date, "2025"},
		{"2025-02-08", "Prices rose in mid-March, traders said.", "mid-March", Date, "2024-03"},
		{"2025-02-08", "Prices will peak in mid-March, traders say.", "mid-March", Date, "2025-03"},
		{"2025-02-08", "The firm lost money last year.", "last year", Date, "2024"},
		{"2025-02-08", "The firm expects a profit next year.", "next year", Date, "2026"},
		{"2025-02-08", "Sales slumped in the fourth quarter, it said.", "the fourth quarter", Date, "2024-Q4"},
		{"2025-02-08", "The deal closed on January 28 after talks.", "January 28", Date, "2025-01-28"},
		{"2025-02-08", "The deal will close on March 3 if approved.", "March 3", Date, "2025-03-03"},
		{"2025-02-16", "Ministers will hold an emergency summit in Rome on February 17, hosted by the mayor.", "February 17", Date, "2025-02-17"},
		{"2025-02-08", "Troops entered the town last September.", "last September", Date, "2024-09"},
		{"2025-02-08", "He announced the plan last Friday.", "last Friday", Date, "2025-02-07"},
		{"2025-02-08", "The talks resume next Monday.", "next Monday", Date, "2025-02-10"},
		{"2025-02-08", "It has been quiet this week.", "this week", Date, "2025-W06"},
		{"2025-02-10", "The markets rallied over the weekend.", "the weekend", Date, "2025-W06-WE"},
		{"2025-02-08", "The blast was heard on Friday morning.", "Friday morning", Time, "2025-02-07TMO"},
		{"2025-02-08", "The strikes hit the city last night.", "last night", Time, "2025-02-07TNI"},
		{"2025-02-08", "Markets rebounded late in the day after the news.", "late in the day", Date, "2025-02-08"},
		{"2025-02-08", "The index ended the day 2% lower.", "the day", Date, "2025-02-08"},
		{"2025-02-08", "The firm had a loss in the first quarter of last year.", "the first quarter of last year", Date, "2024-Q1"},
		{"2025-02-08", "Debt grew at the end of last year.", "the end of last year", Date, "2024"},
		{"2025-02-08", "The company has done well in the past decade.", "the past decade", Date, "201"},
		{"2025-02-08", "The tanker has recently docked.", "recently", Date, "PAST_REF"},
		{"2025-02-08", "More jets may be bought in the future.", "the future", Date, "FUTURE_REF"},
		{"2025-02-08", "The talks will be held in the summer.", "the summer", Date, "2025-SU"},
		// undated: relative expressions stay unresolved
		{"", "The minister resigned yesterday after the vote.", "yesterday", Date, ""},
		{"", "He visited the front last week.", "last week", Date, ""},
		{"", "The deal closed on January 28 after talks.", "January 28", Date, ""},
		{"", "Trump said on Friday that talks had begun.", "Friday", Date, ""},
	}, Options{})
}

func TestEnglishDurationsAndSets(t *testing.T) {
	runTagCases(t, "en", []tagCase{
		{"2025-02-08", "He served for three years in the cabinet.", "three years", Duration, "P3Y"},
		{"2025-02-08", "Shares hit a five-year high on the news.", "five-year", Duration, "P5Y"},
		{"2025-02-08", "Job cuts will follow over the next four years.", "the next four years", Duration, "P4Y"},
		{"2025-02-08", "The committee meets every Monday.", "every Monday", Set, "XXXX-WXX-1"},
		{"2025-02-08", "Prices are reviewed weekly.", "weekly", Set, "P1W"},
		{"2025-02-08", "The economy shrank for two consecutive quarters.", "two consecutive quarters", Duration, "P2Q"},
		{"2025-02-08", "Three years after the crash the line reopened.", "Three years", Duration, "P3Y"},
	}, Options{})
}

// assertNoCalendar fails when any sentence yields a calendar date.
func assertNoCalendar(t *testing.T, lang string, sentences []string) {
	t.Helper()
	tg := New(Options{})
	for _, s := range sentences {
		for _, x := range tg.Tag(s, lang, day("2025-02-08")) {
			if x.IsCalendar() {
				t.Errorf("%q: %q read as %s %q", s, x.Text, x.Type, x.Value)
			}
		}
	}
}

// TestEnglishNotDates lists words that look like dates but are not.
func TestEnglishNotDates(t *testing.T) {
	assertNoCalendar(t, "en", []string{
		"May I ask a question?",
		"Prices may rise again.",
		"Thousands will march through the capital.",
		"Protesters march on parliament every week.",
		"Theresa May met the mayor.",
		"Officers from Spring Valley police attended.",
		"The Arab Spring changed the region.",
		"Call 555-2025 for details.",
		"Call (03) 1234-5678 for details.",
		"The army sent 2000 troops and 300 tanks.",
		"The vote passed 52 to 48.",
		"We need to act now.",
		"The fall in prices surprised analysts.",
		"The fall of Kabul shocked the world.",
		"Growth was 2.5 percent, up from 1.9.",
		"The April Ryan show aired.",
		"He paid $2025 in fees.",
		"Earlier, the minister said so.",
		"He is in his 20s and lives alone.",
		"The late president was honoured.",
		"As soon as the polls close, counting begins.",
		"The Sunday Times reported the story.",
		"About 2000 were killed in the fighting.",
	})
}

func TestJapanese(t *testing.T) {
	runTagCases(t, "ja", []tagCase{
		{"2025-02-08", "政府は2025年2月7日に発表した。", "2025年2月7日", Date, "2025-02-07"},
		{"2025-02-08", "会談は2月7日に行われた。", "2月7日", Date, "2025-02-07"},
		{"2025-02-08", "大統領は7日、記者団に語った。", "7日", Date, "2025-02-07"},
		{"2025-02-05", "大統領は7日、記者団に語った。", "7日", Date, "2025-01-07"},
		// No tense found: the nearer of the two days. A report of 1 August
		// tells of the night before, not of a month ahead; 「相次いだ」 is past.
		{"2014-08-01", "高雄市で31日夜、爆発があり、多数の死傷者。", "31日夜", Time, "2014-07-31TNI"},
		{"2014-08-01", "高雄市で31日夜、爆発が相次いだ。", "31日夜", Time, "2014-07-31TNI"},
		{"2014-08-01", "高雄市で31日深夜、ガス漏れが原因とみられる爆発が相次ぎ、25人が死亡した。", "31日深夜", Time, "2014-07-31TNI"},
		{"2025-02-05", "首相は7日、記者団と。", "7日", Date, "2025-02-07"},
		{"2021-10-13", "統合承認の臨時株主総会、29日に迫る", "29日", Date, "2021-10-29"},
		{"2005-09-01", "31日、総会。", "31日", Date, "2005-08-31"},
		{"2025-03-02", "28日、総会。", "28日", Date, "2025-02-28"},
		{"2025-02-08", "副大統領は14日から開かれる会議に出席すると発表しました。", "14日", Date, "2025-02-14"},
		{"2025-02-08", "13日にベルギーで開かれる会合には長官が参加する予定です。", "13日", Date, "2025-02-13"},
		{"2024-12-17", "17日午後3時ごろ、市内で火事が発生しました。", "17日午後3時ごろ", Time, "2024-12-17T15:00"},
		{"2024-12-17", "17日午前6時半ごろ、爆発音がありました。", "17日午前6時半ごろ", Time, "2024-12-17T06:30"},
		{"2025-02-08", "抗議活動は2024年10月に始まった。", "2024年10月", Date, "2024-10"},
		{"2025-02-08", "1990年代は好景気だった。", "1990年代", Date, "199"},
		{"2025-02-08", "昨日、首相が会見した。", "昨日", Date, "2025-02-07"},
		{"2025-02-08", "一昨日、首相が会見した。", "一昨日", Date, "2025-02-06"},
		{"2025-02-08", "明日、首相が会見する。", "明日", Date, "2025-02-09"},
		{"2025-02-08", "今日は晴れです。", "今日", Date, "2025-02-08"},
		{"2025-02-08", "本日、新製品を発表します。", "本日", Date, "2025-02-08"},
		{"2025-02-08", "先週、両首脳が電話で協議した。", "先週", Date, "2025-W05"},
		{"2025-02-08", "今週は雨が続いた。", "今週", Date, "2025-W06"},
		{"2025-02-08", "来週、ワシントンで会談する。", "来週", Date, "2025-W07"},
		{"2025-02-08", "先月、法案が成立した。", "先月", Date, "2025-01"},
		{"2025-02-08", "今月は寒い。", "今月", Date, "2025-02"},
		{"2025-02-08", "来月、選挙が行われる。", "来月", Date, "2025-03"},
		{"2025-02-08", "昨年、記録的な猛暑だった。", "昨年", Date, "2024"},
		{"2025-02-08", "去年の売り上げは伸びた。", "去年", Date, "2024"},
		{"2025-02-08", "今年の目標を示した。", "今年", Date, "2025"},
		{"2025-02-08", "来年には完成する。", "来年", Date, "2026"},
		{"2025-02-08", "工事は3月上旬に始まる。", "3月上旬", Date, "2025-03"},
		{"2025-02-08", "1月中旬に雪が降った。", "1月中旬", Date, "2025-01"},
		{"2025-02-08", "工場は3年前に閉鎖された。", "3年前", Date, "2022"},
		{"2025-02-08", "5日後に結果が出る。", "5日後", Date, "2025-02-13"},
		{"2025-02-08", "7日、首相が会見した。同日、野党も会見した。", "同日", Date, "2025-02-07"},
		{"2025-02-08", "令和7年の予算が成立した。", "令和7年", Date, "2025"},
		{"2025-02-08", "平成30年に開業した。", "平成30年", Date, "2018"},
		{"2025-02-08", "令和元年5月1日に改元された。", "令和元年5月1日", Date, "2019-05-01"},
		{"2025-02-08", "政府は２０２５年２月７日に発表した。", "２０２５年２月７日", Date, "2025-02-07"},
		{"2025-02-08", "掲載日は2025/02/07です。", "2025/02/07", Date, "2025-02-07"},
		{"2025-02-08", "7日付の新聞で報じられた。", "7日付", Date, "2025-02-07"},
		{"2025-02-08", "昨年12月に合意した。", "昨年12月", Date, "2024-12"},
		{"2025-02-08", "工事は3日間続いた。", "3日間", Duration, "P3D"},
		{"2025-02-08", "10年ぶりの大雪となった。", "10年ぶり", Duration, "P10Y"},
		{"2025-02-08", "会議は毎週開かれる。", "毎週", Set, "P1W"},
		{"2025-02-08", "7日(金)に開催された。", "7日(金)", Date, "2025-02-07"},
		{"2025-02-08", "金曜日に会談した。", "金曜日", Date, "2025-02-07"},
		{"2024-12-17", "バヌアツ沖で地震(2024年12月17日)", "2024年12月17日", Date, "2024-12-17"},
		{"2025-02-08", "2024年11月28日には抗議活動の波が起きた。", "2024年11月28日", Date, "2024-11-28"},
		{"", "大統領は7日、記者団に語った。", "7日", Date, ""},
		{"", "先週、両首脳が電話で協議した。", "先週", Date, ""},
	}, Options{})
}

func TestJapaneseNotDates(t *testing.T) {
	assertNoCalendar(t, "ja", []string{
		"金の価格が上がった。",
		"土の中から見つかった。",
		"水を飲んだ。",
		"3日間の日程を終えた。",
		"マグニチュードは7.3と推定された。",
		"第3日目の競技が行われた。",
		"100人近くが集まった。",
		"小泉今日子さんが出演した。",
		"国防費は前年比20%増加だった。",
		"1日あたり100人が訪れた。",
	})
}

func TestOffsetsInsideSentence(t *testing.T) {
	tg := New(Options{})
	a := day("2025-02-08")
	for _, c := range []struct{ lang, s string }{
		{"en", "On Friday, February 7, 2025, the envoys met; last week they spoke — and next month they meet again."},
		{"ja", "トランプ大統領は7日、来週会談すると述べた。２月８日（土）午後３時"},
		{"en", "’90s nostalgia – and 2025‐02‐07"},
	} {
		prev := 0
		for _, x := range tg.Tag(c.s, c.lang, a) {
			if x.Start < prev || x.End <= x.Start || x.End > len(c.s) || c.s[x.Start:x.End] != x.Text {
				t.Errorf("%q: bad span %+v", c.s, x)
			}
			prev = x.End
		}
	}
}

func TestParseDateLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want string // "" for no date
	}{
		{"July 02, 2008", "2008-07-02"},
		{"February 8, 2025", "2025-02-08"},
		{"— NHKニュース (@nhk_news) February 8, 2025", "2025-02-08"},
		{"南太平洋で地震 被害確認されず（2024年12月17日）", "2024-12-17"},
		{"南太平洋で地震 被害確認されず(2024年12月17日)", "2024-12-17"},
		{"2025-02-07", "2025-02-07"},
		{"KYIV, Feb 7, 2025 (Reuters) -", "2025-02-07"},
		{"Published: 7 February 2025", "2025-02-07"},
		{"KYIV, Feb 7 (Reuters) -", ""},
		{"By Jane Doe | February 7, 2025", "2025-02-07"},
		{"2025年2月7日 12時30分", "2025-02-07"},
		{"February 7, 2025 10:30 a.m. EST", "2025-02-07"},
		{"Updated 2025年2月7日 午後3時 配信", "2025-02-07"},
		{"Jobs was born in San Francisco on February 24, 1955, to two students.", ""},
		{"Yesterday", ""},
		{"", ""},
	} {
		got, ok := ParseDateLine(c.line)
		switch {
		case c.want == "" && ok:
			t.Errorf("ParseDateLine(%q) = %s, want none", c.line, got.Format(time.DateOnly))
		case c.want != "" && (!ok || got.Format(time.DateOnly) != c.want):
			t.Errorf("ParseDateLine(%q) = %s %v, want %s", c.line, got.Format(time.DateOnly), ok, c.want)
		}
	}
}

func TestIsCalendar(t *testing.T) {
	for _, c := range []struct {
		x    Timex
		want bool
	}{
		{Timex{Type: Date, Value: "2025-02-07"}, true},
		{Timex{Type: Time, Value: "2025-02-07T15:00"}, true},
		{Timex{Type: Date, Value: "PAST_REF"}, false},
		{Timex{Type: Date, Value: ""}, false},
		{Timex{Type: Duration, Value: "P3Y"}, false},
	} {
		if got := c.x.IsCalendar(); got != c.want {
			t.Errorf("%+v.IsCalendar() = %v", c.x, got)
		}
	}
}

// The undated case must never consult the wall clock: every relative value
// is empty.
func TestUndatedNeverResolvesRelative(t *testing.T) {
	tg := New(Options{})
	for _, c := range []struct{ lang, s string }{
		{"en", "Yesterday he said last week's talks and next month's vote, two years ago, on Friday, in September."},
		{"ja", "昨日、先週、来月、昨年、7日、2月7日、3年前、金曜日、同日"},
	} {
		for _, x := range tg.Tag(c.s, c.lang, time.Time{}) {
			if x.Relative && x.Value != "" {
				t.Errorf("%q: %q resolved to %q without an anchor", c.s, x.Text, x.Value)
			}
		}
	}
}

func TestMoreForms(t *testing.T) {
	runTagCases(t, "en", []tagCase{
		{"2025-02-08", "Economies changed in the 20th century.", "the 20th century", Date, "19"},
		{"2025-02-08", "The plant shut years ago.", "years ago", Date, "PAST_REF"},
		{"2025-02-08", "Shops were busy on Christmas Eve.", "Christmas Eve", Date, "2024-12-24"},
		{"2025-02-08", "The building opened on Christmas Day, 1999.", "Christmas Day, 1999", Date, "1999-12-25"},
		{"2025-02-08", "The statement was dated 2024年12月17日 in the original.", "2024年12月17日", Date, "2024-12-17"},
	}, Options{})
	runTagCases(t, "ja", []tagCase{
		{"2025-02-08", "ロイター (@ReutersJapan) February 7, 2025", "February 7, 2025", Date, "2025-02-07"},
		{"2025-02-08", "7日に会談し、翌日に声明を出した。", "翌日", Date, "2025-02-08"},
		{"2025-02-08", "2月1日付で就任した。", "2月1日付", Date, "2025-02-01"},
	}, Options{})
}

func TestJapaneseShortYearsAndSame(t *testing.T) {
	runTagCases(t, "ja", []tagCase{
		{"2025-02-08", "欧州の支出は24年に20%増加した。", "24年", Date, "2024"},
		{"2025-02-08", "目標に合意した14年以降の期間を指す。", "14年", Date, "2014"},
		{"2025-02-08", "侵攻開始から3年を迎える。", "3年", Duration, "P3Y"},
		{"2025-02-08", "2014年に受給し始めた。同年、政権が崩壊した。", "同年", Date, "2014"},
	}, Options{})
}

func TestEnglishWeekdayPicksYear(t *testing.T) {
	runTagCases(t, "en", []tagCase{
		// 2009-12-04 is not a Tuesday; 2007-12-04 is, but lies two years away:
		// the tense decides. 2008-12-04 was a Thursday.
		{"2009-03-13", "The plane will arrive on Thursday, December 4.", "Thursday, December 4", Date, "2008-12-04"},
		{"2009-03-13", "The plane will arrive on Friday, December 4.", "Friday, December 4", Date, "2009-12-04"},
		{"2009-03-13", "Toyota sold 9 million cars, up from 8 million a year earlier.", "a year earlier", Date, "2008"},
		{"2009-03-13", "The next day, he resigned.", "The next day", Date, ""},
	}, Options{})
}

func TestJapaneseTimes(t *testing.T) {
	runTagCases(t, "ja", []tagCase{
		{"2025-02-08", "昨夜11時ごろ、火事がありました。", "昨夜11時ごろ", Time, "2025-02-07T23:00"},
		{"2025-02-08", "今朝7時、列車が止まった。", "今朝7時", Time, "2025-02-08T07:00"},
		{"2025-02-08", "昨夜、火事がありました。", "昨夜", Time, "2025-02-07TNI"},
		{"2025-02-08", "気象庁によりますと、きょう午前10時ごろ揺れを観測しました。", "きょう午前10時ごろ", Time, "2025-02-08T10:00"},
		{"2025-02-08", "19日未明、地震があった。", "19日未明", Time, "2025-01-19TNI"},
		{"2025-02-08", "首相は今月20日に訪米する予定です。", "今月20日", Date, "2025-02-20"},
		{"2025-02-08", "来年4月1日から新制度が始まる。", "来年4月1日", Date, "2026-04-01"},
		{"2025-02-08", "2023年度の決算を発表した。", "2023年度", Date, "2023"},
		{"2025-02-08", "先週末、都内で集会が開かれた。", "先週末", Date, "2025-W05-WE"},
	}, Options{})
}

// TestBareClockTakesItsDay: a clock time said without its day is, as news
// annotation reads it, on the day named with it or before it, else on the
// report's day; in an undated document it keeps an unknown day.
func TestBareClockTakesItsDay(t *testing.T) {
	runTagCases(t, "en", []tagCase{
		{"2025-02-08", "The take-off, at 08:30 UTC, was normal.", "08:30 UTC", Time, "2025-02-08T08:30Z"},
		{"2025-02-08", "The meeting starts at 3 p.m. sharp.", "3 p.m.", Time, "2025-02-08T15:00"},
		{"2025-02-08", "On Thursday the meeting started at 3 p.m. sharp.", "3 p.m.", Time, "2025-02-06T15:00"},
		{"", "The meeting starts at 3 p.m. sharp.", "3 p.m.", Time, "XXXX-XX-XXT15:00"},
	}, Options{})
	runTagCases(t, "ja", []tagCase{
		{"2025-02-08", "午後3時に会見する。", "午後3時", Time, "2025-02-08T15:00"},
		{"2025-02-08", "会見は15時30分から。", "15時30分", Time, "2025-02-08T15:30"},
		{"", "会見は15時30分から。", "15時30分", Time, "XXXX-XX-XXT15:30"},
	}, Options{})
}

func TestEnglishUnresolvable(t *testing.T) {
	runTagCases(t, "en", []tagCase{
		{"2025-02-08", "Days after the vote, the minister resigned.", "Days after", Date, ""},
		{"2025-02-08", "Two days later the talks collapsed.", "Two days later", Date, ""},
	}, Options{})
}

func TestEnglishNewsIdioms(t *testing.T) {
	runTagCases(t, "en", []tagCase{
		{"2009-03-13", "Stocks had their best week since November.", "week", Date, "2009-W11"},
		{"2009-03-13", "Prices may fall in the coming weeks.", "the coming weeks", Duration, "PXW"},
		{"2009-03-13", "Rivals filed suit the same day.", "the same day", Date, ""},
	}, Options{})
}

func TestEnglishSamePeriod(t *testing.T) {
	runTagCases(t, "en", []tagCase{
		// with no period named before, the report's month a year back
		{"2010-03-03", "Sales rose 43% compared to the same period last year.", "the same period last year", Date, "2009-03"},
		{"2009-02-03", "Sales fell 35% compared to the same month a year ago.", "the same month a year ago", Date, "2008-02"},
		{"", "Sales fell 35% compared to the same month a year ago.", "the same month a year ago", Date, ""},
	}, Options{})
}

func TestJapaneseVagueCounts(t *testing.T) {
	runTagCases(t, "ja", []tagCase{
		{"2025-02-08", "数日前に連絡があった。", "数日前", Date, "PAST_REF"},
		{"2025-02-08", "数年間にわたり続いた。", "数年間", Duration, "PXY"},
		{"2025-02-08", "数か月後に再開する。", "数か月後", Date, "FUTURE_REF"},
	}, Options{})
}

func TestTagInContext(t *testing.T) {
	tg := New(Options{})
	a := day("2025-02-08")
	var ctx Context
	doc := []struct{ lang, s, text, value string }{
		{"ja", "2014年、センターは助成金を受け始めた。", "2014年", "2014"},
		{"ja", "同年、政権が崩壊した。", "同年", "2014"},
		{"ja", "首相は7日に会見した。", "7日", "2025-02-07"},
		{"ja", "翌日、野党が反発した。", "翌日", "2025-02-08"},
		{"en", "Rivals filed suit the same day.", "the same day", "2025-02-08"},
	}
	for _, d := range doc {
		found := false
		for _, x := range tg.TagInContext(d.s, d.lang, a, &ctx) {
			if x.Text == d.text {
				found = true
				if x.Value != d.value {
					t.Errorf("%q: %q = %q, want %q", d.s, x.Text, x.Value, d.value)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %q", d.s, d.text)
		}
	}
	// Without a context nothing is guessed.
	for _, x := range tg.Tag("同日、野党が反発した。", "ja", a) {
		if x.Value != "" {
			t.Errorf("同日 without a referent = %q", x.Value)
		}
	}
}

// TestJaTriggerTable checks the rune table of jaTrigger against the list it
// is built from.
func TestJaTriggerTable(t *testing.T) {
	for r := rune(-1); r < 0x11000; r++ {
		want := r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune(jaTriggerRunes, r)
		if got := jaTrigger(r); got != want {
			t.Errorf("jaTrigger(%q) = %v, want %v", r, got, want)
		}
	}
}
