package english

import (
	_ "embed"
	"sync"
)

// orgsFile lists names of organisations, one per line, as cmd/nertrain
// --orgs derives them from open data (football clubs, political parties,
// listed companies, universities; see MODEL.md for sources and licences).
// The organisation the tagger misses most often on the cross-validation
// folds is one it never saw in training ("Azurix", "Fyllingen IL"); like a
// brand, a match is a feature the tagger weighs, never a rule: clubs are
// named after their towns ("Liverpool") and companies after people.
//
//go:embed orgs.txt
var orgsFile string

var orgIndex = sync.OnceValue(func() map[string][][]string { return indexBrands(orgsFile) })

// markOrgs marks the longest names of the embedded organisation list over
// tokens in s.Org, as markBrands does for brands.
func (s *sentence) markOrgs() {
	s.Org = s.nameMarks(orgIndex())
}
