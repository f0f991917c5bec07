package syntax

import (
	"sort"
	"strings"
)

// tagger is a greedy left-to-right averaged-perceptron tagger. Its classes are UPOS and XPOS
// pairs ("AUX\tVBZ"), predicted jointly.
type tagger struct {
	classes []string
	upos    []string
	xpos    []string
	w       *weights          // first pass, left to right
	w2      *weights          // second pass, which also reads the first pass's tags of the next words
	dict    map[string]uint8  // lower-case form → class, for frequent unambiguous words
	amb     map[string]uint64 // lower-case form → hash of the set of its frequent classes
	// words are the classes a dictionary allows a word the training text did not show (or
	// hardly): nil while training.
	words wordClasses
}

func (t *tagger) setClasses(classes []string) {
	t.classes = classes
	t.upos = make([]string, len(classes))
	t.xpos = make([]string, len(classes))
	for i, c := range classes {
		u, x, _ := strings.Cut(c, "\t")
		t.upos[i], t.xpos[i] = u, x
	}
}

// class returns the class of a UPOS and XPOS pair ("ADJ", "JJ"), if the model has it.
func (t *tagger) class(upos, xpos string) (int, bool) {
	for i := range t.classes {
		if t.upos[i] == upos && t.xpos[i] == xpos {
			return i, true
		}
	}
	return 0, false
}

// hashes returns the feature hashes of the words of s.
func (t *tagger) hashes(s *Sentence, buf []tokHash) []tokHash {
	buf = buf[:0]
	for i := range s.Words {
		buf = append(buf, hashTok(s.Words[i].Form, t.amb, t.dict))
	}
	return buf
}

// tag returns the class of every word of s: the first pass, then the second if there is one.
func (t *tagger) tag(s *Sentence, toks []tokHash, out []uint8) []uint8 {
	var tw tagWork
	return t.tagWith(s, toks, out, &tw)
}

// tagWork is the reusable memory of tagging: the features, the first pass's tags and a
// sumCache for each pass (nil: the weights are summed one feature at a time).
type tagWork struct {
	feats, parts []uint64
	first        []uint8
	margin       []float32 // the first pass's lead of its best class over the next, by word
	sums         [2]*sumCache
}

// tagWith is tag with the memory of tw.
func (t *tagger) tagWith(s *Sentence, toks []tokHash, out []uint8, tw *tagWork) []uint8 {
	out = t.pass(s, toks, nil, out, tw)
	if t.w2 == nil {
		return out
	}
	tw.first = append(tw.first[:0], out...)
	return t.pass(s, toks, tw.first, out, tw)
}

// sureMargin is the lead of the first pass's best class over the next (in the weights' units)
// beyond which the second pass keeps the first pass's tag without scoring the word again.
// Chosen on EWT dev (LAS 0.8201 with every word scored twice, 0.8203 at 20, 0.8202 at 10;
// at 20 the second pass scores 12 % of the words it scored before). On the test split UPOS
// 0.9562 → 0.9561, LAS 0.8291 → 0.8289.
const sureMargin = 20

// pass tags s left to right, with the first-pass weights when first is nil (noting in tw.margin
// how sure it was of each word), else with the second-pass weights reading first, for the words
// the first pass was not sure of (sureMargin).
func (t *tagger) pass(s *Sentence, toks []tokHash, first []uint8, out []uint8, tw *tagWork) []uint8 {
	out = out[:0]
	var buf [256]float32
	scores := buf[:len(t.classes)]
	w, order, ends, c := t.w, tagOrder1, tagEnds1, tw.sums[0]
	if first != nil {
		w, order, ends, c = t.w2, tagOrder2, tagEnds2, tw.sums[1]
	}
	if first == nil {
		tw.margin = tw.margin[:0]
	}
	for i := range s.Words {
		if c := toks[i].dict; c >= 0 {
			out = append(out, uint8(c))
			if first == nil {
				tw.margin = append(tw.margin, 1e9) // from the tag dictionary: sure
			}
			continue
		}
		if first != nil && w.val == nil && tw.margin[i] > sureMargin {
			out = append(out, first[i]) // the first pass was sure
			continue
		}
		p1, p2 := prevTags(out, i)
		if first == nil {
			tw.feats = tagFeatures(tw.feats[:0], toks, i, p1, p2)
		} else {
			tw.feats = tagFeatures2(tw.feats[:0], toks, i, p1, p2, first)
		}
		if c == nil || w.val != nil { // a model in training: float sums, in the features' order
			w.scores(tw.feats, scores)
		} else {
			tw.parts = gather(tw.parts[:0], tw.feats, order)
			w.scoresCached(tw.parts, ends, c, scores)
		}
		if toks[i].amb == unseenAmb {
			t.constrain(scores, lowerWord(s.Words[i].Form), toks[i].title)
		}
		best := t.best(scores, s.Words, toks, out, i)
		out = append(out, uint8(best))
		if first == nil {
			tw.margin = append(tw.margin, lead(scores, best))
		}
	}
	return out
}

