//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// The tests in this file are the hostile cases of issue 22: chronograph
// must never damage what the user has — the file or device an output names,
// an input, a file's permissions — and must tell the truth about what it did.

// newsInput writes a small news file into dir and returns its path.
func newsInput(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "news.txt")
	if err := os.WriteFile(p, []byte("On February 7, 2025 Alice Smith met Bob Jones in Paris.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkJSON fails unless b is a complete extract result.
func checkJSON(t *testing.T, b []byte) {
	t.Helper()
	var res struct{ Documents []any }
	if err := json.Unmarshal(b, &res); err != nil || len(res.Documents) != 1 {
		t.Errorf("output is not a complete extract (%v): %.200q", err, b)
	}
}

// TestOutputIntoFIFO: -o naming a named pipe writes into the pipe, which
// stays a pipe (it was replaced by a regular file, and the reader got
// nothing).
func TestOutputIntoFIFO(t *testing.T) {
	dir := t.TempDir()
	in := newsInput(t, dir)
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	got := make(chan []byte, 1)
	go func() {
		f, err := os.Open(fifo) // blocks until the writer opens it
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- b
	}()
	code, _, stderr := runCLI(t, "extract", "-q", "-o", fifo, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe is gone: %v %v", info.Mode(), err)
	}
	checkJSON(t, <-got)
}

// TestOutputIntoDevice: -o naming a device node writes through it and
// leaves the node in place (as root, -o /dev/null made /dev/null a regular
// file). The node is a null device made in a temporary folder, so that a
// regression cannot damage the machine's own.
func TestOutputIntoDevice(t *testing.T) {
	dir := t.TempDir()
	in := newsInput(t, dir)
	null := filepath.Join(dir, "null")
	if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Skip("cannot make a device node here (not root):", err)
	}
	code, _, stderr := runCLI(t, "extract", "-q", "-o", null, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, err := os.Lstat(null); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("the device node was replaced: %v %v", info.Mode(), err)
	}
}

// TestOutputIntoOpenDescriptor: -o /dev/fd/N (as /dev/stdout is) writes to
// what the descriptor is open on — here a pipe — instead of failing or
// renaming a file over the link.
func TestOutputIntoOpenDescriptor(t *testing.T) {
	in := newsInput(t, t.TempDir())
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	path := "/dev/fd/" + strconv.Itoa(int(w.Fd()))
	if _, err := os.Stat(path); err != nil {
		w.Close()
		t.Skip("no /dev/fd here:", err)
	}
	got := make(chan []byte, 1)
	go func() { b, _ := io.ReadAll(r); got <- b }()
	code, _, stderr := runCLI(t, "extract", "-q", "-o", path, in)
	w.Close()
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	checkJSON(t, <-got)
}

// TestOutputThroughSymlink: -o naming a symbolic link replaces the file the
// link points to, and the link stays (the link itself was replaced, its
// target left stale). A dangling link gets its target created.
func TestOutputThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	in := newsInput(t, dir)
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(sub, "out.json")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	dangling := filepath.Join(dir, "dangling.json")
	for l, to := range map[string]string{link: "sub/out.json", dangling: "sub/new.json"} {
		if err := os.Symlink(to, l); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	for l, target := range map[string]string{link: target, dangling: filepath.Join(sub, "new.json")} {
		code, _, stderr := runCLI(t, "extract", "-q", "-o", l, in)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if info, err := os.Lstat(l); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link: %v %v", l, info.Mode(), err)
		}
		b, err := os.ReadFile(target)
		if err != nil {
			t.Fatal(err)
		}
		checkJSON(t, b)
	}
	entries, _ := os.ReadDir(sub)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

// TestOutputIsAnInput: -o naming an input — the file itself, a link to it,
// or a file inside an input folder — is refused before anything is read,
// and the input is left as it was.
func TestOutputIsAnInput(t *testing.T) {
	dir := t.TempDir()
	in := newsInput(t, dir)
	before, _ := os.ReadFile(in)
	link := filepath.Join(t.TempDir(), "link.txt")
	if err := os.Symlink(in, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"the input file", []string{"extract", "-o", in, in}},
		{"a link to it", []string{"extract", "-o", link, in}},
		{"a file of the input folder", []string{"extract", "-o", in, dir}},
		{"report", []string{"report", "-o", in, dir}},
		{"graph", []string{"graph", "-o", in, in}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(t, tt.args...)
			if code != 1 || !strings.Contains(stderr, "is an input") || strings.Contains(stderr, "document") {
				t.Errorf("exit %d, stderr %q; want 1 saying -o names an input, before reading", code, stderr)
			}
			if after, _ := os.ReadFile(in); !bytes.Equal(after, before) {
				t.Errorf("the input was overwritten: %.100q", after)
			}
		})
	}
}

