package loader

import "newsgraph"

// The arguments of a verb's event, and its emission.

// demand emits the event of a demand ("urged Bolivia to withdraw") on who it is made of, or on
// the governed verb's objects; what is demanded has not happened, so its complement is marked
// used.
func (r *verbReading) demand(typ string, subj argSet) {
	sc := r.sc
	objs := r.demandObj
	if r.mod.passive {
		// "Kenya was urged by the UN to withdraw": the agent demands of the subject; with no
		// agent ("he was asked to meet X") who demanded is not told
		sc.markUsed(r.finalEnd, sc.objectEnd(r.finalEnd))
		if len(objs) == 0 || sc.toks.w(r.i+1) != "by" {
			return
		}
		subj, objs = objs, subj
	}
	if len(objs) == 0 {
		objs, _ = sc.objects(r.finalEnd, typ, nil, false)
	}
	sc.markUsed(r.finalEnd, sc.objectEnd(r.finalEnd))
	sc.emitAll(typ, subj, objs, r.ev)
	sc.lastSubj = subj
}

// arguments finds the objects of the event of type typ (from objStart) and emits it from subj
// (or, for a passive, from its agent). A threat with no object names its target in its condition;
// what an accusation, demand, refusal, threat or support is about is no fact of its own and is
// marked used.
func (r *verbReading) arguments(typ string, subj argSet, objStart int) {
	sc := r.sc
	clauseSubj := subj // never an object, even when a passive's agent becomes the subject
	var objs argSet
	objEnd := -1
	ok := false
	if r.mod.passive {
		subj, objs, ok = r.passiveArgs(subj)
	} else {
		typ, objs, objEnd, ok = r.activeArgs(typ, subj, objStart)
	}
	if !ok {
		return
	}
	if len(objs) == 0 && typ == "THREATEN" {
		objs = r.threatTarget(objStart, typ, clauseSubj)
	}
	switch typ {
	case "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SUPPORT":
		if len(objs) > 0 {
			objEnd = sc.objectEnd(objStart)
		}
	}
	sc.markUsed(objStart, objEnd)
	if len(objs) == 0 && len(subj) == 1 && sc.toks.w(objStart) == "each" && sc.toks.w(objStart+1) == "other" {
		return
	}
	sc.emitAll(typ, subj, objs, r.ev)
	sc.lastSubj = subj
}

// passiveArgs returns the subject and objects of a passive verb's event: its agent ("by X")
// acts on its grammatical subject subj, or, for a reduced participle, on the actor right before
// it ("migrants deported by X"). With no agent, a custody verb's is the country it happened in
// ("was arrested in Lebanon"). ok is false when nothing is left to emit: no agent, or a
// deportation, emitted here as DEPORTS_TO.
func (r *verbReading) passiveArgs(subj argSet) (agent, objs argSet, ok bool) {
	sc := r.sc
	agent = r.agent(r.finalEnd)
	if len(agent) == 0 && custodyVerbs[sc.toks.w(r.i)] {
		if a := r.prepObject(r.finalEnd, "in"); a >= 0 && sc.actors[a].Type == newsgraph.Country {
			agent = argSet{a}
		}
	}
	if len(agent) == 0 || r.final.Role == roleDeport && r.prepObject(r.finalEnd, "to") < 0 {
		return nil, nil, false
	}
	if r.mod.reduced {
		subj = nil
		for k := r.i - 1; k >= 0 && r.i-k <= 2; k-- {
			if a := sc.toks.actorAt(k); a >= 0 {
				subj = argSet{a}
				break
			}
		}
	}
	if r.final.Role == roleDeport {
		for _, a := range agent {
			sc.emit("DEPORTS_TO", a, r.prepObject(r.finalEnd, "to"), r.ev)
		}
		return nil, nil, false
	}
	return agent, subj, true
}

// agent returns the actors after "by" in the complement starting at p (a passive's agent),
// before any comma.
func (r *verbReading) agent(p int) argSet {
	sc := r.sc
	e := sc.objectEnd(p)
	for k := p; k < e && k-p <= 12; k++ {
		if sc.toks.w(k) == "," {
			return nil // "Foley, captured in 2012, has been beheaded by ISIS": another verb's
		}
		if sc.toks.w(k) != "by" {
			continue
		}
		for j := k + 1; j < e && j-k <= 4; j++ {
			if a := sc.toks.actorAt(j); a >= 0 {
				return argSet{a}
			}
		}
		return nil
	}
	return nil
}

