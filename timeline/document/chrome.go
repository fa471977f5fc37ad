package document

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronograph/chronograph/entities/gazetteer"
)

// Page chrome is the text of a saved page or scraped Markdown that is not
// the article: navigation and link lists, country and language pickers,
// share buttons, newsletter and log-in boxes, "Related" and "Most read"
// lists, comment sections, reference lists, crawler headers, and lines in a
// third script (a Chinese gloss in a Japanese page). The readability pass
// drops most of it from HTML; what it leaves, and all of it in Markdown and
// JSON lines, would otherwise become mentions ("Republic" of "Cuba,
// Republic of") and events (a citation line). chromeSpans finds it line by
// line; the pipeline passes over those lines as it does over a post's
// signature, and every offset still indexes the text as read.

// chromeSpans returns the byte ranges of text's lines that are page chrome,
// merged and in order.
func chromeSpans(text string) []Span {
	ls := lines(text)
	skip := make([]bool, len(ls))
	body := make([]string, len(ls)) // each line's visible text, Markdown marks and links removed
	links := make([]int, len(ls))   // links in each line
	for i, l := range ls {
		body[i], links[i] = visibleText(text[l.start:l.end])
	}
	headerBlock(text, ls, skip)
	for i, l := range ls {
		raw := strings.TrimSpace(text[l.start:l.end])
		if raw == "" || skip[i] {
			continue
		}
		if chromeLine(raw, body[i], links[i]) {
			skip[i] = true
		}
	}
	tailSections(text, ls, body, skip)
	shortRuns(text, ls, body, skip)
	var out []Span
	for i, l := range ls {
		if !skip[i] {
			continue
		}
		if n := len(out); n > 0 && out[n-1].End >= l.start-1 {
			out[n-1].End = l.end
			continue
		}
		out = append(out, Span{l.start, l.end})
	}
	return out
}

var (
	mdImage  = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	bareURL  = regexp.MustCompile(`(?i)\b(?:https?://|www\.)\S+`)
	listMark = regexp.MustCompile(`^(?:[#>*+\-•·]+|\d{1,3}[.)])\s*`)
)

// visibleText returns what a reader sees of a Markdown line: no images,
// links as their text, no URLs, no heading, quote or list marks; and the
// number of links and images it held.
func visibleText(line string) (string, int) {
	n := len(mdImage.FindAllStringIndex(line, -1))
	line = mdImage.ReplaceAllString(line, " ")
	n += len(mdLink.FindAllStringIndex(line, -1))
	line = mdLink.ReplaceAllString(line, "$1")
	n += len(bareURL.FindAllStringIndex(line, -1))
	line = bareURL.ReplaceAllString(line, " ")
	line = strings.TrimSpace(line)
	for {
		t := strings.TrimSpace(listMark.ReplaceAllString(line, ""))
		if t == line {
			break
		}
		line = t
	}
	return strings.Join(strings.Fields(line), " "), n
}

// headerKeys are the fields a crawler or converter writes above the page
// it saved ("URL Source: …", "Markdown Content:").
var headerKeys = regexp.MustCompile(`(?i)^(?:title|url|url source|source|published time|published|date|author|description|keywords|tags|image|language|lang|site|site name|canonical|markdown content|warning)\s*:`)

