package main

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/gazetteer"
	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/store"
)

// storeFlags select a store and, for the commands that report from one,
// the slice of it to report.
type storeFlags struct {
	store        string
	from, to     string
	focus, query string
}

func (s *storeFlags) registerStore(fs *pflag.FlagSet) {
	fs.StringVar(&s.store, "store", "", "read the corpus from the store `file` made by 'chronograph ingest' instead of INPUTs")
	fs.StringVar(&s.from, "from", "", "with --store: documents published on or after `YYYY-MM-DD`")
	fs.StringVar(&s.to, "to", "", "with --store: documents published on or before `YYYY-MM-DD`")
	fs.StringVar(&s.focus, "focus", "", "with --store: documents naming `ENTITY` (an id or a name): its neighbourhood")
	fs.StringVar(&s.query, "query", "", "with --store: documents with a sentence holding all these `words`")
}

// sliced reports whether a slice of the store was asked for.
func (s *storeFlags) sliced() bool {
	return s.from != "" || s.to != "" || s.focus != "" || s.query != ""
}

// checkStore checks the slice flags: they need --store.
func (s *storeFlags) checkStore() error {
	if s.store == "" && s.sliced() {
		return usagef("--from, --to, --focus and --query select a slice of a store: give --store FILE too")
	}
	return nil
}

// currentVersions are the versions a store records as having analysed its
// documents: this build, its embedded models and data, and the alias file.
func currentVersions(aliases string) (store.Versions, error) {
	h := sha256.Sum256([]byte(english.DataHash() + japanese.DataHash() + gazetteer.DataHash()))
	v := store.Versions{Chronograph: version, Models: hex.EncodeToString(h[:])}
	if aliases != "" {
		b, err := os.ReadFile(aliases)
		if err != nil {
			return v, fmt.Errorf("--aliases: %w", err)
		}
		sum := sha256.Sum256(b)
		v.Aliases = hex.EncodeToString(sum[:])
	}
	return v, nil
}

// fromStore builds the result from the documents of a store in the slice
// the flags select: the partials stored at ingest, folded as extract folds
// those of the inputs, with the store's entity ids.
func (a *analysisFlags) fromStore(ctx context.Context, stderr io.Writer) (*timeline.Result, error) {
	if a.withText {
		return nil, usagef("--with-text: a store keeps the sentences that name entities, not whole texts")
	}
	st, err := store.Open(ctx, a.store, store.Options{ReadOnly: true})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return nil, err
	}
	if stats.Stale && !a.quiet {
		shown := document.EscapePath(store.Display(a.store))
		fmt.Fprintf(stderr, "chronograph: %s has documents or corrections not yet resolved (an ingest is running or was interrupted): run 'chronograph resolve --store %s' to bring it up to date\n", shown, shown)
	}
	a.lazy = true // no document is analysed: no model is loaded
	p, err := a.pipeline(stderr)
	if err != nil {
		return nil, err
	}
	slice := store.Slice{Window: store.Window{From: a.from, To: a.to}, Query: a.query}
	if a.focus != "" {
		e, err := findEntity(ctx, st, a.focus)
		if err != nil {
			return nil, err
		}
		slice.Focus = e.ID
	}
	res, err := sliceResult(ctx, st, p, slice)
	if err != nil {
		return nil, err
	}
	if len(res.Documents) == 0 {
		return nil, fmt.Errorf("no documents in %s match --from %q --to %q --focus %q --query %q (it holds %s)",
			store.Display(a.store), a.from, a.to, a.focus, a.query, count(stats.Documents, "document"))
	}
	a.finish(res, stderr, p, "")
	return res, nil
}

// sliceResult folds the stored partials of a slice (store.Fold).
func sliceResult(ctx context.Context, st store.Store, p *timeline.Pipeline, slice store.Slice) (*timeline.Result, error) {
	res, err := store.Fold(ctx, st, p, slice)
	if err != nil {
		return nil, storeError(err)
	}
	return res, nil
}

// storeError turns a store's bad-query error into a usage error.
func storeError(err error) error {
	if errors.Is(err, store.ErrBadQuery) {
		return usageError{err}
	}
	return err
}

// findEntity finds an entity by id, else by name or alias (the one with
// most mentions among those named exactly so, in any case).
func findEntity(ctx context.Context, st store.Store, name string) (store.Entity, error) {
	if e, err := st.Entity(ctx, name); err == nil {
		return e, nil
	}
	page, err := st.Entities(ctx, store.EntityQuery{Query: name, Limit: store.MaxLimit})
	if err != nil {
		return store.Entity{}, storeError(err)
	}
	for _, e := range page.Items { // most mentioned first
		if strings.EqualFold(e.Name, name) || strings.EqualFold(e.NameJA, name) ||
			slices.ContainsFunc(e.Aliases, func(a string) bool { return strings.EqualFold(a, name) }) {
			return e, nil
		}
	}
	return store.Entity{}, fmt.Errorf("--focus %q: no entity of the store has that id or name", name)
}

