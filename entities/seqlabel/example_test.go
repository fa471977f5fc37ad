package seqlabel_test

import (
	"fmt"
	"strings"

	"github.com/chronograph/chronograph/entities/seqlabel"
)

// features gives each word a few hashed features: the word itself, whether
// it is capitalised and the word before it.
func features(words []string) []seqlabel.Features {
	out := make([]seqlabel.Features, len(words))
	for i, w := range words {
		out[i].Add("w", strings.ToLower(w))
		if w[0] >= 'A' && w[0] <= 'Z' {
			out[i].Add("cap")
		}
		if i > 0 {
			out[i].Add("prev", strings.ToLower(words[i-1]))
		}
	}
	return out
}

func Example() {
	train := []struct{ text, labels string }{
		{"Dr Amsel visited Lyon", "O B-PER O B-LOC"},
		{"They visited Oslo with Dr Berg Carter", "O O B-LOC O O B-PER I-PER"},
		{"Dr Dahl Eng visited Rome", "O B-PER I-PER O B-LOC"},
	}
	var examples []seqlabel.Example
	for _, t := range train {
		examples = append(examples, seqlabel.Example{
			Tokens: features(strings.Fields(t.text)),
			Labels: strings.Fields(t.labels),
		})
	}
	model := seqlabel.Train(examples, seqlabel.TrainOptions{Epochs: 5, Seed: 1})

	data, err := model.MarshalBinary()
	if err != nil {
		panic(err)
	}
	model, err = seqlabel.Load(data)
	if err != nil {
		panic(err)
	}

	words := strings.Fields("Dr Falk Gray visited Oslo")
	for _, c := range seqlabel.Chunks(model.Predict(features(words))) {
		fmt.Println(c.Label, strings.Join(words[c.Start:c.End], " "))
	}
	// Output:
	// PER Falk Gray
	// LOC Oslo
}