// TestOutputPermissions: a file replaced keeps its permissions (a 0600 file
// holding evidence became 0644), and a new file gets 0666 less the umask.
func TestOutputPermissions(t *testing.T) {
	dir := t.TempDir()
	in := newsInput(t, dir)
	private := filepath.Join(dir, "private.json")
	if err := os.WriteFile(private, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(private, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "extract", "-q", "-o", private, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, err := os.Stat(private); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("replaced file has mode %v (%v), want 0600", info.Mode().Perm(), err)
	}
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	fresh := filepath.Join(dir, "fresh.json")
	if code, _, stderr := runCLI(t, "extract", "-q", "-o", fresh, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, err := os.Stat(fresh); err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("new file under umask 077 has mode %v (%v), want 0600", info.Mode().Perm(), err)
	}
	syscall.Umask(0o002)
	shared := filepath.Join(dir, "shared.json")
	if code, _, stderr := runCLI(t, "extract", "-q", "-o", shared, in); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if info, err := os.Stat(shared); err != nil || info.Mode().Perm() != 0o664 {
		t.Errorf("new file under umask 002 has mode %v (%v), want 0664", info.Mode().Perm(), err)
	}
}

// TestFileNamesCannotDriveTheTerminal: a file name holding escape
// sequences (set the window title, erase the line) reaches stderr escaped,
// in the skip note and in the error when nothing is read.
func TestFileNamesCannotDriveTheTerminal(t *testing.T) {
	dir := t.TempDir()
	name := "x\x1b]0;pwned\x07\x1b[2K\r\u202e.pdf"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("%PDF-1.7"), 0o644); err != nil {
		t.Skip("this file system refuses such names:", err)
	}
	for _, args := range [][]string{{"extract", dir}, {"extract", "-q", filepath.Join(dir, name)}} {
		_, _, stderr := runCLI(t, args...)
		if strings.ContainsAny(stderr, "\x1b\x07\r\u202e") {
			t.Errorf("raw control characters on stderr: %q", stderr)
		}
		if !strings.Contains(stderr, `x\x1b]0;pwned\x07`) {
			t.Errorf("stderr %q does not name the file, escaped", stderr)
		}
	}
}

// TestOwnOutputsNotRead: the report written into the folder of its inputs,
// and an extract JSON left there, are passed over on the next run — not
// read as news, and no failure under --strict.
func TestOwnOutputsNotRead(t *testing.T) {
	dir := t.TempDir()
	newsInput(t, dir)
	report := filepath.Join(dir, "report.html")
	if code, _, stderr := runCLI(t, "report", "-q", "-o", report, dir); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, out, stderr := runCLI(t, "extract", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "out.json"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	var res timeline.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res.Documents) != 1 {
		t.Errorf("the report was read as a document: %v %+v", err, res.Documents)
	}
	code, _, stderr = runCLI(t, "report", "--strict", "-o", report, dir)
	if code != 0 || !strings.Contains(stderr, "own output") {
		t.Errorf("exit %d, stderr %q; want 0 and the outputs passed over", code, stderr)
	}
}

// TestStrictCounts: --strict counts the files not read and those read in
// part apart, and no file passed over on purpose (a folder's notes).
func TestStrictCounts(t *testing.T) {
	dir := t.TempDir()
	newsInput(t, dir)
	files := map[string]string{
		"b.pdf":     "%PDF-1.7",
		"c.jsonl":   "{\"text\": \"Alice Smith met Bob Jones in Paris.\"}\nnot json\n",
		"README.md": "This folder holds the news of the week.",
	}
	for n, body := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runCLI(t, "extract", "--strict", dir)
	if code != 1 || !strings.Contains(stderr, "1 input file skipped, 1 input file read only in part (--strict)") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	os.Remove(filepath.Join(dir, "b.pdf"))
	os.Remove(filepath.Join(dir, "c.jsonl"))
	if code, _, stderr := runCLI(t, "extract", "--strict", dir); code != 0 {
		t.Errorf("with only a README passed over: exit %d, stderr %q", code, stderr)
	}
}

