package loader

// What the tree tells the word rules: which actors it places where something happens, which it
// shows only as another person's, which stand in the noun a passive participle befell, and which
// name the speaker of a trailing attribution. The tree coder fills these in (events_tree.go);
// sentCtx.emit reads them for the relations the word rules read.

import (
	"strings"

	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// attributedSpeaker reports whether mention m names the speaker of the sentence's trailing
// attribution (", Paul Waldie of the Globe and Mail wrote on Twitter"): it lies between the
// attribution's comma and its reporting verb, and the tree gives that verb no object of its own
// (", in a press release, announced the dismissal of …" is no attribution). The parser often
// hangs such a tail inside the clause before it (the speaker as an apposition of its object);
// the speaker tells the events, and takes part in none of them. The word rules know the speaker
// (sc.speaker) and read it so too.
func (sc *sentCtx) attributedSpeaker(t *syntax.Tree, m entities.Mention) bool {
	if sc.attr >= len(sc.toks) || m.Start < sc.toks[sc.attr].Start || m.Start >= sc.toks[sc.attrVerb].Start {
		return false
	}
	v := wordAt(t, sc.toks[sc.attrVerb].Start)
	return v > 0 && len(t.Dependents(v, "obj")) == 0
}

// wordAt returns the word of t that holds byte offset off, or 0.
func wordAt(t *syntax.Tree, off int) int {
	for id := 1; id <= len(t.S.Words); id++ {
		if w := t.Word(id); w.Start <= off && off < w.End {
			return id
		}
	}
	return 0
}

// locativeActors returns the actors of acts that the tree places in a phrase saying where
// something happens ("killed by an airstrike in Mosul", "UN workers are banned from areas in
// Iraq"): the head of the mention, or the noun it names ("in the city of Kobani"), has a
// locative preposition, and the phrase is no state body's ("the government in Libya" is Libya).
// The value is the byte offset of the word the phrase hangs on.
func (tc *treeCoder) locativeActors(t *syntax.Tree, acts []events.Actor) map[int]int {
	var out map[int]int
	for k, a := range acts {
		head := mentionHead(t, a.Start, a.End)
		for n := 0; head > 0 && n < 4; n++ {
			w := t.Word(head)
			if w.Head == 0 || w.Deprel != "flat" && !(w.Deprel == "nmod" && t.Prep(head) == "of") {
				break
			}
			head = w.Head
		}
		if head == 0 || !locativePreps[t.Prep(head)] {
			continue
		}
		if h := t.Word(head).Head; h > 0 && syntax.BaseRel(t.Word(head).Deprel) == "nmod" {
			l := strings.ToLower(t.Word(h).Lemma)
			if _, agent := tc.lex.Agent(l); agent || syntax.PersonNoun(l) {
				continue // "opposition groups in Zimbabwe", "the government in Libya": that country's
			}
		}
		if out == nil {
			out = map[int]int{}
		}
		out[k] = -1
		h := t.Word(head).Head
		for h > 0 && t.Word(h).Deprel == "conj" && t.Word(h).UPOS == "VERB" {
			h = t.Word(h).Head // "was detained and held for 44 days in Libya": the verbs share it
		}
		if h > 0 {
			out[k] = t.Word(h).Start
		}
	}
	return out
}

// mentionHead returns the word of t that heads the words in [start, end): the first whose head
// lies outside them, or 0.
func mentionHead(t *syntax.Tree, start, end int) int {
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.Start < end && start < w.End {
			if h := w.Head; h == 0 || t.Word(h).Start >= end || t.Word(h).End <= start {
				return id
			}
		}
	}
	return 0
}

// locativePreps mark where something happens or where someone goes ("travelled to Syria to
// fight ISIS": Syria fights no one).
var locativePreps = map[string]bool{"in": true, "at": true, "near": true, "inside": true, "across": true,
	"throughout": true, "around": true, "within": true, "outside": true, "into": true, "onto": true, "toward": true, "towards": true, "to": true}

// ownersOfPeople returns the people of acts that the tree shows only as the possessor of another
// person ("to help identify Foley's killer", "freed the journalist's wife"): what is done to
// that person is not done to them.
func ownersOfPeople(t *syntax.Tree, acts []events.Actor) map[int]bool {
	var out map[int]bool
	for k, a := range acts {
		if !a.Person {
			continue
		}
		head := mentionHead(t, a.Start, a.End)
		if head == 0 || t.Word(head).Deprel != "nmod:poss" {
			continue
		}
		if h := t.Word(t.Word(head).Head); h.UPOS == "NOUN" && syntax.PersonNoun(strings.ToLower(h.Lemma)) {
			if out == nil {
				out = map[int]bool{}
			}
			out[k] = true
		}
	}
	return out
}

// bareConj reports whether the verb v is a conjunct with no subject or auxiliary of its own: a
// participle hung on a noun that the parser joined to it ("hostage Luke Somers, 33, kidnapped a
// year ago in Sanaa").
func bareConj(t *syntax.Tree, v int) bool {
	if t.Word(v).Deprel != "conj" {
		return false
	}
	for _, ch := range t.Children(v) {
		switch syntax.BaseRel(t.Word(ch).Deprel) {
		case "nsubj", "aux", "cc":
			return false
		}
	}
	return true
}

// reducedPassives maps the token of each past participle that the tree hangs on a noun as a
// reduced relative ("an American journalist kidnapped in Syria") to the byte span of that noun's
// phrase before it: the noun is what the participle's act befell, so no actor in that phrase
// did it.
func reducedPassives(sc *sentCtx, t *syntax.Tree) map[int][2]int {
	var out map[int][2]int
	for v := 1; v <= len(t.S.Words); v++ {
		w := t.Word(v)
		conj := bareConj(t, v)
		if w.UPOS != "VERB" || w.Deprel != "acl" && !conj || w.XPOS != "VBN" && !(conj && w.XPOS == "VBD") || w.Head == 0 || w.Head > v || t.Word(w.Head).UPOS != "NOUN" && t.Word(w.Head).UPOS != "PROPN" {
			continue
		}
		if t.Word(w.Head).Head == 0 || len(t.Dependents(v, "obj")) > 0 || len(t.Dependents(v, "xcomp")) > 0 {
			continue // "Swiss doctors handed over 700 kg of medicine": the clause's verb, misread
		}
		lo := w.Head
		for id := 1; id < w.Head; id++ {
			if t.Under(id, w.Head) {
				lo = id
				break
			}
		}
		if out == nil {
			out = map[int][2]int{}
		}
		out[sc.tokenAt(w.Start)] = [2]int{t.Word(lo).Start, t.Word(w.Head).End}
	}
	return out
}
