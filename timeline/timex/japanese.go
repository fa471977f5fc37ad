package timex

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// jaParser holds one Japanese sentence while the rules scan it. Japanese
// has no spaces, so the rules work on byte offsets and runes directly.
type jaParser struct {
	s    string
	a    anchorDate
	out  []Timex
	last int    // index in out of the last calendar expression, for 同日; -1 for none
	ref  *Timex // the last calendar expression of earlier sentences, or nil
}

func tagJapanese(s string, a anchorDate, ref *Timex) []Timex {
	p := &jaParser{s: s, a: a, last: -1, ref: ref}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if jaTrigger(r) {
			if x, ok := p.at(i); ok && x.End > i {
				x.Text = s[x.Start:x.End]
				p.out = append(p.out, x)
				if x.referable() {
					p.last = len(p.out) - 1
				}
				i = x.End
				continue
			}
		}
		i += n
	}
	return p.out
}

// jaTriggerRunes are the runes besides digits that can begin a Japanese
// expression.
const jaTriggerRunes = "〇一二三四五六七八九十令平昭大明昨去今来先本同翌前毎再おきあ週年最将近当月火水木金土日午数第"

// jaTriggers has a bit set for each rune of the Basic Multilingual Plane
// that can begin a Japanese expression: every rune of a sentence is tested,
// and a search of jaTriggerRunes was a tenth of the Japanese tagging.
var jaTriggers = func() *[1 << 16 / 64]uint64 {
	var set [1 << 16 / 64]uint64
	add := func(r rune) { set[r>>6] |= 1 << (r & 63) }
	for r := '0'; r <= '9'; r++ {
		add(r)
		add(r - '0' + '０')
	}
	for _, r := range jaTriggerRunes {
		add(r)
	}
	return &set
}()

// jaTrigger is the pre-filter: runes that can begin a Japanese expression.
func jaTrigger(r rune) bool {
	return r >= 0 && r < 1<<16 && jaTriggers[r>>6]&(1<<(r&63)) != 0
}

// digitAt reads one ASCII or full-width digit.
func digitAt(s string, i int) (int, int, bool) {
	if i < len(s) && isDigit(s[i]) {
		return int(s[i] - '0'), 1, true
	}
	if i+2 < len(s) && s[i] == 0xef && s[i+1] == 0xbc && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
		return int(s[i+2] - 0x90), 3, true
	}
	return 0, 0, false
}

// number reads ASCII or full-width digits: value, digit count, end.
func number(s string, i int) (int, int, int) {
	v, nd := 0, 0
	for nd < 9 {
		d, n, ok := digitAt(s, i)
		if !ok {
			break
		}
		v = v*10 + d
		nd++
		i += n
	}
	return v, nd, i
}

const kanjiDigits = "〇一二三四五六七八九"

// kanjiNumber reads a kanji numeral: positional (二〇二五) or with tens and
// hundreds (二十三, 十五, 百). It returns the value, the number of positional
// digits (0 when 十 or 百 was used) and the end.
func kanjiNumber(s string, i int) (v, nd, end int) {
	end = i
	cur, total, positional := 0, 0, 0
	used := false
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if d := strings.IndexRune(kanjiDigits, r); d >= 0 {
			cur = cur*10 + d/3
			positional++
		} else if r == '十' || r == '百' {
			mult := 10
			if r == '百' {
				mult = 100
			}
			if cur == 0 {
				cur = 1
			}
			total += cur * mult
			cur = 0
			used = true
		} else {
			break
		}
		end += n
	}
	if end == i {
		return 0, 0, i
	}
	if used {
		return total + cur, 0, end
	}
	return cur, positional, end
}

func (p *jaParser) has(i int, w string) bool { return strings.HasPrefix(p.s[i:], w) }

// hasAny returns the length of the first of ws found at i, or 0.
func (p *jaParser) hasAny(i int, ws ...string) int { return prefixAny(p.s[i:], ws...) }

func (p *jaParser) rel(start, end int, typ string, g Granularity, value func(a time.Time) string) Timex {
	x := Timex{Start: start, End: end, Type: typ, Granularity: g, Relative: true}
	if p.a.ok {
		x.Value = plausible(value(p.a.t), p.a.t)
	}
	return x
}

func abs(start, end int, typ, value string, g Granularity) Timex {
	return Timex{Start: start, End: end, Type: typ, Value: value, Granularity: g}
}

var eras = []struct {
	name  string
	first int
}{{"令和", 2019}, {"平成", 1989}, {"昭和", 1926}, {"大正", 1912}, {"明治", 1868}}

// jaWords are relative words with the unit they name and its offset from the
// anchor's.
var jaWords = []struct {
	w   string
	u   unit
	off int
}{
	{"一昨年", uYear, -2}, {"おととし", uYear, -2}, {"再来年", uYear, 2},
	{"一昨日", uDay, -2}, {"おととい", uDay, -2}, {"明後日", uDay, 2}, {"あさって", uDay, 2},
	{"先々週", uWeek, -2}, {"再来週", uWeek, 2}, {"先々月", uMonth, -2}, {"再来月", uMonth, 2},
	{"昨年度", uYear, -1}, {"今年度", uYear, 0}, {"来年度", uYear, 1}, {"本年度", uYear, 0},
	{"昨年", uYear, -1}, {"去年", uYear, -1}, {"今年", uYear, 0}, {"来年", uYear, 1}, {"本年", uYear, 0},
	{"先月", uMonth, -1}, {"今月", uMonth, 0}, {"来月", uMonth, 1},
	{"先週末", uWeekend, -1}, {"今週末", uWeekend, 0}, {"来週末", uWeekend, 1},
	{"先週", uWeek, -1}, {"今週", uWeek, 0}, {"来週", uWeek, 1},
	{"昨日", uDay, -1}, {"きのう", uDay, -1}, {"明日", uDay, 1}, {"あす", uDay, 1}, {"あした", uDay, 1},
	{"今日", uDay, 0}, {"きょう", uDay, 0}, {"本日", uDay, 0},
}

