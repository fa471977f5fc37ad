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

// TestInterruptMidWrite interrupts, with a real signal, a child process
// that is in the middle of writing its output over an existing file, and
// checks that it exits with 128 plus the signal leaving the old file
// untouched and no temporary file behind — for a closed terminal (SIGHUP)
// and Ctrl-\ (SIGQUIT) too, which once left the temporary file.
func TestInterruptMidWrite(t *testing.T) {
	if dir := os.Getenv("CHRONOGRAPH_INTERRUPT_CHILD"); dir != "" {
		interruptChild(dir, os.Getenv("CHRONOGRAPH_INTERRUPT_MODE"))
		return
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			target := filepath.Join(dir, "report.html")
			if err := os.WriteFile(target, []byte("previous report"), 0o644); err != nil {
				t.Fatal(err)
			}
			stderr := interruptRun(t, dir, "mid", sig)
			if !strings.Contains(stderr, "no output was written") || !strings.Contains(stderr, "removed the unfinished output") {
				t.Errorf("stderr %q does not say the unfinished output was removed", stderr)
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

// TestInterruptMessage checks that what an interrupt says is true: after
// the output was renamed into place it says the output was written (it
// said "no output was written"), and on standard output that the output
// is cut off.
func TestInterruptMessage(t *testing.T) {
	for _, tt := range []struct{ mode, want, not string }{
		{"after", "written in full", "no output was written"},
		{"stdout", "standard output is incomplete", "no output was written"},
	} {
		t.Run(tt.mode, func(t *testing.T) {
			stderr := interruptRun(t, t.TempDir(), tt.mode, syscall.SIGINT)
			if !strings.Contains(stderr, tt.want) || strings.Contains(stderr, tt.not) {
				t.Errorf("stderr %q; want %q", stderr, tt.want)
			}
		})
	}
}

// interruptRun starts interruptChild in mode, sends it sig once it has
// said it reached the point to interrupt, and returns its stderr.
func interruptRun(t *testing.T, dir, mode string, sig syscall.Signal) string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptMidWrite$")
	cmd.Env = append(os.Environ(), "CHRONOGRAPH_INTERRUPT_CHILD="+dir, "CHRONOGRAPH_INTERRUPT_MODE="+mode)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(stdout)
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			cmd.Process.Kill()
			t.Fatalf("child said %q (%v); stderr %s", line, err, stderr.String())
		}
		if strings.HasSuffix(line, "interrupt now\n") {
			break
		}
	}
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	go io.Copy(io.Discard, br)
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 128+int(sig) {
		t.Fatalf("child ended with %v, want exit %d; stderr %s", err, 128+int(sig), stderr.String())
	}
	return stderr.String()
}

// interruptChild writes an output and waits for the signal: in the middle
// of writing report.html into dir (mode "mid"), after it was renamed into
// place ("after"), or in the middle of writing to standard output
// ("stdout"). It prints "interrupt now" on standard output when it is
// there.
func interruptChild(dir, mode string) {
	os.Exit(interruptible(os.Stderr, pendingOutputs, func(context.Context) int {
		path := filepath.Join(dir, "report.html")
		if mode == "stdout" {
			path = "-"
		}
		err := writeOutput(path, os.Stdout, func(w io.Writer) error {
			io.WriteString(w, strings.Repeat("<p>half a report</p>\n", 10000))
			if mode == "after" {
				return nil
			}
			if f, ok := w.(interface{ Flush() error }); ok {
				f.Flush()
			}
			os.Stdout.WriteString("interrupt now\n")
			select {} // until interrupted
		})
		if err != nil {
			return 1
		}
		os.Stdout.WriteString("interrupt now\n")
		select {}
	}))
}

func TestPendingAfterInterrupt(t *testing.T) {
	dir := t.TempDir()
	p := newPending()
	f, err := p.create(dir, "out-", 0o600)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if removed, _ := p.interrupt(); len(removed) != 1 || removed[0] != f.Name() {
		t.Errorf("interrupt removed %v, want %s", removed, f.Name())
	}
	if err := p.rename(f.Name(), filepath.Join(dir, "out"), "out"); !errors.Is(err, errInterrupted) {
		t.Errorf("rename after interrupt: %v", err)
	}
	if _, err := p.create(dir, "out-", 0o600); !errors.Is(err, errInterrupted) {
		t.Errorf("create after interrupt: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("left behind: %v", entries)
	}
}
