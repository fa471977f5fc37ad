package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadOutputFailsBeforeWork checks that an -o that cannot be written
// fails at once, before the inputs are read, with a message that names the
// output and says what to do, and exit code 1 like any other failure.
func TestBadOutputFailsBeforeWork(t *testing.T) {
	dir := t.TempDir()
	input := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(input, []byte("On February 7, 2025 Alice Smith met Bob Jones in Paris.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing", "sub")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"report into a missing folder", []string{"report", "-o", filepath.Join(missing, "r.html"), input},
			"cannot write " + filepath.Join(missing, "r.html") + ": folder " + missing + " does not exist; create it (mkdir -p " + missing + ") or choose another -o"},
		{"extract into a missing folder", []string{"extract", "-o", filepath.Join(missing, "x.json"), input},
			"folder " + missing + " does not exist"},
		{"graph into a missing folder", []string{"graph", "-o", filepath.Join(missing, "g.graphml"), input},
			"folder " + missing + " does not exist"},
		{"report onto a folder", []string{"report", "-o", dir, input},
			"cannot write " + dir + ": it is a folder; name a file in it, such as -o " + filepath.Join(dir, "report.html")},
		{"report under a file", []string{"report", "-o", filepath.Join(file, "r.html"), input},
			file + " is a file, not a folder; choose another -o"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tt.args...)
			if code != 1 || !strings.Contains(stderr, tt.want) || stdout != "" {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, tt.want)
			}
			if strings.Contains(stderr, "document") || strings.Contains(stderr, ".tmp-") || strings.Contains(stderr, ".probe-") {
				t.Errorf("stderr %q: the inputs were read, or a temporary file is named", stderr)
			}
		})
	}
	// A good -o leaves no probe behind.
	out := filepath.Join(dir, "ok.json")
	if code, _, stderr := runCLI(t, "extract", "-q", "-o", out, input); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".probe-") || strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestCheckOutputStdout(t *testing.T) {
	for _, p := range []string{"", "-"} {
		if err := checkOutput(p, "x", nil); err != nil {
			t.Errorf("checkOutput(%q) = %v, want nil: standard output", p, err)
		}
	}
}
