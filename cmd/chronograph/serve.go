package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/chronograph/chronograph/render"
	"github.com/chronograph/chronograph/render/server"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/store"
)

// runServe serves the explorer over a store: the report's page for a window
// of it and the JSON API under /api/ (render/server).
func runServe(ctx context.Context, args []string, _ io.Reader, _, stderr io.Writer) error {
	fs := newFlags("serve", "", stderr)
	path := fs.String("store", store.DefaultPath, "the store `file` to explore (made by 'chronograph ingest')")
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `host:port`; beyond the loopback interface a token is required")
	token := fs.String("token", os.Getenv("CHRONOGRAPH_TOKEN"), "`secret` every request must carry (default $CHRONOGRAPH_TOKEN)")
	write := fs.Bool("write", false, "take corrections (merge, split, rename, drop, source) from the page and save them in the store")
	who := fs.String("who", "", "the `name` corrections are recorded under (default: the user's login name)")
	var ro render.Options
	fs.StringVar(&ro.Title, "title", "chronograph", "page title")
	fs.StringVar(&ro.Theme, "theme", "light", "colour theme: light or dark")
	displayLang := fs.String("display-lang", "en", "language of entity names: en or ja")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if len(fs.Args()) > 0 {
		return usagef("serve reads a store, not inputs: add them with 'chronograph ingest --store %s %s'", *path, fs.Args()[0])
	}
	if ro.Theme != "light" && ro.Theme != "dark" {
		return usagef("--theme must be light or dark, not %q", ro.Theme)
	}
	if err := server.CheckAddr(*addr, *token); err != nil {
		return usageError{err}
	}
	if *who == "" {
		*who = cmp.Or(os.Getenv("USER"), os.Getenv("USERNAME"), "chronograph serve")
	}
	st, err := store.Open(ctx, *path, store.Options{ReadOnly: !*write})
	if err != nil {
		return err
	}
	defer st.Close()
	a := analysisFlags{dateOrder: "mdy", displayLang: *displayLang, sources: "exclude", keepSources: true, quiet: true, lazy: true}
	p, err := a.pipeline(stderr)
	if err != nil {
		return err
	}
	slice := func(ctx context.Context, w store.Window) (*timeline.Result, error) {
		res, err := sliceResult(ctx, st, p, store.Slice{Window: w})
		if err != nil {
			return nil, err
		}
		a.finish(res, io.Discard, p, "")
		return res, nil
	}
	finish := func(ctx context.Context) error {
		versions, err := currentVersions("")
		if err != nil {
			return err
		}
		_, err = st.Finish(ctx, store.FinishOptions{Resolve: p.ResolveLocals, Versions: versions})
		return err
	}
	// The store's first evidence, events, volume or search answer builds
	// its index of the current generation, and the first search in
	// Japanese loads the dictionary that splits it (1.3 s and 3.4 s, where
	// the next took 3 ms): both done now, while the reader opens the page.
	go func() {
		st.Volume(ctx, store.VolumeQuery{Bucket: "month"})
		st.Search(ctx, store.SearchQuery{Query: "中国", Limit: 1})
	}()
	h := server.New(server.Options{Store: st, Slice: slice, Finish: finish, Write: *write, Token: *token, Who: *who, Report: ro, DisplayLang: *displayLang})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w (another program may use the port: try --addr 127.0.0.1:8081)", *addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	mode := "read-only"
	if *write {
		mode = "taking corrections"
	}
	fmt.Fprintf(stderr, "chronograph: serving %s (%s) on http://%s/ — Ctrl-C stops\n", *path, mode, ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shut); err != nil && !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		return nil
	}
}
