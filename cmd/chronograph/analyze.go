package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/timeline"
	"github.com/chronograph/chronograph/timeline/document"
	"github.com/chronograph/chronograph/timeline/store"
	"github.com/chronograph/chronograph/timeline/timex"
)

// analysisFlags are the flags shared by the commands that analyse inputs.
type analysisFlags struct {
	date        string
	datesFile   string
	dates       *document.Dates // read from datesFile by readOptions
	dateOrder   string
	displayLang string
	aliases     string
	workers     int
	maxBytes    int64
	evidence    int
	strict      bool
	quiet       bool
	sources     string // --sources: include or exclude news outlets cited as sources
	// keepSources, set by report, keeps the sources in the result: the
	// report hides them itself, behind a toggle.
	keepSources bool
	withText    bool // set by extract's --with-text
	storeFlags
	// onDuplicate is told of each document the reader leaves out as a
	// repeat of a text read before.
	onDuplicate func(document.Document)
	lean        bool // set by report: keep only what the report shows
	lazy        bool // load each extractor when a sentence first needs it
	lazies      []*lazyExtractor
	// unlimit restores the soft memory limit prepare replaced for the
	// analysis; nil when it kept the one GOMEMLIMIT set.
	unlimit func()
}

func (a *analysisFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&a.date, "date", "", "publication date `YYYY-MM-DD` for documents that carry none")
	fs.StringVar(&a.datesFile, "dates", "", "TSV `file` of publication dates: a document's id, source or file path, a tab, YYYY-MM-DD")
	fs.StringVar(&a.dateOrder, "date-order", "mdy", "how to read 2/7/2025: mdy (7 February) or dmy (2 July)")
	fs.StringVar(&a.displayLang, "display-lang", "en", "language of entity names: en or ja")
	fs.StringVar(&a.aliases, "aliases", "", "TSV `file` of entity aliases (canonical, type, aliases; also found in the text as written) and drop lines")
	fs.IntVarP(&a.workers, "jobs", "j", 0, "documents analysed in parallel (0: one per CPU)")
	fs.Int64Var(&a.maxBytes, "max-doc-bytes", 10<<20, "largest document in `bytes`: longer text files are split at paragraph breaks, longer HTML pages, JSON lines and JSON arrays skipped (0: no limit)")
	fs.IntVar(&a.evidence, "evidence", 20, "evidence sentences kept per edge")
	fs.BoolVar(&a.strict, "strict", false, "fail when any input file is skipped")
	fs.StringVar(&a.sources, "sources", "exclude", "news outlets cited as sources (according to Reuters, 読売新聞によると): exclude them from events, edges and timeline lanes, or include them")
	fs.BoolVarP(&a.quiet, "quiet", "q", false, "no progress or summary on stderr")
	a.registerStore(fs)
}

// pipeline builds the analysis pipeline the flags describe.
func (a *analysisFlags) pipeline(stderr io.Writer) (*timeline.Pipeline, error) {
	if a.dateOrder != "mdy" && a.dateOrder != "dmy" {
		return nil, usagef("--date-order must be mdy or dmy, not %q", a.dateOrder)
	}
	if a.displayLang != "en" && a.displayLang != "ja" {
		return nil, usagef("--display-lang must be en or ja, not %q", a.displayLang)
	}
	if a.sources != "include" && a.sources != "exclude" {
		return nil, usagef("--sources must be include or exclude, not %q", a.sources)
	}
	extractors := map[string]entities.Extractor{}
	for _, e := range []struct {
		lang string
		load func() (entities.Extractor, error)
	}{
		{"en", func() (entities.Extractor, error) { x, err := english.New(); return x, wrap(err, "English") }},
		{"ja", func() (entities.Extractor, error) { x, err := japanese.New(); return x, wrap(err, "Japanese") }},
	} {
		lang, load := e.lang, e.load
		if a.lazy {
			l := &lazyExtractor{load: load}
			a.lazies = append(a.lazies, l)
			extractors[lang] = l
			continue
		}
		x, err := load()
		if err != nil {
			return nil, err
		}
		extractors[lang] = x
	}
	ropts := entities.ResolverOptions{}
	if a.aliases != "" {
		if err := loadAliases(a.aliases, &ropts); err != nil {
			return nil, err
		}
		// The user's names count wherever they appear, not only where an
		// extractor saw a name ("Russian" listed as an alias of Russia).
		finder := entities.NewAliasFinder(ropts.Aliases)
		for lang, x := range extractors {
			extractors[lang] = finder.Wrap(x, lang)
		}
	}
	return &timeline.Pipeline{
		Extractors: extractors,
		Tagger:     timex.New(timex.Options{DayFirst: a.dateOrder == "dmy"}),
		Resolver:   entities.NewResolver(ropts),
		Options: timeline.Options{
			Workers:     a.workers,
			DisplayLang: a.displayLang,
			Evidence:    a.evidence,
			WithText:    a.withText,
			Lean:        a.lean,
		},
	}, nil
}

