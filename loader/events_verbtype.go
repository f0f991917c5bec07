package loader

import "newsgraph"

// The type, status and subject of a verb's event.

// lightEvent reads the event noun a light or reversing verb governs ("held talks", "lifted the
// embargo") and returns the event's type and the token its objects start at. The noun gives the
// type (lightType), the mode, and an object before it ("gave Tanzania a grant") or after it; a
// verb that needs a noun and has none falls back on the control verb before it. ok is false when
// no event is left: the verb has no noun to act on, or it ends an agreement (endLastDeal).
func (r *verbReading) lightEvent() (typ string, objStart int, ok bool) {
	sc := r.sc
	if r.final.Role != roleLight && r.final.Role != roleReverse {
		return r.final.Type, r.finalEnd, true
	}
	k, ns, found := r.eventNounAfter(r.finalEnd)
	if !found {
		if r.final.NeedsNoun && !r.popControl() {
			return "", 0, false
		}
		return r.final.Type, r.finalEnd, true
	}
	for x := r.finalEnd; x <= k; x++ {
		if !sc.toks[x].isActor() {
			sc.used[x] = true
		}
	}
	if ns.Mode != "" {
		r.ev.mode = ns.Mode
	}
	r.ev.rule += " + noun " + sc.toks.w(k)
	r.ev.nounType = ns.Type
	typ, ended := lightType(r.final, ns, r.ev)
	if w := sc.toks.w(k); typ == "PROTEST" && (w == "strike" || w == "strikes") && r.clauseBeforeHas(isMilitaryWord) {
		typ = "FIGHT" // "troops carried out strikes on X": military strikes, not a labour protest
	}
	if ns.Mode == "mediation" {
		r.final.Role = roleMediate
	}
	if ended {
		sc.endLastDeal()
		return "", 0, false
	}
	if o, _ := sc.objects(r.finalEnd, typ, nil, false); len(o) > 0 && sc.actorTok[o[0]] < k {
		return typ, r.finalEnd, true
	}
	return typ, k + 1, true
}

// lightType returns the type of the event the light or reversing verb of sense final makes of
// the event noun ns, and whether the verb ends an agreement. A light verb takes the noun's type
// (but "voiced criticism" stays DISAPPROVE); a reversing one undoes it (reverseOf). ev is made
// mutual where the noun's event is: talks, a deal, cooperation, fighting ("ended their war").
func lightType(final verbSense, ns nounSense, ev *eventInfo) (string, bool) {
	switch {
	case final.Role == roleLight && final.Type == "DISAPPROVE":
		return final.Type, false
	case final.Role == roleLight:
		ev.mutual = ev.mutual || ns.Type == "AGREE" || ns.Type == "CONSULT" || ns.Type == "COOPERATE" || ns.Type == "FIGHT"
		return ns.Type, false
	}
	if ns.Mode == "visit" {
		// ending a visit, or cutting it short, is the visit made; cancelling, scrapping or
		// halting one rejects it (the manual: "Cancellation of meetings are REJECT")
		if final.Lemma == "end" || final.Lemma == "cut" {
			return ns.Type, false
		}
		return "REJECT", false
	}
	typ, ended := reverseOf(ns, final.Type)
	ev.mutual = ev.mutual || ns.Type == "FIGHT" || ns.Type == "WAR"
	return typ, ended
}

// status decides the type and status of the event from the control verbs (applyControls) and the
// modality of the verb group: a negation turns the type to its opposite, "will" makes it
// proposed (a threat with "unless"), "may" makes it a possibility, else the aspect decides. ok
// is false when no event is left: a control with no type, a negation with no opposite, an
// obligation.
func (r *verbReading) status(typ string) (string, bool) {
	ev, mod := r.ev, r.mod
	typ, ev.status = applyControls(typ, r.controls, r.final)
	if typ == "" && r.final.Role != roleDeport && r.final.Role != rolePay {
		return "", false
	}
	if mod.neg {
		typ = negated(typ)
		if typ == "" {
			return "", false
		}
		ev.status, ev.confidence = "", 0.6
	}
	if mod.must {
		return "", false // an obligation is not a fact (a reported one is a DEMAND, see report)
	}
	if mod.future && ev.status == "" && !mod.neg {
		typ = intended(typ, r.sc.toks.hasWord("unless"))
		ev.status = newsgraph.Proposed
	}
	if mod.maybe {
		ev.status, ev.confidence = newsgraph.Proposed, 0.5
	}
	if ev.status == "" {
		ev.status = r.sc.toks.aspectStatus(r.g, r.i, typ)
	}
	return typ, true
}

