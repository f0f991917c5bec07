package loader

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/events"
)

// nounEvent reads an event named by a noun that no verb took: "the war between Rwanda and
// Congo", "talks with the United States", "U.S.-Soviet talks", "Israel's attack on Gaza". A noun
// with no partner named beside it is no event: that keeps co-mentioned actors apart.
func (sc *sentCtx) nounEvent(k int, ns nounSense) {
	typ, ok := nounEventType(sc.toks.w(k), ns)
	if !ok {
		return
	}
	if sc.toks.w(k-1) == "for" && askForVerbs[sc.toks.w(k-2)] {
		typ = "DEMAND" // "called for sanctions against X": asked for, not done
	}
	r := &nounReading{sc: sc, k: k, ns: ns, typ: typ, e: sc.objectEnd(k + 1)}
	r.ev = r.eventInfo()
	if r.between() {
		return
	}
	// "U.S.-Soviet talks", "Israeli-Palestinian talks"
	if a, b := r.pairBefore(); a >= 0 && (typ == "CONSULT" || typ == "AGREE" || typ == "FIGHT" || typ == "COOPERATE") {
		r.ev.mutual = true
		sc.emit(typ, a, b, r.ev)
		return
	}
	if r.undergone() {
		return
	}
	p := sc.toks.w(k + 1)
	if typ == "DEMAND" && (p == "that" || isAdverb(p) && sc.toks.w(k+2) == "that") {
		r.demandThat()
		return
	}
	if !nounTakesPrep(p, typ, ns.Mode) {
		// "a meeting last March in Washington with Canadian Prime Minister Brian Mulroney":
		// the time and the venue come between the noun and its partner
		q := sc.afterSetting(k + 1)
		if q == k+1 || !nounTakesPrep(sc.toks.w(q), typ, ns.Mode) {
			return
		}
		r.k, r.e = q-1, sc.objectEnd(q)
	}
	obj := r.object()
	if len(obj) == 0 {
		return
	}
	subj := r.subject()
	if len(subj) == 0 {
		return
	}
	r.ev.mutual = typ == "CONSULT" || typ == "AGREE" || typ == "COOPERATE" || typ == "FIGHT"
	sc.emitAll(typ, subj, obj, r.ev)
}

// nounReading is one event noun being read; it lives for one call of nounEvent.
type nounReading struct {
	sc *sentCtx
	// k is the noun, ns its sense and typ the type of its event; e is where its complement ends.
	k   int
	ns  nounSense
	typ string
	e   int
	// ev is the event being read.
	ev *eventInfo
}

// nounEventType returns the type of the event the noun w of sense ns names (a war is FIGHT), and
// false for nouns that name no event by themselves: arms, troops, weapons, measures, compensation.
func nounEventType(w string, ns nounSense) (string, bool) {
	switch ns.Type {
	case "arms", "troops":
		return "", false
	}
	if ns.Type == "MOBILIZE" && (w == "troops" || w == "forces") {
		return "", false
	}
	switch w {
	case "arms", "weapons", "measures", "compensation", "reparations",
		// things given, not a giving: "using high-tech equipment to track him" is no aid;
		// "sent equipment to X" is read with its verb
		"goods", "supplies", "food", "medicine", "medicines", "equipment", "funds", "money":
		return "", false
	}
	if ns.Type == "WAR" {
		return "FIGHT", true
	}
	return ns.Type, true
}

// eventInfo returns what is known of the noun's event besides its arguments: it is ongoing when
// the words around say so, proposed after a hypothetical word. "The talks are still ongoing"
// also makes the last such event of the article ongoing.
func (r *nounReading) eventInfo() *eventInfo {
	sc, k := r.sc, r.k
	ev := &eventInfo{trigger: k, confidence: 0.7, mode: r.ns.Mode, speaker: -1, rule: wordRule("noun", sc.toks.w(k), "")}
	if sc.toks.ongoingAround(k) {
		ev.status = newsgraph.Ongoing
	}
	if hypothetical[sc.toks.w(k-1)] {
		ev.status, ev.confidence = newsgraph.Proposed, 0.5
	}
	if (sc.toks.w(k-1) == "these" || sc.toks.w(k-1) == "the" || sc.toks.w(k-1) == "those") && ev.status == newsgraph.Ongoing {
		sc.st.updateLast(r.typ, newsgraph.Ongoing)
	}
	return ev
}

// between emits the noun's event when its complement names two parties with "between X and Y",
// and reports whether it did: a mutual event between them, or for a mediation ("talks between X
// and Y" hosted by Z) CONSULT from the noun's subject to both.
func (r *nounReading) between() bool {
	sc := r.sc
	x, y, next := sc.between(r.k+1, r.e)
	if x < 0 {
		return false
	}
	sc.markUsed(r.k, next)
	if r.ns.Mode == "mediation" {
		if m := r.subject(); len(m) > 0 {
			sc.emitAll("CONSULT", m, argSet{x, y}, r.ev)
		}
		return true
	}
	r.ev.mutual = true
	sc.emit(r.typ, x, y, r.ev)
	return true
}

