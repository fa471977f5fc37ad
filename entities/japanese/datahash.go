package japanese

import (
	"crypto/sha256"
	"encoding/hex"
)

// DataHash is the SHA-256 of the tagger model embedded in this package: a
// store records it, so that it can say when its documents were analysed by
// another model.
func DataHash() string {
	sum := sha256.Sum256(modelFile)
	return hex.EncodeToString(sum[:])
}
