package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/chronograph/chronograph/render"
)

// TestReportTop checks that --top sets how many entities the network shows
// at first, and that --top 0 shows them all.
func TestReportTop(t *testing.T) {
	settings := regexp.MustCompile(`"settings":\{[^}]*"topNodes":(\d+)`)
	ents := regexp.MustCompile(`"ents":\[(.*?)\],"events"`)
	tests := []struct {
		name string
		args []string
		want int // -1: every entity in the report
	}{
		{"default", nil, 150},
		{"top 3", []string{"--top", "3"}, 3},
		{"top 12", []string{"--top=12"}, 12},
		{"top 0 is all", []string{"--top", "0"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "r.html")
			args := append([]string{"report", "-q", "-o", out}, tt.args...)
			if code, _, stderr := runCLI(t, append(args, "../../testdata/corpus")...); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			page, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			m := settings.FindSubmatch(page)
			if m == nil {
				t.Fatal("no network settings in the report")
			}
			got, _ := strconv.Atoi(string(m[1]))
			want := tt.want
			if want < 0 {
				e := ents.FindSubmatch(page)
				if e == nil {
					t.Fatal("no entities in the report")
				}
				want = len(regexp.MustCompile(`\{"id":`).FindAll(e[1], -1))
				if want == 0 || want == render.DefaultTopNodes {
					t.Fatalf("the sample corpus has %d entities: cannot tell --top 0 from the renderer's default", want)
				}
			}
			if got != want {
				t.Errorf("topNodes = %d, want %d", got, want)
			}
		})
	}
}
