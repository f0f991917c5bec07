package loader

// Objects: the actors a trigger acts on, passive agents and the parties of "between X and Y".

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/events"
)

// excluded reports whether the actor at token k is only a place of origin ("refugees from
// Libya") or a by-agent, and so no argument of an event of type typ.
func (sc *sentCtx) excluded(k int, typ string) bool {
	p := sc.toks.w(k - 1)
	if borderOf(sc, k) {
		// "camps near the Thai border", "along its border with Syria": where a border runs is
		// no party to what happens near it (EVENT-PITFALLS)
		return true
	}
	if circumstanceOf(sc, k) {
		// "launched an investigation in the wake of an Associated Press report": the occasion
		// of the event, not a party to it
		return true
	}
	if typ == "DISAPPROVE" && victimOf(sc, k) {
		// "condemns the barbaric murder of UK citizen David Haines": the one the condemned act
		// was done to is no target of the condemnation (the tree reads it as sympathy)
		return true
	}
	if q := newsgraph.QuadClass(typ); (q == "material-conflict" || q == "verbal-conflict") && allyOf(sc, k) {
		// "fought alongside the Kurds", "on the side of ISIS", "on the Ukrainian side": the
		// ones fought beside, not against
		return true
	}
	if p == "from" && removalTypes[typ] && peopleNouns[sc.toks.w(k-3)] && strings.HasSuffix(sc.toks.w(k-2), "ed") {
		// a reduced relative on people ("refugees evacuated from Libya", "migrants deported
		// from Italy"): the origin belongs to the participle, not to the clause's verb
		return true
	}
	if p == "from" && !removalTypes[typ] {
		for j := k - 2; j >= 0 && k-j <= 3; j-- {
			if peopleNouns[sc.toks.w(j)] {
				return true
			}
		}
	}
	return false
}

// agentModifier reports whether the actor at token k is the name in a hyphenated participle
// before an event noun ("US-led air strikes", "Saudi-backed offensive"): the event's agent.
func (ts tokens) agentModifier(k int) bool {
	if !ts.hyphenJoins(k + 1) {
		return false
	}
	if w := ts.w(k + 2); !strings.HasSuffix(w, "ed") && w != "led" {
		return false
	}
	for j := k + 3; j < len(ts) && j <= k+5; j++ {
		if _, ok := evLex.nouns[ts.w(j)]; ok {
			return true
		}
		if ts[j].isActor() || prepositions[ts.w(j)] {
			return false
		}
	}
	return false
}

// victimOf reports whether the actor at token k (or the noun phrase it begins) is what an act of
// harm was done to: within a few words after "of" or "on" following a noun of harm ("the murder
// of UK citizen David Haines", "the arrest of", "the attack on"), with no "by" between.
func victimOf(sc *sentCtx, k int) bool {
	for j := k - 1; j > 0 && k-j <= 5; j-- {
		switch w := sc.toks.w(j); w {
		case "of", "on":
			return events.HarmNoun(sc.toks.w(j - 1))
		case ",", ";", "by", "and", "or":
			return false // "the murder of X by Y": Y did it
		default:
			if prepositions[w] {
				return false // "the killing of civilians during the Turkish operations"
			}
		}
	}
	return false
}

// circumstanceOf reports whether the actor at token k (or the noun phrase it begins) follows a
// complex preposition of circumstance: "in the wake of", "in the aftermath of", "in the face of",
// "in light of", "in spite of", "in the absence of", "in the name of".
func circumstanceOf(sc *sentCtx, k int) bool {
	j := sc.toks.wordBefore(k, "of", 3) // "in the wake of an Associated Press report"
	if j < 0 {
		return false
	}
	return circumstanceNouns[sc.toks.w(j-1)] && (sc.toks.w(j-2) == "in" || sc.toks.w(j-3) == "in" && sc.toks.w(j-2) == "the")
}

// wordBefore returns the token of word w among the n tokens before k, with no other actor
// between, or -1.
func (ts tokens) wordBefore(k int, w string, n int) int {
	for j := k - 1; j >= 0 && k-j <= n; j-- {
		switch {
		case ts.w(j) == w:
			return j
		case ts[j].isActor():
			return -1
		}
	}
	return -1
}

// circumstanceNouns head complex prepositions of circumstance ("in the wake of").
var circumstanceNouns = setOf("wake", "aftermath", "face", "light", "spite", "absence", "name")

