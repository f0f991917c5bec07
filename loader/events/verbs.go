package events

import (
	"strings"

	"newsgraph"
)

// Statuses, as in CONTRACT.md.
const (
	proposed  = "PROPOSED"
	ongoing   = "ONGOING"
	concluded = "CONCLUDED"
)

// trigger codes the events named by word id, unless another trigger governs it, or one read
// before it found it not told as fact (demanded, denied, kept from happening: voidedBefore).
func (c *coder) trigger(id int) {
	if c.voidedBefore(id) {
		return
	}
	w := c.t.Word(id)
	switch w.UPOS {
	case "VERB":
		switch w.Deprel {
		case "case", "mark", "amod", "fixed", "compound", "det":
			return // "including", "according to", "the occupied territories": no predicate
		}
		governed, why := c.governor(id)
		if why != "" {
			c.void(id, "not told as fact: "+why)
			return
		}
		if c.counterfactual(id) {
			c.void(id, "counterfactual (\"would have\"): did not happen")
			return
		}
		if !governed {
			c.out = append(c.out, c.purpose(id, c.verbEvents(id, 0))...)
		}
	case "NOUN", "PROPN":
		c.out = append(c.out, c.nounEvents(id)...)
	case "ADJ":
		// an adjective of intent with its complement: "X is willing to withdraw"
		if c.child(id, "xcomp") > 0 && !c.governed(id) && c.controls(id) {
			c.out = append(c.out, c.verbEvents(id, 0)...)
		}
	}
}

// voidedBefore reports whether word id was voided before its own turn as a trigger, while read
// as part of another: demanded ("called on followers to join a rally"), or kept from happening
// by a verb of blocking (thwarted).
func (c *coder) voidedBefore(id int) bool {
	for _, m := range c.misses {
		if m.Word == id && m.Void {
			return true
		}
	}
	return false
}

// verbEvents returns the events verb v names, with its arguments from the tree, and the type and
// status its modality, negation and conditions give.
func (c *coder) verbEvents(v, depth int) []Event {
	if depth > 4 {
		return nil
	}
	full, bare := c.verbLemma(v)
	ss := c.verbSenses(v, full, bare)
	if c.heldResponsible(v, bare) {
		// "Washington holds Ansar al-Shariah responsible for the attack": an accusation (CAMEO
		// 112, the table's DISAPPROVE), whatever the act
		ss = []Sense{{Type: "DISAPPROVE", Rule: "own:hold * responsible"}}
	}
	if evs := c.claimedAct(v, bare); evs != nil {
		return evs
	}
	reports := len(ss) > 0 && (ss[0].Role == RoleReport || ss[0].Role == RoleRelation)
	if reports && !commandVerbs[bare] {
		return nil // reporting verbs name no event; what they report is read on its own
	}
	if c.voidedUse(v, full, bare) {
		return nil
	}
	subj, sw := c.subject(v, 0)
	objs := c.takenFrom(bare, idiomFree(c.t, v, full, c.objects(v)))
	objs = append(objs, c.ownAgentPlaces(objs, subj)...)
	if evs := c.orderedOut(v, bare, subj, sw, objs); evs != nil {
		return c.modality(v, evs) // "told X to leave" expels
	}
	if reports {
		return nil // "told reporters": what is told is read on its own
	}
	if c.noOtherParty(v, full, bare, objs) {
		return nil
	}
	if evs, done := c.construction(v, full, ss, subj, sw, objs); done {
		return c.modality(v, evs)
	}
	sense, rule, ok := c.specific(full, bare, objs)
	if ok && c.undoesCooperation(ss, sense, objs) || ok && c.demandComplement(v, ss, sense) {
		ok = false // the verb's own reversal or demand decides below
	}
	if evs := c.aspectOfEvent(v, depth, ss, sense, ok, subj, sw, objs); len(evs) > 0 {
		return c.modality(v, evs)
	}
	if sense, rule, ok = c.otherSense(v, full, bare, ss, sense, rule, ok, objs); !ok {
		if len(ss) == 0 && len(subj) > 0 && hasActors(objs) {
			c.miss(v, "verb \""+full+"\" links actors but is not in the lexicon")
		}
		return nil
	}
	if c.voidedSense(v, full, bare, sense, rule, objs) {
		return nil
	}
	objs = authorTargets(rule, c.senseObjects(sense, objs))
	evs, objs, ok := c.senseEvents(v, depth, full, sense, rule, subj, sw, objs)
	if !ok {
		return nil
	}
	c.amendEvents(v, bare, sense, objs, evs)
	evs = c.unpaired(v, full, sense, rule, subj, sw, objs, evs)
	return c.modality(v, evs)
}

