package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/entities"
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

// tokens are the tokens of one sentence, with the questions the word rules ask of them by index
// (the word at i, the actor at i, the token at a byte offset); out of range they answer "" and -1.
type tokens []tok

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
func evTokenize(s string, base int, ms []entities.Mention) []tok {
	toks := make([]tok, 0, len(s)/5+4)
	mi := 0
	i := 0
	for i < len(s) {
		// an actor mention starting here (or overlapping here) takes its whole span
		for mi < len(ms) && ms[mi].End-base <= i {
			mi++
		}
		if mi < len(ms) && ms[mi].Start-base <= i {
			t := actorTok(ms[mi], mi, base, i, len(s))
			toks = append(toks, t)
			i = t.End - base
			mi++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			stop := -1
			if mi < len(ms) {
				stop = ms[mi].Start - base
			}
			toks, i = appendWord(toks, s, base, i, stop)
		case r == '\'' || r == '’':
			t := apostropheTok(toks, s, base, i, n)
			toks = append(toks, t)
			i = t.End - base
		default:
			toks = append(toks, punctTok(r, base+i, n))
			i += n
		}
	}
	return toks
}

// actorTok returns the token of the mention m (the mi-th) that covers byte i of a sentence of
// length n at offset base: it starts at i and ends where m ends, or at the sentence's end.
func actorTok(m entities.Mention, mi, base, i, n int) tok {
	end := m.End - base
	if end > n {
		end = n
	}
	return tok{Start: base + i, End: base + end, Actor: mi, Cap: true}
}

// appendWord appends the word starting at byte i of s, which ends before stop (where a mention
// begins, or -1), and returns the tokens and the byte after the word. A word ending in "n" followed
// by an apostrophe and "t" is split before the n: "didn't" is "did" and "n't".
func appendWord(toks []tok, s string, base, i, stop int) ([]tok, int) {
	j := wordEnd(s, i, stop)
	if j < len(s) && j != stop {
		r, n := utf8.DecodeRuneInString(s[j:])
		rest := s[j+n:]
		if (r == '\'' || r == '’') && (strings.HasPrefix(rest, "t") || strings.HasPrefix(rest, "T")) &&
			strings.HasSuffix(strings.ToLower(s[i:j]), "n") {
			if j-1 > i {
				toks = append(toks, evWord(s, base, i, j-1))
			}
			toks = append(toks, tok{Start: base + j - 1, End: base + j + n + 1, W: "n't", Actor: -1})
			return toks, j + n + 1
		}
	}
	return append(toks, evWord(s, base, i, j)), j
}

// wordEnd returns the end of the word of letters and digits starting at byte i of s, stopping at
// stop (where a mention begins, or -1) and going on over the joins innerJoin allows.
func wordEnd(s string, i, stop int) int {
	j := i
	for j < len(s) && j != stop {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !innerJoin(s, i, j, r, n) {
			break
		}
		j += n
	}
	return j
}

// innerJoin reports whether the rune r (n bytes at j) keeps the word started at i together: an
// inner hyphen, a dot after one or two letters (U.S.) or between digits (3.5), or a comma between
// digits (1,000), each followed by a letter or digit.
func innerJoin(s string, i, j int, r rune, n int) bool {
	if r != '-' && r != '.' && r != ',' || j+n >= len(s) {
		return false
	}
	r3, _ := utf8.DecodeRuneInString(s[j+n:])
	digitBefore := s[j-1] >= '0' && s[j-1] <= '9'
	if r == ',' && !(unicode.IsDigit(r3) && j > i && digitBefore) {
		return false
	}
	if r == '.' && !(unicode.IsLetter(r3) && j-i <= 2) && !(unicode.IsDigit(r3) && digitBefore) {
		return false
	}
	return unicode.IsLetter(r3) || unicode.IsDigit(r3)
}

// apostropheTok returns the token of the apostrophe (n bytes) at byte i of s: a possessive or
// contraction "'s" right after a word or an actor, else the apostrophe alone.
func apostropheTok(toks []tok, s string, base, i, n int) tok {
	rest := s[i+n:]
	if len(toks) > 0 && toks[len(toks)-1].End == base+i && (strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "S")) &&
		(len(rest) == 1 || !evWordByte(rest[1])) {
		return tok{Start: base + i, End: base + i + n + 1, W: "'s", Actor: -1}
	}
	return tok{Start: base + i, End: base + i + n, W: "'", Actor: -1}
}

// punctTok returns the token of the punctuation mark r (n bytes at offset start): curly and
// angle quotes are folded to '"', en and em dashes to "--".
func punctTok(r rune, start, n int) tok {
	w := string(r)
	switch r {
	case '“', '”', '«', '»', '„':
		w = "\""
	case '–', '—':
		w = "--"
	}
	return tok{Start: start, End: start + n, W: w, Actor: -1}
}

// evWordByte reports whether b may continue a word after "'s": an ASCII letter or digit, or
// any byte of a non-ASCII rune.
func evWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// evWord returns the word token of s[i:j], lower-cased, with Cap set when it begins upper-case.
func evWord(s string, base, i, j int) tok {
	w := s[i:j]
	r, _ := utf8.DecodeRuneInString(w)
	return tok{Start: base + i, End: base + j, W: strings.ToLower(w), Actor: -1, Cap: unicode.IsUpper(r)}
}