// jaWordsByRune lists, by first rune, the indexes of the jaWords that start
// with it, in the order of jaWords: word tries only those, and the first that
// matches wins as before.
var jaWordsByRune = func() map[rune][]uint8 {
	m := map[rune][]uint8{}
	for k, w := range jaWords {
		r, _ := utf8.DecodeRuneInString(w.w)
		m[r] = append(m[r], uint8(k))
	}
	return m
}()

// at tries every rule at byte i.
func (p *jaParser) at(i int) (Timex, bool) {
	s := p.s
	for _, e := range eras {
		if p.has(i, e.name) {
			k := i + len(e.name)
			n, end := 0, k
			if p.has(k, "元") {
				n, end = 1, k+len("元")
			} else if v, nd, e2 := number(s, k); nd > 0 && nd <= 2 {
				n, end = v, e2
			} else if v, _, e2 := kanjiNumber(s, k); e2 > k && v > 0 && v < 100 {
				n, end = v, e2
			}
			if n > 0 && p.has(end, "年") {
				return p.afterYear(i, end+len("年"), e.first+n-1), true
			}
			return Timex{}, false
		}
	}
	if p.has(i, "第") {
		return p.bareQuarter(i)
	}
	if p.has(i, "数") { // 数日前, 数年間: an unsaid number
		return p.count(i, -1, i+len("数"))
	}
	if x, ok := p.numeric(i); ok {
		return x, true
	}
	if _, nd, _ := number(s, i); nd > 0 {
		return p.digits(i)
	}
	if v, nd, end := kanjiNumber(s, i); end > i {
		if nd == 4 && p.has(end, "年") && v >= 1000 {
			return p.afterYear(i, end+len("年"), v), true
		}
		if x, ok := p.count(i, v, end); ok {
			return x, true
		}
	}
	return p.word(i)
}

// numeric reads 2025/02/07, 2025-02-07 and 2025.02.07 in ASCII or
// full-width digits.
func (p *jaParser) numeric(i int) (Timex, bool) {
	s := p.s
	y, nd, k := number(s, i)
	if nd != 4 {
		return Timex{}, false
	}
	sep := p.hasAny(k, "/", "-", ".", "／", "－")
	if sep == 0 {
		return Timex{}, false
	}
	sepText := s[k : k+sep]
	m, nm, k2 := number(s, k+sep)
	if nm == 0 || nm > 2 || !p.has(k2, sepText) {
		return Timex{}, false
	}
	d, ndd, k3 := number(s, k2+sep)
	if ndd == 0 || ndd > 2 || !validDay(y, m, d) {
		return Timex{}, false
	}
	if _, _, ok := digitAt(s, k3); ok {
		return Timex{}, false
	}
	return p.timeOfDay(abs(i, k3, Date, dayValue(date(y, m, d)), Day)), true
}

// digits reads expressions that start with a number: 2025年2月7日, 2月7日,
// 7日, 1990年代, 3年前, 5日後, 3日間.
func (p *jaParser) digits(i int) (Timex, bool) {
	s := p.s
	v, nd, k := number(s, i)
	if i > 0 {
		// part of a longer number or code: "M7.3", "第3", "1,000"
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if r == '.' || r == ',' || r == '第' || r == '．' || r == '，' || r < 0x80 && (isLetter(byte(r)) || isDigit(byte(r))) || r >= '０' && r <= '９' {
			return Timex{}, false
		}
	}
	switch {
	case p.has(k, "年代"):
		y := v
		switch {
		case nd == 4 && v%10 == 0:
		case nd == 2 && v%10 == 0:
			y = 1900 + v
			if p.a.ok && 2000+v <= p.a.t.Year() || !p.a.ok && v < 30 {
				y = 2000 + v
			}
		default:
			return Timex{}, false
		}
		return abs(i, k+len("年代"), Date, decadeValue(y), Decade), true
	case p.has(k, "年") && nd == 4 && p.yearsLasted(v, k+len("年")):
		// 1000年も続いた: a count of years, "for as long as 1000 years"
		return abs(i, k+len("年"), Duration, durationValue(v, uYear), ""), true
	case p.has(k, "年") && nd == 4 && !p.countSuffix(k+len("年")):
		return p.afterYear(i, k+len("年"), v), true
	case p.has(k, "年") && nd == 2 && p.recentShortYear(v) && (p.monthAt(k+len("年")) || p.shortYear(v, k+len("年"))):
		return p.afterYear(i, k+len("年"), 2000+v), true
	case p.has(k, "年") && nd == 2 && p.monthAt(k+len("年")):
		// 61年3月 in a 2025 text: a date whose century the text does not
		// tell (Showa 61, 1961), kept whole and unresolved
		x := p.afterYear(i, k+len("年"), 2000)
		x.Value, x.Relative = "", false
		return x, true
	case p.has(k, "世紀") && v > 0 && v <= 30:
		return abs(i, k+len("世紀"), Date, fmt.Sprintf("%02d", v-1), Century), true
	}
	if x, ok := p.bareClock(i); ok {
		return x, true
	}
	if x, ok := p.bareQuarter(i); ok {
		return x, true
	}
	if p.has(k, "月") && v >= 1 && v <= 12 && nd <= 2 && !p.has(k+len("月"), "間") {
		return p.afterMonth(i, k+len("月"), 0, v, false)
	}
	if p.has(k, "日") && !p.countSuffix(k+len("日")) && !p.dayCount(i, k+len("日")) && v >= 1 && v <= 31 && nd <= 2 {
		return p.day(i, k+len("日"), v)
	}
	return p.count(i, v, k)
}

