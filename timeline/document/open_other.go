//go:build !unix

package document

import "os"

// openInput opens the file of e for reading.
func openInput(e entry) (*os.File, error) { return os.Open(e.path) }
