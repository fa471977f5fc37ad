package english

import (
	"os"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// TestScoreModelFiles compares candidate tagger models without embedding
// them: it scores every model file named in $NER_MODELS (comma-separated)
// on every annotated JSONL file in $NER_EVAL, with the rules of this build,
// exact span and type. It is skipped unless both are set; use it to measure
// training changes on held-out files, e.g.
//
//	NER_MODELS=/tmp/a.bin,/tmp/b.bin NER_EVAL=../../../shared/train/ner/en-gum-silver.test.jsonl \
//	  go test ./entities/english -run ScoreModelFiles -v
func TestScoreModelFiles(t *testing.T) {
	models, evals := os.Getenv("NER_MODELS"), os.Getenv("NER_EVAL")
	if models == "" || evals == "" {
		t.Skip("set NER_MODELS and NER_EVAL")
	}
	var sets [][]goldRecord
	names := strings.Split(evals, ",")
	for _, path := range names {
		sets = append(sets, readGold(t, path))
	}
	for _, path := range strings.Split(models, ",") {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := seqlabel.Load(data)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		x := &Extractor{model: m, gaz: DefaultGazetteer()}
		for i, recs := range sets {
			var errs func(string)
			if os.Getenv("NER_ERRORS") != "" {
				errs = func(s string) { t.Log(s) }
			}
			c := scoreRecords(x, recs, errs)
			p, r, f := c.prf(entities.Person, entities.Location, entities.Organization)
			t.Logf("%s\t%s\tP %.3f R %.3f F1 %.3f", path, names[i], p, r, f)
		}
	}
}