// bareQuarter reads a quarter with no year at i (第3四半期, 7-9月期): the
// one of the report's year, or of the year before or after as the tense
// says, as "the third quarter" in English.
func (p *jaParser) bareQuarter(i int) (Timex, bool) {
	q, end, ok := p.quarterAt(i)
	if !ok {
		return Timex{}, false
	}
	tn := p.tense(end)
	return p.rel(i, end, Date, Quarter, func(a time.Time) string {
		return quarterValue(quarterByTense(a, q, tn), q)
	}), true
}

// quarterAt reads a calendar quarter at k: 第3四半期, or the months of
// one as a results period, 7-9月期 and 10～12月期. It returns the quarter and
// the end.
func (p *jaParser) quarterAt(k int) (q, end int, ok bool) {
	if p.has(k, "第") {
		d, n, ok := digitAt(p.s, k+len("第"))
		if !ok {
			if r, rn := utf8.DecodeRuneInString(p.s[k+len("第"):]); strings.ContainsRune("一二三四", r) {
				d, n, ok = strings.IndexRune(kanjiDigits, r)/len("一"), rn, true
			}
		}
		e := k + len("第") + n
		if !ok || d < 1 || d > 4 || !p.has(e, "四半期") {
			return 0, 0, false
		}
		return d, e + len("四半期"), true
	}
	first, nd, e := number(p.s, k)
	sep := p.hasAny(e, "-", "－", "～", "~", "〜", "―")
	if nd == 0 || nd > 2 || sep == 0 || first%3 != 1 {
		return 0, 0, false
	}
	last, nd2, e2 := number(p.s, e+sep)
	if nd2 == 0 || nd2 > 2 || last != first+2 || !p.has(e2, "月期") {
		return 0, 0, false
	}
	return (first-1)/3 + 1, e2 + len("月期"), true
}

// recentShortYear reports whether a two-digit year such as 24年 can be
// 20NN: not after the year following the report's (61年3月 in a 2025 text
// is Showa 61 or 1961, which the text alone does not tell), and, in an
// undated text, before 2030.
func (p *jaParser) recentShortYear(v int) bool {
	if p.a.ok {
		return 2000+v <= p.a.t.Year()+1
	}
	return v < 30
}

// shortYear reports whether a two-digit "24年" is the year 2024 rather
// than 24 years, by what follows it: 24年に, 14年以降, 24年度.
func (p *jaParser) shortYear(v, k int) bool {
	if v < 10 || p.a.ok && 2000+v > p.a.t.Year()+1 {
		return false
	}
	if p.has(k, "に") {
		return p.hasAny(k+len("に"), "一度", "1度", "１度") == 0
	}
	return p.hasAny(k, "以降", "以来", "度", "末", "初め", "前半", "後半", "春", "夏", "秋", "冬", "から", "まで", "、", "国防", "予算", "決算") > 0
}

// yearsLasted reports whether 「N年」 ending at k counts years that lasted
// or passed (1000年も続いた, 1500年もかかる) rather than names a year: も and
// a verb of lasting follow, and N is not a year near the report's
// (2025年も続いた is "in 2025 too").
func (p *jaParser) yearsLasted(v, k int) bool {
	if !p.has(k, "も") || p.hasAny(k+len("も"), "続", "経", "かか", "の間", "待", "前", "後") == 0 {
		return false
	}
	return !p.a.ok || v < p.a.t.Year()-100
}

// countSuffix reports whether a count's unit at i is followed by 前, 後,
// 間, ぶり, 連続 or 目: "3年前", "3日間", "3日目".
func (p *jaParser) countSuffix(i int) bool {
	return p.hasAny(i, "前", "後", "間", "ぶり", "振り", "連続", "目", "以内", "余り", "近く", "あたり", "当たり", "平均",
		"以上", "以下", "未満", "程度", "ほど", "超", "余") > 0
}

// dayCount reports whether 「N日」 between start and the end of 日 counts days
// rather than names the day of the month: compared or moved (1日早く, 2日遅れ,
// 1日延ばした, 3日前倒し),
// bounded (10日以上, 3日未満), a portion (7日分), a rate (1日2回, 1日おき), or
// a day of every month (毎月1日).
func (p *jaParser) dayCount(start, end int) bool {
	if p.hasAny(end, "早", "遅", "以上", "以下", "未満", "程度", "ほど", "足らず", "余", "超", "分", "おき", "置き", "ごと", "毎",
		"延", "短縮", "繰り上", "繰り下", "前倒し", "先送り", "ずれ",
		"越し", "がかり", "多い", "多かっ", "少な", "減ら", "増や", "半で", "半に", "半の", "半か", "半、",
		"報告書", "レポート", "ルール", "期限", "猶予", "周期", "間隔", "単位", "サイクル", "制") > 0 &&
		!p.has(end, "早々") {
		return true
	}
	if _, _, ok := digitAt(p.s, end); ok {
		return true // 1日2回
	}
	if p.termAfter(end) {
		return true // 30日報告ってのは: a term in quotation, "the 30-day report"
	}
	if p.has(end, "に") {
		// 1日に130万個, 1日に2回: a rate, not the first of the month
		k := end + len("に")
		k += p.hasAny(k, "約", "およそ", "最大", "平均")
		if _, _, ok := digitAt(p.s, k); ok {
			return true
		}
		if _, _, e := kanjiNumber(p.s, k); e > k {
			return true
		}
	}
	before := p.s[:start]
	return strings.HasSuffix(before, "毎月") || strings.HasSuffix(before, "毎月の")
}

