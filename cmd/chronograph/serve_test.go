package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer written by the server's goroutine and read by the
// test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe ingests the sample corpus, serves it on a free loopback port,
// reads the API and the page, and stops at an interrupt.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	if code, _, stderr := runCLI(t, "ingest", "-q", "--store", db, "../../testdata/corpus"); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- runContext(ctx, []string{"serve", "--store", db, "--addr", "127.0.0.1:0"}, strings.NewReader(""), &bytes.Buffer{}, &stderr)
	}()
	var url string
	for deadline := time.Now().Add(20 * time.Second); url == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`).FindString(stderr.String()); m != "" {
			url = m
		}
	}
	if url == "" {
		cancel()
		t.Fatalf("serve did not start: %s", stderr.String())
	}
	resp, err := http.Get(url + "api/entities?q=Kellogg")
	if err != nil {
		t.Fatal(err)
	}
	var page struct {
		Items []struct{ Name string } `json:"items"`
		Total int                     `json:"total"`
	}
	err = json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if err != nil || page.Total == 0 || !strings.Contains(page.Items[0].Name, "Kellogg") {
		t.Errorf("entities?q=Kellogg: %v %+v", err, page)
	}
	if resp, err := http.Post(url+"api/corrections", "application/json", strings.NewReader(`{"kind": "drop", "entity": "x"}`)); err != nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("a read-only server took a correction: %v %v", err, resp.Status)
	}
	resp, err = http.Get(url)
	if err != nil || resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Errorf("the page: %v %+v", err, resp)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 && code != 130 {
			t.Errorf("serve stopped with %d: %s", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Error("serve did not stop at the interrupt")
	}
}

func TestServeRefusesOpenAddr(t *testing.T) {
	code, _, stderr := runCLI(t, "serve", "--store", "nowhere.db", "--addr", "0.0.0.0:8080", "--token", "")
	if code != 2 || !strings.Contains(stderr, "token") {
		t.Errorf("serve on 0.0.0.0 without a token: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "serve", "corpus/"); code != 2 || !strings.Contains(stderr, "ingest") {
		t.Errorf("serve with inputs: exit %d: %s", code, stderr)
	}
}
