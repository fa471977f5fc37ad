package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"sync"
	"syscall"
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
// renaming into place it forbids from then on.
type pending struct {
	mu          sync.Mutex
	files       map[string]bool
	interrupted bool
}

func newPending() *pending { return &pending{files: map[string]bool{}} }

// create makes a temporary file in dir, as os.CreateTemp does, and records
// it; after an interrupt it fails with errInterrupted.
func (p *pending) create(dir, pattern string) (*os.File, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.interrupted {
		return nil, errInterrupted
	}
	f, err := os.CreateTemp(dir, pattern)
	if err == nil {
		p.files[f.Name()] = true
	}
	return f, err
}

// drop forgets a temporary file that was removed or renamed.
func (p *pending) drop(tmp string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.files, tmp)
}

// rename moves a finished temporary file into place, unless the run was
// interrupted first.
func (p *pending) rename(tmp, path string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.interrupted {
		return errInterrupted
	}
	delete(p.files, tmp)
	return os.Rename(tmp, path)
}

// interrupt removes every pending file and forbids new ones; it returns
// the files it removed.
func (p *pending) interrupt() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.interrupted = true
	var removed []string
	for f := range p.files {
		if os.Remove(f) == nil {
			removed = append(removed, f)
		}
	}
	sort.Strings(removed)
	return removed
}

// interruptible runs fn, the whole of a command line, and returns its exit
// code — unless SIGINT (Ctrl-C) or SIGTERM arrives first: then it removes
// the unfinished outputs and returns 128 plus the signal number (130 for
// Ctrl-C), as a shell reports a process stopped by that signal, without
// waiting for fn, which the caller's exit ends. The context fn is given is
// cancelled at the signal, so that reading stops at once.
func interruptible(stderr io.Writer, outputs *pending, fn func(ctx context.Context) int) int {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
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
		removed := outputs.interrupt()
		fmt.Fprintf(stderr, "\nchronograph: interrupted (%v): no output was written; one from an earlier run is left as it was\n", sig)
		for _, f := range removed {
			fmt.Fprintf(stderr, "chronograph: removed the unfinished output %s\n", f)
		}
		if s, ok := sig.(syscall.Signal); ok {
			return 128 + int(s)
		}
		return 130
	}
}
