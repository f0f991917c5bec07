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
}

// senseAt returns the sense of the verb at i (preferring one whose particle follows; a
// reporting sense only where the verb reports: "concluded that") and the token after the verb
// and its particle.
func (sc *sentCtx) senseAt(i int, vs []verbSense) (verbSense, int, bool) {
	for _, s := range vs {
		if s.Particle != "" && sc.w(i+1) == s.Particle {
			return s, i + 2, true
		}
		if s.Particle != "" && sc.w(i+2) == s.Particle && (isWeekday(sc.w(i+1)) || sc.w(i+1) == "today" || sc.w(i+1) == "yesterday") {
			return s, i + 3, true
		}
		if s.Particle == "out" || s.Particle == "off" {
			// a particle after a short object: "forced the UN agency out"
			for k := i + 2; k < len(sc.toks) && k-i <= 8; k++ {
				if sc.w(k) == s.Particle && (sc.actorAt(k-1) >= 0 || sc.w(k-1) == ",") {
					return s, i + 1, true
				}
				if sc.isEventVerb(k) || sc.w(k) == ";" {
					break
				}
			}
		}
	}
	report := sc.isReport(i)
	if report && sc.w(i+1) != "that" && announceVerbs[sc.w(i)] {
		// "Italy announced a suspension of air links": the announcement is the act
		if k, _, found := sc.eventNounAfter(i + 1); found && k-i <= 4 && sc.onlyModifiers(i+1, k) {
			return verbSense{Role: roleLight, NeedsNoun: true}, i + 1, true
		}
	}
	n := i + 1
	if sc.w(n) == "to" {
		n++
	}
	if len(evLex.verbs[sc.w(n)]) > 0 {
		for _, s := range vs {
			if s.Particle == "" && isControl(s) {
				return s, i + 1, true
			}
		}
	}
	var first *verbSense
	for k := range vs {
		s := vs[k]
		if s.Particle != "" {
			continue
		}
		if s.Role == roleReport {
			if report {
				return s, i + 1, true
			}
			continue
		}
		if first == nil {
			first = &vs[k]
		}
	}
	if first != nil {
		return *first, i + 1, true
	}
	for _, s := range vs {
		if s.Role == roleReport {
			return s, i + 1, true
		}
	}
	return verbSense{}, i + 1, false
}

// modality is what the verb group says about an event.
type modality struct {
	future, maybe, must, neg, passive, infinitive, willing bool
}

