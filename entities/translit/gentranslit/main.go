// Command gentranslit writes entities/translit/model.tsv, the learned
// katakana ↔ Latin transliteration model the resolver links person names with:
//
//	apt-get install enamdict     # or: apt-get download enamdict; dpkg -x enamdict_*.deb d
//	go run ./entities/translit/gentranslit ../shared/eval/en-ja-translit.dev.jsonl
//
// It trains on the tune half of the Wikidata name pairs (translit.TuneHalf,
// CC0) and on the katakana person names of ENAMDICT with their English
// glosses (translit.ReadENAMDICT; EDRDG, CC BY-SA, so the model is CC BY-SA
// too), less every dictionary pair that shares an English or a katakana name
// with the held-out half, so that the held-out half still measures the links
// on names the model never saw (TestTranslitLinks). The output is
// deterministic.
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
	dictWeight := flag.Float64("dict-weight", translit.TrainDictWeight, "weight of the ENAMDICT pairs beside the Wikidata pairs")
	enamdict := flag.String("enamdict", "/usr/share/edict/enamdict", "ENAMDICT file (EUC-JP), as Debian's enamdict package installs it; \"\" for none")
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
	var tune, held []translit.Pair
	for _, p := range pairs {
		if translit.TuneHalf(p.En) {
			tune = append(tune, p)
		} else {
			held = append(held, p)
		}
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "# Katakana ↔ Latin pieces, EM-aligned over %d Wikidata name pairs (CC0), the tune half of %s", len(tune), "en-ja-translit.dev.jsonl")
	sets := []translit.TrainingSet{{Pairs: tune, Weight: 1}}
	if *enamdict != "" {
		f, err := os.Open(*enamdict)
		if err != nil {
			log.Fatalf("%v (install Debian's enamdict package, pass -enamdict FILE, or -enamdict '' to train without it)", err)
		}
		dict, err := translit.ReadENAMDICT(f)
		f.Close()
		if err != nil {
			log.Fatalf("%s: %v", *enamdict, err)
		}
		dict = translit.WithoutNames(dict, held)
		sets = append(sets, translit.TrainingSet{Pairs: dict, Weight: *dictWeight})
		fmt.Fprintf(&buf, ",\n# and %d katakana person names of ENAMDICT with their English glosses (EDRDG, CC BY-SA; see SOURCES.md) that name no pair of the held-out half", len(dict))
	}
	fmt.Fprintf(&buf, ": go run ./entities/translit/gentranslit\n")
	if err := translit.Train(sets, *iters, *minCount).Write(&buf); err != nil {
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
