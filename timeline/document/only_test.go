package document

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestNewSources(t *testing.T) {
	tests := []struct {
		sources []string
		want    Sources
	}{
		{nil, Sources{}},
		{[]string{"a.txt"}, Sources{"a.txt": true}},
		{[]string{"a.jsonl#3"}, Sources{"a.jsonl": false, "a.jsonl#3": true}},
		{[]string{"a.jsonl#3#2", "a.jsonl#3"}, Sources{"a.jsonl": false, "a.jsonl#3": true, "a.jsonl#3#2": true}},
		{[]string{"a.jsonl#3", "a.jsonl#3#2"}, Sources{"a.jsonl": false, "a.jsonl#3": true, "a.jsonl#3#2": true}},
		{[]string{"x#y/b.txt#part2"}, Sources{"x": false, "x#y/b.txt": false, "x#y/b.txt#part2": true}},
	}
	for _, tt := range tests {
		if got := NewSources(tt.sources); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("NewSources(%q) = %v, want %v", tt.sources, got, tt.want)
		}
	}
}

// TestReadOnly reads a folder again for a few of its documents: only those
// are passed on, files holding none are not opened and JSON lines holding
// none are not decoded (the invalid line 2 is not reported).
func TestReadOnly(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	b := filepath.Join(dir, "b.txt")
	p := filepath.Join(dir, "posts.txt")
	lines := `{"id":"one","text":"First record."}` + "\n" + `{"id": broken` + "\n" + `{"text":"Third record."}` + "\n"
	posts, err := os.ReadFile("testdata/posts.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{a: lines, b: "A plain text file.\n", p: string(posts)} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	all, _ := readAll(t, Options{}, dir)
	var allSources []string
	for _, d := range all {
		allSources = append(allSources, d.Source)
	}
	tests := []struct {
		name      string
		only      []string
		want      []string // sources read
		wantFiles []string // statuses
		wantSkip  string   // a's skip note
	}{
		{"nil reads all", nil, allSources, []string{a, b, p}, "not a JSON object: 2"},
		{"none", []string{}, nil, nil, ""},
		{"one record", []string{a + "#3"}, []string{a + "#3"}, []string{a}, ""},
		{"a text file", []string{b}, []string{b}, []string{b}, ""},
		{"a post", []string{p + "#2"}, []string{p + "#2"}, []string{p}, ""},
		{"the broken line", []string{a + "#2"}, nil, []string{a}, "not a JSON object: 2"},
		{"a file not read", []string{filepath.Join(dir, "c.txt")}, nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{}
			if tt.only != nil {
				opts.Only = NewSources(tt.only)
			}
			docs, st := readAll(t, opts, dir)
			var got, files []string
			for _, d := range docs {
				got = append(got, d.Source)
			}
			skip := ""
			for _, s := range st {
				files = append(files, s.Path)
				if s.Path == a {
					skip = s.Skipped
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("read %q, want %q", got, tt.want)
			}
			if !reflect.DeepEqual(files, tt.wantFiles) {
				t.Errorf("statuses of %q, want %q", files, tt.wantFiles)
			}
			if tt.wantSkip == "" && skip != "" || !strings.Contains(skip, tt.wantSkip) {
				t.Errorf("a.jsonl skipped %q, want %q", skip, tt.wantSkip)
			}
			for _, d := range docs {
				for _, w := range all {
					if w.Source == d.Source && !reflect.DeepEqual(w, d) {
						t.Errorf("%s read again differs: %+v, first %+v", d.Source, d, w)
					}
				}
			}
		})
	}
}
