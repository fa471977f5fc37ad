package document

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Where a document's date came from (Document.DateSource), from the most
// trusted to the least: a document takes the first of them it has.
const (
	// DateMetadata: a JSON record's date field; an HTML page's <meta>
	// (article:published_time, og:…, pubdate, date, DC.date,
	// parsely-pub-date, sailthru.date …), JSON-LD datePublished or <time
	// datetime>.
	DateMetadata = "metadata"
	// DateFrontMatter: the date, published or pubDate of a Markdown file's
	// YAML (---) or TOML (+++) front matter.
	DateFrontMatter = "front-matter"
	// DateLine: a line that is a date near the top of the text, under the
	// headline ("📅 2026-06-25 14:41", "Published: 5 March 2025",
	// "2025年3月5日 10:00"), or a full date that opens the first paragraph.
	DateLine = "dateline"
	// DateURL: a date in the path of the document's URL (/2026/02/27/).
	DateURL = "url"
	// DateTitle: a full date that ends the headline ("Campaign
	// Assessment, February 26, 2026").
	DateTitle = "title"
	// DateFileName: a date in the input file's name (2026-02-27-story.md).
	DateFileName = "file-name"
	// DateCitation: the latest of the dates of the sources the text cites,
	// as Wikinews lists them ("読売新聞、2006年4月12日。", `"…".BBC
	// News,July 23,2005`): an article is published after its sources.
	DateCitation = "citation"
	// DateSignature: a post's signature line ("— Name (@handle) February
	// 8, 2025"); in a web page that embeds posts, the latest of them.
	DateSignature = "signature"
	// DateFile: the user's --dates file.
	DateFile = "dates-file"
	// DateFlag: the user's --date.
	DateFlag = "flag"
)

// parseMetaDate reads a date written in metadata: an ISO date or time
// (2025-02-07, 2025-02-07T15:04:05+09:00, 2025-02-07 15:04), 2025/02/07,
// 20250207, an RSS date (Fri, 07 Feb 2025 15:04:05 GMT) or a written one
// (February 7, 2025; 7 February 2025). The day is the one written, whatever
// the zone: a publication date is a calendar day as the publisher wrote it.
func parseMetaDate(s string) (time.Time, bool) {
	s = strings.Trim(strings.TrimSpace(s), `"'`)
	if len(s) < 8 || len(s) > 64 {
		return time.Time{}, false
	}
	if m := isoDay.FindStringSubmatch(s); m != nil {
		return validDate(m[1] + "-" + m[2] + "-" + m[3])
	}
	for _, layout := range metaLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return plausible(day(t))
		}
	}
	return time.Time{}, false
}

// isoDay is an ISO date, or the date part of a time, at the start of a
// value; also with slashes or dots, or its eight digits run together.
var isoDay = regexp.MustCompile(`^((?:19|20)\d\d)[-/.]?(0[1-9]|1[0-2])[-/.]?(0[1-9]|[12]\d|3[01])(?:$|[T\s_]|[+-]\d\d:?\d\d$|Z$)`)

var metaLayouts = []string{time.RFC1123, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 2 Jan 2006 15:04:05 -0700",
	time.RFC850, time.RFC822, time.RFC822Z, time.ANSIC, time.UnixDate, "January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006",
	"2 January 2006", "2 Jan 2006", "January 2, 2006 3:04 PM", "Monday, January 2, 2006", "2006年1月2日",
	"01-02-2006", "02.01.2006", "02.01.2006 15:04", "Jan 2 2006", "January 2 2006"}

// validDate parses YYYY-MM-DD, rejecting days the calendar lacks and years
// no news is from.
func validDate(s string) (time.Time, bool) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, false
	}
	return plausible(t)
}

// plausible rejects dates outside 1900-2099: a zero date written as
// 0001-01-01 or a placeholder 9999-12-31 is no publication date.
func plausible(t time.Time) (time.Time, bool) {
	return t, t.Year() >= 1900 && t.Year() <= 2099
}

