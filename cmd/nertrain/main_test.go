package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronograph/chronograph/entities/english"
	"github.com/chronograph/chronograph/entities/nereval"
	"github.com/chronograph/chronograph/entities/seqlabel"
)

// TestTrainSmall reads a small annotated file, trains on it and checks that
// the model survives the file format and tags its own training sentence.
func TestTrainSmall(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tiny.jsonl")
	data := `{"id": "a", "text": "Maria Lindqvist visited Oslo.", "entities": [{"start": 0, "end": 15, "type": "PERSON"}, {"start": 24, "end": 28, "type": "LOCATION"}]}

{"id": "b", "text": "The ministry said nothing.", "entities": []}
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	recs, err := nereval.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || len(recs[0].Entities) != 2 || recs[0].Entities[1].Type != "LOCATION" {
		t.Fatalf("ReadFile = %+v", recs)
	}
	var examples []seqlabel.Example
	for _, r := range recs {
		examples = append(examples, english.TrainingExamples(r.Text, r.Entities, nil)...)
	}
	m := seqlabel.Train(examples, seqlabel.TrainOptions{Epochs: 5, Seed: 1})
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	loaded, err := seqlabel.Load(b)
	if err != nil {
		t.Fatal(err)
	}
	got := loaded.Predict(examples[0].Tokens)
	for i, want := range examples[0].Labels {
		if got[i] != want {
			t.Errorf("token %d: label %s, want %s (all: %v)", i, got[i], want, got)
		}
	}
}

func TestReadFileError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(path, []byte("{not json}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := nereval.ReadFile(path); err == nil {
		t.Error("ReadFile accepted invalid JSON")
	}
}
