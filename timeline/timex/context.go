package timex

// Keep sets what ctx remembers of a sentence after the caller has dropped
// some of its expressions, such as a date-like word that is part of a name
// (今日 in 小泉今日子): the last calendar expression of kept that can be
// referred back to (not a year-before comparison such as 前年同期), or, when kept
// holds none, what ctx remembered before the sentence (before). Call it after
// TagInContext with the expressions actually kept, in order.
func (c *Context) Keep(before Context, kept []Timex) {
	*c = before
	for i := len(kept) - 1; i >= 0; i-- {
		if kept[i].referable() {
			c.last, c.ok = kept[i], true
			return
		}
	}
}
