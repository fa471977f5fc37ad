//go:build ignore

// Command build lays out the team's real-news test corpus from bare git
// mirrors of public repositories, pinned to exact commits. It downloads
// nothing: each source is read with `git --git-dir DIR show COMMIT:PATH`.
// The corpus itself is never committed (the articles are others' work); only
// this recipe is. See README.md beside this file.
//
//	go run testdata/realnews/build.go -o /work/realnews owner/name=/path/to/bare.git ...
//
// Output layout (relative to -o):
//
//	html/en/<source>/…  html/ja/<source>/…   saved pages, bytes as in the source
//	jsonl/en/…  jsonl/ja/…                    chronograph JSON lines
//	posts/en/…                                compilations of posts with signature lines
//	MANIFEST.tsv                              one row per file: where it came from
//	heldout.tsv                               the files held out (about 20%), one path a line
//
// Both lists end in .tsv so that chronograph, pointed at the directory, skips
// them (it skips README.md too).
//
// The same mirrors give the same bytes.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// source is one public repository at one commit and how to turn it into corpus files.
type source struct {
	repo    string // owner/name
	commit  string
	licence string
	build   func(g *gitRepo, out *corpus) error
}

var sources = []source{
	{"mozilla/readability", "ab4027a8b37669745016869a37a504727992b2ba", "test pages: saved third-party web pages (Apache-2.0 repository)", buildReadability},
	{"postlight/parser", "e8ba7ece291efa4d915d50dd4deeec17d54359f2", "fixtures: saved third-party web pages (MIT/Apache repository)", buildPostlight},
	{"adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5", "tests/eval: saved third-party web pages (Apache-2.0 repository)", buildTrafilatura},
	{"koron/java-extractarticle", "8e1507308b2fe911cf89d6641e8ddfe7430f4d0d", "test resources: saved Japanese news pages (repository licence MIT)", buildExtractArticle},
	{"tm4roon/jawikinews-headline-dataset", "4cd0f024edc3feca3cf5c2f3759ee17355d99f87", "Japanese Wikinews text (CC BY 2.5)", buildJaWikinews},
	{"Kjdragan/universal_agent", "1979fd1814db98b32f53aff64e4851a3381ab664", "Markdown scraped by the repository's research agent (third-party articles, Feb 2026)", buildAgentMarkdown},
	{"pxrllc/NewScopeDaily", "6ddfc2d261aabaa9cb0516a49375d601fb4fe402", "RSS items of BBC, DW, Guardian, Al Jazeera... (title + description) with machine-written Japanese titles and summaries, and machine-written Japanese daily digests", buildNewScope},
	{"karintomania/kaigai-matome", "e7d0ccef903fe7a9603ea27f8281a5f631001287", "Hugo posts: Japanese translations of Hacker News threads (comments with user and time) on news stories, 2025", buildKaigaiMatome},
	{"museum-of-war/web", "1f2acf845aaaafa2b78401f3c5004467359d8e72", "Warline: posts quoted by the Meta History museum (tweets and news items, 2022)", buildWarline},
}

func main() {
	outDir := flag.String("o", "/work/realnews", "directory to (re)build; files this tool writes are replaced, others left alone")
	scaleDir := flag.String("scale", "", "also build the large set (every day of NewScopeDaily's feeds, English and Japanese) in this directory")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run testdata/realnews/build.go [-o DIR] owner/name=GITDIR ...\nrepositories:\n")
		for _, s := range sources {
			fmt.Fprintf(os.Stderr, "  %s @ %s\n", s.repo, s.commit)
		}
		flag.PrintDefaults()
	}
	listRepos := flag.Bool("repos", false, "print the repositories this build reads, one a line, and exit")
	flag.Parse()
	if *listRepos {
		for _, s := range sources {
			fmt.Println(s.repo)
		}
		return
	}
	dirs := map[string]string{}
	for _, a := range flag.Args() {
		name, dir, ok := strings.Cut(a, "=")
		if !ok {
			fatalf("argument %q: want owner/name=GITDIR", a)
		}
		dirs[name] = dir
	}
	out := &corpus{dir: *outDir}
	if err := out.removePrevious(); err != nil {
		fatalf("%v", err)
	}
	if *scaleDir != "" {
		scale = &corpus{dir: *scaleDir}
		if err := scale.removePrevious(); err != nil {
			fatalf("%v", err)
		}
	}
	for _, s := range sources {
		dir, ok := dirs[s.repo]
		if !ok {
			fmt.Fprintf(os.Stderr, "skip %s: no mirror given (fetch it and pass %s=GITDIR)\n", s.repo, s.repo)
			continue
		}
		g, err := openRepo(dir, s.commit)
		if err != nil {
			fatalf("%s: %v", s.repo, err)
		}
		out.repo, out.commit, out.licence = s.repo, s.commit, s.licence
		before := len(out.rows)
		if err := s.build(g, out); err != nil {
			fatalf("%s: %v", s.repo, err)
		}
		g.close()
		fmt.Fprintf(os.Stderr, "%s: %d files\n", s.repo, len(out.rows)-before)
	}
	if err := out.finish(); err != nil {
		fatalf("%v", err)
	}
	if scale != nil {
		if err := scale.finish(); err != nil {
			fatalf("%v", err)
		}
	}
}

// scale is the large set, built when -scale names a directory.
var scale *corpus

func fatalf(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "build: "+format+"\n", a...)
	os.Exit(1)
}

// gitRepo reads blobs of one commit of a bare repository.
type gitRepo struct {
	dir, commit string
	cmd         *exec.Cmd
	in          io.WriteCloser
	out         *bufio.Reader
}