func wrap(err error, lang string) error {
	if err != nil {
		return fmt.Errorf("loading the %s extractor: %w", lang, err)
	}
	return nil
}

// lazyExtractor loads an extractor the first time a document needs it, so
// that a corpus in one language does not pay for the other's model and
// dictionary (the Japanese one takes about 0.5 s and 28 MB of heap). A load error leaves
// it extracting nothing; the caller checks err after the run.
type lazyExtractor struct {
	load func() (entities.Extractor, error)
	once sync.Once
	x    entities.Extractor
	err  error
}

func (l *lazyExtractor) Extract(text string, sentences []entities.Span) []entities.Mention {
	l.once.Do(func() { l.x, l.err = l.load() })
	if l.err != nil {
		return nil
	}
	return l.x.Extract(text, sentences)
}

// ExtractWords is Extract with the words of the extractor loaded (see
// entities.WordExtractor): without it, ingest split every Japanese
// sentence with kagome a second time for the full-text index.
func (l *lazyExtractor) ExtractWords(text string, sentences []entities.Span) ([]entities.Mention, [][]string) {
	l.once.Do(func() { l.x, l.err = l.load() })
	if l.err != nil {
		return nil, nil
	}
	return entities.ExtractWords(l.x, text, sentences)
}

// preloading passes the documents on to emit, and at the first that looks
// Japanese starts loading the Japanese extractor in the background: the
// reader runs ahead of the workers, and the dictionary, model and gazetteer
// index then load side by side rather than one after the other inside the
// first worker's Extract while the others wait. An English corpus loads
// nothing.
func preloading(emit func(document.Document) error) func(document.Document) error {
	started := false
	return func(d document.Document) error {
		if !started && likelyJapanese(d) {
			started = true
			japanese.Preload()
		}
		return emit(d)
	}
}

// likelyJapanese reports whether d declares itself Japanese or has kana
// (U+3040 to U+30FF, in UTF-8 E3 81 80 to E3 83 BF) in its first 4 KB.
func likelyJapanese(d document.Document) bool {
	if d.Lang == "ja" || strings.HasPrefix(d.Lang, "ja-") {
		return true
	}
	t := d.Text[:min(len(d.Text), 4<<10)]
	for {
		i := strings.IndexByte(t, 0xE3)
		if i < 0 || i+1 >= len(t) {
			return false
		}
		if b := t[i+1]; b >= 0x81 && b <= 0x83 {
			return true
		}
		t = t[i+1:]
	}
}

// memoryLimit is the soft limit of the Go heap, unless GOMEMLIMIT sets one.
const memoryLimit = 800 << 20

// readOptions are the document reader's options the flags describe.
func (a *analysisFlags) readOptions() (document.Options, error) {
	opts := document.Options{MaxBytes: a.maxBytes, ParseDate: timex.ParseDateLine}
	if a.date != "" {
		t, err := time.Parse(time.DateOnly, a.date)
		if err != nil {
			return opts, usagef("--date %q: want YYYY-MM-DD", a.date)
		}
		// Year 1 is Go's zero time, which means "no date", and dates
		// resolved against years past 9999 have five digits.
		if t.Year() < 1000 || t.Year() > 9999 {
			return opts, usagef("--date %s: the year must be between 1000 and 9999", a.date)
		}
		opts.Date = t
	}
	if a.datesFile != "" {
		f, err := os.Open(a.datesFile)
		if err != nil {
			return opts, fmt.Errorf("--dates: %w", err)
		}
		defer f.Close()
		if a.dates, err = document.ReadDates(a.datesFile, f); err != nil {
			return opts, fmt.Errorf("--dates: %w", err)
		}
		opts.Dates = a.dates
	}
	return opts, nil
}