// subject returns the subject of the verb group and its reporter (sentCtx.subject). An
// infinitive after a noun, with no control verb leading to it, has the noun's owner as subject:
// "a U.S. effort to mediate", "Israel's plan to annex".
func (r *verbReading) subject() (argSet, int) {
	sc, g := r.sc, r.g
	subj, rep := sc.subject(g)
	if sc.toks.w(g) == "to" && len(r.controls) == 0 && g > 0 && !sc.toks[g-1].isActor() {
		if m := r.modifierOf(g - 1); m >= 0 {
			subj = argSet{m}
		}
	}
	return subj, rep
}

// modifierOf returns the actor modifying the noun at k ("a U.S. effort", "Rwanda's plan"), or -1.
func (r *verbReading) modifierOf(k int) int {
	sc := r.sc
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		if a := sc.toks.actorAt(j); a >= 0 {
			return a
		}
		w := sc.toks.w(j)
		if w != "'s" && (prepositions[w] || w == "," || determiners[w] || isVerbForm(w)) {
			return -1
		}
	}
	return -1
}

// speakerFor returns the subject of the reporting verb at rep ("X said Y attacked Z": X) when it
// is not subj's first actor, or -1 (also when rep is -1).
func (r *verbReading) speakerFor(rep int, subj argSet) int {
	if rep < 0 {
		return -1
	}
	if s, _ := r.sc.subject(r.sc.toks.verbGroupStart(rep)); len(s) > 0 && (len(subj) == 0 || s[0] != subj[0]) {
		return s[0]
	}
	return -1
}

// conditional reports whether the verb's clause is a condition ("if", "unless", "whether"): no
// fact.
func (r *verbReading) conditional() bool {
	cs, _ := r.sc.clauseStart(r.g)
	if cs <= 0 {
		return false
	}
	p := r.sc.toks.w(cs - 1)
	return p == "if" || p == "unless" || p == "whether"
}

// militaryVerbs are the ASSAULT verbs that armed forces' use makes FIGHT.
var militaryVerbs = setOf("killed", "kills", "kill", "killing", "attacked", "attacks", "attack", "attacking",
	"bombed", "bombs", "bomb", "bombing", "shot", "shoot", "shoots", "shooting", "wounded", "wounding")

// militaryWords name armed forces.
var militaryWords = setOf("aircraft", "troops", "forces", "army", "soldiers", "jets", "warplanes", "gunships",
	"helicopters", "navy", "artillery", "tanks", "military", "warships", "drones", "fighter", "paratroopers",
	"marines", "air", "planes", "bombers")

// isMilitaryWord reports whether w is one of militaryWords.
func isMilitaryWord(w string) bool { return militaryWords[w] }

// isAgreementNoun reports whether w names an agreement: an event noun of type AGREE.
func isAgreementNoun(w string) bool {
	ns, ok := evLex.nouns[w]
	return ok && ns.Type == "AGREE"
}

// clauseBeforeHas reports whether the clause before the verb group has a word for which has is
// true: armed forces (isMilitaryWord), an agreement (isAgreementNoun).
func (r *verbReading) clauseBeforeHas(has func(string) bool) bool {
	cs, _ := r.sc.clauseStart(r.g)
	for k := cs; k < r.g; k++ {
		if has(r.sc.toks.w(k)) {
			return true
		}
	}
	return false
}
