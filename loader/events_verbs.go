package loader

import (
	"cmp"
	"strings"

	"newsgraph"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// Verb events: a verb, the control verbs it leads through to the verb that decides the event,
// and the reading of that event (events_verbtype.go: type and status; events_verbargs.go:
// arguments and emission).

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
	// verb is set for an event the tree read at a verb (not a noun).
	verb bool
	// bodies are set when the tree read the subject or object as a body of its actor ("Delhi
	// Police": a place's police acts for it).
	subjBody, objBody bool
	// rule names the word rule and the lexicon entry that read an event not read from the tree
	// ("words verb attack"); the tree's events carry their own (events.Event.Rule).
	rule string
	// nounType is the type of the event noun a light verb took ("provide … food aid": AID).
	nounType string
}

// wordRule names a word rule and its trigger for a relation's "rule": "words verb pull out",
// "words demand said must".
func wordRule(kind, word, more string) string {
	r := "words " + kind + " " + word
	if more != "" {
		r += " " + more
	}
	return r
}

// announceVerbs make the measure they announce an act: "announced a suspension of links".
var announceVerbs = setOf("announce", "announced", "announces", "announcing", "declare", "declared",
	"declares", "declaring", "unveil", "unveiled", "unveils")

// custodyVerbs are acts of a state's authorities: "was arrested in Lebanon" is Lebanon's act.
var custodyVerbs = setOf("arrested", "detained", "jailed", "imprisoned", "deported", "expelled", "sentenced",
	"banned", "convicted", "charged", "indicted", "tried", "prosecuted")

// willingWords are adjectives of intent: "is willing to withdraw", "stands ready to help".
var willingWords = setOf("willing", "prepared", "ready", "determined", "eager", "keen", "committed", "poised", "set")

// directObjectAt reports whether the word at k may begin a direct object or a clause after a
// verb: a lower-case word that is no preposition, adverb, conjunction or punctuation ("its
// resolve", "that …", "support"), or an actor.
func (ts tokens) directObjectAt(k int) bool {
	if k >= len(ts) {
		return false
	}
	if ts[k].isActor() {
		return true
	}
	w := ts.w(k)
	if w == "" || ts[k].Cap || prepositions[w] || isAdverb(w) || !evWordByte(w[0]) {
		return false
	}
	return w != "and" && w != "or" && w != "but" && w != "as" && w != "while"
}

// verbEvent reads the event of the verb at i, and reports whether the token was taken as a verb.
// A reporting verb is read by report and a denial of an act is no fact; otherwise the control
// verbs are followed to the verb they govern (followControls), an aspect verb takes the event
// noun after it (aspectEvent), and the event is read and emitted (read).
func (sc *sentCtx) verbEvent(i int, vs []verbSense) bool {
	r := &verbReading{sc: sc, i: i}
	sense, end, ok := r.senseAt(i, vs)
	if !ok {
		return false
	}
	if sense.Role == roleReport {
		r.report(i, end)
		return true
	}
	if sense.Intransitive && sc.toks.directObjectAt(end) {
		return true // "demonstrated its resolve", "rallied support": another verb
	}
	r.final, r.finalEnd = sense, end
	if newsgraph.QuadClass(sense.Type) == "material-coop" && sc.toks.communicationObject(end) {
		// "released a video showing the beheading of a British aid worker", "released a
		// statement to the country", "gave details": what is released or given is a
		// communication, no one is freed or aided (force against a target is, still)
		sc.markUsed(i, end)
		return true
	}
	if (sense.Type == "RETREAT" || sense.Type == "AID") && sc.toks.rescueAt(i) {
		// "a rescue operation to free hostages", "efforts to free the girls": who tries to
		// free others holds none of them, and nothing is freed yet (events.Effort)
		sc.markUsed(i, end)
		return true
	}
	if sense.Type == "AGREE" && sc.toks.unilateralDocument(end) {
		// "signed a decree to simplify the process for Ukrainian citizens", "signed a law": a
		// document one side issues is no agreement with anyone
		sc.markUsed(i, end)
		return true
	}
	if sense.Role == roleDeny && r.deniesAct() {
		return true
	}
	r.g = sc.toks.verbGroupStart(i)
	r.mod = r.modality(r.g, i)
	if r.mod.passive && sc.toks.w(i+1) == "to" && (r.mod.neg || !implicativeControl[sc.toks.w(i)]) {
		// "was not permitted to meet X", "was asked to leave": what was not let happen, or
		// only asked for, is no fact
		sc.markUsed(i+1, sc.objectEnd(i+1))
	}
	r.followControls()
	r.commandEvent()
	if !r.aspectEvent() {
		return false
	}
	r.read()
	return true
}

