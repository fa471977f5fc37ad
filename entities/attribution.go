package entities

import (
	"regexp"
	"strings"
)

// A news text cites its sources in set forms: "according to Reuters",
// "Reuters reported", "the BBC said in a statement", "KYIV (Reuters) -",
// "told CNN", 「読売新聞によると」, 「NHKの報道」, 「産経新聞が報じた」, 「朝日新聞（電子版）
// が伝えた」, 「写真：ロイター」. A mention in such a form is an attribution: the
// text says where it read the news, not who acted in it. Whether the entity
// so cited is a source is decided over the corpus (SourceRole): an outlet
// sued in a story ("a lawsuit against the BBC") is mostly named otherwise.

var (
	// attributedBefore ends the text before a mention that is cited.
	attributedBefore = regexp.MustCompile(`(?i)(?:\baccording to|\breported by|\btold|\btells|\btelling|\bquoted by|\bcited by|\bciting|\bvia|` +
		`\binterviews? with|\bspeaking to|\bspeaking with|\bsaid to|\breports? (?:in|by|from)|\bwriting in|\bwrote in|` +
		`\bpublished (?:in|by)|\breported (?:in|on)|\bsources?\s*:|\bcredit\s*:|\bphoto\s*:|\bimage\s*:|\bvideo\s*:|` +
		`写真\s*[：:]|提供\s*[：:]|出典\s*[：:]|出所\s*[：:])\s*(?:the\s+)?(?:U\.S\.|US|UK|British|American|Russian|Ukrainian|Japanese|German|French|state|state-run|state-owned|independent|local)?\s*(?:news\s+(?:agency|outlet|site|channel|broadcaster)|broadcaster|newspaper|daily|outlet|channel|agency|media\s+outlet)?\s*$`)
	// attributedAfter begins the text after a mention that is cited.
	attributedAfter = regexp.MustCompile(`^(?:(?:'s|’s)\s+(?:reporting|report|reports|correspondent|reporter|analysis|investigation|sources?)\b|` +
		`\s*,?\s*(?:has\s+|had\s+|first\s+|also\s+|was\s+first\s+to\s+|previously\s+|earlier\s+|later\s+)?(?:reported|reports|reporting|said|says|noted|added|` +
		`wrote|writes|quoted|cited|broadcast|aired|revealed|learned|obtained|published)\b|` +
		`(?:社|紙|の電子版|電子版|\s*[（(][^）)]{1,12}[）)])?\s*(?:によると|によれば|の報道|報道|(?:が|は|も|などが)(?:\d{1,2}日、?)?(?:報じ|伝え|配信)|` +
		`の取材|のインタビュー|が入手|の調べ|の世論調査|の記事|電子版)|` +
		// the first of two outlets cited together: "Reuters and AP
		// reported", 「CNNやウィキペディアによると」
		`\s*(?:and|,)\s+(?:the\s+)?\p{Lu}[\w.&-]*(?:\s+\p{Lu}[\w.&-]*){0,3}\s+(?:reported|said|wrote|reports|says)\b|` +
		`(?:や|と|、|・|及び|および)[^。、\s]{1,20}?(?:によると|によれば|(?:が|も|などが)(?:報じ|伝え)))`)
	// A mention alone in parentheses, or last in them, credits it: "KYIV
	// (Reuters) -", "(AP)", "(John Minchillo / AP)", 「（ロイター）」.
	parenBefore = regexp.MustCompile(`[(（][^()（）]{0,60}$`)
	parenAfter  = regexp.MustCompile(`^\s*[)）]`)
	// A mention in brackets, alone or before a section name, labels a
	// digest's item: "[BBC – Europe] …".
	bracketBefore = regexp.MustCompile(`[\[［]\s*$`)
	bracketAfter  = regexp.MustCompile(`^\s*(?:[–—-][^\]］]{0,40})?[\]］]`)
	// A mention that opens a line as a label ("- **BBC – Africa**: …",
	// "Reuters: …") or closes it after a dash ("… revenues fall — Bloomberg",
	// "— Bloomberg’s Julian Lee") names where the line comes from.
	labelBefore = regexp.MustCompile(`^[\s\-*#>•·\[]*$`)
	labelAfter  = regexp.MustCompile(`^\s*(?:[–—-]\s*[^:：\n]{1,40}?)?\s*\]?\**\s*[:：]`)
	dashBefore  = regexp.MustCompile(`[—–]\s*$`)
	dashAfter   = regexp.MustCompile(`^(?:\s*$|(?:'s|’s)\s+\p{Lu})`)
)

// attributionWindow bounds how much text around a mention the forms look
// at, in bytes.
const attributionWindow = 80

// Attributions reports, for each mention of text (offsets into text, in
// order), whether the text cites it as the source of what it reports.
func Attributions(text string, mentions []Mention) []bool {
	out := make([]bool, len(mentions))
	for i, m := range mentions {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		before := lineBefore(text, m.Start)
		after := lineAfter(text, m.End)
		out[i] = attributedBefore.MatchString(before) || attributedAfter.MatchString(after) ||
			parenBefore.MatchString(before) && parenAfter.MatchString(after) ||
			bracketBefore.MatchString(before) && bracketAfter.MatchString(after) ||
			labelBefore.MatchString(before) && labelAfter.MatchString(after) ||
			dashBefore.MatchString(before) && dashAfter.MatchString(after)
	}
	return out
}

// lineBefore returns up to attributionWindow bytes of text before off on
// the same line, cut at a rune boundary.
func lineBefore(text string, off int) string {
	start := max(0, off-attributionWindow)
	for start < off && start > 0 && !runeStart(text[start]) {
		start++
	}
	s := text[start:off]
	if k := strings.LastIndexByte(s, '\n'); k >= 0 {
		s = s[k+1:]
	}
	return s
}

// lineAfter returns up to attributionWindow bytes of text after off on the
// same line, cut at a rune boundary.
func lineAfter(text string, off int) string {
	end := min(len(text), off+attributionWindow)
	for end > off && end < len(text) && !runeStart(text[end]) {
		end--
	}
	s := text[off:end]
	if k := strings.IndexByte(s, '\n'); k >= 0 {
		s = s[:k]
	}
	return s
}

func runeStart(b byte) bool { return b&0xC0 != 0x80 }

// Role is what an entity is to a corpus: an actor of the news, or a source
// it is read from.
type Role string

// The roles of entities.
const (
	Actor  Role = "actor"
	Source Role = "source"
)

// SourceRole tells an entity's role from what it is and how the corpus
// names it: a news outlet that at least a third of its mentions cite
// (Attributions) is a source; any other entity, and an outlet mostly named
// as a party to the news (a lawsuit against the BBC, the paper's owner
// sold it), is an actor.
func SourceRole(outlet bool, mentions, attributed int) Role {
	if outlet && attributed > 0 && 3*attributed >= mentions {
		return Source
	}
	return Actor
}

// anyOutlet reports whether one of the names is a news outlet's.
func (r *Resolver) anyOutlet(names []string) bool {
	for _, n := range names {
		if r.gaz.IsOutlet(n) {
			return true
		}
	}
	return false
}