func openRepo(dir, commit string) (*gitRepo, error) {
	if err := exec.Command("git", "--git-dir", dir, "cat-file", "-e", commit+"^{commit}").Run(); err != nil {
		return nil, fmt.Errorf("commit %s not in %s (fetch a snapshot that has it): %w", commit, dir, err)
	}
	g := &gitRepo{dir: dir, commit: commit}
	g.cmd = exec.Command("git", "--git-dir", dir, "cat-file", "--batch")
	var err error
	if g.in, err = g.cmd.StdinPipe(); err != nil {
		return nil, err
	}
	stdout, err := g.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	g.out = bufio.NewReader(stdout)
	return g, g.cmd.Start()
}

func (g *gitRepo) close() { g.in.Close(); g.cmd.Wait() }

// list returns the blob paths under prefix, sorted.
func (g *gitRepo) list(prefix string) ([]string, error) {
	b, err := exec.Command("git", "--git-dir", g.dir, "ls-tree", "-r", "-z", "--name-only", g.commit, "--", prefix).Output()
	if err != nil {
		return nil, fmt.Errorf("ls-tree %s: %w", prefix, err)
	}
	var paths []string
	for _, p := range strings.Split(string(b), "\x00") {
		if p != "" {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	return paths, nil
}

func (g *gitRepo) read(p string) ([]byte, error) { return g.readAt(g.commit, p) }

// each calls fn with every file under prefix whose path keep accepts, in
// path order.
func (g *gitRepo) each(prefix string, keep func(p string) bool, fn func(p string, b []byte) error) error {
	paths, err := g.list(prefix)
	if err != nil {
		return err
	}
	for _, p := range paths {
		if !keep(p) {
			continue
		}
		b, err := g.read(p)
		if err != nil {
			return err
		}
		if err := fn(p, b); err != nil {
			return err
		}
	}
	return nil
}

func isHTML(p string) bool { return strings.HasSuffix(p, ".html") }

// readAt reads a file as it was at another commit of the same repository.
func (g *gitRepo) readAt(commit, p string) ([]byte, error) {
	fmt.Fprintf(g.in, "%s:%s\n", commit, p)
	hdr, err := g.out.ReadString('\n')
	if err != nil {
		return nil, err
	}
	f := strings.Fields(hdr)
	if len(f) != 3 || f[1] != "blob" {
		return nil, fmt.Errorf("%s: not a file at %s (%s)", p, commit, strings.TrimSpace(hdr))
	}
	n, _ := strconv.Atoi(f[2])
	data := make([]byte, n+1)
	if _, err := io.ReadFull(g.out, data); err != nil {
		return nil, err
	}
	return data[:n], nil
}

// corpus collects the files written and their manifest rows.
type corpus struct {
	dir                   string
	repo, commit, licence string
	rows                  []row
	written               map[string]bool
}

type row struct {
	file, repo, srcPath, commit, form, lang, date, dateSource, licence string
	docs                                                               int
}

// add writes one corpus file (a path relative to the corpus root).
func (c *corpus) add(rel string, data []byte, r row) error {
	if c.written == nil {
		c.written = map[string]bool{}
	}
	if c.written[rel] {
		return fmt.Errorf("%s written twice", rel)
	}
	c.written[rel] = true
	full := filepath.Join(c.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return err
	}
	tmp := full + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, full); err != nil {
		return err
	}
	r.file, r.repo, r.licence = rel, c.repo, c.licence
	if r.commit == "" {
		r.commit = c.commit
	}
	c.rows = append(c.rows, r)
	return nil
}

// heldOut is the split rule: about one file in five, by a hash of its corpus path.
func heldOut(rel string) bool {
	h := sha256.Sum256([]byte(rel))
	return binary.BigEndian.Uint32(h[:4])%5 == 0
}

// removePrevious deletes the files an earlier run listed in MANIFEST.tsv (and
// nothing else), so that a file no longer built does not linger.
func (c *corpus) removePrevious() error {
	b, err := os.ReadFile(filepath.Join(c.dir, "MANIFEST.tsv"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(b), "\n") {
		rel, _, _ := strings.Cut(line, "\t")
		if i == 0 || rel == "" {
			continue
		}
		if !filepath.IsLocal(rel) {
			return fmt.Errorf("MANIFEST.tsv line %d: %q is not a path inside %s; remove the file by hand", i+1, rel, c.dir)
		}
		if err := os.Remove(filepath.Join(c.dir, filepath.FromSlash(rel))); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}

func (c *corpus) finish() error {
	sort.Slice(c.rows, func(i, j int) bool { return c.rows[i].file < c.rows[j].file })
	var m, h bytes.Buffer
	m.WriteString("file\tform\tlang\tdocs\tdate\tdate_source\theldout\trepo\tcommit\tpath\tlicence\n")
	for _, r := range c.rows {
		ho := heldOut(r.file)
		fmt.Fprintf(&m, "%s\t%s\t%s\t%d\t%s\t%s\t%v\t%s\t%s\t%s\t%s\n", r.file, r.form, r.lang, r.docs, r.date, r.dateSource, ho, r.repo, r.commit, r.srcPath, r.licence)
		if ho {
			h.WriteString(r.file + "\n")
		}
	}
	if err := os.WriteFile(filepath.Join(c.dir, "MANIFEST.tsv"), m.Bytes(), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(c.dir, "heldout.tsv"), h.Bytes(), 0o644)
}

// ---- HTML pages -----------------------------------------------------------

var (
	reHTMLLang = regexp.MustCompile(`(?is)<html[^>]*?\slang\s*=\s*["']?([A-Za-z]{2})`)
	reCharset  = regexp.MustCompile(`(?i)charset\s*=\s*["']?([A-Za-z0-9_-]+)`)
	reMetaDate = regexp.MustCompile(`(?i)(article:published_time|datePublished|"pubdate"|name=["']date["']|dc\.date|publish-date|date_published|itemprop=["']datePublished["'])[^0-9]{0,40}((?:19|20)\d\d-\d\d-\d\d)`)
	reTimeTag  = regexp.MustCompile(`(?i)<time[^>]*datetime=["']((?:19|20)\d\d-\d\d-\d\d)`)
	reURLDate  = regexp.MustCompile(`(?i)(?:og:url|canonical)[^>]*?/((?:19|20)\d\d)/(\d\d)/(\d\d)/`)
)

// pageLang says "en", "ja" or another two-letter code (or "") for a saved page.
func pageLang(b []byte) string {
	head := b
	if len(head) > 300000 {
		head = head[:300000]
	}
	cs := ""
	if m := reCharset.FindSubmatch(head); m != nil {
		cs = strings.ToLower(string(m[1]))
	}
	if strings.Contains(cs, "shift") || strings.Contains(cs, "sjis") || strings.Contains(cs, "euc-jp") || strings.Contains(cs, "iso-2022-jp") {
		return "ja"
	}
	kana := 0
	for _, r := range string(head) {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana) {
			kana++
		}
	}
	if kana > 300 {
		return "ja"
	}
	// The lang attribute is often a template's default (German pages say
	// en-US): the words of the visible text decide when they are clear.
	if l := textLang(b); l != "" {
		return l
	}
	if m := reHTMLLang.FindSubmatch(head); m != nil {
		return strings.ToLower(string(m[1]))
	}
	return ""
}

var (
	reScript  = regexp.MustCompile(`(?is)<(script|style|noscript)\b.*?</(script|style|noscript)>`)
	reTag     = regexp.MustCompile(`(?s)<[^>]*>`)
	reWord    = regexp.MustCompile(`\p{L}+`)
	stopwords = map[string][]string{
		"en": {"the", "and", "of", "to", "in", "that", "was", "for", "is", "with", "said"},
		"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine"},
		"es": {"el", "los", "las", "que", "del", "por", "una", "con", "para", "como"},
		"fr": {"le", "les", "des", "est", "une", "dans", "pour", "qui", "pas", "sur"},
		"it": {"il", "di", "che", "della", "per", "sono", "non", "gli", "nel", "anche"},
		"pt": {"não", "uma", "para", "com", "os", "das", "dos", "mais", "foi", "pelo"},
		"pl": {"nie", "się", "jest", "na", "że", "do", "jak", "oraz", "przez", "dla"},
	}
)

// textLang guesses the language of a page's visible text from function
// words: the language whose words are most frequent, if they are frequent
// and at least twice as frequent as the next one's; else "".
func textLang(page []byte) string {
	text := reTag.ReplaceAll(reScript.ReplaceAll(page, nil), []byte(" "))
	counts := map[string]int{}
	word := map[string][]string{}
	for l, ws := range stopwords {
		for _, w := range ws {
			word[w] = append(word[w], l)
		}
	}
	for _, w := range reWord.FindAll(text, -1) {
		for _, l := range word[strings.ToLower(string(w))] {
			counts[l]++
		}
	}
	best, second := "", 0
	for _, l := range slices.Sorted(maps.Keys(counts)) {
		switch n := counts[l]; {
		case best == "" || n > counts[best]:
			if best != "" {
				second = counts[best]
			}
			best = l
		case n > second:
			second = n
		}
	}
	if best == "" || counts[best] < 40 || counts[best] < 2*second {
		return ""
	}
	return best
}

// pageDate reports a publication date found in a page's metadata, and where.
func pageDate(b []byte) (string, string) {
	if m := reMetaDate.FindSubmatch(b); m != nil {
		return string(m[2]), "meta"
	}
	if m := reTimeTag.FindSubmatch(b); m != nil {
		return string(m[1]), "time-tag"
	}
	if m := reURLDate.FindSubmatch(b); m != nil {
		return string(m[1]) + "-" + string(m[2]) + "-" + string(m[3]), "url-only"
	}
	return "", "none"
}

func (c *corpus) addPage(rel, srcPath string, b []byte, lang string) error {
	d, ds := pageDate(b)
	return c.add(rel, b, row{srcPath: srcPath, form: "html", lang: lang, date: d, dateSource: ds, docs: 1})
}

// mozilla/readability: English news sites among its test pages.
var readabilityNews = []string{
	"aclu", "ars-1", "bbc-1", "breitbart", "buzzfeed-1", "citylab-1", "cnet", "cnn", "daringfireball-1",
	"engadget", "guardian-1", "herald-sun-1", "iab-1", "lwn-1", "medicalnewstoday", "msn", "nytimes-1",
	"nytimes-2", "nytimes-3", "nytimes-4", "nytimes-5", "quanta-1", "salon-1", "seattletimes-1",
	"telegraph", "theverge", "tmz-1", "wapo-1", "wapo-2", "webmd-1", "webmd-2", "yahoo-1", "yahoo-2",
	"yahoo-3", "yahoo-4",
}

func buildReadability(g *gitRepo, c *corpus) error {
	for _, name := range readabilityNews {
		p := "test/test-pages/" + name + "/source.html"
		b, err := g.read(p)
		if err != nil {
			return err
		}
		if err := c.addPage("html/en/readability/"+name+".html", p, b, "en"); err != nil {
			return err
		}
	}
	return nil
}

// postlight/parser fixtures that are not news or magazine articles.
var postlightSkip = map[string]bool{
	"github.com": true, "pastebin.com": true, "www.youtube.com": true, "www.linkedin.com": true,
	"clinicaltrials.gov": true, "genius.com": true, "biorxiv.org": true, "otrs.com": true,
	"ma.ttias.be": true, "postlight.com": true, "www.fortinet.com": true, "www.sanwa.co.jp": true,
	"www.elecom.co.jp": true, "phpspot.org": true, "jvndb.jvn.jp": true, "www.ipa.go.jp": true,
	"www.jnsa.org": true, "takagi-hiromitsu.jp": true, "bookwalker.jp": true, "fandom.wikia.com": true,
	"www.moongift.jp": true, "www.oreilly.co.jp": true, "obamawhitehouse.archives.gov--empty": true,
	"www.buzzfeed.com--splash": true, "www.reddit.com--image": true, "www.reddit.com--video": true,
	"www.reddit.com--title-only": true, "www.reddit.com--external-image": true, "deadspin.com--video": true,
}

func buildPostlight(g *gitRepo, c *corpus) error {
	keep := func(p string) bool {
		return isHTML(p) && strings.Count(p, "/") == 1 && !postlightSkip[strings.TrimSuffix(path.Base(p), ".html")]
	}
	return g.each("fixtures/", keep, func(p string, b []byte) error {
		lang := pageLang(b)
		if lang != "en" && lang != "ja" {
			return nil
		}
		return c.addPage("html/"+lang+"/postlight/"+path.Base(p), p, b, lang)
	})
}

// buildTrafilatura keeps the English pages of trafilatura's evaluation set
// (news, blogs and magazines collected 2014-2023; the hash-named ones come from
// an article-extraction benchmark of news pages).
func buildTrafilatura(g *gitRepo, c *corpus) error {
	return g.each("tests/eval/", isHTML, func(p string, b []byte) error {
		if pageLang(b) != "en" {
			return nil
		}
		return c.addPage("html/en/trafilatura/"+safeName(path.Base(p)), p, b, "en")
	})
}

func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r < ' ' || r == '"' || r == '\'' || r == '?' || r == '*' || r == ':' || r == '|' || r == '<' || r == '>' {
			return '_'
		}
		return r
	}, s)
}

