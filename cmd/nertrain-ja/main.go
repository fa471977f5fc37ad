// Command nertrain-ja trains the Japanese entity tagger embedded in package
// entities/japanese.
//
// It reads annotated sentences in the JSON-lines format of
// ../shared/eval/README.md, turns each into a training example with the
// extractor's own tokeniser and features, trains an averaged perceptron and
// writes the pruned model. The same inputs and flags give the same bytes.
//
//	go run ./cmd/nertrain-ja -o entities/japanese/model.bin \
//	    ../shared/eval/ja-ner.train.jsonl ../shared/train/ner/ja-gsd-ne.train.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"slices"

	"github.com/spf13/pflag"

	"github.com/chronograph/chronograph/entities/japanese"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("nertrain-ja: ")
	out := pflag.StringP("output", "o", "entities/japanese/model.bin", "model file to write")
	epochs := pflag.Int("epochs", 20, "training epochs")
	seed := pflag.Int64("seed", 1, "shuffle seed")
	prune := pflag.Float32("prune", 1, "drop weights smaller in magnitude than this (in averaged-perceptron units)")
	pflag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: nertrain-ja [flags] TRAIN.jsonl...\n")
		pflag.PrintDefaults()
	}
	pflag.Parse()
	if pflag.NArg() == 0 {
		pflag.Usage()
		os.Exit(2)
	}
	if err := run(pflag.Args(), *out, *epochs, *seed, *prune); err != nil {
		log.Fatal(err)
	}
}

// record is one annotated sentence.
type record struct {
	Text     string `json:"text"`
	Entities []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Type  string `json:"type"`
	} `json:"entities"`
}

func run(files []string, out string, epochs int, seed int64, prune float32) error {
	x, err := japanese.NewWithModel(nil)
	if err != nil {
		return err
	}
	var sents []sentence
	for _, f := range files {
		n := len(sents)
		sents, err = readSentences(f, sents)
		if err != nil {
			return err
		}
		log.Printf("%s: %d sentences", f, len(sents)-n)
	}
	examples := make([]seqlabel.Example, 0, len(sents))
	for _, s := range sents {
		examples = append(examples, x.Examples(s.text, s.gold)...)
	}
	log.Printf("%d examples", len(examples))
	m := seqlabel.Train(examples, seqlabel.TrainOptions{
		Epochs: epochs,
		Seed:   seed,
		Progress: func(epoch int, acc float64) {
			log.Printf("epoch %d: training token accuracy %.4f", epoch, acc)
		},
	})
	kept := m.Prune(prune)
	data, err := m.MarshalBinary()
	if err != nil {
		return fmt.Errorf("encoding the model: %w", err)
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s: %d features, %d bytes", out, kept, len(data))
	return nil
}

// sentence is one training sentence with its gold spans, sorted by start.
type sentence struct {
	text string
	gold []japanese.Gold
}

// readSentences appends the sentences of one JSON-lines file.
func readSentences(path string, dst []sentence) ([]sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return dst, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(b) > 0 {
			var rec record
			if err := json.Unmarshal(b, &rec); err != nil {
				return dst, fmt.Errorf("%s:%d: %w", path, line, err)
			}
			s := sentence{text: rec.Text}
			for _, e := range rec.Entities {
				if e.Start < 0 || e.End > len(rec.Text) || e.Start >= e.End {
					return dst, fmt.Errorf("%s:%d: span [%d,%d) outside the text", path, line, e.Start, e.End)
				}
				if g, ok := japanese.TrainingSpan(e.Type, rec.Text, e.Start, e.End); ok {
					s.gold = append(s.gold, g)
				}
			}
			slices.SortStableFunc(s.gold, func(a, b japanese.Gold) int { return a.Start - b.Start })
			dst = append(dst, s)
		}
		if errors.Is(err, io.EOF) {
			return dst, nil
		}
		if err != nil {
			return dst, fmt.Errorf("%s: %w", path, err)
		}
	}
}
