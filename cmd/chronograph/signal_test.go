package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestInterruptMidWrite interrupts, with a real SIGINT, a child process that
// is in the middle of writing its output over an existing file, and checks
// that it exits with 130 leaving the old file untouched and no temporary
// file behind.
func TestInterruptMidWrite(t *testing.T) {
	if dir := os.Getenv("CHRONOGRAPH_INTERRUPT_CHILD"); dir != "" {
		interruptChild(dir)
		return
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			target := filepath.Join(dir, "report.html")
			if err := os.WriteFile(target, []byte("previous report"), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptMidWrite$")
			cmd.Env = append(os.Environ(), "CHRONOGRAPH_INTERRUPT_CHILD="+dir)
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(stdout).ReadString('\n')
			if err != nil || line != "writing\n" {
				cmd.Process.Kill()
				t.Fatalf("child said %q (%v); stderr %s", line, err, stderr.String())
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			go io.Copy(io.Discard, stdout)
			err = cmd.Wait()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 128+int(sig) {
				t.Fatalf("child ended with %v, want exit %d; stderr %s", err, 128+int(sig), stderr.String())
			}
			if !strings.Contains(stderr.String(), "no output was written") || !strings.Contains(stderr.String(), "removed the unfinished output") {
				t.Errorf("stderr %q does not say the unfinished output was removed", stderr.String())
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("left in the output directory: %v", entries)
			}
			if got, _ := os.ReadFile(target); string(got) != "previous report" {
				t.Errorf("target now holds %q", got)
			}
		})
	}
}

// interruptChild writes an output into dir that never finishes: it tells
// the parent it is writing, then waits for the signal.
func interruptChild(dir string) {
	os.Exit(interruptible(os.Stderr, pendingOutputs, func(context.Context) int {
		err := writeOutput(filepath.Join(dir, "report.html"), os.Stdout, func(w io.Writer) error {
			io.WriteString(w, strings.Repeat("<p>half a report</p>\n", 10000))
			os.Stdout.WriteString("writing\n")
			select {} // until interrupted
		})
		if err != nil {
			return 1
		}
		return 0
	}))
}

func TestPendingAfterInterrupt(t *testing.T) {
	dir := t.TempDir()
	p := newPending()
	f, err := p.create(dir, "out-*")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if removed := p.interrupt(); len(removed) != 1 || removed[0] != f.Name() {
		t.Errorf("interrupt removed %v, want %s", removed, f.Name())
	}
	if err := p.rename(f.Name(), filepath.Join(dir, "out")); !errors.Is(err, errInterrupted) {
		t.Errorf("rename after interrupt: %v", err)
	}
	if _, err := p.create(dir, "out-*"); !errors.Is(err, errInterrupted) {
		t.Errorf("create after interrupt: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}
