package main

import (
	"strconv"
	"strings"
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

// TestEventGold scores the clustering of events on the gold pairs of
// testdata/eventpairs and holds it near where it is (see README's
// Quality section for the figures and the targets not yet reached). Each
// split has 50-170 same-event pairs, so one pair moves recall by 0.005-0.02
// and a change in the entity tagger upstream moves a pair or two: the
// floors sit about two pairs below the figures measured on 2026-12-06
// (precision as if two more pairs were joined wrongly, recall as if two
// fewer were joined), so that they catch a real regression of the
// clustering, not the tagger's noise. fresh7 is the held-out split of
// issue 23's sixth round (0.761 / 0.600 at its end): its floor only guards
// against a regression, its figure was not tuned. The other floors rose
// with the sixth round (measured at c199fd6). fresh6 was held out in the
// fifth round (0.925 / 0.325 at its end) and is tuning data since the
// sixth. fresh5, held out in the
// fourth round, is tuning data now. fresh3 and fresh4, held out before, are tuning data
// now; their floors rose with the fourth round (fresh3 0.863/0.509 ->
// 0.946/0.613, fresh4 0.917/0.344 -> 0.929/0.494). Two floors were lowered
// with the Japanese tagger trained with KWAC: fresh2's recall (0.971 ->
// 0.926, three pairs: the old tagger took カホフカ・ダム for a person in both
// reports of one pair, and the link rested on it) and fresh3's precision
// (0.912 -> 0.884: イスラム組織ハマス is now Hamas, as in the other reports,
// and three reports of the air strikes of the same day join the attack's).
func TestEventGold(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	for _, c := range []struct {
		split string
		minP  float64
		minR  float64
	}{{"tune", 0.92, 0.87}, {"test", 0.89, 0.94}, {"fresh", 0.97, 0.83}, {"fresh2", 0.94, 0.91}, {"fresh3", 0.95, 0.66}, {"fresh4", 0.95, 0.52}, {"fresh5", 0.96, 0.50}, {"fresh6", 0.96, 0.50}, {"fresh7", 0.73, 0.57}} {
		code, out, stderr := runCLI(t, "eval", "--task", "events", "--split", c.split, "../../testdata/eventpairs/reports.jsonl")
		if code != 0 {
			t.Fatalf("eval exit %d: %s", code, stderr)
		}
		t.Log("\n" + out)
		var p, r float64
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) == 8 && f[0] == "all" {
				p, _ = strconv.ParseFloat(f[6], 64)
				r, _ = strconv.ParseFloat(f[7], 64)
			}
		}
		if p < c.minP || r < c.minR {
			t.Errorf("%s split: P %.3f R %.3f, want at least %.2f and %.2f", c.split, p, r, c.minP, c.minR)
		}
	}
}
