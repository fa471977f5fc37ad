//go:build unix

package document

import (
	"os"
	"syscall"
)

// openInput opens the file of e for reading. A file found in a folder is
// opened without waiting: if it became a named pipe since the folder was
// listed, the open returns at once and readFile sees what it is, rather
// than waiting forever for a writer.
func openInput(e entry) (*os.File, error) {
	if e.named {
		return os.Open(e.path)
	}
	return os.OpenFile(e.path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
