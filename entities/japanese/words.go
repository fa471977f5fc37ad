package japanese

// Words returns the words of text as the IPA dictionary splits them, with
// the tokenizer the extractor uses: an index that searches Japanese by word
// (a store's full-text index) needs the same split for a two-character name
// such as 中国 or 石破 in a sentence and in a query.
func Words(text string) ([]string, error) {
	tok, err := shared()
	if err != nil {
		return nil, err
	}
	return tok.Wakati(text), nil
}