// urlDate finds a publication date in the path of a URL or file name:
// /2026/02/27/, /2026/2/27/, _2026_2_27_, /20260227/, -2026-02-27.
func urlDate(u string) (time.Time, bool) {
	if i := strings.Index(u, "://"); i >= 0 { // the host holds no date
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			return time.Time{}, false
		}
	}
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	if t, ok := slugDate(u); ok {
		return t, true
	}
	if m := urlYearDay.FindStringSubmatch(u); m != nil && m[2] == m[4] && (m[3] == "" || m[3] == m[5]) {
		if t, ok := validDate(m[1] + "-" + m[5] + "-" + m[6]); ok {
			return t, true
		}
	}
	if m := urlMonthName.FindStringSubmatch(u); m != nil {
		if t, ok := validDate(fmt.Sprintf("%s-%02d-%02d", m[1], monthIndex(m[2]), atoi(m[3]))); ok {
			return t, true
		}
	}
	for _, re := range urlDates {
		for _, m := range re.FindAllStringSubmatch(u, -1) {
			mo, d := m[2], m[3]
			if len(mo) == 1 {
				mo = "0" + mo
			}
			if len(d) == 1 {
				d = "0" + d
			}
			if t, ok := validDate(m[1] + "-" + mo + "-" + d); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// urlDates are the ways a path writes a date, each bounded by separators so
// that an article number (…/30-more-drones, 2026022712345) is not read.
var urlDates = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|[/_])((?:19|20)\d\d)[/_](0?[1-9]|1[0-2])[/_](0?[1-9]|[12]\d|3[01])(?:[/_.]|$)`),
	regexp.MustCompile(`(?:^|[/_.=-])((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`),
	regexp.MustCompile(`(?:^|[/_.=-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`),
}

// urlYearDay is a year folder followed by the day as YYMMDD of the same
// year: /2026/260202_sc.doc.htm, /2015/08/150803-story.
var urlYearDay = regexp.MustCompile(`/((?:19|20)(\d\d))/(?:(\d\d)/)?(\d\d)(\d\d)(\d\d)[/_.-]`)

// urlMonthName is a year, a month's name and a day as folders:
// /2009/oct/14/, /2020/oct/02/.
var urlMonthName = regexp.MustCompile(`(?i)/((?:19|20)\d\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(\d{1,2})(?:/|$)`)

// slugMonthDate is a date written with the month's name in a URL slug:
// "update-february-26-2026", "daily-update-feb-27-2026", "26-february-2026".
var slugMonthDate = regexp.MustCompile(`(?i)(?:^|[/_-])(?:(\d{1,2})-)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*-(?:(\d{1,2})-)?((?:19|20)\d\d)(?:[/_.-]|$)`)

var monthAbbrs = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// monthIndex is 1 for "jan", "January" … 12 for "dec"; 0 for none.
func monthIndex(name string) int {
	name = strings.ToLower(name)
	for i, a := range monthAbbrs {
		if strings.HasPrefix(name, a) {
			return i + 1
		}
	}
	return 0
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// slugDate reads a slug's date written with the month's name, which needs
// its day on exactly one side.
func slugDate(u string) (time.Time, bool) {
	for _, m := range slugMonthDate.FindAllStringSubmatch(u, -1) {
		d := m[1]
		if d == "" {
			d = m[3]
		} else if m[3] != "" {
			continue
		}
		if d == "" {
			continue
		}
		if t, ok := validDate(fmt.Sprintf("%s-%02d-%02d", m[4], monthIndex(m[2]), atoi(d))); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// frontMatter is what the front matter of a Markdown file says.
type frontMatter struct {
	title, url, lang, author string
	date                     string // as written
	end                      int    // byte offset just after the closing fence
}

// frontMatterDateKeys name the publication date in front matter, in the
// order they are preferred.
var frontMatterDateKeys = []string{"date", "published", "pubdate", "publishdate", "published_at", "publishedat",
	"date_published", "datepublished", "publication_date", "pub_date", "created", "created_at"}

// readFrontMatter reads a YAML ("---" … "---") or TOML ("+++" … "+++")
// front matter at the very top of text. Only its top-level "key: value"
// (or key = value) lines are read; ok is false when there is none.
func readFrontMatter(text string) (fm frontMatter, ok bool) {
	t := strings.TrimPrefix(text, "\uFEFF")
	off := len(text) - len(t)
	var fence, sep string
	switch {
	case strings.HasPrefix(t, "---\n"), strings.HasPrefix(t, "---\r\n"):
		fence, sep = "---", ":"
	case strings.HasPrefix(t, "+++\n"), strings.HasPrefix(t, "+++\r\n"):
		fence, sep = "+++", "="
	default:
		return fm, false
	}
	fields := map[string]string{}
	pos := off + strings.IndexByte(t, '\n') + 1
	for n := 0; pos < len(text) && n < 200; n++ {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text) - pos
		}
		l := strings.TrimRight(text[pos:pos+end], "\r")
		next := pos + end + 1
		if l == fence || fence == "---" && l == "..." {
			fm.end = min(next, len(text))
			fm.title, fm.url = fields["title"], firstOf(fields, "url", "source", "link", "canonical", "canonical_url", "source_url", "original_url")
			fm.lang, fm.author = firstOf(fields, "lang", "language", "locale"), firstOf(fields, "author", "authors", "byline")
			fm.date = firstOf(fields, frontMatterDateKeys...)
			return fm, true
		}
		if l != "" && l[0] != ' ' && l[0] != '\t' && l[0] != '#' && l[0] != '-' {
			if k, v, found := strings.Cut(l, sep); found {
				k = strings.ToLower(strings.Trim(strings.TrimSpace(k), `"'`))
				v = strings.TrimSpace(v)
				if i := strings.Index(v, " #"); i >= 0 && !strings.HasPrefix(v, `"`) && !strings.HasPrefix(v, "'") {
					v = strings.TrimSpace(v[:i]) // a YAML comment
				}
				if _, seen := fields[k]; !seen {
					fields[k] = strings.Trim(v, `"'`)
				}
			}
		}
		pos = next
	}
	return frontMatter{}, false // no closing fence: not front matter
}

func firstOf(fields map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := fields[k]; v != "" {
			return v
		}
	}
	return ""
}

// applyFrontMatter takes what a Markdown file's front matter says into d:
// its date (DateFrontMatter) and, where d has none, title, URL, language
// and author.
func applyFrontMatter(d *Document, opts Options) {
	fm, ok := readFrontMatter(d.Text)
	if !ok {
		return
	}
	if d.Title == "" {
		d.Title = fm.title
	}
	if d.URL == "" && strings.Contains(fm.url, "://") {
		d.URL = fm.url
	}
	if d.Lang == "" {
		d.Lang = fm.lang
	}
	if d.Author == "" {
		d.Author = fm.author
	}
	if !d.Published.IsZero() || fm.date == "" {
		return
	}
	t, ok := parseMetaDate(fm.date)
	if !ok && opts.ParseDate != nil {
		t, ok = opts.ParseDate(fm.date)
	}
	if ok {
		d.Published, d.DateSource = t, DateFrontMatter
	}
}

// labelledURL finds the address of the page a text was saved from, written
// by a scraper near its top: "URL: https://…", "- **Source**: https://…".
var labelledURL = regexp.MustCompile(`(?im)^[\s>*#-]*\**(?:url|url source|source|source url|link|original url|canonical|permalink)\**\s*[:：]\**\s*<?(https?://[^\s>)]+)`)

// textURL is the address labelled in the first lines of text, or "".
func textURL(text string) string {
	head := text[:min(len(text), 3000)]
	if m := labelledURL.FindStringSubmatch(head); m != nil {
		return m[1]
	}
	return ""
}

// dateLabels begin a line that says it is the date of the text: "Published
// On 27 Feb 2026", "📅 2026-06-25", "公開日：2025年3月5日". Such a line dates
// the document farther down the page than an unlabelled one, past the
// menus and the standfirst a saved page puts first.
var dateLabels = []string{"published", "posted", "updated", "last updated", "date", "dated", "released",
	"公開", "配信", "更新", "投稿", "掲載", "発行", "作成"}

// labelledDateLine reports whether line begins with a date label or a
// calendar or clock emoji.
func labelledDateLine(line string) bool {
	s := strings.TrimLeft(line, " \t*_#>-|")
	if r, _ := utf8.DecodeRuneInString(s); r == '📅' || r == '🗓' || r == '🕒' || r == '⏰' || r == '🕐' {
		return true
	}
	low := strings.ToLower(s)
	for _, l := range dateLabels {
		if strings.HasPrefix(low, l) {
			rest := low[len(l):]
			r, _ := utf8.DecodeRuneInString(rest)
			return rest == "" || !unicode.IsLetter(r) || l[0] >= 0x80 || strings.HasPrefix(rest, " on") || strings.HasPrefix(rest, " at")
		}
	}
	return false
}

// Limits of "near the top": an unlabelled date line counts among the first
// topLines lines before the first paragraph of prose; a labelled one within
// the first labelledBytes of the text.
const (
	topLines      = 8
	labelledBytes = 6000
)

// dateFromText dates d from its text when nothing before did: a date line
// near the top, else a full date opening the first paragraph (a
// Wikinews-style "2011年4月7日午後11時32分頃、…" or "KYIV, Feb 7, 2025
// (Reuters) –"), else the date in its URL or file name. It returns the index
// of the line that gave the date, or -1.
func dateFromText(d *Document, ls []line, opts Options) int {
	if d.URL == "" {
		d.URL = textURL(d.Text)
	}
	if !d.Published.IsZero() {
		return -1
	}
	if opts.ParseDate != nil {
		if i, t, ok := dateLineIn(d.Text, ls, opts.ParseDate); ok {
			d.Published, d.DateSource = t, DateLine
			return i
		}
		for _, title := range append([]string{d.Title, urlSlug(d.URL)}, headings(d.Text, ls)...) {
			if i, t, ok := underHeadline(d.Text, ls, title, opts.ParseDate); ok {
				d.Published, d.DateSource = t, DateLine
				return i
			}
		}
	}
	if t, ok := urlDate(d.URL); ok {
		d.Published, d.DateSource = t, DateURL
		return -1
	}
	if opts.ParseDate != nil {
		if t, ok := titleDate(cmp.Or(d.Title, first(headings(d.Text, ls)...)), opts.ParseDate); ok {
			d.Published, d.DateSource = t, DateTitle
			return -1
		}
	}
	file, _, _ := strings.Cut(d.Source, "#")
	if t, ok := urlDate(path.Base(filepath.ToSlash(file))); ok {
		d.Published, d.DateSource = t, DateFileName
		return -1
	}
	if t, ok := citationDate(d.Text); ok {
		d.Published, d.DateSource = t, DateCitation
	}
	return -1
}

// Source citations with a date: Japanese "読売新聞、2006年4月12日。" (a
// source's name, a comma, the date, maybe a time, a full stop) and English
// `"Title".Source,Month D,YYYY` as Wikinews writes them.
var (
	jaCitation = regexp.MustCompile(`^[^、]{1,60}、\s*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日[^、]{0,30}$`)
	enCitation = regexp.MustCompile(`"\.\s*[^,"\n]{1,60},\s*(January|February|March|April|May|June|July|August|September|October|November|December)\s*(\d{1,2}),\s*((?:19|20)\d\d)`)
)

// citationDate is the latest date of the sources text cites.
func citationDate(text string) (time.Time, bool) {
	var latest time.Time
	keep := func(t time.Time, ok bool) {
		if ok && t.After(latest) {
			latest = t
		}
	}
	for _, l := range strings.Split(text, "\n") {
		parts := strings.Split(l, "。")
		for _, c := range parts[:len(parts)-1] { // each ends with 。
			if m := jaCitation.FindStringSubmatch(strings.TrimSpace(c)); m != nil {
				keep(validDate(fmt.Sprintf("%s-%02d-%02d", m[1], atoi(m[2]), atoi(m[3]))))
			}
		}
	}
	for _, m := range enCitation.FindAllStringSubmatch(text, -1) {
		keep(validDate(fmt.Sprintf("%s-%02d-%02d", m[3], monthIndex(m[1]), atoi(m[2]))))
	}
	return latest, !latest.IsZero()
}

// dateLineIn finds the line that dates a text: an unlabelled date line
// among its first topLines lines before any prose, a labelled one within its
// first labelledBytes, or a full date opening its first paragraph of prose.
func dateLineIn(text string, ls []line, parse func(string) (time.Time, bool)) (int, time.Time, bool) {
	prose := false
	for i, l := range ls {
		if l.start >= labelledBytes {
			break
		}
		s := strings.TrimSpace(text[l.start:l.end])
		if s == "" {
			continue
		}
		if !heading(s) {
			if !prose {
				if t, ok := parse(openingDate(s)); ok {
					return i, t, true
				}
			}
			prose = true
			continue
		}
		if i < topLines && !prose || labelledDateLine(s) {
			if t, ok := parse(s); ok {
				return i, t, true
			}
		}
		// a label alone, its date on the next line: "Published on" / "Feb 27, 2026"
		if labelledDateLine(s) && utf8.RuneCountInString(s) <= 24 {
			for j := i + 1; j < len(ls) && j <= i+2; j++ {
				if next := strings.TrimSpace(text[ls[j].start:ls[j].end]); next != "" {
					if t, ok := parse(s + " " + next); ok {
						return j, t, true
					}
					break
				}
			}
		}
	}
	return -1, time.Time{}, false
}

// headlineWindow is how many non-blank lines under a headline may hold
// its date line: a standfirst, a picture's caption, a byline come first.
const headlineWindow = 15

// underHeadline finds a date line among the lines under the headline, for
// a saved or scraped page whose menus push the headline far from the top:
// the headline is a line that reads as the title (without the site's name
// after " | " or " - ").
func underHeadline(text string, ls []line, title string, parse func(string) (time.Time, bool)) (int, time.Time, bool) {
	heads := headlineForms(title)
	if len(heads) == 0 {
		return -1, time.Time{}, false
	}
	for i, l := range ls {
		body, _ := visibleText(text[l.start:l.end])
		if !heads[strings.ToLower(body)] && !heads[slugOf(body)] {
			continue
		}
		seen := 0
		for j := i + 1; j < len(ls) && seen < headlineWindow; j++ {
			s := strings.TrimSpace(text[ls[j].start:ls[j].end])
			if s == "" {
				continue
			}
			seen++
			if heading(s) {
				if t, ok := parse(s); ok {
					return j, t, true
				}
			}
		}
	}
	return -1, time.Time{}, false
}

// slugOf is a line as a URL slug writes it: "free-speech-is-the-casualty"
// of "Free speech is the casualty".
func slugOf(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), "-")
}

