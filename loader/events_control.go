package loader

// Control verbs, light verbs and modality: what a verb governs and how that changes the event.

import (
	"newsgraph"
)

// senseAt returns the sense of the verb at i among vs and the token after the verb and its
// particle: a sense whose particle follows (particleSense); for an announcement of a measure, a
// light verb taking its noun ("announced a suspension of air links"); before another verb, a
// control sense; else the first plain sense (plainSense), unless "up" follows and no sense has it.
// ok is false when vs has none that fits.
func (r *verbReading) senseAt(i int, vs []verbSense) (sense verbSense, end int, ok bool) {
	sc := r.sc
	if s, e, found := r.particleSense(i, vs); found {
		return s, e, true
	}
	report := sc.toks.isReport(i)
	if report && sc.toks.w(i+1) != "that" && announceVerbs[sc.toks.w(i)] {
		// "Italy announced a suspension of air links": the announcement is the act
		if k, _, found := r.eventNounAfter(i + 1); found && k-i <= 4 && r.onlyModifiers(i+1, k) {
			return verbSense{Role: roleLight, NeedsNoun: true}, i + 1, true
		}
	}
	if sc.toks.w(i+1) == "up" {
		// "ended up in the hands of IS", "showed up": with "up" after it a verb is another
		// verb, which the lexicon would list with its particle (particleSense)
		return verbSense{}, i + 1, false
	}
	n := i + 1
	if sc.toks.w(n) == "to" {
		n++
	}
	if len(evLex.verbs[sc.toks.w(n)]) > 0 {
		for _, s := range vs {
			if s.Particle == "" && isControl(s) {
				return s, i + 1, true
			}
		}
	}
	if sc.toks.w(i+1) == "to" && sc.toks.bareInfinitiveAt(i+2) {
		// "is seeking to roll back IS's gains": with an infinitive the verb only tries, though
		// the verb it governs is none the lexicon knows; alone it asks ("sought aid")
		for _, s := range vs {
			if s.Particle == "" && s.Type == "" && s.Role == roleAspect {
				return s, i + 1, true
			}
		}
	}
	s, ok := plainSense(vs, report)
	return s, i + 1, ok
}

// bareInfinitiveAt reports whether the token at k may be the verb of a to-infinitive: a
// lower-case word that is no determiner, number, adverb or actor ("to roll back", not "to the
// United Nations").
func (ts tokens) bareInfinitiveAt(k int) bool {
	if k >= len(ts) || ts[k].isActor() || ts[k].Cap {
		return false
	}
	w := ts.w(k)
	return w != "" && evWordByte(w[0]) && !determiners[w] && !isAdverb(w) && !prepositions[w] && (w[0] < '0' || w[0] > '9')
}

// particleSense returns the first sense of vs whose particle follows the verb at i, with the
// token after the particle: right after it ("called off"), after a day ("called Monday off"),
// or, for "out" and "off", after a short object ("forced the UN agency out").
func (r *verbReading) particleSense(i int, vs []verbSense) (verbSense, int, bool) {
	sc := r.sc
	for _, s := range vs {
		if s.Particle != "" && sc.toks.w(i+1) == s.Particle {
			return s, i + 2, true
		}
		if s.Particle != "" && sc.toks.w(i+2) == s.Particle && (isWeekday(sc.toks.w(i+1)) || sc.toks.w(i+1) == "today" || sc.toks.w(i+1) == "yesterday") {
			return s, i + 3, true
		}
		if s.Particle == "out" || s.Particle == "off" {
			for k := i + 2; k < len(sc.toks) && k-i <= 8; k++ {
				if sc.toks.w(k) == s.Particle && (sc.toks.actorAt(k-1) >= 0 || sc.toks.w(k-1) == ",") {
					return s, i + 1, true
				}
				if sc.toks.isEventVerb(k) || sc.toks.w(k) == ";" {
					break
				}
			}
		}
	}
	return verbSense{}, 0, false
}