// TestFlagValuesChecked: negative counts and sizes, and dates whose year
// has not four digits, are usage errors (they were taken silently: -j -1,
// --max-doc-bytes -5 removed the memory limit, --date 0001-01-01 was
// ignored), and a date near 9999 resolves no five-digit year.
func TestFlagValuesChecked(t *testing.T) {
	in := newsInput(t, t.TempDir())
	for _, args := range [][]string{
		{"extract", "-j", "-1", in},
		{"extract", "--max-doc-bytes", "-5", in},
		{"extract", "--evidence", "-1", in},
		{"graph", "-j", "-2", in},
		{"report", "--top", "-1", in},
		{"report", "--min-weight", "-1", in},
		{"report", "--lanes", "-3", in},
		{"extract", "--date", "0001-01-01", in},
		{"extract", "--date", "0999-12-31", in},
	} {
		code, _, stderr := runCLI(t, args...)
		if code != 2 || !strings.Contains(stderr, args[len(args)-3]) || strings.Contains(stderr, "document") {
			t.Errorf("%v: exit %d, stderr %q; want 2 naming the flag, before reading", args, code, stderr)
		}
	}
	dir := t.TempDir()
	next := filepath.Join(dir, "next.txt")
	if err := os.WriteFile(next, []byte("Alice Smith will meet Bob Jones in Paris next year.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "extract", "-q", "--date", "9999-12-31", next)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res timeline.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	for _, x := range res.Timexes {
		if strings.HasPrefix(x.Value, "10000") {
			t.Errorf("timex %q resolved to %s", x.Text, x.Value)
		}
	}
}

// TestReportFromPipe: a named pipe given to report (as a shell's <(command)
// is) is read once, and the evidence shown is the sentence analysed. The
// report once read its inputs a second time for the evidence, which waited
// forever on the pipe: should that come back, this test hangs until the
// test binary's timeout (a writer serving a second reader would race with
// the first read's end of file).
func TestReportFromPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	go func() {
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			f.WriteString("On February 7, 2025 Keith Kellogg met Mark Rutte in Brussels.\n")
			f.Close()
		}
	}()
	out := filepath.Join(dir, "report.html")
	code, _, stderr := runCLI(t, "report", "-q", "-o", out, fifo)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var data struct {
		Edges []struct {
			Ev []json.RawMessage `json:"ev"`
		} `json:"edges"`
	}
	const open = `<script type="application/json" id="chronograph-data">`
	i := bytes.Index(page, []byte(open))
	end := bytes.Index(page[max(i, 0):], []byte("</script>"))
	if i < 0 || end < 0 || json.Unmarshal(page[i+len(open):i+end], &data) != nil {
		t.Fatal("no data block in the report")
	}
	if len(data.Edges) == 0 || !bytes.Contains(page, []byte("Keith Kellogg met Mark Rutte in Brussels.")) {
		t.Errorf("no edges, or the sentence analysed is not in the report")
	}
	for _, e := range data.Edges {
		if len(e.Ev) == 0 {
			t.Errorf("an edge without evidence")
		}
	}
}

// TestEvidenceMatchesSource: every evidence and event source is the text at
// its offsets in its document — also when two JSON-lines records share an
// id (one record's sentences were evidence for the other's edge).
func TestEvidenceMatchesSource(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "dup.jsonl")
	lines := `{"id": "x", "published": "2025-02-07", "text": "Keith Kellogg met Mark Rutte in Brussels on Friday."}
{"id": "x", "published": "2025-02-08", "text": "On Saturday, Mark Rutte and Keith Kellogg flew to Kyiv with Olaf Scholz."}
`
	if err := os.WriteFile(in, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "extract", "-q", "--with-text", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res timeline.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	text := map[string]string{}
	for _, d := range res.Documents {
		if _, dup := text[d.ID]; dup {
			t.Errorf("two documents share the id %s", d.ID)
		}
		text[d.ID] = d.Text
	}
	check := func(what string, s timeline.Source) {
		d := text[s.Doc]
		if s.End > len(d) || s.Start > s.End || s.Text != "" && d[s.Start:s.End] != s.Text {
			t.Errorf("%s: %q is not at %d-%d of %s", what, s.Text, s.Start, s.End, s.Doc)
		}
	}
	for _, e := range res.Edges {
		for _, s := range e.Evidence {
			check("edge "+e.Source+"-"+e.Target, s)
		}
	}
	for _, ev := range res.Events {
		for _, s := range ev.Sources {
			check("event "+ev.ID, s)
		}
	}
}

// TestInputOrder: naming the same inputs in another order gives the same
// documents, mentions, events and evidence.
func TestInputOrder(t *testing.T) {
	dir := t.TempDir()
	texts := []string{
		"On February 7, 2025 Keith Kellogg met Mark Rutte in Brussels.\n",
		"Mark Rutte and Keith Kellogg met again in Brussels on February 7, 2025.\n",
		"Olaf Scholz called Mark Rutte from Berlin on February 8, 2025.\n",
	}
	var names []string
	for i, s := range texts {
		p := filepath.Join(dir, fmt.Sprintf("%c.txt", 'a'+i))
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}
	var results [2]timeline.Result
	for i, order := range [][]string{names, {names[2], names[0], names[1]}} {
		code, out, stderr := runCLI(t, append([]string{"extract", "-q"}, order...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		if err := json.Unmarshal([]byte(out), &results[i]); err != nil {
			t.Fatal(err)
		}
		results[i].Inputs = nil // listed as named
	}
	a, _ := json.Marshal(results[0])
	b, _ := json.Marshal(results[1])
	if !bytes.Equal(a, b) {
		t.Errorf("the order of the inputs changed the result:\n%s\n%s", a, b)
	}
}

// TestRecordIdsCannotDriveTheTerminal: a JSON-lines id holding escape
// sequences, named on stderr as an undated document, is escaped there.
func TestRecordIdsCannotDriveTheTerminal(t *testing.T) {
	in := filepath.Join(t.TempDir(), "ids.jsonl")
	if err := os.WriteFile(in, []byte(`{"id": "x\u001b]0;pwned\u0007", "text": "Alice Smith met Bob Jones in Paris last week."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, stderr := runCLI(t, "extract", in)
	if strings.ContainsAny(stderr, "\x1b\x07") || !strings.Contains(stderr, `x\x1b]0;pwned\x07`) {
		t.Errorf("stderr %q: the id is not escaped", stderr)
	}
}