// buildExtractArticle takes the Japanese news pages (Yahoo! News, Asahi,
// Yomiuri and others, October 2021) of koron/java-extractarticle.
func buildExtractArticle(g *gitRepo, c *corpus) error {
	return g.each("src/test/resources/", isHTML, func(p string, b []byte) error {
		return c.addPage("html/ja/extractarticle/"+path.Base(p), p, b, "ja")
	})
}

// ---- JSON lines -----------------------------------------------------------

// doc is one line of chronograph's JSON-lines input.
type doc struct {
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Author    string `json:"author,omitempty"`
	Text      string `json:"text"`
}

func jsonLines(docs []doc) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		enc.Encode(d)
	}
	return b.Bytes()
}

// dateSpan is "first..last" of the docs' published dates, or "".
func dateSpan(docs []doc) string {
	var ds []string
	for _, d := range docs {
		if d.Published != "" {
			ds = append(ds, d.Published[:10])
		}
	}
	if len(ds) == 0 {
		return ""
	}
	sort.Strings(ds)
	return ds[0] + ".." + ds[len(ds)-1]
}

// jaWikinewsPerFile and jaWikinewsEvery choose the sample: every 12th article
// of 3,669 (about 300), 25 to a file so the held-out split can take whole files.
const (
	jaWikinewsEvery   = 12
	jaWikinewsPerFile = 25
)

