package segment

import (
	"reflect"
	"testing"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two english sentences", "The envoy arrived in Warsaw. He met the prime minister.",
			[]string{"The envoy arrived in Warsaw.", "He met the prime minister."}},
		{"titles and initials", "Lt. Gen. Marcus R. Hale spoke to Mr. Ito on Tuesday. Talks ended.",
			[]string{"Lt. Gen. Marcus R. Hale spoke to Mr. Ito on Tuesday.", "Talks ended."}},
		{"U.S. inside and at the end", "The U.S. envoy left. Aid came from the U.S. Officials said so.",
			[]string{"The U.S. envoy left.", "Aid came from the U.S. Officials said so."}},
		{"decimal and domain", "Growth was 3.5 percent, says example.com today.",
			[]string{"Growth was 3.5 percent, says example.com today."}},
		{"quote closes the sentence", "He said: ‘We will not yield.’ The talks resumed.",
			[]string{"He said: ‘We will not yield.’", "The talks resumed."}},
		{"headline line without a period", "Ministers meet in Oslo\n\nThe talks began on Monday.",
			[]string{"Ministers meet in Oslo", "The talks began on Monday."}},
		{"wrapped english line", "The minister said the talks\nwould resume next week.",
			[]string{"The minister said the talks\nwould resume next week."}},
		{"japanese", "外相は10日、ソウルを訪れた。会談は２時間に及んだ！次は来月だ",
			[]string{"外相は10日、ソウルを訪れた。", "会談は２時間に及んだ！", "次は来月だ"}},
		{"japanese quote", "首相は「協議を続ける。」と述べた。記者団に語った。",
			[]string{"首相は「協議を続ける。」と述べた。", "記者団に語った。"}},
		{"japanese lines", "【速報】港で火災\n消防が出動した",
			[]string{"【速報】港で火災", "消防が出動した"}},
		{"question and exclamation", "Will they agree? Nobody knows! Wait and see.",
			[]string{"Will they agree?", "Nobody knows!", "Wait and see."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestLang(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The ministers met in Oslo.", "en"},
		{"NATOの国防相会合が開かれた。", "ja"},
		{"北大西洋条約機構", "ja"},
		{"Café Zürich opened.", "en"},
		{"2025 👍 !!", "und"},
		{"https://t.co/abc", "en"},
	}
	for _, tt := range tests {
		if got := Lang(tt.text); got != tt.want {
			t.Errorf("Lang(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
