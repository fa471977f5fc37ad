package main

import (
	"bytes"
	stdcontext "context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"

	"github.com/chronograph/chronograph/timeline"
)

// testdata/hostile holds documents written to attack the report: markup and
// script in sentences, names, titles, ids and URLs (every payload sets
// window.__pwned), U+2028 and U+2029 in JSON text, and files that are
// broken: Shift_JIS, EUC-JP and UTF-16 without a declared charset, binary
// content named .txt, an empty file, a truncated page, invalid UTF-8, a
// JSON-lines file with bad lines.
const hostileDir = "../../testdata/hostile"

// hostileTitle is given as the report's --title.
const hostileTitle = `</title><script>window.__pwned="title"</script>`

func TestHostileReportHasNoInjectedMarkup(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.html")
	code, _, stderr := runCLI(t, "report", "-q", "--title", hostileTitle, "-o", out, hostileDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	report, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	checkNoInjectedMarkup(t, report)
	checkInBrowser(t, out)
	// Escaping alone must hold, without the page's Content-Security-Policy.
	const csp = `<meta http-equiv="Content-Security-Policy"`
	i := bytes.Index(report, []byte(csp))
	if i < 0 {
		return
	}
	end := i + bytes.IndexByte(report[i:], '>') + 1
	bare := filepath.Join(filepath.Dir(out), "no-csp.html")
	if err := os.WriteFile(bare, append(report[:i:i], report[end:]...), 0o644); err != nil {
		t.Fatal(err)
	}
	checkInBrowser(t, bare)
}

// checkNoInjectedMarkup parses the report as a browser would and checks
// that no input string became markup: no event-handler attribute, no
// element a payload would bring (img, svg, iframe …), no link or source
// other than http(s), a fragment or data:, no script but the report's own,
// and the data block valid JSON with "<" and U+2028/U+2029 escaped.
func checkNoInjectedMarkup(t *testing.T, report []byte) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(report))
	if err != nil {
		t.Fatal(err)
	}
	forbidden := map[string]bool{"img": true, "svg": true, "iframe": true, "object": true, "embed": true,
		"frame": true, "base": true, "form": true, "math": true, "video": true, "audio": true}
	var title string
	scripts := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if forbidden[n.Data] {
				t.Errorf("<%s> element in the report", n.Data)
			}
			for _, a := range n.Attr {
				key, val := strings.ToLower(a.Key), strings.ToLower(strings.TrimSpace(a.Val))
				if strings.HasPrefix(key, "on") {
					t.Errorf("<%s %s=%q>: event handler attribute", n.Data, a.Key, a.Val)
				}
				if (key == "href" || key == "src" || key == "action" || key == "formaction") && val != "" &&
					!strings.HasPrefix(val, "https://") && !strings.HasPrefix(val, "http://") && !strings.HasPrefix(val, "#") && !strings.HasPrefix(val, "data:,") {
					t.Errorf("<%s %s=%q>: not an http(s) link", n.Data, a.Key, a.Val)
				}
			}
			switch n.Data {
			case "title":
				title = text(n)
			case "script":
				scripts++
				checkScript(t, n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if title != hostileTitle {
		t.Errorf("title %q, want %q as text", title, hostileTitle)
	}
	if scripts == 0 {
		t.Error("no script in the report: the check saw nothing")
	}
}

// checkScript checks one script element: the JSON data block must be valid
// JSON that carries the payloads as data with "<" and U+2028/U+2029
// escaped; any other script is the report's own code and must hold none.
func checkScript(t *testing.T, n *html.Node) {
	t.Helper()
	src := text(n)
	for _, a := range n.Attr {
		if a.Key == "type" && a.Val == "application/json" {
			if !json.Valid([]byte(src)) {
				t.Errorf("data block is not valid JSON: %.200s", src)
			}
			if !strings.Contains(src, "__pwned") {
				t.Error("the payloads are missing from the data: the check saw nothing")
			}
			if strings.ContainsAny(src, "<\u2028\u2029") {
				t.Error(`data block holds a raw "<", U+2028 or U+2029`)
			}
			return
		}
	}
	if strings.Contains(src, "__pwned") {
		t.Errorf("a payload became script: %.200s", src)
	}
}

func text(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// chromium is Debian's headless-capable browser; the browser check is
// skipped where it is not installed.
const chromium = "/usr/bin/chromium"

// checkInBrowser opens the report in headless Chromium with alert, confirm
// and prompt replaced by counters, lets it draw, shows the tooltips of both
// charts, and checks that no payload ran: window.__pwned unset, no dialog,
// the title as given.
func checkInBrowser(t *testing.T, file string) {
	t.Helper()
	if _, err := os.Stat(chromium); err != nil {
		t.Logf("%s not installed: browser check skipped", chromium)
		return
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(stdcontext.Background(), append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium), chromedp.Flag("headless", true), chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true), chromedp.UserDataDir(t.TempDir()))...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelTimeout := stdcontext.WithTimeout(ctx, 2*time.Minute)
	defer cancelTimeout()
	const counters = `window.__dialogs = 0; window.alert = window.confirm = window.prompt = () => { window.__dialogs++; };`
	err := chromedp.Do(ctx,
		chromedp.Func(func(ctx stdcontext.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: counters})
			return err
		}),
		chromedp.Navigate("file://"+file),
	)
	if err != nil {
		t.Fatalf("opening the report: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.chronograph && window.chronograph.ready > 0`)); err != nil {
		t.Fatalf("the report never became ready: %v", err)
	}
	const showTips = `(() => {
		const c = window.chronograph;
		for (const chart of [c.timeline, c.network]) {
			for (let i = 0; chart && i < 30; i++) {
				try { chart.dispatchAction({type: 'showTip', seriesIndex: 0, dataIndex: i}); } catch (e) {}
			}
		}
		window.__settled = false;
		requestAnimationFrame(() => setTimeout(() => { window.__settled = true; }, 200));
		return true;
	})()`
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](showTips)); err != nil {
		t.Fatalf("showing tooltips: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`window.__settled`)); err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]any](`[String(window.__pwned), window.__dialogs, document.title]`))
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != "undefined" || got[1] != float64(0) || got[2] != hostileTitle {
		t.Errorf("in the browser: __pwned = %v, %v dialogs, title %q; want undefined, 0, %q", got[0], got[1], got[2], hostileTitle)
	}
}

func TestHostileEveryInputAccountedFor(t *testing.T) {
	code, out, stderr := runCLI(t, "extract", "-q", "--with-text", hostileDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res timeline.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	files, err := os.ReadDir(hostileDir)
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]timeline.Input{}
	for _, in := range res.Inputs {
		inputs[filepath.Base(in.Path)] = in
	}
	want := map[string]string{ // file → what its status must say ("" read whole)
		"binary.txt": "binary", "empty.txt": "empty", "feed.jsonl": "1 line that is not a JSON object: 3 (fix or remove it)",
	}
	for _, f := range files {
		in, ok := inputs[f.Name()]
		switch {
		case !ok:
			t.Errorf("%s missing from inputs", f.Name())
		case want[f.Name()] == "" && (in.Documents == 0 || in.Skipped != ""):
			t.Errorf("%s: %+v, want read", f.Name(), in)
		case !strings.Contains(in.Skipped, want[f.Name()]):
			t.Errorf("%s: skipped %q, want %q", f.Name(), in.Skipped, want[f.Name()])
		}
	}
	if n := inputs["feed.jsonl"].Documents; n != 4 {
		t.Errorf("feed.jsonl gave %d documents, want the 4 good lines around the 2 bad ones", n)
	}
	// The files in other encodings are decoded, not garbled.
	text := map[string]string{}
	for _, d := range res.Documents {
		text[filepath.Base(d.Source)] = d.Text
	}
	for file, want := range map[string]string{
		"shift_jis.txt": "川村真理子", "euc-jp.txt": "森田健一", "utf16.txt": "ハートウィグ",
		"meta-shift_jis.html": "佐伯紀子", "invalid-utf8.md": "Utrecht\uFFFD and",
	} {
		if !strings.Contains(text[file], want) {
			t.Errorf("%s read as %q, want it to hold %q", file, text[file], want)
		}
	}
	// --strict turns the skips into a failure.
	if code, _, stderr := runCLI(t, "extract", "-q", "--strict", hostileDir); code != 1 || !strings.Contains(stderr, "binary.txt") {
		t.Errorf("--strict: exit %d, stderr %q; want 1 naming the skipped files", code, stderr)
	}
}

// TestDeterministicAcrossWorkers checks that one worker and four give the
// same bytes, for the JSON and for the report.
func TestDeterministicAcrossWorkers(t *testing.T) {
	for _, cmd := range []string{"extract", "report"} {
		t.Run(cmd, func(t *testing.T) {
			var outs [][]byte
			for _, jobs := range []string{"1", "4"} {
				out := filepath.Join(t.TempDir(), "out")
				if code, _, stderr := runCLI(t, cmd, "-q", "-j", jobs, "-o", out, "../../testdata/corpus", hostileDir); code != 0 {
					t.Fatalf("-j %s: exit %d: %s", jobs, code, stderr)
				}
				b, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				outs = append(outs, b)
			}
			if !bytes.Equal(outs[0], outs[1]) {
				i := 0
				for i < len(outs[0]) && i < len(outs[1]) && outs[0][i] == outs[1][i] {
					i++
				}
				t.Errorf("-j 1 and -j 4 differ from byte %d: %.80q / %.80q", i, outs[0][i:], outs[1][i:])
			}
		})
	}
}