// buildJaWikinews undoes the word segmentation of the Japanese Wikinews
// articles (MeCab tokens joined by spaces, sentences by two spaces): a space
// stays only between two ASCII letters or digits. The articles carry no date
// field; most state their date in the text ("2011年4月7日午後11時32分頃").
func buildJaWikinews(g *gitRepo, c *corpus) error {
	const p = "full-articles/origin.tsv.gz"
	gz, err := g.read(p)
	if err != nil {
		return err
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	var docs []doc
	for i, line := range strings.Split(string(raw), "\n") {
		if i == 0 || line == "" {
			continue // header: id, article, headline
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return fmt.Errorf("%s line %d: %d fields, want 3", p, i+1, len(f))
		}
		n, err := strconv.Atoi(f[0])
		if err != nil || n%jaWikinewsEvery != 0 {
			continue
		}
		var sents []string
		for _, s := range strings.Split(f[1], "  ") {
			if s = joinTokens(s); s != "" {
				sents = append(sents, s)
			}
		}
		docs = append(docs, doc{ID: "jawikinews-" + f[0], Title: joinTokens(f[2]), Lang: "ja", Text: strings.Join(sents, "\n")})
	}
	for i := 0; i < len(docs); i += jaWikinewsPerFile {
		part := docs[i:min(i+jaWikinewsPerFile, len(docs))]
		rel := fmt.Sprintf("jsonl/ja/wikinews-ja-%02d.jsonl", i/jaWikinewsPerFile)
		if err := c.add(rel, jsonLines(part), row{srcPath: p, form: "jsonl", lang: "ja", dateSource: "text-only", docs: len(part)}); err != nil {
			return err
		}
	}
	return nil
}

func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// joinTokens joins space-separated Japanese tokens back into running text.
func joinTokens(s string) string {
	toks := strings.Fields(s)
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(toks[i-1])
			next, _ := utf8.DecodeRuneInString(t)
			if isASCIIAlnum(prev) && isASCIIAlnum(next) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t)
	}
	return b.String()
}

// ---- Warline posts --------------------------------------------------------

// warlineItem is one entry of the museum's Warline data (a TypeScript
// literal): the values of its keys in warlineKeys, and Tokenid.
type warlineItem map[string]string

