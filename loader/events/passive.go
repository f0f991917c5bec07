package events

import (
	"newsgraph"
	"newsgraph/loader/syntax"
)

// Passives: what a passive verb or participle acts on, who its agent is, and the parser's readings
// that make an active verb look passive or a passive active.

// passiveAgent returns the "by" phrase of a passive verb, or the author of the attack it
// happened in.
func (c *coder) passiveAgent(v int) ([]int, int) {
	for _, ch := range c.t.Children(v) {
		cw := c.t.Word(ch)
		if cw.Deprel == "obl:agent" || syntax.BaseRel(cw.Deprel) == "obl" && c.prep(ch) == "by" {
			if as := c.actorsOf(ch); len(as) > 0 {
				return as, ch
			}
			if as, w := c.eventAuthor(ch); len(as) > 0 {
				return as, w // "hit by Israeli airstrikes": who made the attack
			}
			return nil, ch
		}
	}
	for _, ch := range c.t.Children(v) {
		// "was raped and murdered by soldiers": both by them; not when v has obliques of its own
		// ("captured in Libya in 2012, released, and then kidnapped by gunmen")
		if c.sharesPassive(ch) && c.child(ch, "obl:agent") > 0 && c.child(v, "obl") == 0 {
			return c.passiveAgent(ch)
		}
	}
	for _, ch := range c.t.Children(v) {
		// "were killed in a Kenyan airstrike", "died in a US drone strike": the author of the
		// attack the passive happened in did it
		if syntax.BaseRel(c.t.Word(ch).Deprel) == "obl" && c.prep(ch) == "in" && c.attackNoun(ch) {
			if as, w := c.eventAuthor(ch); len(as) > 0 {
				return as, w
			}
		}
	}
	for _, ch := range c.t.Children(v) {
		// "evacuated from Haiti by the U.S.", the parser hanging the by-phrase on the place
		// before it: a place or a name has no agent of its own
		if syntax.BaseRel(c.t.Word(ch).Deprel) != "obl" || c.span[ch] < 0 {
			continue
		}
		for _, b := range c.t.Dependents(ch, "nmod") {
			if c.prep(b) == "by" && b > ch {
				return c.actorsOf(b), b
			}
		}
	}
	return nil, 0
}

// passive reports whether v is a passive verb, and its patient.
func (c *coder) passive(v int) (int, bool) {
	if p := c.child(v, "nsubj:pass"); p > 0 {
		return p, true
	}
	if c.beParticiple(v) {
		return c.child(v, "nsubj"), true
	}
	return 0, false
}

// beParticiple reports whether v is a past participle after a form of "be" that the parser read
// as a copula, with a subject: "who was gang-raped" parsed with "was" as cop and "who" as nsubj.
// Be with a past participle is the passive.
func (c *coder) beParticiple(v int) bool {
	w := c.t.Word(v)
	return w.UPOS == "VERB" && w.XPOS == "VBN" && c.child(v, "nsubj") > 0 && c.beCopula(v)
}

// beCopula reports whether word id has a form of "be" as its copula.
func (c *coder) beCopula(id int) bool {
	cop := c.child(id, "cop")
	return cop > 0 && c.t.Word(cop).Lemma == "be"
}

// sharesPassive reports whether v is a bare past participle coordinated with a passive verb,
// without an auxiliary or a subject of its own: "was raped and murdered" is passive twice.
func (c *coder) sharesPassive(v int) bool {
	w := c.t.Word(v)
	if syntax.BaseRel(w.Deprel) != "conj" || w.XPOS != "VBN" || c.child(v, "aux") > 0 || c.child(v, "obj") > 0 {
		return false
	}
	_, ok := c.passive(w.Head)
	return ok
}

// elidedPassive reports whether verb v is a passive without a subject of its own, in a clause
// that shares the subject of the verb above it ("after being accused", "and was later freed").
func (c *coder) elidedPassive(v int) bool {
	if c.child(v, "nsubj:pass") > 0 || c.child(v, "nsubj") > 0 {
		return false
	}
	if c.child(v, "aux:pass") == 0 && !c.bareAgentParticiple(v) && !c.sharesPassive(v) {
		return false
	}
	switch syntax.BaseRel(c.t.Word(v).Deprel) {
	case "advcl", "conj", "xcomp":
		return true
	}
	return false
}

