package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/chronograph/chronograph/timeline/document"
)

// An output is where a command writes what it made. It is one of three
// things, and each is written the one way that cannot damage what the user
// has:
//
//   - standard output ("" or "-"): written as it is made;
//   - a regular file, or a path where nothing is yet: written into a
//     temporary file beside it, synced, then renamed into place, so that an
//     interrupted run leaves the earlier file whole. A symbolic link is
//     followed: the file it points to is replaced, and the link stays. A
//     file replaced keeps its permissions; a new one gets 0666 less the
//     umask, as any program's;
//   - anything else — a device, a named pipe, a socket, a descriptor named
//     as /dev/stdout or /dev/fd/N — is written straight through, as a shell
//     redirection would: such a node is never replaced by a file.
//
// An output that is one of the inputs is refused before anything is read.
type output struct {
	path    string // as given, for messages
	stdout  bool
	through bool        // write into target as it is, never replace it
	target  string      // the file written or replaced: path with links resolved
	old     fs.FileInfo // the file replaced; nil when target is new
}

// planOutput tells what kind of output path is and where its bytes go.
// example is a file name to suggest when path is a folder.
func planOutput(path, example string) (output, error) {
	o := output{path: path, target: path}
	if path == "" || path == "-" {
		o.stdout = true
		return o, nil
	}
	show := document.EscapePath(path)
	info, err := os.Stat(path)
	switch {
	case err == nil && info.IsDir():
		return o, fmt.Errorf("cannot write %s: it is a folder; name a file in it, such as -o %s", show, document.EscapePath(filepath.Join(path, example)))
	case err == nil && (!info.Mode().IsRegular() || systemPath(path)):
		// A device or pipe, or a regular file reached through
		// /dev/stdout or /proc/self/fd/N, which stands for a descriptor
		// the shell opened: write into it.
		o.through = true
		return o, nil
	case err == nil:
		if o.target, err = filepath.EvalSymlinks(path); err != nil {
			return o, fmt.Errorf("cannot write %s: %w", show, bareError(err))
		}
		o.old = info
	case missing(err):
		// Nothing there, or a link to nothing: the file is made where
		// the link points.
		if o.target, err = danglingTarget(path); err != nil {
			return o, fmt.Errorf("cannot write %s: %w", show, bareError(err))
		}
	default:
		return o, fmt.Errorf("cannot write %s: %w", show, bareError(err))
	}
	dir := filepath.Dir(o.target)
	dinfo, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		d := document.EscapePath(dir)
		return o, fmt.Errorf("cannot write %s: folder %s does not exist; create it (mkdir -p %s) or choose another -o", show, d, d)
	case err != nil:
		return o, fmt.Errorf("cannot write %s: %w", show, bareError(err))
	case !dinfo.IsDir():
		return o, fmt.Errorf("cannot write %s: %s is a file, not a folder; choose another -o", show, document.EscapePath(dir))
	}
	return o, nil
}

// systemPath reports whether path names an open descriptor — /dev/stdout,
// /dev/stderr, /dev/fd/N, anything under /proc — which is written through
// even when what it leads to is a regular file: the shell opened it, and
// replacing the file behind it would leave the descriptor on the old one.
// (A regular file elsewhere under /dev, as in /dev/shm, is a file like any
// other.)
func systemPath(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	switch {
	case abs == "/dev/stdout", abs == "/dev/stderr", abs == "/dev/stdin":
		return true
	}
	return strings.HasPrefix(abs, "/dev/fd/") || strings.HasPrefix(abs, "/proc/")
}

// danglingTarget follows the symbolic links of a path that leads nowhere to
// the name where the file will be made: path itself when it is no link.
func danglingTarget(path string) (string, error) {
	for range 40 { // as the kernel's limit on links followed
		info, err := os.Lstat(path)
		if missing(err) || err == nil && info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", errors.New("too many levels of symbolic links")
}

// missing reports whether err says a path leads nowhere: nothing by that
// name, or a file where the path needs a folder (the next check says so).
func missing(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR)
}

// checkOutput tells, before any work is done, whether path can take the
// output, so that the analysis of a large corpus does not run for minutes
// only to fail on a mistyped -o or to overwrite one of its own inputs. For a
// file it writes and removes a probe beside it, which is the one test of
// permissions that holds for root, read-only mounts and ACLs alike.
func checkOutput(path, example string, inputs []string) error {
	o, err := planOutput(path, example)
	if err != nil || o.stdout || o.through {
		return err
	}
	if o.old != nil {
		if in, ok := document.Reads(inputs, o.old); ok {
			return fmt.Errorf("cannot write %s: it is an input (%s), which the output would overwrite; choose another -o",
				document.EscapePath(path), document.EscapePath(in))
		}
	}
	dir := filepath.Dir(o.target)
	probe, err := os.CreateTemp(dir, "."+filepath.Base(o.target)+".probe-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w in folder %s; choose a folder you can write to",
			document.EscapePath(path), bareError(err), document.EscapePath(dir))
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

// writeOutput writes what write produces to path, as planOutput tells: to
// standard output for "" or "-", straight into a device or pipe, else
// atomically into a regular file.
func writeOutput(path string, stdout io.Writer, write func(io.Writer) error) error {
	o, err := planOutput(path, "")
	if err != nil {
		return err
	}
	switch {
	case o.stdout:
		pendingOutputs.streaming("standard output")
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		pendingOutputs.streamed()
		return nil
	case o.through:
		return writeThrough(o, write)
	}
	return replace(o, write)
}

// writeThrough writes into a device, a pipe or an open descriptor, without
// creating or replacing anything.
func writeThrough(o output, write func(io.Writer) error) error {
	show := document.EscapePath(o.path)
	f, err := os.OpenFile(o.target, os.O_WRONLY|os.O_TRUNC, 0)
	if err != nil {
		return fmt.Errorf("writing %s: %w", show, bareError(err))
	}
	pendingOutputs.streaming(show)
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", show, bareError(err))
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", show, bareError(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", show, bareError(err))
	}
	pendingOutputs.streamed()
	return nil
}

// replace writes a regular file atomically: into a temporary file beside
// it, synced to disk, given the permissions (and, for root, the owner) of
// the file it replaces, then renamed into place.
func replace(o output, write func(io.Writer) error) error {
	show := document.EscapePath(o.path)
	fail := func(err error) error { return fmt.Errorf("writing %s: %w", show, bareError(err)) }
	// A new file is created 0666 less the umask, as the shell would; a
	// replacement 0600 until it is given the permissions of the file it
	// replaces, so that it is never more open than either.
	perm := fs.FileMode(0o666)
	if o.old != nil {
		perm = 0o600
	}
	dir := filepath.Dir(o.target)
	// The temporary file is known to the interrupt handler from its creation
	// to its removal or renaming.
	tmp, err := pendingOutputs.create(dir, "."+filepath.Base(o.target)+".tmp-", perm)
	if err != nil {
		return fail(err)
	}
	defer pendingOutputs.drop(tmp.Name())
	defer os.Remove(tmp.Name()) // after a successful rename this fails harmlessly
	bw := bufio.NewWriter(tmp)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil && o.old != nil {
		err = tmp.Chmod(o.old.Mode().Perm())
		if err == nil {
			keepOwner(tmp, o.old)
		}
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	if err := pendingOutputs.rename(tmp.Name(), o.target, show); err != nil {
		return fail(err)
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename in dir durable; where folders cannot be synced,
// it does nothing.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
