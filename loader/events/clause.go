package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// The clause around a trigger: its arguments, and the words of the clause the rules ask about.

// arg is one argument of a trigger: its relation ("obj", "iobj", "obl", "nmod"), its preposition
// for an oblique, its head word and the actors it stands for.
type arg struct {
	rel, prep string
	head      int
	actors    []int
	// place marks what a noun of a phrase saying where takes ("near the border with Turkey"):
	// a party only when the verb has no object naming one (placePhrase).
	place bool
}

// child returns the first dependent of id with relation rel (exactly), or 0.
func (c *coder) child(id int, rel string) int {
	for _, ch := range c.t.Children(id) {
		if c.t.Word(ch).Deprel == rel {
			return ch
		}
	}
	return 0
}

// particles are the adverbs that make a phrasal verb ("set up", "pull back", "pull out", "hand
// over").
var particles = setOf("up", "down", "out", "off", "over", "back", "away")

// Particle reports whether the lower-case word w is an adverb that makes a phrasal verb with the
// verb before it ("set up", "pull out").
func Particle(w string) bool { return particles[w] }

// particleAfterObject returns the particle that follows verb v's direct object: an adverb hung
// on the verb right after the object's phrase ("pulled its troops back"), or the first of two
// prepositions that open the verb's oblique there ("pulled its troops out of Georgia"); else "".
func (c *coder) particleAfterObject(v int) string {
	o := c.child(v, "obj")
	if o <= 0 {
		return ""
	}
	end := o
	for end+1 <= len(c.t.S.Words) && c.t.Under(end+1, o) {
		end++
	}
	if end+1 > len(c.t.S.Words) {
		return ""
	}
	w := c.t.Word(end + 1)
	l := strings.ToLower(w.Lemma)
	if !particles[l] {
		return ""
	}
	if w.Head == v && w.Deprel == "advmod" {
		return l
	}
	if n := w.Head; w.Deprel == "case" && n > 0 && c.t.Word(n).Head == v && syntax.BaseRel(c.t.Word(n).Deprel) == "obl" &&
		end+2 <= len(c.t.S.Words) && c.t.Word(end+2).Deprel == "case" && c.t.Word(end+2).Head == n {
		return l
	}
	return ""
}

// hasMark returns the lemma of the subordinating word of clause v ("if", "after"), or "".
func (c *coder) hasMark(v int) string {
	for _, ch := range c.t.Children(v) {
		if c.t.Word(ch).Deprel == "mark" {
			return strings.ToLower(c.t.Word(ch).Lemma)
		}
	}
	return ""
}

// particle returns the verb's lemma with its particle ("call off"), or the lemma alone.
func (c *coder) verbLemma(v int) (full, bare string) {
	bare = strings.ToLower(c.t.Word(v).Lemma)
	for _, ch := range c.t.Children(v) {
		if c.t.Word(ch).Deprel == "compound:prt" {
			return bare + " " + strings.ToLower(c.t.Word(ch).Lemma), bare
		}
	}
	// a bare noun right after the verb that makes an idiom with it, where the lexicon has the
	// pair ("took part in strikes": "take part" is "participate")
	if ch := v + 1; ch <= len(c.t.S.Words) && c.t.Word(ch).Head == v && c.t.Word(ch).Deprel == "obj" && bareNoun(c.t, ch) {
		if p := bare + " " + strings.ToLower(c.t.Word(ch).Lemma); len(c.lex.Verb(p)) > 0 {
			return p, bare
		}
	}
	// a particle right after the verb that the parser read as an adverb ("handed over more than
	// $4 million worth of equipment"), where the lexicon has the verb with it
	if ch := v + 1; ch <= len(c.t.S.Words) && c.t.Word(ch).Head == v && c.t.Word(ch).Deprel == "advmod" {
		if p := bare + " " + strings.ToLower(c.t.Word(ch).Lemma); len(c.lex.Verb(p)) > 0 {
			return p, bare
		}
	}
	// a particle after the verb's object ("pulled its troops back from Kyiv", an adverb, or
	// "pulled its troops out of Georgia", the first of two prepositions), where the lexicon has
	// the verb with it and that object ("pushed the rebels back" is no "push back" of CAMEO's)
	if p := c.particleAfterObject(v); p != "" {
		if full := bare + " " + p; len(c.lex.Verb(full)) > 0 {
			if _, ok := c.lex.VerbObject(full, c.nounPhrase(c.child(v, "obj"))); ok {
				return full, bare
			}
		}
	}
	// a preposition right after the verb, of the verb's own oblique, where the lexicon has the
	// verb with it ("came under attack from Kenya": "come under")
	if ch := v + 1; ch <= len(c.t.S.Words) && c.t.Word(ch).Deprel == "case" {
		if n := c.t.Word(ch).Head; n > 0 && c.t.Word(n).Head == v && syntax.BaseRel(c.t.Word(n).Deprel) == "obl" {
			if p := bare + " " + strings.ToLower(c.t.Word(ch).Lemma); len(c.lex.Verb(p)) > 0 {
				return p, bare
			}
		}
	}
	return bare, bare
}

// bareNoun reports whether noun n stands with no determiner, modifier, number or owner ("took
// part", not "took a part" or "took his part").
func bareNoun(t *syntax.Tree, n int) bool {
	for _, ch := range t.Children(n) {
		switch syntax.BaseRel(t.Word(ch).Deprel) {
		case "det", "amod", "nummod", "compound", "case":
			return false
		}
		if t.Word(ch).Deprel == "nmod:poss" {
			return false
		}
	}
	return true
}

// peopleNoun reports whether the noun at id names people: a person noun or an agent of any
// sector ("rebels", "militants", "farmers").
func (c *coder) peopleNoun(id int) bool {
	lemma := strings.ToLower(c.t.Word(id).Lemma)
	if _, ok := c.lex.Agent(lemma); ok {
		return true
	}
	return syntax.PersonNoun(lemma)
}

// question reports whether the sentence asks rather than tells.
func (c *coder) question() bool {
	ws := c.t.S.Words
	for i := len(ws) - 1; i >= 0; i-- {
		if ws[i].UPOS != "PUNCT" || ws[i].Form == "?" {
			return ws[i].Form == "?"
		}
		if ws[i].Form == "." || ws[i].Form == "!" {
			return false
		}
	}
	return false
}
