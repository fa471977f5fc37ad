package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestWriteJSONLines(t *testing.T) {
	v := map[string]any{"a": []any{map[string]any{"t": "x,\"]}\\"}, 2}, "b": []any{}, "c": 3, "d": map[string]any{}}
	var b bytes.Buffer
	if err := writeJSONLines(&b, v); err != nil {
		t.Fatal(err)
	}
	want := "{\n\"a\":[\n{\"t\":\"x,\\\"]}\\\\\"},\n2\n],\n\"b\":[],\n\"c\":3,\n\"d\":{}\n}\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// FuzzJSONLines checks that the line layout of extract's JSON keeps the
// value: it compacts to json.Marshal's bytes.
func FuzzJSONLines(f *testing.F) {
	f.Add("text", "x,y", 3)
	f.Add("\"]},", "\\", -1)
	f.Fuzz(func(t *testing.T, key, s string, n int) {
		v := map[string]any{key: []any{map[string]any{key: s, "n": n}, s, []string{s, key}}, "s": s, "n": n}
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
		if strings.Count(b.String(), "\n") < 4 {
			t.Fatalf("not one element per line:\n%s", b.String())
		}
	})
}
