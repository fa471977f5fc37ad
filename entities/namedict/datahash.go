package namedict

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
)

// DataHash is the SHA-256 of the tables embedded in this package. It is
// worked out once: the tables are 3.9 MB, and an ingest asks for it several
// times (its models' versions, and each finish, twice, for the version of
// the events' links: events.LinkVersion).
func DataHash() string { return dataHash() }

var dataHash = sync.OnceValue(func() string {
	h := sha256.New()
	h.Write(compressed)
	h.Write(partsCompressed)
	return hex.EncodeToString(h.Sum(nil))
})
