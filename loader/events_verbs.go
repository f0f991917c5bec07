package loader

import "newsgraph"

// eventInfo is what is known of one event besides its arguments.
type eventInfo struct {
	trigger    int
	status     string
	confidence float64
	mutual     bool
	mode       string
	speaker    int
	// tree is set for an event read from the dependency tree, whose arguments are grammatical
	// relations rather than nearby words.
	tree bool
}

// announceVerbs make the measure they announce an act: "announced a suspension of links".
var announceVerbs = setOf("announce", "announced", "announces", "announcing", "declare", "declared",
	"declares", "declaring", "unveil", "unveiled", "unveils")

// custodyVerbs are acts of a state's authorities: "was arrested in Lebanon" is Lebanon's act.
var custodyVerbs = setOf("arrested", "detained", "jailed", "imprisoned", "deported", "expelled", "sentenced",
	"banned", "convicted", "charged", "indicted", "tried", "prosecuted")

// willingWords are adjectives of intent: "is willing to withdraw", "stands ready to help".
var willingWords = setOf("willing", "prepared", "ready", "determined", "eager", "keen", "committed", "poised", "set")

// verbEvent reads the event of the verb at i, and reports whether the token was taken as a verb.
func (sc *sentCtx) verbEvent(i int, vs []verbSense) bool {
	sense, end, ok := sc.senseAt(i, vs)
	if !ok {
		return false
	}
	if sense.Role == roleReport {
		sc.reportEvent(i, end)
		return true
	}
	if sense.Role == roleDeny {
		// "denied holding talks", "denied the attack": what is denied is no fact
		n := sc.w(end)
		_, noun := evLex.nouns[n]
		j := end
		for isAdverb(sc.w(j)) || isWeekday(sc.w(j)) || sc.w(j) == "night" || sc.w(j) == "on" {
			j++
		}
		if len(n) > 4 && n[len(n)-3:] == "ing" || noun || determiners[n] && n != "'s" || sc.actorAt(j) < 0 {
			for k := i; k < sc.objectEnd(end) && k < len(sc.used); k++ {
				sc.used[k] = true
			}
			return true
		}
	}
	g := sc.verbGroupStart(i)
	mod := sc.modalityOf(g, i)
	// follow control verbs to the verb they govern: "offered to hand over", "urged X to …"
	controls := []verbSense{}
	var demandObj argSet
	cur, curEnd, curI := sense, end, i
	for len(controls) < 3 && isControl(cur) {
		j, obj := sc.governed(curEnd, cur.Role)
		if j < 0 {
			break
		}
		nvs := evLex.verbs[sc.w(j)]
		ns, nend, ok := sc.senseAt(j, nvs)
		if !ok || ns.Role == roleReport {
			break
		}
		if cur.Role == roleDemand && len(obj) > 0 {
			demandObj = obj
		}
		for k := curI; k < j; k++ {
			sc.used[k] = true
		}
		controls = append(controls, cur)
		cur, curEnd, curI = ns, nend, j
	}
	sc.used[curI] = true
	final, finalEnd := cur, curEnd
	if final.Role == roleAspect && final.Type == "" {
		// "continued military aid", "began talks", "speeded up the withdrawal"
		if _, ns, found := sc.eventNounAfter(finalEnd); found {
			final = verbSense{Type: ns.Type, Role: roleLight}
		} else if len(controls) == 0 {
			return false
		} else {
			final = controls[len(controls)-1]
			controls = controls[:len(controls)-1]
		}
	}
	if final.Mode == "visit" && len(sc.w(i)) >= 4 && sc.w(i)[:4] == "host" && sc.betweenAfter(finalEnd) {
		// "X hosted talks between Y and Z": X brings the parties together, which PLOVER codes
		// as mediation (CONSULT X-Y and X-Z, mode mediation), not as a visit to X
		final.Role, final.Mode = roleMediate, "mediation"
	}
	ev := &eventInfo{trigger: i, confidence: 0.8, mutual: final.Mutual, mode: final.Mode, speaker: -1}
	typ := final.Type
	objStart := finalEnd
	ended := false
	// light and reversing verbs take their type from the event noun they govern
	if final.Role == roleLight || final.Role == roleReverse {
		k, ns, found := sc.eventNounAfter(finalEnd)
		if found {
			for x := finalEnd; x <= k; x++ {
				if !sc.toks[x].isActor() {
					sc.used[x] = true
				}
			}
			if ns.Mode != "" {
				ev.mode = ns.Mode
			}
			if final.Role == roleLight && final.Type == "DISAPPROVE" {
				typ = final.Type
			} else if final.Role == roleLight {
				typ = ns.Type
				ev.mutual = ev.mutual || ns.Type == "AGREE" || ns.Type == "CONSULT" || ns.Type == "COOPERATE" || ns.Type == "FIGHT"
			} else {
				typ, ended = reverseOf(ns, final.Type)
				ev.mutual = ev.mutual || ns.Type == "FIGHT" || ns.Type == "WAR" // "ended their war"
			}
			if ns.Mode == "mediation" {
				final.Role = roleMediate
			}
			// an object before the noun ("gave Tanzania a grant") or after it
			if o, _ := sc.objects(finalEnd, typ); len(o) > 0 && sc.actorTok[o[0]] < k {
				objStart = finalEnd
			} else {
				objStart = k + 1
			}
		} else if final.NeedsNoun {
			if len(controls) == 0 {
				return true
			}
			// "threatened to deliver devastating blows to X": the threat stands on its own
			final = controls[len(controls)-1]
			controls = controls[:len(controls)-1]
			typ = final.Type
		}
	}
	if ended {
		sc.endLastDeal()
		return true
	}
	if final.Role == roleReverse && mod.passive && sc.agreementBefore(g) {
		sc.endLastDeal() // "the deal with Uganda was cancelled"
		return true
	}
	// control verbs and modality decide the type and status
	typ, ev.status = applyControls(typ, controls, final)
	if typ == "" && final.Role != roleDeport && final.Role != rolePay {
		return true
	}
	if mod.neg {
		typ = negated(typ)
		if typ == "" {
			return true
		}
		ev.status, ev.confidence = "", 0.6
	}
	if mod.must {
		return true // an obligation is not a fact (a reported one is a DEMAND, see reportEvent)
	}
	if mod.future && ev.status == "" && !mod.neg {
		typ = intended(typ, sc.hasWord("unless"))
		ev.status = newsgraph.Proposed
	}
	if mod.maybe {
		ev.status, ev.confidence = newsgraph.Proposed, 0.5
	}
	if ev.status == "" {
		ev.status = sc.aspectStatus(g, i, typ)
	}
	subj, rep := sc.subject(g)
	if sc.w(g) == "to" && len(controls) == 0 && g > 0 && !sc.toks[g-1].isActor() {
		// "a U.S. effort to mediate", "Israel's plan to annex": the noun's owner acts
		if m := sc.modifierOf(g - 1); m >= 0 {
			subj = argSet{m}
		}
	}
	sc.lastVerb = i
	if typ == "ASSAULT" && militaryVerbs[sc.w(i)] && sc.militaryBefore(g) {
		typ = "FIGHT" // conventional force: "Russian aircraft killed 46 civilians"
	}
	if cs, _ := sc.clauseStart(g); cs > 0 && (sc.w(cs-1) == "if" || sc.w(cs-1) == "unless" || sc.w(cs-1) == "whether") {
		return true // a condition, not a fact
	}
	if mod.willing && ev.status == "" {
		typ, ev.status = intended(typ, sc.hasWord("unless")), newsgraph.Proposed
	}
	if rep >= 0 {
		if s, _ := sc.subject(sc.verbGroupStart(rep)); len(s) > 0 && (len(subj) == 0 || s[0] != subj[0]) {
			ev.speaker = s[0]
		}
	}
	if len(controls) > 0 && controls[0].Role == roleDemand {
		objs := demandObj
		if len(objs) == 0 {
			objs, _ = sc.objects(finalEnd, typ)
		}
		for k := finalEnd; k < sc.objectEnd(finalEnd) && k < len(sc.used); k++ {
			sc.used[k] = true // what is demanded has not happened
		}
		sc.emitAll(typ, subj, objs, ev)
		sc.lastSubj = subj
		return true
	}
	var objs argSet
	objEnd := -1
	sc.curSubj, sc.withOnly = subj, final.WithOnly
	defer func() { sc.curSubj, sc.withOnly = nil, false }()
	if mod.passive {
		agent := sc.agent(finalEnd)
		if len(agent) == 0 && custodyVerbs[sc.w(i)] {
			// "was arrested in Lebanon": the authorities of the place
			if a := sc.prepObject(finalEnd, "in"); a >= 0 && sc.actors[a].Type == newsgraph.Country {
				agent = argSet{a}
			}
		}
		if len(agent) == 0 || final.Role == roleDeport && sc.prepObject(finalEnd, "to") < 0 {
			return true
		}
		if mod.reduced {
			// the patient is the noun the participle follows, not the clause's subject
			subj = nil
			for k := i - 1; k >= 0 && i-k <= 2; k-- {
				if a := sc.actorAt(k); a >= 0 {
					subj = argSet{a}
					break
				}
			}
		}
		if final.Role == roleDeport {
			for _, a := range agent {
				sc.emit("DEPORTS_TO", a, sc.prepObject(finalEnd, "to"), ev)
			}
			return true
		}
		subj, objs = agent, subj
	} else {
		switch final.Role {
		case roleMediate:
			ev.mode = "mediation"
			e := sc.objectEnd(objStart)
			for k := objStart; k < e; k++ {
				if x, y, _ := sc.between(k, e); x >= 0 {
					objs = argSet{x, y}
					break
				}
			}
			if len(objs) == 0 {
				objs, _ = sc.objects(objStart, typ)
			}
		case roleDeport:
			y := sc.prepObject(objStart, "to")
			if y >= 0 {
				for _, s := range subj {
					sc.emit("DEPORTS_TO", s, y, ev)
				}
			}
			sc.lastSubj = subj
			return true
		case rolePay:
			y := sc.prepObject(objStart, "to")
			if y < 0 {
				objs, _ = sc.objects(objStart, typ)
			} else {
				objs = argSet{y}
			}
			typ = "PAYS"
			if sc.hasWord("compensation") || sc.hasWord("reparations") {
				sc.emitAll("RETREAT", subj, objs, ev)
			}
		default:
			objs, objEnd = sc.objects(objStart, typ)
		}
	}
	if len(objs) == 0 && typ == "THREATEN" {
		// a threat names its target in its condition: "… if the United States goes ahead"
		for k := objStart; k < sc.attr; k++ {
			if w := sc.w(k); w == "if" || w == "unless" {
				if o, _ := sc.objects(k+1, typ); len(o) > 0 {
					objs = o
				}
				break
			}
		}
	}
	// what an accusation, demand, refusal, threat or apology is about is no fact of its own
	switch typ {
	case "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SUPPORT":
		if len(objs) > 0 {
			objEnd = sc.objectEnd(objStart)
		}
	}
	for k := objStart; k < objEnd && k < len(sc.used); k++ {
		sc.used[k] = true
	}
	if len(objs) == 0 && len(subj) == 1 && sc.w(objStart) == "each" && sc.w(objStart+1) == "other" {
		return true
	}
	sc.emitAll(typ, subj, objs, ev)
	sc.lastSubj = subj
	return true
}

