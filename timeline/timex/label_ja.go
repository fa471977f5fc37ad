package timex

import (
	"fmt"
	"strconv"
	"time"
)

// LabelIn is Label in a language: "ja" gives the Japanese a reader of
// Japanese news expects (2026年7月5日, 2026年第27週, 2026年夏, 1990年代,
// 2006年9月19日（夜）, 3年); any other language gives Label's English.
func LabelIn(value, lang string) string {
	if lang == "ja" {
		return japanese.label(value)
	}
	return Label(value)
}

var japanese = labeler{
	refs:     map[string]string{"PAST_REF": "過去", "PRESENT_REF": "現在", "FUTURE_REF": "将来"},
	duration: jaDurationLabel, date: jaDateLabel, clock: jaClockLabel,
	partOpen: "（", partClose: "）", partSep: "", clockSep: " ",
}

// jaDay is a day in Japanese: 2026年7月5日.
func jaDay(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// jaDateLabel writes the date part of a value in Japanese, or returns "".
func jaDateLabel(v string) string {
	d := parseDate(v)
	year := strconv.Itoa(d.year) + "年"
	switch d.shape {
	case shapeUnknownDay:
		return unknownDay
	case shapeNoYearDay:
		return fmt.Sprintf("%d月%d日（年不明）", int(d.t.Month()), d.t.Day())
	case shapeNoYearMonth:
		return fmt.Sprintf("%d月（年不明）", int(d.t.Month()))
	case shapeCentury:
		return fmt.Sprintf("%d世紀", d.n+1)
	case shapeDecade:
		return fmt.Sprintf("%d0年代", d.n)
	case shapeYear:
		return year
	case shapeQuarter:
		return fmt.Sprintf("%s第%d四半期", year, d.n)
	case shapeHalf:
		return year + [...]string{1: "上半期", 2: "下半期"}[d.n]
	case shapeSeason:
		return year + jaSeasonNames[d.n]
	case shapeMonth:
		return fmt.Sprintf("%s%d月", year, int(d.t.Month()))
	case shapeWeek:
		return fmt.Sprintf("%s第%d週", year, d.n)
	case shapeWeekend:
		end := fmt.Sprintf("%d日", d.sun.Day())
		if d.sun.Month() != d.t.Month() {
			end = fmt.Sprintf("%d月%d日", int(d.sun.Month()), d.sun.Day())
		}
		return jaDay(d.t) + "〜" + end + "の週末"
	case shapeDay:
		return jaDay(d.t)
	}
	return ""
}

var jaSeasonNames = [...]string{"春", "夏", "秋", "冬"}

var jaPartNames = map[string]string{"MO": "朝", "AF": "午後", "EV": "夕方", "NI": "夜", "DT": "日中"}

// jaClockLabel reads the time part of a value: "15:00", "15:00 UTC",
// "（夜）"; "" when it is none of these.
func jaClockLabel(c string) string {
	if p, ok := jaPartNames[c]; ok {
		return "（" + p + "）"
	}
	return clockLabel(c)
}

// jaDurationLabel reads a duration in Japanese: P3Y 3年, P2M 2か月, P1W
// 1週間, P10D 10日間, PT5H 5時間, PXY 数年.
func jaDurationLabel(v string) string {
	n, u := durationParts(v)
	ja := map[string]string{"year": "年", "month": "か月", "week": "週間", "day": "日間", "hour": "時間", "minute": "分", "second": "秒"}[u]
	switch {
	case ja == "":
		return ""
	case n < 0:
		return "数" + ja
	}
	return strconv.Itoa(n) + ja
}
