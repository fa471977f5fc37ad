// Package store keeps a corpus that grows: the per-document partial results
// of the pipeline (timeline.Partial), written one document per transaction
// and keyed by the hash of the document's text, and what the finishing step
// makes of them — entities resolved across the corpus with ids that stay
// the same from one ingest to the next, events, and co-occurrence counts per
// week — with the queries an explorer needs over a corpus of any size.
//
// Store is the interface every backend implements; SQLite (Open) is the
// embedded default. package storetest holds the conformance suite each
// backend must pass.
//
// Writing: Known, then Add for each new document, then Finish once a batch
// is in. Reading: the methods below Finish, safe for concurrent use, each a
// bounded query: lists take a limit (at most MaxLimit) and return a cursor
// for the next page and the total, so that nothing is silently capped.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/chronograph/chronograph/timeline"
)

// Store is a corpus kept between runs.
type Store interface {
	// Known reports whether a document with this content hash is stored.
	// It records source as one the document was read from: a stored
	// document shows the least of its sources (a.jsonl#2 before
	// b.txt), whatever order they were ingested in. It may say no to a
	// document another writer stored while this handle was writing:
	// Add and AddBatch then leave that document as it is, and record
	// its source.
	Known(ctx context.Context, hash, source string) (bool, error)
	// Add writes one document's partial result in one transaction: after a
	// crash the store holds the whole document or none of it. A document
	// whose hash is stored is left as it is, and Add reports false.
	Add(ctx context.Context, p timeline.Partial) (bool, error)
	// AddBatch writes the partial results of several documents in one
	// transaction (all or none after a crash), as Add does each: an ingest
	// writes a batch every second or so, which costs far less than a
	// transaction per document. It returns how many it added.
	AddBatch(ctx context.Context, ps []timeline.Partial) (int, error)
	// Finish brings the corpus-wide results up to date with the documents
	// added: it resolves the stored local entities, keeps entity ids
	// sticky (a cluster keeps the id of the earlier cluster holding most of
	// its mentions; ids merged away redirect), applies the corrections,
	// and rebuilds entities, edges and volumes.
	Finish(ctx context.Context, opts FinishOptions) (FinishReport, error)
	// Ingesting records that an ingest is adding documents, until done
	// is called once its last batch is in. done reports whether other
	// ingests are adding documents still: a finish then would be done
	// again by the last of them to end, which sees every document, so
	// the ingest leaves the store stale and the finish to that one (on
	// a store that one process writes at a time, never).
	Ingesting(ctx context.Context) (done func() (others bool, err error), err error)

	// Correct records a correction, applied by every later Finish.
	Correct(ctx context.Context, c Correction) error
	// Corrections lists the corrections in the order they were made.
	Corrections(ctx context.Context) ([]Correction, error)

	// Partials calls fn with the partial result of every stored document
	// in the slice, in no particular order (a timeline.Corpus does not
	// need one), each with its current source.
	Partials(ctx context.Context, s Slice, fn func(timeline.Partial) error) error
	// Resolution returns, for the local entities of the stored documents,
	// the entities the last Finish gave them, as a timeline.Options.Resolve
	// function: a corpus built from Partials then shows the store's ids.
	Resolution(ctx context.Context) (func([]timeline.LocalEntity) timeline.Resolution, error)

	// Entities lists entities by mentions (most first), optionally those
	// whose name or alias contains Query and of a Type.
	Entities(ctx context.Context, q EntityQuery) (EntityPage, error)
	// Entity returns one entity by id, following redirects left by merges;
	// ErrNotFound when there is none.
	Entity(ctx context.Context, id string) (Entity, error)
	// Neighbours lists the entities named in the same sentences as one, in
	// documents published in the window, by the weighting asked for.
	Neighbours(ctx context.Context, q NeighbourQuery) (NeighbourPage, error)
	// Evidence lists the sentences that name an entity, or two.
	Evidence(ctx context.Context, q EvidenceQuery) (SentencePage, error)
	// Events lists the dated events in a window, optionally of one entity,
	// by date: the reports (dated sentences) clustered into events as in a
	// timeline.Result (package timeline/events).
	Events(ctx context.Context, q EventQuery) (EventPage, error)
	// Event returns one event by id, following the redirects left when a
	// later finish joined it to another; ErrNotFound when there is none.
	Event(ctx context.Context, id string) (timeline.Event, error)
	// Volume counts documents and events per day, week or month.
	Volume(ctx context.Context, q VolumeQuery) ([]VolumeBucket, error)
	// Search finds sentences by words, in English and Japanese.
	Search(ctx context.Context, q SearchQuery) (SentencePage, error)
	// Stats describes the store.
	Stats(ctx context.Context) (Stats, error)
	// Versions are those that analysed the stored documents (Stats'
	// Versions), zero for a store without documents: what an ingest
	// compares its own with before it starts, read without counting
	// every row as Stats does (a fifth of a second at 100,000 documents,
	// 1% of adding a thousand).
	Versions(ctx context.Context) (Versions, error)
	// Generation changes whenever what the reading methods answer may
	// change (a document added, a finish, a correction): answers can be
	// cached under it.
	Generation(ctx context.Context) (string, error)

	Close() error
}

