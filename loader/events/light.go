package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// Light and reversing verbs: the object noun names the event ("held talks"), or the event
// undone ("lifted sanctions"); verbs of giving give aid.

// light reads a light verb, whose object noun names the event ("held talks with X", "imposed
// sanctions on X"), or a reversing verb, which undoes it ("lifted sanctions on X", "cut ties with
// X"): lifting a restriction is a concession, withdrawing troops a retreat, cutting aid or ties a
// sanction, scrapping a deal a rejection.
func (c *coder) light(v int, s Sense, rule string, subj []int, sw int, objs []arg) []Event {
	full, _ := c.verbLemma(v)
	for _, a := range objs {
		if len(a.actors) > 0 || a.rel == "nmod" && a.prep != "of" || a.rel == "obl" && circumstancePreps[a.prep] {
			// "five million dollars of aid" names its event in an of-phrase; "under the
			// agreement, troops will withdraw" withdraws from no agreement
			continue
		}
		n := a.head
		ns, ok := c.noun(n)
		if !ok {
			continue
		}
		typ, name := ns.Type, "light "+full+" "+c.t.Word(n).Lemma+" ["+ns.Rule+"]"
		if s.Role == RoleReverse {
			typ = reverse(ns, s.Type)
			name = "reverse " + full + " " + c.t.Word(n).Lemma + " [" + rule + "]"
		}
		if typ == "" {
			return nil
		}
		evs := c.pairs(v, typ, ns.Mode, s.Mutual, name, subj, sw, objs)
		c.armedStrike(evs, c.t.Word(n).Lemma)
		return evs
	}
	if _, bare := c.verbLemma(v); joinVerbs[bare] && c.states(subj) && !c.joinsInDoing(v) {
		if orgs := c.organisations(objs); len(orgs) > 0 {
			// "Sweden joined NATO", "Egypt and Iran joined BRICS": a state that joins an
			// organisation cooperates with it, as one that joins an alliance
			return c.pairs(v, "COOPERATE", "", false, "join "+full+" [organisation]", subj, sw, orgs)
		}
	}
	if _, bare := c.verbLemma(v); s.Type == "" && s.Role == RoleLight && givingVerbs[bare] && !c.idiom(v, bare, objs) && !c.sendsPeople(v, bare, objs) {
		// "provided Sri Lanka with technology", "gave Kenya five ships": what is given to an
		// actor is aid, whatever it is (PLOVER AID: material support of any kind)
		to := recipients(objs)
		if len(to) == 0 && c.givesThing(objs) {
			to = c.strandedTo(objs, "to") // "delivered air defence systems to Ukraine": "to" on the object
		}
		return c.pairs(v, "AID", "", false, "give "+full+" [recipient]", subj, sw, to)
	}
	if s.Type == "RETREAT" && s.Role == RoleReverse && c.child(v, "obj") == 0 {
		// "Kenyan troops withdrew from Somalia": undoing no noun, the verb withdraws its subject
		return c.pairs(v, s.Type, s.Mode, false, "verb "+full+" ["+rule+"]", subj, sw, fromPhrases(objs))
	}
	if s.Type == "" || s.Role == RoleReverse {
		return nil
	}
	return c.pairs(v, s.Type, s.Mode, s.Mutual, "verb "+full+" ["+rule+"]", subj, sw, objs)
}

// joinVerbs join a body as a member.
var joinVerbs = setOf("join", "rejoin")

// states reports whether every actor of subj is a state named itself ("Sweden"; not "former
// Iraqi pilots", a group of their own, nor a place).
func (c *coder) states(subj []int) bool {
	return len(subj) > 0 && c.every(subj, func(x Actor) bool { return x.State && !x.Place })
}

// joinsInDoing reports whether verb v ("join") has a clause marked "in" ("joined fellow Democrats
// in calling for …"): it joins others in an act, which that clause tells, not a body.
func (c *coder) joinsInDoing(v int) bool {
	for _, ch := range c.t.Children(v) {
		if c.hasMark(ch) == "in" {
			return true
		}
	}
	return false
}

// organisations returns the direct objects among objs that name organisations, with only those
// actors.
func (c *coder) organisations(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if a.rel != "obj" {
			continue
		}
		if orgs := c.keepActors(a.actors, func(x Actor) bool { return x.Org }); len(orgs) > 0 {
			a.actors = orgs
			out = append(out, a)
		}
	}
	return out
}

// givesThing reports whether the direct object among objs names a thing that can be handed over
// (syntax.ThingNoun: "grenades", "air defence systems", "doses of vaccine"), not a feeling or a
// chance ("gave hope to gays") whose "to" phrase may be its own.
func (c *coder) givesThing(objs []arg) bool {
	for _, a := range objs {
		if a.rel == "obj" {
			return syntax.ThingNoun(strings.ToLower(c.t.Word(c.ofMeasure(a.head)).Lemma))
		}
	}
	return false
}

// fromPhrases returns the arguments that say whence: "from" and "out of" phrases.
func fromPhrases(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if a.rel == "obl" && (a.prep == "from" || a.prep == "of" || a.prep == "out") {
			out = append(out, a)
		}
	}
	return out
}

