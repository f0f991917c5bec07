package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// thingObject reports whether verb v acts on a thing and on no party: its direct object is a
// common noun that names no event, person or agent, and no actor lies in v's phrase but in its
// subject ("ISIS released a video", "the ministry published a report"). Such a verb tells of
// no event between actors, whatever actors stand further off; an actor in a clause of its own
// may be what it is done against ("blocked a road to show their anger at the United States").
func (c *coder) thingObject(v int, objs []arg) bool {
	if hasActors(objs) || c.actorBeyondSubject(v) {
		return false
	}
	for _, a := range objs {
		if a.rel == "obj" && c.t.Word(a.head).UPOS == "NOUN" && !c.party(a.head) {
			return true
		}
	}
	return false
}

// party reports whether the noun at id may name a party or an event: an event noun, a person
// noun, an agent, an actor's own word, or a noun that an event noun modifies ("a mediation
// effort") or that counts one ("a wave of attacks", "months of fighting").
func (c *coder) party(id int) bool {
	if _, ok := c.noun(id); ok {
		return true
	}
	if c.peopleNoun(id) || c.span[id] >= 0 || len(c.stands[id]) > 0 {
		return true
	}
	for _, ch := range c.t.Children(id) {
		switch rel := c.t.Word(ch).Deprel; {
		case rel == "compound":
			if _, ok := c.noun(ch); ok {
				return true
			}
		case syntax.BaseRel(rel) == "nmod" && c.prep(ch) == "of" && c.t.Word(ch).UPOS == "NOUN":
			// "a wave of attacks" counts events; "a video of Foley's beheading" tells of one
			if c.party(ch) && !syntax.CommunicationNoun(strings.ToLower(c.t.Word(id).Lemma)) {
				return true
			}
		}
	}
	return false
}

// actorBeyondSubject reports whether an actor's word lies in the phrase that verb v heads,
// outside its subject and outside a clause that describes a noun ("a video showing the
// beheading of a British aid worker": the clause tells what the thing is).
func (c *coder) actorBeyondSubject(v int) bool {
	for w := 1; w <= len(c.t.S.Words); w++ {
		if c.span[w] >= 0 && w != v && c.partyOf(w, v) {
			return true
		}
	}
	return false
}

// partyOf reports whether word w lies under verb v as one of its parties: not in its subject
// (nor a passive's agent), not in a clause that describes a noun, unless as that clause's agent
// ("a proposal submitted by X") or in a purpose ("an effort to resolve the rift between X and
// Y").
func (c *coder) partyOf(w, v int) bool {
	prev := ""
	for n := 0; w > 0 && n <= len(c.t.S.Words); n++ {
		x := c.t.Word(w)
		rel := syntax.BaseRel(x.Deprel)
		if rel == "acl" && prev != "obl:agent" && !c.infinitive(w) {
			return false
		}
		if rel == "advcl" && x.Head == v && c.manner(w) {
			return false
		}
		if x.Head == v {
			return rel != "nsubj" && rel != "csubj" && x.Deprel != "obl:agent" // a passive's agent is its subject
		}
		prev, w = x.Deprel, x.Head
	}
	return false
}

// infinitive reports whether verb v is a to-infinitive.
func (c *coder) infinitive(v int) bool { return Infinitive(c.t, v) }

// Infinitive reports whether verb v of t is a to-infinitive.
func Infinitive(t *syntax.Tree, v int) bool {
	for _, ch := range t.Dependents(v, "mark") {
		if strings.EqualFold(t.Word(ch).Form, "to") {
			return true
		}
	}
	return false
}

// manner reports whether verb w heads a clause of manner, "by" with a gerund ("broke the law by
// not informing Congress"): whom that verb acts on is its own party, not the main verb's.
func (c *coder) manner(w int) bool {
	return c.t.Word(w).XPOS == "VBG" && (c.hasMark(w) == "by" || c.prep(w) == "by")
}
