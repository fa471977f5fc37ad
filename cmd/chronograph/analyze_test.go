package main

import (
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	tests := []struct {
		docs        int
		done, total int64
		elapsed     time.Duration
		want        string
	}{
		{10, 2e6, 10e6, 2 * time.Second, "10 docs, 2.0/10.0 MB, 1.00 MB/s, 8s left"},
		{10, 2e6, 0, 4 * time.Second, "10 docs, 2.0 MB, 0.50 MB/s"},           // standard input: no total
		{10, 12e6, 10e6, 4 * time.Second, "10 docs, 12.0/10.0 MB, 3.00 MB/s"}, // past the estimate
		{0, 0, 10e6, 0, "0 docs, 0.0/10.0 MB"},
		{3000, 500e6, 1000e6, 1000 * time.Second, "3000 docs, 500.0/1000.0 MB, 0.50 MB/s, 16m40s left"},
	}
	for _, tt := range tests {
		if got := progressLine(tt.docs, tt.done, tt.total, tt.elapsed); got != tt.want {
			t.Errorf("progressLine(%d, %d, %d, %s) = %q, want %q", tt.docs, tt.done, tt.total, tt.elapsed, got, tt.want)
		}
	}
}