// urlSlug is the last segment of a URL's path when it is a slug of four
// words or more ("free-speech-is-the-casualty-in-ukraine-war"), which a
// page's headline line repeats; else "".
func urlSlug(u string) string {
	u = strings.TrimRight(strings.SplitN(u, "?", 2)[0], "/")
	seg := u[strings.LastIndexByte(u, '/')+1:]
	seg = strings.TrimSuffix(strings.TrimSuffix(seg, ".html"), ".htm")
	if strings.Count(seg, "-") < 3 || !strings.Contains(u, "://") {
		return ""
	}
	return slugOf(seg)
}

// headlineForms are the lower-cased ways a page's title may stand as its
// headline line: whole, and without a site's name after a separator.
func headlineForms(title string) map[string]bool {
	title = strings.TrimSpace(title)
	if utf8.RuneCountInString(title) < 12 {
		return nil
	}
	forms := map[string]bool{strings.ToLower(title): true}
	for _, sep := range []string{" | ", " - ", " – ", " — ", "｜"} {
		if i := strings.Index(title, sep); i > 0 && utf8.RuneCountInString(title[:i]) >= 12 {
			forms[strings.ToLower(strings.TrimSpace(title[:i]))] = true
		}
	}
	return forms
}

// maxHeadings is how many Markdown headings are tried as the headline.
const maxHeadings = 4

