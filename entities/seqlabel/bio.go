package seqlabel

// Chunk is a labelled run of tokens decoded from BIO labels.
type Chunk struct {
	Start, End int    // token indices, End exclusive
	Label      string // without the B-/I- prefix
}

// Chunks decodes BIO labels into chunks. It is tolerant of the mistakes a
// tagger makes: an I- label that does not continue a chunk of the same label
// starts a new chunk instead of being dropped. Labels other than B-x and I-x
// (such as "O") end the current chunk.
func Chunks(labels []string) []Chunk {
	var out []Chunk
	open := false
	for i, l := range labels {
		kind, name := split(l)
		switch {
		case kind == 'I' && open && out[len(out)-1].Label == name:
			out[len(out)-1].End = i + 1
		case kind == 'B' || kind == 'I':
			out = append(out, Chunk{Start: i, End: i + 1, Label: name})
			open = true
		default:
			open = false
		}
	}
	return out
}

// split splits "B-PER" into 'B' and "PER"; other labels give kind 0.
func split(l string) (kind byte, name string) {
	if len(l) >= 2 && (l[0] == 'B' || l[0] == 'I') && l[1] == '-' {
		return l[0], l[2:]
	}
	return 0, ""
}

// Encode returns BIO labels for n tokens with the given chunks marked and "O"
// elsewhere. Chunks are applied in order, so a later overlapping chunk
// overwrites an earlier one; chunk bounds are clipped to [0, n).
func Encode(n int, chunks []Chunk) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for _, c := range chunks {
		start, end := max(c.Start, 0), min(c.End, n)
		if start >= end {
			continue
		}
		inside := "I-" + c.Label
		out[start] = "B-" + c.Label
		for i := start + 1; i < end; i++ {
			out[i] = inside
		}
	}
	return out
}
