package document

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// parseLine stands in for timex.ParseDateLine, which this package cannot
// import: a line that is only an ISO date, after an optional label or
// emoji, or "2011年4月7日" with a clock time.
func parseLine(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, p := range []string{"📅", "Published:", "Published On", "Published on", "Updated"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, p))
	}
	if t, err := time.Parse("2006-01-02 15:04", s); err == nil {
		return t, true
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, true
	}
	if t, err := time.Parse("January 2, 2006", s); err == nil {
		return t, true
	}
	if i := strings.Index(s, "日"); i > 0 {
		if t, err := time.Parse("2006年1月2日", s[:i+len("日")]); err == nil && !strings.ContainsAny(s[i:], "はがをにで") {
			return t, true
		}
	}
	return time.Time{}, false
}

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const body = "<p>The ministry said the talks would resume on Wednesday after a week of strikes on the power grid in the east of the country.</p>"

func page(head, bodyTop string) string {
	return "<html><head><meta charset=\"utf-8\"><title>Talks resume after strikes</title>" + head + "</head><body><article><h1>Talks resume after strikes</h1>" +
		bodyTop + body + body + body + "</article></body></html>"
}

func TestPublicationDates(t *testing.T) {
	tests := []struct {
		name, file, content string
		date, source        string
	}{
		{"article:published_time", "a.html", page(`<meta property="article:published_time" content="2025-03-05T23:30:00-05:00">`, ""), "2025-03-05", DateMetadata},
		{"og:published_time", "a.html", page(`<meta property="og:published_time" content="2025-03-05">`, ""), "2025-03-05", DateMetadata},
		{"pubdate", "a.html", page(`<meta name="pubdate" content="20250305">`, ""), "2025-03-05", DateMetadata},
		{"date", "a.html", page(`<meta name="date" content="2025/03/05">`, ""), "2025-03-05", DateMetadata},
		{"DC.date", "a.html", page(`<meta name="DC.date" content="2025-03-05">`, ""), "2025-03-05", DateMetadata},
		{"parsely-pub-date", "a.html", page(`<meta name="parsely-pub-date" content="2025-03-05T10:00:00Z">`, ""), "2025-03-05", DateMetadata},
		{"sailthru.date", "a.html", page(`<meta name="sailthru.date" content="2025-03-05 10:00:00">`, ""), "2025-03-05", DateMetadata},
		{"RSS-style meta", "a.html", page(`<meta name="date" content="Wed, 05 Mar 2025 10:00:00 GMT">`, ""), "2025-03-05", DateMetadata},
		{"JSON-LD", "a.html", page(`<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-03-05T08:00:00+09:00"}]}</script>`, ""), "2025-03-05", DateMetadata},
		{"time pubdate", "a.html", page("", `<time datetime="2024-01-01">related</time><time pubdate datetime="2025-03-05">5 March</time>`), "2025-03-05", DateMetadata},
		{"meta value=", "a.html", page(`<meta value="2025-03-05T10:00:00Z" name="article:published_time">`, ""), "2025-03-05", DateMetadata},
		{"itemprop title", "a.html", page("", `<abbr class="published" itemprop="datePublished" title="2025-03-05T14:33:00-07:00">2:33 PM</abbr>`), "2025-03-05", DateMetadata},
		{"itemprop text", "a.html", page("", `<span class="publishdate" itemprop="datePublished">`+"\nMar 5, 2025\n"+`</span>`), "2025-03-05", DateMetadata},
		{"publish class", "a.html", page("", `<div class="HeaderPublishDate-x1">Mar 5, 2025</div>`), "2025-03-05", DateMetadata},
		{"time", "a.html", page("", `<time datetime="2025-03-05T10:00">5 March</time>`), "2025-03-05", DateMetadata},
		{"emoji date line", "a.html", page("", `<p>📅 2026-06-25 14:41</p>`), "2026-06-25", DateLine},
		{"labelled date line", "a.md", "# Talks resume\n\nBy A Writer\n\nPublished: 2025-03-05\n\n" + strings.Repeat("The talks went on. ", 20), "2025-03-05", DateLine},
		{"Japanese date line", "a.txt", "停戦協議が再開\n2025年3月5日 10:00\n\n協議は5日に再開された。", "2025-03-05", DateLine},
		{"Wikinews opening", "a.txt", "2011年4月7日午後11時32分頃(UTC+9)、宮城県沖で地震があった。", "2011-04-07", DateLine},
		{"under the headline", "a.md", "# site.example\n" + strings.Repeat("Menu item\n", 30) + "Talks resume after strikes\nThe ministry spoke.\nBy A Writer\nPublished On 2025-03-05\n" + strings.Repeat("The talks went on. ", 20), "2025-03-05", DateLine},
		{"label then date", "a.md", "# site.example\n## Page Structure\n- ## Talks resume after strikes\n## Content\n" + strings.Repeat("Menu item\n", 40) +
			"Talks resume after strikes\nBy\nA Writer\nPublished on\n2025-03-05\n" + strings.Repeat("The talks went on. ", 20), "2025-03-05", DateLine},
		{"headline from the URL slug", "a.md", "- **URL**: https://ex.org/news/talks-resume-after-the-strikes\n\n" + strings.Repeat("Menu item\n", 40) +
			"Talks resume after the strikes\nA Writer\n2025-03-05\n" + strings.Repeat("The talks went on. ", 20), "2025-03-05", DateLine},
		{"headline from the page title", "a.md", "Talks resume after the strikes | Site\n" + strings.Repeat("Menu item\n", 40) +
			"Talks resume after the strikes\nA Writer\n2025-03-05\n" + strings.Repeat("The talks went on. ", 20), "2025-03-05", DateLine},
		{"YAML front matter", "a.md", "---\ntitle: \"Talks\"\ndate: 2026-02-21\n---\n\nThe talks went on.", "2026-02-21", DateFrontMatter},
		{"YAML published", "a.md", "---\ntitle: Talks\npublished: 2026-02-21T10:00:00Z\n---\nThe talks went on.", "2026-02-21", DateFrontMatter},
		{"YAML pubDate", "a.md", "---\npubDate: 'Sat, 21 Feb 2026 10:00:00 GMT'\n---\nThe talks went on.", "2026-02-21", DateFrontMatter},
		{"YAML date unknown", "a.md", "---\ndate: unknown\nsource: https://ex.org/news/2026/02/21/talks\n---\nThe talks went on.", "2026-02-21", DateURL},
		{"TOML front matter", "a.md", "+++\ntitle = \"Talks\"\ndate = 2026-02-21T10:00:00+09:00\n+++\nThe talks went on.", "2026-02-21", DateFrontMatter},
		{"JSON field", "a.jsonl", `{"text":"The talks went on.","published":"2025-03-05"}` + "\n", "2025-03-05", DateMetadata},
		{"JSON pubDate", "a.jsonl", `{"text":"The talks went on.","pubDate":"2025-03-05T10:00:00Z","created_at":12}` + "\n", "2025-03-05", DateMetadata},
		{"URL path", "a.jsonl", `{"text":"The talks went on.","url":"https://ex.org/world/2026/02/27/30-more-drones"}` + "\n", "2026-02-27", DateURL},
		{"URL path digits", "a.jsonl", `{"text":"The talks went on.","url":"https://ex.jp/news/html/20260227/k10.html"}` + "\n", "2026-02-27", DateURL},
		{"URL slug", "a.jsonl", `{"text":"The talks went on.","url":"https://ex.org/analysis/campaign-assessment-february-26-2026"}` + "\n", "2026-02-26", DateURL},
		{"scraper URL line", "a.md", "# ex.org\n\n- **URL**: https://ex.org/news/2026/2/27/talks\n- **Scraped at**: 2026-02-28T02:00:00\n\n" + strings.Repeat("The talks went on. ", 20), "2026-02-27", DateURL},
		{"title date", "a.md", "# Campaign Assessment, February 26, 2026\n\nThe talks went on.", "2026-02-26", DateTitle},
		{"file name", "2026-02-27-talks.md", "The talks went on.", "2026-02-27", DateFileName},
		{"URL month name", "a.jsonl", `{"text":"The talks went on.","url":"https://ex.com/world/2020/oct/02/talks"}` + "\n", "2020-10-02", DateURL},
		{"URL year and YYMMDD", "a.jsonl", `{"text":"The talks went on.","url":"https://ex.org/en/2026/260202_sc.doc.htm"}` + "\n", "2026-02-02", DateURL},
		{"URL query", "a.jsonl", `{"text":"The talks went on.","url":"https://ex.jp/hl?a=20170309-35097838-cnetj"}` + "\n", "2017-03-09", DateURL},
		{"URL month only", "a.jsonl", `{"text":"The talks went on.","url":"https://ex.org/2016/12/talks-went-on"}` + "\n", "", ""},
		{"citations", "a.txt", "20日、協議が再開された。\n読売新聞、2008年5月20日。朝日新聞、2008年5月21日 10時。", "2008-05-21", DateCitation},
		{"English citations", "a.txt", "協議が再開された。\n\"Talks resume\".BBC News,July 23,2005 \"More talks\".Reuters,July 22,2005。", "2005-07-23", DateCitation},
		{"no date", "a.md", "The talks went on after 2000 people marched.", "", ""},
		{"no date in the host", "a.jsonl", `{"text":"The talks went on.","url":"https://20260227.ex.org/a"}` + "\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, st := readAll(t, Options{ParseDate: parseLine}, write(t, tt.file, tt.content))
			if len(docs) != 1 {
				t.Fatalf("%d documents (%+v), want 1", len(docs), st)
			}
			got := ""
			if !docs[0].Published.IsZero() {
				got = docs[0].Published.Format(time.DateOnly)
			}
			if got != tt.date || docs[0].DateSource != tt.source {
				t.Errorf("date %q (%s), want %q (%s)", got, docs[0].DateSource, tt.date, tt.source)
			}
		})
	}
}