// demandThat reads "its demand that Israel ease restrictions": a DEMAND on the first actor of the
// clause after "that", whose event (the easing) has not happened and is marked used.
func (r *nounReading) demandThat() {
	sc, k := r.sc, r.k
	for j := k + 2; j < len(sc.toks) && j-k <= 6; j++ {
		if a := sc.toks.actorAt(j); a >= 0 {
			if subj := r.subject(); len(subj) > 0 {
				sc.emitAll(r.typ, subj, argSet{a}, r.ev)
			}
			sc.markUsed(k, sc.objectEnd(j+1))
			return
		}
	}
}

// undergone reads an event noun that the clause's subject undergoes, done by a "from" phrase
// after it: "Iran's government faces widespread international criticism from the U.N." is the
// UN's disapproval of Iran; "received aid from Japan" Japan's aid. It reports whether it did.
func (r *nounReading) undergone() bool {
	sc, k := r.sc, r.k
	j := k - 1
	for j > 0 && k-j <= 4 && !undergoVerbs[sc.toks.w(j)] && (determiners[sc.toks.w(j)] || !sc.toks[j].isActor() && !isVerbForm(sc.toks.w(j)) && !prepositions[sc.toks.w(j)] && sc.toks.w(j) != ",") {
		j-- // "widespread international", "a new"
	}
	if !undergoVerbs[sc.toks.w(j)] || sc.toks.w(k+1) != "from" {
		return false
	}
	src := -1
	for x := k + 2; x < len(sc.toks) && x-k <= 5; x++ {
		if a := sc.toks.actorAt(x); a >= 0 {
			src = a
			break
		}
	}
	if src < 0 {
		return false
	}
	subj, _ := sc.subject(j)
	if author, harm := sc.toks.harmAuthor(j); harm {
		subj = author // "the shelling of Armenian villages by Azerbaijani troops drew condemnation"
	}
	if len(subj) == 0 {
		return false
	}
	sc.markUsed(k, k+2)
	sc.emitAll(r.typ, argSet{src}, subj, r.ev)
	return true
}

// harmAuthor reads a clause subject, before the verb at j, that is an act of harm done to
// someone ("the shelling of Armenian villages by Azerbaijani troops"): what the act draws
// (condemnation, criticism) goes to its author, the "by" actor, not to whom it was done. It
// reports whether the subject is such an act, and returns its author (none when not named).
func (ts tokens) harmAuthor(j int) (argSet, bool) {
	for i := j - 1; i >= 0 && j-i <= 15; i-- {
		w := ts.w(i)
		if w == "," || w == ";" {
			return nil, false
		}
		if !events.HarmNoun(w) || ts.w(i+1) != "of" {
			continue
		}
		for x := i + 2; x < j; x++ {
			if ts.w(x) != "by" {
				continue
			}
			for y := x + 1; y < j && y-x <= 3; y++ {
				if a := ts.actorAt(y); a >= 0 {
					return argSet{a}, true
				}
			}
		}
		return nil, true
	}
	return nil, false
}

// undergoVerbs have their subject undergo the event their object noun names.
var undergoVerbs = setOf("face", "faces", "faced", "facing", "receive", "receives", "received", "receiving",
	"draw", "draws", "drew", "drawn", "attract", "attracts", "attracted", "suffer", "suffers", "suffered",
	"won", "win", "wins", "get", "gets", "got", "obtained", "obtain")

// afterSetting returns the token after a time ("last March", "on Monday", "today") and a venue
// ("in Washington", "at the UN headquarters" when it names a place) that start at j, or j.
func (sc *sentCtx) afterSetting(j int) int {
	for n := 0; n < 4; n++ {
		w := sc.toks.w(j)
		switch {
		case (w == "last" || w == "this" || w == "next") && (monthNames[sc.toks.w(j+1)] != 0 || isWeekday(sc.toks.w(j+1)) || timeWords[sc.toks.w(j+1)]):
			j += 2
		case isWeekday(w) || w == "today" || w == "yesterday":
			j++
		case w == "on" && isWeekday(sc.toks.w(j+1)):
			j += 2
		case (w == "in" || w == "at") && sc.placeAt(j+1):
			j += 2
		case (w == "in" || w == "at") && sc.toks.w(j+1) == "the" && sc.placeAt(j+2):
			j += 3
		default:
			return j
		}
	}
	return j
}

// placeAt reports whether the token at j is a place mention (a town, not a country).
func (sc *sentCtx) placeAt(j int) bool {
	a := sc.toks.actorAt(j)
	return a >= 0 && (sc.actors[a].Place || sc.actors[a].PlaceID != "")
}

// nounTakesPrep reports whether an event noun of type typ (and mode) names its object after the
// preposition p: "talks with", "attack on", "a visit to", "support for".
func nounTakesPrep(p, typ, mode string) bool {
	switch p {
	case "with", "against", "toward", "towards":
		return true
	case "to":
		return typ == "AID" || typ == "THREATEN" || typ == "VISIT" || mode == "visit"
	case "on":
		return newsgraph.QuadClass(typ) == "material-conflict" || typ == "SANCTION"
	case "for":
		return typ == "SUPPORT" || typ == "AID"
	}
	return false
}

