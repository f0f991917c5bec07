package loader

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph"
	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/lexicon"
	"newsgraph/loader/syntax"
)

// treeCoder reads events from each sentence's dependency tree (package events) with the
// lexicon of treelex.go.
type treeCoder struct {
	parser     *syntax.Parser
	lex        *treeLexicon
	firstNames map[string]bool
}

// code parses the sentence of sc and emits the events its tree holds between sc's actors. ms are
// the mentions behind sc's actors, in the same order.
func (tc *treeCoder) code(sc *sentCtx, ms []entities.Mention) {
	s := tc.parse(sc, ms)
	t := syntax.NewTree(&s)
	sc.treeAttribution(t, tc.lex)
	ms = tc.unknownNames(sc, t, ms)
	ms = pronounSubjects(sc, t, ms)
	ms = ownCountries(sc, t, ms)
	ms = parallelSubjects(sc, t, ms)
	boundPossessives(sc, t, ms, tc.lex)
	ms, owners := reportedPossessives(sc, t, ms, tc.lex)
	ms = tc.definiteAgents(sc, t, ms)
	ms = tc.lex.actParties(sc, t, ms)
	tc.noteAgentOwners(sc, t, ms) // for the definite agents of the sentences after this one
	ms = tc.groupActors(sc, t, ms)
	sc.newSubject = newSubject(sc, t, ms)
	acts := treeActors(sc, t, ms, owners)
	evs, misses := events.Explain(t, acts, tc.lex)
	tc.hint(sc, t, acts, evs, misses)
	if rs := sc.st.d.readings; rs != nil {
		r := Reading{Tree: s, Events: evs, Misses: misses} // its relations: see noteRelations
		for _, m := range ms {
			r.Actors = append(r.Actors, ReadActor{EntityID: m.EntityID, Start: m.Start, End: m.End})
		}
		*rs = append(*rs, r)
	}
	for _, e := range evs {
		sc.emitTree(t, e)
	}
}

// parse tokenizes and parses the part of sc's sentence that the tree coder reads (parsedLen),
// with the mentions ms telling the tagger the demonyms and acronyms.
func (tc *treeCoder) parse(sc *sentCtx, ms []entities.Mention) syntax.Sentence {
	end := sc.s.End
	if n := parsedLen(sc); n < len(sc.toks) {
		end = sc.toks[n].Start
	}
	s := tc.parser.Tokenize(sc.st.d.Text, sc.s.Start, end)
	forms := headlineCase(&s, ms)
	demonymsAsAdjectives(&s, ms)
	acronymsAsNames(&s, ms)
	tc.parser.Parse(&s)
	restoreForms(&s, forms)
	addresses(&s, ms)
	return s
}

// addresses hangs a country written after a place of it and a comma on the place, as an
// apposition ("an airstrike outside Raqqa, Syria killed …", "the Westgate Mall in Nairobi,
// Kenya"): the parser often made the country a subject or an object of its own. The country stays
// an actor, in the place's phrase.
func addresses(s *syntax.Sentence, ms []entities.Mention) {
	ws := s.Words
	t := syntax.Tree{S: s} // Under reads the heads alone, as they change
	for mi := 1; mi < len(ms); mi++ {
		country, place := ms[mi], ms[mi-1]
		if country.Kind != "name" && country.Kind != "alias" || !strings.HasPrefix(country.EntityID, "country/") ||
			!strings.HasPrefix(place.EntityID, "place/") {
			continue
		}
		ci, pi := wordIndexAt(ws, country.Start), wordIndexAt(ws, place.End-1)
		if ci < 2 || pi != ci-2 || ws[ci-1].Form != "," || ws[ci].End != country.End || t.Under(ws[pi].ID, ws[ci].ID) {
			continue
		}
		ws[ci].Head, ws[ci].Deprel = ws[pi].ID, "appos"
		ws[ci-1].Head = ws[ci].ID
	}
}

// wordIndexAt returns the index of the word of ws that holds byte offset off, or -1.
func wordIndexAt(ws []syntax.Word, off int) int {
	for i, w := range ws {
		if w.Start <= off && off < w.End {
			return i
		}
	}
	return -1
}

// treeActors returns the actors of sc (behind the mentions ms) as the event coder takes them; the
// speaker of a trailing attribution, or the source an "according to" phrase names, is marked a
// teller, no party to the events it tells; a possessive pronoun whose start is in owners stands
// for the party reporting what is done to its noun (reportedPossessives).
func treeActors(sc *sentCtx, t *syntax.Tree, ms []entities.Mention, owners map[int]bool) []events.Actor {
	acts := make([]events.Actor, len(ms))
	for i, m := range ms {
		a := sc.actors[i]
		acts[i] = events.Actor{Start: m.Start, End: m.End, Entity: m.EntityID, Org: a.Type == newsgraph.Organization, Person: a.Type == newsgraph.Person || a.Via != "", Serves: a.Via != "",
			State: a.Type == newsgraph.Country, Place: a.Place, Code: a.Code}
		if sc.attributedSpeaker(t, m) || accordingTo(t, m) || reporterPronoun(t, m, ms) {
			acts[i].Teller = true
		}
		acts[i].People = m.Kind == "nationality"
		acts[i].Owner = owners[m.Start]
		acts[i].FullName = sc.st.fullName(a)
	}
	return acts
}

// reporterPronoun reports whether the mention m is "he" or "she" as the subject of a clausal
// complement (ccomp, after its verb) whose verb's own subject is one person named by a common
// noun that no mention covers: in "the pilot told the Omaha World-Herald that he had contacted
// NBC News" "he" is the pilot, not the man named sentences before, whom the entity stage's
// nearest match gives; the pronoun is then no party.
func reporterPronoun(t *syntax.Tree, m entities.Mention, ms []entities.Mention) bool {
	if l := strings.ToLower(m.Text); l != "he" && l != "she" {
		return false
	}
	p := wordAt(t, m.Start)
	if p == 0 || !strings.HasPrefix(t.Word(p).Deprel, "nsubj") {
		return false
	}
	v := t.Word(p).Head
	if v == 0 || t.Word(v).Deprel != "ccomp" || t.Word(v).Head == 0 || t.Word(v).Head > p {
		return false // "he was detained …, his friends said": the teller comes after
	}
	for _, sj := range t.Dependents(t.Word(v).Head, "nsubj") {
		w := t.Word(sj)
		if w.XPOS == "NN" && syntax.PersonNoun(strings.ToLower(w.Lemma)) && !overlapsMention(ms, w.Start, w.End) {
			return true // one person, named by a common noun
		}
	}
	return false
}