// fightsAlongside reports whether the actor at token k is an armed group a private person fights
// "with" ("a British rapper now fighting with the Islamic State", "trying to fight with Somali
// terror group Al-Shabaab"): a volunteer joins the group; states and armed forces fight with
// their enemies.
func (sc *sentCtx) fightsAlongside(k int, subj argSet) bool {
	if sc.toks.wordBefore(k, "with", 4) < 0 || len(subj) == 0 || sc.actors[sc.toks[k].Actor].Type != newsgraph.Organization {
		return false // "with Somali terror group Al-Shabaab"
	}
	for _, s := range subj {
		if a := sc.actors[s]; a.Type != newsgraph.Person && a.Kind != "nationality" || a.Via != "" {
			return false // an office holder acts for a state ("a British rapper" is a private person)
		}
	}
	return true
}

// allyOf reports whether the actor at token k is named as someone's side rather than as the one
// acted on: "alongside X", "beside X", "on behalf of X", "on the side of X", "on X's side", "on
// the X side".
func allyOf(sc *sentCtx, k int) bool {
	j := k - 1
	if determiners[sc.toks.w(j)] && sc.toks.w(j) != "'s" {
		j--
	}
	switch p := sc.toks.w(j); {
	case p == "alongside" || p == "beside":
		return true
	case p == "of":
		return sc.toks.w(j-1) == "behalf" || sc.toks.w(j-1) == "side"
	case p == "on":
		n := k + 1
		if sc.toks.w(n) == "'s" {
			n++
		}
		return sc.toks.w(n) == "side"
	}
	return false
}

// borderOf reports whether the actor at token k names the country of a border: "the Thai
// border", "its border with Syria", "the Syrian-Turkish border".
func borderOf(sc *sentCtx, k int) bool {
	n := k + 1
	for n < len(sc.toks) && n-k <= 3 && (sc.toks[n].isActor() || sc.toks.w(n) == "-" || compassWords[sc.toks.w(n)]) {
		n++
	}
	if isBorder(sc.toks.w(n)) {
		return true
	}
	return sc.toks.w(k-1) == "with" && isBorder(sc.toks.w(k-2))
}

// inPlace reports whether the actor at token k follows "in", with or without a determiner or a
// word of direction ("in Syria", "in the country", "in eastern Ukraine").
func (ts tokens) inPlace(k int) bool {
	p := ts.w(k - 1)
	return p == "in" || (determiners[p] || compassWords[p]) && ts.w(k-2) == "in"
}

// namedState reports whether one of the actors in subj is a state named itself ("Russia"), not
// its people or one of its agents.
func (sc *sentCtx) namedState(subj argSet) bool {
	for _, a := range subj {
		if x := sc.actors[a]; x.Type == newsgraph.Country && x.Kind == "name" && x.Via == "" {
			return true
		}
	}
	return false
}

// fightingWords are the forms of "fight" and "battle", whose "in" phrase says where.
var fightingWords = setOf("fight", "fights", "fighting", "fought", "battle", "battles", "battling", "battled")

// compassWords name a part of a place by its direction.
var compassWords = setOf("eastern", "western", "northern", "southern", "central", "north", "south", "east",
	"west", "northeastern", "northwestern", "southeastern", "southwestern")

// fromPhrase reports whether the actor at token k follows "from", with or without a determiner.
func (ts tokens) fromPhrase(k int) bool {
	return ts.w(k-1) == "from" || determiners[ts.w(k-1)] && ts.w(k-2) == "from"
}

func isBorder(w string) bool {
	return w == "border" || w == "borders" || w == "frontier" || w == "boundary"
}

