package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/chronograph/chronograph/timeline/document"
)

// errInterrupted stops an output that was begun after an interrupt.
var errInterrupted = errors.New("interrupted")

// pendingOutputs are the temporary files of outputs being written. An
// interrupt removes them, so that the target of an interrupted run is either
// untouched or complete, never half written.
//
// It is the one piece of process-wide state of the command, as the signals
// it answers are process-wide.
var pendingOutputs = newPending()

// pending is a set of temporary files that an interrupt removes and whose
// renaming into place it forbids from then on. It also knows what an
// interrupt cannot undo, so that the message tells the truth: an output
// already renamed into place, and one being written straight into standard
// output, a pipe or a device, which is left cut off.
type pending struct {
	mu          sync.Mutex
	files       map[string]bool
	interrupted bool
	written     []string // outputs renamed into place, for messages
	stream      string   // the output being written through, for messages; "" when none
	store       string   // the store an ingest is adding to, for messages; "" when none
}

func newPending() *pending { return &pending{files: map[string]bool{}} }

// create makes a new file in dir named prefix and a random suffix, with
// permissions perm less the umask, and records it; after an interrupt it
// fails with errInterrupted.
func (p *pending) create(dir, prefix string, perm fs.FileMode) (*os.File, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.interrupted {
		return nil, errInterrupted
	}
	for {
		name := filepath.Join(dir, prefix+strconv.FormatUint(rand.Uint64()&0xFFFFFFFFFF, 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err == nil {
			p.files[f.Name()] = true
		}
		return f, err
	}
}

// drop forgets a temporary file that was removed or renamed.
func (p *pending) drop(tmp string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.files, tmp)
}

// rename moves a finished temporary file into place at path, unless the
// run was interrupted first; show is how messages name the output.
func (p *pending) rename(tmp, path, show string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.interrupted {
		return errInterrupted
	}
	delete(p.files, tmp)
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	p.written = append(p.written, show)
	return nil
}

// streaming records that the output named show is being written through,
// where an interrupt leaves it cut off; streamed, that it is complete.
func (p *pending) streaming(show string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stream = show
}

func (p *pending) streamed() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.written = append(p.written, p.stream)
	p.stream = ""
}

// storing records that an ingest is adding documents to the store named
// show: an interrupt keeps the documents written.
func (p *pending) storing(show string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.store = show
}

// interrupt removes every pending file and forbids new ones; it returns
// the files it removed and what to say of the outputs.
func (p *pending) interrupt() (removed []string, state string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.interrupted = true
	for f := range p.files {
		if os.Remove(f) == nil {
			removed = append(removed, f)
		}
	}
	sort.Strings(removed)
	switch {
	case p.store != "":
		state = fmt.Sprintf("the documents written to %s so far are kept, whole; run the same ingest again to add the rest and bring the store up to date", p.store)
	case p.stream != "":
		state = fmt.Sprintf("the output to %s is incomplete: it was cut off where the interrupt came", p.stream)
	case len(p.written) > 0:
		state = fmt.Sprintf("the output was written in full before the interrupt: %s", strings.Join(p.written, ", "))
	default:
		state = "no output was written; one from an earlier run is left as it was"
	}
	return removed, state
}

// interruptSignals are the signals that stop a run cleanly: Ctrl-C, kill,
// a closed terminal and Ctrl-\.
var interruptSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// interruptible runs fn, the whole of a command line, and returns its exit
// code — unless one of interruptSignals arrives first: then it removes the
// unfinished outputs, says what became of the output, and returns 128 plus
// the signal number (130 for Ctrl-C), as a shell reports a process stopped
// by that signal, without waiting for fn, which the caller's exit ends. The
// context fn is given is cancelled at the signal, so that reading stops at
// once.
func interruptible(stderr io.Writer, outputs *pending, fn func(ctx context.Context) int) int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, interruptSignals...)
	defer signal.Stop(sigs)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- fn(ctx) }()
	select {
	case code := <-done:
		return code
	case sig := <-sigs:
		cancel()
		removed, state := outputs.interrupt()
		fmt.Fprintf(stderr, "\nchronograph: interrupted (%v): %s\n", sig, state)
		for _, f := range removed {
			fmt.Fprintf(stderr, "chronograph: removed the unfinished output %s\n", document.EscapePath(f))
		}
		if s, ok := sig.(syscall.Signal); ok {
			return 128 + int(s)
		}
		return 130
	}
}