var warlineKeys = map[string]bool{"FullDate": true, "TwitterUrl": true, "TwitterUsername": true, "Headline": true, "DescriptionEnglish": true}

var reStatusURL = regexp.MustCompile(`^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]+)/status/`)

// urlHandle is the account named in a post's URL (twitter.com/HANDLE/status/…),
// for the Warline items whose username field is empty.
func urlHandle(u string) string {
	if m := reStatusURL.FindStringSubmatch(u); m != nil {
		return m[1]
	}
	return ""
}

// warlinePerFile is the size of a Warline chunk file.
const warlinePerFile = 25

var reWarlineDrop = regexp.MustCompile(`^constants/collections/Warline/drop(\d+)/data\.tsx$`)

// buildWarline turns the museum's 2022 Warline (posts of news outlets and
// officials on the Russian invasion of Ukraine, each with date, time, author
// handle and an English description) into two forms a user has: JSON lines
// with a published date per post, and compilations of posts each followed by
// a signature line "— NAME (@handle) Month D, YYYY", as pasted from embeds.
func buildWarline(g *gitRepo, c *corpus) error {
	paths, err := g.list("constants/collections/Warline/")
	if err != nil {
		return err
	}
	for _, p := range paths {
		m := reWarlineDrop.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		b, err := g.read(p)
		if err != nil {
			return err
		}
		items, err := parseWarline(string(b))
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		drop, _ := strconv.Atoi(m[1])
		var docs []doc
		for _, it := range items {
			day, err := time.Parse("1/2/2006", it["FullDate"])
			if err != nil {
				return fmt.Errorf("%s token %s: date %q: %w", p, it["Tokenid"], it["FullDate"], err)
			}
			text := strings.TrimSpace(it["Headline"])
			if d := strings.TrimSpace(it["DescriptionEnglish"]); d != "" && d != text {
				text += "\n" + d
			}
			docs = append(docs, doc{
				ID: fmt.Sprintf("warline-%02d-%s", drop, it["Tokenid"]), URL: it["TwitterUrl"], Author: cmp.Or(it["TwitterUsername"], urlHandle(it["TwitterUrl"])),
				Published: day.Format("2006-01-02"), Lang: "en", Text: text,
			})
		}
		// Chunks of warlinePerFile posts; even chunks become JSON lines, odd
		// ones compilations, so that no post is in the corpus twice.
		for k := 0; k*warlinePerFile < len(docs); k++ {
			part := docs[k*warlinePerFile : min((k+1)*warlinePerFile, len(docs))]
			r := row{srcPath: p, lang: "en", date: dateSpan(part), docs: len(part)}
			if k%2 == 0 {
				r.form, r.dateSource = "jsonl", "field"
				if err := c.add(fmt.Sprintf("jsonl/en/warline-%02d-%d.jsonl", drop, k), jsonLines(part), r); err != nil {
					return err
				}
				continue
			}
			var comp strings.Builder
			for _, d := range part {
				day, _ := time.Parse("2006-01-02", d.Published)
				fmt.Fprintf(&comp, "%s\n— %s (@%s) %s\n\n", d.Text, d.Author, d.Author, day.Format("January 2, 2006"))
			}
			r.form, r.dateSource = "posts", "signature"
			if err := c.add(fmt.Sprintf("posts/en/warline-%02d-%d.txt", drop, k), []byte(comp.String()), r); err != nil {
				return err
			}
		}
	}
	return nil
}

// parseWarline reads the object literals of a Warline data file: it scans
// `Key: value` pairs where value is a quoted JavaScript string or a number,
// and starts a new item at each Tokenid.
func parseWarline(src string) ([]warlineItem, error) {
	var items []warlineItem
	i := 0
	for i < len(src) {
		// find an identifier followed by ':'
		j := i
		for j < len(src) && (src[j] == '_' || src[j] < utf8.RuneSelf && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j])))) {
			j++
		}
		if j == i {
			if src[i] == '\'' || src[i] == '"' || src[i] == '`' {
				_, n, err := jsString(src[i:])
				if err != nil {
					return nil, err
				}
				i += n
				continue
			}
			i++
			continue
		}
		key := src[i:j]
		k := j
		for k < len(src) && (src[k] == ' ' || src[k] == '\n' || src[k] == '\t' || src[k] == '\r') {
			k++
		}
		if k >= len(src) || src[k] != ':' {
			i = j
			continue
		}
		k++
		for k < len(src) && (src[k] == ' ' || src[k] == '\n' || src[k] == '\t' || src[k] == '\r') {
			k++
		}
		val := ""
		if k < len(src) && (src[k] == '\'' || src[k] == '"' || src[k] == '`') {
			s, n, err := jsString(src[k:])
			if err != nil {
				return nil, fmt.Errorf("value of %s: %w", key, err)
			}
			val, k = s, k+n
		} else {
			e := k
			for e < len(src) && src[e] != ',' && src[e] != '\n' && src[e] != '}' {
				e++
			}
			val, k = strings.TrimSpace(src[k:e]), e
		}
		switch {
		case key == "Tokenid":
			items = append(items, warlineItem{key: val})
		case warlineKeys[key]:
			if len(items) == 0 {
				return nil, fmt.Errorf("%s before any Tokenid", key)
			}
			items[len(items)-1][key] = val
		}
		i = k
	}
	if len(items) == 0 {
		return nil, errors.New("no items")
	}
	return items, nil
}

