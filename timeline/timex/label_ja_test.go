package timex

import "testing"

func TestLabelJapanese(t *testing.T) {
	tests := []struct{ value, want string }{
		{"2026-07-05", "2026年7月5日"},
		{"2026-07", "2026年7月"},
		{"2026", "2026年"},
		{"2026-W27", "2026年第27週"},
		{"2026-W27-WE", "2026年7月4日〜5日の週末"},
		{"2026-W31-WE", "2026年8月1日〜2日の週末"},
		{"2020-W53-WE", "2021年1月2日〜3日の週末"},
		{"2025-Q3", "2025年第3四半期"},
		{"2026-H1", "2026年上半期"},
		{"2026-SU", "2026年夏"},
		{"199", "1990年代"},
		{"20", "21世紀"},
		{"2006-09-19TNI", "2006年9月19日（夜）"},
		{"2006-09-19T15:00Z", "2006年9月19日 15:00 UTC"},
		{"XXXX-XX-XXT15:00", "15:00"},
		{"XXXX-02-07", "2月7日（年不明）"},
		{"P3Y", "3年"},
		{"P10D", "10日間"},
		{"PXY", "数年"},
		{"FUTURE_REF", "将来"},
		{"", ""},
		{"junk", "junk"},
	}
	for _, tt := range tests {
		if got := LabelIn(tt.value, "ja"); got != tt.want {
			t.Errorf("LabelIn(%q, ja) = %q, want %q", tt.value, got, tt.want)
		}
	}
	if got := LabelIn("2026-07-05", "en"); got != Label("2026-07-05") {
		t.Errorf("LabelIn(en) = %q, want Label's %q", got, Label("2026-07-05"))
	}
}
