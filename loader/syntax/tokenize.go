package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a token's byte range in the text.
type span struct{ start, end int }

// tokenize splits text[start:end] into words in UD English conventions, with byte offsets into
// text: punctuation split off, clitics ("do" + "n't", "John" + "'s", "can" + "not"), hyphens
// between letters split ("al" "-" "Ani"), and brackets a missing space left between words
// ("(FBI)the"); numbers ("5,000", "3.5", "2024-05-06"), abbreviations
// ("U.S.", "Mr."), URLs and e-mail addresses kept whole.
func tokenize(text string, start, end int, out []span) []span {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 && !utf8.FullRuneInString(text[i:end]) {
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		out = splitChunk(text, i, j, out)
		i = j
	}
	return out
}

// maxChunk is the longest chunk split further; longer ones (no real word is) stay whole, which
// keeps tokenizing linear in the text.
const maxChunk = 256

// splitChunk splits one white-space-free chunk.
func splitChunk(text string, i, j int, out []span) []span {
	if j-i > maxChunk {
		return append(out, span{i, j})
	}
	// leading punctuation
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:j])
		if !isOpening(r) && !(r == '-' && i+n < j && text[i+n] == '-') {
			break
		}
		if r == '\'' && isClitic(text[i:j]) {
			break
		}
		if r == '-' {
			out = append(out, span{i, i + 2})
			i += 2
			continue
		}
		out = append(out, span{i, i + n})
		i += n
	}
	// trailing punctuation, collected in reverse
	var tail []span
	for i < j {
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		if r == '.' {
			if isAbbrev(text[i:j]) {
				break
			}
			if strings.HasSuffix(text[i:j], "...") {
				tail = append(tail, span{j - 3, j})
				j -= 3
				continue
			}
		}
		if !isClosing(r) {
			break
		}
		tail = append(tail, span{j - n, j})
		j -= n
	}
	if i < j {
		out = splitWord(text, i, j, out)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out = append(out, tail[k])
	}
	return out
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '`', '¿', '¡', '<', '*', '#', '$', '£', '€', '¥', '—', '–', '•', '/', ',', ';', ':', '!', '?', '.', '~', '|', '=', '+', '…', '>':
		return true
	}
	return false
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', ',', '.', ';', ':', '!', '?', '…', '%', '*', '—', '–', '/', '>', '|':
		return true
	}
	return false
}

// isClitic reports whether s (starting with an apostrophe) is a clitic such as 's or 'll.
func isClitic(s string) bool {
	l := strings.ToLower(s)
	for _, c := range []string{"'s", "'m", "'d", "'re", "'ve", "'ll", "’s", "’m", "’d", "’re", "’ve", "’ll"} {
		if l == c {
			return true
		}
	}
	return false
}

// isAbbrev reports whether a word ending in "." keeps its period: a known abbreviation,
// initials ("U.S.", "e.g.") or a single letter ("J.").
func isAbbrev(w string) bool {
	base := strings.TrimSuffix(w, ".")
	if abbrevs[strings.ToLower(base)] {
		return true
	}
	if utf8.RuneCountInString(base) == 1 {
		r, _ := utf8.DecodeRuneInString(base)
		return unicode.IsLetter(r)
	}
	// initials: letter . letter . (…)
	if strings.Count(w, ".") >= 2 {
		for _, part := range strings.Split(base, ".") {
			if utf8.RuneCountInString(part) != 1 {
				return false
			}
			r, _ := utf8.DecodeRuneInString(part)
			if !unicode.IsLetter(r) {
				return false
			}
		}
		return true
	}
	return false
}

var abbrevs = map[string]bool{}

func init() {
	for _, a := range strings.Fields(`mr mrs ms dr prof gen sen rep gov lt col sgt capt cmdr adm maj
		st jr sr inc corp co ltd bros vs etc jan feb mar apr jun jul aug sep sept oct nov dec no nos
		mt ft ave blvd rd dept univ est approx fig vol pp ph messrs rev hon pres supt det insp cpl pvt
		gens reps sens govs al ca cf op`) {
		abbrevs[a] = true
	}
}