// plainSense returns the sense of a verb among vs that has no particle: a reporting one where
// the verb reports (report), else the first other one; failing those, any reporting sense. ok
// is false when there is none.
func plainSense(vs []verbSense, report bool) (verbSense, bool) {
	first := -1
	for k, s := range vs {
		if s.Particle != "" {
			continue
		}
		if s.Role == roleReport {
			if report {
				return s, true
			}
			continue
		}
		if first < 0 {
			first = k
		}
	}
	if first >= 0 {
		return vs[first], true
	}
	for _, s := range vs {
		if s.Role == roleReport {
			return s, true
		}
	}
	return verbSense{}, false
}

// modality is what the verb group says about an event.
type modality struct {
	future, maybe, must, neg, passive, infinitive, willing bool
	// reduced is a passive participle after its noun: "migrants deported by the government".
	reduced bool
}

// modality reads what the verb group from g says of the event of the verb at i: future, possible,
// obliged, negated, an infinitive, willing, passive (a participle after a form of "be"), or a
// reduced passive ("migrants deported by the government").
func (r *verbReading) modality(g, i int) modality {
	sc := r.sc
	var m modality
	for k := g; k < i; k++ {
		w := sc.toks.w(k)
		switch {
		case futureAux[w]:
			m.future = true
		case maybeAux[w]:
			m.maybe = true
		case mustAux[w]:
			m.must = true
		case negWords[w], w == "yet" && sc.toks.w(k+1) == "to":
			m.neg = true // "has yet to announce"
		case w == "to":
			m.infinitive = true
		case willingWords[w]:
			m.willing = true
		}
		if beForms[w] && w != "'s" || getForms[w] && k == i-1 {
			m.passive = true // "was shot", and "got shot" right before the participle
		}
	}
	vw := sc.toks.w(i)
	participle := len(vw) > 2 && vw[len(vw)-2:] == "ed" || irregularPast(vw)
	if !participle || vw == "engaged" {
		m.passive = false // "were engaged in fighting" is active
	}
	if m.passive && (sc.toks.w(i+1) == "to" && !passiveControl[vw]) {
		// "was prepared to", "is committed to": an adjective, not a passive ("was forced to",
		// "was not permitted to shake his hand" are passives: someone else forced or permitted)
		m.passive = false
	}
	if !m.passive && participle && i > 0 && !sc.toks[i-1].isActor() && !auxWords[sc.toks.w(i-1)] && sc.toks.reducedRelative(i) {
		m.passive, m.reduced = true, true // a reduced relative: "migrants deported by the government"
	}
	return m
}

// passiveControl are the participles of verbs that have someone else act ("forced X to", "asked X
// to", "allowed X to"): before "to" still passives, unlike "prepared to" or "committed to".
var passiveControl = setOf("forced", "permitted", "allowed", "asked", "told", "ordered", "urged",
	"invited", "required", "compelled", "authorized", "authorised", "instructed", "pressured",
	"pressed", "encouraged", "barred", "banned", "forbidden")

// implicativeControl are the passiveControl participles whose complement, unless negated, did
// happen: "was forced to resign" (he resigned), "was allowed to enter Kenya" (he entered).
var implicativeControl = setOf("forced", "compelled", "permitted", "allowed", "authorized", "authorised")

// reducedRelative reports whether the participle at i, after a noun, is a passive one hung on
// it: its agent follows after "by", perhaps after a time ("schoolgirls kidnapped earlier this
// year by Boko Haram"), or, after a comma, a preposition follows where an object would
// ("10 Chinese workers, kidnapped in Cameroon", "Alan Gross, jailed for attempts to …").
func (ts tokens) reducedRelative(i int) bool {
	for k := i + 1; k < len(ts) && k <= i+5; k++ {
		w := ts.w(k)
		if w == "by" {
			return k == i+1 || !isVerbForm(ts.w(k+1)) // not "retaliated last week by expelling"
		}
		if !isAdverb(w) && !timeWords[w] && !isWeekday(w) && !isNum(w) {
			break
		}
	}
	switch ts.w(i + 1) {
	case "in", "at", "near", "on", "from", "during", "outside", "inside", "last", "earlier", "for", "after", "over", "without", "under":
		for _, s := range evLex.verbs[ts.w(i)] {
			if s.Particle == ts.w(i+1) {
				return false // "Mohammad al-Jihad, called on the United States to …"
			}
		}
		return ts.w(i-1) == ","
	}
	return false
}