// ErrNotFound is returned for an entity id the store does not know.
var ErrNotFound = errors.New("not found")

// ErrBadQuery wraps the errors of invalid query parameters: a server
// answers them with 400.
var ErrBadQuery = errors.New("bad query")

// MaxLimit bounds the items of one page; DefaultLimit is used for 0.
const (
	MaxLimit     = 1000
	DefaultLimit = 50
)

// Window is a span of days, both ends included, as YYYY-MM-DD; an empty
// end is open. A window holds the documents published in it (undated
// documents only when both ends are open) and the events whose date
// overlaps it, and spans no more days than it when both ends are set (a
// year's event is not in a month's window: the report's rule). Edge counts are kept per week: Neighbours counts the weeks
// (Monday to Sunday) that overlap the window.
type Window struct {
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
}

// Page says where a list goes on: Total items in all, and the cursor of
// the next page, empty on the last.
type Page struct {
	Total int    `json:"total"`
	Next  string `json:"next,omitempty"`
}

// Entity is an entity of the store.
type Entity struct {
	timeline.Entity
	NameJA string `json:"name_ja,omitempty"` // display name in Japanese
	// NewsSource is set by a correction that marks the entity as a news
	// source (a wire service quoted as such) rather than an actor; Role
	// is then "source" too.
	NewsSource bool `json:"news_source,omitempty"`
	// WindowSentences, in a list of a window's entities, counts the
	// sentences naming the entity in the weeks that overlap the window.
	WindowSentences int   `json:"window_sentences,omitempty"`
	outlet          bool  // entities.Entity.Outlet, for Resolution
	n               int64 // its number in the tables a finish derives
}

// EntityQuery selects entities.
type EntityQuery struct {
	Query string // part of a name or alias, any case; empty for all
	Type  string // PERSON, LOCATION, ORGANIZATION; empty for all
	// Window, when set, keeps the entities named in it and ranks them by
	// the sentences naming them in its weeks (most first), as a report of
	// the window ranks its lanes; else all, by mentions.
	Window Window
	Limit  int
	Cursor string
	Offset int // items skipped, for a page anywhere in the list; not with Cursor
}

// EntityPage is one page of entities.
type EntityPage struct {
	Items []Entity `json:"items"`
	Page
}

// Weightings are the edge weightings Neighbours knows: count (sentences
// naming both), pmi (normalised pointwise mutual information, 0..1) and
// dice (2·both / (one + other)), over the sentences of the window.
var Weightings = []string{"count", "pmi", "dice"}

// NeighbourQuery selects the neighbours of an entity.
type NeighbourQuery struct {
	ID        string
	Window    Window
	Weighting string // count (default), pmi or dice
	Limit     int
	Cursor    string
}

// Neighbour is an entity named with another, and how strongly.
type Neighbour struct {
	Entity Entity  `json:"entity"`
	Count  int     `json:"count"` // sentences naming both in the window
	Score  float64 `json:"score"` // by the weighting asked for; Count for count
}

// NeighbourPage is one page of neighbours, strongest first.
type NeighbourPage struct {
	Items []Neighbour `json:"items"`
	Page
}

// EvidenceQuery selects the sentences naming entity A, and B when set.
type EvidenceQuery struct {
	A, B   string
	Window Window
	Limit  int
	Cursor string
}

// Sentence is a sentence of a stored document.
type Sentence struct {
	timeline.Source        // document id, offsets into its text as read, the sentence
	DocSource       string `json:"doc_source"`
	Title           string `json:"title,omitempty"`
	Published       string `json:"published,omitempty"`
	Lang            string `json:"lang"`
	Dated           bool   `json:"dated"` // the sentence is an event
}

// SentencePage is one page of sentences: dated ones first, then in the
// order of their documents' content hashes and their offsets, an order
// that does not depend on when documents were ingested.
type SentencePage struct {
	Items []Sentence `json:"items"`
	Page
}

// EventQuery selects events.
type EventQuery struct {
	Window Window
	Entity string // id; empty for all
	Limit  int
	Cursor string
	Offset int // items skipped; not with Cursor
}