// TestPageWithEmbeddedPosts: a web page that embeds posts stays one
// document dated by its metadata, the signature lines passed over; without
// metadata, the latest post dates it.
func TestPageWithEmbeddedPosts(t *testing.T) {
	posts := `<p>Minister visits the port.</p><p>— Harbor Times (@harbortimes) March 2, 2025</p>` +
		`<p>Power is back.</p><p>— City News (@citynews) March 3, 2025</p>`
	for _, tt := range []struct {
		head, date, source string
	}{
		{`<meta property="article:published_time" content="2025-03-05">`, "2025-03-05", DateMetadata},
		{"", "2025-03-03", DateSignature},
	} {
		docs, _ := readAll(t, Options{ParseDate: parseLine}, write(t, "p.html", page(tt.head, posts)))
		if len(docs) != 1 {
			t.Fatalf("%d documents, want 1", len(docs))
		}
		d := docs[0]
		if d.Published.Format(time.DateOnly) != tt.date || d.DateSource != tt.source || len(d.Skip) < 2 {
			t.Errorf("date %v (%s), skip %v; want %s (%s) and the two signatures skipped", d.Published, d.DateSource, d.Skip, tt.date, tt.source)
		}
	}
}

func TestDatesFile(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.jsonl")
	os.WriteFile(a, []byte("The talks went on."), 0o644)
	os.WriteFile(b, []byte(`{"id":"r1","text":"One.","date":"2024-01-01"}`+"\n"+`{"text":"Two."}`+"\n"+`{"id":"r3","text":"Three."}`+"\n"), 0o644)
	table := "# id or path\tdate\n" + a + "\t2025-03-05\n" + b + "\t2025-03-06\nr3\t2025-03-07\nr1\t2025-03-08\nmissing.txt\t2025-01-01\n"
	ds, err := ReadDates("dates.tsv", strings.NewReader(table))
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := readAll(t, Options{Dates: ds, Date: date("2000-01-01")}, a, b)
	want := map[string]string{a: "2025-03-05 dates-file", "r1": "2025-03-08 dates-file", b + "#2": "2025-03-06 dates-file", "r3": "2025-03-07 dates-file"}
	for _, d := range docs {
		if got := d.Published.Format(time.DateOnly) + " " + d.DateSource; got != want[d.ID] {
			t.Errorf("%s: %s, want %s", d.ID, got, want[d.ID])
		}
	}
	if u := ds.Unused(); len(u) != 1 || u[0] != "dates.tsv line 6: missing.txt" {
		t.Errorf("unused %q, want the line of missing.txt", u)
	}
	for _, bad := range []string{"a.txt 2025-03-05\n", "a.txt\t2025-13-05\n", "a.txt\t2025-03-05\na.txt\t2025-03-06\n"} {
		if _, err := ReadDates("dates.tsv", strings.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "dates.tsv line") {
			t.Errorf("%q: error %v, want one naming the line", bad, err)
		}
	}
}

func TestDeclaredLang(t *testing.T) {
	en := strings.Repeat("The minister said that the talks would resume in the east of the country. ", 4)
	ja := strings.Repeat("外相は東部で協議が再開されると述べた。", 4)
	for _, tt := range []struct{ lang, text, want string }{
		{"en-US", en, "en"},
		{"zh-CN", en, ""},
		{"ja", en, ""},
		{"en", ja, ""},
		{"ja-JP", ja, "ja"},
		{"de-DE", en, ""},
		{"de", "Der Minister sagte, dass die Gespräche im Osten des Landes wieder aufgenommen würden, und so weiter.", "de"},
		{"", en, ""},
	} {
		if got := declaredLang(tt.lang, tt.text); got != tt.want {
			t.Errorf("declaredLang(%q, %.20q) = %q, want %q", tt.lang, tt.text, got, tt.want)
		}
	}
}