// termAfter reports whether a noun at i is quoted as a term by って or
// というのは ("30日報告って", "the 30-day report thing"): N日 is then a
// count within the term, not a day.
func (p *jaParser) termAfter(i int) bool {
	k := i
	for k < len(p.s) && k < i+24 {
		r, size := utf8.DecodeRuneInString(p.s[k:])
		if !unicode.In(r, unicode.Han, unicode.Katakana) {
			break
		}
		k += size
	}
	return k > i && p.hasAny(k, "って", "というの", "とかいう") > 0
}

// nowadays reports whether 今日, ending at end, is こんにち, "these days",
// rather than today's date: 今日の世界, 今日の平和, 今日では, 今日に至る.
func (p *jaParser) nowadays(end int) bool {
	if p.hasAny(end, "では", "に至", "的") > 0 {
		return true
	}
	if p.has(end, "まで") {
		// 戦後から今日まで, 今日まで続く: to this day, not until today
		start := end - len("今日")
		return strings.Contains(p.s[max(0, start-60):start], "から") ||
			p.hasAny(end+len("まで"), "続", "残", "受け継", "生き", "至") > 0
	}
	if !p.has(end, "の") {
		return false
	}
	return p.hasAny(end+len("の"), "世界", "社会", "平和", "日本", "国際", "状況", "繁栄", "我々", "私たち",
		"時代", "ような", "姿", "課題", "問題", "情勢", "経済", "民主", "発展", "地位", "文明", "科学", "技術") > 0
}

// nounAfter reports whether a noun that a day word modifies follows at i
// (当日投票, 当日券): kanji or katakana that is not a part of the day or a
// clock time (当日午後, 当日夜).
func (p *jaParser) nounAfter(i int) bool {
	r, _ := utf8.DecodeRuneInString(p.s[i:])
	if !unicode.In(r, unicode.Han, unicode.Katakana) {
		return false
	}
	return p.hasAny(i, "午前", "午後", "朝", "昼", "夕", "夜", "晩", "未明", "深夜", "早朝", "正午", "中", "付", "限り") == 0
}

// monthAt reports whether "N月" starts at i.
func (p *jaParser) monthAt(i int) bool {
	v, nd, k := number(p.s, i)
	return nd > 0 && nd <= 2 && v >= 1 && v <= 12 && p.has(k, "月")
}

// count reads counted units: 3年前, 5日後, 3日間, 2か月, 10年ぶり.
func (p *jaParser) count(i, v, k int) (Timex, bool) {
	var u unit
	ul := 0
	switch {
	case p.has(k, "年"):
		u, ul = uYear, len("年")
	case p.hasAny(k, "か月", "カ月", "ヶ月", "ケ月", "箇月", "ヵ月") > 0:
		u, ul = uMonth, p.hasAny(k, "か月", "カ月", "ヶ月", "ケ月", "箇月", "ヵ月")
	case p.has(k, "週間"):
		u, ul = uWeek, len("週")
	case p.has(k, "日"):
		u, ul = uDay, len("日")
	case p.has(k, "時間"):
		u, ul = uHour, len("時")
	default:
		return Timex{}, false
	}
	if v == 0 || v < -1 {
		return Timex{}, false
	}
	e := k + ul
	switch {
	case p.has(e, "前") || p.has(e, "後") && !p.has(e+len("後"), "輩"):
		dir := -1
		if p.has(e, "後") {
			dir = 1
		}
		end := e + len("前")
		if u == uHour {
			return Timex{}, false
		}
		if v < 0 { // 数年前: some years ago
			ref := "PAST_REF"
			if dir > 0 {
				ref = "FUTURE_REF"
			}
			return Timex{Start: i, End: end, Type: Date, Value: ref, Relative: true}, true
		}
		if p.fromEvent(i, end, dir) {
			// 事件発生から4日後, 辞めた6年後, 1年後に始まった: counted from
			// a happening, not from the report: from the date last named,
			// else unresolved, as "four days later" in English
			x := Timex{Start: i, End: end, Type: Date, Granularity: unitGran(u), Relative: true}
			x.Value = fromReferent(p.referent(), p.a, u, dir*v, false)
			return x, true
		}
		return p.rel(i, end, Date, unitGran(u), func(a time.Time) string {
			return shiftValue(a, u, dir*v)
		}), true
	case p.has(e, "間"):
		return abs(i, e+len("間"), Duration, durationValue(v, u), ""), true
	case p.hasAny(e, "ぶり", "振り") > 0:
		return abs(i, e+p.hasAny(e, "ぶり", "振り"), Duration, durationValue(v, u), ""), true
	case p.has(e, "連続"):
		return abs(i, e, Duration, durationValue(v, u), ""), true
	case p.has(e, "目"):
		return Timex{}, false
	}
	if u == uMonth || u == uYear && v < 1000 || u == uDay && (v > 31 || v < 0) {
		return abs(i, e, Duration, durationValue(v, u), ""), true
	}
	return Timex{}, false
}