// objects returns the first actor (with actors coordinated with it) in the complement starting
// at p of an event of type typ, and the token after them: "attacked Gaza", "agreed to a deal with
// Britain", "visit Mauritania and Senegal". No entity of subj (the event's subject, nil when none
// is known yet) is an object, nor a "by X" agent after a verb (a passive verb's agent is found
// separately); with withOnly (a sense such as "clashed") only a partner after "with" is.
func (sc *sentCtx) objects(p int, typ string, subj argSet, withOnly bool) (argSet, int) {
	if sc.hints.pronounObject[p] {
		return nil, p + 1 // "support them to confront IS": whom the pronoun stands for, unknown
	}
	e := sc.objectEnd(p)
	near := -1 // a town the event is near, the object if no other party follows
	orNear := func(end int) (argSet, int) {
		if near >= 0 {
			return argSet{sc.toks[near].Actor}, near + 1
		}
		return nil, end
	}
	atMeeting := false // past "at the summit …": a place "in" after it is where it is held
	for k := p; k < e && k-p <= 16; k++ {
		t := sc.toks[k]
		if !t.isActor() {
			if k > p && sc.toks.isEventVerb(k) {
				return orNear(k)
			}
			if sc.toks.meetingAt(k) {
				atMeeting = true
			}
			if sc.partneredNoun(k, typ) {
				return nil, k
			}
			continue
		}
		if sc.notObject(k, p, typ, subj, withOnly, atMeeting) {
			continue
		}
		if nearPreps[sc.toks.w(k-1)] && (sc.actors[t.Actor].Place || sc.actors[t.Actor].Type == newsgraph.Location) {
			// "airstrikes near Kobani that destroyed IS positions": a town beside the event is
			// where, not whom, when another party follows; alone it stands for its country as
			// any town does ("struck a military site near Isfahan")
			if near < 0 {
				near = k
			}
			continue
		}
		if sc.toks.w(k-1) == "in" && len(subj) > 0 && sc.allPrivate(subj) {
			continue // "left his home to fight in Syria": where a private person acts, no party
		}
		return sc.toks.coordinatedActors(k, e)
	}
	return orNear(e)
}

// meetingAt reports whether token k is "at" before a meeting's noun ("at the summit", "at the
// Kabul conference"): a place "in" after it is where the meeting is held.
func (ts tokens) meetingAt(k int) bool {
	return ts.w(k) == "at" && (events.MeetingNoun(singular(ts.w(k+2))) || events.MeetingNoun(singular(ts.w(k+1))))
}

// partneredNoun reports whether token k is an event noun of another type than typ, not yet read,
// with its own partner after it: "hosts refugees in a partnership with the UN" is no hosting of
// the UN.
func (sc *sentCtx) partneredNoun(k int, typ string) bool {
	ns, noun := evLex.nouns[sc.toks[k].W]
	if !noun || sc.used[k] || ns.Type == typ || hypothetical[sc.toks.w(k-1)] {
		return false
	}
	n := sc.toks.w(k + 1)
	return n == "with" || n == "between" || n == "against"
}

// notObject reports whether the actor at token k, after the verb group ending at p, is no object
// of its event of type typ: an agent or a source, excluded, a possessive pronoun, the subject
// subj itself, where fighting is, where a journey began, who leads the event, an ally, not
// "with" where only a "with" phrase may name the partner (withOnly), a venue, or an opponent
// of the one supported.
func (sc *sentCtx) notObject(k, p int, typ string, subj argSet, withOnly, atMeeting bool) bool {
	t := sc.toks[k]
	if sc.toks.w(k-1) == "by" && !isEventNoun(sc.toks.w(k-2)) && !isPlainNoun(sc, k-2) || sc.toks.w(k-1) == "according" || sc.excluded(k, typ) || isPossessivePronoun(t, sc) || sameEntity(sc.actors, subj, t.Actor) {
		return true
	}
	if fightingWords[sc.toks.w(p-1)] && sc.toks.inPlace(k) && !sc.namedState(subj) {
		// "travelled to fight with extremist groups in Syria", "an end to fighting in eastern
		// Ukraine": where the fighting is, not whom it is against (the tree's fightsIn; a
		// state that sends troops to fight in a country fights it)
		return true
	}
	if motionVerbs[sc.toks.w(p-1)] && sc.toks.fromPhrase(k) {
		return true // "was returning from the White House to his vacation": where the journey began
	}
	if sc.toks.agentModifier(k) {
		// "joined US-led air strikes against X": who leads or backs the event is its
		// agent, beside the subject, not its target
		return true
	}
	if typ == "FIGHT" && sc.fightsAlongside(k, subj) {
		return true
	}
	if withOnly && sc.toks.w(k-1) != "with" && !(sc.toks.w(k-2) == "with" && determiners[sc.toks.w(k-1)]) && !(sc.toks.w(k-1) == "from" && armedNouns[sc.toks.w(k-2)] && sc.toks.w(k-3) == "with") {
		// "clashed with fighters from X": armed people from X stand for X; refugees do not
		return true
	}
	if prev := sc.toks.w(k - 1); (prev == "in" || prev == "at") && (typ == "CONSULT" || typ == "AGREE" && (sc.actors[t.Actor].Type == newsgraph.Location || atMeeting)) {
		return true // "resumed talks in Washington", "signed a deal in Riyadh": a venue, not a party
	}
	if sc.toks.w(k-1) == "against" && strings.HasSuffix(newsgraph.QuadClass(typ), "-coop") && typ != "CONCEDE" && typ != "RETREAT" {
		// "support local fighters against ISIL": the opponent, not the one supported; but
		// undoing a measure keeps its target ("lifted sanctions against Sudan")
		return true
	}
	return false
}