// headerBlock marks a YAML front matter at the top of the text, and the
// "Key: value" lines a crawler writes there.
func headerBlock(text string, ls []line, skip []bool) {
	first := -1
	for i, l := range ls {
		if strings.TrimSpace(text[l.start:l.end]) != "" {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	if strings.TrimSpace(text[ls[first].start:ls[first].end]) == "---" {
		for j := first + 1; j < len(ls) && j < first+60; j++ {
			if strings.TrimSpace(text[ls[j].start:ls[j].end]) == "---" {
				for k := first; k <= j; k++ {
					skip[k] = true
				}
				return
			}
		}
		return
	}
	for i := first; i < len(ls); i++ {
		t := strings.TrimSpace(text[ls[i].start:ls[i].end])
		if t == "" {
			continue
		}
		if !headerKeys.MatchString(t) {
			return
		}
		skip[i] = true
	}
}

// chromeLabels are what the short lines of page furniture say: buttons,
// boxes and labels. A line is chrome when, lower-cased, it is one of them.
var chromeLabels = map[string]bool{}

// chromePrefixes begin a label that goes on ("Share on Facebook", "Sign up
// for our newsletter", "関連記事一覧"): a short line that begins with one is
// chrome too. Only phrases that begin no headline are here.
var chromePrefixes = strings.Split("share on|share this|share via|follow us|follow on|sign up|subscribe to|"+
	"log in|sign in|download the app|get the app|skip to|read more|continue reading|listen to this|image source|"+
	"image caption|media caption|getty images|photo:|video:|watch:|image:|more from|more on this story|"+
	"all rights reserved|copyright ©|© |advertisement|accept all|manage preferences|privacy policy|terms of|"+
	"シェア|ツイート|はてなブックマーク|lineで送る|会員登録|ログイン|有料会員|無料会員|会員限定|続きを読む|"+
	"全文を読む|もっと見る|記事を保存|関連記事|関連ニュース|関連リンク|おすすめ記事|人気記事|アクセスランキング|"+
	"写真：|写真:|画像：|画像:|無断転載|この記事を|ページの先頭", "|")

func init() {
	for _, l := range strings.Split("share|share this article|tweet|email|e-mail|print|copy link|link copied|facebook|"+
		"twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|threads|bluesky|save|save article|bookmark|"+
		"sign up|subscribe|newsletter|newsletters|log in|login|sign in|register|create an account|advertisement|"+
		"sponsored|sponsored content|menu|search|close|open|back to top|cookies|accept|home|news|more|"+
		"read more|read next|listen|watch|related|most read|most popular|trending|recommended|comments|"+
		"show comments|view comments|leave a comment|previous article|next article|top stories|latest news|"+
		"latest|breaking news|opinion|world|business|politics|sport|sports|culture|technology|"+
		"シェア|ツイート|ポスト|はてなブックマーク|ブックマーク|印刷|メール|フォロー|会員登録|ログイン|保存|広告|pr|"+
		"写真|画像|動画|関連記事|関連ニュース|おすすめ|人気記事|ランキング|コメント|前の記事|次の記事|トップページ|"+
		"ホーム|トップ|メニュー|検索|閉じる|あわせて読みたい|速報|ニュース|国際|政治|経済|社会|スポーツ", "|") {
		chromeLabels[l] = true
	}
}

// chromeLine reports whether one line is page chrome: a line of links with
// hardly any text of its own, an image, a button or label, a picker of
// languages or countries written on one line, or a line in a third script.
func chromeLine(raw, body string, links int) bool {
	if body == "" {
		return links > 0 || strings.Trim(raw, "-=*_#|:. ") == "" && raw != ""
	}
	if links > 0 && letters(body) < 4*links+8 && !sentenceEnd(body) {
		return true // navigation: links and little else
	}
	if thirdScript(body) || otherLatinLanguage(body) || citationLine(body) || creditLine.MatchString(body) || copyrightLine(body) {
		return true
	}
	if pickerLine(body) {
		return true
	}
	lower := strings.ToLower(body)
	if short(body) {
		if chromeLabels[strings.Trim(lower, ":：|-—– ")] {
			return true
		}
		for _, p := range chromePrefixes {
			if strings.HasPrefix(lower, p) && phraseEnds(lower, len(p)) && veryShort(body) {
				return true
			}
		}
		if commentCount.MatchString(lower) {
			return true
		}
	}
	return false
}

// creditLine is a picture's credit: "Photo Credit Kim Raff for The New York
// Times", "Credit...Samuel Corum for The New York Times", "Photograph:
// Reuters", 「写真＝共同」.
var creditLine = regexp.MustCompile(`(?i)^(?:photo\s*credit|image\s*credit|credit\s*(?:\.\.\.|…|:)|credit\s*credit|photograph\s*(?::|by)|photo\s*by|photos?\s*:|illustration\s*(?::|by)|写真[＝=]|画像[＝=])[^.!?。]{0,160}$`)

// copyrightLine reports whether a line is a copyright notice, a page's
// footer: "© 2026 Example Media LLC.", "Copyright 2019 X, All rights
// reserved", "Source : © European Union, 2026 - EP", 「Copyright © 2021 共同通信社
// 無断転載禁止」. Its year is the year of a right, never a date of the news.
func copyrightLine(body string) bool {
	if len(body) > 240 {
		return false
	}
	lower := strings.ToLower(body)
	if copyrightStart.MatchString(lower) || strings.Contains(lower, "all rights reserved") ||
		strings.Contains(body, "無断転載") || strings.Contains(body, "無断複製") {
		return true
	}
	// a notice closing a short source line: "Source : © European Union, 2026"
	i := strings.Index(body, "©")
	return i >= 0 && i < 40 && !sentenceEnd(body[:i]) && copyrightYear.MatchString(body[i:])
}

var copyrightYear = regexp.MustCompile(`^©[^.。]{0,40}\b(?:19|20)\d\d\b`)

var copyrightStart = regexp.MustCompile(`^(?:©|\(c\)\s|copyright\b|著作権)`)

var commentCount = regexp.MustCompile(`^(?:\d[\d,]*\s+(?:comments?|shares?|replies)|コメント[（(]?\d+[)）]?件?)$`)

// phraseEnds reports whether a phrase that begins s ends at a word boundary.
func phraseEnds(s string, n int) bool {
	if n >= len(s) || !unicode.IsLetter(rune(s[n-1])) && s[n-1] < utf8.RuneSelf {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[n:])
	if r >= utf8.RuneSelf && !unicode.IsLetter(r) {
		return true
	}
	if unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana) {
		return true // a Japanese label runs on: 関連記事一覧
	}
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// short reports whether a line is short enough to be a label: at most 8
// words, or 30 characters of Japanese.
func short(s string) bool {
	if hasJapanese(s) {
		return utf8.RuneCountInString(s) <= 30
	}
	return len(strings.Fields(s)) <= 8
}

// veryShort bounds a label that only begins with a chrome phrase
// ("Share on Facebook", "関連記事一覧"): 7 words, or 16 characters.
func veryShort(s string) bool {
	if hasJapanese(s) {
		return utf8.RuneCountInString(s) <= 16
	}
	return len(strings.Fields(s)) <= 7
}

// pickerLine reports whether a line lists short items between separators,
// as a language or section picker written on one line does ("English |
// 日本語 | Español", "World · Politics · Business").
func pickerLine(s string) bool {
	for _, sep := range []string{"|", "·", "•", "｜", "／", " / "} {
		parts := strings.Split(s, sep)
		if len(parts) < 4 {
			continue
		}
		ok := true
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if len(strings.Fields(p)) > 3 || utf8.RuneCountInString(p) > 24 || sentenceEnd(p) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// tailHeadings open a section that is not the article: lists of other
// articles, comments, references. The section runs to the next heading of
// the same or a higher level in Markdown; after a plain line it runs while
// the lines stay short (titles and citations), up to the next prose
// paragraph.
var tailHeadings = map[string]bool{}

func init() {
	for _, h := range strings.Split(`related|related articles|related stories|related content|related coverage|related news|related topics|related links|more on this story|more from|more stories|more news|most read|most popular|most viewed|most shared|trending|trending now|recommended|recommended for you|read next|read more|you may also like|you might also like|what to read next|comments|reader comments|sources|source|references|notes|footnotes|further reading|external links|see also|bibliography|citations|関連記事|関連ニュース|関連リンク|関連項目|関連情報|出典|脚注|参考文献|注釈|外部リンク|人気記事|人気ニュース|アクセスランキング|ランキング|コメント|おすすめ|おすすめ記事|あわせて読みたい|こちらもおすすめ|最新ニュース|新着記事|注目記事|この記事を読んだ人におすすめ`, "|") {
		tailHeadings[h] = true
	}
}

// tailSections marks the sections tailHeadings open.
func tailSections(text string, ls []line, body []string, skip []bool) {
	for i := 0; i < len(ls); i++ {
		raw := strings.TrimSpace(text[ls[i].start:ls[i].end])
		h := strings.ToLower(strings.Trim(body[i], ":：-—– "))
		if !tailHeadings[h] {
			continue
		}
		level := headingLevel(raw)
		skip[i] = true
		j := i + 1
		for ; j < len(ls); j++ {
			r := strings.TrimSpace(text[ls[j].start:ls[j].end])
			if r == "" {
				continue
			}
			hl := headingLevel(r)
			hb := strings.ToLower(strings.Trim(body[j], ":：-—– "))
			if level > 0 && hl > 0 && hl <= level && !tailHeadings[hb] {
				break
			}
			if level == 0 && (hl > 0 && !tailHeadings[hb] || longProse(body[j])) {
				break
			}
			skip[j] = true
		}
		i = j - 1
	}
}

// headingLevel is the level of a Markdown heading line (## → 2), else 0.
func headingLevel(raw string) int {
	n := 0
	for n < len(raw) && raw[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(raw) && raw[n] != ' ' {
		return 0
	}
	return n
}

// longProse reports whether a line reads as a paragraph of the article:
// long, and ending as a sentence does.
func longProse(s string) bool {
	if hasJapanese(s) {
		return utf8.RuneCountInString(s) >= 60 && sentenceEnd(s)
	}
	return len(strings.Fields(s)) >= 20 && sentenceEnd(s)
}

// minRun is how many short lines in a row make a menu or a picker.
const minRun = 6

// shortRuns marks runs of at least minRun consecutive lines that are each a
// few words with no sentence end: menus, country pickers, tag lists.
// Blank lines do not break a run; a heading does.
func shortRuns(text string, ls []line, body []string, skip []bool) {
	var run []int
	flush := func() {
		if len(run) >= minRun {
			for _, k := range run {
				skip[k] = true
			}
		}
		run = run[:0]
	}
	for i, l := range ls {
		raw := strings.TrimSpace(text[l.start:l.end])
		if raw == "" {
			continue
		}
		if skip[i] || headingLevel(raw) == 0 && menuItem(body[i]) {
			run = append(run, i)
			continue
		}
		flush()
	}
	flush()
}

// menuItem reports whether a line is short enough to be an item of a menu:
// at most 5 words (or 12 characters of Japanese) and no sentence end.
func menuItem(s string) bool {
	if s == "" || sentenceEnd(s) {
		return false
	}
	if hasJapanese(s) {
		return utf8.RuneCountInString(s) <= 12
	}
	return len(strings.Fields(s)) <= 5
}

func sentenceEnd(s string) bool {
	s = strings.TrimRight(s, `"'”’」』)）]`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "。") || strings.HasSuffix(s, "?") ||
		strings.HasSuffix(s, "!") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, "！")
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func hasJapanese(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			return true
		}
	}
	return false
}

// thirdScript reports whether most letters of a line are in neither English
// nor Japanese script — Cyrillic, Hangul, Arabic and the like — or the line
// is Chinese: Han with no kana and characters only simplified Chinese uses.
func thirdScript(s string) bool {
	var latin, ja, other, kana, simplified int
	for _, r := range s {
		switch {
		case !unicode.IsLetter(r):
		case r < 0x250:
			latin++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			ja++
			kana++
		case unicode.Is(unicode.Han, r):
			ja++
			if strings.ContainsRune(gazetteer.SimplifiedOnly, r) {
				simplified++
			}
		default:
			other++
		}
	}
	if other >= 4 && other > latin+ja {
		return true
	}
	return kana == 0 && simplified >= 2 && latin < ja
}

var (
	// A date as citations write it: 2006年4月12日, April 12, 2006, 12 April
	// 2006, 2006-04-12.
	citeDate = `(?:\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}[時:：]\d{1,2}分?)?(?:の版)?|` +
		`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sep\.?|Sept\.?|Oct\.?|Nov\.?|Dec\.?)\s+\d{1,2},?\s+\d{4}|` +
		`\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}|\d{4}-\d{2}-\d{2})`
	// citeSource is a publisher and its date alone on a line: 「読売新聞、2006年4月12日。」,
	// "Reuters, April 12, 2006.", "— BBC News, 12 April 2006".
	citeSource = regexp.MustCompile(`^[-—–]?\s*[^。.?？]{1,60}?[、,，]\s*` + citeDate + `[^。.!?]{0,24}[。.]?$`)
	// citeTitle is the quoted title of a cited article alone on a line,
	// maybe after its author or outlet: 『ジャマイカが世界新で圧勝』。
	citeTitle = regexp.MustCompile(`^[^『「"“。]{0,40}『[^』]+』[。.]?$`)
	// citeRef is an entry of a scholarly reference list: "Agier M, et al.
	// Risk assessment … 2014;2014." or one with a DOI, PMID or Crossref link.
	// citeWiki is a wiki's pointer to its encyclopaedia's article:
	// 「ウィキペディアに高田松原に関する記事があります。」, "Wikipedia has an
	// article about: …".
	citeWiki = regexp.MustCompile(`(?i)^(?:ウィキペディア|wikipedia)(?:に.{1,60}に関する記事があります|\s+has\s+an?\s+article)`)
	citeRef  = regexp.MustCompile(`(?i)(?:\bet al\.|\bdoi:|\bpmid\b|\bcrossref\b|google scholar|\b\d{4};\s*\d+)`)
)

// citationLine reports whether a line cites a source rather than tells the
// news: a publisher and a date, a quoted article title, a reference entry.
func citationLine(s string) bool {
	return citeSource.MatchString(s) || citeTitle.MatchString(s) || citeWiki.MatchString(s) || citeRef.MatchString(s) && !longProse(s)
}

// Function words of English and of the Latin-script languages a page in
// English most often carries besides it (German, French, Spanish, Italian,
// Portuguese, Dutch): a line of other-language prose is not English text.
var (
	englishWords = wordSet("the of and to in is that for it with as was on be by at this are from or have not but which you they his her an we their has had were been will would")
	foreignWords = wordSet("der die das und ist nicht mit für auf sie ich ein eine sich den dem des zu von wir werden wird oder auch bei nach " +
		"le la les et est une des du dans pour sur pas qui que avec ce il elle nous sont au aux " +
		"el los las del por con una para es su al lo como más pero sus " +
		"il della di che non per una sono gli nel alla " +
		"os da do em um uma não com por mais foi são " +
		"het een van en niet met zijn voor op dat ook")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// otherLatinLanguage reports whether a line in Latin script reads as
// another language than English: at least six words, three or more of them
// function words of another language, and twice as many as English ones.
func otherLatinLanguage(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if len(words) < 6 || hasJapanese(s) {
		return false
	}
	en, other := 0, 0
	for _, w := range words {
		switch {
		case englishWords[w] && foreignWords[w]:
		case englishWords[w]:
			en++
		case foreignWords[w]:
			other++
		}
	}
	return other >= 3 && other > 2*en
}
