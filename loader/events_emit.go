package loader

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// emit adds a relation between two actors read from this sentence, by the tree coder (ev.tree)
// or the word rules, when the pair may take part in the event (parties) and, for the word rules,
// the tree's reading of the sentence does not rule it out (wordRuleFits). A word rule's reading
// of a trigger and pair the tree read already only adds what it knows besides (a date, a status).
func (sc *sentCtx) emit(typ string, subj, obj int, ev *eventInfo) {
	if subj < 0 || obj < 0 {
		return
	}
	if !ev.tree && typ == "FIGHT" && strings.HasPrefix(sc.toks.w(ev.trigger), "captur") && (sc.st.fullName(sc.actors[obj]) || sc.peopleOf(obj)) {
		// a person captured is seized, not fought (events' capturedPeople), and so are people
		// named by their nationality ("captured a Canadian-Israeli woman", "Iraqi and Syrian
		// prisoners")
		typ = "COERCE"
	}
	a, b, ok := sc.parties(typ, subj, obj, ev)
	if !ok || !ev.tree && !sc.wordRuleFits(typ, subj, obj, a, b, ev) {
		return
	}
	if !ev.tree && ev.status == "" && sc.hints.maybe[ev.trigger] {
		e := *ev
		e.status = newsgraph.Proposed // "Britain could use its navy to attack …": not done
		ev = &e
	}
	r := sc.relation(typ, subj, obj, a, b, ev)
	k := newReadKey(ev.trigger, a.EntityID, b.EntityID)
	if i, read := sc.hints.read[k]; read && !ev.tree {
		fillFrom(&sc.out[i], r)
		return
	}
	if ev.tree {
		sc.hints.noteRead(k, len(sc.out), a.EntityID, b.EntityID, ev.verb, ev.mutual)
	}
	sc.st.noteDeed(sc.toks.w(ev.trigger), a)
	sc.out = append(sc.out, r)
	sc.outRead = append(sc.outRead, howRead{tree: ev.tree, mutual: ev.mutual, trigger: ev.trigger})
	if sc.firstSubj == nil {
		x := sc.actors[subj]
		sc.firstSubj = &x
	}
}

// parties returns the actors subj and obj as the parties of an event of type typ, and whether
// they may be its parties at all: not one actor, nor a country and a place of its own (an event
// within a country is coded one level down, see domestic), nor people with no allegiance (for
// the word rules), two private people cooperating, a private person's aid or journey, or a place
// beside a person.
func (sc *sentCtx) parties(typ string, subj, obj int, ev *eventInfo) (a, b evActor, ok bool) {
	a, b = sc.actors[subj], sc.actors[obj]
	if a.EntityID == b.EntityID || a.Code != "" && a.Code == b.Code && a.Code != "IGO" && a.Code != "NGO" {
		if a, b, ok = domestic(a, b, typ, ev.subjBody, ev.mutual); !ok || sc.onePhrase(subj, obj) {
			return a, b, false // one actor, or a country and a place of its own
		}
	}
	if a.Code == "" && b.Code == "" && newsgraph.IsPLOVER(typ) && !ev.tree {
		return a, b, false // between people of unknown allegiance: too often a misreading
	}
	q := newsgraph.QuadClass(typ)
	coop := strings.HasSuffix(q, "-coop")
	pa, pb := sc.st.privatePerson(a), sc.st.privatePerson(b)
	ga, gb := pa || sc.st.privateGroup(a), pb || sc.st.privateGroup(b) // a private person or group
	if pa && pb && (coop || q == "verbal-conflict") || ga && gb && (coop || strings.HasPrefix(q, "verbal-")) {
		// "met him on Tinder", "Jimmy Page and John Paul Jones signed on", "asked him whether
		// the fungus is edible": two people of no state or body meeting, agreeing, asking or
		// contradicting each other is private life, not a political event, and so are such a
		// person's words or help with people of no sector ("met with concert promoters",
		// "traveled to Chile to work with refugees"; but "rebels loyal to Riek Machar freed
		// prisoners" is an act); violence between them is a crime PLOVER codes
		return a, b, false
	}
	if coop && sc.st.unlisted(a) && (sc.st.unlisted(b) || gb) {
		// "Google completed the purchase of six buildings from Starwood Capital", "Led Zeppelin
		// were about to ink a contract with Branson": cooperation between names no list knows
		// and private people is business or private life, no political event
		return a, b, false
	}
	// private is judged on the actors as read: domestic makes an office holder their own person
	oa, ob := sc.actors[subj], sc.actors[obj]
	if typ == "AID" && private(oa) {
		// PLOVER's AID is support between political actors: what a private person or group
		// gives or helps with ("Lin gave a homeless man $100", "she was drawn to help with the
		// situation in Syria") is no event between them
		return a, b, false
	}
	if typ == "CONSULT" && private(oa) && ob.Via == "" && (ev.mode == "visit" || motionVerbs[sc.toks.w(ev.trigger)]) {
		// "Foley went to Syria", "a woman who traveled to Iraq", "Malala Yousafzai visited
		// Nigeria": a private person's journey is no visit between actors (PLOVER's visits
		// are diplomatic); meeting someone who acts for a state is ("met Nigeria's president")
		return a, b, false
	}
	personal := a.Type == newsgraph.Person || b.Type == newsgraph.Person
	if a.Place != b.Place && personal && !(a.Place && ev.subjBody || b.Place && ev.objBody) {
		// "invited her to his place in Baltimore": a place is no party to a person's doings,
		// unless a body of it acts ("arrested by Delhi Police")
		return a, b, false
	}
	return a, b, true
}

