// Package syntax reads the grammar of English sentences: it splits text into sentences and words
// in Universal Dependencies conventions, tags each word with its part of speech (UPOS, XPOS),
// gives its lemma, and parses the sentence into a labelled dependency tree (UD v2 relations).
//
// The model is trained by the project on UD English EWT (CC BY-SA 4.0) and embedded in the
// binary; see MODEL.md beside this file for its licence, how it is trained and its accuracy.
package syntax

import "strings"

// Word is one syntactic word of a sentence, as in a CoNLL-U line.
type Word struct {
	ID     int    // 1-based position in the sentence
	Form   string // the word as written
	Lemma  string // its lemma, lower case except for proper nouns
	UPOS   string // universal part of speech (NOUN, VERB, PROPN, ...)
	XPOS   string // Penn Treebank tag (NN, VBD, ...), or "" when unknown
	Feats  string // morphological features as in CoNLL-U, or ""
	Head   int    // ID of the head word, 0 for the root
	Deprel string // UD v2 relation to the head (nsubj, obj, obl, conj, ...), with subtype ("nmod:poss")
	// Start and End are byte offsets of the word in the text that was parsed, End exclusive.
	// A word split off another ("do" and "n't" of "don't") has its own part of the span.
	Start, End int
}

// Sentence is one sentence: its byte span in the text and its words in order.
type Sentence struct {
	Start, End int
	Words      []Word
}

// Tree gives quick access to the structure of a parsed sentence. Build one with NewTree; it is
// read-only and safe to share.
type Tree struct {
	S        *Sentence
	children [][]int // children[id] = IDs of the words whose head is id (0 = the root's)
}

// NewTree indexes the children of every word of s. s must be parsed (every Head in range).
func NewTree(s *Sentence) *Tree {
	t := &Tree{S: s, children: make([][]int, len(s.Words)+1)}
	for _, w := range s.Words {
		if w.Head >= 0 && w.Head <= len(s.Words) {
			t.children[w.Head] = append(t.children[w.Head], w.ID)
		}
	}
	return t
}

// Word returns the word with the given 1-based ID.
func (t *Tree) Word(id int) *Word { return &t.S.Words[id-1] }

// Children returns the IDs of the dependents of word id (0 for the root), in sentence order.
func (t *Tree) Children(id int) []int { return t.children[id] }

// Root returns the ID of the word whose head is 0, or 0 for an empty sentence.
func (t *Tree) Root() int {
	if len(t.children[0]) == 0 {
		return 0
	}
	return t.children[0][0]
}

// Under reports whether the word id is top or lies in the subtree top heads.
func (t *Tree) Under(id, top int) bool {
	for n := 0; id > 0 && n <= len(t.S.Words); n++ {
		if id == top {
			return true
		}
		id = t.S.Words[id-1].Head
	}
	return false
}

// Dependents returns the IDs of the children of id whose relation is rel or a subtype of it
// ("obl" matches "obl:tmod"), in sentence order.
func (t *Tree) Dependents(id int, rel string) []int {
	var out []int
	for _, c := range t.children[id] {
		if BaseRel(t.S.Words[c-1].Deprel) == rel || t.S.Words[c-1].Deprel == rel {
			out = append(out, c)
		}
	}
	return out
}

// Prep returns the lower-case lemma of the preposition of the nominal id (its "case" dependent
// before it: "with" of "with Iran"), or "".
func (t *Tree) Prep(id int) string {
	for _, c := range t.children[id] {
		if w := &t.S.Words[c-1]; w.Deprel == "case" && c < id {
			return strings.ToLower(w.Lemma)
		}
	}
	return ""
}

// BaseRel returns a relation without its subtype: "nmod:poss" → "nmod".
func BaseRel(rel string) string {
	for i := 0; i < len(rel); i++ {
		if rel[i] == ':' {
			return rel[:i]
		}
	}
	return rel
}
