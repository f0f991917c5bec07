package loader

// splitSentences splits text into sentences with byte offsets. Placeholder: one sentence per
// line; the entities work replaces it with a real segmenter.
func splitSentences(text string) []sentence {
	var out []sentence
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if i > start {
				out = append(out, sentence{Start: start, End: i, Text: text[start:i]})
			}
			start = i + 1
		}
	}
	return out
}