// nonNegative fails with a usage error naming the first flag whose value
// is below zero: -j -1 or --max-doc-bytes -5 (which once removed the memory
// limit) are mistakes, not requests.
func nonNegative(flags map[string]int64) error {
	names := slices.Sorted(maps.Keys(flags))
	for _, name := range names {
		if v := flags[name]; v < 0 {
			return usagef("%s must be 0 or more, not %d", name, v)
		}
	}
	return nil
}

// check fails with a usage error for a flag value out of range.
func (a *analysisFlags) check() error {
	if err := nonNegative(map[string]int64{"-j": int64(a.workers), "--max-doc-bytes": a.maxBytes, "--evidence": int64(a.evidence)}); err != nil {
		return err
	}
	if err := a.checkStore(); err != nil {
		return err
	}
	_, err := a.readOptions()
	return err
}

// analyze reads the inputs and runs the pipeline on the documents as they
// are read (see read), or with --store builds the result from the store's
// documents (fromStore).
func (a *analysisFlags) analyze(ctx context.Context, inputs []string, stdin io.Reader, stderr io.Writer) (*timeline.Result, error) {
	if a.store != "" {
		if len(inputs) > 0 {
			return nil, usagef("--store reads the store, not inputs: name no INPUT (use 'chronograph ingest --store %s INPUT…' to add them)", store.Display(a.store))
		}
		return a.fromStore(ctx, stderr)
	}
	p, err := a.prepare(inputs, stderr)
	if err != nil {
		return nil, err
	}
	c := p.NewCorpus()
	a.onDuplicate = c.Duplicate // a text read twice shows the source that sorts first
	run, err := a.read(ctx, p, inputs, stdin, stderr, func(read func(emit func(document.Document) error) error) error {
		return p.PartialStream(read, func(pt timeline.Partial) error { c.Add(pt); return nil })
	})
	if err != nil {
		c.Close()
		return nil, err
	}
	res, err := c.Result()
	if err != nil {
		return nil, err
	}
	res.Inputs = run.inputs
	if len(res.Documents) == 0 {
		return nil, run.noDocuments(a, inputs)
	}
	a.finish(res, stderr, p, throughput(run.bytes, time.Since(run.start)))
	return res, nil
}

// prepare checks the flags and builds the pipeline for a run over inputs.
func (a *analysisFlags) prepare(inputs []string, stderr io.Writer) (*timeline.Pipeline, error) {
	if len(inputs) == 0 {
		return nil, usagef("no input: name files, directories or - for standard input")
	}
	a.lazy = true // an English corpus never loads the Japanese dictionary
	if os.Getenv("GOMEMLIMIT") == "" {
		// The garbage collector lets the heap grow to twice what is live;
		// near this soft limit it collects more often instead, so that a
		// large corpus stays within a gigabyte of memory.
		prev := debug.SetMemoryLimit(memoryLimit)
		a.unlimit = func() { debug.SetMemoryLimit(prev) }
	}
	return a.pipeline(stderr)
}

// readRun is what a read of the inputs did.
type readRun struct {
	statuses []document.FileStatus
	inputs   []timeline.Input
	bytes    int64 // text analysed
	start    time.Time
}

