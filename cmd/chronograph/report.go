package main

import (
	"context"
	"io"
	"strings"

	"github.com/chronograph/chronograph/render"
)

func runReport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("report", "INPUT...", stderr)
	var a analysisFlags
	a.register(fs)
	out := fs.StringP("output", "o", "report.html", "write the report to `file` (- for standard output)")
	chart := fs.String("chart", "", "write one chart alone, for an <iframe>: timeline or network")
	var ro render.Options
	fs.StringVar(&ro.Title, "title", "chronograph report", "report title")
	fs.StringVar(&ro.Subtitle, "subtitle", "", "report subtitle")
	fs.StringVar(&ro.Theme, "theme", "light", "colour theme: light or dark")
	fs.IntVar(&ro.Lanes, "lanes", 10, "timeline lanes, one per top entity")
	top := fs.Int("top", 150, "entities drawn in the network at first, the most mentioned (0: all, up to 500); every entity is in the page")
	minWeight := fs.Int("min-weight", 1, "hide network links named together in fewer sentences (at first; the page's control changes it)")
	fs.StringVar(&ro.Weighting, "weighting", "dice", "network link weight: dice (shared sentences over the two entities' own), count or pmi")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *chart != "" && *chart != "timeline" && *chart != "network" {
		return usagef("--chart must be timeline or network, not %q", *chart)
	}
	if ro.Theme != "light" && ro.Theme != "dark" {
		return usagef("--theme must be light or dark, not %q", ro.Theme)
	}
	switch strings.ToLower(ro.Weighting) {
	case "count", "pmi", "dice":
	default:
		return usagef("--weighting must be count, pmi or dice, not %q", ro.Weighting)
	}
	if err := nonNegative(map[string]int64{"--top": int64(*top), "--min-weight": int64(*minWeight), "--lanes": int64(ro.Lanes)}); err != nil {
		return err
	}
	if err := a.check(); err != nil {
		return err
	}
	if err := checkOutput(*out, "report.html", fs.Args()); err != nil {
		return err
	}
	a.lean = true // the report shows no mentions or timexes: hold none
	a.keepSources = true
	// Nothing is pruned: the page carries every entity and edge, draws the
	// top of the window shown and pages through the rest.
	res, err := a.analyze(ctx, fs.Args(), stdin, stderr)
	if err != nil {
		return err
	}
	ro.MinWeight = *minWeight
	ro.ShowSources = a.sources == "include"
	ro.TopNodes = *top
	if *top <= 0 {
		ro.TopNodes = len(res.Entities) // all: Prune kept every one
	}
	return writeOutput(*out, stdout, func(w io.Writer) error {
		if *chart != "" {
			return render.Chart(w, res, *chart, ro)
		}
		return render.Report(w, res, ro)
	})
}