// headings are the first Markdown headings of level one or two in the
// first lines of text that read as a headline (they have a space: "#
// www.site.com" does not), for a text without a title: a scraper's outline
// ("- ## Is a Conflict-Ending Solution Even Possible?") names the headline
// that the page's text repeats under its menus.
func headings(text string, ls []line) []string {
	var out []string
	for i, l := range ls {
		if i > 200 || len(out) == maxHeadings {
			break
		}
		s := strings.TrimLeft(strings.TrimSpace(text[l.start:l.end]), "-*+ ")
		h, ok := strings.CutPrefix(s, "# ")
		if !ok {
			h, ok = strings.CutPrefix(s, "## ")
		}
		if !ok && strings.Contains(s, " | ") && len(out) == 0 {
			h, ok = s, true // a page's title, "Headline | Site", which saved text opens with
		}
		if h = strings.TrimSpace(h); ok && strings.Contains(h, " ") {
			out = append(out, h)
		}
	}
	return out
}

// titleDate reads a full date that ends a headline after a comma, dash,
// bar or colon: "Campaign Assessment, February 26, 2026".
func titleDate(title string, parse func(string) (time.Time, bool)) (time.Time, bool) {
	best := -1
	for _, sep := range []string{", ", " - ", " – ", " — ", " | ", ": ", "｜", "（", "("} {
		if i := strings.LastIndex(title, sep); i > best {
			// a comma inside "February 26, 2026" is not the cut
			if sep == ", " {
				if j := strings.LastIndex(title[:i], ", "); j >= 0 && i-j < 24 {
					if _, ok := parse(strings.TrimSpace(title[j+2:])); ok {
						i = j
					}
				}
			}
			best = i
		}
	}
	if best < 0 {
		return time.Time{}, false
	}
	tail := strings.TrimLeft(title[best:], ",-–—|:｜ ")
	return parse(tail)
}