// undoesCooperation reports whether a verb of undoing (its first sense of ss) has a CAMEO
// pattern of cooperation (sense) for an object that names an agreement: the pattern is a
// sibling verb's. CAMEO's FINISH block lists "end", "terminate" and "suspend" beside
// "conclude" and "finalize", so "* &TREATY WITH" (057, signing) made "ended its defence
// agreement with France" a backing; undone, the agreement is rejected (reverse). A visit ended
// was made (END * VISIT, 042).
func (c *coder) undoesCooperation(ss []Sense, sense Sense, objs []arg) bool {
	if len(ss) == 0 || ss[0].Role != RoleReverse || !strings.HasPrefix(sense.Rule, "cameo:") || !cooperation(sense.Type) {
		return false
	}
	for _, a := range objs {
		if ns, ok := c.noun(a.head); a.rel == "obj" && ok && ns.Type == "AGREE" {
			return true
		}
	}
	return false
}

// demandComplement reports whether the verb v, whose first own sense of ss is a demand, asks its
// object to do what an infinitive after it says ("asked the US-led coalition to leave the
// country"), where sense is a CAMEO pattern on the object noun alone: the demand and its
// complement decide, not a sibling's pattern for the noun (ASK shares its block with QUESTION,
// whose "* {FUTURE COALITION}" made the request a disapproval).
func (c *coder) demandComplement(v int, ss []Sense, sense Sense) bool {
	if len(ss) == 0 || ss[0].Role != RoleDemand || !strings.HasPrefix(sense.Rule, "cameo:") {
		return false
	}
	x, o := c.child(v, "xcomp"), c.child(v, "obj")
	return x > 0 && o > 0 && o < x && c.t.Word(x).UPOS == "VERB" && c.hasMark(x) == "to"
}

// heldResponsible reports whether the verb v (lemma bare) is "hold" with an object and, after
// it, a predicate of blame ("holds X responsible", "held them accountable").
func (c *coder) heldResponsible(v int, bare string) bool {
	o, x := c.child(v, "obj"), c.child(v, "xcomp")
	return bare == "hold" && o > 0 && o < x && blameAdjectives[strings.ToLower(c.t.Word(x).Lemma)]
}

// blameAdjectives say that someone is to blame for something.
var blameAdjectives = setOf("responsible", "accountable", "liable", "culpable")

// claimedAct reads "X claimed responsibility for the attack on Y": the one who claims (or accepts,
// admits, bears) responsibility for an act names themselves its author, so the act is X's, done
// to the parties of the act's noun. Nil where verb v is no such claim.
func (c *coder) claimedAct(v int, bare string) []Event {
	if !responsibilityVerbs[bare] {
		return nil
	}
	for _, o := range c.t.Dependents(v, "obj") {
		if !strings.EqualFold(c.t.Word(o).Lemma, "responsibility") {
			continue
		}
		// "for the attack" on the noun, or on the verb where the parser hung it there
		for _, n := range append(c.t.Children(o), c.t.Dependents(v, "obl")...) {
			ns, ok := c.noun(n)
			if !ok || c.prep(n) != "for" || newsgraph.QuadClass(ns.Type) != "material-conflict" {
				continue
			}
			subj, sw := c.subject(v, 0)
			rule := "claim responsibility for " + c.t.Word(n).Lemma + " [" + ns.Rule + "]"
			return c.pairs(v, ns.Type, ns.Mode, false, rule, subj, sw, c.nounArgs(n))
		}
	}
	return nil
}

// responsibilityVerbs take "responsibility for" an act as their object.
var responsibilityVerbs = setOf("claim", "accept", "admit", "bear", "take")