// activeArgs returns the type and objects of an active verb's event from objStart, and where the
// objects end (-1 when nothing after them is to be marked used): a mediation's parties; a
// payment's recipient ("to X"), as PAYS (compensation also emits a RETREAT); else the first
// actors of the complement. ok is false for a deportation, emitted here as DEPORTS_TO.
func (r *verbReading) activeArgs(typ string, subj argSet, objStart int) (string, argSet, int, bool) {
	sc := r.sc
	switch r.final.Role {
	case roleMediate:
		r.ev.mode = "mediation"
		return typ, r.mediationParties(objStart, typ, subj), -1, true
	case roleDeport:
		if y := r.prepObject(objStart, "to"); y >= 0 {
			for _, s := range subj {
				sc.emit("DEPORTS_TO", s, y, r.ev)
			}
		}
		sc.lastSubj = subj
		return typ, nil, -1, false
	case rolePay:
		var objs argSet
		if y := r.prepObject(objStart, "to"); y >= 0 {
			objs = argSet{y}
		} else {
			objs, _ = sc.objects(objStart, typ, subj, r.final.WithOnly)
		}
		if sc.toks.hasWord("compensation") || sc.toks.hasWord("reparations") {
			sc.emitAll("RETREAT", subj, objs, r.ev)
		}
		return "PAYS", objs, -1, true
	}
	objs, objEnd := sc.objects(objStart, typ, subj, r.final.WithOnly)
	return typ, objs, objEnd, true
}

// mediationParties returns the parties of a mediation: "between X and Y" in the complement from
// p, else its first actors other than the mediator subj.
func (r *verbReading) mediationParties(p int, typ string, subj argSet) argSet {
	e := r.sc.objectEnd(p)
	for k := p; k < e; k++ {
		if x, y, _ := r.sc.between(k, e); x >= 0 {
			return argSet{x, y}
		}
	}
	objs, _ := r.sc.objects(p, typ, subj, r.final.WithOnly)
	return objs
}

// threatTarget returns the target a threat names in its condition, after the first "if" or
// "unless" from p, other than the threat's subject subj: "… if the United States goes ahead"; nil
// when there is none.
func (r *verbReading) threatTarget(p int, typ string, subj argSet) argSet {
	for k := p; k < r.sc.attr; k++ {
		if w := r.sc.toks.w(k); w == "if" || w == "unless" {
			o, _ := r.sc.objects(k+1, typ, subj, r.final.WithOnly)
			return o
		}
	}
	return nil
}

// prepObject returns the first actor after the preposition p in the complement from k, or -1.
func (r *verbReading) prepObject(k int, p string) int {
	sc := r.sc
	e := sc.objectEnd(k)
	for j := k; j < e && j-k <= 14; j++ {
		if sc.toks.w(j) == p {
			for x := j + 1; x < e && x-j <= 4 && !phrasePreps[sc.toks.w(x)]; x++ {
				if a := sc.toks.actorAt(x); a >= 0 {
					return a
				}
			}
		}
	}
	return -1
}

// phrasePreps open a phrase of their own after p: in "trying to come in from Mexico" "in" is a
// particle and Mexico where the operatives came from, not where they were detained ("of" only
// continues the phrase: "in the capital of Lebanon").
var phrasePreps = setOf("from", "to", "into", "with", "by", "at", "on", "for", "after", "before", "over", "across")

// betweenAfter reports whether the complement from p names two parties with "between X and Y".
func (r *verbReading) betweenAfter(p int) bool {
	e := r.sc.objectEnd(p)
	for k := p; k < e && k-p <= 6; k++ {
		if x, _, _ := r.sc.between(k, e); x >= 0 {
			return true
		}
	}
	return false
}

// emitAll emits typ from every subject to every object; with no object, a mutual event between
// coordinated subjects ("X and Y agreed"), but for a proposal ("Egypt, Qatar and the United
// States have proposed a new plan": proposed together, to no one named).
func (sc *sentCtx) emitAll(typ string, subj, objs argSet, ev *eventInfo) {
	if len(objs) == 0 {
		agreed := typ == "AGREE" && ev.status != newsgraph.Proposed
		if len(subj) >= 2 && (ev.mutual || agreed || typ == "CONSULT" || typ == "FIGHT" || typ == "COOPERATE") {
			ev.mutual = true
			for a := 0; a < len(subj); a++ {
				for b := a + 1; b < len(subj); b++ {
					sc.emit(typ, subj[a], subj[b], ev)
				}
			}
		}
		return
	}
	for _, s := range subj {
		for _, o := range objs {
			sc.emit(typ, s, o, ev)
		}
	}
}

// hasWord reports whether the sentence has the word w.
func (ts tokens) hasWord(w string) bool {
	for _, t := range ts {
		if t.W == w {
			return true
		}
	}
	return false
}

// markUsed marks the tokens [from, to) used: read as part of an event, no trigger of their own.
func (sc *sentCtx) markUsed(from, to int) {
	for k := from; k < to && k < len(sc.used); k++ {
		sc.used[k] = true
	}
}