// jsString decodes the JavaScript string literal at the start of s and
// returns it with the number of bytes it took.
func jsString(s string) (string, int, error) {
	q := s[0]
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == q:
			return b.String(), i + 1, nil
		case ch == '\\' && i+1 < len(s):
			i++
			switch s[i] {
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case 'r':
			case 'u':
				if i+4 < len(s) {
					if v, err := strconv.ParseUint(s[i+1:i+5], 16, 16); err == nil {
						r := rune(v)
						i += 4
						if utf16Surrogate(r) && i+6 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
							if v2, err := strconv.ParseUint(s[i+3:i+7], 16, 16); err == nil {
								r = ((r - 0xD800) << 10) + (rune(v2) - 0xDC00) + 0x10000
								i += 6
							}
						}
						b.WriteRune(r)
						continue
					}
				}
				b.WriteByte('u')
			case '\n':
			default:
				b.WriteByte(s[i])
			}
		default:
			b.WriteByte(ch)
		}
	}
	return "", 0, errors.New("unterminated string")
}

func utf16Surrogate(r rune) bool { return r >= 0xD800 && r < 0xDC00 }

// ---- Markdown scraped by an agent -----------------------------------------

// agentMarkdown lists, as "COMMIT PATH", the Markdown files of
// Kjdragan/universal_agent used: one version of each distinct file name found
// in its history under */filtered_corpus/ (YAML front matter: title, source,
// date — sometimes "unknown" —, description, word_count; cleaned body) and
// */processed/ (a "## Metadata" list with the URL and the time it was scraped,
// the page's heading outline and its full text, site navigation included),
// the newest version of each; pages refused by the site (a paywall probe) are
// left out. All are about the Russia-Ukraine war in February 2026.
const agentMarkdown = `
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_11a9a3b1cb3d.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_2205393fb2db.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_33ff0ef53d38.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_3506e0be73e7.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_6d7bedb3f039.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_9994ce7d3440.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_a153f29d829c.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_ba3df36215b7.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_c242dc7d1f9a.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_c3387376a950.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_c809c1bab429.md
cafde44203f5525fe0084902426cdeb0599e8798 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260208_010713/session_20260207_233740_ec279814/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_ef9076228840.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_02ca1f938d1a.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_09cf94937b3b.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_240b2bb182ab.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_3e2bbb8c7a4f.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_3f197c17ee0e.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_4aacda34bc18.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_5060601e3eea.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_64d0b17712fe.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_79c575e8c720.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_95c21d5d37c7.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_b2f647df42e1.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_b7d2d5f75f07.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_c26659ab1322.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_cbd01ae62604.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_e892746293a3.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_ea36c619b7ae.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_f1387f1ea541.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_090501/session_20260210_065820/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_f14a259ca208.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_28da794798bc.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_3015cd294a62.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_3365578cb560.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_3c942967d6f4.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_3ce4881c3400.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_40f08b0b619f.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_44a637f31717.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_4cda127d2876.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_5743c139007a.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_6848ceafc2b4.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_b0c45c4e653d.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_baf27750d0bb.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_bec7a3524d0a.md
c2b4a6f5faf274057a4c1553249fd79e95bd0903 AGENT_RUN_WORKSPACES_ARCHIVE/reset_20260210_095133/session_20260210_090741_4ebf9143/tasks/russia_ukraine_war_feb_2026/filtered_corpus/crawl_ff323d7cbe1e.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_12218f5cbfec.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_250b98a5cc37.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_360c3ed92d0a.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_59910493af33.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_8674a86bcac6.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_996d867cc79e.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_9ce6a190a8c8.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_c16265ddbfb2.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_dfd852275911.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_e44190945378.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_e44c69d736a1.md
9b38131326719875571adddfcc779dff7849218f CURRENT_SESSION_WORKSPACE/tasks/ukraine_war_feb2026/filtered_corpus/crawl_eb2356755baa.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_06f31f270ed6.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_075a4290b5bd.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_0ad1ffc66c42.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_1154756e3345.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_139c6543194a.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_158a991e6a64.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_2bdc05d7b899.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_504c17d8feec.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_50d5d9416b34.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_57b5c62741f5.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_704f830ccef5.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_895f1a311583.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_969661be27a5.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_a33415880ab7.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_e3a9979ee690.md
6d3e23d405ad75377f44f36e50ed881fdbfe4c90 RLM/corpora/session_20260223_215506_140963c1/tasks/russia_ukraine_war_feb2026/filtered_corpus/crawl_f6c6f1797d08.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aa.com.tr_en_asia-pacific_russia-s-war-economy-slows-as-sanctions-enter-5th-year_3841981.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aljazeera.com_news_2026_2_27_ukraine-claws-back-southern-territory-as-russias-war-enters-fifth-year.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_articles_delaying-stalling-blaming-russia-shows-154436253.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_articles_melania-trump-set-history-un-101455077.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_articles_starmer-putin-standing-way-peace-095214942.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_articles_ukraine-marks-4-years-russia-142436511.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_articles_ukrainian-russian-envoys-hold-second-092516169.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_articles_ukrainian-spirit-not-broken-zelensky-005600058.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_entertainment_putin-clearly-considering-unpopular-measure-155600719.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_entertainment_us-edge-ukraine-targets-key-231300638.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_gop-lawmaker-trump-patience-putin-203234426.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/aol.com_news_zelenskyy-marks-four-years-war-234537746.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/bloomberg.com_news_articles_2026-02-27_russia-ukraine-putin-s-war-economy-puts-industrial-region-under-pressure.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/care.org_our-work_disaster-response_emergencies_ukraine-humanitarian-crisis.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/carnegieendowment.org_emissary_2026_02_ukraine-russia-war-ceasefire-possible.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/cfr.org_articles_ukraine-humanitarian-crisis-refugees-aid.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/civil-protection-humanitarian-aid.ec.europa.eu_where_europe_ukraine_en.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/cnbc.com_2026_02_27_russia-ukraine-war-local-ceasefire-zaporizhzhia-nuclear-power-plant.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/cotidianul.md_en_26181_US-again-delays-sale-of-Lukoil_27s-foreign-assets-to-increase-pressure-on-Russia-in-peace-talks.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/criticalthreats.org_analysis_russian-offensive-campaign-assessment-february-26-2026.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/dailysabah.com_world_europe_cease-fire-agreed-near-zaporizhzhia-for-power-repairs-iaea_amp.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/en.vijesti.me_amp_797760_sale-of-Lukoil-hostage-to-Ukraine-negotiations.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/en.zona.media_article_2026_02_27_strukov.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/english.nv.ua_amp_russia-s-war-economy-strains-as-revenues-fall-and-deficits-grow-50587596.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/euromaidanpress.com_2026_02_27_besieged-russians-in-kupiansk-high-rises-dwindling-ukrainian-military-says.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/europeansting.com_2026_02_27_world-news-in-brief-russian-strikes-on-ukraine-condemned-migrant-deaths-update-devastating-.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/facebook.com_deutschewellenews_videos_a-33-year-old-kenyan-has-been-charged-with-human-trafficking-after-allegedly-rec_1.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/fortune.com_2026_02_27_exclusive-analysis-russian-economy-paper-bear-trump-putin-zelensky-talks-sonnenfeld-yale.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/indexoncensorship.org_2026_02_free-speech-is-the-casualty-in-ukraine-war.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/islamtimes.com_en_article_1266810_will-europe-survive-the-ukraine-war-unscathed.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/kfgo.com_2026_02_26_exclusive-us-slows-lukoil-asset-sale-due-to-ukraine-peace-talks-sources-say.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/kten.com_news_us-ukraine-talks-to-open-in-geneva-after-overnight-russian-strikes_article_7969a57a-2701-5447-a3c2-7d4c1ab.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/kten.com_news_zelensky-says-ukraine-unbroken-after-4-years-but-russia-vows-to-fight-on_article_091ef9ed-fe2a-580d-9c1d-e.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/kyivpost.com_post_70862.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/mezha.net_eng_bukvy_trump-hints-at-friendly-cuba-takeover-amid-crisis.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/mezha.net_eng_bukvy_ukraine-frontline-update-february-26-2026.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/mezha.net_eng_bukvy_ukraine-frontline-update-february-27-2026-120-engagements-and-russian-assaults-across-fronts.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/newsofbahrain.com_world_127556.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/oilprice.com_Energy_Energy-General_Zelenskyy-Pushes-for-Trilateral-Summit-With-US-and-Russia-in-Abu-Dhabi.amp.html.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/scotscoop.com_when-home-becomes-the-front-line.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/spglobal.com_en_research-insights_market-insights_daily-update-feb-27-2026.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/timesofindia.indiatimes.com_world_europe_not-imposing-anything-on-ukraine-territorial-issues-could-be-solved-through-dir.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/turkiyetoday.com_world_zelenskyy-calls-for-tougher-us-sanctions-more-weapons-to-force-russia-to-talks-3215244.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/ukraine.ohchr.org_en_node_540.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/understandingwar.org_research_russia-ukraine_russian-offensive-campaign-assessment-february-26-2026.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/unhcr.org_us_emergencies_ukraine-emergency.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/united24media.com_latest-news_new-photobook-documents-russias-war-against-ukraine-through-lens-of-kharkiv-photographer-1.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/united24media.com_latest-news_russian-uav-video-feeds-plunge-over-90-following-ukraine-spacex-starlink-cutoff-16339.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/united24media.com_latest-news_russias-industrial-core-under-strain-as-massive-job-loss-fears-grow-amid-wartime-slowdown-.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/united24media.com_latest-news_vatican-issued-special-stamp-marking-anniversary-of-war-in-ukraine-16323.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/unocha.org_publications_report_ukraine_ukraine-humanitarian-needs-and-response-plan-2026-january-2026-enuk.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/unrefugees.org_emergencies_ukraine.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/voxeu.org_voxeu_columns_how-sanctions-can-help-stabilise-global-oil-supply.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/washingtonpost.com_opinions_2026_02_26_putin-ukraine-shadow-war-europe.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/washingtonpost.com_opinions_2026_02_27_trump-putin-russia-zelensky-ukraine-war.md
52c497da237acbb0baf3e6269e1458dbd1c16885 scrapling_tester/runs/sample_processed_json_eval/processed/womensrefugeecommission.org_crisis-response_ukraine.md
`