// construction reads the constructions that decide verb v's events before its senses do: a host
// of talks between others (mediation), an undergone event ("received a visit from X"), a plan or
// decision undone ("revoked its order to expel X"). done reports whether one of them decided
// (with no event, where hosted found none).
func (c *coder) construction(v int, full string, ss []Sense, subj []int, sw int, objs []arg) (evs []Event, done bool) {
	if !reacts(ss) {
		if evs := c.hosted(v, full, subj, sw, objs); evs != nil {
			return evs, true
		}
	}
	if len(ss) > 0 && ss[0].Role == RoleUndergo {
		// CAMEO's receive/win/get patterns carry no direction: the undergone event comes first
		if evs := c.undergo(v, subj, sw, objs); len(evs) > 0 {
			return evs, true
		}
	}
	if len(ss) > 0 && ss[0].Role == RoleReverse {
		// "revoked its order to expel X": the act undone decides, before any pattern of the
		// verb and its object noun (CAMEO's REVOKE * ORDER is a sanction)
		if evs := c.reversedPlan(v, ss[0], full, subj, sw, objs); len(evs) > 0 {
			return evs, true
		}
	}
	if evs := c.stoppedActs(v, full, subj, sw); len(evs) > 0 {
		return evs, true
	}
	return nil, false
}

// haltVerbs stop what their gerund complement does.
var haltVerbs = setOf("stop", "cease", "halt", "suspend", "end", "quit", "discontinue", "freeze")

// stoppedActs reads a verb of halting whose complement is a gerund ("Russia stopped supplying gas
// to Poland", "the World Bank suspended lending to Uganda"): the undoing of that act (reverse),
// towards the act's own objects; the act itself, stopped, is voided. Cutting aid or cooperation
// is a sanction, ending an attack a retreat.
func (c *coder) stoppedActs(v int, full string, subj []int, sw int) []Event {
	_, bare := c.verbLemma(v)
	if !haltVerbs[bare] {
		return nil
	}
	for _, iv := range c.t.Dependents(v, "xcomp") {
		if c.t.Word(iv).XPOS != "VBG" || iv < v {
			continue
		}
		ifull, ibare := c.verbLemma(iv)
		ss := c.verbSenses(iv, ifull, ibare)
		if len(ss) == 0 || ss[0].Type == "" {
			continue
		}
		typ := reverse(ss[0], "")
		if typ == "" {
			continue
		}
		c.void(iv, "stopped (\""+full+"\")")
		return c.pairs(v, typ, "", false, "stop "+full+" "+ifull, subj, sw, c.objects(iv))
	}
	return nil
}

// hosted reads a third party that hosts, brokers or holds an event between two others ("Norway
// hosted talks between Peru and Bolivia"): CONSULT, mode mediation, with each of them. The event
// between the two is read from its noun.
func (c *coder) hosted(v int, full string, subj []int, sw int, objs []arg) []Event {
	for _, a := range objs {
		if a.rel != "obj" || len(a.actors) > 0 {
			continue
		}
		if ns, ok := c.noun(a.head); !ok || ns.Type == "" {
			continue
		}
		for _, b := range c.nounArgs(a.head) {
			if (b.prep != "between" && b.prep != "among") || len(b.actors) < 2 || overlap(subj, b.actors) {
				continue
			}
			parties := []arg{{rel: "obj", head: b.head, actors: b.actors}}
			return c.pairs(v, "CONSULT", "mediation", false, "mediation "+full+" "+c.t.Word(a.head).Lemma+" between", subj, sw, parties)
		}
	}
	return nil
}

// reacts reports whether a verb of senses ss names an event of its own about what its object
// names, rather than hosting it: "rejected the deal between X and Y" is a rejection of both,
// "condemned the war between X and Y" a disapproval, where "hosted" or "held" talks between
// them is a mediation (a sense of CONSULT, a light or mediating verb, or none).
func reacts(ss []Sense) bool {
	if len(ss) == 0 {
		return false
	}
	s := ss[0]
	return s.Type != "" && s.Type != "CONSULT" && s.Role != RoleLight && s.Role != RoleMediate
}