// verbReading is one verb being read as an event; it lives for one call of verbEvent.
type verbReading struct {
	sc *sentCtx
	// i is the verb, g the start of its verb group, mod what the group says of the event.
	i, g int
	mod  modality
	// controls are the control verbs followed ("offered to", "urged X to"), in order; demandObj
	// is who a demand among them is made of ("urged Bolivia to …").
	controls  []verbSense
	demandObj argSet
	// final is the sense that decides the event, and finalEnd the token after its verb.
	final    verbSense
	finalEnd int
	// ev is the event being read, once its sense is settled.
	ev *eventInfo
}

// deniesAct reports whether the denial verb (its complement after finalEnd) denies an act rather
// than an actor's claim: "denied holding talks", "denied the attack". What is denied is no fact:
// the verb and its complement are then marked used.
func (r *verbReading) deniesAct() bool {
	sc, end := r.sc, r.finalEnd
	n := sc.toks.w(end)
	_, noun := evLex.nouns[n]
	j := end
	for isAdverb(sc.toks.w(j)) || isWeekday(sc.toks.w(j)) || sc.toks.w(j) == "night" || sc.toks.w(j) == "on" {
		j++
	}
	if len(n) > 4 && n[len(n)-3:] == "ing" || noun || determiners[n] && n != "'s" || sc.toks.actorAt(j) < 0 {
		sc.markUsed(r.i, sc.objectEnd(end))
		return true
	}
	return false
}

// followControls follows control verbs (at most three) to the verb they govern: "offered to
// hand over", "urged X to …". The words from the verb to the governed verb are marked used; the
// governed verb becomes final, unless it is a reporting verb or has no sense.
func (r *verbReading) followControls() {
	sc := r.sc
	r.controls = []verbSense{}
	cur := r.i
	for len(r.controls) < 3 && isControl(r.final) {
		j, obj := r.governed(r.finalEnd, r.final.Role)
		if j < 0 {
			break
		}
		ns, nend, ok := r.senseAt(j, evLex.verbs[sc.toks.w(j)])
		if !ok || ns.Role == roleReport {
			break
		}
		if r.final.Role == roleDemand && len(obj) > 0 {
			r.demandObj = obj
		}
		sc.markUsed(cur, j)
		r.controls = append(r.controls, r.final)
		r.final, r.finalEnd, cur = ns, nend, j
	}
	sc.used[cur] = true
}

// popControl makes the last control verb the final one ("threatened to deliver devastating
// blows": the threat stands on its own), and reports false when there is none.
func (r *verbReading) popControl() bool {
	if len(r.controls) == 0 {
		return false
	}
	r.final = r.controls[len(r.controls)-1]
	r.controls = r.controls[:len(r.controls)-1]
	return true
}

// commandEvent gives a verb of command that governs no clause the event of the noun it orders,
// as a light verb: "ordered air strikes on X" is the strikes, "ordered X to leave" stays a demand.
func (r *verbReading) commandEvent() {
	if !r.final.Commands || len(r.controls) > 0 {
		return
	}
	if k, ns, found := r.eventNounAfter(r.finalEnd); found && k-r.finalEnd <= 5 && ns.Type != "" {
		r.final = verbSense{Type: ns.Type, Role: roleLight}
	}
}

