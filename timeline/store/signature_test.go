package store

import (
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// TestAppendJSON checks that appendJSON writes the fields of an event's
// signature as encoding/json does, byte for byte: a signature that changed
// would make the next finish rewrite every event as changed.
func TestAppendJSON(t *testing.T) {
	strs := []string{"", "2025-02-03", "day", "on Tuesday", "2月3日", "トランプ氏", "a\"b", `a\b`, "<b>", "a&b", "tab\there",
		"nl\n", "\x00", "\x7f", "\xff", "ok\xe2\x80", "line\u2028sep", "para\u2029", "é", "\U0001F600", "ev-0123456789ab"}
	cases := [][]any{
		{"2025-02-03", "day", "3 February", "", int64(42), 1, []string{"en"}, "", []string(nil), []int64{7}},
		{"", "", "", "", int64(-1), 0, []string(nil), "", []string{}, []int64(nil)},
		{int64(-9223372036854775808), int64(9223372036854775807), -5, []int64{}, []any{"x", 1, []string{"y"}}},
		{3.5, true, nil, map[string]int{"a": 1}, []int{1, 2}}, // left to encoding/json
	}
	for _, s := range strs {
		cases = append(cases, []any{s, []string{s, s}})
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = byte(r.IntN(256))
			if r.IntN(2) == 0 {
				b[i] = byte(0x20 + r.IntN(0x60))
			}
		}
		cases = append(cases, []any{string(b), []string{string(b)}, r.Int64()})
	}
	for _, c := range cases {
		want, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSON(nil, c); string(got) != string(want) {
			t.Errorf("appendJSON(%q) = %s, want %s", c, got, want)
		}
	}
}
