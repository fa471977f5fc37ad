package translit

import "testing"

func TestRomanize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ゼレンスキー", "zerensukii"},
		{"ケロッグ", "keroggu"},
		{"ルッテ", "rutte"},
		{"ヴァンス", "vansu"},
		{"ティム", "timu"},
		{"ディズニー", "dizunii"},
		{"ファーガソン", "faagason"},
		{"ウィリアム", "wiriamu"},
		{"ウォーカー", "wookaa"},
		{"チェコ", "cheko"},
		{"ジェームズ", "jeemuzu"},
		{"シャルル", "sharuru"},
		{"キャメロン", "kyameron"},
		{"マッチ", "matchi"},
		{"トゥール", "tuuru"},
		{"デュポン", "dyupon"},
		{"イェール", "yeeru"},
		{"マイク・ベンツ", "maiku bentsu"},
		{"とうきょう", "toukyou"}, // hiragana is read as katakana
		{"ツァーリ", "tsaari"},
	}
	for _, tt := range tests {
		if got := Romanize(tt.in); got != tt.want {
			t.Errorf("Romanize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsKatakana(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"ゼレンスキー", true},
		{"マイク・ベンツ", true},
		{"ー", false},
		{"トランプ氏", false},
		{"Trump", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsKatakana(tt.in); got != tt.want {
			t.Errorf("IsKatakana(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// The right English spelling must be closer than a plausible wrong one.
func TestDistanceRanks(t *testing.T) {
	tests := []struct{ ja, right, wrong string }{
		{"ケロッグ", "Kellogg", "Keller"},
		{"ゼレンスキー", "Zelensky", "Zaluzhny"},
		{"ゼレンスキー", "Zelenskyy", "Selenski Street"},
		{"ルッテ", "Rutte", "Root"},
		{"トランプ", "Trump", "Trimble"},
		{"ヴァンス", "Vance", "Evans"},
		{"バンス", "Vance", "Banks"},
		{"ウォルツ", "Waltz", "Walters"},
		{"スミス", "Smith", "Smit Patel"},
		{"ウォーカー", "Walker", "Walken"},
		{"ターナー", "Turner", "Tina"},
		{"フィリップス", "Phillips", "Philips Electronics"},
		{"ジョンソン", "Johnson", "Jonsson Group"},
		{"マイク・ベンツ", "Mike Benz", "Mike Pence"},
		{"ヘグセス", "Hegseth", "Hess"},
		{"ミレイ", "Milei", "Miller"},
	}
	for _, tt := range tests {
		r, w := Distance(tt.ja, tt.right), Distance(tt.ja, tt.wrong)
		if r >= w {
			t.Errorf("Distance(%s, %s) = %.3f, not below Distance(%s, %s) = %.3f", tt.ja, tt.right, r, tt.ja, tt.wrong, w)
		}
	}
}

func TestDistanceScale(t *testing.T) {
	tests := []struct {
		a, b     string
		max, min float64
	}{
		{"ケロッグ", "Kellogg", 0.15, 0},
		{"ゼレンスキー", "Zelensky", 0.15, 0},
		{"ルッテ", "Rutte", 0.15, 0},
		{"Kellogg", "ケロッグ", 0.15, 0}, // either order
		{"トレツク", "Toretsk", 0.2, 0},
		{"プーチン", "Putin", 0.15, 0},
		{"ゼレンスキー", "Putin", 10, 0.4},
		{"ケロッグ", "Rubio", 10, 0.4},
	}
	for _, tt := range tests {
		if d := Distance(tt.a, tt.b); d > tt.max || d < tt.min {
			t.Errorf("Distance(%s, %s) = %.3f, want in [%.2f, %.2f]", tt.a, tt.b, d, tt.min, tt.max)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kellogg", "kerog"},
		{"ケロッグ", "kerogu"},
		{"Zelensky", "zerenski"},
		{"Thomas", "somas"},
		{"Turner", "tErnEr"},
		{"Philipp", "firip"},
		{"Schmidt", "Smidt"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkDistance(b *testing.B) {
	for b.Loop() {
		Distance("ゼレンスキー", "Zelenskyy")
	}
}
