package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is one word or punctuation mark of a sentence, or one whole actor mention. Start and End
// are byte offsets into the article text; W is the lower-cased word ("" for an actor).
type tok struct {
	Start, End int
	W          string
	// Actor is the index into the sentence's actors, or -1.
	Actor int
	// Cap is set when the word begins with an upper-case letter.
	Cap bool
}

// evActor is an entity mention taking part in events: its entity, its code ("" for a person or
// place without one) and the kind of mention.
type evActor struct {
	EntityID string
	Code     string
	Type     string
	Kind     string
	Text     string
	// Via is the person the actor stands for ("" when named directly).
	Via string
	// Place is set for a town or area standing for its country.
	Place bool
	// PlaceID is that town or area when it stands for its country ("an ultimatum to Damascus").
	PlaceID string
}

// agent returns the entity that acted (or was acted on) for the actor: the person it stands
// for, or the place; "" when the actor is named directly.
func (a evActor) agent() string {
	if a.Via != "" {
		return a.Via
	}
	return a.PlaceID
}

// isActor reports whether t is an actor token.
func (t tok) isActor() bool { return t.Actor >= 0 }

// evTokenize splits the sentence s (at byte offset base of the text) into tokens, replacing each
// mention in ms (byte offsets into the text, sorted) by one actor token whose Actor is the index
// of the mention in ms. A possessive "'s" becomes its own token "'s"; curly quotes are folded.
func evTokenize(s string, base int, ms []mention) []tok {
	toks := make([]tok, 0, len(s)/5+4)
	mi := 0
	i := 0
	for i < len(s) {
		// an actor mention starting here (or overlapping here) takes its whole span
		for mi < len(ms) && ms[mi].End-base <= i {
			mi++
		}
		if mi < len(ms) && ms[mi].Start-base <= i {
			m := ms[mi]
			end := m.End - base
			if end > len(s) {
				end = len(s)
			}
			toks = append(toks, tok{Start: base + i, End: base + end, Actor: mi, Cap: true})
			i = end
			mi++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			split := false
			for j < len(s) {
				if mi < len(ms) && ms[mi].Start-base == j {
					break
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				// inner hyphen, dot (U.S.), apostrophe or comma in numbers keeps the word together
				if (r2 == '-' || r2 == '.' || r2 == ',') && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if r2 == ',' && !(unicode.IsDigit(r3) && j > i && s[j-1] >= '0' && s[j-1] <= '9') {
						break
					}
					if r2 == '.' && !(unicode.IsLetter(r3) && j-i <= 2) && !(unicode.IsDigit(r3) && s[j-1] >= '0' && s[j-1] <= '9') {
						break
					}
					if unicode.IsLetter(r3) || unicode.IsDigit(r3) {
						j += n2
						continue
					}
				}
				if r2 == '\'' || r2 == '’' {
					rest := s[j+n2:]
					if (strings.HasPrefix(rest, "t") || strings.HasPrefix(rest, "T")) && strings.HasSuffix(strings.ToLower(s[i:j]), "n") {
						// "didn't": split before the n
						if j-1 > i {
							toks = append(toks, evWord(s, base, i, j-1))
						}
						toks = append(toks, tok{Start: base + j - 1, End: base + j + n2 + 1, W: "n't", Actor: -1})
						j += n2 + 1
						split = true
					}
				}
				break
			}
			if !split {
				toks = append(toks, evWord(s, base, i, j))
			}
			i = j
		case r == '\'' || r == '’':
			// possessive or contraction after a word or an actor
			rest := s[i+n:]
			if len(toks) > 0 && toks[len(toks)-1].End == base+i && (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) &&
				(len(rest) == 1 || !evWordByte(rest[1])) {
				toks = append(toks, tok{Start: base + i, End: base + i + n + 1, W: "'s", Actor: -1})
				i += n + 1
				continue
			}
			toks = append(toks, tok{Start: base + i, End: base + i + n, W: "'", Actor: -1})
			i += n
		default:
			w := string(r)
			switch r {
			case '“', '”', '«', '»', '„':
				w = "\""
			case '–', '—':
				w = "--"
			}
			toks = append(toks, tok{Start: base + i, End: base + i + n, W: w, Actor: -1})
			i += n
		}
	}
	return toks
}

func evWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func evWord(s string, base, i, j int) tok {
	w := s[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	return tok{Start: base + i, End: base + j, W: strings.ToLower(w), Actor: -1, Cap: unicode.IsUpper(r)}
}
