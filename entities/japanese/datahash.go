package japanese

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/chronograph/chronograph/entities/namedict"
)

// DataHash is the SHA-256 of the tagger model embedded in this package and
// of the name dictionary whose names are its features: a store records it,
// so that it can say when its documents were analysed by another model.
func DataHash() string {
	h := sha256.New()
	h.Write(modelFile)
	h.Write([]byte(namedict.DataHash()))
	return hex.EncodeToString(h.Sum(nil))
}