// hint fills sc's treeHints from the tree t, its actors and the coder's events and misses.
func (tc *treeCoder) hint(sc *sentCtx, t *syntax.Tree, acts []events.Actor, evs []events.Event, misses []events.Miss) {
	h := &sc.hints
	h.locative, h.within = tc.locativeActors(t, acts)
	h.issue = victimActors(sc, t, acts, issueActors(sc, t, acts))
	h.inObjectClause = objectClauseActors(sc, t, acts)
	h.clauseAgent = clauseAgents(sc, t, acts)
	h.thingModifier = tc.thingModifiers(t, acts)
	h.homeOfPerson = homesOfPeople(t, acts, sc)
	h.patients = passiveSubjects(sc, t, reducedPassives(sc, t))
	h.passivePatients = passivePatients(sc, t)
	h.ownerOfPerson = relationOwners(t, acts, kinOf(t, acts, ownersOfPeople(t, acts)))
	h.relClauses = relativeClauses(t)
	h.modifiers = participleModifiers(sc, t)
	h.passives = passiveParticiples(sc, t)
	h.pronounObject = pronounObjects(sc, t, acts)
	for _, e := range evs {
		if strings.Contains(e.Rule, " * ") {
			if h.pattern == nil {
				h.pattern = map[int]string{}
			}
			h.pattern[sc.toks.tokenAt(t.Word(e.Trigger).Start)] = newsgraph.QuadClass(e.Type)
		}
	}
	h.nounSubject = tc.participleSubjects(sc, t, acts)
	for k, sp := range gerundSubjects(sc, t, acts) {
		if h.nounSubject == nil {
			h.nounSubject = map[int][2]int{}
		}
		h.nounSubject[k] = sp
	}
	for _, ids := range []map[int]bool{stancesOnHarm(t, tc.lex), controlledComplements(t, tc.lex)} {
		for id := range ids {
			if h.void == nil {
				h.void = map[int]bool{}
			}
			h.void[sc.toks.tokenAt(t.Word(id).Start)] = true
		}
	}
	tc.missHints(h, sc.toks, t, misses)
	for id := range weighedObjects(t) {
		if h.maybe == nil {
			h.maybe = map[int]bool{}
		}
		h.maybe[sc.toks.tokenAt(t.Word(id).Start)] = true
	}
}

// weighedObjects returns the object nouns of verbs of deliberation ("is considering sanctions
// against Nicaragua", "weighing new sanctions on Iran"): an option weighed, not done, which the
// word rules read as proposed at most.
func weighedObjects(t *syntax.Tree) map[int]bool {
	var out map[int]bool
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.Deprel != "obj" || w.Head == 0 || !deliberationVerbs[strings.ToLower(t.Word(w.Head).Lemma)] {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[id] = true
	}
	return out
}

// deliberationVerbs weigh an option: what they take is not done.
var deliberationVerbs = setOf("consider", "weigh", "mull", "contemplate", "debate", "ponder")

// missHints records in h what the tree coder's near misses tell the word rules (the sentence's
// tokens ts, its tree t): whose noun is a verb's subject, and which triggers speculation or
// obligation took away, or name no event at all.
func (tc *treeCoder) missHints(h *treeHints, ts tokens, t *syntax.Tree, misses []events.Miss) {
	for _, m := range misses {
		if m.Subject > 0 {
			tc.subjectHint(h, ts, t, m)
		}
		if m.Maybe {
			if h.maybe == nil {
				h.maybe = map[int]bool{}
			}
			h.maybe[ts.tokenAt(t.Word(m.Word).Start)] = true
		}
		if m.Void {
			voidHint(h, ts, t, m)
		}
	}
}

// subjectHint records in h the noun the miss m found as its verb's subject, with whether it is
// one private person or kin.
func (tc *treeCoder) subjectHint(h *treeHints, ts tokens, t *syntax.Tree, m events.Miss) {
	if h.nounSubject == nil {
		h.nounSubject = map[int][2]int{}
	}
	h.nounSubject[ts.tokenAt(t.Word(m.Word).Start)] = nounPhrase(t, m.Subject)
	if tc.privatePersonNoun(t, m.Subject) {
		if h.privateSubject == nil {
			h.privateSubject = map[int]int{}
		}
		h.privateSubject[ts.tokenAt(t.Word(m.Word).Start)] = t.Word(m.Subject).End
	}
	if events.KinNoun(strings.ToLower(t.Word(m.Subject).Lemma)) {
		if h.kinSubject == nil {
			h.kinSubject = map[int]bool{}
		}
		h.kinSubject[ts.tokenAt(t.Word(m.Word).Start)] = true
	}
}

// voidHint records in h the trigger of the void miss m, and where negation took it away, what
// its object and the object's purpose clause tell as well.
func voidHint(h *treeHints, ts tokens, t *syntax.Tree, m events.Miss) {
	if h.void == nil {
		h.void = map[int]bool{}
	}
	h.void[ts.tokenAt(t.Word(m.Word).Start)] = true
	if m.Negated {
		// "would not participate in air strikes against IS": what a negated verb
		// governs did not happen either, nor what its object's clause tells ("has given
		// no order to pull out the troops")
		for _, ch := range t.Children(m.Word) {
			if r := syntax.BaseRel(t.Word(ch).Deprel); r == "obj" || r == "obl" {
				h.void[ts.tokenAt(t.Word(ch).Start)] = true
				for _, x := range t.Children(ch) {
					if xw := t.Word(x); xw.Deprel == "acl" && xw.UPOS == "VERB" && events.Infinitive(t, x) {
						h.void[ts.tokenAt(xw.Start)] = true
					}
				}
			}
		}
	}
}

// stancesOnHarm returns the verbs of approval whose object is an act of force ("endorsed the
// invasion of Iraq"): the approval is of the act's author, and none of its victim (events'
// harmVictim), which the tree coder reads; the word rules, which would take the nearest actor
// for the target, read nothing there. (Verbs of disapproval keep the word rules' reading: "the
// Quetta suicide attack" condemned is coded as disapproval towards whoever the phrase names, as
// the PLV sets code an attack condemned, and voiding it lost such pairs.)
func stancesOnHarm(t *syntax.Tree, lex *treeLexicon) map[int]bool {
	var out map[int]bool
	for v := 1; v <= len(t.S.Words); v++ {
		if t.Word(v).UPOS != "VERB" || !stanceVerb(lex, strings.ToLower(t.Word(v).Lemma)) {
			continue
		}
		for _, o := range t.Dependents(v, "obj") {
			if s, ok := lex.Noun(strings.ToLower(t.Word(o).Lemma)); ok && (s.Type == "ASSAULT" || s.Type == "FIGHT" || s.Type == "COERCE") {
				if out == nil {
					out = map[int]bool{}
				}
				out[v] = true
			}
		}
	}
	return out
}

// stanceVerb reports whether the lexicon reads the verb as support.
func stanceVerb(lex *treeLexicon, lemma string) bool {
	for _, s := range lex.Verb(lemma) {
		if s.Type == "SUPPORT" {
			return true
		}
	}
	return false
}

