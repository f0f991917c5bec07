package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// Demands: a verb of demanding makes a DEMAND of whom it asks to act, and the act demanded is no
// fact; a clause that tells what is, or asks a question, demands nothing.

// demand reads a verb of demanding (sense s, its complement x or 0): a DEMAND of its subject on
// whom the demand is made, its object or the complement's subject ("urged Iran to halt"); the
// demanded act is no fact. A clause in the past tells a claim, not a demand; with no complement,
// an event noun as object may name the event ("demanded talks with X"), and a verb that moves its
// object demands nothing.
func (c *coder) demand(v, x int, s Sense, rule, full, name string, subj []int, sw int, objs []arg) []Event {
	if x > 0 && c.t.Word(x).Deprel == "ccomp" && (c.indicativePast(x) || claimOrDemand[full] && c.presentS(x)) {
		// "insisted that Uganda had attacked first": a demand's clause is in the subjunctive
		// or with "should" ("insisted that Uganda withdraw"); one in the past tells a claim, and
		// so does one in the present with -s after "insist" ("insists that Chile bears the
		// blame"), though British English writes a demand so ("demanded that Israel withdraws")
		c.void(v, "verb \""+full+"\" ["+rule+"]: its clause is in the past (or, after \"insist\", the present with -s), a claim and no demand")
		return nil
	}
	if cc := c.child(v, "ccomp"); x == 0 && cc > 0 && c.tensedCopula(cc) {
		// "insisting that it was all a surprise": a clause that says what something is, in a
		// tense ("is", "was"; a demand's would be "be"), tells a claim
		c.void(v, "verb \""+full+"\" ["+rule+"]: its clause says what is, a claim and no demand")
		return nil
	}
	if x == 0 && c.asksQuestion(v) {
		// "asked Johnson why the government is expanding family detention": a question, no
		// demand
		c.void(v, "verb \""+full+"\" ["+rule+"]: asks a question, demands nothing")
		return nil
	}
	if _, ok := c.objectEvent(objs); x == 0 && s.Commands && ok {
		if evs := c.light(v, Sense{Role: RoleLight}, rule, subj, sw, objs); len(evs) > 0 {
			return evs
		}
	}
	if x == 0 && c.moves(v) {
		c.void(v, "verb \""+full+"\" ["+rule+"]: moves its object, demands nothing (\"pushed the rebels back\")")
		return nil
	}
	targets := objs
	if x > 0 {
		// the demanded act is no fact: no reader codes it ("demanding the administration
		// cut off aid to X" cuts nothing off)
		c.void(x, "demanded (\""+full+"\"), not done")
		for _, cj := range c.t.Dependents(x, "conj") {
			c.void(cj, "demanded (\""+full+"\"), not done")
		}
		if xs, xw := c.subject(x, 0); len(xs) > 0 && !sameSet(xs, subj) {
			targets = append(targets, arg{rel: "obj", head: xw, actors: xs})
		}
	}
	evs := c.pairs(v, "DEMAND", s.Mode, false, name, subj, sw, targets)
	if len(evs) == 0 && x > 0 && c.infinitive(x) && (c.child(v, "obj") > 0 || c.child(v, "iobj") > 0) {
		// "asked the companies to invest in Mexico": made of no party, and not of Mexico
		c.void(v, "verb \""+full+"\" ["+rule+"]: demanded of its object, no party")
	}
	return evs
}

func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// asksQuestion reports whether the verb v is "ask" with a question word or an "about" phrase
// after it in its phrase ("asked X why …", "asked whether …", "was asked about the threat") and
// nothing asked for in it ("asked X for aid").
func (c *coder) asksQuestion(v int) bool {
	if strings.ToLower(c.t.Word(v).Lemma) != "ask" {
		return false
	}
	for w := v + 1; w <= len(c.t.S.Words); w++ {
		if !c.t.Under(w, v) {
			continue
		}
		if c.prep(w) == "for" {
			return false
		}
		if questionWords[strings.ToLower(c.t.Word(w).Form)] || c.prep(w) == "about" && c.t.Word(w).Head == v {
			return true // "asked X about the threat": a question on it
		}
	}
	return false
}

// questionWords open an indirect question and no relative or conditional clause ("which",
// "when", "if" may).
var questionWords = map[string]bool{"why": true, "whether": true, "how": true, "what": true}

// claimOrDemand are the demand verbs as often verbs of asserting, whose clause in the present with
// -s tells a claim ("insisted that all the evidence corresponds exactly with a meteorite");
// British English puts a demand's clause so too ("demanded that Israel withdraws").
var claimOrDemand = map[string]bool{"insist": true}

// presentS reports whether clause v is in the present with -s ("corresponds", "is attacking").
func (c *coder) presentS(v int) bool {
	if c.t.Word(v).XPOS == "VBZ" {
		return true
	}
	for _, ch := range c.t.Children(v) {
		if r := syntax.BaseRel(c.t.Word(ch).Deprel); (r == "aux" || r == "cop") && c.t.Word(ch).XPOS == "VBZ" {
			return true
		}
	}
	return false
}

// indicativePast reports whether clause v is in the past tense ("attacked", "was married",
// "had attacked", "would attack"), which a mandative clause never is.
func (c *coder) indicativePast(v int) bool {
	switch c.t.Word(v).XPOS {
	case "VBD":
		return true
	case "VBN": // with a subject and no auxiliary, a past tense the tagger misread
		if c.child(v, "nsubj") > 0 && len(c.t.Dependents(v, "aux")) == 0 && len(c.t.Dependents(v, "aux:pass")) == 0 {
			return true
		}
	}
	for _, ch := range c.t.Children(v) {
		w := c.t.Word(ch)
		switch syntax.BaseRel(w.Deprel) {
		case "aux", "cop":
			if w.XPOS == "VBD" || strings.EqualFold(w.Lemma, "have") || strings.EqualFold(w.Form, "would") {
				return true
			}
		}
	}
	return false
}

// tensedCopula reports whether the clause headed by the non-verb n has a tensed copula ("is",
// "was", "are"), which a mandative clause never has ("that the talks be held").
func (c *coder) tensedCopula(n int) bool {
	if c.t.Word(n).UPOS == "VERB" {
		return false
	}
	for _, ch := range c.t.Dependents(n, "cop") {
		switch c.t.Word(ch).XPOS {
		case "VBD", "VBZ", "VBP":
			return true
		}
	}
	return false
}

// moves reports whether verb v says where its object goes, with a particle or adverb of
// direction ("pushed the rebels back", "pressed them out of the city"): a verb of urging then
// moves someone, it asks nothing of them.
func (c *coder) moves(v int) bool {
	for _, ch := range c.t.Children(v) {
		w := c.t.Word(ch)
		rel := syntax.BaseRel(w.Deprel)
		if rel == "obl" && (c.prep(ch) == "out" || c.prep(ch) == "into") {
			return true // "out of the city", "into Syria"
		}
		switch strings.ToLower(w.Lemma) {
		case "back", "out", "away", "off", "forward", "ahead", "deep", "deeper", "further":
			if rel == "compound" || rel == "advmod" {
				return true
			}
		}
	}
	return false
}
