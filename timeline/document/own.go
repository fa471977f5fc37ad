package document

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
)

// ownOutputs tell chronograph's own outputs by their first bytes: a report
// (which carries a generator meta tag), the JSON of extract, and the JSON
// exports. Such a file is no news: the report written into the folder of
// its inputs would otherwise be read on the next run, its evidence
// sentences counted again.
var ownOutputs = []struct {
	what string
	re   *regexp.Regexp
}{
	{"an HTML report", regexp.MustCompile(`(?i)<meta name="generator" content="chronograph[ "]`)},
	{"the JSON of chronograph extract", regexp.MustCompile(`^\s*\{\s*"inputs"\s*:\s*\[`)},
	{"a timeline export", regexp.MustCompile(`^\s*\[\s*\{\s*"id"\s*:\s*"ev-[0-9a-f]{12}"\s*,\s*"date"`)},
	{"a TimelineJS export", regexp.MustCompile(`^\s*\{\s*"events"\s*:\s*\[\s*\{\s*"start_date"`)},
	{"a Cytoscape graph export", regexp.MustCompile(`^\s*\{\s*"elements"\s*:\s*\{\s*"nodes"`)},
}

// reportData is the data block of chronograph's reports, which those of
// earlier versions, without the generator tag, also carry, past the head.
var reportData = []byte(`<script type="application/json" id="chronograph-data">`)

// ownOutput tells which of chronograph's outputs head begins, or "".
func ownOutput(head []byte) string {
	for _, o := range ownOutputs {
		if o.re.Match(head) {
			return o.what
		}
	}
	return ""
}

// Reads reports whether reading inputs would read, as news, the file that
// target describes — named as an input, or found in an input folder — and
// returns the name it would be read under. A file Read passes over (a
// hidden file, a folder's notes, an unsupported type, chronograph's own
// output) is not read. It lets a command refuse to write its output over
// one of its inputs.
func Reads(inputs []string, target fs.FileInfo) (string, bool) {
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		entries, err := expand(in)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if e.skip != "" || !supported[strings.ToLower(filepath.Ext(e.path))] {
				continue
			}
			if info, err := os.Stat(e.path); err == nil && os.SameFile(info, target) && !isOwnOutput(e.path) {
				return e.path, true
			}
		}
	}
	return "", false
}

// isOwnOutput reports whether the file at path is one of chronograph's
// outputs: by its head, or, for a report of an earlier version, by the
// data block further on.
func isOwnOutput(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, headSize)
	n, _ := io.ReadFull(f, buf)
	if ownOutput(buf[:n]) != "" {
		return true
	}
	// Look for the data block, chunk by chunk, keeping the end of each
	// chunk in case the block straddles two.
	keep := len(reportData) - 1
	for n > 0 {
		if bytes.Contains(buf[:n], reportData) {
			return true
		}
		tail := min(n, keep)
		copy(buf, buf[n-tail:n])
		m, _ := io.ReadFull(f, buf[tail:])
		if m == 0 {
			return false
		}
		n = tail + m
	}
	return false
}

// Reason says why a file could not be opened or read, and what to do about
// it, as the end of a message that names the file.
func Reason(err error) string {
	e := unwrapPath(err)
	switch {
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("%v; check its permissions", e)
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Sprintf("%v; it was deleted or moved while the inputs were read", e)
	case errors.Is(err, syscall.ENAMETOOLONG):
		return fmt.Sprintf("%v; shorten its name or the names of the folders it is in", e)
	case errors.Is(err, syscall.ELOOP):
		return fmt.Sprintf("%v; a symbolic link on its path loops", e)
	}
	return e.Error()
}