// EventPage is one page of events, by date.
type EventPage struct {
	Items []timeline.Event `json:"items"`
	Page
}

// Buckets are the sizes Volume counts by.
var Buckets = []string{"day", "week", "month"}

// VolumeQuery selects what Volume counts.
type VolumeQuery struct {
	Bucket string // day, week (starting Monday) or month
	Window Window
	Entity string // id: only documents and events naming it; empty for all
}

// VolumeBucket counts what falls in one day, week or month.
type VolumeBucket struct {
	Bucket    string `json:"bucket"` // 2025-02-07; the Monday 2025-02-03 of its week; 2025-02
	Documents int    `json:"documents"`
	Events    int    `json:"events"`
}

// SearchQuery finds sentences holding all the words of Query (a phrase in
// double quotes), in documents published in the window.
type SearchQuery struct {
	Query  string
	Window Window
	Limit  int
	Cursor string
	Offset int // items skipped; not with Cursor
}

// Stats describes a store.
type Stats struct {
	SchemaVersion int    `json:"schema_version"`
	Path          string `json:"path,omitempty"`
	Documents     int    `json:"documents"`
	Bytes         int64  `json:"bytes"` // text ingested
	Sentences     int    `json:"sentences"`
	Mentions      int    `json:"mentions"`
	Entities      int    `json:"entities"`
	Events        int    `json:"events"`  // reports clustered, as a Result's events
	Reports       int    `json:"reports"` // dated sentences naming an entity
	Edges         int    `json:"edges"`
	FirstDate     string `json:"first_date,omitempty"` // of the documents
	LastDate      string `json:"last_date,omitempty"`
	// Versions are those that analysed the stored documents; Finished
	// those of the last Finish.
	Versions Versions  `json:"versions"`
	Ingested time.Time `json:"ingested,omitzero"` // last Add
	Finished time.Time `json:"finished,omitzero"` // last Finish
	// Stale is set when documents were added since the last Finish.
	Stale bool `json:"stale,omitempty"`
}

// Versions say what produced a store's contents: documents analysed by
// other versions are not comparable with new ones. See Versions.Compare.
type Versions struct {
	Chronograph string `json:"chronograph,omitempty"`
	Models      string `json:"models,omitempty"`  // hash of the embedded models
	Aliases     string `json:"aliases,omitempty"` // hash of the --aliases file; empty for none
}

// FinishOptions is what Finish needs from the pipeline.
type FinishOptions struct {
	// Resolve resolves local entities across the corpus
	// (timeline.Pipeline.ResolveLocals).
	Resolve func([]timeline.LocalEntity) timeline.Resolution
	// Versions are recorded as those that analysed the documents.
	Versions Versions
}

// FinishReport says what a Finish changed.
type FinishReport struct {
	Entities  int `json:"entities"`
	New       int `json:"new"`       // entities with an id not seen before
	Redirects int `json:"redirects"` // ids merged away in this finish
	// ReportsRead counts the stored reports (dated sentences) the finish
	// read to work their events out again: after a small batch, those of
	// the days, weeks and months it changed and of the days their joins
	// reach, each once.
	ReportsRead int `json:"reports_read"`
}

// Correction kinds.
const (
	Merge  = "merge"  // Entity takes Other's mentions; Other redirects to it
	Split  = "split"  // the mentions of Entity by Alias alone (in documents that give no other name for it) become an entity of their own
	Rename = "rename" // Entity is shown as Name
	Drop   = "drop"   // Entity is junk: its mentions are dropped
	Source = "source" // Entity is a news source rather than an actor
)

// Correction is a user's correction of the entities, kept in the store
// with who made it and when, and applied by every later Finish.
type Correction struct {
	ID     int64  `json:"id,omitempty"`
	Kind   string `json:"kind"`
	Entity string `json:"entity"`
	Other  string `json:"other,omitempty"` // merge: the entity merged in
	Alias  string `json:"alias,omitempty"` // split
	Name   string `json:"name,omitempty"`  // rename
	// Type and Aliases are the entity's when the correction was made,
	// filled in by Correct: what an alias file needs to say the same.
	Type    string    `json:"type,omitempty"`
	Aliases []string  `json:"aliases,omitempty"`
	Who     string    `json:"who"`
	At      time.Time `json:"at"`
}

// Slice selects the documents a report from the store covers.
type Slice struct {
	Window Window
	// Focus, an entity id, keeps the documents that name it.
	Focus string
	// Query keeps the documents with a sentence that matches it (as
	// Search does).
	Query string
}
