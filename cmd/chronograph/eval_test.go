package main

import (
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

func TestScoreNER(t *testing.T) {
	no := false
	// One sentence, three predicted names; each case annotates it differently.
	const text = "the United States said US automaker GM and Ford"
	span := func(start, end int, typ string) goldSpan {
		return goldSpan{Start: start, End: end, Type: typ, Text: text[start:end]}
	}
	mention := func(start, end int, typ string) timeline.Mention {
		return timeline.Mention{Doc: "0", Start: start, End: end, Type: typ, Text: text[start:end]}
	}
	pred := []timeline.Mention{mention(4, 17, "LOCATION"), mention(36, 38, "ORGANIZATION"), mention(43, 47, "PERSON")}
	tests := []struct {
		name                 string
		exhaustive           *bool
		gold                 []goldSpan
		tp, pred             int
		phraseFound, phrases int
	}{
		{"exact spans, one wrong type", nil,
			[]goldSpan{span(4, 17, "LOCATION"), span(36, 38, "ORGANIZATION"), span(43, 47, "ORGANIZATION")},
			2, 3, 0, 0},
		{"don't-care gold type hides a prediction", nil,
			[]goldSpan{span(4, 17, "LOCATION"), span(36, 38, "ORGANIZATION"), span(43, 47, "PRODUCT")},
			2, 2, 0, 0},
		{"noun-phrase gold: the name ending the phrase counts", &no,
			[]goldSpan{span(0, 17, "LOCATION"), span(23, 38, "ORGANIZATION"), span(43, 47, "ORGANIZATION")},
			0, 0, 2, 3},
		{"noun-phrase gold: a name not ending the phrase does not", &no,
			[]goldSpan{span(0, 22, "LOCATION")},
			0, 0, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs := []goldRecord{{Text: text, Exhaustive: tt.exhaustive, Entities: tt.gold}}
			s := scoreNER(recs, &timeline.Result{Mentions: pred})
			micro := s.class("micro")
			if micro.tp != tt.tp || micro.pred != tt.pred {
				t.Errorf("tp %d pred %d, want %d %d", micro.tp, micro.pred, tt.tp, tt.pred)
			}
			if s.phraseFound != tt.phraseFound || s.phraseGold != tt.phrases {
				t.Errorf("phrase recall %d/%d, want %d/%d", s.phraseFound, s.phraseGold, tt.phraseFound, tt.phrases)
			}
		})
	}
}
