package timeline

// Result is everything chronograph knows about a corpus: the JSON that
// `chronograph extract` writes and the input of every renderer. Slices are
// sorted and ids are stable, so the same input gives the same bytes.
type Result struct {
	Inputs    []Input    `json:"inputs"` // every input file, read or skipped
	Documents []Document `json:"documents"`
	// Undated lists the ids of the documents that have no publication
	// date: their relative dates ("on Wednesday", 昨年) stay unresolved
	// until a --date or --dates gives them one.
	Undated  []string  `json:"undated,omitempty"`
	Entities []Entity  `json:"entities"`
	Mentions []Mention `json:"mentions"`
	Timexes  []Timex   `json:"timexes"`
	Events   []Event   `json:"events"`
	Edges    []Edge    `json:"edges"`
	// EventsOmitted counts the events a lean run (Options.Lean) left out
	// beyond its cap per date.
	EventsOmitted int `json:"events_omitted,omitempty"`
	// PairsOmitted counts the pairs of names not made edges because their
	// sentence named more than MaxPairedNames entities: only the most
	// prominent of those are paired, so that a list of names does not
	// grow the output with the square of its length.
	PairsOmitted int `json:"pairs_omitted,omitempty"`
	// ReportsOmitted counts the reports (a sentence and a date it names)
	// left out before clustering: those of a sentence past its first
	// MaxDatesPerSentence dates, and in a lean run those beyond ten times
	// its cap of events per date: the bounds on what it holds and writes.
	ReportsOmitted int `json:"reports_omitted,omitempty"`
}

// Input accounts for one input file: the documents it gave, or why it was
// skipped, so that nothing a user fed in is lost silently.
type Input struct {
	Path      string `json:"path"`
	Documents int    `json:"documents"`
	Skipped   string `json:"skipped,omitempty"` // the file, or the parts of it, not read and why
	// Encoding is the encoding the file was decoded from, when not UTF-8:
	// "shift_jis", "euc-jp", "iso-2022-jp", "utf-16le", …
	Encoding string `json:"encoding,omitempty"`
	// Repaired counts the invalid byte sequences replaced by U+FFFD.
	Repaired int `json:"repaired,omitempty"`
	// Parts is the number of documents a text file longer than
	// --max-doc-bytes was split into; 0 when it was not split.
	Parts int `json:"parts,omitempty"`
	// Duplicates counts documents left out as repeats of earlier ones.
	Duplicates int `json:"duplicates,omitempty"`
}

// Document describes one input document. Text is filled only on request
// (--with-text): offsets elsewhere in the result index into it.
type Document struct {
	ID         string `json:"id"`
	Source     string `json:"source"` // file path, with "#N" for the Nth record or post in it
	Title      string `json:"title,omitempty"`
	URL        string `json:"url,omitempty"`
	Author     string `json:"author,omitempty"`
	Lang       string `json:"lang"`                  // dominant language of its sentences: "en", "ja" or "und"
	Published  string `json:"published,omitempty"`   // YYYY-MM-DD; empty when undated
	DateSource string `json:"date_source,omitempty"` // metadata, front-matter, dateline, url, file-name, signature, dates-file, flag
	Text       string `json:"text,omitempty"`
}

// Entity is a canonical entity: all the mentions that name one person, place
// or organisation, in any language.
type Entity struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"` // display name in the requested language
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"` // every surface form seen, sorted
	Langs     []string `json:"langs"`
	Mentions  int      `json:"mentions"`
	Documents int      `json:"documents"`
	FirstSeen string   `json:"first_seen,omitempty"` // earliest event date naming it
	LastSeen  string   `json:"last_seen,omitempty"`
	// Role is "source" for a news outlet the corpus cites as where it read
	// the news ("according to Reuters", 「読売新聞によると」); empty for an
	// actor. DropSources takes sources off the events and the edges.
	Role string `json:"role,omitempty"`
	// FirstSeenLabel and LastSeenLabel are those dates as a person reads
	// them ("summer 2026", "5 Jul 2026"): timex.Label.
	FirstSeenLabel string `json:"first_seen_label,omitempty"`
	LastSeenLabel  string `json:"last_seen_label,omitempty"`
}

// Mention is one occurrence of an entity. Start and End are byte offsets into
// the document's text exactly as read (before normalisation).
type Mention struct {
	Doc    string `json:"doc"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Type   string `json:"type"`
	Entity string `json:"entity"`
}

// Timex is one temporal expression, offsets as for Mention.
type Timex struct {
	Doc         string `json:"doc"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Text        string `json:"text"`
	Type        string `json:"type"`
	Value       string `json:"value,omitempty"` // empty when it could not be resolved
	Label       string `json:"label,omitempty"` // Value as a person reads it ("week 27, 2026"): timex.Label
	Granularity string `json:"granularity,omitempty"`
}

// Event is one happening: the reports — sentences that hold a resolved date
// and at least one entity — that tell it, in any language (package
// timeline/events decides which). Text, Lang and the date fields are those
// of one representative report; Sources lists every report.
type Event struct {
	ID          string   `json:"id"`
	Date        string   `json:"date"` // ISO value: 2025-02-07, 2025-02, 2025-W06, 2025
	Granularity string   `json:"granularity"`
	DateLabel   string   `json:"date_label,omitempty"` // Date as a person reads it ("19 Sep 2006 (night)"): timex.Label
	DateText    string   `json:"date_text"`
	Anchor      string   `json:"anchor,omitempty"` // the document date a relative expression was resolved against
	Text        string   `json:"text"`
	Lang        string   `json:"lang"`
	Entities    []string `json:"entities"` // named by any of its reports
	Sources     []Source `json:"sources"`
	// Reports counts the sentences that tell it, all of them even where a
	// lean run lists fewer in Sources.
	Reports       int      `json:"reports"`
	Languages     []string `json:"languages"`                // of its reports, sorted
	FirstReported string   `json:"first_reported,omitempty"` // earliest publication date of its reports' documents
}

// Source locates a sentence in a document.
type Source struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"` // the sentence
	Lang  string `json:"lang,omitempty"` // its language, for an event's reports
}

// Edge links two entities named in the same sentence. Source < Target.
type Edge struct {
	Source   string   `json:"source"`
	Target   string   `json:"target"`
	Weight   int      `json:"weight"`   // number of distinct sentences naming both
	Evidence []Source `json:"evidence"` // up to a cap, the most informative first (dated, from distinct documents)
}