// fromEvent reports whether a count before 前 or 後 between start and end
// counts from a happening the sentence names rather than from the time of
// the report: after から or a verb in the past (事件発生から4日後, 辞めた6年後),
// or, for 後, in a clause in the past tense (1年後に始まった).
func (p *jaParser) fromEvent(start, end, dir int) bool {
	before := p.s[:start]
	if strings.HasSuffix(before, "から") || strings.HasSuffix(before, "た") && !strings.HasSuffix(before, "また") {
		return true
	}
	return dir > 0 && p.tense(end) == tensePast
}

// afterYear continues after "2025年": month, day, 度 (fiscal year), 上旬.
func (p *jaParser) afterYear(start, k, y int) Timex {
	if p.has(k, "度") {
		return abs(start, k+len("度"), Date, yearValue(y), Year)
	}
	if q, end, ok := p.quarterAt(k + p.hasAny(k, "の")); ok { // 2024年第3四半期, 2023年の第2四半期
		return abs(start, end, Date, quarterValue(y, q), Quarter)
	}
	if v, nd, e := number(p.s, k); nd > 0 && nd <= 2 && v >= 1 && v <= 12 && p.has(e, "月") && !p.has(e+len("月"), "間") {
		x, _ := p.afterMonth(start, e+len("月"), y, v, false)
		return x
	}
	if si, end := p.seasonAt(k); end > 0 {
		return abs(start, end, Date, yearValue(y)+"-"+seasonCodes[si], Month)
	}
	return abs(start, p.yearSuffix(k), Date, yearValue(y), Year)
}

// seasonAt reads a season named after a year at k (2025年夏, 昨年の秋):
// its index in seasonCodes and its end, or end 0.
func (p *jaParser) seasonAt(k int) (season, end int) {
	k += p.hasAny(k, "の")
	for si, w := range []string{"春", "夏", "秋", "冬"} {
		if p.has(k, w) && !p.has(k+len(w), "休み") {
			return si, k + len(w)
		}
	}
	return 0, 0
}

// yearSuffix swallows 末, 初め, 前半, 後半, ごろ after a year or month.
func (p *jaParser) yearSuffix(k int) int {
	return k + p.hasAny(k, "上旬", "中旬", "下旬", "初旬", "初め", "はじめ", "前半", "後半", "半ば", "末", "ごろ", "頃")
}

// afterMonth continues after "2月" (y = 0 when no year was given, rel when
// the year came from the anchor): a day, or 上旬/中旬/下旬.
func (p *jaParser) afterMonth(start, k, y, m int, rel bool) (Timex, bool) {
	// a month's day before 前 or 後 is a date ("10月7日後": after 7 October);
	// only 間, ぶり, 目 … make it a count of days
	if d, nd, e := number(p.s, k); nd > 0 && nd <= 2 && d >= 1 && d <= 31 && p.has(e, "日") &&
		(!p.countSuffix(e+len("日")) || p.hasAny(e+len("日"), "前", "後") > 0) {
		end := e + len("日")
		if p.has(end, "付") {
			end += len("付")
		}
		var x Timex
		switch {
		case y > 0 && !rel:
			if !validDay(y, m, d) {
				return Timex{}, false
			}
			x = abs(start, end, Date, dayValue(date(y, m, d)), Day)
		case y > 0:
			x = Timex{Start: start, End: end, Type: Date, Granularity: Day, Relative: true}
			if validDay(y, m, d) {
				x.Value = dayValue(date(y, m, d))
			}
		default:
			x = p.rel(start, end, Date, Day, func(a time.Time) string {
				if dt, ok := dayByTense(a, m, d, p.tense(end)); ok {
					return dayValue(dt)
				}
				return ""
			})
		}
		return p.timeOfDay(p.weekdayParen(x)), true
	}
	end := p.yearSuffix(k)
	switch {
	case y > 0 && !rel:
		return abs(start, end, Date, monthValue(y, m), Month), true
	case y > 0:
		return Timex{Start: start, End: end, Type: Date, Value: monthValue(y, m), Granularity: Month, Relative: true}, true
	}
	return p.rel(start, end, Date, Month, func(a time.Time) string {
		return monthValue(monthByTense(a, m, p.tense(end)), m)
	}), true
}

// bareClock reads 15時30分 or 3時半 without a day: a TIME whose day stays
// unknown, never a calendar date.
func (p *jaParser) bareClock(i int) (Timex, bool) {
	x := p.clockAfter(Timex{Start: i, End: i, Type: Date, Value: "XXXX-XX-XX", Granularity: Day}, "")
	if x.Granularity != Minute {
		return Timex{}, false
	}
	return x, true
}

// day reads 「7日」: a day of the anchor's month, or of the previous month
// when the day is still to come in a past-tense report. A day already past
// stays in the anchor's month even in a future clause: news names next
// month's days as 来月5日.
func (p *jaParser) day(start, end, d int) (Timex, bool) {
	if p.has(end, "付") {
		end += len("付")
	}
	x := p.rel(start, end, Date, Day, func(a time.Time) string {
		y, m := a.Year(), int(a.Month())
		if d > a.Day() && p.lastMonth(a, d, p.tense(end)) {
			y, m = addMonths(y, m, -1)
		}
		if !validDay(y, m, d) {
			return ""
		}
		return dayValue(date(y, m, d))
	})
	return p.timeOfDay(p.weekdayParen(x)), true
}

