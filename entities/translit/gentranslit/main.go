// Command gentranslit writes entities/translit/model.tsv, the learned
// katakana ↔ Latin transliteration model the resolver breaks ties with:
//
//	go run ./entities/translit/gentranslit ../shared/eval/en-ja-translit.dev.jsonl
//
// It trains on the tune half of the Wikidata name pairs only (translit.TuneHalf),
// so that the other half measures the links (TestTranslitLinks). The pairs are
// CC0; the output is deterministic.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/chronograph/chronograph/entities/translit"
)

func main() {
	out := flag.String("o", "entities/translit/model.tsv", "output file")
	iters := flag.Int("iters", translit.TrainIters, "EM rounds")
	minCount := flag.Float64("min-count", translit.TrainMinCount, "drop pieces with a smaller expected count")
	flag.Parse()
	if flag.NArg() != 1 {
		log.Fatal("usage: gentranslit [-o model.tsv] en-ja-translit.dev.jsonl")
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	pairs, err := translit.ReadPairs(f)
	f.Close()
	if err != nil {
		log.Fatalf("%s: %v", flag.Arg(0), err)
	}
	var tune []translit.Pair
	for _, p := range pairs {
		if translit.TuneHalf(p.En) {
			tune = append(tune, p)
		}
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# Katakana ↔ Latin pieces, EM-aligned over %d Wikidata name pairs (CC0), the tune half of %s: go run ./entities/translit/gentranslit\n", len(tune), "en-ja-translit.dev.jsonl")
	if err := translit.Train(tune, *iters, *minCount).Write(&buf); err != nil {
		log.Fatal(err)
	}
	tmp := *out + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.Rename(tmp, *out); err != nil {
		log.Fatal(err)
	}
}
