package english

import (
	"crypto/sha256"
	"encoding/hex"
)

// DataHash is the SHA-256 of the files embedded in this package (the
// tagger model and the word and name lists): a store records it, so that it can say
// when its documents were analysed by another model.
func DataHash() string {
	h := sha256.New()
	for _, part := range []string{string(modelFile), brandsFile, orgsFile, commonFile, firstNamesFile} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}