// relation builds the relation of an event of type typ between the actors subj and obj (read as
// the parties a and b): its evidence, status, rule, agents, date and attributes (mode, speaker,
// amount). A mutual event keeps the order of the sentence.
func (sc *sentCtx) relation(typ string, subj, obj int, a, b evActor, ev *eventInfo) newsgraph.Relation {
	r := newsgraph.Relation{
		Type: typ, Subject: a.EntityID, Object: b.EntityID,
		Evidence:   newsgraph.Span{Sentence: sc.s.Text, Start: sc.s.Start, End: sc.s.End},
		Status:     ev.status,
		Confidence: ev.confidence,
		Rule:       ev.rule,
	}
	// the person or place an actor stands for is the relation's agent, whichever rule read it
	r.SubjectAgent, r.ObjectAgent = a.agent(), b.agent()
	if ev.mutual && sc.actorTok[obj] >= 0 && sc.actorTok[obj] < sc.actorTok[subj] {
		r.Subject, r.Object = r.Object, r.Subject
		r.SubjectAgent, r.ObjectAgent = r.ObjectAgent, r.SubjectAgent
	}
	r.Date = sc.dateFor(ev.trigger, ev.status)
	attrs := map[string]string{}
	if ev.mode != "" {
		attrs["mode"] = ev.mode
	}
	other := func(sp int) bool {
		e := sc.actors[sp].EntityID
		return e != a.EntityID && e != b.EntityID
	}
	if sc.speaker >= 0 && other(sc.speaker) {
		attrs["speaker"] = sc.actors[sc.speaker].Text
	}
	if ev.speaker >= 0 && other(ev.speaker) {
		attrs["speaker"] = sc.actors[ev.speaker].Text
	}
	if m, ok := sc.moneyNear(ev.trigger); ok && (typ == "AID" || typ == "AGREE" || typ == "RETREAT" || typ == "PAYS" || typ == "SANCTION") {
		attrs["amount"], attrs["currency"] = m.Amount, m.Currency
	}
	if len(attrs) > 0 {
		r.Attrs = attrs
	}
	return r
}

// privatePerson reports whether a is a person the entity stage named with no office or state,
// and no well-known office holder, current or former (entities.Result.Public: "former
// Afghanistan president Hamid Karzai met Nawaz Sharif" is no private life); a name only the
// tree coder found, which may be an organisation's, is not taken for one.
func (st *docState) privatePerson(a evActor) bool {
	_, unknown := st.pending[a.EntityID]
	return a.Type == newsgraph.Person && a.Code == "" && a.Via == "" && !unknown && !st.d.Officials[a.EntityID] && !st.d.Public[a.EntityID]
}

// unlisted reports whether a is a name only the tree coder found (unknownNames), with no
// country: no list knows it as a state's, a party's or a movement's. Groups named by a common
// noun ("police", "customers") are not names. The rule that uses it takes such a name as the
// subject only: as the object it was as often a politician no list let the entity stage find
// ("Gerald R. Ford pardoned Nixon"; "Nawaz Sharif" too, before the Phoenix office holders'
// names were read alone), and reading it so both ways cost the odd plv half 0.005.
func (st *docState) unlisted(a evActor) bool {
	_, unknown := st.pending[a.EntityID]
	return unknown && a.Code == "" && a.Kind != "group"
}

// privateGroup reports whether a is a group of people the tree found with no country and no
// sector, or ordinary people's or refugees' ("concert promoters", "a man", "women",
// "refugees"): no political actor.
// (A name no list knows is no private person, privatePerson: "pal Damir Tulemaganbetov … weighing
// an offer from a hedge fund guy" stays.)
func (st *docState) privateGroup(a evActor) bool {
	if a.Kind != "group" || a.Code != "" {
		return false
	}
	switch st.groupSector[a.EntityID] {
	case "", "PPL", "CVL", "REF":
		return true // people of no sector, civilians, refugees
	}
	return false
}

// peopleOf reports whether actor i modifies a noun of people after it, past the actors and
// conjunctions of a list ("Iraqi and Syrian prisoners", "a Canadian-Israeli woman").
func (sc *sentCtx) peopleOf(i int) bool {
	k := sc.actorTok[i]
	if k < 0 {
		return false
	}
	for k++; k < len(sc.toks); k++ {
		if w := sc.toks.w(k); !sc.toks[k].isActor() && w != "," && w != "and" && w != "-" {
			return syntax.PersonNoun(strings.TrimSuffix(strings.ToLower(w), "s")) || syntax.PersonNoun(strings.ToLower(w))
		}
	}
	return false
}

// fullName reports whether a names a person the article names somewhere with more than one word
// (events.Actor.FullName): the entity's name, or the mention's own text for a name the tree
// found (unknownNames), whose entity is made later.
func (st *docState) fullName(a evActor) bool {
	if a.Type != newsgraph.Person {
		return false
	}
	if e := st.d.Entities[a.EntityID]; e != nil {
		return strings.Contains(e.Name, " ")
	}
	return strings.Contains(a.Text, " ")
}
