package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// checkOutput tells, before any work is done, whether path can take the
// output, so that the analysis of a large corpus does not run for minutes
// only to fail on a mistyped -o. It writes and removes a probe file, which
// is the one test of permissions that holds for root, read-only mounts and
// ACLs alike. example is a file name to suggest when path is a folder. A
// path of "" or "-" is standard output and always fine.
func checkOutput(path, example string) error {
	if path == "" || path == "-" {
		return nil
	}
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("cannot write %s: it is a folder; name a file in it, such as -o %s", path, filepath.Join(path, example))
	}
	dir := filepath.Dir(path)
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot write %s: folder %s does not exist; create it (mkdir -p %s) or choose another -o", path, dir, dir)
	case err != nil:
		return fmt.Errorf("cannot write %s: %w", path, bareError(err))
	case !info.IsDir():
		return fmt.Errorf("cannot write %s: %s is a file, not a folder; choose another -o", path, dir)
	}
	probe, err := os.CreateTemp(dir, "."+filepath.Base(path)+".probe-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w in folder %s; choose a folder you can write to", path, bareError(err), dir)
	}
	probe.Close()
	return os.Remove(probe.Name())
}

// bareError drops the file name from a *fs.PathError or *os.LinkError: the
// message names the output, not the temporary file behind it.
func bareError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// writeOutput writes what write produces to path atomically — into a
// temporary file beside it, renamed into place only when complete — so an
// interrupted run never leaves half a report. A path of "" or "-" writes to
// stdout.
func writeOutput(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	dir := filepath.Dir(path)
	// The temporary file is known to the interrupt handler from its creation
	// to its removal or renaming.
	tmp, err := pendingOutputs.create(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, bareError(err))
	}
	defer pendingOutputs.drop(tmp.Name())
	defer os.Remove(tmp.Name()) // after a successful rename this fails harmlessly
	bw := bufio.NewWriter(tmp)
	if err := write(bw); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, bareError(err))
	}
	if err := bw.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, bareError(err))
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, bareError(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, bareError(err))
	}
	if err := pendingOutputs.rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, bareError(err))
	}
	return nil
}
