package timeline

import (
	"bufio"
	"fmt"
	"os"
)

// spool keeps the text of evidence sentences out of memory while a corpus
// is folded: each sentence an edge keeps is written once, as read, to an
// unnamed temporary file, and only the evidence of the edges in the result
// is read back at the end. This is how evidence shows the bytes of the first
// read without holding the sentences behind millions of edges in memory
// (and without reading the inputs a second time, which a FIFO or a file
// edited during the run would not give back). When no temporary file can
// be made, the text stays in memory.
type spool struct {
	f   *os.File
	w   *bufio.Writer
	n   int64
	mem []byte // when there is no file
	err error
}

func newSpool() *spool {
	f, err := os.CreateTemp("", "chronograph-evidence-*")
	if err != nil {
		return &spool{}
	}
	// Unlinked at once where the system allows: nothing is left behind,
	// whatever ends the process.
	if os.Remove(f.Name()) != nil {
		f.Close()
		return &spool{}
	}
	return &spool{f: f, w: bufio.NewWriterSize(f, 64<<10)}
}

// put stores text and returns where it is.
func (s *spool) put(text string) int64 {
	off := s.n
	s.n += int64(len(text))
	if s.f == nil {
		s.mem = append(s.mem, text...)
		return off
	}
	if _, err := s.w.WriteString(text); err != nil && s.err == nil {
		s.err = fmt.Errorf("keeping evidence sentences in a temporary file: %w", err)
	}
	return off
}

// get returns the n bytes stored at off.
func (s *spool) get(off int64, n int) (string, error) {
	if s.f == nil {
		return string(s.mem[off : off+int64(n)]), nil
	}
	if s.err != nil {
		return "", s.err
	}
	if s.w.Buffered() > 0 {
		if err := s.w.Flush(); err != nil {
			s.err = fmt.Errorf("keeping evidence sentences in a temporary file: %w", err)
			return "", s.err
		}
	}
	b := make([]byte, n)
	if _, err := s.f.ReadAt(b, off); err != nil {
		return "", fmt.Errorf("reading evidence sentences back from a temporary file: %w", err)
	}
	return string(b), nil
}

// close releases the file.
func (s *spool) close() {
	if s.f != nil {
		s.f.Close()
		s.f = nil
	}
	s.mem = nil
}