// controlledComplements returns the verbs that are the infinitive complement of a verb of
// threat, refusal or denial ("a militant threatening to kill Somers", "refused to meet"):
// whatever the tree coder made of them, they tell no act that happened, so the word rules, which
// read the verb alone, read no fact there. A verb of aspect ("continued to attack") leaves its
// complement a fact, and so, for the word rules, does one of intent: what a state decided or
// is willing to do ("decided to lift sanctions") is coded as the act intended.
func controlledComplements(t *syntax.Tree, lex *treeLexicon) map[int]bool {
	var out map[int]bool
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.Deprel != "xcomp" || w.UPOS != "VERB" || w.Head == 0 || !events.Infinitive(t, id) {
			continue
		}
		for _, s := range lex.Verb(strings.ToLower(t.Word(w.Head).Lemma)) {
			switch s.Role {
			case events.RoleThreat, events.RoleRefuse, events.RoleDeny:
				if out == nil {
					out = map[int]bool{}
				}
				out[id] = true
			}
		}
	}
	return out
}

// participleSubjects maps the token of each active participle that the tree hangs on a noun
// before it that may act, an actor, an agent or a person ("Kurdish fighters defending the Syrian
// city of Kobane", "warplanes carrying out raids"), to the byte span of that noun's phrase: the
// noun is who acts, so the word rules take no subject outside it (the clause's subject,
// "Turkey's president has said …", did no defending). A thing does not act: in "12 million
// dollars going to Bolivia" the money rule finds who pays.
func (tc *treeCoder) participleSubjects(sc *sentCtx, t *syntax.Tree, acts []events.Actor) map[int][2]int {
	var out map[int][2]int
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.Deprel != "acl" || w.XPOS != "VBG" || w.Head == 0 || w.Head > id {
			continue
		}
		if !tc.personOrAgent(t, w.Head) && !actorAt(acts, t.Word(w.Head)) {
			continue
		}
		if out == nil {
			out = map[int][2]int{}
		}
		out[sc.toks.tokenAt(w.Start)] = nounPhrase(t, w.Head)
	}
	return out
}

// gerundSubjects maps the token of each gerund the tree hangs on a verb as an adverbial clause
// with no subject or conjunction of its own (", saying …", ", attacking …") to the byte span of
// that verb's subject, a noun, a name or an actor: that subject is who acts, so the word rules
// take no subject outside it ("The killer addresses Cameron, saying that Haines has to pay":
// Cameron says nothing).
func gerundSubjects(sc *sentCtx, t *syntax.Tree, acts []events.Actor) map[int][2]int {
	var out map[int][2]int
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.Deprel != "advcl" || w.XPOS != "VBG" || w.Head == 0 || w.Head > id || len(t.Dependents(id, "nsubj")) > 0 || len(t.Dependents(id, "mark")) > 0 {
			continue
		}
		for _, s := range t.Dependents(w.Head, "nsubj") {
			if u := t.Word(s).UPOS; u != "NOUN" && u != "PROPN" && !actorAt(acts, t.Word(s)) {
				continue
			}
			if out == nil {
				out = map[int][2]int{}
			}
			out[sc.toks.tokenAt(w.Start)] = nounPhrase(t, s)
		}
	}
	return out
}

// actorAt reports whether an actor of acts covers the word w.
func actorAt(acts []events.Actor, w *syntax.Word) bool {
	for _, a := range acts {
		if a.Start < w.End && w.Start < a.End {
			return true
		}
	}
	return false
}

// emitTree emits the tree coder's event e as a relation of sc, with its rule and sectors.
func (sc *sentCtx) emitTree(t *syntax.Tree, e events.Event) {
	info := &eventInfo{trigger: sc.toks.tokenAt(t.Word(e.Trigger).Start), status: e.Status, confidence: 0.8,
		mutual: e.Mutual, mode: e.Mode, speaker: -1, tree: true, subjBody: e.SubjectSector != "", objBody: e.ObjectSector != "",
		verb: t.Word(e.Trigger).UPOS == "VERB"}
	n := len(sc.out)
	sc.emit(e.Type, e.Subject, e.Object, info)
	if len(sc.out) == n {
		return
	}
	r := &sc.out[n]
	sc.governed(t, e.Trigger, r.Subject, r.Object, n)
	r.Rule = e.Rule
	r.SubjectSector, r.ObjectSector = e.SubjectSector, e.ObjectSector
	if r.Subject != sc.actors[e.Subject].EntityID { // a mutual event emitted the other way round
		r.SubjectSector, r.ObjectSector = e.ObjectSector, e.SubjectSector
	}
	sc.st.fillGroupSectors(r)
}

// nounPhrase returns the byte span of the phrase of noun n without its clauses and appositions:
// "gunmen from Syria", but not "the group which holds parts of Syria".
func nounPhrase(t *syntax.Tree, n int) [2]int {
	lo, hi := n, n
	for w := 1; w <= len(t.S.Words); w++ {
		if w == n || !t.Under(w, n) {
			continue
		}
		top := w
		for t.Word(top).Head != n {
			top = t.Word(top).Head
		}
		switch syntax.BaseRel(t.Word(top).Deprel) {
		case "acl", "appos", "parataxis", "conj", "cc", "punct":
			continue
		}
		lo, hi = min(lo, w), max(hi, w)
	}
	return [2]int{t.Word(lo).Start, t.Word(hi).End}
}

// relativeClauses returns the byte spans of the relative clauses of t.
func relativeClauses(t *syntax.Tree) [][2]int {
	var out [][2]int
	for id := 1; id <= len(t.S.Words); id++ {
		if t.Word(id).Deprel != "acl:relcl" {
			continue
		}
		out = append(out, subtreeSpan(t, id))
	}
	return out
}

// subtreeSpan returns the byte span of the words under any of tops (at least one).
func subtreeSpan(t *syntax.Tree, tops ...int) [2]int {
	lo, hi := tops[0], tops[0]
	for w := 1; w <= len(t.S.Words); w++ {
		for _, top := range tops {
			if t.Under(w, top) {
				lo, hi = min(lo, w), max(hi, w)
			}
		}
	}
	return [2]int{t.Word(lo).Start, t.Word(hi).End}
}

// governed registers the nouns that trigger v governs as its object or oblique as read by
// the tree between subj and obj (relation out[i]): "rejected any cooperation with the ICC" is
// one event, a REJECT, and the word rules do not read "cooperation" as a second one; and, where
// the event answers another's act (answersAct), that the noun's act is not its subject's.
func (sc *sentCtx) governed(t *syntax.Tree, v int, subj, obj string, i int) {
	for _, ch := range t.Children(v) {
		if rel := t.Word(ch).Deprel; rel == "nsubj:pass" || syntax.BaseRel(rel) == "obj" || syntax.BaseRel(rel) == "obl" {
			k := sc.toks.tokenAt(t.Word(ch).Start)
			sc.hints.read[newReadKey(k, subj, obj)] = i
			if !answersAct[sc.out[i].Type] {
				continue
			}
			if sc.hints.governedBy == nil {
				sc.hints.governedBy = map[int]string{}
			}
			sc.hints.governedBy[k] = subj
		}
	}
}

// answersAct are the types of events that answer another's act named as their object
// ("condemned the attack", "praised the agreement", "investigated the killings", "demanded an end
// to the strikes"): that act is not the subject's own. Agreeing, launching or rejecting it may be,
// so this is fewer than the events package's reactions (which also hold REJECT, THREATEN and
// PROTEST, for whom a reaction is aimed at): read for every type, it lost right readings.
var answersAct = map[string]bool{"DISAPPROVE": true, "SUPPORT": true, "INVESTIGATE": true, "DEMAND": true}

