package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitWord splits a chunk stripped of its outer punctuation: brackets and dashes between
// words, hyphens between words, clitics and fused forms.
func splitWord(text string, i, j int, out []span) []span {
	w := text[i:j]
	if isURL(w) || isNumber(w) {
		return append(out, span{i, j})
	}
	// dashes and ellipses inside a chunk: "word—word", "word--word", "wait...what"
	for _, d := range []string{"—", "–", "--", "..."} {
		if k := strings.Index(w, d); k > 0 && k+len(d) < len(w) {
			out = splitWord(text, i, i+k, out)
			out = append(out, span{i + k, i + k + len(d)})
			return splitWord(text, i+k+len(d), j, out)
		}
	}
	// a bracket between words, a space missing: "(FBI)the journalist", "said(in a statement)",
	// "flu...(thanks"; not a plural in brackets, "friend(s)" (its ")" split off before)
	if k := strings.IndexAny(w, "()[]"); k >= 0 && k+1 < len(w) && !strings.HasSuffix(w, "(s") {
		if k > 0 {
			out = splitWord(text, i, i+k, out)
		}
		out = append(out, span{i + k, i + k + 1})
		return splitWord(text, i+k+1, j, out)
	}
	// hyphens between words: "al-Ani" → "al" "-" "Ani", but "e-mail", "co-workers" stay
	if k := strings.IndexByte(w, '-'); k > 0 && k+1 < len(w) && !keepHyphen(w[:k]) && !isAbbrev(w) {
		out = splitWord(text, i, i+k, out)
		out = append(out, span{i + k, i + k + 1})
		return splitWord(text, i+k+1, j, out)
	}
	return splitClitics(text, i, j, out)
}

// splitClitics splits n't, 's, 'll and the like off a word, and fused forms such as "cannot".
func splitClitics(text string, i, j int, out []span) []span {
	w := text[i:j]
	l := strings.ToLower(w)
	for _, c := range []string{"n't", "n’t"} {
		if strings.HasSuffix(l, c) && len(l) > len(c) {
			return append(out, span{i, j - len(c)}, span{j - len(c), j})
		}
	}
	for _, c := range []string{"'s", "'m", "'d", "'re", "'ve", "'ll", "’s", "’m", "’d", "’re", "’ve", "’ll"} {
		if strings.HasSuffix(l, c) && len(l) > len(c) {
			return append(out, span{i, j - len(c)}, span{j - len(c), j})
		}
	}
	if k, ok := fused[l]; ok {
		return append(out, span{i, i + k}, span{i + k, j})
	}
	return append(out, span{i, j})
}

// fused maps a fused form to the length of its first word.
var fused = map[string]int{"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3, "gimme": 3, "lemme": 3}

var hyphenPrefixes = map[string]bool{}

func init() {
	for _, p := range strings.Fields(`e co pre post non semi re pro anti ex multi mid inter sub
		counter de bi tri un x t u mis neo pan trans ultra vice`) {
		hyphenPrefixes[p] = true
	}
}

func keepHyphen(first string) bool { return hyphenPrefixes[strings.ToLower(first)] }

// isURL reports whether w looks like a URL or an e-mail address.
func isURL(w string) bool {
	l := strings.ToLower(w)
	if strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") {
		return true
	}
	at := strings.IndexByte(l, '@')
	return at > 0 && strings.IndexByte(l[at:], '.') > 1 && !strings.HasSuffix(l, ".")
}

// isNumber reports whether w is digits joined by , . - / or : ("5,000", "2024-05-06", "10:30").
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(w)
	last, _ := utf8.DecodeLastRuneInString(w)
	if !unicode.IsDigit(first) || !unicode.IsDigit(last) {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && !strings.ContainsRune(",.-/:", r) {
			return false
		}
	}
	return true
}