var (
	reFrontDate = regexp.MustCompile(`(?m)^date:\s*"?([0-9]{4}-[0-9]{2}-[0-9]{2})`)
	reScrapedAt = regexp.MustCompile(`\*\*Scraped at\*\*:\s*([0-9]{4}-[0-9]{2}-[0-9]{2})`)
)

func buildAgentMarkdown(g *gitRepo, c *corpus) error {
	for _, line := range strings.Split(strings.TrimSpace(agentMarkdown), "\n") {
		commit, p, ok := strings.Cut(line, " ")
		if !ok {
			return fmt.Errorf("bad agentMarkdown line %q", line)
		}
		b, err := g.readAt(commit, p)
		if err != nil {
			return err
		}
		r := row{srcPath: p, form: "md", lang: "en", docs: 1, dateSource: "none"}
		r.commit = commit
		sub := "processed"
		if strings.Contains(p, "/filtered_corpus/") {
			sub = "frontmatter"
		}
		if m := reFrontDate.FindSubmatch(b); m != nil {
			r.date, r.dateSource = string(m[1]), "front-matter"
		} else if m := reScrapedAt.FindSubmatch(b); m != nil {
			r.date, r.dateSource = string(m[1]), "scraped-at-only"
		}
		if err := c.add("md/en/"+sub+"/"+path.Base(p), b, r); err != nil {
			return err
		}
	}
	return nil
}