// tokenAt returns the index of the token of sc that holds byte offset off (the last before it
// when none does).
func (ts tokens) tokenAt(off int) int {
	k := 0
	for i, t := range ts {
		if t.Start > off {
			break
		}
		k = i
	}
	return k
}

// modelNumber reports whether a hyphen and a digit follow offset end of text: the name before
// is the prefix of a model's designation ("SA-6", "F-16", "MiG-29").
func modelNumber(text string, end int) bool {
	return end+1 < len(text) && text[end] == '-' && text[end+1] >= '0' && text[end+1] <= '9'
}

// argRels are the relations of a noun phrase that may name a party to an event.
var argRels = map[string]bool{"nsubj": true, "nsubj:pass": true, "obj": true, "iobj": true, "obl": true,
	"obl:agent": true, "nmod": true, "nmod:poss": true, "conj": true, "appos": true}

// unknownNames adds to the sentence's actors the proper names that no list knows but the tree
// shows as arguments ("the ACLU sued the FBI"): a person when the name begins with a known first
// name, an organisation otherwise. The entity and its mention are kept only if an event takes
// it (see keepNames).
func (tc *treeCoder) unknownNames(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) []entities.Mention {
	d := sc.st.d
	ms = ms[:len(ms):len(ms)] // appending must not write over the doc's next mentions
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.UPOS != "PROPN" || !argRels[w.Deprel] {
			continue
		}
		lo, hi, ok := tc.newName(t, id, ms, d.Mentions)
		if !ok {
			continue
		}
		if _, ev := tc.lex.Noun(strings.ToLower(t.Word(lo).Form)); lo == hi && ev {
			continue // "Airstrike in Somalia by U.S. Forces Targets Shabab Leader": an event, no one's name
		}
		start, end := t.Word(lo).Start, t.Word(hi).End
		if modelNumber(d.Text, end) {
			continue // "SA-6 surface-to-air missiles", "F-16 jets": a model, no one's name
		}
		text := d.Text[start:end]
		plural := !tc.firstNames[t.Word(lo).Form] && pluralNoun(t.Word(hi).Form)
		if plural && lo == hi && syntax.PersonNoun(singular(strings.ToLower(t.Word(hi).Form))) {
			continue // "banned Westerners from its territory": people, no one body
		}
		typ, prefix := newsgraph.Person, "person/"
		if (orgName(t, lo, hi) || brandName(t, lo, hi) || plural) && (!tc.firstNames[t.Word(lo).Form] || armedGroupHeads[strings.ToLower(t.Word(hi).Form)]) {
			// a name with a word that names a body ("Union", "Party", "Bank") or in capitals
			// is an organisation, and so is one capitalised common noun ("Apple", "Google": a
			// brand) and one ending in a plural noun ("Navy SEALs"); other unknown names of two or three words, or a lone one as subject or
			// object, are most often people (the gazetteers know the places)
			typ, prefix = newsgraph.Organization, "org/"
		}
		eid := prefix + entities.Slug(text)
		if _, ok := d.Entities[eid]; !ok {
			sc.st.pending[eid] = &newsgraph.Entity{ID: eid, Type: typ, Name: text}
		}
		m := entities.Mention{Start: start, End: end, Text: text, EntityID: eid, Kind: "name", Sentence: sc.si}
		ms = append(ms, m)
		sc.actors = append(sc.actors, evActor{EntityID: eid, Type: typ, Kind: "name", Text: text})
		sc.actorTok = append(sc.actorTok, sc.toks.tokenAt(start))
		sc.st.pendingMentions = append(sc.st.pendingMentions, m)
	}
	return ms
}

// pluralNoun reports whether the word w is the plural of a common noun the dictionary knows
// ("Wars", "Highlanders", "DVDs"): a name ending in one names a body, a work or a group ("Star
// Wars", "the Argyll and Sutherland Highlanders"), not one person, unless a given name begins it
// ("Tiger Woods").
func pluralNoun(w string) bool {
	l := strings.ToLower(w)
	s := singular(l)
	return s != l && syntax.DictionaryNoun(s)
}

// brandName reports whether the name lo..hi is one capitalised word, not the sentence's first,
// that the dictionary knows as a common noun but not as a person ("Apple is asking developers";
// not "a Kurd", nor "Wilson", whose first sense is the president): a brand or body named by a
// common word, not a person (whose lone surname the entity stage ties to the person named
// before).
func brandName(t *syntax.Tree, lo, hi int) bool {
	l := strings.ToLower(t.Word(lo).Form)
	return lo == hi && lo > 1 && syntax.DictionaryNoun(l) && !syntax.PersonNoun(l)
}

// newName returns the first and last word of the name headed by the proper noun id when it may
// be an actor no list knows: the name after an office ("KRG President Masoud Barzani"), as
// subject or object, after "against", or of several words or in capitals elsewhere. Not a
// title alone ("Vice Foreign Minister", attached to its owner), a name a mention covers (ms of
// the sentence, or seen, the entity stage's: a place takes part in no event), a time, part of
// an office ("Energy Minister"), "the" before a name that names no body ("the Amazon"), a
// document or occasion ("the Gulf War"), or a storm or a military operation ("Cyclone Yasa").
func (tc *treeCoder) newName(t *syntax.Tree, id int, ms, seen []entities.Mention) (lo, hi int, ok bool) {
	lo, hi = nameRun(t, id)
	body := id == hi && armedGroupHeads[strings.ToLower(t.Word(hi).Form)]
	if body {
		// "the Arakan Army", "the Kachin Independence Army": an armed group's name ends in
		// its agent word, which is no title before a name; alone ("the Army") it is no name
		if lo = namedBodyStart(t, lo, hi, ms); lo == hi {
			return 0, 0, false
		}
	} else if k := tc.lastTitle(t, lo, hi); k > 0 {
		lo = k + 1
	}
	if lo > hi {
		return 0, 0, false
	}
	start, end := t.Word(lo).Start, t.Word(hi).End
	if head := t.Word(hi).Start; body && onlyPlacesIn(ms, start, head) && onlyPlacesIn(seen, start, head) &&
		!overlapsMention(ms, head, end) && !overlapsMention(seen, head, end) {
		// "the Kachin Independence Army": a body named after a region is the body's name
		ms, seen = nil, nil
	}
	if overlapsMention(ms, start, end) || overlapsMention(seen, start, end) || end-start < 2 || namedPlace(t, id) ||
		!capitalised(t.Word(lo).Form) ||
		timeName(t, lo, hi) || tc.beforeTitle(t, hi) || definite(t, id) && !orgName(t, lo, hi) ||
		entities.IsDocumentWord(strings.ToLower(t.Word(hi).Form)) || occasionWords[strings.ToLower(t.Word(lo).Form)] {
		return 0, 0, false
	}
	if l := strings.ToLower(t.Word(lo).Form); lo == hi && (lo == 1 && syntax.DictionaryWord(l) && !syntax.DictionaryNoun(l) || notActorNames[t.Word(lo).Form]) {
		return 0, 0, false // "Nonetheless, …", "Pictured: …" read as names; "God"
	}
	if lo < hi && (notActorNames[t.Word(hi).Form] || tc.openingVerb(t, lo)) {
		return 0, 0, false // "Thank God for …", "Jesus Christ"
	}
	switch t.Word(id).Deprel {
	case "nsubj", "nsubj:pass", "obj", "iobj":
		return lo, hi, true
	}
	if wherePreps[t.Prep(id)] {
		return 0, 0, false // "overran government forces in Al Raqqa": a place no list knows
	}
	// one unknown word after a preposition is as often a place as an actor; not after one that
	// names the party acted against ("a lawsuit against Thom")
	return lo, hi, lo < hi || acronym(t.Word(lo).Form) || partyPreps[t.Prep(id)]
}

