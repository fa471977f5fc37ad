package main

import (
	"fmt"
	"io"
	"os"
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
	"github.com/chronograph/chronograph/timeline/timex"
)

// analysisFlags are the flags shared by the commands that analyse inputs.
type analysisFlags struct {
	date        string
	dateOrder   string
	displayLang string
	aliases     string
	workers     int
	maxBytes    int64
	evidence    int
	strict      bool
	quiet       bool
	withText    bool // set by extract's --with-text
}

func (a *analysisFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&a.date, "date", "", "publication date `YYYY-MM-DD` for documents that carry none")
	fs.StringVar(&a.dateOrder, "date-order", "mdy", "how to read 2/7/2025: mdy (7 February) or dmy (2 July)")
	fs.StringVar(&a.displayLang, "display-lang", "en", "language of entity names: en or ja")
	fs.StringVar(&a.aliases, "aliases", "", "TSV `file` of entity aliases (canonical, type, aliases) and drop lines")
	fs.IntVarP(&a.workers, "jobs", "j", 0, "documents analysed in parallel (0: one per CPU)")
	fs.Int64Var(&a.maxBytes, "max-doc-bytes", 10<<20, "skip input files larger than this")
	fs.IntVar(&a.evidence, "evidence", 20, "evidence sentences kept per edge")
	fs.BoolVar(&a.strict, "strict", false, "fail when any input file is skipped")
	fs.BoolVarP(&a.quiet, "quiet", "q", false, "no progress or summary on stderr")
}

// pipeline builds the analysis pipeline the flags describe.
func (a *analysisFlags) pipeline(stderr io.Writer) (*timeline.Pipeline, error) {
	if a.dateOrder != "mdy" && a.dateOrder != "dmy" {
		return nil, usagef("--date-order must be mdy or dmy, not %q", a.dateOrder)
	}
	if a.displayLang != "en" && a.displayLang != "ja" {
		return nil, usagef("--display-lang must be en or ja, not %q", a.displayLang)
	}
	en, err := english.New()
	if err != nil {
		return nil, fmt.Errorf("loading the English extractor: %w", err)
	}
	ja, err := japanese.New()
	if err != nil {
		return nil, fmt.Errorf("loading the Japanese extractor: %w", err)
	}
	ropts := entities.ResolverOptions{}
	if a.aliases != "" {
		if err := loadAliases(a.aliases, &ropts); err != nil {
			return nil, err
		}
	}
	return &timeline.Pipeline{
		Extractors: map[string]entities.Extractor{"en": en, "ja": ja},
		Tagger:     timex.New(timex.Options{DayFirst: a.dateOrder == "dmy"}),
		Resolver:   entities.NewResolver(ropts),
		Options: timeline.Options{
			Workers:     a.workers,
			DisplayLang: a.displayLang,
			Evidence:    a.evidence,
			WithText:    a.withText,
		},
	}, nil
}

// readInputs reads every input into documents, reporting skipped files on
// stderr (or failing with --strict).
func (a *analysisFlags) readInputs(inputs []string, stdin io.Reader, stderr io.Writer) ([]document.Document, []document.FileStatus, error) {
	if len(inputs) == 0 {
		return nil, nil, usagef("no input: name files, directories or - for standard input")
	}
	opts := document.Options{MaxBytes: a.maxBytes, ParseDate: timex.ParseDateLine}
	if a.date != "" {
		t, err := time.Parse(time.DateOnly, a.date)
		if err != nil {
			return nil, nil, usagef("--date %q: want YYYY-MM-DD", a.date)
		}
		opts.Date = t
	}
	var docs []document.Document
	statuses, err := document.Read(inputs, stdin, opts, func(d document.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, statuses, err
	}
	skipped := 0
	for _, s := range statuses {
		if s.Skipped != "" {
			skipped++
			if !a.quiet || a.strict {
				fmt.Fprintf(stderr, "chronograph: skipped %s: %s\n", s.Path, s.Skipped)
			}
		}
	}
	if a.strict && skipped > 0 {
		return nil, statuses, fmt.Errorf("%d input file(s) skipped (--strict)", skipped)
	}
	if len(docs) == 0 {
		return nil, statuses, fmt.Errorf("no documents found in %v", inputs)
	}
	return docs, statuses, nil
}

// analyze reads the inputs and runs the pipeline, with a progress bar on a
// terminal for runs that take a while.
func (a *analysisFlags) analyze(inputs []string, stdin io.Reader, stderr io.Writer) (*timeline.Result, error) {
	p, err := a.pipeline(stderr)
	if err != nil {
		return nil, err
	}
	docs, statuses, err := a.readInputs(inputs, stdin, stderr)
	if err != nil {
		return nil, err
	}
	total := 0
	for _, d := range docs {
		total += len(d.Text)
	}
	start := time.Now()
	if f, ok := stderr.(*os.File); ok && !a.quiet && term.IsTerminal(int(f.Fd())) {
		prog := &progress{total: int64(total), start: start, w: stderr}
		p.Options.Progress = prog.add
		defer prog.finish()
	}
	res := p.Analyze(docs)
	for _, s := range statuses {
		res.Inputs = append(res.Inputs, timeline.Input{Path: s.Path, Documents: s.Documents, Skipped: s.Skipped})
	}
	if !a.quiet {
		fmt.Fprintf(stderr, "chronograph: %d documents, %d entities, %d events, %d edges (%.1f MB in %s)\n",
			len(res.Documents), len(res.Entities), len(res.Events), len(res.Edges),
			float64(total)/1e6, time.Since(start).Round(time.Millisecond))
	}
	return res, nil
}

func loadAliases(path string, opts *entities.ResolverOptions) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("--aliases: %w", err)
	}
	defer f.Close()
	_ = opts
	return fmt.Errorf("--aliases %s: alias files are not supported yet", path)
}

// progress shows a progress bar on a terminal once a run has taken more than
// a second; shorter runs print nothing.
type progress struct {
	mu    sync.Mutex
	total int64
	done  int64
	start time.Time
	w     io.Writer
	bar   *progressbar.ProgressBar
}

func (p *progress) add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += int64(n)
	if p.bar == nil {
		if time.Since(p.start) < time.Second {
			return
		}
		p.bar = progressbar.NewOptions64(p.total, progressbar.OptionSetWriter(p.w),
			progressbar.OptionShowBytes(true), progressbar.OptionSetDescription("analysing"),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
	}
	_ = p.bar.Set64(p.done)
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
