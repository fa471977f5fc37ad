package nereval

import (
	"bufio"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// Plan says what CrossValidate measures.
type Plan struct {
	// Folds is the number of folds (0: none), Seed the seed of the fold
	// assignment.
	Folds int
	Seed  int64
	// Holdout lists corpora each left out of training and scored whole.
	Holdout []string
	// ErrorsFile, when set, is the file to write with a tab-separated line
	// per error on the held-out documents: run, FP/FN, corpus, type, quoted
	// name, context.
	ErrorsFile string
	// Title describes the training set-up in the report.
	Title string
	// Together lists groups of corpora also reported as one row each (the
	// Japanese target is set on ja-ner and ja-gsd-ne together).
	Together [][]string
}

// Fit trains an extractor on the training records for which keep is true;
// label names the run ("fold2", "without-en-btc"), for a caller that keeps
// the models it trains.
type Fit func(label string, keep func(i int) bool) (entities.Extractor, error)

// CrossValidate measures a training set-up on documents it was not trained
// on. With k folds, for each fold it fits on the training records whose
// document lies outside the fold and scores the pool's documents inside it;
// for each held-out corpus, it fits on every other corpus and scores that
// one whole. The report goes to w; the per-fold tallies are returned.
//
// train and pool may share records (a corpus both trained on and scored);
// a document falls in the same fold in both.
func CrossValidate(train, pool []Record, plan Plan, fit Fit, w io.Writer) (folds []*Tally, err error) {
	var errs *bufio.Writer
	if plan.ErrorsFile != "" {
		f, err := os.Create(plan.ErrorsFile)
		if err != nil {
			return nil, fmt.Errorf("creating the error file: %w", err)
		}
		errs = bufio.NewWriter(f)
		defer func() {
			if e := errs.Flush(); e != nil && err == nil {
				err = fmt.Errorf("writing %s: %w", plan.ErrorsFile, e)
			}
			if e := f.Close(); e != nil && err == nil {
				err = fmt.Errorf("writing %s: %w", plan.ErrorsFile, e)
			}
		}()
	}
	var foldOf []int // per training record
	for _, d := range Documents(train) {
		f := Fold(d, max(1, plan.Folds), plan.Seed)
		for range d.Records {
			foldOf = append(foldOf, f)
		}
	}
	poolDocs := Documents(pool)
	score := func(label string, keep func(i int) bool, scored func(d Doc) bool) (*Tally, error) {
		start := time.Now()
		x, err := fit(label, keep)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", label, err)
		}
		t := NewTally()
		if errs != nil {
			t.Errors = func(kind, corpus string, typ entities.Type, name, context string) {
				fmt.Fprintf(errs, "%s\t%s\t%s\t%s\t%q\t%s\n", label, kind, corpus, typ, name, context)
			}
		}
		n := 0
		for _, d := range poolDocs {
			if scored(d) {
				t.ScoreDoc(x, d)
				n++
			}
		}
		log.Printf("%s: trained and scored %d documents in %s", label, n, time.Since(start).Round(time.Second))
		return t, nil
	}
	for k := 0; k < plan.Folds; k++ {
		t, err := score(fmt.Sprintf("fold%d", k),
			func(i int) bool { return foldOf[i] != k },
			func(d Doc) bool { return Fold(d, plan.Folds, plan.Seed) == k })
		if err != nil {
			return nil, err
		}
		folds = append(folds, t)
	}
	if plan.Folds > 0 {
		Report(w, fmt.Sprintf("cross-validation, %d folds by document (fold seed %d); %s", plan.Folds, plan.Seed, plan.Title), folds, plan.Together...)
	}
	for _, corpus := range plan.Holdout {
		if !slices.ContainsFunc(poolDocs, func(d Doc) bool { return d.Corpus == corpus }) {
			return nil, fmt.Errorf("hold-out %s: no such corpus among the scored files", corpus)
		}
		t, err := score("without-"+corpus,
			func(i int) bool { return train[i].Corpus != corpus },
			func(d Doc) bool { return d.Corpus == corpus })
		if err != nil {
			return nil, err
		}
		Report(w, "hold-out: trained without "+corpus+"; "+plan.Title, []*Tally{t})
	}
	return folds, nil
}

// FoldModel returns the model of the cross-validation run label (see Fit):
// loaded from dir if dir holds one, else trained, and saved in dir when dir
// is set. Keeping the fold models measures a change to the rules alone
// without training again: training takes minutes per fold, scoring
// seconds. The features must not have changed since the models were saved;
// use one directory per training set-up.
func FoldModel(dir, label string, train func() (*seqlabel.Model, error)) (*seqlabel.Model, error) {
	path := ""
	if dir != "" {
		path = filepath.Join(dir, label+".bin")
		if data, err := os.ReadFile(path); err == nil {
			log.Printf("%s: using the model in %s", label, path)
			return seqlabel.Load(data)
		}
	}
	m, err := train()
	if err != nil || path == "" {
		return m, err
	}
	data, err := m.MarshalBinary()
	if err == nil {
		err = os.WriteFile(path, data, 0o644)
	}
	if err != nil {
		return nil, fmt.Errorf("saving the fold model: %w", err)
	}
	return m, nil
}
