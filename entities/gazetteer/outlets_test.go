package gazetteer

import "testing"

func TestIsOutlet(t *testing.T) {
	g := Default()
	tests := []struct {
		name string
		want bool
	}{
		{"Reuters", true},             // gazetteer media entry
		{"ロイター通信", true},              // its Japanese name
		{"Süddeutsche Zeitung", true}, // outlet list
		{"Frankfurter Allgemeine Zeitung", true},
		{"朝日新聞社", true},     // gazetteer media entry, company form
		{"北海道新聞", true},     // shape: ends with 新聞
		{"時事通信社", true},     // shape and entry
		{"Kyiv Post", true}, // shape: capitalised word + Post
		{"The Japan Times", true},
		{"Fox News", true},
		{"新聞", false}, // the head alone
		{"News", false},
		{"Signpost", false},
		{"Pentagon", false},
		{"Kremlin", false},
		{"Vladimir Putin", false},
		{"ウクライナ", false},
		{"Toyota", false},
	}
	for _, tt := range tests {
		if got := g.IsOutlet(tt.name); got != tt.want {
			t.Errorf("IsOutlet(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
