package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// lines is a struct with what writeJSONLines has to lay out: lists empty,
// nil and full, omitted and kept members, a member without a tag.
type lines struct {
	A     []map[string]any `json:"a"`
	B     []int            `json:"b"`
	C     int              `json:"c,omitempty"`
	D     string           `json:"d,omitempty"`
	E     []string         `json:"e,omitempty"`
	F     []string         `json:"f"`
	Plain string
	skip  int
	Gone  int `json:"-"`
}

func TestWriteJSONLines(t *testing.T) {
	v := lines{A: []map[string]any{{"t": "x,\"]}\\"}, {"n": 2}}, B: []int{}, C: 3, Plain: "p", skip: 1, Gone: 2}
	var b bytes.Buffer
	if err := writeJSONLines(&b, &v); err != nil {
		t.Fatal(err)
	}
	want := "{\n\"a\":[\n{\"t\":\"x,\\\"]}\\\\\"},\n{\"n\":2}\n],\n\"b\":[],\n\"c\":3,\n\"f\":null,\n\"Plain\":\"p\"\n}\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	var r timeline.Result
	if err := writeJSONLines(&b, r); err != nil {
		t.Fatal(err)
	}
}

// FuzzJSONLines checks that the line layout of extract's JSON keeps the
// value: it compacts to json.Marshal's bytes.
func FuzzJSONLines(f *testing.F) {
	f.Add("text", "x,y", 3)
	f.Add("\"]},", "\\", -1)
	f.Add("", "", 0)
	f.Fuzz(func(t *testing.T, key, s string, n int) {
		v := lines{A: []map[string]any{{key: s, "n": n}}, C: n, D: s, F: []string{s, key}, Plain: key}
		if n%2 == 0 {
			v.B = []int{n, -n}
			v.E = []string{key}
		}
		var b bytes.Buffer
		if err := writeJSONLines(&b, v); err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(v)
		var got bytes.Buffer
		if err := json.Compact(&got, b.Bytes()); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, b.String())
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("changed the value:\n%s\nwant\n%s", got.String(), want)
		}
		if strings.Count(b.String(), "\n") < 6 {
			t.Fatalf("not one member per line:\n%s", b.String())
		}
	})
}
