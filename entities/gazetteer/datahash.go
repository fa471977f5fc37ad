package gazetteer

import (
	"crypto/sha256"
	"encoding/hex"
)

// DataHash is the SHA-256 of the data embedded in this package (the
// gazetteer, the outlet list and the loanwords): a store records it with the models'.
func DataHash() string {
	h := sha256.New()
	h.Write(compiled)
	h.Write([]byte{0})
	h.Write([]byte(outletsFile))
	h.Write([]byte{0})
	h.Write([]byte(loanwordsFile))
	return hex.EncodeToString(h.Sum(nil))
}