// lastMonth reports whether 「d日」, a day after the anchor's, names a day of
// the month before: when its predicate is past, or when no tense is found
// and that day is the last week's, nearer the anchor than the day of its
// own month. News tells of the last days more than of next month: a report
// of 1 August about 「31日夜」 and explosions 「相次ぎ」 means 31 July, not 31
// August; one of 13 October about a meeting 「29日に迫る」 means 29 October.
func (p *jaParser) lastMonth(a time.Time, d int, tn tense) bool {
	switch tn {
	case tensePast:
		return true
	case tenseFuture:
		return false
	}
	y, m := addMonths(a.Year(), int(a.Month()), -1)
	switch {
	case !validDay(y, m, d):
		return false
	case !validDay(a.Year(), int(a.Month()), d):
		return true
	}
	back := a.Sub(date(y, m, d))
	return back <= 7*24*time.Hour && back < date(a.Year(), int(a.Month()), d).Sub(a)
}

// weekdayParen swallows a weekday in brackets after a date: 7日(金), 7日（金曜）.
func (p *jaParser) weekdayParen(x Timex) Timex {
	k := x.End
	open := p.hasAny(k, "(", "（")
	if open == 0 {
		return x
	}
	k += open
	r, n := utf8.DecodeRuneInString(p.s[k:])
	if !strings.ContainsRune("月火水木金土日", r) {
		return x
	}
	k += n
	k += p.hasAny(k, "曜日", "曜")
	if c := p.hasAny(k, ")", "）"); c > 0 {
		x.End = k + c
	}
	return x
}

// partsOfDay map Japanese words for parts of the day to an hour offset
// (午後 adds 12) and a TimeML code for when no clock time follows.
var partsOfDay = []struct {
	w    string
	add  int
	code string
}{
	{"午前", 0, "MO"}, {"午後", 12, "AF"}, {"未明", 0, "NI"}, {"早朝", 0, "MO"}, {"朝", 0, "MO"},
	{"昼", 12, "AF"}, {"夕方", 12, "EV"}, {"夜", 12, "NI"}, {"深夜", 12, "NI"}, {"正午", 12, "12:00"},
}

// timeOfDay extends a day with 午後3時ごろ, 午前6時半, 15時30分, 夜.
func (p *jaParser) timeOfDay(x Timex) Timex {
	return p.clockAfter(x, "")
}

// clockAfter is timeOfDay with a part of the day already known from the
// word before (昨夜11時 is 23:00).
func (p *jaParser) clockAfter(x Timex, part string) Timex {
	if x.Granularity != Day {
		return x
	}
	k := x.End
	add, code := -1, ""
	for _, pd := range partsOfDay {
		if p.has(k, pd.w) || part == pd.w {
			add, code = pd.add, pd.code
			if part == "" {
				k += len(pd.w)
			}
			break
		}
	}
	h, nd, e := number(p.s, k)
	if nd > 0 && nd <= 2 && p.has(e, "時") && !p.has(e+len("時"), "間") {
		e += len("時")
		mi := 0
		if p.has(e, "半") {
			mi, e = 30, e+len("半")
		} else if v, n2, e2 := number(p.s, e); n2 > 0 && n2 <= 2 && v < 60 && p.has(e2, "分") {
			mi, e = v, e2+len("分")
		}
		if add == 12 && h < 12 {
			h += 12
		}
		if h > 24 {
			return x
		}
		e += p.hasAny(e, "ごろ", "頃", "すぎ", "過ぎ")
		x.End = e
		x.Type = Time
		x.Granularity = Minute
		if x.Value != "" {
			x.Value += fmt.Sprintf("T%02d:%02d", h, mi)
		}
		return x
	}
	if add >= 0 && code != "" && part == "" {
		x.End = k
		x.Type = Time
		if len(code) > 2 { // 正午 is a clock time, noon
			x.Granularity = Minute
		}
		if x.Value != "" {
			x.Value += "T" + code
		}
	}
	return x
}

