// Command chronograph turns news articles and social-media posts, English and
// Japanese mixed, into a dated timeline and an entity relationship graph.
//
// Usage:
//
//	chronograph report  [flags] INPUT...   write the HTML report
//	chronograph extract [flags] INPUT...   write the analysis as JSON
//	chronograph graph   [flags] INPUT...   export the entity graph (GraphML, GEXF, JSON, DOT)
//	chronograph timeline [flags] INPUT...  export the events (CSV, JSON, TimelineJS)
//	chronograph ingest  [flags] INPUT...   add the inputs to a store (--store, default ./chronograph.db)
//	chronograph aliases [--store FILE]     write a store's corrections as an --aliases file
//	chronograph serve [--store FILE] [--addr 127.0.0.1:8080] [--write]   explore a store in the browser
//	chronograph eval    [flags] GOLD.jsonl score the extractors on annotated data
//	chronograph version
//
// INPUT is a file, a directory (walked in lexical order) or "-" for
// standard input. Run a subcommand with -h for its flags.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"

type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"report", "write the HTML report (timeline, network, tables) for the inputs", runReport},
		{"extract", "write entities, mentions, dates, events and edges as JSON", runExtract},
		{"graph", "export the entity graph: graphml, gexf, json (Cytoscape) or dot", runGraph},
		{"timeline", "export the dated events: csv, json or timelinejs", runTimeline},
		{"ingest", "add the inputs to a store (default ./chronograph.db); documents seen before are skipped", runIngest},
		{"resolve", "bring a store's entities, events and edges up to date (after concurrent ingests or corrections)", runResolve},
		{"aliases", "write the corrections kept in a store as an --aliases file", runAliases},
		{"serve", "explore a store in the browser: the report's page and a JSON API (127.0.0.1:8080)", runServe},
		{"eval", "score entity or date extraction on an annotated JSON-lines file", runEval},
		{"version", "print the version", runVersion},
	}
}

func main() {
	os.Exit(interruptible(os.Stderr, pendingOutputs, func(ctx context.Context) int {
		return runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	}))
}

// run executes one command line and returns the process exit code: 0 for
// success, 1 for a failure, 2 for a usage error.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run that stops reading the inputs once ctx is done (an
// interrupt); the command then fails without a message of its own, as the
// interrupt handler reports it.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, args[1:], stdin, stdout, stderr)
		switch {
		case err == nil:
			return 0
		case ctx.Err() != nil && errors.Is(err, ctx.Err()):
			return 1
		case errors.Is(err, pflag.ErrHelp):
			return 0
		case errors.As(err, new(usageError)):
			fmt.Fprintf(stderr, "chronograph %s: %v\nRun 'chronograph %s -h' for help.\n", c.name, err, c.name)
			return 2
		default:
			fmt.Fprintf(stderr, "chronograph %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "chronograph: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "chronograph turns news and posts (English and Japanese) into a dated timeline and an entity graph.")
	fmt.Fprintln(w, "\nUsage: chronograph COMMAND [flags] INPUT...")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nINPUT is a file (.txt .md .html .jsonl), a directory, or - for standard input.")
	fmt.Fprintln(w, "Run 'chronograph COMMAND -h' for the flags of a command.")
}

// usageError marks an error in how the command was called.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(name, args string, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.SortFlags = false
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: chronograph %s [flags] %s\n\nFlags:\n%s", name, args, fs.FlagUsages())
	}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors.
func parseFlags(fs *pflag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	return nil
}

func runVersion(_ context.Context, args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("version", "", stderr)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "chronograph %s\n", version)
	return nil
}