// circumstancePreps introduce a phrase that says under what, when or despite what something is
// done, never what a light or reversing verb does or undoes.
var circumstancePreps = setOf("under", "after", "before", "during", "despite", "amid", "since", "following",
	"without", "until", "ahead")

// recipients returns the arguments of a verb of giving that name who receives: the indirect
// object, an actor as the object ("provided Kenya with aid"), or a "to" phrase.
func recipients(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		switch {
		case a.rel == "iobj", a.rel == "obj" && len(a.actors) > 0, a.rel == "obl" && a.prep == "to":
			out = append(out, a)
		}
	}
	return out
}

// sendsPeople reports whether the verb of sending bare moves people ("sent two senators to
// Kenya", "a lawmaker sent to Addis Ababa"): the people sent go to the place, nothing is given to
// it. What a listed noun names ("sent aid workers", "sent a delegation") the lexicon reads
// before this; verbs of giving keep a person object as the recipient ("provided refugees with
// food"), and so do verbs of sending with two objects ("sent Lebanese authorities DNA samples").
func (c *coder) sendsPeople(v int, bare string, objs []arg) bool {
	if !sendingVerbs[bare] || c.child(v, "iobj") > 0 {
		return false
	}
	for _, a := range objs {
		if a.rel == "obj" && c.peopleNoun(a.head) && !c.nounPhraseAfter(a.head) {
			return true // a second object right after the first: the first is the recipient
		}
	}
	return false
}

// sendingVerbs are the giving verbs of Levin's class 11.1 (send): their object moves to the "to"
// phrase.
var sendingVerbs = setOf("send", "dispatch", "ship", "airlift", "transfer", "deploy")

// nounPhraseAfter reports whether a noun phrase begins right after the noun n, however the
// parser hung it: the second of two objects ("sent Lebanese authorities DNA samples").
func (c *coder) nounPhraseAfter(n int) bool {
	if n >= len(c.t.S.Words) {
		return false
	}
	switch c.t.Word(n + 1).UPOS {
	case "NOUN", "PROPN", "DET", "NUM", "ADJ":
		return true
	}
	return false
}

// idiom reports whether the direct object of verb v (lemma bare) makes with it an idiom WordNet
// lists as a verb of its own ("gave birth to a boy", "gave way"): the verb has not its own sense.
func (c *coder) idiom(v int, bare string, objs []arg) bool {
	for _, a := range objs {
		if a.rel == "obj" && syntax.VerbIdiom(bare, strings.ToLower(c.t.Word(a.head).Lemma)) {
			c.miss(v, "\""+bare+" "+strings.ToLower(c.t.Word(a.head).Lemma)+"\" is an idiom (WordNet)")
			return true
		}
	}
	return false
}

// reversedPlan reads a verb of undoing whose object is a decision or an order to act ("reversed
// a decision to exclude Syrian refugees", "revoked its order to expel Ugandan traders"): the
// undoing of that act (reverse), towards the act's own objects. The act itself, undone, is no
// fact and is voided.
func (c *coder) reversedPlan(v int, s Sense, full string, subj []int, sw int, objs []arg) []Event {
	for _, a := range objs {
		if a.rel != "obj" || len(a.actors) > 0 || !planNouns[strings.ToLower(c.t.Word(a.head).Lemma)] {
			continue
		}
		// the parser hangs "to expel …" on the noun or, as a purpose, on the verb
		inner := append(c.t.Dependents(a.head, "acl"), c.t.Dependents(v, "advcl")...)
		for _, iv := range inner {
			if !c.infinitive(iv) || iv < a.head {
				continue
			}
			ifull, ibare := c.verbLemma(iv)
			ss := c.verbSenses(iv, ifull, ibare)
			if len(ss) == 0 || ss[0].Type == "" {
				continue
			}
			c.void(iv, "undone (\""+full+"\" its "+c.t.Word(a.head).Lemma+")")
			typ := reverse(ss[0], s.Type)
			return c.pairs(v, typ, "", false, "reverse "+full+" "+c.t.Word(a.head).Lemma+" to "+ifull, subj, sw, c.objects(iv))
		}
	}
	return nil
}

// planNouns name a decision to act, which a verb of undoing undoes with the act.
var planNouns = map[string]bool{"decision": true, "order": true, "plan": true, "policy": true, "move": true,
	"directive": true, "proposal": true, "bid": true}

// reverse returns the type of undoing a measure of sense ns.
func reverse(ns Sense, verbType string) string {
	switch {
	case ns.Type == "AGREE":
		return "REJECT"
	case ns.Type == "SANCTION":
		return "RETREAT" // economic sanctions eased: CAMEO2PLOVER 085, RETREAT ease
	case ns.Restrictive || ns.Type == "COERCE":
		return "CONCEDE" // administrative ones eased: 081
	case ns.Type == "MOBILIZE" || ns.Type == "FIGHT" || ns.Type == "ASSAULT":
		return "RETREAT"
	case ns.Type == "AID" || ns.Type == "SUPPORT" || ns.Type == "COOPERATE" || ns.Type == "CONSULT" || ns.Type == "INVESTIGATE":
		return "SANCTION"
	}
	return verbType
}
