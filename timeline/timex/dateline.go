package timex

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// ParseDateLine finds a document's own date in one line: a full date (day,
// month and year) written where a publication date goes rather than inside
// prose. It accepts a line that is only a date ("July 02, 2008"), a date in
// brackets after a title ("…の地震（2024年12月17日）"), a post signature
// ("— NHKニュース (@nhk_news) February 8, 2025"), a dateline ("KYIV, Feb
// 7, 2025 (Reuters) -") and a labelled date ("Published: 2025-02-07"). A
// date without a year is not a document date: "KYIV, Feb 7 (Reuters) -"
// gives false.
func ParseDateLine(line string) (time.Time, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 600 {
		return time.Time{}, false
	}
	var cands []Timex
	cands = append(cands, tagEnglish(line, anchorDate{}, Options{}, nil)...)
	if hasCJK(line) {
		cands = append(cands, tagJapanese(line, anchorDate{}, nil)...)
	}
	for _, x := range cands {
		if x.Relative || x.Type != Date && x.Type != Time || len(x.Value) < 10 {
			continue
		}
		t, err := time.Parse("2006-01-02", x.Value[:10])
		if err != nil {
			continue
		}
		if datelineContext(line, x.Start, x.End) {
			return t, true
		}
	}
	return time.Time{}, false
}

// datelineContext reports whether the date at line[start:end] stands where
// a publication date does.
func datelineContext(line string, start, end int) bool {
	before, after := line[:start], line[end:]
	if timeTail(after) {
		after = ""
	}
	if weekdayName(before) {
		before = "" // "Tue, February 24, 2026 at 3:44 PM UTC"
	}
	if !hasWordRune(before) && !hasWordRune(after) {
		return true // the line is the date
	}
	// in brackets: （2024年12月17日）, [2025-02-07], 【2月7日 2025年】
	bt := strings.TrimRight(before, " ")
	at := strings.TrimLeft(after, " ")
	for _, pair := range []string{"()", "（）", "[]", "【】", "〔〕"} {
		open, close := firstRuneString(pair), pair[len(firstRuneString(pair)):]
		if strings.HasSuffix(bt, open) && strings.HasPrefix(at, close) {
			return true
		}
	}
	// a byline: "By Jane Doe | February 7, 2025", "NHK · 2025年2月7日"
	for _, sep := range []string{"|", "·", "•", "｜"} {
		if strings.HasSuffix(bt, sep) && !hasWordRune(after) {
			return true
		}
	}
	// post signature: "— Name (@handle) February 8, 2025"
	if strings.Contains(before, "(@") || strings.Contains(before, "（@") {
		return true
	}
	for _, dash := range []string{"—", "―", "–", "-", "--"} {
		if strings.HasPrefix(line, dash) && !hasWordRune(after) {
			return true
		}
	}
	// labelled: "Published: …", "Updated …", "公開日：…", "配信"
	lb := strings.ToLower(before)
	for _, label := range []string{"published", "updated", "posted", "date", "dated", "公開", "配信", "更新", "投稿", "掲載", "発行"} {
		if strings.Contains(lb, label) && utf8.RuneCountInString(before) < 40 {
			return true
		}
	}
	// dateline: "KYIV, February 7, 2025 (Reuters) -", "LONDON (AP) — Feb 7, 2025"
	if dateline(bt) && (!hasWordRune(after) || strings.HasPrefix(at, "(") || strings.HasPrefix(at, "—") ||
		strings.HasPrefix(at, "-") || strings.HasPrefix(at, "–")) {
		return true
	}
	// "February 7, 2025 — text" or "2025-02-07 | Site": the date opens the line
	if !hasWordRune(before) && (strings.HasPrefix(at, "—") || strings.HasPrefix(at, "-") ||
		strings.HasPrefix(at, "|") || strings.HasPrefix(at, "–") || strings.HasPrefix(at, "/")) {
		return true
	}
	return false
}

// timeTail reports whether s is only a clock time after a date:
// " 12:30 JST", "、午後3時", " 10時15分".
func timeTail(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	digits := false
	for len(s) > 0 {
		if w := prefixAny(s, "午前", "午後", "時", "分", "秒", "頃", "ごろ", "更新", "配信", "JST", "UTC", "GMT",
			"ET", "EST", "EDT", "am", "pm", "AM", "PM", "a.m.", "p.m.", ":", "：", ",", "、", " ", "(", ")", "（", "）", "+", "＋"); w > 0 {
			s = s[w:]
			continue
		}
		if _, n, ok := digitAt(s, 0); ok {
			digits = true
			s = s[n:]
			continue
		}
		return false
	}
	return digits
}

func prefixAny(s string, ws ...string) int {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// dateline reports whether s is the place part of a dateline: upper-case
// words followed by a comma ("KYIV,", "WASHINGTON, D.C.,").
func dateline(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, ",") || utf8.RuneCountInString(s) > 40 {
		return false
	}
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			return false
		}
	}
	return upper >= 2
}

func hasWordRune(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func firstRuneString(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// weekdayName reports whether s is only a weekday's name or abbreviation,
// with a comma: what a page stamp writes before its date.
func weekdayName(s string) bool {
	w := strings.ToLower(strings.Trim(s, " ,.\t"))
	switch w {
	case "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	if v, ok := vocab[w]; ok && v.cls == clsWeekday {
		return true
	}
	return false
}
