package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or punctuation mark of a sentence, with byte offsets into the article text.
type token struct {
	Start, End int
	Text       string
	Lower      string // lower case, curly apostrophes made straight; empty for punctuation
	Cap        bool   // begins with an upper-case letter
	Caps       bool   // two or more letters, all upper case
	Sent       int
}

func (t token) word() bool { return t.Lower != "" }

// titleAbbrevs keep their period as part of the token ("Mr.", "Gen.").
var titleAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Sen": true, "Rep": true, "Gov": true,
	"Gen": true, "Lt": true, "Col": true, "Jr": true, "Sr": true, "Prof": true, "Rev": true, "Capt": true,
	"Sgt": true, "Maj": true, "Adm": true, "Ft": true, "Mt": true, "Pres": true, "Amb": true, "Cpl": true,
	"Pvt": true, "Brig": true, "Cmdr": true,
	"ST": true, "MT": true, "FT": true,
}

// tokenize splits text[start:end] into tokens. Words are runs of letters, digits and marks;
// an apostrophe joins letters ("d'Ivoire") except in a possessive "'s", which becomes a token of
// its own; initials and initialisms keep their periods ("J.", "U.S."), as do title abbreviations
// ("Mr."); every other non-space character is a token of its own.
func tokenize(text string, start, end, sent int, out []token) []token {
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsSpace(r) || r == 0xa0 {
			i += n
			continue
		}
		if !wordRune(r) {
			out = append(out, token{Start: i, End: i + n, Text: text[i : i+n], Sent: sent})
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if wordRune(r2) {
				j += n2
				continue
			}
			if r2 == '\'' || r2 == '’' {
				// letters must follow; "'s" + non-letter is a possessive
				r3, n3 := utf8.DecodeRuneInString(text[j+n2 : end])
				if !unicode.IsLetter(r3) {
					break
				}
				if (r3 == 's' || r3 == 'S') && !wordAt(text, j+n2+n3, end) {
					break
				}
				j += n2
				continue
			}
			break
		}
		// initials and initialisms: "J." "U.S." "J.P."
		if j < end && text[j] == '.' {
			w := text[i:j]
			if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r) {
				j++
				for j+1 < end {
					r4, n4 := utf8.DecodeRuneInString(text[j:end])
					if unicode.IsLetter(r4) && j+n4 < end && text[j+n4] == '.' {
						j += n4 + 1
						continue
					}
					break
				}
			} else if titleAbbrevs[w] {
				j++
			}
		}
		out = append(out, newWord(text, i, j, sent))
		i = j
	}
	return out
}

func wordAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return wordRune(r)
}

func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func newWord(text string, i, j, sent int) token {
	w := text[i:j]
	t := token{Start: i, End: j, Text: w, Sent: sent}
	r, _ := utf8.DecodeRuneInString(w)
	t.Cap = unicode.IsUpper(r)
	letters, upper := 0, 0
	if isASCII(w) {
		for k := 0; k < len(w); k++ {
			c := w[k]
			if 'A' <= c && c <= 'Z' {
				letters++
				upper++
			} else if 'a' <= c && c <= 'z' {
				letters++
			}
		}
		t.Lower = strings.ToLower(w)
	} else {
		for _, c := range w {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					upper++
				}
			}
		}
		t.Lower = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	}
	t.Caps = letters >= 2 && upper == letters
	return t
}

// tokenizeDoc tokenizes every sentence of d.
func tokenizeDoc(d *doc) []token {
	out := make([]token, 0, len(d.Text)/5)
	for si, s := range d.Sentences {
		out = tokenize(d.Text, s.Start, s.End, si, out)
	}
	return out
}
