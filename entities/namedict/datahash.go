package namedict

import (
	"crypto/sha256"
	"encoding/hex"
)

// DataHash is the SHA-256 of the tables embedded in this package.
func DataHash() string {
	h := sha256.New()
	h.Write(compressed)
	h.Write(partsCompressed)
	return hex.EncodeToString(h.Sum(nil))
}
