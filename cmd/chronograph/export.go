package main

import (
	"context"
	"io"
	"slices"
	"strings"

	"github.com/chronograph/chronograph/render/export"
)

// runGraph writes the co-occurrence graph for Gephi, Cytoscape or Graphviz.
func runGraph(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return runExport(ctx, "graph", export.GraphFormats, "graphml", export.Graph, args, stdin, stdout, stderr)
}

// runTimeline writes the dated events as CSV, JSON or TimelineJS JSON.
func runTimeline(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	return runExport(ctx, "timeline", export.TimelineFormats, "csv", export.Timeline, args, stdin, stdout, stderr)
}

func runExport(ctx context.Context, name string, formats []string, def string, write export.Func, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags(name, "INPUT...", stderr)
	var a analysisFlags
	a.register(fs)
	out := fs.StringP("output", "o", "-", "write to `file` (- for standard output)")
	format := fs.String("format", def, "output format: "+strings.Join(formats, ", "))
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !slices.Contains(formats, *format) {
		return usagef("--format must be one of %s, not %q", strings.Join(formats, ", "), *format)
	}
	if err := a.check(); err != nil {
		return err
	}
	if err := checkOutput(*out, name+"."+*format, fs.Args()); err != nil {
		return err
	}
	a.lean = true // exports hold no mentions or timexes
	res, err := a.analyze(ctx, fs.Args(), stdin, stderr)
	if err != nil {
		return err
	}
	return writeOutput(*out, stdout, func(w io.Writer) error { return write(w, res, *format) })
}
