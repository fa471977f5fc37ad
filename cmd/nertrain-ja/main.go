// Command nertrain-ja trains the Japanese entity tagger embedded in package
// entities/japanese.
//
// It reads annotated sentences in the JSON-lines format of
// ../shared/eval/README.md, turns each into a training example with the
// extractor's own tokeniser and features, trains an averaged perceptron and
// writes the pruned model. The same inputs and flags give the same bytes.
//
//	go run ./cmd/nertrain-ja -o entities/japanese/model.bin --seeds 1,2,3 --epochs 10 \
//	    ../shared/eval/ja-ner.train.jsonl ../shared/train/ner/ja-gsd-ne.train.jsonl \
//	    ../shared/train/ner/ja-kwac.all.jsonl
//
// With --cv k it writes no model but cross-validates the same set-up: k
// folds by document over the training files and the --cv-pool files, each
// trained on the rest and scored (see package entities/nereval); --cv-models
// keeps the fold models, so that a change to the rules applied after the
// tagger is scored again without training:
//
//	go run ./cmd/nertrain-ja --cv 5 --cv-pool ../shared/train/ner/ja-kwac.all.jsonl \
//	    ../shared/eval/ja-ner.train.jsonl ../shared/train/ner/ja-gsd-ne.train.jsonl
package main

import (
	"fmt"
	"log"
	"os"
	"slices"

	"github.com/spf13/pflag"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/entities/nereval"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("nertrain-ja: ")
	out := pflag.StringP("output", "o", "entities/japanese/model.bin", "model file to write")
	var t trainer
	pflag.IntVar(&t.epochs, "epochs", 20, "training epochs")
	pflag.Int64SliceVar(&t.seeds, "seeds", []int64{1}, "shuffle seeds: one model is trained per seed and their weights averaged into one")
	pflag.Float32Var(&t.prune, "prune", 1, "drop weights smaller in magnitude than this (in averaged-perceptron units)")
	pflag.StringToIntVar(&t.repeat, "repeat", nil, "train on these files (base names) this many times (file=n), to weight a source")
	var cv cvOptions
	pflag.IntVar(&cv.folds, "cv", 0, "cross-validate instead of writing a model: train on all but one of this many folds of the documents, score the held-out fold, for each fold")
	pflag.Int64Var(&cv.seed, "cv-seed", 1, "seed of the fold assignment")
	pflag.StringSliceVar(&cv.pool, "cv-pool", nil, "files scored by --cv and --holdout besides the training files (not trained on)")
	pflag.StringSliceVar(&cv.holdout, "holdout", nil, "corpora (file names less split, e.g. ja-gsd-ne) each left out of training and scored whole")
	pflag.StringSliceVar(&cv.together, "cv-together", []string{"ja-ner", "ja-gsd-ne"}, "corpora also reported together as one row (the issue's target is set on these two)")
	pflag.StringVar(&cv.errorsOut, "cv-errors", "", "write every error on the held-out folds to this TSV file")
	pflag.StringVar(&cv.models, "cv-models", "", "directory keeping each fold's model: a model found there is used instead of training one (to measure a change of rules alone; use one directory per training set-up)")
	pflag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: nertrain-ja [flags] TRAIN.jsonl...\n")
		pflag.PrintDefaults()
	}
	pflag.Parse()
	if pflag.NArg() == 0 {
		pflag.Usage()
		os.Exit(2)
	}
	var err error
	if cv.folds > 0 || len(cv.holdout) > 0 {
		err = crossValidate(pflag.Args(), t, cv)
	} else {
		err = run(pflag.Args(), *out, t)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// trainer holds the training set-up, the same for the shipped model and for
// every cross-validation fold.
type trainer struct {
	epochs int
	seeds  []int64
	prune  float32
	repeat map[string]int // by file base name
}

// model trains a tagger on the records for which keep is true (all when
// keep is nil).
func (t trainer) model(x *japanese.Extractor, recs []nereval.Record, keep func(i int) bool) (*seqlabel.Model, error) {
	var examples []seqlabel.Example
	for i, r := range recs {
		if keep != nil && !keep(i) {
			continue
		}
		ex := x.Examples(r.Text, goldOf(r))
		for k := 0; k < max(1, t.repeat[r.File]); k++ {
			examples = append(examples, ex...)
		}
	}
	log.Printf("%d examples", len(examples))
	m, err := seqlabel.TrainSeeds(examples, t.epochs, t.seeds, func(seed int64, epoch int, acc float64) {
		log.Printf("seed %d, epoch %d: training token accuracy %.4f", seed, epoch, acc)
	})
	if err != nil {
		return nil, err
	}
	m.Prune(t.prune)
	return m, nil
}

func run(files []string, out string, t trainer) error {
	x, err := japanese.NewWithModel(nil)
	if err != nil {
		return err
	}
	recs, err := readFiles(files)
	if err != nil {
		return err
	}
	m, err := t.model(x, recs, nil)
	if err != nil {
		return err
	}
	data, err := m.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encoding the model: %w", err)
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s: %d features, %d bytes", out, m.NumFeatures(), len(data))
	return nil
}

// readFiles reads the annotated records of the files, in order.
func readFiles(files []string) ([]nereval.Record, error) {
	var recs []nereval.Record
	for _, f := range files {
		r, err := nereval.ReadFile(f)
		if err != nil {
			return nil, err
		}
		log.Printf("%s: %d sentences", f, len(r))
		recs = append(recs, r...)
	}
	return recs, nil
}

// goldOf returns a record's spans as tagger chunks (see
// japanese.TrainingSpan), sorted by start.
func goldOf(r nereval.Record) []japanese.Gold {
	var gold []japanese.Gold
	for _, e := range r.Entities {
		if g, ok := japanese.TrainingSpan(e.Type, r.Text, e.Start, e.End); ok {
			gold = append(gold, g)
		}
	}
	slices.SortStableFunc(gold, func(a, b japanese.Gold) int { return a.Start - b.Start })
	return gold
}

// cvOptions are the --cv and --holdout flags.
type cvOptions struct {
	folds     int
	seed      int64
	pool      []string
	holdout   []string
	errorsOut string
	models    string   // see nereval.FoldModel
	together  []string // corpora reported together too
}

// crossValidate measures the training set-up t on documents it was not
// trained on (see nereval.CrossValidate): the training files are split into
// folds and scored with the pool files.
func crossValidate(files []string, t trainer, o cvOptions) error {
	x, err := japanese.NewWithModel(nil)
	if err != nil {
		return err
	}
	train, err := readFiles(files)
	if err != nil {
		return err
	}
	pool := slices.Clone(train)
	for _, f := range o.pool {
		if slices.Contains(files, f) {
			continue
		}
		r, err := nereval.ReadFile(f)
		if err != nil {
			return err
		}
		pool = append(pool, r...)
	}
	plan := nereval.Plan{Folds: o.folds, Seed: o.seed, Holdout: o.holdout, ErrorsFile: o.errorsOut,
		Title: fmt.Sprintf("training seeds %v, %d epochs", t.seeds, t.epochs)}
	if len(o.together) > 1 {
		plan.Together = [][]string{o.together}
	}
	_, err = nereval.CrossValidate(train, pool, plan, func(label string, keep func(int) bool) (entities.Extractor, error) {
		m, err := nereval.FoldModel(o.models, label, func() (*seqlabel.Model, error) { return t.model(x, train, keep) })
		if err != nil {
			return nil, err
		}
		return japanese.NewWithModel(m)
	}, os.Stdout)
	return err
}