// An ingest writes the documents it has analysed in one transaction once
// it holds this many, this much text, or has waited this long: a crash
// loses at most that much work, never part of a document.
const (
	maxBatchDocs  = 256
	maxBatchBytes = 4 << 20
	maxBatchWait  = time.Second
)

func runIngest(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ingest", "INPUT...", stderr)
	var a analysisFlags
	a.register(fs)
	fs.Lookup("store").Usage = "the store to add the documents to: a `file` (created if missing) or a postgres://user@host/db URL"
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if a.sliced() {
		return usagef("ingest adds whole inputs: --from, --to, --focus and --query are for reading a store")
	}
	if err := a.check(); err != nil {
		return err
	}
	return ingest(ctx, &a, fs.Args(), stdin, stderr)
}

// runResolve brings a store's corpus-wide results up to date on demand:
// after corrections, after an interrupted ingest, or while several ingests
// write to it at once (the last of them to end resolves).
func runResolve(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("resolve", "", stderr)
	var a analysisFlags
	a.register(fs)
	fs.Lookup("store").Usage = "the store to resolve: a `file` or a postgres://user@host/db URL"
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("resolve takes no INPUT: it resolves the documents in --store (use 'chronograph ingest' to add inputs)")
	}
	if a.sliced() {
		return usagef("resolve works on the whole store: --from, --to, --focus and --query are for reading a store")
	}
	if err := a.check(); err != nil {
		return err
	}
	return ingest(ctx, &a, nil, stdin, stderr)
}

// ingest adds the inputs to the store the flags name, then resolves the
// corpus.
func ingest(ctx context.Context, a *analysisFlags, inputs []string, stdin io.Reader, stderr io.Writer) error {
	path := cmp.Or(a.store, store.DefaultPath)
	versions, err := currentVersions(a.aliases)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, path, store.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	if !a.quiet {
		stored, err := st.Versions(ctx)
		if err != nil {
			return err
		}
		if msg := stored.Compare(versions); msg != "" {
			fmt.Fprintf(stderr, "chronograph: %s: %s\n", document.EscapePath(store.Display(path)), msg)
		}
	}
	pendingOutputs.storing(document.EscapePath(store.Display(path)))
	var (
		p            *timeline.Pipeline
		added, known int
		speed        string
		others       bool // other ingests write to the store still
	)
	if len(inputs) > 0 {
		// Ingests that write to one store at once (several machines, one
		// PostgreSQL store) leave the finish to the last of them to end:
		// it sees all their documents, and one finish is done instead of
		// one each.
		done, err := st.Ingesting(ctx)
		if err != nil {
			return err
		}
		defer done()
		if p, err = a.prepare(inputs, stderr); err != nil {
			return err
		}
		p.Options.Words = true // the full-text index takes the extractor's words
		// A text read twice in this run is one document, shown under the
		// least of its sources.
		var (
			mu   sync.Mutex
			dups []document.Document
		)
		a.onDuplicate = func(d document.Document) {
			mu.Lock()
			dups = append(dups, document.Document{Text: d.Text, Source: d.Source})
			mu.Unlock()
		}
		// Documents whose text the store holds are not analysed again.
		run, err := a.read(ctx, p, inputs, stdin, stderr, func(read func(emit func(document.Document) error) error) error {
			newOnly := func(emit func(document.Document) error) error {
				return read(func(d document.Document) error {
					seen, err := st.Known(ctx, timeline.HashText(d.Text), d.Source)
					if err != nil {
						return err
					}
					if seen {
						known++
						return nil
					}
					return emit(d)
				})
			}
			// Documents are written as they come, a batch in one
			// transaction every second or so, while the next are analysed.
			var (
				batch []timeline.Partial
				size  int
				last  = time.Now()
			)
			bw := newBatchWriter(ctx, st)
			take := func() []timeline.Partial {
				b := batch
				batch, size, last = nil, 0, time.Now()
				return b
			}
			err := p.PartialStream(newOnly, func(pt timeline.Partial) error {
				batch = append(batch, pt)
				size += pt.Bytes
				if len(batch) >= maxBatchDocs || size >= maxBatchBytes || time.Since(last) >= maxBatchWait {
					return bw.write(take())
				}
				return nil
			})
			// Interrupted or not, what was analysed is kept.
			werr := bw.close(take())
			// Documents another ingest stored meanwhile (a shared
			// PostgreSQL store) are known, not added.
			added, known = added+bw.added, known+bw.known
			return errors.Join(err, werr)
		})
		if err != nil {
			return err
		}
		if added+known == 0 {
			return run.noDocuments(a, inputs)
		}
		for _, d := range dups {
			if _, err := st.Known(ctx, timeline.HashText(d.Text), d.Source); err != nil {
				return err
			}
		}
		if added > 0 {
			speed = throughput(run.bytes, time.Since(run.start))
		}
		if others, err = done(); err != nil {
			return err
		}
	} else {
		// No input: bring the store up to date (after an interrupted
		// ingest, or corrections).
		a.lazy = true
		if p, err = a.pipeline(stderr); err != nil {
			return err
		}
	}
	var rep store.FinishReport
	if !others {
		// The analysis' memory limit bounds a stream of documents. A
		// finish holds what it clusters again, which grows with the
		// store (1.2 GB live adding 1,000 documents to 100,000), and a
		// heap held above its soft limit keeps the collector running:
		// it took about half the CPU of such a finish.
		if a.unlimit != nil {
			a.unlimit()
		}
		if rep, err = st.Finish(ctx, store.FinishOptions{Resolve: p.ResolveLocals, Versions: versions}); err != nil {
			return err
		}
	}
	if a.quiet {
		return nil
	}
	after, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if len(inputs) > 0 {
		line := fmt.Sprintf("chronograph: %s added to %s", count(added, "document"), document.EscapePath(store.Display(path)))
		if known > 0 {
			line += fmt.Sprintf(" (%s already in it)", count(known, "document"))
		}
		if speed != "" {
			line += " (" + speed + ")"
		}
		fmt.Fprintln(stderr, line)
	}
	if others {
		fmt.Fprintf(stderr, "chronograph: other ingests are writing to the store: the last of them to end resolves the corpus (or run 'chronograph resolve --store %s')\n",
			document.EscapePath(store.Display(path)))
		return nil
	}
	fmt.Fprintf(stderr, "chronograph: the store holds %s, %s (%d new, %d merged away), %s, %s\n",
		count(after.Documents, "document"), count(after.Entities, "entity"), rep.New, rep.Redirects,
		count(after.Events, "dated report"), count(after.Edges, "edge"))
	return nil
}

