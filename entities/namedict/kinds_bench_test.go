package namedict

import (
	"bytes"
	"testing"
)

func BenchmarkKindsLoad(b *testing.B) {
	d := Default()
	for range b.N {
		if _, err := newKinds(d, bytes.NewReader(partsCompressed)); err != nil {
			b.Fatal(err)
		}
	}
}
