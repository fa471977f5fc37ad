package entities

import (
	"strings"
	"testing"
)

// TestAttributions checks the forms that cite a source, in English and
// Japanese, against forms that name the same outlets as actors. In each
// text the mention is written between brackets ⟦ ⟧.
func TestAttributions(t *testing.T) {
	tests := []struct {
		text  string
		cited bool
	}{
		// English forms
		{"The strike killed four, according to ⟦Reuters⟧.", true},
		{"The strike killed four, according to the ⟦BBC⟧.", true},
		{"⟦Reuters⟧ reported that the talks had stalled.", true},
		{"⟦The New York Times⟧ first reported the meeting.", true},
		{"⟦The BBC⟧ said in a statement that it stood by the story.", true},
		{"KYIV (⟦Reuters⟧) - Russia launched drones overnight.", true},
		{"A destroyed tank near Bakhmut. (John Minchillo / ⟦AP⟧)", true},
		{"The minister told ⟦CNN⟧ on Sunday that talks would resume.", true},
		{"In an interview with ⟦Fox News⟧, the senator said no.", true},
		{"⟦Bloomberg⟧’s reporting shows revenues fell.", true},
		{"Russia’s war economy strains as revenues fall — ⟦Bloomberg⟧", true},
		{"- **⟦BBC⟧ – Africa**: \"Senegal alleges corruption\"", true},
		{"([⟦BBC⟧ – Europe] \"Ten killed in attack\")", true},
		{"⟦Reuters⟧ and AP reported the strike.", true},
		{"the Associated Press ⟦AP⟧ photo", false},
		// the outlet acting in the news
		{"Trump sued the ⟦BBC⟧ for $10bn over the edit.", false},
		{"The ⟦BBC⟧ chairman resigned on Sunday.", false},
		{"Regulators fined ⟦Fox News⟧ over the broadcast.", false},
		{"A lawsuit against the ⟦BBC⟧ was filed in Florida.", false},
		// Japanese forms
		{"⟦読売新聞⟧によると、7日に噴火した。", true},
		{"⟦読売新聞⟧によれば、局長は謝罪した。", true},
		{"⟦NHK⟧の報道では、3人が負傷した。", true},
		{"⟦産経新聞⟧が報じた。", true},
		{"地震があったと⟦CNN⟧が26日報じた。", true},
		{"⟦朝日新聞⟧（電子版）が伝えた。", true},
		{"死去したと⟦AP通信⟧などが伝えた。", true},
		{"ウクライナ軍は⟦NHK⟧の取材に対して答えた。", true},
		{"⟦ロイター⟧報道によると、会談は延期された。", true},
		{"東京（⟦ロイター⟧） - 日経平均は続落した。", true},
		{"写真：⟦ロイター⟧", true},
		{"⟦CNN⟧やウィキペディアによると、噴火は続いている。", true},
		{"⟦ロシア⟧やウクライナによると", true},
		{"⟦朝日新聞社⟧は社長の辞任を発表した。", false},
		{"政府は⟦NHK⟧に対して受信料の見直しを求めた。", false},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, "⟦")
		end := strings.Index(tt.text, "⟧")
		text := tt.text[:start] + tt.text[start+len("⟦"):end] + tt.text[end+len("⟧"):]
		m := Mention{Start: start, End: end - len("⟦"), Type: Organization}
		m.Text = text[m.Start:m.End]
		got := Attributions(text, []Mention{m})[0]
		if got != tt.cited {
			t.Errorf("%s: cited = %v, want %v", tt.text, got, tt.cited)
		}
	}
}

func TestSourceRole(t *testing.T) {
	tests := []struct {
		outlet               bool
		mentions, attributed int
		want                 Role
	}{
		{true, 10, 10, Source},
		{true, 9, 3, Source},   // a third cite it
		{true, 10, 2, Actor},   // mostly named as a party to the news
		{true, 10, 0, Actor},   // never cited
		{false, 10, 10, Actor}, // "according to the Pentagon": not an outlet
	}
	for _, tt := range tests {
		if got := SourceRole(tt.outlet, tt.mentions, tt.attributed); got != tt.want {
			t.Errorf("SourceRole(%v, %d, %d) = %s, want %s", tt.outlet, tt.mentions, tt.attributed, got, tt.want)
		}
	}
}
