package english

import (
	"testing"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline/segment"
)

// TestPricedNames checks the shopping page's variants: a one-word name
// before a price in most of its occurrences is no name, one the brand list
// knows or one mostly elsewhere stays, and so does a person.
func TestPricedNames(t *testing.T) {
	text := "Running Earbuds (Black) for $22.88 (list price $49.99).\n\n" +
		"Shelving Unit, Black for $57.57.\n\nPortable Speaker - Black for £50.99.\n\n" +
		"Camera Backpack - Black (Water Resistant) for $47.99.\n\n" +
		"Musk agreed to buy Twitter for $44 billion. Twitter for $1 a month was a joke.\n\n" +
		"Bluetooth Speaker - Grey for $29.99. Carla Grey said Grey would post a review.\n\n" +
		"Lamp, Marlo for $9.99 and a Marlo for $7.99; Marlo thanked Marlo's buyers.\n\n" +
		"Desk Fan (Quorvel) for $18.49 and Floor Fan (Quorvel) for $31.99."
	var sents []*sentence
	for _, sp := range segment.Split(text) {
		sents = append(sents, newSentence(text, sp.Start, sp.End, DefaultGazetteer()))
	}
	typeOfName := map[string]entities.Type{"Black": entities.Organization, "Twitter": entities.Organization,
		"Grey": entities.Location, "Marlo": entities.Person, "Quorvel": entities.Organization}
	got := pricedNames(sents, typeOfName)
	for name, want := range map[string]bool{"Black": true, "Twitter": false, "Grey": false, "Marlo": false, "Quorvel": true} {
		if got[name] != want {
			t.Errorf("pricedNames[%q] = %v, want %v", name, got[name], want)
		}
	}
}