// object returns the object of the noun's event: the first actor within a few words of its
// preposition, in its complement, unless an agent ("by X") or an event verb comes first or the
// actor is excluded for the type.
func (r *nounReading) object() argSet {
	sc, k, typ := r.sc, r.k, r.typ
	for j := k + 2; j < r.e && j-k <= 9; j++ {
		if a := sc.toks.actorAt(j); a >= 0 {
			if sc.toks.w(j-1) == "by" && !isPlainNoun(sc, j-2) || sc.excluded(j, typ) {
				return nil
			}
			if o := r.againstAfterForum(j); o >= 0 {
				return argSet{o}
			}
			return argSet{a}
		}
		if sc.toks.isEventVerb(j) || auxWords[sc.toks.w(j)] && sc.toks.w(j) != "'s" {
			return nil // "negotiations with the Islamists were ongoing in Chad": a clause's verb
		}
		if w := sc.toks.w(j); (w == "in" || w == "at") && j > k+1 && !venueParty(typ) {
			return nil // "talks with the rebels in Chad": where they were held
		}
	}
	return nil
}

// againstAfterForum returns the actor an "against" phrase names after the actor at token j
// that a hostile act's noun is lodged "with" (a court, a council, the police), or -1: in "filed a
// complaint with the U.N. Human Rights Council against the Lebanese state" the council hears
// the complaint, the state is its target. "A protest with Japan" alone is lodged with its
// target.
func (r *nounReading) againstAfterForum(j int) int {
	sc := r.sc
	if sc.toks.w(j-1) != "with" && !(sc.toks.w(j-2) == "with" && determiners[sc.toks.w(j-1)]) ||
		!strings.HasSuffix(newsgraph.QuadClass(r.typ), "-conflict") {
		return -1
	}
	for q := j + 1; q < len(sc.toks) && q-j <= 10; q++ {
		if sc.toks.isEventVerb(q) || sc.toks.w(q) == "." {
			return -1
		}
		if sc.toks.w(q) != "against" {
			continue
		}
		for n := q + 1; n < len(sc.toks) && n <= q+2; n++ {
			if a := sc.toks.actorAt(n); a >= 0 {
				return a
			}
		}
		return -1
	}
	return -1
}

// venueParty reports whether a place the event of type typ happens "in" is a party to it, as
// the gold sets code "attacks on targets in Yemen" against Yemen; talks in a place are only
// held there.
func venueParty(typ string) bool {
	switch typ {
	case "FIGHT", "ASSAULT", "COERCE", "MOBILIZE", "COOPERATE", "AID":
		return true
	}
	return false
}

// subject returns who acts in the noun's event: an actor modifying the noun ("Rwanda's talks",
// "a U.S. effort", "Israeli attacks") or else the subject of the clause the noun is in.
func (r *nounReading) subject() argSet {
	sc, k := r.sc, r.k
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		if a := sc.toks.actorAt(j); a >= 0 {
			return argSet{a}
		}
		w := sc.toks.w(j)
		if w == "'s" {
			if a := sc.toks.actorAt(j - 1); a >= 0 {
				return argSet{a}
			}
			return nil // "Hwang's trip": the owner is no actor we know
		}
		if prepositions[w] && w != "'s" || w == "," || sc.toks.isEventVerb(j) {
			break
		}
	}
	s, _ := sc.subject(k)
	return s
}

// pairBefore finds "X-Y" or "X and Y" right before the noun ("U.S.-Soviet nuclear talks"); -1, -1
// when there is none.
func (r *nounReading) pairBefore() (int, int) {
	sc, k := r.sc, r.k
	j := k - 1
	for j >= 0 && k-j <= 3 && sc.toks.actorAt(j) < 0 {
		w := sc.toks.w(j)
		if prepositions[w] || determiners[w] || w == "," {
			return -1, -1
		}
		j--
	}
	if b := sc.toks.actorAt(j); b >= 0 && j >= 2 && (sc.toks.w(j-1) == "-" || sc.toks.w(j-1) == "and") {
		if a := sc.toks.actorAt(j - 2); a >= 0 && a != b {
			return a, b
		}
	}
	return -1, -1
}

// updateLast sets the status of the last relation of type typ read so far in the article.
func (st *docState) updateLast(typ, status string) {
	rs := st.d.Relations
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].Type == typ {
			rs[i].Status = status
			return
		}
	}
}

// askForVerbs ask for what their "for" phrase names: "called for sanctions" is a demand.
var askForVerbs = setOf("call", "calls", "called", "calling", "push", "pushes", "pushed", "pushing",
	"press", "presses", "pressed", "pressing", "appeal", "appeals", "appealed", "appealing",
	"lobby", "lobbies", "lobbied", "lobbying", "ask", "asks", "asked", "asking")
