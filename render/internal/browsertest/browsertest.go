// Package browsertest opens chronograph's pages in headless Chromium for
// the browser tests of render and render/server, as a user would, and
// records what a page must not do: errors, and requests it was not meant
// to make. The tests run when Chromium is installed (Debian's chromium
// package) and are skipped otherwise.
package browsertest

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// ChromiumPath is where the tests look for Chromium.
const ChromiumPath = "/usr/bin/chromium"

// Page is one page open in a fresh headless Chromium, with the errors and
// requests it produced.
type Page struct {
	TB  testing.TB
	Ctx context.Context
	// allowed reports whether the page may request a URL.
	allowed  func(string) bool
	mu       sync.Mutex
	errors   []string
	requests []string
}

// newBrowser starts Chromium, or skips the test when there is none.
func newBrowser(tb testing.TB) context.Context {
	tb.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		tb.Skipf("%s not installed: browser tests skipped", ChromiumPath)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(ChromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(tb.TempDir()),
		chromedp.WindowSize(1400, 1300),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	tb.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		tb.Fatalf("starting %s: %v", ChromiumPath, err)
	}
	return ctx
}

// Open loads url in a new browser and waits for the page's script to be
// ready. With offline set the browser has no network (a static report
// needs none). allowed says which requests the page may make besides
// url itself (nil: none but data: and blob: URLs).
func Open(tb testing.TB, url string, offline bool, allowed func(string) bool) *Page {
	tb.Helper()
	ctx := newBrowser(tb)
	p := &Page{TB: tb, Ctx: ctx, allowed: func(u string) bool {
		return u == url || strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:") || (allowed != nil && allowed(u))
	}}
	if err := chromedp.Listen(ctx, p.record); err != nil {
		tb.Fatal(err)
	}
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, runtime.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, t, cdplog.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		if !offline {
			return nil
		}
		_, err := cdp.Call(ctx, t, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
		})
		return err
	}))
	if err != nil {
		tb.Fatalf("enabling protocol domains: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		tb.Fatalf("loading %s: %v", url, err)
	}
	// Ready, and done with what it drew after the first view (the tables).
	p.WaitFor(`window.chronograph && window.chronograph.ready > 0 && window.chronograph.idle()`, 60*time.Second)
	return p
}

// record keeps the console errors, uncaught exceptions, error log entries
// (CSP violations among them) and every request.
func (p *Page) record(ev any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			p.errors = append(p.errors, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		p.errors = append(p.errors, "exception: "+msg)
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError {
			p.errors = append(p.errors, "log: "+ev.Entry.Text)
		}
	case *network.EventRequestWillBeSent:
		p.requests = append(p.requests, ev.Request.URL)
	}
}

// CheckClean fails the test on any error, and on any request not allowed.
func (p *Page) CheckClean() {
	p.TB.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range p.errors {
		p.TB.Errorf("browser: %s", e)
	}
	for _, u := range p.requests {
		if !p.allowed(u) {
			p.TB.Errorf("request attempted: %.200s", u)
		}
	}
}

// Requests lists the URLs the page requested so far.
func (p *Page) Requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.requests...)
}

// Eval evaluates expr in the page.
func Eval[T any](p *Page, expr string) T {
	p.TB.Helper()
	v, err := chromedp.Run(p.Ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		p.TB.Fatalf("evaluating %.80s: %v", expr, err)
	}
	return v
}

// WaitFor polls expr until it is true; it fails at the timeout, or at once
// when the page has reported an error.
func (p *Page) WaitFor(expr string, timeout time.Duration) {
	p.TB.Helper()
	deadline := time.Now().Add(timeout)
	for {
		ok, err := chromedp.Run(p.Ctx, chromedp.Evaluate[bool](`!!(`+expr+`)`))
		if err == nil && ok {
			return
		}
		p.mu.Lock()
		failed := len(p.errors) > 0
		p.mu.Unlock()
		if failed || time.Now().After(deadline) {
			p.ErrorsSoFar()
			p.TB.Fatalf("waiting for %s: %v", expr, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Poll reports whether expr becomes true within timeout, without failing.
func (p *Page) Poll(expr string, timeout time.Duration) bool {
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if ok, err := chromedp.Run(p.Ctx, chromedp.Evaluate[bool](`!!(`+expr+`)`)); err == nil && ok {
			return true
		}
	}
	return false
}

// ErrorsSoFar logs the page's errors.
func (p *Page) ErrorsSoFar() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, e := range p.errors {
		p.TB.Logf("browser: %s", e)
	}
}

// Do runs actions, failing the test on an error.
func (p *Page) Do(actions ...chromedp.Action[chromedp.Void]) {
	p.TB.Helper()
	if err := chromedp.Do(p.Ctx, actions...); err != nil {
		p.TB.Fatal(err)
	}
}