// militaryVerbs are the ASSAULT verbs that armed forces' use makes FIGHT.
var militaryVerbs = setOf("killed", "kills", "kill", "killing", "attacked", "attacks", "attack", "attacking",
	"bombed", "bombs", "bomb", "bombing", "shot", "shoot", "shoots", "shooting", "wounded", "wounding")

// militaryWords name armed forces.
var militaryWords = setOf("aircraft", "troops", "forces", "army", "soldiers", "jets", "warplanes", "gunships",
	"helicopters", "navy", "artillery", "tanks", "military", "warships", "drones", "fighter", "paratroopers",
	"marines", "air", "planes", "bombers")

// militaryBefore reports whether the clause before the verb group at g names armed forces.
func (sc *sentCtx) militaryBefore(g int) bool {
	cs, _ := sc.clauseStart(g)
	for k := cs; k < g; k++ {
		if militaryWords[sc.w(k)] {
			return true
		}
	}
	return false
}

// agreementBefore reports whether the clause before the verb group at g names an agreement.
func (sc *sentCtx) agreementBefore(g int) bool {
	cs, _ := sc.clauseStart(g)
	for k := cs; k < g; k++ {
		if ns, ok := evLex.nouns[sc.w(k)]; ok && ns.Type == "AGREE" {
			return true
		}
	}
	return false
}

