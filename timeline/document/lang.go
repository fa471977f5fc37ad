package document

import (
	"strings"
	"unicode"
)

// declaredLang is the language a document declares (a JSON "lang", a page's
// <html lang>, front matter), as its primary subtag in lower case ("en" of
// "en-US"), or "" when its text says otherwise: a page marked zh-CN whose
// text is English, one marked en whose text is Japanese. The pipeline then
// tells the language from the sentences themselves.
func declaredLang(lang, text string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	if lang == "" {
		return ""
	}
	script := textScript(text[:min(len(text), 16<<10)])
	switch {
	case script == "":
		return lang
	case lang == "ja":
		if script != "ja" {
			return ""
		}
	case lang == "zh" || lang == "ko":
		return "" // the pipeline reads English and Japanese: let the text say
	case script != "latin":
		return "" // a Latin-script language declared over Japanese text
	case lang != "en" && englishText(text[:min(len(text), 16<<10)]):
		return "" // de-DE on an English page
	}
	return lang
}

// textScript is "ja" for a text with kana, or with mostly Han characters,
// "latin" for one mostly of Latin letters, "" when it has too few letters to
// tell.
func textScript(s string) string {
	kana, han, latin := 0, 0, 0
	for _, r := range s {
		switch {
		case r >= 0x3040 && r <= 0x30ff:
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		}
	}
	switch {
	case kana+han+latin < 20:
		return ""
	case kana*20 > kana+han+latin || han > latin:
		return "ja"
	}
	return "latin"
}

// englishText reports whether at least one word in eight of s is one of
// the commonest English function words.
func englishText(s string) bool {
	words, common := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		words++
		switch strings.ToLower(w) {
		case "the", "and", "of", "to", "in", "is", "that", "for", "was", "on", "with", "it", "as", "by", "he", "said":
			common++
		}
	}
	return words >= 20 && common*8 >= words
}