// ---- NewScopeDaily ----------------------------------------------------------

// newScopeDays are the days of NewScopeDaily's feeds that go into the main
// corpus: the fourth anniversary of the invasion, when the agent-scraped
// Markdown was collected too, so that the same happenings come from several
// sources and in both languages.
var newScopeDays = []string{"2026-02-22", "2026-02-23", "2026-02-24", "2026-02-25", "2026-02-26"}

// newScopeCategories are the feed categories kept in the main corpus.
var newScopeCategories = map[string]bool{"Politics": true, "Conflict": true}

// newScopeDigestEvery takes every Nth daily Japanese digest beyond newScopeDays.
const newScopeDigestEvery = 14

type newScopeFeed struct {
	Articles []struct {
		ID, Title, URL, Description, Source, Category, TitleJa, Summary string
		PublishedAt                                                     string `json:"published_at"`
	}
}

// buildNewScope writes, per day, the feed items as JSON lines (English: the
// RSS title and description; Japanese: the site's machine-written title and
// summary of the same item) and the site's Japanese daily digest (Markdown
// without front matter; its date is in its first heading).
func buildNewScope(g *gitRepo, c *corpus) error {
	paths, err := g.list("public/data/daily/")
	if err != nil {
		return err
	}
	var days []string
	for _, p := range paths {
		if strings.HasSuffix(p, "/feed.json") {
			days = append(days, path.Base(path.Dir(p)))
		}
	}
	for i, day := range days {
		main := slices.Contains(newScopeDays, day)
		dir := "public/data/daily/" + day + "/"
		if main || scale != nil {
			b, err := g.read(dir + "feed.json")
			if err != nil {
				return err
			}
			var f newScopeFeed
			if err := json.Unmarshal(b, &f); err != nil {
				return fmt.Errorf("%sfeed.json: %w", dir, err)
			}
			var en, ja, enAll, jaAll []doc
			for _, a := range f.Articles {
				e := doc{ID: "newscope-" + a.ID, Title: a.Title, URL: a.URL, Published: a.PublishedAt, Lang: "en", Author: a.Source, Text: a.Description}
				j := doc{ID: "newscope-ja-" + a.ID, Title: a.TitleJa, URL: a.URL, Published: a.PublishedAt, Lang: "ja", Author: a.Source, Text: a.Summary}
				if e.Text != "" {
					enAll = append(enAll, e)
				}
				if j.Text != "" {
					jaAll = append(jaAll, j)
				}
				if main && newScopeCategories[a.Category] {
					if e.Text != "" {
						en = append(en, e)
					}
					if j.Text != "" {
						ja = append(ja, j)
					}
				}
			}
			r := row{srcPath: dir + "feed.json", form: "jsonl", dateSource: "field"}
			for _, part := range []struct {
				c    *corpus
				rel  string
				lang string
				docs []doc
			}{
				{c, "jsonl/en/newscope-" + day + ".jsonl", "en", en},
				{c, "jsonl/ja/newscope-ja-" + day + ".jsonl", "ja", ja},
				{scale, "jsonl/en/newscope-" + day + ".jsonl", "en", enAll},
				{scale, "jsonl/ja/newscope-ja-" + day + ".jsonl", "ja", jaAll},
			} {
				if part.c == nil || len(part.docs) == 0 || part.c == c && !main {
					continue
				}
				part.c.repo, part.c.commit, part.c.licence = c.repo, c.commit, c.licence
				r.lang, r.docs, r.date = part.lang, len(part.docs), dateSpan(part.docs)
				if err := part.c.add(part.rel, jsonLines(part.docs), r); err != nil {
					return err
				}
			}
		}
		if main || i%newScopeDigestEvery == 0 {
			b, err := g.read(dir + "summary_world.md")
			if err != nil {
				return err
			}
			r := row{srcPath: dir + "summary_world.md", form: "md", lang: "ja", docs: 1, date: day, dateSource: "heading-only"}
			if err := c.add("md/ja/newscope/summary_world-"+day+".md", b, r); err != nil {
				return err
			}
		}
	}
	return nil
}

// ---- kaigai-matome ------------------------------------------------------------

// reKaigaiNews picks the posts on politics and war among the site's posts
// (most are on technology), by words of their directory names.
var reKaigaiNews = regexp.MustCompile(`(?i)trump|ukrain|zelensk|putin|russia|doge|tariff|iran|israel|gaza|election|government|supreme_court|harvard|nepal|white_house|nato|china`)

var reTOMLDate = regexp.MustCompile(`(?m)^date\s*=\s*'([0-9]{4}-[0-9]{2}-[0-9]{2})`)

// buildKaigaiMatome takes the Hugo posts (TOML front matter with date, title
// and tags; body: the story's link and translated comments, each in a
// shortcode with the commenter and a timestamp) about politics and war.
func buildKaigaiMatome(g *gitRepo, c *corpus) error {
	keep := func(p string) bool { return path.Base(p) == "index.md" && reKaigaiNews.MatchString(p) }
	return g.each("content/posts/", keep, func(p string, b []byte) error {
		r := row{srcPath: p, form: "md", lang: "ja", docs: 1, dateSource: "front-matter"}
		if m := reTOMLDate.FindSubmatch(b); m != nil {
			r.date = string(m[1])
		}
		return c.add("md/ja/kaigai-matome/"+path.Base(path.Dir(p))+".md", b, r)
	})
}