// emitAll emits typ from every subject to every object; with no object, a mutual event between
// coordinated subjects ("X and Y agreed").
func (sc *sentCtx) emitAll(typ string, subj, objs argSet, ev *eventInfo) {
	if len(objs) == 0 {
		if len(subj) >= 2 && (ev.mutual || typ == "REJECT" || typ == "AGREE" || typ == "CONSULT" || typ == "FIGHT" || typ == "COOPERATE" || typ == "SUPPORT") {
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

// prepObject returns the first actor after the preposition p in the complement from k.
func (sc *sentCtx) prepObject(k int, p string) int {
	e := sc.objectEnd(k)
	for j := k; j < e && j-k <= 14; j++ {
		if sc.w(j) == p {
			for x := j + 1; x < e && x-j <= 4; x++ {
				if a := sc.actorAt(x); a >= 0 {
					return a
				}
			}
		}
	}
	return -1
}

func (sc *sentCtx) hasWord(w string) bool {
	for _, t := range sc.toks {
		if t.W == w {
			return true
		}
	}
	return false
}

// betweenAfter reports whether the complement from p names two parties with "between X and Y".
func (sc *sentCtx) betweenAfter(p int) bool {
	e := sc.objectEnd(p)
	for k := p; k < e && k-p <= 6; k++ {
		if x, _, _ := sc.between(k, e); x >= 0 {
			return true
		}
	}
	return false
}