// overlap reports whether the actor lists a and b have an actor in common.
func overlap(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// aspectOfEvent reads an aspect verb whose object names an event ("stepped up attacks on X",
// "intensified its offensive"): it passes that event on, unless the verb's CAMEO pattern for the
// pair (sense, when specific is set) is of the same class.
func (c *coder) aspectOfEvent(v, depth int, ss []Sense, sense Sense, specific bool, subj []int, sw int, objs []arg) []Event {
	ns, isEvent := c.objectEvent(objs)
	if len(ss) == 0 || ss[0].Role != RoleAspect || !isEvent || specific && newsgraph.QuadClass(ns.Type) == newsgraph.QuadClass(sense.Type) {
		return nil // a CAMEO pattern of another class is not taken (STEP_UP * ATTACK is 138, a threat)
	}
	evs := c.control(v, ss[0], ss[0].Rule, subj, sw, objs, depth)
	armedClash(evs)
	return evs
}

// senseEvents reads the events of verb v in its sense, by the sense's role: control and light
// verbs through their complements and object nouns, the others between subject and objects (of
// which it returns those it read: only people for a phone call, the mediated parties for a
// mediation). ok is false where the verb in this use names no event (a miss is noted why).
func (c *coder) senseEvents(v, depth int, full string, sense Sense, rule string, subj []int, sw int, objs []arg) ([]Event, []arg, bool) {
	if ps, ok := c.peacekeeping(v, sw); ok {
		sense, rule = ps, ps.Rule
	}
	if sense.Role == RoleAspect && sense.Type == "MOBILIZE" && c.child(v, "xcomp") == 0 && !c.movesForces(objs) {
		// "preparing an all-new MacBook Air": only armed forces made ready are a mobilisation
		c.miss(v, "verb \""+full+"\" ["+rule+"]: what it readies is no armed force")
		return nil, objs, false
	}
	switch sense.Role {
	case RoleReport, RoleRelation:
		return nil, objs, false
	case RoleIntent, RoleThreat, RoleRefuse, RoleAspect, RoleDemand, RoleDeny:
		return c.control(v, sense, rule, subj, sw, objs, depth), objs, true
	case RoleLight, RoleReverse:
		return c.light(v, sense, rule, subj, sw, objs), objs, true
	}
	if sense.Type == "" {
		return nil, objs, false
	}
	if sense.Intransitive && (c.child(v, "obj") > 0 || c.child(v, "ccomp") > 0) {
		c.miss(v, "verb \""+full+"\" ["+rule+"]: with an object it is another verb (\"demonstrated its resolve\")")
		return nil, objs, false
	}
	if sense.Mode == "phone" {
		if c.predicate(v) {
			c.miss(v, "verb \""+full+"\" ["+rule+"]: a predicate after its object names it (\"called X a liar\")")
			return nil, objs, false
		}
		objs = c.people(objs) // one calls a person ("called Haider al-Abadi"), one names a thing
	}
	if sense.Type == "MOBILIZE" && !c.movesForces(objs) {
		c.miss(v, "verb \""+full+"\" ["+rule+"]: what it moves is no armed force")
		return nil, objs, false
	}
	if sense.Role == RoleMediate {
		sense.Mode, sense.Mutual = "mediation", false
		objs = c.mediated(objs)
	}
	if o := c.child(v, "obj"); o > 0 && !givingVerbs[strings.ToLower(c.t.Word(v).Lemma)] {
		if evs, ok := c.aidFrom(v, o, sense.Type, sense.Mode, "verb "+full+" ["+rule+"]", subj, sw); ok {
			return evs, objs, true // "approved a loan package from the IMF": aid the subject takes
		}
	}
	return c.pairs(v, sense.Type, sense.Mode, sense.Mutual, "verb "+full+" ["+rule+"]", subj, sw, objs), objs, true
}

// unpaired returns evs, the events verb v (lemma full) read in sense by rule; where there are
// none, a refusal of whoever must act first when v will not cooperate until they do, and
// otherwise a miss noted for want of a subject or an object actor.
func (c *coder) unpaired(v int, full string, sense Sense, rule string, subj []int, sw int, objs []arg, evs []Event) []Event {
	if len(evs) == 0 && len(subj) > 0 && !hasActors(objs) && cooperation(sense.Type) && c.willNot(v) {
		// "will not lift the embargo until Cuba undertakes reforms": a refusal (modality), of
		// whoever must act first
		evs = c.pairs(v, sense.Type, sense.Mode, false, "verb "+full+" ["+rule+"] until", subj, sw, c.untilParties(v))
	}
	if len(evs) == 0 && len(subj) > 0 && !hasActors(objs) && (answers[sense.Type] || sense.Mode == "restrict") {
		if cause, cw := c.prompter(v); len(cause) > 0 {
			// "Uganda passed the law, prompting the United States to impose visa
			// restrictions": a measure one is moved to take answers whoever moved them
			evs = c.pairs(v, sense.Type, sense.Mode, false, "verb "+full+" ["+rule+"] prompted", subj, sw,
				[]arg{{rel: "obj", head: cw, actors: cause}})
		}
	}
	if len(evs) == 0 && sense.Type != "" {
		switch {
		case len(subj) == 0:
			c.misses = append(c.misses, Miss{Word: v, Reason: "verb \"" + full + "\" [" + rule + "]: no actor as its subject",
				Subject: c.nounSubject(v, sw)})
		case !hasActors(objs):
			c.miss(v, "verb \""+full+"\" ["+rule+"]: no actor as its object")
		}
	}
	return evs
}

// answers are the types of event that answer another's act: a measure taken against it or a
// stance on it (and COERCE restrict: "impose restrictions").
var answers = map[string]bool{"DISAPPROVE": true, "REJECT": true, "DEMAND": true, "THREATEN": true,
	"PROTEST": true, "SANCTION": true}

// causatives move their object to do what their open complement says ("prompted X to impose",
// "led X to recall").
var causatives = setOf("prompt", "spur", "lead", "push", "provoke", "drive", "cause")

// prompter returns, for verb v the open complement of a causative ("prompting the United States
// to impose …"), who moved its object to act: the subject of the causative, and the word naming
// them.
func (c *coder) prompter(v int) ([]int, int) {
	w := c.t.Word(v)
	if w.Deprel != "xcomp" || w.Head == 0 || !causatives[strings.ToLower(c.t.Word(w.Head).Lemma)] {
		return nil, 0
	}
	return c.subject(w.Head, 1)
}

// willNot reports whether the verb v is negated with "will" or "would" ("will not lift", "won't
// meet"): a refusal, when what it says is cooperation.
func (c *coder) willNot(v int) bool { return c.negatedVerb(v) && c.futureAux(v) }

// untilParties returns, as objects, the actors that the clauses after "until" on verb v name as
// subjects ("until Cuba undertakes democratic reforms"): whom a refusal waits on.
func (c *coder) untilParties(v int) []arg {
	var out []arg
	for _, ch := range c.t.Dependents(v, "advcl") {
		if c.hasMark(ch) != "until" {
			continue
		}
		if as, w := c.subject(ch, 0); len(as) > 0 {
			out = append(out, arg{rel: "obj", head: w, actors: as})
		}
	}
	return out
}

// nounSubject returns sw when it is a common noun for people, kin or a group ("militants", "his
// family", "the group", "the shooter") heading the subject of verb v, and 0 otherwise: a pronoun
// may refer to an actor named before, and a subject that names no one ("this month", a name no
// list knows) is as likely a misparse as a fact. So is a people noun before a verb with a "by"
// phrase: "the schoolgirls kidnapped by Boko Haram", a reduced passive parsed as a clause.
func (c *coder) nounSubject(v, sw int) int {
	if sw <= 0 || c.t.Word(sw).UPOS != "NOUN" || !c.peopleNoun(sw) && !c.attackNoun(sw) && !PrivateBodyAt(c.t, sw) && !KinNoun(strings.ToLower(c.t.Word(sw).Lemma)) {
		return 0
	}
	for w := 1; w <= len(c.t.S.Words); w++ {
		if w != v && c.t.Under(w, v) && c.prep(w) == "by" && c.clauseOf(w) == v {
			return 0 // also "kidnapped earlier this year by X", the by-phrase hung on "year"
		}
	}
	return sw
}

// clauseOf returns the nearest verb above word w (or w's root when none).
func (c *coder) clauseOf(w int) int {
	h := c.t.Word(w).Head
	for h > 0 && c.t.Word(h).UPOS != "VERB" {
		if c.t.Word(h).Head == 0 {
			return h
		}
		h = c.t.Word(h).Head
	}
	return h
}
