package loader

import "newsgraph"

// nounEvent reads an event named by a noun that no verb took: "the war between Rwanda and
// Congo", "talks with the United States", "U.S.-Soviet talks", "Israel's attack on Gaza". A noun
// with no partner named beside it is no event: that keeps co-mentioned actors apart.
func (sc *sentCtx) nounEvent(k int, ns nounSense) {
	typ := ns.Type
	if typ == "WAR" {
		typ = "FIGHT"
	}
	switch ns.Type {
	case "arms", "troops":
		return
	}
	if ns.Type == "MOBILIZE" && (sc.w(k) == "troops" || sc.w(k) == "forces") || sc.w(k) == "arms" || sc.w(k) == "weapons" || sc.w(k) == "measures" || sc.w(k) == "compensation" || sc.w(k) == "reparations" {
		return
	}
	e := sc.objectEnd(k + 1)
	ev := &eventInfo{trigger: k, confidence: 0.7, mode: ns.Mode, speaker: -1}
	if sc.ongoingAround(k) {
		ev.status = newsgraph.Ongoing
	}
	if hypothetical[sc.w(k-1)] {
		ev.status, ev.confidence = newsgraph.Proposed, 0.5
	}
	// "the talks are still ongoing": the status of the last such event of the article
	if (sc.w(k-1) == "these" || sc.w(k-1) == "the" || sc.w(k-1) == "those") && ev.status == newsgraph.Ongoing {
		sc.updateLast(typ, newsgraph.Ongoing)
	}
	if x, y, next := sc.between(k+1, e); x >= 0 {
		for j := k; j < next && j < len(sc.used); j++ {
			sc.used[j] = true
		}
		if ns.Mode == "mediation" {
			if m := sc.nounSubject(k); len(m) > 0 {
				sc.emitAll("CONSULT", m, argSet{x, y}, ev)
			}
			return
		}
		ev.mutual = true
		sc.emit(typ, x, y, ev)
		return
	}
	// "U.S.-Soviet talks", "Israeli-Palestinian talks"
	if a, b := sc.pairBefore(k); a >= 0 && (typ == "CONSULT" || typ == "AGREE" || typ == "FIGHT" || typ == "COOPERATE") {
		ev.mutual = true
		sc.emit(typ, a, b, ev)
		return
	}
	p := sc.w(k + 1)
	if typ == "DEMAND" && (p == "that" || isAdverb(p) && sc.w(k+2) == "that") {
		// "its demand that Israel ease restrictions": a DEMAND on Israel, and no easing yet
		for j := k + 2; j < len(sc.toks) && j-k <= 6; j++ {
			if a := sc.actorAt(j); a >= 0 {
				if subj := sc.nounSubject(k); len(subj) > 0 {
					sc.emitAll(typ, subj, argSet{a}, ev)
				}
				for x := k; x < sc.objectEnd(j+1) && x < len(sc.used); x++ {
					sc.used[x] = true
				}
				break
			}
		}
		return
	}
	if p != "with" && p != "against" && p != "on" && p != "to" && p != "toward" && p != "towards" && p != "for" {
		return
	}
	if p == "to" && typ != "AID" && typ != "THREATEN" && typ != "VISIT" && ns.Mode != "visit" {
		return
	}
	if p == "on" && newsgraph.QuadClass(typ) != "material-conflict" && typ != "SANCTION" {
		return
	}
	if p == "for" && typ != "SUPPORT" && typ != "AID" {
		return
	}
	var obj argSet
	for j := k + 2; j < e && j-k <= 9; j++ {
		if a := sc.actorAt(j); a >= 0 {
			if sc.w(j-1) == "by" && !isPlainNoun(sc, j-2) {
				break
			}
			if !sc.excluded(j, typ) {
				obj = argSet{a}
			}
			break
		}
		if sc.isEventVerb(j) {
			break
		}
	}
	if len(obj) == 0 {
		return
	}
	subj := sc.nounSubject(k)
	if len(subj) == 0 {
		return
	}
	ev.mutual = typ == "CONSULT" || typ == "AGREE" || typ == "COOPERATE" || typ == "FIGHT"
	sc.emitAll(typ, subj, obj, ev)
}

// nounSubject returns who acts in a nominal event: an actor modifying the noun ("Rwanda's talks",
// "a U.S. effort", "Israeli attacks") or else the subject of the clause the noun is in.
func (sc *sentCtx) nounSubject(k int) argSet {
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		if a := sc.actorAt(j); a >= 0 {
			return argSet{a}
		}
		w := sc.w(j)
		if w == "'s" {
			if a := sc.actorAt(j - 1); a >= 0 {
				return argSet{a}
			}
			return nil // "Hwang's trip": the owner is no actor we know
		}
		if prepositions[w] && w != "'s" || w == "," || sc.isEventVerb(j) {
			break
		}
	}
	s, _ := sc.subject(k)
	return s
}

// modifierOf returns the actor modifying the noun at k ("a U.S. effort", "Rwanda's plan"), or -1.
func (sc *sentCtx) modifierOf(k int) int {
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		if a := sc.actorAt(j); a >= 0 {
			return a
		}
		w := sc.w(j)
		if w != "'s" && (prepositions[w] || w == "," || determiners[w] || isVerbForm(w)) {
			return -1
		}
	}
	return -1
}

// pairBefore finds "X-Y" or "X and Y" right before the noun at k ("U.S.-Soviet nuclear talks").
func (sc *sentCtx) pairBefore(k int) (int, int) {
	j := k - 1
	for j >= 0 && k-j <= 3 && sc.actorAt(j) < 0 {
		w := sc.w(j)
		if prepositions[w] || determiners[w] || w == "," {
			return -1, -1
		}
		j--
	}
	if b := sc.actorAt(j); b >= 0 && j >= 2 && (sc.w(j-1) == "-" || sc.w(j-1) == "and") {
		if a := sc.actorAt(j - 2); a >= 0 && a != b {
			return a, b
		}
	}
	return -1, -1
}

// updateLast sets the status of the last relation of type typ read so far in the article.
func (sc *sentCtx) updateLast(typ, status string) {
	rs := sc.st.d.Relations
	for i := len(rs) - 1; i >= 0; i-- {
		if rs[i].Type == typ {
			rs[i].Status = status
			return
		}
	}
}