// openingVerb reports whether the word lo, capitalised as the first of a sentence or of a quote
// ("“Thank God for …”", "Asked about …: “Meet …"), is a verb of the dictionary and no noun nor
// given name: its capital makes no name of the words after it.
func (tc *treeCoder) openingVerb(t *syntax.Tree, lo int) bool {
	if lo > 1 && !openingMarks[t.Word(lo-1).Lemma] || tc.firstNames[t.Word(lo).Form] {
		return false
	}
	l := strings.ToLower(t.Word(lo).Form)
	return syntax.DictionaryVerb(l) && !syntax.DictionaryNoun(l)
}

// openingMarks open a quote or a list, by their lemma (curly quotes are lemmatised straight):
// the word after one is capitalised as a sentence's first.
var openingMarks = setOf("\"", "'", ":", "(")

// armedGroupHeads end the names of armed groups, which a region's name or other capitalised
// words before them make a body of their own ("the Arakan Army"), where a state's bodies named
// after a place ("Delhi High Court", "the Metropolitan Police") stay that state's agents.
var armedGroupHeads = setOf("army", "front", "movement", "brigade", "brigades", "militia")

// namedBodyStart returns where the name of a body whose last word is an armed group's (hi) begins:
// lo, or before it the capitalised words on the name (adjectives or names, a region's too) that
// no country's mention covers ("the Arakan Army", "Arakan" read as an adjective; "the Kachin
// Independence Army"; "the Syrian Army" is Syria's, and stays a state's agent).
func namedBodyStart(t *syntax.Tree, lo, hi int, ms []entities.Mention) int {
	for lo > 1 {
		w := t.Word(lo - 1)
		if w.UPOS != "ADJ" && w.UPOS != "PROPN" || w.Head < lo || w.Head > hi || !capitalised(w.Form) || countryIn(ms, w.Start, w.End) {
			break
		}
		lo--
	}
	return lo
}

// countryIn reports whether a mention of a country overlaps the bytes start to end.
func countryIn(ms []entities.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End && strings.HasPrefix(m.EntityID, "country/") {
			return true
		}
	}
	return false
}

// onlyPlacesIn reports whether every mention that overlaps the bytes start to end names a place
// that is no country.
func onlyPlacesIn(ms []entities.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End && !strings.HasPrefix(m.EntityID, "place/") {
			return false
		}
	}
	return true
}

// wherePreps say where something is or happens (not whither: "a letter to John Smith"): a name no
// list knows after one is a place, not a party.
var wherePreps = setOf("in", "at", "near", "inside", "outside", "around", "across", "throughout", "within")

// partyPreps name the party an act is against.
var partyPreps = setOf("against")

// notActorNames are capitalised words the tree may take as an unknown name that name no party
// to a political event: deities.
var notActorNames = setOf("God", "Allah", "Jesus", "Christ", "Lord", "Satan")

// occasionWords begin the names of storms and military operations ("Cyclone Yasa", "Hurricane
// Katrina", "Operation Inherent Resolve"), which are no actors.
var occasionWords = setOf("cyclone", "hurricane", "typhoon", "storm", "tornado", "operation")

// nameRun returns the first and last word of the proper name headed by id: its flat and
// compound proper-noun dependents next to it.
func nameRun(t *syntax.Tree, id int) (int, int) {
	lo, hi := id, id
	for changed := true; changed; {
		changed = false
		for _, ch := range t.Children(id) {
			cw := t.Word(ch)
			if (cw.Deprel == "flat" || cw.Deprel == "compound") && cw.UPOS == "PROPN" && (ch == lo-1 || ch == hi+1) {
				lo, hi = min(lo, ch), max(hi, ch)
				changed = true
			}
		}
	}
	return lo, hi
}

func overlapsMention(ms []entities.Mention, start, end int) bool {
	for _, m := range ms {
		if m.Start < end && start < m.End {
			return true
		}
	}
	return false
}

// timeName reports whether the name from word lo to hi names a time: a weekday, a month, or one
// with a number ("May 5").
func timeName(t *syntax.Tree, lo, hi int) bool {
	for id := lo; id <= hi; id++ {
		w := strings.ToLower(strings.TrimSuffix(t.Word(id).Form, "."))
		if _, ok := monthNames[w]; ok || isWeekday(w) || t.Word(id).UPOS == "NUM" {
			return true
		}
	}
	return false
}

// newSubject reports whether the subject of the sentence's main clause is someone new who is no
// named actor: a noun phrase that names none and is no definite description of one named before
// ("Somers' mother and brother appeared …", "Militants loyal to al-Shabaab attacked …"). A
// pronoun in the next sentence ("They have since beheaded two soldiers") most likely stands for
// them, not for an actor named before, while "the group" or "the government" most often refers
// back. (Making such a group the pronoun's antecedent added more wrong readings on FNC-1 than
// right ones: "we" and "they" in quotations.)
func newSubject(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) bool {
	for id := 1; id <= len(t.S.Words); id++ {
		if t.Word(id).Head != 0 {
			continue
		}
		for _, ch := range t.Children(id) {
			w := t.Word(ch)
			if w.Deprel != "nsubj" && w.Deprel != "nsubj:pass" || w.UPOS == "PRON" {
				continue
			}
			if k := mentionAt(ms, w); k >= 0 {
				return sc.actors[k].Type == newsgraph.Group
			}
			return !definite(t, ch)
		}
	}
	return false
}

// pronounSubjects makes "it" and "they" as subjects stand for the subject of the first event of
// the sentence before ("Rwanda agreed … It has also signed …"), which the entity stage leaves to
// the event stage.
func pronounSubjects(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) []entities.Mention {
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.UPOS != "PRON" || (w.Deprel != "nsubj" && w.Deprel != "nsubj:pass") || overlapsMention(ms, w.Start, w.End) {
			continue
		}
		if l := strings.ToLower(w.Form); l != "it" && l != "they" {
			continue
		}
		var a evActor
		if k := sentenceAntecedent(t, id, ms); k >= 0 {
			a = sc.actors[k] // "Chile said it would send aid": the subject of the clause above
		} else if k == nounAntecedent {
			continue
		} else if prev := sc.st.prevSubj; prev != nil {
			a = *prev
		} else if m, ok := sc.st.anaphorAt(w.Start); ok {
			a = sc.st.actorFor(m) // the entity stage's reading of the pronoun
		} else {
			continue
		}
		ms = append(ms[:len(ms):len(ms)], entities.Mention{Start: w.Start, End: w.End, Text: w.Form, EntityID: a.EntityID, Kind: "anaphor", Sentence: sc.si})
		sc.actors = append(sc.actors, a)
		sc.actorTok = append(sc.actorTok, sc.toks.tokenAt(w.Start))
	}
	return ms
}

