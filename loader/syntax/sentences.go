package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitSentences tokenizes text and groups the words into sentences: a sentence ends at . ! ? or
// an ellipsis (with the closing quotes and brackets after it) when the next word can start a
// sentence, at an abbreviation followed by a common sentence opener, and at a blank line.
func splitSentences(text string) []Sentence {
	toks := tokenize(text, 0, len(text), nil)
	var out []Sentence
	first := 0
	for k := range toks {
		if k+1 < len(toks) && !boundary(text, toks, k) {
			continue
		}
		s := Sentence{Start: toks[first].start, End: toks[k].end, Words: make([]Word, 0, k+1-first)}
		for m := first; m <= k; m++ {
			s.Words = append(s.Words, Word{ID: m - first + 1, Form: text[toks[m].start:toks[m].end],
				Start: toks[m].start, End: toks[m].end})
		}
		out = append(out, s)
		first = k + 1
	}
	return out
}

// boundary reports whether a sentence ends after toks[k] (k+1 exists).
func boundary(text string, toks []span, k int) bool {
	gap := text[toks[k].end:toks[k+1].start]
	if strings.Count(gap, "\n") >= 2 {
		return true
	}
	w, next := text[toks[k].start:toks[k].end], text[toks[k+1].start:toks[k+1].end]
	if closesQuote(next) && gap == "" && isFinal(w) {
		return false // the quote or bracket belongs to this sentence
	}
	end := k
	for end > 0 && closesQuote(text[toks[end].start:toks[end].end]) && toks[end].start == toks[end-1].end {
		end--
	}
	last := text[toks[end].start:toks[end].end]
	switch {
	case isFinal(last):
		return startsSentence(next)
	case strings.HasSuffix(last, ".") && len(last) > 1 && isAbbrev(last):
		return gap != "" && openers[next]
	case strings.Contains(gap, "\n"):
		return lineBreaks(last, next)
	}
	return false
}

func isFinal(w string) bool {
	return w == "." || w == "!" || w == "?" || w == "..." || w == "…" || strings.Trim(w, "!?") == "" && w != ""
}

func closesQuote(w string) bool {
	switch w {
	case "\"", "'", "”", "’", ")", "]", "»", "}":
		return true
	}
	return false
}

// startsSentence reports whether w can begin a sentence: a capital, a digit or an opening mark.
func startsSentence(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpening(r) || !unicode.IsLetter(r)
}

// lineBreaks reports whether a single line break between last and next ends a sentence: a line
// that does not end in a lower-case word or a continuing mark, followed by a capital.
func lineBreaks(last, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(last)
	if unicode.IsLower(r) || strings.ContainsRune(",;:-&", r) {
		return false
	}
	return startsSentence(next)
}

var openers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I You But And In On At This That
		These Those There His Her Its Their Our My As If When While After Before However Meanwhile
		Mr. Ms. Mrs. Dr. So Yet Still Then Now What Why How Who`) {
		openers[w] = true
	}
}