// openingDate is the part of a paragraph's first sentence that a dateline
// takes: up to the first "、" ("2011年4月7日午後11時32分頃(UTC+9)、日本の…") or
// the first dash between spaces ("KYIV, Feb 7, 2025 (Reuters) – The…"), so
// that ParseDate can tell whether that part is only a date (and a time, a
// place, an agency). "" when there is no such part.
func openingDate(s string) string {
	s = s[:min(len(s), 200)]
	cut := len(s)
	for _, sep := range []string{"、", "，", " – ", " — ", " - ", " -- "} {
		if i := strings.Index(s, sep); i > 0 && i < cut {
			cut = i
		}
	}
	if cut == len(s) {
		return ""
	}
	return s[:cut]
}

// Dates is the user's table of publication dates (--dates FILE): each line
// a document's id, its source or its file's path, a tab, and YYYY-MM-DD.
// A document's id or source gives it that date whatever it says itself; a
// file's path dates the documents of that file that have no date of their
// own. It records which lines were used, so that a line that names no
// document can be reported.
type Dates struct {
	file  string
	dates map[string]time.Time
	line  map[string]int
	used  map[string]bool
}

// ReadDates reads a dates table from r, named file in errors. Blank lines
// and lines starting with '#' are passed over.
func ReadDates(file string, r io.Reader) (*Dates, error) {
	ds := &Dates{file: file, dates: map[string]time.Time{}, line: map[string]int{}, used: map[string]bool{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		i := strings.LastIndexAny(l, "\t")
		if i < 0 {
			return nil, fmt.Errorf("%s line %d: want a document's id or path, a tab, and a date YYYY-MM-DD", file, n)
		}
		key, val := strings.TrimSpace(l[:i]), strings.TrimSpace(l[i+1:])
		t, ok := validDate(val)
		if !ok || key == "" {
			return nil, fmt.Errorf("%s line %d: %q is not a date YYYY-MM-DD between 1900 and 2099 after a document's id or path", file, n, val)
		}
		if prev, dup := ds.line[key]; dup {
			return nil, fmt.Errorf("%s line %d: %q was given a date on line %d already", file, n, key, prev)
		}
		ds.dates[key], ds.line[key] = t, n
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	return ds, nil
}

// date is the table's date for d, read from the input file path.
func (ds *Dates) date(d *Document, path string) (time.Time, bool) {
	for _, k := range []string{d.ID, d.Source} {
		if t, ok := ds.dates[k]; ok {
			ds.used[k] = true
			return t, true
		}
	}
	if !d.Published.IsZero() {
		return time.Time{}, false
	}
	clean := filepath.Clean(path)
	for _, k := range []string{path, clean, filepath.ToSlash(clean)} {
		if t, ok := ds.dates[k]; ok {
			ds.used[k] = true
			return t, true
		}
	}
	return time.Time{}, false
}

// Unused lists, in the order of the file, the lines of the table that named
// no document read, as "FILE line N: KEY".
func (ds *Dates) Unused() []string {
	var keys []string
	for k := range ds.dates {
		if !ds.used[k] {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return ds.line[keys[i]] < ds.line[keys[j]] })
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s line %d: %s", ds.file, ds.line[k], k)
	}
	return out
}

// settle gives d, read from the file at path, its final date and language:
// the --dates table's, else its own, else --date; and the language it
// declares only when its text does not say otherwise.
func settle(d *Document, path string, opts Options) {
	if opts.Dates != nil {
		if t, ok := opts.Dates.date(d, path); ok {
			d.Published, d.DateSource = t, DateFile
		}
	}
	if !opts.Date.IsZero() && d.Published.IsZero() {
		d.Published, d.DateSource = opts.Date, DateFlag
	}
	d.Lang = declaredLang(d.Lang, d.Text)
}