// parallelSubjects makes "he" or "she" as the subject of a clause joined to one before it stand
// for that clause's subject, a person, where the entity stage (which reads no tree) took the
// person named last: in "Johnson never mentioned Hunter by name, but he has called on
// lawmakers …" the second clause goes on about Johnson. A clause coordinated with another keeps
// its subject (as subjectlessConjuncts reads a conjunct with none); only a pronoun the entity
// stage gave to another person is changed.
func parallelSubjects(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) []entities.Mention {
	out := ms
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if l := strings.ToLower(w.Form); l != "he" && l != "she" || w.Deprel != "nsubj" && w.Deprel != "nsubj:pass" {
			continue
		}
		k := mentionAt(out, w)
		if k < 0 || out[k].Kind != "anaphor" || w.Head == 0 {
			continue
		}
		if v := t.Word(w.Head); v.Deprel != "conj" || v.Head == 0 {
			continue
		}
		ante := -1
		for _, ch := range t.Children(t.Word(w.Head).Head) {
			if d := t.Word(ch).Deprel; (d == "nsubj" || d == "nsubj:pass") && ch < id {
				ante = mentionAt(out, t.Word(ch))
			}
		}
		if ante < 0 || ante == k || out[ante].EntityID == out[k].EntityID || !sc.personActor(ante) || !sc.personActor(k) {
			continue
		}
		if &out[0] == &ms[0] {
			out = slices.Clone(ms)
		}
		out[k].EntityID = out[ante].EntityID
		sc.actors[k] = sc.actors[ante]
	}
	return out
}

// personActor reports whether actor k is a person, named or acting for the state they serve.
func (sc *sentCtx) personActor(k int) bool {
	a := sc.actors[k]
	return a.Type == newsgraph.Person || a.Via != ""
}

// anaphorAt returns the entity stage's mention of a pronoun starting at byte off.
func (st *docState) anaphorAt(off int) (entities.Mention, bool) {
	ms := st.d.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= off })
	if i < len(ms) && ms[i].Start == off && ms[i].Kind == "anaphor" {
		return ms[i], true
	}
	return entities.Mention{}, false
}

// lastTitle returns the last word from lo to hi that names an office or body ("Vice Foreign
// Minister", "Roman Emperor Marcus Aurelius"), or 0: the tree coder attaches an office to its
// owner, and what follows it is the holder's name.
func (tc *treeCoder) lastTitle(t *syntax.Tree, lo, hi int) int {
	for id := hi; id >= lo; id-- {
		if _, ok := tc.lex.Agent(strings.ToLower(t.Word(id).Lemma)); ok {
			return id
		}
	}
	return 0
}

// beforeTitle reports whether the word or two after a name are an office or body ("Energy
// Minister", "Defence Ministry", "Google chief executive"): the name is part of the office's
// name, not a person.
func (tc *treeCoder) beforeTitle(t *syntax.Tree, hi int) bool {
	if hi >= len(t.S.Words) {
		return false
	}
	next := strings.ToLower(t.Word(hi + 1).Lemma)
	if _, ok := tc.lex.Agent(next); ok {
		return true
	}
	if hi+2 <= len(t.S.Words) { // "Google chief executive"
		_, ok := tc.lex.Agent(next + " " + strings.ToLower(t.Word(hi+2).Lemma))
		return ok
	}
	return false
}

// acronym reports whether a word is written in capitals ("ACLU", "NPFL").
func acronym(w string) bool {
	n := 0
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
		n++
	}
	return n >= 2
}

// sentenceAntecedent returns the index in ms of the actor that a pronoun subject at word id most
// likely stands for within its own sentence: the subject of a clause above it that comes before
// it ("Chile said it would …"), nounAntecedent when that subject is a noun naming no actor, or -1
// when there is none.
func sentenceAntecedent(t *syntax.Tree, id int, ms []entities.Mention) int {
	for v, depth := t.Word(id).Head, 0; v > 0 && depth < 6; depth++ {
		v = t.Word(v).Head
		if v == 0 {
			break
		}
		for _, ch := range t.Children(v) {
			w := t.Word(ch)
			if (w.Deprel == "nsubj" || w.Deprel == "nsubj:pass") && ch < id {
				a := events.RelativeAntecedent(t, ch)
				rel := a > 0
				if rel {
					// "The Israeli government, which said it was investigating …": the noun
					// the clause hangs on, if it names an actor
					ch, w = a, t.Word(a)
				}
				if k := mentionAt(ms, w); k >= 0 {
					return k
				}
				if w.UPOS == "PRON" {
					return -1
				}
				if l := strings.ToLower(w.Lemma); !stateAgentNoun(l) {
					if definite(t, ch) || rel {
						return -1 // "the terrorist group said it executed …": one named before
					}
					return nounAntecedent
				}
				// "U.S. military officials acknowledged that they were trying to …": a state's
				// agents stand for the state a modifier names
				for _, m := range t.Children(ch) {
					if r := t.Word(m).Deprel; r == "compound" || r == "amod" || r == "nmod:poss" {
						if k := mentionAt(ms, t.Word(m)); k >= 0 {
							return k
						}
					}
				}
				if rel {
					return -1
				}
				return nounAntecedent
			}
		}
	}
	return -1
}

// nounAntecedent is sentenceAntecedent's answer for a pronoun whose antecedent is a noun that
// names no actor: "militants declared they would attack American targets".
const nounAntecedent = -2

// mentionAt returns the index in ms of the mention overlapping word w, or -1.
func mentionAt(ms []entities.Mention, w *syntax.Word) int {
	for k, m := range ms {
		if m.Start < w.End && w.Start < m.End {
			return k
		}
	}
	return -1
}

// stateAgent reports whether the noun (a lemma) names agents of a state in the tree coder's
// lexicon: officials, forces, the government, the authorities (events.StateSectors).
func (l *treeLexicon) stateAgent(lemma string) bool {
	s, ok := l.Agent(lemma)
	return ok && events.StateSectors[s]
}

// privatePersonNoun reports whether the word at id of t is one person named by a common noun
// that serves no state ("woman", "worker", "journalist"; not "official", "diplomat", nor a group,
// nor people in the plural, whom PLOVER's coders give their state: "Palestinian protesters"), or
// one private body ("a British company", not "an official Syrian newspaper": events.PrivateBody,
// StateOwned).
func (tc *treeCoder) privatePersonNoun(t *syntax.Tree, id int) bool {
	w := t.Word(id)
	l := strings.ToLower(w.Lemma)
	if w.XPOS != "NN" || tc.lex.stateAgent(l) {
		return false
	}
	return syntax.PersonNoun(l) || events.PrivateBodyAt(t, id)
}

