package store

import (
	"slices"
	"testing"

	"github.com/chronograph/chronograph/timeline/events"
)

// TestPackLinks checks that a group's links come back from their stored
// form as they went in — clusters with and without strong links, a link
// to 0 or not — and that a damaged form is an error.
func TestPackLinks(t *testing.T) {
	ls := []events.Link{
		{From: 1}, {From: 7, To: 1<<63 + 5}, {From: 7, To: 1<<64 - 1},
		{From: 1 << 40}, {From: 1 << 40, To: 3},
		{From: 1<<64 - 1},
	}
	blob := packLinks(ls)
	var got []events.Link
	if err := unpackLinks(42, blob, func(l events.Link) { got = append(got, l) }); err != nil {
		t.Fatal(err)
	}
	for i := range ls {
		ls[i].Group = "42"
	}
	if !slices.Equal(got, ls) {
		t.Errorf("got  %v\nwant %v", got, ls)
	}
	if len(packLinks(nil)) != 0 {
		t.Error("no links take bytes")
	}
	for _, bad := range [][]byte{blob[:len(blob)-1], blob[:5], append(slices.Clone(blob[:8]), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01)} {
		if err := unpackLinks(42, bad, func(events.Link) {}); err == nil {
			t.Errorf("damaged links (%d bytes) read without error", len(bad))
		}
	}
}