// read reads the inputs and passes the reading to consume, which runs the
// pipeline p over it, with a progress bar on a terminal for runs that take
// a while. Skipped files are reported on stderr (or fail the run with
// --strict), and so, unless quiet, is whatever else a user should know
// about a file: that it was decoded from another encoding, had invalid
// bytes, was split or held duplicates. Reading stops once ctx is done.
func (a *analysisFlags) read(ctx context.Context, p *timeline.Pipeline, inputs []string, stdin io.Reader, stderr io.Writer,
	consume func(read func(emit func(document.Document) error) error) error) (*readRun, error) {
	opts, err := a.readOptions()
	if err != nil {
		return nil, err
	}
	opts.Duplicate = a.onDuplicate
	run := &readRun{start: time.Now()}
	p.Options.Progress = func(n int) { run.bytes += int64(n) }
	var prog *progress
	if f, ok := stderr.(*os.File); ok && !a.quiet && term.IsTerminal(int(f.Fd())) {
		prog = &progress{total: inputSize(inputs), start: run.start, w: stderr}
		p.Options.Progress = func(n int) {
			run.bytes += int64(n)
			prog.add(n)
		}
		defer prog.finish()
	}
	err = consume(func(emit func(document.Document) error) error {
		var err error
		run.statuses, err = document.ReadContext(ctx, inputs, stdin, opts, preloading(emit))
		return err
	})
	if prog != nil {
		prog.finish() // the notes below start on a line of their own
	}
	if err != nil {
		return nil, err
	}
	for _, l := range a.lazies {
		if l.err != nil {
			return nil, l.err
		}
	}
	// Files not read at all, and files read in part, count for --strict;
	// files passed over on purpose (a folder's notes, chronograph's own
	// outputs) do not.
	skipped, partly := 0, 0
	for _, s := range run.statuses {
		switch {
		case s.Skipped == "" || s.PassedOver:
		case s.Documents == 0:
			skipped++
		default:
			partly++
		}
		if s.Skipped != "" && (!a.quiet || a.strict) || noteworthy(s) && !a.quiet {
			fmt.Fprintf(stderr, "chronograph: %s\n", fileNote(s))
		}
		run.inputs = append(run.inputs, timeline.Input{Path: s.Path, Documents: s.Documents, Skipped: s.Skipped,
			Encoding: s.Encoding, Repaired: s.Repaired, Parts: s.Parts, Duplicates: s.Duplicates})
	}
	// In path order, as every list of the result: the order the inputs
	// were named in makes no difference to the output.
	slices.SortStableFunc(run.inputs, func(x, y timeline.Input) int { return strings.Compare(x.Path, y.Path) })
	if a.strict && skipped+partly > 0 {
		var what []string
		if skipped > 0 {
			what = append(what, count(skipped, "input file")+" skipped")
		}
		if partly > 0 {
			what = append(what, count(partly, "input file")+" read only in part")
		}
		return nil, fmt.Errorf("%s (--strict): see the lines above", strings.Join(what, ", "))
	}
	return run, nil
}

// noDocuments is the error of a run that found no document in inputs.
func (run *readRun) noDocuments(a *analysisFlags, inputs []string) error {
	why := ""
	notRead := 0
	for _, s := range run.statuses {
		if s.Skipped != "" && s.Documents == 0 {
			notRead++
		}
	}
	if a.quiet && notRead > 0 {
		// -q hid the per-file lines that say why: point at them.
		why = fmt.Sprintf(" (%s skipped; run without -q to see why)", count(notRead, "input file"))
	}
	shown := make([]string, len(inputs))
	for i, in := range inputs {
		shown[i] = document.EscapePath(in)
	}
	return fmt.Errorf("no documents found in %s%s", strings.Join(shown, ", "), why)
}

// finish applies --sources to a result, lists its undated documents and,
// unless quiet, sums it up on stderr.
func (a *analysisFlags) finish(res *timeline.Result, stderr io.Writer, p *timeline.Pipeline, speed string) {
	if a.sources == "exclude" && !a.keepSources {
		res.DropSources()
	}
	res.Undated = undated(res.Documents)
	if a.quiet {
		return
	}
	a.dateNotes(stderr, res.Undated)
	line := fmt.Sprintf("chronograph: %s, %s, %s, %s", count(len(res.Documents), "document"), count(len(res.Entities), "entity"),
		count(len(res.Events), "event"), count(len(res.Edges), "edge"))
	if speed != "" {
		line += " (" + speed + ")"
	}
	fmt.Fprintln(stderr, line)
	if res.EventsOmitted > 0 {
		fmt.Fprintf(stderr, "chronograph: %s left out of the report (over %d per date)\n",
			count(res.EventsOmitted, "more event"), cmp.Or(p.Options.EventsPerDate, 20))
	}
	if res.ReportsOmitted > 0 {
		fmt.Fprintf(stderr, "chronograph: %s of events left out: dates past the first %d of a sentence, or reports past the cap per date\n",
			count(res.ReportsOmitted, "report"), timeline.MaxDatesPerSentence)
	}
	if res.PairsOmitted > 0 {
		fmt.Fprintf(stderr, "chronograph: %s not made edges: their sentences name more than %d entities, and only the %d most mentioned are paired\n",
			count(res.PairsOmitted, "pair")+" of names", timeline.MaxPairedNames, timeline.MaxPairedNames)
	}
}

// noteworthy reports whether a user should hear about a file that was read:
// it was decoded from another encoding than UTF-8, had invalid bytes
// replaced, was split into parts or held duplicates that were left out.
func noteworthy(s document.FileStatus) bool {
	return s.Encoding != "" || s.Repaired > 0 || s.Parts > 0 || s.Duplicates > 0
}