// bareAgentParticiple reports whether v is a past participle with a by-phrase and no auxiliary:
// a passive whose "was" is left out ("signed on for the deal, bankrolled by Richard Branson",
// "fled, pursued by police"), as a conjunct or an adverbial clause. A participle with an
// auxiliary of its own, or without a by-phrase, may be active ("has attacked and killed X").
func (c *coder) bareAgentParticiple(v int) bool {
	w := c.t.Word(v)
	if r := syntax.BaseRel(w.Deprel); r != "conj" && r != "advcl" {
		return false // as an xcomp the parser most often misreads a participle on a noun
	}
	return w.XPOS == "VBN" && c.child(v, "aux") == 0 && c.child(v, "obl:agent") > 0
}

// reducedPassive reports whether v is a passive participle hung on the noun it is done to, with
// no marker and no object of its own ("two journalists kidnapped by al-Shabaab", "people
// evacuated from Haiti by the U.S."): the noun is its patient, a by-phrase its agent.
func (c *coder) reducedPassive(v int) bool {
	w := c.t.Word(v)
	if w.Deprel != "acl" || w.XPOS != "VBN" || w.Head == 0 || c.activeParticiple(v) || c.hasMark(v) != "" ||
		c.child(v, "nsubj:pass") > 0 || c.t.Word(w.Head).UPOS == "VERB" {
		return false
	}
	if a := c.child(v, "obl:agent"); a > 0 && c.prep(a) != "by" {
		return false // "A Zimbabwean court on Tuesday freed activist pastor Evan Mawarire": a finite verb misread
	}
	return true
}

// participleComplement reports whether v is a bare past participle completing a verb that has an
// object ("found the boy captured", "wants him arrested", and the parser's reading of "the age
// of the boy reportedly captured in Lebanon"): the participle is passive, the object its patient.
// A complement is never finite, so a past tense the tagger gave it is a participle too.
func (c *coder) participleComplement(v int) bool {
	w := c.t.Word(v)
	if w.Deprel != "xcomp" || w.XPOS != "VBN" && w.XPOS != "VBD" || c.child(v, "aux") > 0 || c.child(v, "aux:pass") > 0 ||
		c.hasMark(v) != "" || c.activeParticiple(v) {
		return false
	}
	return c.child(w.Head, "obj") > 0
}

// activeParticiple reports whether v, a past participle the parser hung on a noun as a reduced
// relative ("the man convicted of fraud"), has a direct object, which a passive participle cannot
// have unless its verb takes two objects ("the aid promised Syria") or a bare noun of people says
// what its patient is held as ("a woman held hostage", rolePredicate): the parser misread a
// headline-like clause with no other verb ("Turkish police detained 110 people"), and the noun is
// the participle's subject.
func (c *coder) activeParticiple(v int) bool {
	o := c.child(v, "obj")
	return o > 0 && !dativeVerbs[c.t.Word(v).Lemma] && !c.rolePredicate(o)
}

// dativeVerbs are the verbs that take two objects (Levin 1993, 13.1 give, 13.3 future having,
// 37.4 and 37.7 verbs of communication, and verbs of charging and denying), whose passive
// participle keeps one: "the troops given orders", "a man fined $500".
var dativeVerbs = setOf("give", "hand", "lend", "loan", "pass", "pay", "sell", "rent", "lease",
	"offer", "promise", "grant", "award", "allot", "assign", "guarantee", "owe", "bequeath",
	"leave", "allocate", "send", "mail", "ship", "show", "teach", "tell", "ask", "deny", "refuse",
	"charge", "fine", "cost", "save", "spare", "bring", "issue", "serve", "allow", "permit",
	"forgive", "envy", "wish", "bet", "book", "call", "name", "elect", "appoint", "make", "consider",
	"declare", "crown", "dub", "label", "find", "sentence")

// attackNoun reports whether the noun at n names an act of force (its sense is material
// conflict: "airstrike", "attack", "shelling"), not a mobilisation: the lexicon's "troops" and
// "forces" name those who act ("accused Russian forces of shelling a hospital" had pitied the
// forces as the victims).
func (c *coder) attackNoun(n int) bool {
	ns, ok := c.noun(n)
	return ok && newsgraph.QuadClass(ns.Type) == "material-conflict" && ns.Type != "MOBILIZE"
}
