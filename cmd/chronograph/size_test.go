//go:build unix

package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"syscall"
	"testing"
)

// The inputs that once grew the output with the square of their names or
// the number of their dates: guest lists (a 3,951-byte list gave 190 MB of
// JSON), text without sentence punctuation (cut into 4,000-byte pieces,
// each naming dozens of people), and the same with a date every few words.

var (
	givenNames = strings.Fields("James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Margaret Paul Sandra")
	surnames   = strings.Fields("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker")
	months     = strings.Fields("January February March April May June July August September October November December")
	words      = strings.Fields("the minister said talks with officials in Kyiv and Moscow would continue after meeting")
)

// hostileText generates about size bytes of one kind of text that lists
// names: "guests", "unpunctuated" or "dated".
func hostileText(kind string, size int) string {
	r := rand.New(rand.NewPCG(1, 2))
	name := func() string {
		return givenNames[r.IntN(len(givenNames))] + " " + surnames[r.IntN(len(surnames))]
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		switch kind {
		case "guests":
			fmt.Fprintf(&b, "Guests at the dinner in Paris on %d March 2025 included ", 1+i%28)
			for range 250 {
				b.WriteString(name() + ", ")
			}
			b.WriteString("and others.\n\n")
		case "unpunctuated":
			if r.IntN(7) == 0 {
				b.WriteString(name() + " ")
			} else {
				b.WriteString(words[r.IntN(len(words))] + " ")
			}
		case "dated":
			switch n := r.IntN(12); {
			case n == 0:
				b.WriteString(name() + " ")
			case n == 1:
				fmt.Fprintf(&b, "on %d %s %d ", 1+r.IntN(28), months[r.IntN(12)], 2000+r.IntN(26))
			default:
				b.WriteString(words[r.IntN(len(words))] + " ")
			}
		}
	}
	return b.String()
}

var hostileKinds = []string{"guests", "unpunctuated", "dated"}

// TestOutputSizeBounded checks that the JSON of extract stays within 20
// times its input on 3 MB of texts that once grew it with the square of
// their names or with their dates (a 3,951-byte guest list gave 190 MB).
// Sizes, not times, are checked. Smaller inputs give larger ratios (each
// edge's evidence fills up to its cap over the first megabytes): 10 MB, the
// issue's measure, is BenchmarkOutputSize.
func TestOutputSizeBounded(t *testing.T) {
	// Every mention names its document by path: a short one, as in the
	// benchmark, so that the ratio does not depend on where the test runs.
	t.Chdir(t.TempDir())
	for _, kind := range hostileKinds {
		t.Run(kind, func(t *testing.T) {
			in := kind + ".txt"
			text := hostileText(kind, 3<<20)
			if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, stderr := runCLI(t, "extract", "-q", in)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if ratio := float64(len(out)) / float64(len(text)); ratio > 20 {
				t.Errorf("%d bytes of JSON from %d of text: %.1f times, over 20", len(out), len(text), ratio)
			}
		})
	}
}

// BenchmarkOutputSize runs extract on 10 MB of each hostile kind of text and
// reports the JSON per input byte and the process's peak resident memory
// (monotonic: run one kind per process for its own figure):
//
//	go test ./cmd/chronograph -run '^$' -bench 'OutputSize/guests' -benchtime 1x
func BenchmarkOutputSize(b *testing.B) {
	b.Chdir(b.TempDir()) // short document paths, as in TestOutputSizeBounded
	for _, kind := range hostileKinds {
		b.Run(kind, func(b *testing.B) {
			in := kind + ".txt"
			text := hostileText(kind, 10<<20)
			if err := os.WriteFile(in, []byte(text), 0o644); err != nil {
				b.Fatal(err)
			}
			out := kind + ".json"
			for b.Loop() {
				if code, _, stderr := runCLI(b, "extract", "-q", "-o", out, in); code != 0 {
					b.Fatalf("exit %d: %s", code, stderr)
				}
			}
			info, err := os.Stat(out)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(info.Size())/float64(len(text)), "json/input")
			var ru syscall.Rusage
			if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
				b.ReportMetric(float64(ru.Maxrss)/1024, "peak-MB")
			}
		})
	}
}