// aspectEvent gives an aspect verb with no type of its own ("continued military aid", "began
// talks", "speeded up the withdrawal") the event of the noun after it, as a light verb, or else
// the control verb before it; a verb that also asks ("sought aid") asks for the noun's event.
// It reports false when there is neither: the token is no verb event.
func (r *verbReading) aspectEvent() bool {
	if r.final.Role != roleAspect || r.final.Type != "" {
		return true
	}
	if _, ns, found := r.eventNounAfter(r.finalEnd); found {
		for _, s := range evLex.verbs[r.sc.toks.w(r.finalEnd-1)] {
			if s.Type == "DEMAND" && s.Role != roleAspect {
				r.final = s // "sought aid from Japan": asked for it, gave none
				return true
			}
		}
		r.final = verbSense{Type: ns.Type, Role: roleLight}
		return true
	}
	return r.popControl()
}

// read decides the event of the verb and emits it: its type from an event noun (lightEvent),
// its status (status), its subject, speaker and then arguments. Ending an agreement, a
// condition, an obligation or a negation with no opposite emit nothing.
func (r *verbReading) read() {
	sc := r.sc
	if r.final.Mode == "visit" && strings.HasPrefix(sc.toks.w(r.i), "host") && r.betweenAfter(r.finalEnd) {
		// "X hosted talks between Y and Z": X brings the parties together, which PLOVER codes
		// as mediation (CONSULT X-Y and X-Z, mode mediation), not as a visit to X
		r.final.Role, r.final.Mode = roleMediate, "mediation"
	}
	r.ev = &eventInfo{trigger: r.i, confidence: 0.8, mutual: r.final.Mutual, mode: r.final.Mode, speaker: -1,
		rule: wordRule("verb", cmp.Or(r.final.Lemma, sc.toks.w(r.i)), r.final.Particle)}
	typ, objStart, ok := r.lightEvent()
	if !ok {
		return
	}
	if r.final.Role == roleReverse && r.mod.passive && r.clauseBeforeHas(isAgreementNoun) {
		sc.endLastDeal() // "the deal with Uganda was cancelled"
		return
	}
	if typ, ok = r.status(typ); !ok {
		return
	}
	subj, rep := r.subject()
	sc.lastVerb = r.i
	if typ == "ASSAULT" && militaryVerbs[sc.toks.w(r.i)] && r.clauseBeforeHas(isMilitaryWord) {
		typ = "FIGHT" // conventional force: "Russian aircraft killed 46 civilians"
	}
	if typ == "MOBILIZE" && r.final.Type == "MOBILIZE" && sc.toks.movesNoForces(objStart) {
		return // "deployed election observers in Zimbabwe", "deploying all assets to save X"
	}
	if r.conditional() {
		return
	}
	if r.mod.willing && r.ev.status == "" {
		typ, r.ev.status = intended(typ, sc.toks.hasWord("unless")), newsgraph.Proposed
	}
	r.ev.speaker = r.speakerFor(rep, subj)
	if len(r.controls) > 0 && r.controls[0].Role == roleDemand {
		r.demand(typ, subj)
		return
	}
	r.arguments(typ, subj, objStart)
}

// movesNoForces reports whether the object after token j of a verb of mobilisation is a thing or
// people that are no armed forces: its words before the first preposition hold a noun
// ("observers", "assets") and no word for armed forces (isMilitaryWord, "troops", "personnel");
// a demonym or name inside the phrase is skipped ("scores of British troops").
func (ts tokens) movesNoForces(j int) bool {
	noun := false
	for k := j; k < len(ts) && k < j+6; k++ {
		t := ts[k]
		if objectStops[t.W] || prepositions[t.W] && t.W != "of" {
			break
		}
		if t.isActor() || t.W == "of" {
			continue // "scores of British troops"
		}
		if isMilitaryWord(t.W) || armedNouns[t.W] || t.W == "personnel" || t.W == "units" || t.W == "peacekeepers" {
			return false
		}
		if !t.Cap && len(t.W) > 3 && !determiners[t.W] && !isAdverb(t.W) && !isVerbForm(t.W) {
			noun = true
		}
	}
	return noun
}

