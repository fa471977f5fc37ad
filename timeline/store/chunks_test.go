package store

import (
	"slices"
	"testing"
)

// TestInChunks checks that inChunks passes every row once, in order, and
// that the statements of any number of rows take few sizes: those a store
// prepares once, not one in most batches for every table.
func TestInChunks(t *testing.T) {
	for _, cols := range []int{1, 3, 13, 20} {
		sizes := map[int]bool{}
		for n := 0; n <= 300; n++ {
			rows := make([][]any, n)
			for i := range rows {
				rows[i] = make([]any, cols)
				for c := range rows[i] {
					rows[i][c] = i*cols + c
				}
			}
			var got []any
			err := inChunks(cols, rows, func(values string, args []any) error {
				if want := len(args) / cols; want == 0 || len(args)%cols != 0 || countRows(values) != want {
					t.Fatalf("%d columns, %d rows: %d arguments for VALUES %s", cols, n, len(args), values)
				}
				if len(args) > maxParams {
					t.Fatalf("%d columns, %d rows: %d arguments in a statement", cols, n, len(args))
				}
				sizes[len(args)/cols] = true
				got = append(got, args...)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			want := make([]any, n*cols)
			for i := range want {
				want[i] = i
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%d columns, %d rows: arguments %v", cols, n, got)
			}
		}
		if len(sizes) > 7 {
			t.Errorf("%d columns: statements of %d sizes, want at most 7: %v", cols, len(sizes), sizes)
		}
	}
}

// countRows counts the rows of a VALUES list.
func countRows(values string) int {
	n := 0
	for _, c := range values {
		if c == '(' {
			n++
		}
	}
	return n
}