// word reads the expressions that start with a word: 昨日, 先週, 来年1月,
// 同日, 金曜日, 毎週, 最近.
func (p *jaParser) word(i int) (Timex, bool) {
	if x, ok, isDate := p.sameLastYear(i); ok {
		return x, isDate
	}
	r, _ := utf8.DecodeRuneInString(p.s[i:])
	for _, k := range jaWordsByRune[r] {
		w := &jaWords[k]
		if !p.has(i, w.w) {
			continue
		}
		end := i + len(w.w)
		if w.w == "今日" && p.has(end, "子") { // a given name: 今日子
			return Timex{}, false
		}
		if w.w == "今日" && p.nowadays(end) {
			return Timex{Start: i, End: end, Type: Date, Value: "PRESENT_REF", Relative: true}, true
		}
		if w.w == "本日" || w.w == "今日" {
			if p.has(end, "付") {
				end += len("付")
			}
		}
		if p.has(end, "中") && w.u != uDay { // 今週中, 年内 read as the unit itself
			end += len("中")
		}
		switch w.u {
		case uYear:
			if p.monthAt(end) {
				v, _, e := number(p.s, end)
				if p.a.ok {
					return p.afterMonth(i, e+len("月"), p.a.t.Year()+w.off, v, true)
				}
				x, _ := p.afterMonth(i, e+len("月"), 0, v, true)
				x.Value = ""
				return x, true
			}
			if si, e := p.seasonAt(end); e > 0 {
				return p.rel(i, e, Date, Month, func(a time.Time) string {
					return yearValue(a.Year()+w.off) + "-" + seasonCodes[si]
				}), true
			}
			end = p.yearSuffix(end)
		case uMonth:
			if d, nd, e := number(p.s, end); nd > 0 && nd <= 2 && p.has(e, "日") && !p.countSuffix(e+len("日")) {
				end = e + len("日")
				x := p.rel(i, end, Date, Day, func(a time.Time) string {
					y, m := addMonths(a.Year(), int(a.Month()), w.off)
					if !validDay(y, m, d) {
						return ""
					}
					return dayValue(date(y, m, d))
				})
				return p.timeOfDay(x), true
			}
			end = p.yearSuffix(end)
		case uDay:
			if w.w == "明日" && p.has(end, "香") { // a given name
				return Timex{}, false
			}
		}
		x := p.rel(i, end, Date, unitGran(w.u), func(a time.Time) string { return shiftValue(a, w.u, w.off) })
		return p.timeOfDay(x), true
	}
	s := p.s
	switch {
	case p.has(i, "当日"):
		// "that day": the day last named, as 同日, never the report's; before
		// a noun it is the day of the happening the noun names, not a date
		// (当日投票 "election-day voting", 当日有権者数)
		end := i + len("当日")
		if p.nounAfter(end) {
			return Timex{}, false
		}
		x := Timex{Start: i, End: end, Type: Date, Granularity: Day, Relative: true, Value: referTo(p.referent(), uDay, 0)}
		return p.timeOfDay(x), true
	case p.hasAny(i, "同日", "同月", "同年", "同週") > 0 && !p.has(i+len("同日"), "比"):
		end := i + len("同日")
		if p.has(end, "付") {
			end += len("付")
		}
		u := jaUnits[s[i+len("同"):i+len("同日")]]
		x := Timex{Start: i, End: end, Type: Date, Granularity: unitGran(u), Relative: true,
			Value: referTo(p.referent(), u, 0)}
		return p.timeOfDay(x), true
	case p.hasAny(i, "前日", "翌日", "前月", "翌月", "前年", "翌年", "前週", "翌週") > 0:
		w := s[i : i+len("前日")]
		if w == "前年" && p.has(i+len(w), "比") { // 前年比: year on year, not a date
			return Timex{}, false
		}
		off := 1
		if strings.HasPrefix(w, "前") {
			off = -1
		}
		u := jaUnits[w[len("前"):]]
		x := Timex{Start: i, End: i + len(w), Type: Date, Granularity: unitGran(u), Relative: true,
			Value: referTo(p.referent(), u, off)}
		return p.timeOfDay(x), true
	case p.hasAny(i, "午前", "午後") > 0:
		return p.bareClock(i)
	case p.hasAny(i, "今朝", "今夜", "今晩", "昨夜", "昨晩") > 0:
		// a day and a part of it; a clock time that follows replaces the part
		w := s[i : i+len("今朝")]
		off, code, pm := 0, "TNI", true
		switch w {
		case "今朝":
			code, pm = "TMO", false
		case "昨夜", "昨晩":
			off = -1
		}
		x := p.rel(i, i+len(w), Date, Day, func(a time.Time) string { return dayValue(a.AddDate(0, 0, off)) })
		part := "午前"
		if pm {
			part = "午後"
		}
		if t := p.clockAfter(x, part); t.Granularity == Minute {
			return t, true
		}
		x.Type = Time
		if x.Value != "" {
			x.Value += code
		}
		return x, true
	case p.hasAny(i, "年内", "年末", "年初", "年明け", "年始") > 0:
		end := i + p.hasAny(i, "年内", "年末", "年初", "年明け", "年始")
		tn := p.tense(end)
		ny := s[i:end] != "年内" && s[i:end] != "年末" // 年明け in December is next year's
		return p.rel(i, end, Date, Year, func(a time.Time) string {
			y := a.Year()
			if ny && a.Month() >= 11 && tn != tensePast {
				y++
			}
			if !ny && a.Month() <= 2 && tn == tensePast {
				y--
			}
			return yearValue(y)
		}), true
	case p.has(i, "週末"):
		tn := p.tense(i + len("週末"))
		return p.rel(i, i+len("週末"), Date, Week, func(a time.Time) string {
			sat := weekdayByTense(a, time.Saturday, tn)
			return weekValue(sat) + "-WE"
		}), true
	case p.hasAny(i, "毎日", "毎週", "毎月", "毎年", "毎朝", "毎晩") > 0:
		v := map[string]string{"毎日": "P1D", "毎週": "P1W", "毎月": "P1M", "毎年": "P1Y",
			"毎朝": "XXXX-XX-XXTMO", "毎晩": "XXXX-XX-XXTNI"}[s[i:i+len("毎日")]]
		return abs(i, i+len("毎日"), Set, v, ""), true
	case p.hasAny(i, "最近", "先日", "先ごろ") > 0:
		return abs(i, i+p.hasAny(i, "最近", "先日", "先ごろ"), Date, "PAST_REF", ""), true
	case p.hasAny(i, "将来", "近日", "近く") > 0:
		n := p.hasAny(i, "将来", "近日", "近く")
		if s[i:i+n] == "近く" && i > 0 { // "100人近く": about, not soon
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); r < 0x3040 || r > 0x309f {
				return Timex{}, false
			}
		}
		return abs(i, i+n, Date, "FUTURE_REF", ""), true
	}
	return p.weekdayWord(i)
}

