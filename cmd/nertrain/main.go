// Command nertrain trains the English entity tagger shipped in
// entities/english/model.bin from the annotated corpora in ../shared/train/ner.
//
//	go run ./cmd/nertrain -data ../shared/train/ner -o entities/english/model.bin
//
// Training is deterministic: the same files, epochs and seeds give the same
// bytes. Only the files named with -files are read; the evaluation dev sets
// (../shared/eval) are never training material.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// defaultFiles are the English training corpora (see ../shared/train/README.md).
var defaultFiles = []string{
	"en-uner-ewt.dev.jsonl", "en-uner-ewt.test.jsonl",
	"en-gum-silver.train.jsonl", "en-gum-silver.dev.jsonl", "en-gum-silver.test.jsonl",
	"en-wikigold.all.jsonl",
	"en-btc.train.jsonl", "en-btc.dev.jsonl", "en-btc.test.jsonl",
	"en-wnut17.train.jsonl", "en-wnut17.dev.jsonl", "en-wnut17.test.jsonl",
}

// defaultRepeat weights the real-text sources over the token-joined tweets:
// UNER-EWT follows the annotation guidelines of the news evaluation set and
// GUM is Wikinews-like prose.
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
	repeat := pflag.StringToInt("repeat", defaultRepeat, "train on these files this many times (file=n), to weight a source")
	pflag.Parse()

	var examples []seqlabel.Example
	gaz := english.DefaultGazetteer()
	common := english.NewCommonWordCounter()
	names := english.NewFirstNameCounter()
	for _, f := range *files {
		n0 := len(examples)
		err := readRecords(filepath.Join(*dir, f), func(r record) {
			for k := 0; k < max(1, (*repeat)[f]); k++ {
				examples = append(examples, english.TrainingExamples(r.Text, r.Entities, gaz)...)
			}
			common.Add(r.Text)
			names.Add(r.Text, r.Entities)
		})
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("%s: %d sequences", f, len(examples)-n0)
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
	if *brands != "" {
		givenSet := wordSet(given)
		all, err := readBrands(*brands)
		if err != nil {
			log.Fatal(err)
		}
		// A brand named by an everyday word is a weaker cue than a common
		// word is a name: a word seen twice in lower case is dropped.
		everyday := wordSet(common.Words(2, 1))
		kept := english.BrandNames(all, func(w string) bool { return everyday[w] }, func(w string) bool { return givenSet[w] })
		if err := os.WriteFile(*brandsOut, []byte(strings.Join(kept, "\n")+"\n"), 0o644); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote %s (%d of %d brand names; embedded at the next build, so train again to use them)", *brandsOut, len(kept), len(all))
	}
	m, err := train(examples, *epochs, *seeds)
	if err != nil {
		log.Fatal(err)
	}
	before := m.NumFeatures()
	kept := m.Prune(*prune)
	data, err := m.MarshalBinary()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d features, %d kept after pruning; wrote %s (%d bytes)", before, kept, *out, len(data))
}

// train trains one model per seed and averages them: the averaged weights
// depend less on the luck of one shuffled order. A few short runs averaged
// generalise better than one long run, which fits the training data more
// closely (MODEL.md, Figures).
func train(examples []seqlabel.Example, epochs int, seeds []int64) (*seqlabel.Model, error) {
	var models []*seqlabel.Model
	for _, seed := range seeds {
		models = append(models, seqlabel.Train(examples, seqlabel.TrainOptions{
			Epochs: epochs,
			Seed:   seed,
			Progress: func(epoch int, acc float64) {
				log.Printf("seed %d, epoch %d: token accuracy %.4f", seed, epoch, acc)
			},
		}))
	}
	return seqlabel.Average(models...)
}

// record is one line of the training JSONL format.
type record struct {
	Text     string             `json:"text"`
	Entities []english.GoldSpan `json:"entities"`
}

func readRecords(path string, fn func(record)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(strings.TrimSpace(string(b))) > 0 {
			var rec record
			if err := json.Unmarshal(b, &rec); err != nil {
				return fmt.Errorf("%s:%d: %w", path, line, err)
			}
			fn(rec)
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading %s: %w", path, err)
		}
	}
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