// timeWords make up a time between a participle and its agent ("earlier this year").
var timeWords = setOf("earlier", "later", "last", "this", "that", "year", "month", "week", "day", "night",
	"ago", "years", "months", "weeks", "days", "morning", "evening", "afternoon", "today", "yesterday", "in", "on")

func isControl(s verbSense) bool {
	switch s.Role {
	case roleIntent, roleThreat, roleRefuse, roleAspect, roleDemand, roleDeny:
		return true
	}
	return false
}

// governed finds the verb a control verb of role governs, starting at p: "to V", "X to V" (for
// demands, with X returned), "that X V"; -1 when there is none.
func (r *verbReading) governed(p int, role verbRole) (int, argSet) {
	sc := r.sc
	k := p
	for k < len(sc.toks) && k-p < 3 && (isAdverb(sc.toks.w(k)) || sc.toks.w(k) == "on" && role != roleDemand) {
		k++
	}
	if sc.toks.w(k) == "to" && len(evLex.verbs[sc.toks.w(k+1)]) > 0 {
		return k + 1, nil
	}
	if role == roleDemand || role == roleDeny {
		var obj argSet
		e := sc.objectEnd(p)
		that := sc.toks.w(k) == "that"
		if that {
			k++
			e = len(sc.toks)
		}
		for j := k; j < e && j-k <= 10 && j < len(sc.toks); j++ {
			if a := sc.toks.actorAt(j); a >= 0 && len(obj) == 0 && !isPossessivePronoun(sc.toks[j], sc) {
				obj = argSet{a}
				continue
			}
			w := sc.toks.w(j)
			if (w == "to" || mustAux[w] || futureAux[w]) && len(evLex.verbs[sc.toks.w(j+1)]) > 0 && (len(obj) > 0 || w == "to" && role == roleDemand) {
				return j + 1, obj // "urged Bolivia to …", "called on Arab states to boycott Israel"
			}
			// "demanded that the US cancel …": a bare verb after its subject
			_, isNoun := evLex.nouns[w]
			if len(obj) > 0 && len(evLex.verbs[w]) > 0 && (!isNoun || sc.toks.verbContext(j)) &&
				(sc.toks.verbContext(j) || sc.toks.actorAt(j-1) >= 0 && w[len(w)-1] != 's') {
				return j, obj
			}
		}
		if len(obj) > 0 && role == roleDemand {
			return -1, obj
		}
		if that && role == roleDemand {
			// "demanded that its partners refuse …": the demanded act is no fact
			for j := k; j < len(sc.toks) && j < sc.attr; j++ {
				sc.used[j] = true
			}
		}
	}
	return -1, nil
}

// eventNounAfter finds the event noun a light verb governs within a few words: "held their
// first talks", "imposed a curfew", "provide 25,000 tons of food aid".
func (r *verbReading) eventNounAfter(p int) (int, nounSense, bool) {
	sc := r.sc
	e := sc.objectEnd(p)
	for k := p; k < e && k-p <= 8; k++ {
		w := sc.toks.w(k)
		if ns, ok := sc.nounAt(k); ok && !(w == "call" || w == "calls") {
			// the head of a compound: "an arms embargo" is an embargo
			for k+1 < e {
				n2, ok2 := sc.nounAt(k + 1)
				if !ok2 {
					break
				}
				k, ns = k+1, n2
			}
			return k, ns, true
		}
		if k == p && sc.toks[k].isActor() && sc.toks.w(k+1) == "with" {
			k++ // "provide Ukraine with medical supplies": the recipient, then the thing given
			continue
		}
		if k > p && sc.toks.isEventVerb(k) || w == "," || prepositions[w] && w != "of" || sc.toks[k].isActor() && sc.toks.w(k+1) != "'s" && k+1 < e && determiners[sc.toks.w(k+1)] == false && !isAdjectiveLike(sc.toks.w(k+1)) {
			break
		}
	}
	return 0, nounSense{}, false
}

