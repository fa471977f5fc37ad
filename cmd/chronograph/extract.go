package main

import (
	"context"
	"io"
)

func runExtract(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("extract", "INPUT...", stderr)
	var a analysisFlags
	a.register(fs)
	out := fs.StringP("output", "o", "-", "write the JSON to `file` (- for standard output)")
	withText := fs.Bool("with-text", false, "include each document's text")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	a.withText = *withText
	if err := a.check(); err != nil {
		return err
	}
	if err := checkOutput(*out, "out.json", fs.Args()); err != nil {
		return err
	}
	res, err := a.analyze(ctx, fs.Args(), stdin, stderr)
	if err != nil {
		return err
	}
	return writeOutput(*out, stdout, func(w io.Writer) error { return writeJSONLines(w, res) })
}