func (sc *sentCtx) modalityOf(g, i int) modality {
	var m modality
	for k := g; k < i; k++ {
		w := sc.w(k)
		switch {
		case futureAux[w]:
			m.future = true
		case maybeAux[w]:
			m.maybe = true
		case mustAux[w]:
			m.must = true
		case negWords[w]:
			m.neg = true
		case w == "to":
			m.infinitive = true
		case willingWords[w]:
			m.willing = true
		}
		if beForms[w] && w != "'s" {
			m.passive = true
		}
	}
	vw := sc.w(i)
	participle := len(vw) > 2 && vw[len(vw)-2:] == "ed" || irregularPast(vw)
	if !participle {
		m.passive = false
	}
	if m.passive && (sc.w(i+1) == "to" && vw != "forced") {
		// "was prepared to", "is committed to": an adjective, not a passive
		m.passive = false
	}
	if !m.passive && participle && sc.w(i+1) == "by" && i > 0 && !sc.toks[i-1].isActor() && !auxWords[sc.w(i-1)] {
		m.passive = true // a reduced relative: "migrants deported by the government"
	}
	return m
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
			return true
		}
	}
	if ended {
		sc.endLastDeal()
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
		if len(agent) == 0 {
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

func isControl(s verbSense) bool {
	switch s.Role {
	case roleIntent, roleThreat, roleRefuse, roleAspect, roleDemand, roleDeny:
		return true
	}
	return false
}

// governed finds the verb a control verb governs, starting at p: "to V", "X to V" (for
// demands, with X returned), "that X V".
func (sc *sentCtx) governed(p int, role verbRole) (int, argSet) {
	k := p
	for k < len(sc.toks) && k-p < 3 && (isAdverb(sc.w(k)) || sc.w(k) == "on" && role != roleDemand) {
		k++
	}
	if sc.w(k) == "to" && len(evLex.verbs[sc.w(k+1)]) > 0 {
		return k + 1, nil
	}
	if role == roleDemand || role == roleDeny {
		var obj argSet
		e := sc.objectEnd(p)
		that := sc.w(k) == "that"
		if that {
			k++
			e = len(sc.toks)
		}
		for j := k; j < e && j-k <= 10 && j < len(sc.toks); j++ {
			if a := sc.actorAt(j); a >= 0 && len(obj) == 0 && !isPossessivePronoun(sc.toks[j], sc) {
				obj = argSet{a}
				continue
			}
			w := sc.w(j)
			if (w == "to" || mustAux[w] || futureAux[w]) && len(evLex.verbs[sc.w(j+1)]) > 0 && (len(obj) > 0 || w == "to" && role == roleDemand) {
				return j + 1, obj // "urged Bolivia to …", "called on Arab states to boycott Israel"
			}
			// "demanded that the US cancel …": a bare verb after its subject
			if len(obj) > 0 && len(evLex.verbs[w]) > 0 && sc.verbContextLoose(j) &&
				(sc.verbContext(j) || sc.actorAt(j-1) >= 0 && w[len(w)-1] != 's') {
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

func (sc *sentCtx) verbContextLoose(j int) bool {
	_, isNoun := evLex.nouns[sc.w(j)]
	return !isNoun || sc.verbContext(j)
}

// eventNounAfter finds the event noun a light verb governs within a few words: "held their
// first talks", "imposed a curfew", "provide 25,000 tons of food aid".
func (sc *sentCtx) eventNounAfter(p int) (int, nounSense, bool) {
	e := sc.objectEnd(p)
	for k := p; k < e && k-p <= 8; k++ {
		w := sc.w(k)
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
		if k > p && sc.isEventVerb(k) || w == "," || prepositions[w] && w != "of" || sc.toks[k].isActor() && sc.w(k+1) != "'s" && k+1 < e && determiners[sc.w(k+1)] == false && !isAdjectiveLike(sc.w(k+1)) {
			break
		}
	}
	return 0, nounSense{}, false
}

// onlyModifiers reports whether tokens [a, b) may all modify a noun (determiners, adjectives,
// numbers, actors): "announced a new round of", not "said they would".
func (sc *sentCtx) onlyModifiers(a, b int) bool {
	for k := a; k < b; k++ {
		w := sc.w(k)
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
	case ns.Restrictive:
		return "CONCEDE", false
	case ns.Type == "MOBILIZE" || ns.Type == "FIGHT":
		return "RETREAT", false
	case ns.Type == "AID" || ns.Type == "SUPPORT" || ns.Type == "COOPERATE" || ns.Type == "CONSULT" || ns.Type == "INVESTIGATE":
		return "SANCTION", false
	}
	return verbType, false
}

// endLastDeal marks the last agreement of the article ENDED ("scrapped the deal").
func (sc *sentCtx) endLastDeal() {
	st := sc.st
	if !st.hasDeal || st.lastDeal >= len(st.d.Relations) {
		return
	}
	st.d.Relations[st.lastDeal].Status = newsgraph.Ended
}

// reportEvent reads "X said Y must V": a DEMAND by X on Y.
func (sc *sentCtx) reportEvent(i, end int) {
	e := len(sc.toks)
	for k := end; k < e && k-end <= 14; k++ {
		w := sc.w(k)
		if w == ";" || sc.isReport(k) && k > end {
			return
		}
		if !mustAux[w] && !(w == "has" || w == "have") || w == "has" && sc.w(k+1) != "to" || w == "have" && sc.w(k+1) != "to" {
			continue
		}
		inner, _ := sc.subject(k)
		if len(inner) == 0 {
			return
		}
		speaker, _ := sc.subject(sc.verbGroupStart(i))
		if len(speaker) == 0 && sc.speaker >= 0 {
			speaker = argSet{sc.speaker}
		}
		ev := &eventInfo{trigger: i, confidence: 0.7, speaker: -1, status: newsgraph.Proposed}
		sc.emitAll("DEMAND", speaker, inner, ev)
		return
	}
}