// stateAgentNoun is stateAgent with the lexicon package's agents alone, without the tree
// lexicon's titles and own list: a pronoun's antecedent is taken for the state only where the
// dictionary of agents names the noun so (with titles too, "they" in "New Mexico's chief justice
// is defending state judges against criticisms that they release suspects" became New Mexico).
func stateAgentNoun(lemma string) bool {
	s, ok := lexicon.Agent(lemma)
	return ok && events.StateSectors[s]
}

// orgName reports whether the proper name from word lo to hi names an organisation: an acronym,
// a name of more than three words, or one holding a word that names a body.
func orgName(t *syntax.Tree, lo, hi int) bool {
	if hi-lo >= 3 {
		return true
	}
	for id := lo; id <= hi; id++ {
		f := t.Word(id).Form
		if acronym(f) || orgWords[strings.ToLower(f)] {
			return true
		}
	}
	return false
}

// orgWords are the words that make a proper name the name of a body.
var orgWords = setOf("union", "party", "council", "court", "ministry", "bank", "company", "corp", "corporation",
	"inc", "ltd", "group", "association", "organization", "organisation", "front", "army", "movement", "agency",
	"commission", "committee", "institute", "university", "news", "times", "post", "press", "network", "league",
	"federation", "foundation", "fund", "alliance", "coalition", "forces", "force", "police", "guard", "brigade",
	"brigades", "congress", "assembly", "parliament", "senate", "house", "office", "department", "board",
	"authority", "service", "services", "watch", "international", "media", "club", "church", "center", "centre",
	"airlines", "airways", "motors", "industries", "holdings", "systems", "technologies", "labs", "state")

// hyphenModified reports whether the noun id has a hyphenated modifier that ties it to a name
// other than its holder's ("the Washington-backed leader", "the Paris-based group"): the
// sentence says whose ally or where it is, so it stands for the article's country no more
// than for the name. "The Saudi-led coalition" is led by the name (entities.IsHolderWord).
func hyphenModified(t *syntax.Tree, id int) bool {
	for _, c := range t.Dependents(id, "amod") {
		if c < 3 {
			continue
		}
		w, dash, name := t.Word(c), t.Word(c-1), t.Word(c-2)
		if dash.Form == "-" && dash.Start == name.End && w.Start == dash.End && capitalised(name.Form) &&
			!entities.IsHolderWord(strings.ToLower(w.Form)) {
			return true
		}
	}
	return false
}

// civilToo are the state agent nouns that as often name a civil craft ("the ship was seized",
// "the jet landed"): a country's with a demonym ("Chinese ships"), no one's with "the" alone,
// unless the article named them before as a country's ("Chinese coast guard ships … the ships").
var civilToo = setOf("ship", "jet")

// definiteAgents makes a definite agent of a state that the sentence attaches to no one ("the
// government", "the President", "the army") stand for the country the article is about: the
// country named most often in the sentences before (none in an article's first sentence).
//
// An agent named before with its country ("the British Supreme Court") is that country's when
// it comes back with "the" ("override the court's decision"): the last such mention wins.
func (tc *treeCoder) definiteAgents(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) []entities.Mention {
	var topic evActor
	found := false
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.UPOS != "NOUN" && w.UPOS != "PROPN" || !argRels[w.Deprel] || overlapsMention(ms, w.Start, w.End) {
			continue
		}
		lemma := strings.ToLower(w.Lemma)
		a, named := sc.st.agentOwner[lemma]
		if !tc.lex.stateAgent(lemma) || civilToo[lemma] && !named || !definite(t, id) || attached(t, id, ms) || placedNext(t, id, ms) || hyphenModified(t, id) || namedBody(t, id, ms) {
			continue
		}
		if !named && !found {
			if topic, found = sc.st.topicCountry(sc.si); !found {
				continue
			}
		}
		if !named {
			a = topic
		}
		ms = append(ms[:len(ms):len(ms)], entities.Mention{Start: w.Start, End: w.End, Text: w.Form, EntityID: a.EntityID, Kind: "anaphor", Sentence: sc.si})
		sc.actors = append(sc.actors, a)
		sc.actorTok = append(sc.actorTok, sc.toks.tokenAt(w.Start))
	}
	return ms
}

// namedBody reports whether the agent noun at id is the capitalised end of a body's name that
// no list knows, a capitalised word before it that no mention covers: "the Arakan Army" is a
// group of its own, not the army of the country the article is about.
func namedBody(t *syntax.Tree, id int, ms []entities.Mention) bool {
	w := t.Word(id)
	if w.Form == "" || !unicode.IsUpper(rune(w.Form[0])) {
		return false
	}
	for _, ch := range t.Children(id) {
		c := t.Word(ch)
		if r := c.Deprel; (r == "amod" || r == "compound" || r == "flat") && ch < id && c.Form != "" &&
			unicode.IsUpper(rune(c.Form[0])) && !overlapsMention(ms, c.Start, c.End) {
			return true
		}
	}
	return false
}

// noteAgentOwners records, for each state agent noun of the sentence that a country's mention
// attaches to ("Kenya's army") or that ends a body's name ("the British Supreme Court"), that
// country or body (docState.agentOwner). The definite agents the sentence refers to itself
// (anaphors) are not recorded.
func (tc *treeCoder) noteAgentOwners(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) {
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.UPOS != "NOUN" && w.UPOS != "PROPN" {
			continue
		}
		lemma := strings.ToLower(w.Lemma)
		if !tc.lex.stateAgent(lemma) {
			continue
		}
		for i, m := range ms {
			if i < len(sc.actors) && m.End == w.End && m.Start < w.Start && sc.actors[i].Type == newsgraph.Organization {
				sc.st.noteAgentOwner(lemma, sc.actors[i]) // a body's name ends with it: "the court" is that body
			}
		}
		for _, ch := range t.Children(id) {
			cw := t.Word(ch)
			switch cw.Deprel {
			case "amod", "compound", "nmod:poss":
			default:
				continue
			}
			for i, m := range ms {
				if i < len(sc.actors) && m.Start < cw.End && cw.Start < m.End && sc.actors[i].Type == newsgraph.Country && m.Kind != "anaphor" {
					sc.st.noteAgentOwner(lemma, sc.actors[i])
				}
			}
		}
	}
}

// noteAgentOwner records that the state agent noun lemma was last named as a's.
func (st *docState) noteAgentOwner(lemma string, a evActor) {
	if st.agentOwner == nil {
		st.agentOwner = map[string]evActor{}
	}
	a.Kind = "anaphor"
	st.agentOwner[lemma] = a
}

// definite reports whether the noun at id has the article "the".
func definite(t *syntax.Tree, id int) bool {
	for _, ch := range t.Children(id) {
		if w := t.Word(ch); w.Deprel == "det" && strings.EqualFold(w.Form, "the") {
			return true
		}
	}
	return false
}

