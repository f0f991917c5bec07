package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// undergo reads a verb whose subject undergoes the event its object noun names ("Kenya received
// aid from Japan", "Iran faces criticism from the UN", "Brazil won China's support"): the
// event's actor is the noun's from- or by-phrase, or its owner, or a from-phrase of the verb;
// its target is the verb's subject.
func (c *coder) undergo(v int, subj []int, sw int, objs []arg) []Event {
	if len(subj) == 0 {
		return nil
	}
	full, _ := c.verbLemma(v)
	for _, a := range objs {
		// the object ("faced attacks"), or the noun a prepositional verb takes ("came under fire")
		if a.rel != "obj" && !(a.rel == "obl" && strings.HasSuffix(full, " "+a.prep)) || len(a.actors) > 0 {
			continue
		}
		ns, ok := c.noun(a.head)
		if !ok || ns.Type == "" {
			continue
		}
		actor, aw := c.sourceOf(v, a.head)
		if len(actor) == 0 {
			// "secured a ceasefire with Boko Haram", "won a deal with X": with no one it comes
			// from, the subject is a party to it, as with a light verb
			if with := c.withPhrases(a.head); len(with) > 0 {
				rule := "undergo " + full + " " + c.t.Word(a.head).Lemma + " with [" + ns.Rule + "]"
				return c.pairs(v, ns.Type, ns.Mode, ns.Mutual, rule, subj, sw, with)
			}
			return nil
		}
		rule := "undergo " + full + " " + c.t.Word(a.head).Lemma + " [" + ns.Rule + "]"
		target := arg{rel: "obj", head: sw, actors: subj}
		if act := c.actDoneTo(sw); reactions[ns.Type] && act > 0 {
			// "the killing of a Kenyan journalist drew condemnation": the condemnation is of
			// the act's author ("by Azerbaijani troops"), not of whom it was done to
			target = arg{}
			for _, o := range c.nounArgs(act) {
				if o.rel == "owner" {
					target = arg{rel: "obj", head: o.head, actors: o.actors}
					break
				}
			}
			if len(target.actors) == 0 {
				c.void(v, "what an act of force draws goes to its author, whom the sentence does not name")
				return nil
			}
		}
		return c.pairs(v, ns.Type, ns.Mode, false, rule, actor, aw, []arg{target})
	}
	return c.receivedGoods(v, full, subj, sw, objs)
}

// receivedGoods reads "received X from Y" whose X names no event: what an actor receives from
// another is aid, whatever it is ("will receive 100,000 doses of the vaccine from the United
// Kingdom"), as what is given to one is (light), unless it is a message, a person or people, or
// an act ("received a letter from", "received the envoy from", "received a visit from"), which
// CAMEO's RECEIVE patterns and the event nouns read.
func (c *coder) receivedGoods(v int, full string, subj []int, sw int, objs []arg) []Event {
	if full != "receive" {
		return nil
	}
	for _, a := range objs {
		if a.rel != "obj" || c.span[a.head] >= 0 || c.sector[a.head] != "" && syntax.PersonNoun(strings.ToLower(c.t.Word(a.head).Lemma)) {
			continue // "received Ukraine's president": a visit (CAMEO's RECEIVE * LEADER); not "its first F-16 jets"
		}
		thing := c.ofMeasure(a.head) // "100,000 doses of the vaccine"
		l := strings.ToLower(c.t.Word(thing).Lemma)
		if c.t.Word(thing).UPOS != "NOUN" || syntax.CommunicationNoun(l) || (c.peopleNoun(thing) || syntax.ActNoun(l)) && !syntax.ThingNoun(l) {
			// a made thing is goods, though a state's forces use it or the dictionary lists an
			// act among its senses ("its first F-16 jets")
			return nil
		}
		actor, aw := c.sourceOf(v, thing) // "doses of the vaccine from the United Kingdom"
		if len(actor) == 0 && thing != a.head {
			actor, aw = c.sourceOf(v, a.head)
		}
		if len(actor) == 0 {
			return nil
		}
		rule := "undergo " + full + " " + l + " [received goods]"
		return c.pairs(v, "AID", "", false, rule, actor, aw, []arg{{rel: "obj", head: sw, actors: subj}})
	}
	return nil
}

// sourceOf returns the actors an undergone event noun n comes from, and the word naming them: its
// from- or by-phrase, its owner ("China's support", "US criticism"), or the verb's own
// from-phrase ("received from Japan aid"), which goes before an owner that is a pronoun.
func (c *coder) sourceOf(v, n int) ([]int, int) {
	for _, ch := range c.t.Dependents(n, "nmod") {
		if p := c.prep(ch); p == "from" || p == "by" {
			if as := c.actorsOf(ch); len(as) > 0 {
				return as, ch
			}
		}
	}
	owner, ow := c.owner(n)
	if len(owner) > 0 && c.t.Word(ow).UPOS != "PRON" {
		return owner, ow
	}
	for _, ch := range c.t.Dependents(v, "obl") {
		if p := c.prep(ch); p == "from" || p == "by" {
			if as := c.actorsOf(ch); len(as) > 0 {
				return as, ch
			}
		}
	}
	// a possessive pronoun most often stands for the subject itself ("received its first K2
	// tanks from South Korea"): the verb's from-phrase comes first
	return owner, ow
}

// withPhrases returns the "with" phrases of noun n that name actors ("a ceasefire with Boko
// Haram").
func (c *coder) withPhrases(n int) []arg {
	var out []arg
	for _, ch := range c.t.Dependents(n, "nmod") {
		if c.prep(ch) == "with" {
			if as := c.actorsOf(ch); len(as) > 0 {
				out = append(out, arg{rel: "nmod", prep: "with", head: ch, actors: as})
			}
		}
	}
	return out
}

// actDoneTo returns the noun of an act of force that the subject word sw is, or names whom it
// was done to ("the killing of a Kenyan journalist": sw "journalist", the act "killing"), or 0.
func (c *coder) actDoneTo(sw int) int {
	if sw <= 0 {
		return 0
	}
	if c.actNoun(sw) {
		return sw
	}
	if h := c.t.Word(sw).Head; h > 0 && c.prep(sw) == "of" && c.actNoun(h) {
		return h
	}
	return 0
}

// actNoun reports whether the noun at n names an act of force or of harm ("the shelling",
// "the killing").
func (c *coder) actNoun(n int) bool {
	return c.attackNoun(n) || HarmNoun(strings.ToLower(c.t.Word(n).Form))
}

// aidFrom reads aid of type typ named by the noun n with a "from" phrase that names actors:
// "approved a $3 billion loan package from the IMF" is aid from the IMF to the subject, as with
// "received aid from X" (undergo). ok is false where typ is no aid or n has no such phrase.
func (c *coder) aidFrom(v, n int, typ, mode, name string, subj []int, sw int) ([]Event, bool) {
	from, fw := c.phraseActors(n, "from")
	if typ != "AID" || len(from) == 0 || len(subj) == 0 {
		return nil, false
	}
	return c.pairs(v, typ, mode, false, name+" from", from, fw, []arg{{rel: "obj", head: sw, actors: subj}}), true
}