// onlyModifiers reports whether tokens [a, b) may all modify a noun (determiners, adjectives,
// numbers, actors): "announced a new round of", not "said they would".
func (r *verbReading) onlyModifiers(a, b int) bool {
	sc := r.sc
	for k := a; k < b; k++ {
		w := sc.toks.w(k)
		if sc.toks[k].isActor() || determiners[w] && w != "'s" || isNum(w) {
			continue
		}
		if subjPronouns[w] || isVerbForm(w) || prepositions[w] && w != "of" || w == "," {
			return false
		}
	}
	return true
}

// isAdjectiveLike reports whether w may stand between an actor and the noun it modifies.
func isAdjectiveLike(w string) bool {
	_, noun := evLex.nouns[w]
	return noun || isAdverb(w) || isNum(w) || w == "-" || w == "military" || w == "economic" || w == "new" || w == "official" || w == "humanitarian" || w == "emergency" || w == "food" || w == "financial"
}

// reverseOf returns the type of undoing a measure: lifting a restriction is a concession,
// withdrawing troops a retreat, cutting aid or ties a sanction; scrapping a deal ends it.
func reverseOf(ns nounSense, verbType string) (string, bool) {
	switch {
	case ns.Type == "AGREE":
		return "", true
	case ns.Type == "SANCTION":
		return "RETREAT", false // economic sanctions eased: CAMEO2PLOVER 085
	case ns.Restrictive:
		return "CONCEDE", false // administrative ones (curfew, ban): 081
	case ns.Type == "MOBILIZE" || ns.Type == "FIGHT":
		return "RETREAT", false
	case ns.Type == "AID" || ns.Type == "SUPPORT" || ns.Type == "COOPERATE" || ns.Type == "CONSULT" || ns.Type == "INVESTIGATE":
		return "SANCTION", false
	}
	return verbType, false
}

// endLastDeal marks the last agreement of the article ENDED ("scrapped the deal").
func (sc *sentCtx) endLastDeal() {
	for i := len(sc.out) - 1; i >= 0; i-- {
		if sc.out[i].Type == "AGREE" {
			sc.out[i].Status = newsgraph.Ended // the deal this sentence names
			return
		}
	}
	st := sc.st
	if !st.hasDeal || st.lastDeal >= len(st.d.Relations) {
		return
	}
	st.d.Relations[st.lastDeal].Status = newsgraph.Ended
}

// report reads the reporting verb at i (its complement from end) as "X said Y must V": a DEMAND
// by X on Y.
func (r *verbReading) report(i, end int) {
	sc := r.sc
	e := len(sc.toks)
	for k := end; k < e && k-end <= 14; k++ {
		w := sc.toks.w(k)
		if w == ";" || sc.toks.isReport(k) && k > end {
			return
		}
		if !mustAux[w] && !(w == "has" || w == "have") || w == "has" && sc.toks.w(k+1) != "to" || w == "have" && sc.toks.w(k+1) != "to" {
			continue
		}
		inner, _ := sc.subject(k)
		if len(inner) == 0 {
			return
		}
		speaker, _ := sc.subject(sc.toks.verbGroupStart(i))
		if len(speaker) == 0 && sc.speaker >= 0 {
			speaker = argSet{sc.speaker}
		}
		ev := &eventInfo{trigger: i, confidence: 0.7, speaker: -1, status: newsgraph.Proposed, rule: wordRule("demand", sc.toks.w(i), w)}
		sc.emitAll("DEMAND", speaker, inner, ev)
		return
	}
}