// jaYearBefore are the words for the year before that can precede 同月
// or 同期: 前年 counts from the period named, 昨年 and 去年 from the report,
// but news uses them alike ("昨年同期" of the quarter just reported).
var jaYearBefore = []string{"前年度", "昨年度", "前年", "昨年", "去年"}

// jaSameUnits are what follows 同 in 前年同月 and its kin, longest first.
var jaSameUnits = []struct {
	w string
	u unit
}{{"四半期", uQuarter}, {"期間", uPeriod}, {"時期", uPeriod}, {"期", uPeriod},
	{"月", uMonth}, {"日", uDay}, {"週", uWeek}}

// sameLastYear reads 前年同月, 前年同期, 昨年同期, 前年同日: the period named
// before (its month, day …, or for 期 the period itself) a year earlier;
// without one, the anchor's. ok reports that the words are there; isDate is
// false for the ratio 前年同月比 (year on year, not a date, like 前年比).
func (p *jaParser) sameLastYear(i int) (x Timex, ok, isDate bool) {
	n := p.hasAny(i, jaYearBefore...)
	if n == 0 || !p.has(i+n, "同") {
		return Timex{}, false, false
	}
	k := i + n + len("同")
	for _, su := range jaSameUnits {
		if !p.has(k, su.w) {
			continue
		}
		end := k + len(su.w)
		if p.has(end, "比") {
			return Timex{}, true, false
		}
		v, g := samePeriodYearsBack(p.referent(), p.a, su.u, 1)
		return Timex{Start: i, End: end, Type: Date, Value: v, Granularity: g, Relative: true, comparison: true}, true, true
	}
	return Timex{}, false, false
}

// jaUnits are the units named by one kanji after 同, 前 and 翌.
var jaUnits = map[string]unit{"日": uDay, "月": uMonth, "年": uYear, "週": uWeek}

// referent is the expression 同日 or 翌日 counts from: the last calendar
// expression of this sentence, else of the earlier ones.
func (p *jaParser) referent() *Timex {
	if p.last >= 0 {
		return &p.out[p.last]
	}
	return p.ref
}

// weekdayWord reads 金曜日 and 金曜 (never a bare 金).
func (p *jaParser) weekdayWord(i int) (Timex, bool) {
	r, n := utf8.DecodeRuneInString(p.s[i:])
	wd := strings.IndexRune("日月火水木金土", r) / len("日")
	if wd < 0 || !p.has(i+n, "曜") {
		return Timex{}, false
	}
	end := i + n + len("曜")
	if p.has(end, "日") {
		end += len("日")
	}
	tn := p.tense(end)
	x := p.rel(i, end, Date, Day, func(a time.Time) string {
		return dayValue(weekdayByTense(a, time.Weekday(wd), tn))
	})
	return p.timeOfDay(x), true
}

// jaMarkers are clause endings that tell the tense of the predicate after
// an expression, indexed by their first rune so that one pass over the
// text finds the first of them.
var jaMarkers = func() map[rune][]jaMarker {
	m := map[rune][]jaMarker{}
	add := func(t tense, ws ...string) {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			m[r] = append(m[r], jaMarker{w, t})
		}
	}
	add(tensePast, "した", "った", "いた", "れた", "えた", "きた", "けた", "せた", "めた", "てた", "ねた", "べた",
		"んだ", "いだ", "でした", "だった", "ました", "じた", "ちた", "りた", "びた")
	add(tenseFuture, "予定", "見通し", "方針", "見込み", "する", "れる", "ます", "へ。", "だろう", "でしょう",
		"行う", "開く", "目指す", "始まる", "迎える")
	// Hedges end in れる or hold いだ but tell no tense: 「原因とみられる爆発が
	// 相次ぎ」 is about the explosions, whose predicate comes later, and
	// 「考えてないだろ」 is no past.
	add(tenseNone, "とみられ", "と見られ", "とされ", "ないだろ")
	return m
}()

type jaMarker struct {
	w string
	t tense
}

// maxPredicateLook bounds how far, in bytes, the predicate of an expression
// is looked for (about 100 characters), keeping long unpunctuated input linear.
const maxPredicateLook = 300

// tense tells the tense of the first predicate after byte k (Japanese puts
// the verb after its dates), looking no further than the sentence's end.
func (p *jaParser) tense(k int) tense {
	rest := p.s[k:]
	if len(rest) > maxPredicateLook {
		rest = rest[:maxPredicateLook]
	}
	skip := 0 // the end of a hedge, whose letters mark no tense
	for i, r := range rest {
		switch r {
		case '。', '！', '？':
			return p.sentenceEndTense(rest[:i])
		}
		if i < skip {
			continue
		}
		for _, m := range jaMarkers[r] {
			if strings.HasPrefix(rest[i:], m.w) {
				if m.t == tenseNone {
					skip = i + len(m.w)
					break
				}
				return m.t
			}
		}
	}
	return p.sentenceEndTense(rest)
}

// sentenceEndTense reads a headline ending in へ ("会談へ") as future.
func (p *jaParser) sentenceEndTense(s string) tense {
	if strings.HasSuffix(strings.TrimRight(s, "」』 "), "へ") {
		return tenseFuture
	}
	return tenseNone
}