// batchWriter writes batches of documents to a store in the background,
// one at a time and in order, so that the analysis goes on while a batch
// is written: ingest waited for each, its writes adding to the analysis'
// time (a PostgreSQL server's share of the work too). A batch started is
// finished even when the run is interrupted: what was analysed is kept.
type batchWriter struct {
	queue chan []timeline.Partial
	done  chan struct{}

	mu           sync.Mutex
	err          error // of the first batch that failed: the later are not written
	added, known int   // read after close
}

func newBatchWriter(ctx context.Context, st store.Store) *batchWriter {
	w := &batchWriter{queue: make(chan []timeline.Partial, 1), done: make(chan struct{})}
	ctx = context.WithoutCancel(ctx)
	go func() {
		defer close(w.done)
		for b := range w.queue {
			if w.failed() != nil || len(b) == 0 {
				continue
			}
			n, err := st.AddBatch(ctx, b)
			w.mu.Lock()
			if err != nil {
				w.err = err
			} else {
				w.added, w.known = w.added+n, w.known+len(b)-n
			}
			w.mu.Unlock()
		}
	}()
	return w
}

func (w *batchWriter) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// write queues a batch, waiting while another is queued; it returns the
// error of a batch written before, if one failed.
func (w *batchWriter) write(b []timeline.Partial) error {
	if err := w.failed(); err != nil {
		return err
	}
	w.queue <- b
	return nil
}

// close writes the last batch and waits for every batch to be written.
func (w *batchWriter) close(last []timeline.Partial) error {
	w.queue <- last
	close(w.queue)
	<-w.done
	return w.failed()
}

func runAliases(ctx context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("aliases", "", stderr)
	path := fs.String("store", store.DefaultPath, "the store `file` whose corrections to write")
	out := fs.StringP("output", "o", "-", "write the alias file to `file` (- for standard output)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("aliases takes no INPUT: it writes the corrections kept in --store")
	}
	if err := checkOutput(*out, "aliases.tsv", nil); err != nil {
		return err
	}
	st, err := store.Open(ctx, *path, store.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer st.Close()
	return writeOutput(*out, stdout, func(w io.Writer) error { return store.WriteAliases(ctx, st, w) })
}
