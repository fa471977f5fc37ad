package store

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// TestEventJSON checks that eventJSON writes the fields of an event's
// signature as encoding/json writes them as a list, byte for byte: a
// signature that changed would make the next finish rewrite every event as
// changed.
func TestEventJSON(t *testing.T) {
	strs := []string{"", "2025-02-03", "day", "on Tuesday", "2月3日", "トランプ氏", "a\"b", `a\b`, "<b>", "a&b", "tab\there",
		"nl\n", "\x00", "\x7f", "\xff", "ok\xe2\x80", "line\u2028sep", "para\u2029", "é", "\U0001F600", "ev-0123456789ab",
		"北\xe3\x81", "\xed\xa0\x80", "person/ウォロディミル・ゼレンスキー"}
	r := rand.New(rand.NewPCG(1, 2))
	str := func() string {
		if r.IntN(3) > 0 {
			return strs[r.IntN(len(strs))]
		}
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = byte(r.IntN(256))
			if r.IntN(2) == 0 {
				b[i] = byte(0x20 + r.IntN(0x60))
			}
		}
		return string(b)
	}
	list := func() []string {
		switch r.IntN(4) {
		case 0:
			return nil
		case 1:
			return []string{}
		}
		l := make([]string, 1+r.IntN(3))
		for i := range l {
			l[i] = str()
		}
		return l
	}
	for range 3000 {
		ev := timeline.Event{Date: str(), Granularity: str(), DateText: str(), Anchor: str(), Reports: r.IntN(5) - 1,
			Languages: list(), FirstReported: str(), Entities: list()}
		text := r.Int64() - r.Int64()
		var reports []int64
		if r.IntN(4) > 0 {
			reports = make([]int64, r.IntN(4))
			for i := range reports {
				reports[i] = r.Int64() - r.Int64()
			}
		}
		want, err := json.Marshal([]any{ev.Date, ev.Granularity, ev.DateText, ev.Anchor, text, ev.Reports, ev.Languages,
			ev.FirstReported, ev.Entities, reports})
		if err != nil {
			t.Fatal(err)
		}
		if got := eventJSON(nil, &ev, text, reports); string(got) != string(want) {
			t.Errorf("eventJSON(%+v, %d, %d) = %s, want %s", ev, text, reports, got, want)
		}
	}
}
