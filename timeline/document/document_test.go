package document

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func readAll(t *testing.T, opts Options, inputs ...string) ([]Document, []FileStatus) {
	t.Helper()
	var docs []Document
	st, err := Read(inputs, strings.NewReader(""), opts, func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs, st
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestPostsCompilation(t *testing.T) {
	docs, st := readAll(t, Options{}, "testdata/posts.txt")
	if len(docs) != 2 || st[0].Documents != 2 {
		t.Fatalf("got %d documents (status %+v), want 2: the third post repeats the first", len(docs), st)
	}
	tests := []struct {
		author, date, first, last string
	}{
		{"北海ニュース (@hokkai_news)", "2025-03-03", "【速報】港湾都市で停電", "続いています。"},
		{"Harbor Times (@harbortimes)", "2025-03-02", "Minister visits", "on Sunday."},
	}
	for i, tt := range tests {
		d := docs[i]
		if d.Author != tt.author || d.Published != date(tt.date) || d.DateSource != "signature" {
			t.Errorf("post %d: author %q date %v (%s), want %q %s", i, d.Author, d.Published, d.DateSource, tt.author, tt.date)
		}
		if !strings.HasPrefix(d.Text, tt.first) || !strings.HasSuffix(d.Text, tt.last) {
			t.Errorf("post %d text = %q", i, d.Text)
		}
		if len(d.Skip) != 1 || !strings.HasPrefix(d.Text[d.Skip[0].Start:d.Skip[0].End], "— ") {
			t.Errorf("post %d: signature not skipped: %+v", i, d.Skip)
		}
	}
}

func TestDatedHeadings(t *testing.T) {
	parse := func(s string) (time.Time, bool) { // a stand-in for the timex parser
		if strings.Contains(s, "2025年1月9日") {
			return date("2025-01-09"), true
		}
		return time.Time{}, false
	}
	docs, _ := readAll(t, Options{ParseDate: parse}, "testdata/related.txt")
	d := docs[0]
	if !d.Published.IsZero() {
		t.Errorf("article dated %v, want undated", d.Published)
	}
	snow := strings.Index(d.Text, "9日朝")
	if got, anchored := d.DateAt(snow); got != date("2025-01-09") || !anchored {
		t.Errorf("DateAt(post) = %v %v, want 2025-01-09 from the heading", got, anchored)
	}
	if got, _ := d.DateAt(strings.Index(d.Text, "Delegates")); !got.IsZero() {
		t.Errorf("DateAt(article) = %v, want undated", got)
	}
}

func TestDateFlagFillsOnlyUndated(t *testing.T) {
	docs, _ := readAll(t, Options{Date: date("2025-05-01")}, "testdata/posts.txt", "testdata/related.txt")
	if docs[0].DateSource != "signature" || docs[2].Published != date("2025-05-01") || docs[2].DateSource != "flag" {
		t.Errorf("dates: %v %s / %v %s", docs[0].Published, docs[0].DateSource, docs[2].Published, docs[2].DateSource)
	}
}

func TestHTML(t *testing.T) {
	docs, _ := readAll(t, Options{}, "testdata/page.html")
	d := docs[0]
	if d.Title != "Envoy meets ministers in Oslo" || d.Published != date("2025-03-04") || d.DateSource != "metadata" {
		t.Errorf("title %q date %v %s", d.Title, d.Published, d.DateSource)
	}
	if strings.Contains(d.Text, "tracking") || strings.Contains(d.Text, "Contact us") {
		t.Errorf("text holds page furniture: %q", d.Text)
	}
	if !strings.Contains(d.Text, "recent weeks.\n\nOfficials said") {
		t.Errorf("paragraphs not kept apart: %q", d.Text)
	}
}

func TestJSONLines(t *testing.T) {
	docs, st := readAll(t, Options{}, "testdata/records.jsonl")
	if len(docs) != 3 || st[0].Documents != 3 {
		t.Fatalf("got %d documents (status %+v), want 3: bad lines are skipped, the rest read", len(docs), st)
	}
	if docs[0].ID != "a1" || docs[0].Published != date("2025-02-07") || docs[0].Title != "Council" {
		t.Errorf("first record: %+v", docs[0])
	}
	if want := filepath.Join("testdata", "records.jsonl") + "#3"; docs[1].ID != want || docs[1].Lang != "ja" {
		t.Errorf("second record id %q lang %q, want %q ja", docs[1].ID, docs[1].Lang, want)
	}
	if docs[2].ID != "12345678901" {
		t.Errorf("numeric id read as %q", docs[2].ID)
	}
	for _, want := range []string{"1 line that is not a JSON object: 4 (fix or remove it)", "1 line without a \"text\" string: 6"} {
		if !strings.Contains(st[0].Skipped, want) {
			t.Errorf("status %q should say %q", st[0].Skipped, want)
		}
	}
}

func TestSkips(t *testing.T) {
	_, st := readAll(t, Options{}, "testdata")
	reasons := map[string]string{}
	for _, s := range st {
		reasons[filepath.Base(s.Path)] = s.Skipped
	}
	for file, want := range map[string]string{"binary.txt": "binary", "empty.txt": "empty", "notes.pdf": "unsupported"} {
		if !strings.Contains(reasons[file], want) {
			t.Errorf("%s: skipped %q, want %q", file, reasons[file], want)
		}
	}
	if reasons["posts.txt"] != "" {
		t.Errorf("posts.txt skipped: %q", reasons["posts.txt"])
	}
}

func TestBlockText(t *testing.T) {
	for _, c := range []struct{ html, want string }{
		{`<p><a href="/George">George</a> looks into his mailbox.</p>`, "George looks into his mailbox."},
		{`<p>Asked by <b>Penny</b>, she said <i>no</i>.</p>`, "Asked by Penny, she said no."},
		{`<p>Line<br>next</p>`, "Line\nnext"},
		{`<table><tr><th>Name</th><th>Role</th></tr><tr><td>Pam</td><td>Mother</td></tr></table>`, "Name Role\n\nPam Mother"},
		{`<p>re<b>mark</b>able</p>`, "remarkable"},
	} {
		root, err := html.Parse(strings.NewReader(c.html))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		blockText(&b, root)
		if got := strings.TrimSpace(collapseBlankLines(b.String())); got != c.want {
			t.Errorf("%s: got %q, want %q", c.html, got, c.want)
		}
	}
}
