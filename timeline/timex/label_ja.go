package timex

import (
	"fmt"
	"strconv"
	"strings"
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

// jaDateLabel reads the date part of a value in Japanese, or returns "".
func jaDateLabel(v string) string {
	if v == "XXXX-XX-XX" {
		return unknownDay
	}
	if rest, ok := strings.CutPrefix(v, "XXXX-"); ok {
		if t, err := time.Parse("01-02", rest); err == nil {
			return fmt.Sprintf("%d月%d日（年不明）", int(t.Month()), t.Day())
		}
		if t, err := time.Parse("01", rest); err == nil {
			return fmt.Sprintf("%d月（年不明）", int(t.Month()))
		}
		return ""
	}
	switch len(v) {
	case 2:
		if n, err := strconv.Atoi(v); err == nil {
			return fmt.Sprintf("%d世紀", n+1)
		}
		return ""
	case 3:
		if n, err := strconv.Atoi(v); err == nil {
			return fmt.Sprintf("%d0年代", n)
		}
		return ""
	}
	if len(v) < 4 {
		return ""
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return ""
	}
	year := strconv.Itoa(y) + "年"
	rest := v[4:]
	switch {
	case rest == "":
		return year
	case len(rest) == 3 && rest[:2] == "-Q" && rest[2] >= '1' && rest[2] <= '4':
		return year + "第" + rest[2:] + "四半期"
	case len(rest) == 3 && rest[:2] == "-H" && (rest[2] == '1' || rest[2] == '2'):
		return year + map[byte]string{'1': "上半期", '2': "下半期"}[rest[2]]
	case len(rest) == 3 && rest[0] == '-':
		for i, c := range seasonCodes {
			if rest[1:] == c {
				return year + jaSeasonNames[i]
			}
		}
		if t, err := time.Parse("2006-01", v); err == nil {
			return fmt.Sprintf("%s%d月", year, int(t.Month()))
		}
	case strings.HasPrefix(rest, "-W"):
		w, err := strconv.Atoi(strings.TrimSuffix(rest[2:], "-WE"))
		if err != nil || w < 1 || w > 53 {
			return ""
		}
		if !strings.HasSuffix(rest, "-WE") {
			return fmt.Sprintf("%s第%d週", year, w)
		}
		mon, _ := valueStart(v[:len(v)-len("-WE")])
		sat, sun := mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6)
		end := fmt.Sprintf("%d日", sun.Day())
		if sun.Month() != sat.Month() {
			end = fmt.Sprintf("%d月%d日", int(sun.Month()), sun.Day())
		}
		return jaDay(sat) + "〜" + end + "の週末"
	default:
		if t, err := time.Parse("2006-01-02", v); err == nil {
			return jaDay(t)
		}
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