// best returns the best-scoring class for word i that the dictionary and the words before it
// allow: not a verb for a word never one ("to about one million refugees"), not an adverb for a
// word never one though it ends in "-ly" ("a fellow US ally in the Gulf"), not a bare or present
// verb where only a noun can stand ("its ally Syria", "NATO ally Germany": nounAfter). It may
// set scores of classes ruled out to -1e30.
func (t *tagger) best(scores []float32, ws []Word, toks []tokHash, out []uint8, i int) int {
	known := toks[i].amb != unseenAmb
	w := "" // the lower-case word, found only when a verb or an adverb is to be checked
	for {
		best := argmax32(scores)
		u := t.upos[best]
		if scores[best] <= -1e30 || u != "VERB" && u != "ADV" {
			return best // no check, or every class ruled out (the first choice is lost: any will do)
		}
		if w == "" {
			w = lowerWord(ws[i].Form)
		}
		switch {
		case u == "VERB" && known && t.notVerb(w),
			u == "ADV" && known && t.notAdverb(w),
			u == "VERB" && (t.xpos[best] == "VB" || t.xpos[best] == "VBP") && t.nounAfter(w, ws, toks, out, i):
			scores[best] = -1e30
		default:
			return best
		}
	}
}

// lead returns how far the score of class best is ahead of the next best.
func lead(scores []float32, best int) float32 {
	second := float32(-1e30)
	for c, v := range scores {
		if c != best && v > second {
			second = v
		}
	}
	return scores[best] - second
}

func prevTags(tags []uint8, i int) (p1, p2 uint64) {
	if i >= 1 {
		p1 = uint64(tags[i-1]) + 1
	}
	if i >= 2 {
		p2 = uint64(tags[i-2]) + 1
	}
	return
}

func argmax32(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// tagCounts counts, for each lower-case form, its classes in the training sentences.
func tagCounts(sents []Sentence, classOf map[string]int) map[string]map[int]int {
	counts := make(map[string]map[int]int)
	for _, s := range sents {
		for _, w := range s.Words {
			l := lowerWord(w.Form)
			m := counts[l]
			if m == nil {
				m = make(map[int]int)
				counts[l] = m
			}
			m[classOf[w.UPOS+"\t"+w.XPOS]]++
		}
	}
	return counts
}

// buildLexicon fills the tag dictionary (forms seen at least 20 times with one class at least
// 99.5% of the time) and the ambiguity classes (forms seen at least 3 times).
func (t *tagger) buildLexicon(sents []Sentence, classOf map[string]int) {
	t.dict = make(map[string]uint8)
	t.amb = make(map[string]uint64)
	for l, m := range tagCounts(sents, classOf) {
		n, best, bestN := 0, 0, -1
		var cls []int
		for c, k := range m {
			n += k
			if k > bestN || (k == bestN && c < best) {
				best, bestN = c, k
			}
		}
		for c, k := range m {
			if k*10 >= n {
				cls = append(cls, c)
			}
		}
		sort.Ints(cls)
		if n >= 20 && float64(bestN) >= 0.995*float64(n) {
			t.dict[l] = uint8(best)
		}
		if n >= 3 {
			h := uint64(0xa3b1)
			for _, c := range cls {
				h = mix64(h + uint64(c) + 1)
			}
			t.amb[l] = h
		}
	}
}

// notVerb reports whether the dictionary knows the word w but never as a verb ("about",
// "worth"): the tagger's context ("to" before it) may still lean to a verb. Letters and
// two-letter words are left to the tagger: WordNet's "s" is the letter, not "'s" split off "it".
func (t *tagger) notVerb(w string) bool {
	if len(w) < 3 {
		return false
	}
	m := t.words.classesOf(w)
	return m != 0 && m&wcVerb == 0
}

// notAdverb reports whether the dictionary knows the word w, of at least four letters, as a noun
// or verb but never as an adverb ("ally", "rally", "family"): its "-ly" leads the tagger to one.
func (t *tagger) notAdverb(w string) bool {
	if len(w) < 4 {
		return false
	}
	m := t.words.classesOf(w)
	return m&(wcNoun|wcVerb) != 0 && m&wcAdv == 0
}

// nounAfter reports whether word i (w, in lower case), which the dictionary knows as a noun,
// stands where no present or bare verb can: right after a determiner or possessive ("its ally",
// "the ally"), or between two proper nouns, the first of them after no conjunction ("NATO ally
// Germany"; but "the US and Russia lead Syria talks"). out holds the tags of the words before i.
func (t *tagger) nounAfter(w string, ws []Word, toks []tokHash, out []uint8, i int) bool {
	if i == 0 || t.words.classesOf(w)&wcNoun == 0 {
		return false
	}
	if nounDeterminers[lowerWord(ws[i-1].Form)] {
		return true
	}
	if i+1 >= len(ws) || t.upos[out[i-1]] != "PROPN" || !toks[i+1].title {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-3; j-- {
		if u := t.upos[out[j]]; u == "CCONJ" || u == "PUNCT" && ws[j].Form == "," {
			return false
		}
	}
	return true
}

// nounDeterminers come before a noun and never before a verb's bare or present form (not "her",
// also an object: "let her go").
var nounDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "his": true,
	"their": true, "our": true, "my": true, "your": true}

// constrain rules out of scores the classes that the dictionary does not allow the word w
// ("overthrew" is a verb, "widespread" an adjective: never a preposition), when it knows w.
func (t *tagger) constrain(scores []float32, w string, title bool) {
	m := t.words.classesOf(w)
	if m == 0 {
		return
	}
	for c := range scores {
		if !allows(m, t.upos[c], title) {
			scores[c] = -1e30
		}
	}
}