// attached reports whether a dependent of the noun at id names an actor or any other name
// ("the Kenyan government", "the government of Chad", "the Tory government").
func attached(t *syntax.Tree, id int, ms []entities.Mention) bool {
	return attachedTo(t, id, ms, false)
}

// attachedTo is attached, leaving out with notWhere the phrases that say where ("challenged the
// ban at the World Trade Organization": where an act is taken up or done is not whose it is).
func attachedTo(t *syntax.Tree, id int, ms []entities.Mention, notWhere bool) bool {
	for _, ch := range t.Children(id) {
		w := t.Word(ch)
		if notWhere && w.Deprel == "nmod" && wherePreps[t.Prep(ch)] {
			continue
		}
		switch syntax.BaseRel(w.Deprel) {
		case "amod", "compound", "nmod", "flat", "appos":
			if w.UPOS == "PROPN" || overlapsMention(ms, w.Start, w.End) {
				return true
			}
		}
		if w.Deprel == "compound" && attached(t, ch, ms) {
			return true // "the Saudi crown prince": "Saudi" on "crown"
		}
	}
	return false
}

// placedNext reports whether the noun at id is followed by "in" or "of" and a mention, whatever
// the parser hung the phrase on: "refused to recognise the junta in Mali" is Mali's junta.
func placedNext(t *syntax.Tree, id int, ms []entities.Mention) bool {
	if id+2 > len(t.S.Words) {
		return false
	}
	p, n := t.Word(id+1), t.Word(id+2)
	return (strings.EqualFold(p.Form, "in") || strings.EqualFold(p.Form, "of")) && overlapsMention(ms, n.Start, n.End)
}

// topicCountry returns the country named most often before sentence si (the first named wins a
// tie), as an actor.
func (st *docState) topicCountry(si int) (evActor, bool) {
	count := map[string]int{}
	best, first := "", map[string]int{}
	for i, m := range st.d.Mentions {
		if m.Sentence >= si {
			break
		}
		e := st.d.Entities[m.EntityID]
		if e == nil || e.Type != newsgraph.Country {
			continue
		}
		if _, ok := first[e.ID]; !ok {
			first[e.ID] = i
		}
		count[e.ID]++
		if best == "" || count[e.ID] > count[best] || count[e.ID] == count[best] && first[e.ID] < first[best] {
			best = e.ID
		}
	}
	if best == "" {
		return evActor{}, false
	}
	e := st.d.Entities[best]
	return evActor{EntityID: e.ID, Code: e.Code, Type: e.Type, Kind: "anaphor", Text: e.Name}, true
}

// placeNouns name kinds of places: a name in apposition with one is a place ("Kobani, a Syrian
// town"), not an actor no list knows.
var placeNouns = setOf("town", "city", "village", "province", "region", "district", "county", "capital",
	"port", "island", "enclave", "suburb", "neighbourhood", "neighborhood", "municipality", "settlement", "camp")

// namedPlace reports whether the proper noun at id has an apposition headed by a place noun.
func namedPlace(t *syntax.Tree, id int) bool {
	for _, ch := range t.Children(id) {
		if w := t.Word(ch); w.Deprel == "appos" && placeNouns[strings.ToLower(w.Lemma)] {
			return true
		}
	}
	return false
}

// capitalised reports whether a word begins with an upper-case letter, as a name no list knows
// must ("al" of "al-Platform" is a particle the tagger read as a name).
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// plural reports whether a demonym is written as a plural noun: "Americans", "Iraqis" (but
// not "Swiss").
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// demonymsAsAdjectives tags each word of s that a demonym mention covers and a lower-case word
// follows as an adjective (UD: nationality adjectives are ADJ): "Kenyan police", "Turkish
// troops". At the start of a sentence the tagger took many for names, and the parse around them
// broke ("Kenyan police arrested 18 people" had "Kenyan" as its root). Words of s are untagged.
func demonymsAsAdjectives(s *syntax.Sentence, ms []entities.Mention) {
	for _, m := range ms {
		if m.Kind != "demonym" && m.Kind != "nationality" {
			continue
		}
		for i := 0; i+1 < len(s.Words); i++ {
			w, next := &s.Words[i], s.Words[i+1]
			if w.Start != m.Start || w.End != m.End || plural(w.Form) {
				continue // "Americans who joined": a noun
			}
			if r, _ := utf8.DecodeRuneInString(next.Form); unicode.IsLower(r) {
				w.UPOS, w.XPOS = "ADJ", "JJ"
			}
			if next.Form == "national" && nationalEnds(s.Words[i+2:]) {
				s.Words[i+1].UPOS, s.Words[i+1].XPOS = "NOUN", "NN" // "an Albanian national killed in Syria"
			}
		}
	}
}

// nationalEnds reports whether the words after "national" (after a demonym) leave it the head of
// its phrase, a citizen ("a British national, …", "an Albanian national killed in Syria", "a
// British national who …"), not an adjective before a noun ("a British national team"): they
// begin with no lower-case word, or with a function word or a participle. The tagger took
// "national" for the adjective it mostly is, and the parse broke.
func nationalEnds(rest []syntax.Word) bool {
	if len(rest) == 0 {
		return true
	}
	w := rest[0].Form
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
		return true
	}
	return afterNational[w] || strings.HasSuffix(w, "ed") && !syntax.DictionaryNoun(w)
}

var afterNational = setOf("who", "whose", "that", "was", "is", "has", "had", "and", "or", "in", "of",
	"from", "with", "at", "on", "for", "living", "working", "by", "as", "to", "were", "are")

// acronymsAsNames tags each word of s written in capitals that a name mention covers as a
// proper noun: an acronym spelt as a function word ("IS attacked Kobani", "the WHO criticized
// China") was read as the verb "be" or the pronoun "who", and the sentence had no subject.
// Words of s are untagged.
func acronymsAsNames(s *syntax.Sentence, ms []entities.Mention) {
	for _, m := range ms {
		if m.Kind != "name" && m.Kind != "alias" {
			continue
		}
		for i := range s.Words {
			w := &s.Words[i]
			if w.Start >= m.Start && w.End <= m.End && acronym(w.Form) {
				w.UPOS, w.XPOS = "PROPN", "NNP"
			}
		}
	}
}

// accordingTo reports whether the tree makes mention m, or the noun phrase it modifies
// ("according to Chadian officials"), the noun of "according to": the source of what the
// sentence tells, never a party to it.
func accordingTo(t *syntax.Tree, m entities.Mention) bool {
	n := mentionHead(t, m.Start, m.End)
	for k := 0; n > 0 && k < 3; k++ {
		for _, c := range t.Children(n) {
			if w := t.Word(c); w.Deprel == "case" && strings.EqualFold(w.Form, "according") {
				return true
			}
		}
		switch t.Word(n).Deprel {
		case "amod", "compound", "nmod:poss", "flat", "nmod:desc":
			n = t.Word(n).Head
		default:
			return false
		}
	}
	return false
}
