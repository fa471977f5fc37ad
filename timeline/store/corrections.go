package store

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/chronograph/chronograph/entities"
	"github.com/chronograph/chronograph/timeline"
)

// Correct records a correction of the entities; the next Finish applies
// it, and so does every one after. The entities it names must exist.
func (s *sqlStore) Correct(ctx context.Context, c Correction) error {
	if c.Who == "" {
		return fmt.Errorf("%w: a correction says who made it", ErrBadQuery)
	}
	e, err := s.Entity(ctx, c.Entity)
	if err != nil {
		return fmt.Errorf("correction of %q: %w", c.Entity, err)
	}
	c.Entity, c.Type, c.Aliases = e.ID, e.Type, e.Aliases
	switch c.Kind {
	case Merge:
		o, err := s.Entity(ctx, c.Other)
		if err != nil {
			return fmt.Errorf("merging %q: %w", c.Other, err)
		}
		if o.ID == e.ID {
			return fmt.Errorf("%w: merging %s with itself", ErrBadQuery, e.ID)
		}
		c.Other = o.ID
		c.Aliases = sortedUnion(e.Aliases, o.Aliases)
	case Split:
		if !slices.Contains(e.Aliases, c.Alias) {
			return fmt.Errorf("%w: %s has no alias %q", ErrBadQuery, e.ID, c.Alias)
		}
	case Rename:
		if strings.TrimSpace(c.Name) == "" || strings.ContainsAny(c.Name, "\t\n\r") {
			return fmt.Errorf("%w: a new name must be one line of text", ErrBadQuery)
		}
	case Drop, Source:
	default:
		return fmt.Errorf("%w: unknown correction %q (want merge, split, rename, drop or source)", ErrBadQuery, c.Kind)
	}
	if c.At.IsZero() {
		c.At = now()
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO corrections (kind, entity, other, alias, name, aliases, type, who, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.Kind, c.Entity, c.Other, c.Alias, c.Name, jsonText(c.Aliases), c.Type, c.Who, c.At.UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("store: recording a correction: %w", err)
	}
	return markStale(ctx, s.db)
}

// Corrections lists the corrections in the order they were made.
func (s *sqlStore) Corrections(ctx context.Context) ([]Correction, error) {
	return s.corrections(ctx, s.db)
}

func (s *sqlStore) corrections(ctx context.Context, q querier) ([]Correction, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, kind, entity, other, alias, name, aliases, type, who, at FROM corrections ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	var out []Correction
	for rows.Next() {
		var c Correction
		var aliases, at string
		if err := rows.Scan(&c.ID, &c.Kind, &c.Entity, &c.Other, &c.Alias, &c.Name, &aliases, &c.Type, &c.Who, &at); err != nil {
			return nil, err
		}
		if err := unmarshalAll([]string{aliases}, &c.Aliases); err != nil {
			return nil, err
		}
		c.At, _ = time.Parse(time.RFC3339, at)
		out = append(out, c)
	}
	return out, rows.Err()
}

// applyCorrections applies the corrections, in order, to the clusters of a
// Finish; an entity a correction names that no longer exists is passed
// over.
func applyCorrections(clusters []*cluster, locals []timeline.LocalEntity, cs []Correction, taken map[string]bool) []*cluster {
	byID := map[string]*cluster{}
	for _, c := range clusters {
		if c.id != "" {
			byID[c.id] = c
		}
	}
	for _, corr := range cs {
		c := byID[corr.Entity]
		if c == nil || c.dropped {
			continue
		}
		switch corr.Kind {
		case Merge:
			o := byID[corr.Other]
			if o == nil || o == c || o.dropped {
				continue
			}
			c.locals = append(c.locals, o.locals...)
			c.aliases = sortedUnion(c.aliases, o.aliases)
			c.langs = sortedUnion(c.langs, o.langs)
			o.locals = nil
		case Split:
			var keep, move []int
			for _, l := range c.locals {
				if onlyAlias(locals[l].Aliases, corr.Alias) {
					move = append(move, l)
				} else {
					keep = append(keep, l)
				}
			}
			if len(move) == 0 || len(keep) == 0 {
				continue
			}
			id := splitID(c.typ, corr.Alias)
			for k := 2; byID[id] != nil; k++ {
				id = splitID(c.typ, corr.Alias) + "-" + fmt.Sprint(k)
			}
			n := &cluster{id: id, base: id, name: corr.Alias, typ: c.typ, locals: move}
			c.locals = keep
			c.aliases, c.langs = aliasesOf(locals, keep)
			n.aliases, n.langs = aliasesOf(locals, move)
			byID[id] = n
			taken[id] = true
			clusters = append(clusters, n)
		case Rename:
			c.name = corr.Name
		case Drop:
			c.dropped = true
		case Source:
			c.source = true
		}
	}
	return clusters
}

// onlyAlias reports whether a local entity is named by alias alone (in
// any case): the mentions a split takes away, while a document that gave
// the full name with it keeps them.
func onlyAlias(aliases []string, alias string) bool {
	for _, a := range aliases {
		if !strings.EqualFold(a, alias) {
			return false
		}
	}
	return len(aliases) > 0
}

func aliasesOf(locals []timeline.LocalEntity, idx []int) (aliases, langs []string) {
	for _, l := range idx {
		aliases = sortedUnion(aliases, locals[l].Aliases)
		langs = sortedUnion(langs, locals[l].Langs)
	}
	return aliases, langs
}

// sortedUnion returns the distinct strings of a and b, sorted; neither
// input need be sorted or free of repeats.
func sortedUnion(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// splitID is the id of an alias split off an entity, made as the
// resolver makes ids: its type and the alias.
func splitID(typ, alias string) string {
	return strings.ToLower(typ) + "/" + entities.Slug(alias)
}

// WriteAliases writes the corrections of a store as an alias file
// (entities.ParseAliases), so that a plain `chronograph report --aliases`
// makes the same corrections: a merge or a rename is a line that names the
// entity's aliases under its name, a split gives the alias a line of its
// own, a drop drops each alias. A news source has no alias-file form: it is
// written as a comment.
func WriteAliases(ctx context.Context, st Store, w io.Writer) error {
	cs, err := st.Corrections(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "# chronograph aliases: the corrections of a store, oldest first")
	for _, c := range cs {
		name := c.Name
		if name == "" {
			if e, err := st.Entity(ctx, c.Entity); err == nil {
				name = e.Name
			} else {
				name = c.Entity
			}
		}
		fmt.Fprintf(w, "# %s %s by %s at %s\n", c.Kind, c.Entity, oneLine(c.Who), c.At.UTC().Format(time.RFC3339))
		switch c.Kind {
		case Merge, Rename:
			fmt.Fprintf(w, "%s\t%s\t%s\n", oneLine(name), c.Type, joinAliases(c.Aliases, name))
		case Split:
			fmt.Fprintf(w, "%s\t%s\t\n", oneLine(c.Alias), c.Type)
		case Drop:
			for _, a := range c.Aliases {
				fmt.Fprintf(w, "drop\t%s\n", oneLine(a))
			}
		case Source:
			fmt.Fprintf(w, "# source\t%s (marked as a news source; an alias file cannot say so)\n", oneLine(name))
		}
	}
	return nil
}

func joinAliases(aliases []string, name string) string {
	var out []string
	for _, a := range aliases {
		if a != name && !strings.ContainsAny(a, "|\t\n\r") {
			out = append(out, a)
		}
	}
	return strings.Join(out, "|")
}

func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