// coordinatedActors returns the actor at token k with the actors coordinated with it before
// token e ("Iraq and Syria", "Turkey, the neighbouring Syria"), and the token after them.
func (ts tokens) coordinatedActors(k, e int) (argSet, int) {
	set := argSet{ts[k].Actor}
	j := k + 1
	for j+1 < e {
		if c := ts.w(j); c == "and" || c == "," || c == "or" || c == "-" {
			n := j + 1
			if ts.w(n) == "the" || ts.w(n) == "neighboring" || ts.w(n) == "neighbouring" {
				n++
			}
			if ts.actorAt(n) >= 0 {
				set = append(set, ts.actorAt(n))
				j = n + 1
				continue
			}
		}
		break
	}
	return set, j
}

// nearPreps place an event beside or about a place rather than in it: a town they name is no
// party to the event where another party follows, though a town an event is in stands for its
// country (objects falls back on it when none follows).
var nearPreps = setOf("near", "around", "outside", "beside", "nearby")

// isPlainNoun guesses that token k is a noun: a lower-case word that is no verb form, no
// participle and no function word ("violations by the army", not "deemed unlawful by").
func isPlainNoun(sc *sentCtx, k int) bool {
	w := sc.toks.w(k)
	if w == "" || sc.toks[k].Cap || len(w) < 4 || isVerbForm(w) || isAdverb(w) || prepositions[w] || determiners[w] {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "ful") && !strings.HasSuffix(w, "ous")
}

// hypothetical words make an event noun a mere prospect: "for a possible war against Iraq".
var hypothetical = setOf("possible", "potential", "planned", "proposed", "future", "eventual", "threatened", "likely")

func isEventNoun(w string) bool {
	_, ok := evLex.nouns[w]
	return ok || w == "proposal" || w == "offer" || w == "plan" || w == "ultimatum"
}

// isPossessivePronoun reports whether an actor token is a pronoun the entity stage resolved
// ("its", "their"): it modifies the object rather than being it.
func isPossessivePronoun(t tok, sc *sentCtx) bool {
	switch sc.actors[t.Actor].Text {
	case "its", "their", "his", "her", "Its", "Their", "His", "Her":
		return true
	}
	return false
}

// sameEntity reports whether actor a is the entity of one of the actors subj named directly (not
// through a person standing for it).
func sameEntity(actors []evActor, subj argSet, a int) bool {
	for _, s := range subj {
		if actors[s].EntityID == actors[a].EntityID && actors[s].Via == "" {
			return true
		}
	}
	return false
}

// between returns the two parties of "between X and Y" starting within a few tokens of p (only
// modifiers may come between), and the token after Y; x is -1 when there is none.
func (sc *sentCtx) between(p, e int) (int, int, int) {
	for k := p; k < e && k-p <= 3; k++ {
		if w := sc.toks.w(k); w != "between" {
			if _, noun := evLex.nouns[w]; noun || prepositions[w] || sc.toks[k].isActor() {
				return -1, -1, p
			}
			continue
		}
		x, y, and := -1, -1, false
		j := k + 1
		for ; j < e && j-k <= 12; j++ {
			if w := sc.toks.w(j); w == "and" {
				and = x >= 0
				continue
			} else if w == ";" || w == "between" || prepositions[w] && w != "of" {
				break
			}
			a := sc.toks.actorAt(j)
			if a < 0 || isPossessivePronoun(sc.toks[j], sc) {
				continue
			}
			if x < 0 {
				x = a
			} else if and && a != x {
				y = a
				break
			}
		}
		if x >= 0 && y >= 0 {
			return x, y, j + 1
		}
		return -1, -1, k
	}
	return -1, -1, p
}

// allPrivate reports whether every actor of set is a person the entity stage named with no
// office or state (privatePerson).
func (sc *sentCtx) allPrivate(set argSet) bool {
	for _, a := range set {
		if a < 0 || !sc.st.privatePerson(sc.actors[a]) {
			return false
		}
	}
	return true
}
