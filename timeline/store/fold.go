package store

import (
	"context"

	"github.com/chronograph/chronograph/timeline"
)

// Fold builds the result of the documents of a slice: their stored
// partials folded as extract folds those of its inputs, with the store's
// entity ids. p is not changed, so that a server may fold concurrently.
func Fold(ctx context.Context, st Store, p *timeline.Pipeline, slice Slice) (*timeline.Result, error) {
	resolve, err := st.Resolution(ctx)
	if err != nil {
		return nil, err
	}
	pp := *p
	pp.Options.Resolve = resolve
	c := pp.NewCorpus()
	if err := st.Partials(ctx, slice, func(pt timeline.Partial) error {
		c.Add(pt)
		return ctx.Err()
	}); err != nil {
		c.Close()
		return nil, err
	}
	return c.Result()
}