// communicationObject reports whether the verb before token j acts on a communication: its
// first noun, within a few words and before any actor or preposition, is one in WordNet
// (noun.communication: "statement", "video", "report", "film") or a picture (events.DepictionNoun:
// "photos") and no event noun ("sanction",
// "protest", "appeal" are first a communication in WordNet).
func (ts tokens) communicationObject(j int) bool {
	for k := j; k < len(ts) && k < j+6; k++ {
		t := ts[k]
		if t.isActor() || objectStops[t.W] || t.Cap {
			return false // an actor or a name ("freed Mr Somers")
		}
		if determiners[t.W] || strings.HasSuffix(t.W, "ing") {
			continue // "an" and "reporting" are nouns of noun.communication too
		}
		if _, event := evLex.nouns[t.W]; event {
			return false // "imposed new sanctions": a sanction is first an authorization in WordNet
		}
		w := strings.TrimSuffix(t.W, "s")
		said := syntax.CommunicationNoun(w) || syntax.CommunicationNoun(t.W) || events.DepictionNoun(w) || events.DepictionNoun(t.W)
		if !said || syntax.ActNoun(w) || syntax.ActNoun(t.W) {
			continue
		}
		return true
	}
	return false
}

// rescueAt reports whether the verb of releasing at i is the aim of an effort: "operation to
// free", "efforts to release", "tried to free", "aimed at freeing", "helped free", "an attempt
// by its forces to free" (within a few words, no comma or event verb between).
func (ts tokens) rescueAt(i int) bool {
	w := ts.w(i)
	if !strings.HasPrefix(w, "free") && !strings.HasPrefix(w, "releas") && !strings.HasPrefix(w, "rescu") {
		return false
	}
	switch p := ts.w(i - 1); p {
	case "to", "at":
		for k := i - 2; k >= 0 && k >= i-7; k-- {
			// "an attempt by American and Yemeni forces to free him": past the effort's agent
			if w := ts.w(k); effortForm(w) {
				return true
			} else if w == "," || w == ";" || ts.verbContext(k) && len(evLex.verbs[w]) > 0 {
				return false
			}
		}
		return false
	default:
		return effortForm(p) && strings.HasPrefix(p, "help")
	}
}

// effortForm reports whether the word form w is a form of an effort's lemma (events.Effort):
// the form itself, or it without an inflection.
func effortForm(w string) bool {
	switch w {
	case "sought":
		return true
	case "fought":
		return events.Effort("fight")
	}
	for _, suf := range []string{"", "s", "ed", "d", "ing", "ied", "ies"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || stem == "" {
			continue
		}
		if suf == "ied" || suf == "ies" {
			stem += "y"
		}
		if events.Effort(stem) || suf == "ing" && events.Effort(stem+"e") {
			return true
		}
	}
	return false
}

// unilateralDocument reports whether the direct object starting at j is a document that one side
// issues or signs alone: a decree, a law, a bill, an order, a petition.
func (ts tokens) unilateralDocument(j int) bool {
	for k := j; k < len(ts) && k < j+4; k++ {
		t := ts[k]
		if t.isActor() || objectStops[t.W] {
			return false
		}
		if unilateralDocs[t.W] {
			return true
		}
	}
	return false
}

// unilateralDocs are the documents unilateralDocument knows.
var unilateralDocs = setOf("decree", "decrees", "law", "laws", "bill", "bills", "order", "orders", "ordinance",
	"legislation", "petition", "letter", "budget")

// objectStops end the words of a direct object.
var objectStops = setOf(",", ".", ";", ":", "of", "to", "in", "on", "at", "for", "from", "by", "with",
	"and", "or", "that", "who", "which", "after", "as", "into", "against")
