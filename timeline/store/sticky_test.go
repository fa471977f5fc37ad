package store

import (
	"testing"

	"github.com/chronograph/chronograph/timeline"
)

// TestStickyIDsKeepTheirType checks that an entity keeps the id its local
// entities had only when that id names its type: a person an earlier
// batch took for an organisation gets a person's id (and the finish
// redirects the old one to it, as for any id no cluster holds).
func TestStickyIDsKeepTheirType(t *testing.T) {
	for _, tc := range []struct {
		prev, want string
	}{
		{"person/usyk", "person/usyk"},
		{"organization/usyk", "person/oleksandr-usyk"},
	} {
		clusters := []*cluster{{base: "person/oleksandr-usyk", typ: "PERSON", locals: []int{0, 1}}}
		locals := []timeline.LocalEntity{{Type: "PERSON", Mentions: 3}, {Type: "PERSON", Mentions: 1}}
		taken := map[string]bool{tc.prev: true}
		assignSticky(clusters, locals, []string{tc.prev, ""}, taken)
		newIDs(clusters, taken)
		if got := clusters[0].id; got != tc.want {
			t.Errorf("an entity whose locals had %s: id %s, want %s", tc.prev, got, tc.want)
		}
	}
}
