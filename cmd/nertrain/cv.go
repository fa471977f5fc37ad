package main

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/nereval"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// cvOptions are the --cv and --holdout flags.
type cvOptions struct {
	folds     int
	seed      int64
	pool      []string
	holdout   []string
	jsonOut   string
	errorsOut string
	// models, when set, is a directory keeping each fold's model: one
	// found there is loaded instead of trained, so that a change to the
	// rules alone is measured without training again.
	models string
}

// crossValidate measures the training set-up t on documents it was not
// trained on (see nereval.CrossValidate): the training files are split into
// folds, the pool files are scored. Nothing is written but the report and
// the optional counts and error files.
func crossValidate(dir string, files []string, t trainer, o cvOptions, w io.Writer) error {
	load := func(names []string) ([]nereval.Record, error) {
		var recs []nereval.Record
		for _, f := range names {
			r, err := nereval.ReadFile(filepath.Join(dir, f))
			if err != nil {
				return nil, err
			}
			recs = append(recs, r...)
		}
		return recs, nil
	}
	train, err := load(files)
	if err != nil {
		return err
	}
	if t.normalise {
		for i := range train {
			nereval.Normalise(&train[i])
		}
	}
	// The documents scored always follow the project's conventions.
	pool, err := load(o.pool)
	if err != nil {
		return err
	}
	for i := range pool {
		nereval.Normalise(&pool[i])
	}
	plan := nereval.Plan{Folds: o.folds, Seed: o.seed, Holdout: o.holdout, ErrorsFile: o.errorsOut,
		Title: fmt.Sprintf("training seeds %v, %d epochs", t.seeds, t.epochs)}
	folds, err := nereval.CrossValidate(train, pool, plan, func(label string, keep func(int) bool) (entities.Extractor, error) {
		m, err := nereval.FoldModel(o.models, label, func() (*seqlabel.Model, error) { return t.model(t.examples(train, keep)) })
		if err != nil {
			return nil, err
		}
		return english.NewWithModel(m), nil
	}, w)
	if err != nil {
		return err
	}
	if o.jsonOut != "" && len(folds) > 0 {
		return nereval.WriteJSON(o.jsonOut, folds)
	}
	return nil
}