// fileNote is the line that tells what became of one input file, naming it:
// "skipped PATH: why" for a file not read at all, else "PATH: read, N
// documents; …" with what was left out, how it was decoded and repaired.
func fileNote(s document.FileStatus) string {
	note := s.String()
	if rest, ok := strings.CutPrefix(note, "skipped: "); ok {
		return "skipped " + s.Path + ": " + rest
	}
	return s.Path + ": " + note
}

// throughput describes the text analysed and the time it took: "3.2 MB in
// 1.2s, 2.67 MB/s", or "56 kB in 1.5s" for less than a megabyte, where a
// rate would say more about start-up than about speed.
func throughput(bytes int64, elapsed time.Duration) string {
	if bytes < 1e3 {
		return fmt.Sprintf("%s in %s", count(int(bytes), "byte"), elapsed.Round(time.Millisecond))
	}
	if bytes < 1e6 {
		return fmt.Sprintf("%.0f kB in %s", float64(bytes)/1e3, elapsed.Round(time.Millisecond))
	}
	return fmt.Sprintf("%.1f MB in %s, %.2f MB/s", float64(bytes)/1e6, elapsed.Round(time.Millisecond), float64(bytes)/1e6/elapsed.Seconds())
}

// count is n and the noun, in the plural unless n is 1: "1 entity", "3 edges".
func count(n int, noun string) string {
	switch {
	case n == 1:
		return "1 " + noun
	case strings.HasSuffix(noun, "y"):
		return fmt.Sprintf("%d %sies", n, noun[:len(noun)-1])
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// inputSize estimates the bytes a run will analyse from the sizes of the
// input files, for the progress bar; standard input counts as 0.
func inputSize(inputs []string) int64 {
	var n int64
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		_ = filepath.WalkDir(in, func(_ string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // the reader reports it
			}
			if d.Type().IsRegular() {
				if info, err := d.Info(); err == nil {
					n += info.Size()
				}
			}
			return nil
		})
	}
	return n
}

func loadAliases(path string, opts *entities.ResolverOptions) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("--aliases %s: %s", document.EscapePath(path), document.Reason(err))
	}
	defer f.Close()
	aliases, err := entities.ParseAliases(f)
	if err != nil {
		return fmt.Errorf("--aliases %s: %w", document.EscapePath(path), err)
	}
	opts.Aliases = aliases
	return nil
}

// progress shows a progress bar on a terminal once a run has taken more than
// a second: documents done, megabytes, throughput and the time left,
// estimated from the size of the input files. Shorter runs print nothing.
type progress struct {
	mu    sync.Mutex
	total int64 // estimated bytes; 0 when unknown (standard input)
	done  int64
	docs  int
	start time.Time
	w     io.Writer
	bar   *progressbar.ProgressBar
}

func (p *progress) add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += int64(n)
	p.docs++
	elapsed := time.Since(p.start)
	if p.bar == nil {
		if elapsed < time.Second {
			return
		}
		max := p.total
		if max <= 0 {
			max = -1 // unknown: a spinner with the counts
		}
		p.bar = progressbar.NewOptions64(max, progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetWidth(20), progressbar.OptionSetElapsedTime(false),
			progressbar.OptionSetPredictTime(false), progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish())
	}
	if p.total > 0 && p.done > p.total {
		// Decoding (UTF-16, Shift_JIS) can make the text larger than the file.
		p.total = p.done + p.done/10
		p.bar.ChangeMax64(p.total)
	}
	p.bar.Describe(progressLine(p.docs, p.done, p.total, elapsed))
	_ = p.bar.Set64(p.done)
}

// progressLine describes a run so far: documents, megabytes (of the total
// when known), throughput and, when the total is known, the time left.
func progressLine(docs int, done, total int64, elapsed time.Duration) string {
	line := fmt.Sprintf("%d docs, %.1f", docs, float64(done)/1e6)
	if total > 0 {
		line += fmt.Sprintf("/%.1f", float64(total)/1e6)
	}
	line += " MB"
	if elapsed <= 0 || done <= 0 {
		return line
	}
	rate := float64(done) / elapsed.Seconds()
	line += fmt.Sprintf(", %.2f MB/s", rate/1e6)
	if total > done {
		left := time.Duration(float64(total-done) / rate * float64(time.Second))
		line += ", " + left.Round(time.Second).String() + " left"
	}
	return line
}

// finish clears the bar; it may be called more than once.
func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
		p.bar = nil
	}
}
