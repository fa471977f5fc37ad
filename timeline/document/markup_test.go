package document

import (
	"strings"
	"testing"
)

// masked returns text with its markup spans turned into spaces, words
// collapsed, as the pipeline reads it.
func masked(text string) string {
	b := []byte(text)
	for _, s := range markupSpans(text) {
		for i := s.Start; i < s.End; i++ {
			b[i] = ' '
		}
	}
	return strings.Join(strings.Fields(string(b)), " ")
}

func TestMarkupSpans(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"hugo shortcode keeps a prose body, drops name, user and timestamp",
			`{{<matomeQuote body="これには注意が必要だね。有料のプレスリリースだよ。" userName="someone42" createdAt="2025-02-10T00:47:14" color="">}}`,
			"これには注意が必要だね。有料のプレスリリースだよ。"},
		{"tags inside a prose attribute are markup too",
			`{{<matomeQuote body="勝者と敗者を選ぶって、どうなの？<br>Intelは銀行じゃないし<br/>なぜ" userName="x">}}`,
			"勝者と敗者を選ぶって、どうなの？ Intelは銀行じゃないし なぜ"},
		{"english prose attribute kept",
			`{{< quote text="Talks resumed in Geneva on Monday." author="jdoe" date="2019-03-01" >}}`,
			"Talks resumed in Geneva on Monday."},
		{"paired shortcode: the prose between the tags stays",
			"{{< note >}}The ceasefire held until 5 March.{{< /note >}}", "The ceasefire held until 5 March."},
		{"percent shortcode", `See {{% ref "posts/2024-01-02-x.md" %}} for more.`, "See for more."},
		{"closer inside a quoted value", `{{< q body="a >}} b c d" id="x1" >}}after`, "a >}} b c d after"},
		{"go template and liquid", `Title: {{ .Date.Format "2006-01-02" }} and {% include footer.html date=2020 %} end`, "Title: and end"},
		{"html comment", "Kyiv <!-- updated 2024-03-05 --> said", "Kyiv said"},
		{"unclosed comment hides the rest", "before <!-- 2024 draft\nmore", "before"},
		{"html tags, text kept", `<div class="date" data-ts="1700000000">On <b>5 March</b> 2024</div>`, "On 5 March 2024"},
		{"kramdown attribute list", "A paragraph.\n{: .note #id-2021}", "A paragraph."},
		{"prose comparisons are not tags", "if a <b and c> d then x < 3 and y > 2", "if a <b and c> d then x < 3 and y > 2"},
		{"lone braces are not markup", "a set {x, y} and {{ unclosed", "a set {x, y} and {{ unclosed"},
		{"a blank line ends no shortcode", "{{< broken body=x\n\nProse 2024 here", "{{< broken body=x Prose 2024 here"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := masked(tt.in); got != tt.want {
				t.Errorf("masked(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
