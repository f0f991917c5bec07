package loader

// What the tree tells the word rules: which actors it places where something happens, which it
// shows only as another person's, which stand in the noun a passive participle befell, and which
// name the speaker of a trailing attribution, gathered in treeHints. The tree coder fills them in
// (events_tree.go); sentCtx.wordRuleFits reads them for the relations the word rules read.

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// attributedSpeaker reports whether mention m names the speaker of the sentence's trailing
// attribution (", Paul Waldie of the Globe and Mail wrote on Twitter"): it lies between the
// attribution's comma and its reporting verb, and the tree gives that verb no object of its own
// (", in a press release, announced the dismissal of …" is no attribution). The parser often
// hangs such a tail inside the clause before it (the speaker as an apposition of its object);
// the speaker tells the events, and takes part in none of them. The word rules know the speaker
// (sc.speaker) and read it so too.
func (sc *sentCtx) attributedSpeaker(t *syntax.Tree, m entities.Mention) bool {
	if sc.attr >= len(sc.toks) || m.Start < sc.toks[sc.attr].Start || m.Start >= sc.toks[sc.attrVerb].Start {
		return false
	}
	v := wordAt(t, sc.toks[sc.attrVerb].Start)
	return v > 0 && len(t.Dependents(v, "obj")) == 0
}

// treeAttribution finds, where the word rules found no attribution closing sc's sentence, one
// that the tree shows: a reporting verb after the clause it reports, hung on it as a parenthetical
// (parataxis), with a subject that a comma opens and no object ("Iran seized a tanker, the US
// Navy said, adding that …"; the word rules allow only a short tail after the verb). Its speaker
// is then no party for the word rules either, and the words from the comma on are no clause of
// theirs.
func (sc *sentCtx) treeAttribution(t *syntax.Tree, lex *treeLexicon) {
	if sc.attr < len(sc.toks) {
		return
	}
	for v := 1; v <= len(t.S.Words); v++ {
		w := t.Word(v)
		if w.Deprel != "parataxis" || w.Head == 0 || w.Head > v || !reportVerb(lex, w.Lemma) || len(t.Dependents(v, "obj")) > 0 {
			continue
		}
		subj := t.Dependents(v, "nsubj")
		if len(subj) != 1 || subj[0] > v {
			continue
		}
		first := subj[0]
		for first > 1 && t.Word(first-1).Form != "," && t.Under(first-1, subj[0]) {
			first--
		}
		if first < 2 || t.Word(first-1).Form != "," {
			continue
		}
		c, k := tokenAt(sc.toks, t.Word(first-1).Start), tokenAt(sc.toks, w.Start)
		if c < 0 || k <= c {
			return
		}
		sc.setAttribution(c, k, k)
		return
	}
}

// reportVerb reports whether the lexicon gives the verb lemma a reporting sense ("say", "add").
func reportVerb(lex *treeLexicon, lemma string) bool {
	ss := lex.Verb(strings.ToLower(lemma))
	return len(ss) > 0 && ss[0].Role == events.RoleReport
}

// tokenAt returns the index of the token of toks that starts at byte offset off, or -1.
func tokenAt(toks tokens, off int) int {
	for i, tk := range toks {
		if tk.Start == off {
			return i
		}
	}
	return -1
}

// wordAt returns the word of t that holds byte offset off, or 0.
func wordAt(t *syntax.Tree, off int) int {
	for id := 1; id <= len(t.S.Words); id++ {
		if w := t.Word(id); w.Start <= off && off < w.End {
			return id
		}
	}
	return 0
}

// locativeActors returns the actors of acts that the tree places in a phrase saying where
// something happens ("killed by an airstrike in Mosul", "UN workers are banned from areas in
// Iraq"): the head of the mention, or the noun it names ("in the city of Kobani"), has a
// locative preposition (a conjunct shares its first's: "in Iraq and Syria"), and the phrase is no
// state body's ("the government in Libya" is Libya).
// The value is the byte offset of the word the phrase hangs on. within holds those of them placed
// where something is, not where it goes ("separatists in Ukraine", not "a trip to India").
func (tc *treeCoder) locativeActors(t *syntax.Tree, acts []events.Actor) (out map[int]int, within map[int]bool) {
	for k, a := range acts {
		if a.Teller {
			continue
		}
		head := mentionHead(t, a.Start, a.End)
		for n := 0; head > 0 && n < 4; n++ {
			w := t.Word(head)
			if w.Head == 0 || w.Deprel != "flat" && w.Deprel != "appos" && !(w.Deprel == "nmod" && t.Prep(head) == "of") &&
				!(w.Deprel == "conj" && t.Prep(head) == "") && !(w.Deprel == "compound" && a.Place && !tc.personOrAgent(t, w.Head)) {
				break // a place's name on a noun of place says where too: "in a west London suburb"
			}
			head = w.Head
		}
		if head == 0 || !locativePreps[t.Prep(head)] {
			continue
		}
		if h := t.Word(head).Head; h > 0 && syntax.BaseRel(t.Word(head).Deprel) == "nmod" {
			l := strings.ToLower(t.Word(h).Lemma)
			if _, agent := tc.lex.Agent(l); agent || syntax.PersonNoun(l) {
				continue // "opposition groups in Zimbabwe", "the government in Libya": that country's
			}
		}
		if out == nil {
			out, within = map[int]int{}, map[int]bool{}
		}
		out[k] = -1
		within[k] = !destinationPreps[t.Prep(head)]
		h := t.Word(head).Head
		for h > 0 && t.Word(h).Deprel == "conj" && t.Word(h).UPOS == "VERB" {
			h = t.Word(h).Head // "was detained and held for 44 days in Libya": the verbs share it
		}
		if h > 0 {
			out[k] = t.Word(h).Start
		}
	}
	return out, within
}

// thingModifiers returns the actors of acts that the tree reads as an adjective on a common noun
// after "in", a noun that names no people, agent or event ("was arrested in a Peruvian fraud
// scandal"): what the noun is, not who acts, nor where (a name, "U.S. air strikes", or a noun
// of people, "a Boko Haram faction", may still act).
func (tc *treeCoder) thingModifiers(t *syntax.Tree, acts []events.Actor) map[int]bool {
	var out map[int]bool
	for k, a := range acts {
		head := mentionHead(t, a.Start, a.End)
		if head == 0 {
			continue
		}
		w := t.Word(head)
		if w.Deprel != "amod" || w.Head == 0 {
			continue
		}
		n := w.Head
		nw := t.Word(n)
		if nw.UPOS != "NOUN" || t.Prep(n) != "in" || tc.personOrAgent(t, n) || actorAt(acts, nw) {
			continue
		}
		if _, ev := tc.lex.Noun(strings.ToLower(nw.Lemma)); ev {
			continue // "killed in a Peruvian attack": the attack's author
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[k] = true
	}
	return out
}

// personOrAgent reports whether the noun id names people or an agent ("police", "troops").
func (tc *treeCoder) personOrAgent(t *syntax.Tree, id int) bool {
	l := strings.ToLower(t.Word(id).Lemma)
	_, agent := tc.lex.Agent(l)
	return agent || syntax.PersonNoun(l)
}

// mentionHead returns the word of t that heads the words in [start, end): the first whose head
// lies outside them, or 0.
func mentionHead(t *syntax.Tree, start, end int) int {
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.Start < end && start < w.End {
			if h := w.Head; h == 0 || t.Word(h).Start >= end || t.Word(h).End <= start {
				return id
			}
		}
	}
	return 0
}

// issueActors returns the actors of acts that the tree places in a verb's "over" phrase ("over
// arms sales to Taiwan"), each with the token of that verb, where the verb names its party
// otherwise (a name as its object, or an "on", "upon" or "against" phrase): the issue the act is
// done over.
func issueActors(sc *sentCtx, t *syntax.Tree, acts []events.Actor) map[int]int {
	var out map[int]int
	for k, a := range acts {
		for n, id := 0, mentionHead(t, a.Start, a.End); id > 0 && n < 6; n++ {
			w := t.Word(id)
			if w.Head == 0 || w.UPOS == "VERB" {
				break
			}
			if syntax.BaseRel(w.Deprel) == "obl" && t.Prep(id) == "over" && t.Word(w.Head).UPOS == "VERB" && namesParty(t, w.Head) {
				if out == nil {
					out = map[int]int{}
				}
				out[k] = sc.toks.tokenAt(t.Word(w.Head).Start)
				break
			}
			id = w.Head
		}
	}
	return out
}

// victimActors adds to issue (issueActors) the actors that the tree names in the "of" phrase of
// a verb's object noun whose author a "by" phrase or a possessor names: in "condemned the killing
// of aid workers in Gaza by Israeli forces" the workers are the act's victims and the forces its
// author, whom the condemnation is aimed at; the victims (and where they are) are no second target.
func victimActors(sc *sentCtx, t *syntax.Tree, acts []events.Actor, issue map[int]int) map[int]int {
	for k, a := range acts {
		for n, id := 0, mentionHead(t, a.Start, a.End); id > 0 && n < 4; n++ {
			w := t.Word(id)
			if w.Head == 0 || syntax.BaseRel(w.Deprel) != "nmod" && w.Deprel != "flat" && w.Deprel != "compound" {
				break
			}
			noun := w.Head
			if w.Deprel == "nmod" && t.Prep(id) == "of" && noun < id && t.Word(noun).Deprel == "obj" &&
				t.Word(t.Word(noun).Head).UPOS == "VERB" && authorOtherThan(t, noun, a, acts) {
				if issue == nil {
					issue = map[int]int{}
				}
				issue[k] = sc.toks.tokenAt(t.Word(t.Word(noun).Head).Start)
				break
			}
			id = noun
		}
	}
	return issue
}

// authorOtherThan reports whether the noun n has a "by" phrase or a possessor that names an actor
// of acts other than a.
func authorOtherThan(t *syntax.Tree, n int, a events.Actor, acts []events.Actor) bool {
	for _, ch := range t.Children(n) {
		w := t.Word(ch)
		by := w.Deprel == "nmod" && t.Prep(ch) == "by" && ch > n
		if !by && w.Deprel != "nmod:poss" {
			continue
		}
		for _, b := range acts {
			if b.Entity != a.Entity && t.Under(mentionHead(t, b.Start, b.End), ch) {
				return true
			}
		}
	}
	return false
}

// clauseAgents returns the actors of acts that the tree reads as the "by" agent of a participle
// on a noun (an acl), each with the tokens of the participle and of the words above it.
func clauseAgents(sc *sentCtx, t *syntax.Tree, acts []events.Actor) map[int]map[int]bool {
	var out map[int]map[int]bool
	for k, a := range acts {
		id := mentionHead(t, a.Start, a.End)
		if id == 0 || t.Word(id).Deprel != "obl:agent" {
			continue
		}
		v := t.Word(id).Head
		if v == 0 || syntax.BaseRel(t.Word(v).Deprel) != "acl" {
			continue
		}
		above := map[int]bool{}
		for n := 0; v > 0 && n < len(t.S.Words); n, v = n+1, t.Word(v).Head {
			above[sc.toks.tokenAt(t.Word(v).Start)] = true
		}
		if out == nil {
			out = map[int]map[int]bool{}
		}
		out[k] = above
	}
	return out
}

// objectClauseActors returns the actors of acts that the tree places in a clause (acl, relative)
// on a noun that is a verb's object or oblique, each with the token of that verb.
func objectClauseActors(sc *sentCtx, t *syntax.Tree, acts []events.Actor) map[int]int {
	var out map[int]int
	for k, a := range acts {
		id := mentionHead(t, a.Start, a.End)
		for n := 0; id > 0 && t.Word(id).UPOS != "VERB" && n < 6; n++ {
			id = t.Word(id).Head // up to the verb of the actor's clause
		}
		if id == 0 || syntax.BaseRel(t.Word(id).Deprel) != "acl" {
			continue
		}
		noun := t.Word(id).Head
		if noun == 0 {
			continue
		}
		if r := syntax.BaseRel(t.Word(noun).Deprel); r != "obj" && r != "obl" {
			continue
		}
		if v := t.Word(noun).Head; v > 0 && t.Word(v).UPOS == "VERB" {
			if out == nil {
				out = map[int]int{}
			}
			out[k] = sc.toks.tokenAt(t.Word(v).Start)
		}
	}
	return out
}

// namesParty reports whether verb v has a name as its object or an "on", "upon" or "against"
// phrase: whom it is done to.
func namesParty(t *syntax.Tree, v int) bool {
	for _, ch := range t.Children(v) {
		w := t.Word(ch)
		if w.Deprel == "obj" && w.UPOS == "PROPN" {
			return true
		}
		if syntax.BaseRel(w.Deprel) == "obl" && events.TargetPrep(t.Prep(ch)) {
			return true
		}
	}
	return false
}

// locativePreps mark where something happens (wherePreps) or where someone goes ("travelled to
// Syria to fight ISIS": Syria fights no one).
var locativePreps = func() map[string]bool {
	m := setOf("into", "onto", "toward", "towards", "to")
	for p := range wherePreps {
		m[p] = true
	}
	return m
}()

// givesAid reports whether a word rule's event of type typ is aid or a promise of it ("will
// provide food aid": the light verb's noun is aid).
func givesAid(typ string, ev *eventInfo) bool {
	return typ == "AID" || ev.nounType == "AID"
}

// destinationPreps are the locative prepositions that say where someone or something goes.
var destinationPreps = map[string]bool{"to": true, "into": true, "onto": true, "toward": true, "towards": true, "across": true}

// ownersOfPeople returns the people of acts that the tree shows only as the possessor of another
// person ("to help identify Foley's killer", "freed the journalist's wife"): what is done to
// that person is not done to them.
func ownersOfPeople(t *syntax.Tree, acts []events.Actor) map[int]bool {
	var out map[int]bool
	for k, a := range acts {
		if !a.Person || a.Teller {
			continue
		}
		head := mentionHead(t, a.Start, a.End)
		if head == 0 || t.Word(head).Deprel != "nmod:poss" {
			continue
		}
		if h := t.Word(t.Word(head).Head); h.UPOS == "NOUN" && syntax.PersonNoun(strings.ToLower(h.Lemma)) {
			if out == nil {
				out = map[int]bool{}
			}
			out[k] = true
		}
	}
	return out
}

// homesOfPeople returns the actors of acts that are a town or area (standing for its country or
// not) that the tree hangs on a person's name or a noun of a person as where they come from: a compound ("Arizona woman Kayla Mueller") or a "from" phrase ("a man from Launceston").
// Where someone is from does not act with them.
func homesOfPeople(t *syntax.Tree, acts []events.Actor, sc *sentCtx) map[int]bool {
	var out map[int]bool
	for k, a := range acts {
		if k >= len(sc.actors) || !sc.actors[k].Place && sc.actors[k].PlaceID == "" {
			continue
		}
		head := mentionHead(t, a.Start, a.End)
		if head == 0 || t.Word(head).Head == 0 {
			continue
		}
		w, h := t.Word(head), t.Word(t.Word(head).Head)
		person := personAt(acts, *h) || h.UPOS == "NOUN" && syntax.PersonNoun(strings.ToLower(h.Lemma)) &&
			!stateAgentNoun(strings.ToLower(h.Lemma)) // "Beijing officials" are the state's
		if !(w.Deprel == "compound" || w.Deprel == "nmod" && t.Prep(head) == "from") || !person {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[k] = true
	}
	return out
}

// personAt reports whether a person actor of acts covers the word w.
func personAt(acts []events.Actor, w syntax.Word) bool {
	for _, a := range acts {
		if a.Person && a.Start < w.End && w.Start < a.End {
			return true
		}
	}
	return false
}

// relationOwners adds to out the actors of acts that the tree shows only as the other side of a
// relational noun (events.OtherSide): in "an embargo on a fellow US ally, Qatar" the embargo is
// on Qatar, and on no US.
func relationOwners(t *syntax.Tree, acts []events.Actor, out map[int]bool) map[int]bool {
	for k, a := range acts {
		head := mentionHead(t, a.Start, a.End)
		if head == 0 || a.Teller || t.Word(head).Head == 0 || !events.OtherSide(t, t.Word(head).Head, head) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[k] = true
	}
	return out
}

// kinOf returns the actors of acts that the tree shows only as the ones some kin belong to, by a
// possessive or an "of" phrase, maybe through the office they name: "a brother of the ISIS
// leader", "the son of President Museveni". The word rules take them for the act's object; the
// act befell the kin (events.KinNoun).
func kinOf(t *syntax.Tree, acts []events.Actor, out map[int]bool) map[int]bool {
	for k, a := range acts {
		if a.Teller {
			continue
		}
		for id, n := mentionHead(t, a.Start, a.End), 0; id > 0 && n < 4; n++ {
			w := t.Word(id)
			if w.Head == 0 {
				break
			}
			h := t.Word(w.Head)
			if w.Deprel == "nmod:poss" || w.Deprel == "nmod" && t.Prep(id) == "of" {
				if h.UPOS == "NOUN" && events.KinNoun(strings.ToLower(h.Lemma)) {
					if out == nil {
						out = map[int]bool{}
					}
					out[k] = true
					break
				}
			} else if w.Deprel != "compound" && w.Deprel != "flat" && w.Deprel != "appos" && w.Deprel != "amod" {
				break
			}
			id = w.Head
		}
	}
	return out
}

// passiveParticiples returns the tokens of the verbs t tags as past participles (VBN) with a
// passive auxiliary, hung on the noun before them (acl) or modifying the noun after them after
// another of its modifiers (amod: "negotiations to free three detained Americans"): see
// treeHints.passives.
func passiveParticiples(sc *sentCtx, t *syntax.Tree) map[int]bool {
	var out map[int]bool
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		// "three detained Americans": a participle inside a noun phrase, after another of the
		// noun's modifiers (the parser reads "Zambia extradited suspected British militant X" so)
		prenominal := w.Deprel == "amod" && w.Head > id && id > 1 && t.Word(id-1).Head == w.Head
		if w.UPOS != "VERB" || w.XPOS != "VBN" || agentiveParticiples[strings.ToLower(w.Lemma)] ||
			w.Deprel != "acl" && !prenominal && len(t.Dependents(id, "aux:pass")) == 0 || len(t.Dependents(id, "obj")) > 0 ||
			len(t.Dependents(id, "mark")) > 0 {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[sc.toks.tokenAt(w.Start)] = true
	}
	return out
}

// bareConj reports whether the verb v is a conjunct with no subject or auxiliary of its own: a
// participle hung on a noun that the parser joined to it ("hostage Luke Somers, 33, kidnapped a
// year ago in Sanaa").
func bareConj(t *syntax.Tree, v int) bool {
	if t.Word(v).Deprel != "conj" {
		return false
	}
	for _, ch := range t.Children(v) {
		switch syntax.BaseRel(t.Word(ch).Deprel) {
		case "nsubj", "aux", "cc":
			return false
		}
	}
	return true
}

// reducedPassives maps the token of each past participle that the tree hangs on a noun as a
// reduced relative ("an American journalist kidnapped in Syria") to the byte span of that noun's
// phrase before it: the noun is what the participle's act befell, so no actor in that phrase
// did it.
func reducedPassives(sc *sentCtx, t *syntax.Tree) map[int][2]int {
	var out map[int][2]int
	for v := 1; v <= len(t.S.Words); v++ {
		w := t.Word(v)
		conj := bareConj(t, v)
		if w.UPOS != "VERB" || w.Deprel != "acl" && !conj || w.XPOS != "VBN" && !(conj && w.XPOS == "VBD") || w.Head == 0 || w.Head > v || t.Word(w.Head).UPOS != "NOUN" && t.Word(w.Head).UPOS != "PROPN" {
			continue
		}
		if t.Word(w.Head).Head == 0 || len(t.Dependents(v, "obj")) > 0 || len(t.Dependents(v, "xcomp")) > 0 {
			continue // "Swiss doctors handed over 700 kg of medicine": the clause's verb, misread
		}
		lo := w.Head
		for id := 1; id < w.Head; id++ {
			if t.Under(id, w.Head) {
				lo = id
				break
			}
		}
		if out == nil {
			out = map[int][2]int{}
		}
		out[sc.toks.tokenAt(w.Start)] = [2]int{t.Word(lo).Start, t.Word(w.Head).End}
	}
	return out
}

// passiveSubjects adds to out, for each verb the tree reads as passive, the byte span of its
// subject's phrase ("Gill Rosenberg was extradited to the United States"): what the act
// befell, so no actor in it did the act; and so for the noun of an act it befell in ("was
// killed in air strikes": no strikes by the one killed).
func passiveSubjects(sc *sentCtx, t *syntax.Tree, out map[int][2]int) map[int][2]int {
	for v := 1; v <= len(t.S.Words); v++ {
		w := t.Word(v)
		n := 0
		if w.UPOS == "VERB" && !agentiveParticiples[strings.ToLower(w.Lemma)] {
			n = firstDependent(t, v, "nsubj:pass")
		}
		if n == 0 {
			continue
		}
		if out == nil {
			out = map[int][2]int{}
		}
		out[sc.toks.tokenAt(w.Start)] = nounPhrase(t, n)
		for _, o := range t.Dependents(v, "obl") {
			if t.Word(o).UPOS == "NOUN" && eventPreps[t.Prep(o)] {
				// "was killed in coalition air strikes on the Isis stronghold": the strikes
				// befell the subject too
				out[sc.toks.tokenAt(t.Word(o).Start)] = nounPhrase(t, n)
			}
		}
	}
	return out
}

// passivePatients returns, for each verb the tree reads as passive, the byte span of its
// subjects with their appositions and conjuncts (patientSpan): what the act befell, where a word
// rule's object must lie.
func passivePatients(sc *sentCtx, t *syntax.Tree) map[int][2]int {
	var out map[int][2]int
	for v := 1; v <= len(t.S.Words); v++ {
		w := t.Word(v)
		if w.UPOS != "VERB" || agentiveParticiples[strings.ToLower(w.Lemma)] {
			continue
		}
		if n := firstDependent(t, v, "nsubj:pass"); n > 0 {
			if out == nil {
				out = map[int][2]int{}
			}
			out[sc.toks.tokenAt(w.Start)] = patientSpan(t, v, n)
		}
	}
	return out
}

// patientSpan returns the byte span of the words under the passive subjects of verb v, n the
// first, with their appositions and conjuncts ("Three other Americans, journalists James Foley
// and … Peter Kassig were beheaded"; the parser may make several of them subjects); for a
// relative pronoun, under the noun its clause describes ("the hospital in Mosul, which was
// captured by ISIS").
func patientSpan(t *syntax.Tree, v, n int) [2]int {
	if a := events.RelativeAntecedent(t, n); a > 0 {
		return subtreeSpan(t, a)
	}
	return subtreeSpan(t, t.Dependents(v, "nsubj:pass")...)
}

// eventPreps introduce the act in which a passive befell its subject ("killed in an attack").
var eventPreps = setOf("in", "during", "amid")

// agentiveParticiples are verbs whose passive form most often tells a state of its subject
// that the subject brings about ("were engaged in ethnic cleansing", "is involved in talks",
// "are committed to the ceasefire", "were locked in fighting"): its subject acts.
var agentiveParticiples = setOf("engage", "involve", "commit", "prepare", "determine", "dedicate",
	"poise", "lock", "embroil", "entangle", "mire", "bog")

// firstDependent returns the first dependent of word id with relation rel, or 0.
func firstDependent(t *syntax.Tree, id int, rel string) int {
	if ds := t.Dependents(id, rel); len(ds) > 0 {
		return ds[0]
	}
	return 0
}

// treeHints is what the tree coder tells the word rules of one sentence (triggers as token
// indexes of the sentence, actors by their index): the events it read and what its grammar says
// against a reading by nearby words. The tree coder fills it (treeCoder.code, and emit for its
// events); the word rules, which read after it, consult it (wordRuleFits, and dateFor for the
// relative clauses).
type treeHints struct {
	// read holds the trigger and pair of each event the tree coder emitted, with its index in the
	// sentence's relations: the word rules do not read the same trigger between the same pair
	// another way.
	read map[readKey]int
	// triggers holds the triggers the tree coder read an event of.
	triggers map[int]bool
	// subjects holds the entity IDs of the subjects of the tree coder's events, with the
	// trigger of each (one of them).
	subjects map[string]int
	// actsAt holds, for each trigger the tree coder read an event of, who acts in it: its
	// subjects, and both parties of a mutual event; mutualAt holds the triggers of mutual events.
	actsAt   map[int]map[string]bool
	mutualAt map[int]bool
	// void holds the triggers the tree read as naming no event between actors (events.Miss
	// Void): acting on a thing, negated, under a condition, denied, an opinion, a claim.
	void map[int]bool
	// pattern holds the quad class of the events the tree read at a trigger through a CAMEO or
	// own object pattern ("condemned the murder of X": sympathy with X), which decide that
	// trigger's type over the word rules' reading of the verb alone.
	pattern map[int]string
	// patients holds, for a participle the tree hangs on a noun, the byte span of that noun's
	// phrase before it (reducedPassives), and for a passive verb, its subject's phrase
	// (passiveSubjects): what the act befell.
	patients map[int][2]int
	// passivePatients holds, for a verb the tree reads as passive, the byte span of its
	// subject's phrase: what the act befell, and so where the word rules' object must be.
	passivePatients map[int][2]int
	// locative holds the actors the tree places where something happens ("in Mosul"), with the
	// byte offset of the word the place hangs on (locativeActors).
	locative map[int]int
	// within holds those of the locative actors placed where something is or happens ("in",
	// "at", "near"), not where it goes ("to", "into").
	within map[int]bool
	// ownerOfPerson holds the people the tree shows only as another person's ("Foley's killer"),
	// the actors some kin belong to ("the son of President Museveni": kinOf), and those another
	// is related to ("a US ally, Qatar": relationOwners).
	ownerOfPerson map[int]bool
	// nounSubject holds, for a verb whose subject the tree found to be a noun naming no actor
	// ("militants killed …"), or for an active participle on a noun ("fighters defending the
	// city": participleSubjects), the byte span of that noun's phrase (nounPhrase): the word
	// rules take no subject outside it.
	nounSubject map[int][2]int
	// privateSubject holds the verbs of nounSubject whose noun is one private person
	// (treeCoder.privatePersonNoun), with the byte offset where that noun ends.
	privateSubject map[int]int
	// kinSubject holds the verbs of nounSubject whose noun names kin (events.KinNoun): "His
	// family appealed to al-Qaeda": whose kin they are says no one acts.
	kinSubject map[int]bool
	// passives holds the verbs the tree reads as passive participles: tagged VBN with a passive
	// auxiliary ("were killed") or hung on a noun before them ("the detainees released from
	// Guantanamo"), with no direct object (a VBN with neither, or with an object, is as often a
	// past tense the tagger misread: "British aircraft using missiles killed 4 Iraqis"). Whoever
	// did the act is named after it ("by X"), never before it. Not an infinitive ("authorization
	// for an aide to be extradited to Venezuela": who authorizes it, extradites).
	passives map[int]bool
	// modifiers holds the words the tree reads as a participle before the noun it modifies
	// ("IS fighting positions"): no verb for the word rules.
	modifiers map[int]bool
	// relClauses are the byte spans of the relative clauses the tree found: a date inside one is
	// that clause's own ("X, which attacked Y in May, signed …").
	relClauses [][2]int
	// pairs holds the pairs of actors (entity IDs, in readKey order) the tree read an event
	// between at a verb.
	pairs map[[2]string]bool
	// thingModifier holds the actors the tree reads as an adjective on a thing after "in"
	// (treeCoder.thingModifiers), and homeOfPerson the towns it reads as where a person named
	// comes from (homesOfPeople): no subject for the word rules.
	thingModifier map[int]bool
	homeOfPerson  map[int]bool
	// governedBy holds, for a noun the tree read as the object or oblique of an event's trigger
	// (governed), the entity ID of that event's subject: "the EU condemned the attack on
	// Ukraine by Russia" is the EU's condemnation, not also an attack by the EU.
	governedBy map[int]string
	// pronounObject holds the personal pronouns that the tree found to be a verb's direct object
	// and no actor covers ("We can support them to confront IS"): the verb acts on whom the
	// pronoun stands for, unknown, so the word rules take no object after it.
	pronounObject map[int]bool
	// maybe holds the triggers the tree read as speculation or obligation (events.Miss Maybe):
	// a word rule's reading of one is at most proposed.
	maybe map[int]bool
	// issue holds the actors named in a verb's "over" phrase, with the verb's token (issueActors).
	issue map[int]int
	// clauseAgent holds the actors the tree reads as the "by" agent of a participle on a noun
	// ("professionals backed by Belgrade"), with the tokens of the participle and of the words
	// above it (clauseAgents).
	clauseAgent map[int]map[int]bool
	// inObjectClause holds the actors named in a clause on a verb's object or oblique noun
	// ("arrested two men suspected of spying for Russia"), with the verb's token
	// (objectClauseActors).
	inObjectClause map[int]int
}

// noteRead records that the tree coder read the event of key k, kept as relation i, at a verb
// or not.
func (h *treeHints) noteRead(k readKey, i int, subject, other string, verb, mutual bool) {
	if h.subjects == nil {
		h.subjects = map[string]int{}
	}
	h.subjects[subject] = k.trigger
	if h.read == nil {
		h.read = map[readKey]int{}
	}
	h.read[k] = i
	if verb {
		if h.pairs == nil {
			h.pairs = map[[2]string]bool{}
		}
		h.pairs[[2]string{k.a, k.b}] = true
	}
	if h.triggers == nil {
		h.triggers = map[int]bool{}
	}
	h.triggers[k.trigger] = true
	if h.actsAt == nil {
		h.actsAt = map[int]map[string]bool{}
	}
	if h.actsAt[k.trigger] == nil {
		h.actsAt[k.trigger] = map[string]bool{}
	}
	h.actsAt[k.trigger][subject] = true
	if mutual {
		h.actsAt[k.trigger][other] = true
		if h.mutualAt == nil {
			h.mutualAt = map[int]bool{}
		}
		h.mutualAt[k.trigger] = true
	}
}

// wordRuleFits reports whether a word rule's event of type typ between the actors subj and obj
// (read as the parties a and b) agrees with what the tree says of the sentence.
func (sc *sentCtx) wordRuleFits(typ string, subj, obj int, a, b evActor, ev *eventInfo) bool {
	h := &sc.hints
	if !sc.subjectFits(typ, subj, a, ev) {
		return false
	}
	k := newReadKey(ev.trigger, a.EntityID, b.EntityID)
	_, same := h.read[k]
	if h.pairs[[2]string{k.a, k.b}] && !same {
		// the tree read an event between these two at another word: "offered to send troops
		// to Somalia" is the tree's offer of aid at "send", not also the word rules' threat
		return false
	}
	if !sc.otherReadingFits(obj, a, b, ev, same) || !h.placeFits(sc.toks, typ, obj, a, b, ev, same) || !h.modifierFits(obj, a, b, ev, same) {
		return false
	}
	if q, ok := h.pattern[ev.trigger]; ok && q != newsgraph.QuadClass(typ) {
		return false // "condemns the barbaric murder of UK citizen David Haines": no condemnation of Britain
	}
	// the tree read this trigger as no event between actors: "ISIS released a video" is no
	// RETREAT towards the country named further on, "denied that its troops had attacked X" no
	// attack
	return !h.void[ev.trigger]
}

// subjectFits reports whether the tree lets actor subj (read as a) be the subject of a word
// rule's event of type typ: not a modifier of a thing, a place where it happens, what the act
// befell, outside the tree's subject, a private body or a former office.
func (sc *sentCtx) subjectFits(typ string, subj int, a evActor, ev *eventInfo) bool {
	h := &sc.hints
	if h.thingModifier[subj] || h.homeOfPerson[subj] {
		return false // "was arrested in a Peruvian fraud scandal": Peru arrested no one
	}
	if at, ok := h.locative[subj]; ok && !(typ == "COERCE" && at >= 0 && sc.toks.tokenAt(at) == ev.trigger) {
		// the tree places the word rules' subject where the event happened ("killed by an
		// airstrike in Mosul": not Iraq's act); an arrest or a detention told without its agent
		// ("was arrested in Rwanda", the place on the verb itself) is the act of the state
		// where it happened, not a ban from "entering areas in Iraq"
		return false
	}
	if above, ok := h.clauseAgent[subj]; ok && !above[ev.trigger] {
		// the agent of a participle on a noun acts there, and in the clauses that hold it
		// ("were beheaded in a video released by ISIS"), not in another: "said the attackers
		// were professionals backed by Belgrade and called on the EU to impose sanctions on
		// Serbia" has Belgrade impose nothing
		return false
	}
	if sp, ok := h.patients[ev.trigger]; ok && sc.actorTok[subj] >= 0 {
		if at := sc.toks[sc.actorTok[subj]].Start; at >= sp[0] && at < sp[1] {
			return false // "an American journalist kidnapped in Syria": the American did no kidnapping
		}
	}
	if !sc.nounSubjectFits(subj, a, ev) {
		return false
	}
	if h.passives[ev.trigger] && sc.actorTok[subj] >= 0 && sc.actorTok[subj] < ev.trigger {
		return false // "an Albanian national killed in Syria" killed no one
	}
	if sc.bodyDemonym(subj) {
		return false // "a British company signed a deal": a private body, not Britain
	}
	if sc.formerOffice(subj) {
		return false // "Former Afghan president Hamid Karzai criticized Pakistan": not Afghanistan
	}
	return true
}

// nounSubjectFits reports whether actor subj (read as a) may be the subject of a word rule's
// event at a trigger whose subject the tree found to be a noun naming no actor (nounSubject):
// only when it lies in that noun's phrase and is no place, kin or nationality of it.
func (sc *sentCtx) nounSubjectFits(subj int, a evActor, ev *eventInfo) bool {
	h := &sc.hints
	if sp, ok := h.nounSubject[ev.trigger]; ok && sc.actorTok[subj] >= 0 {
		if at := sc.toks[sc.actorTok[subj]].Start; at < sp[0] || at >= sp[1] {
			// the tree's subject is a noun that names no actor ("the group which has claimed
			// parts of Syria is threatening to kill …"): Syria is not who threatens
			return false
		}
		if a.Place {
			// and a town or area in it says where ("the Benghazi attack killed four Americans")
			return false
		}
		if h.kinSubject[ev.trigger] {
			return false // "His family appealed": Luke Somers did not appeal
		}
		if end, ok := h.privateSubject[ev.trigger]; ok && (a.Kind == "demonym" || a.Kind == "nationality" ||
			a.Type == newsgraph.Country && sc.toks[sc.actorTok[subj]].Start >= end) {
			// and a nationality in it, or a country after the noun, says whose one private
			// person is, not that their state acts: "the Canadian-Israeli woman criticized …",
			// "a Kurdish politician from Turkey who visited Kobani"
			return false
		}
	}
	return true
}

// otherReadingFits reports whether a word rule's event between a and b (obj the object's actor)
// agrees with the readings the tree gave the trigger and the pair; same tells whether the tree
// read this very trigger between them.
func (sc *sentCtx) otherReadingFits(obj int, a, b evActor, ev *eventInfo, same bool) bool {
	h := &sc.hints
	if sp, ok := h.passivePatients[ev.trigger]; ok && !same && sc.actorTok[obj] >= 0 {
		if at := sc.toks[sc.actorTok[obj]].Start; at < sp[0] || at >= sp[1] {
			// the tree's passive subject is what the act befell: "she was detained by border
			// guards" detained no Lebanon named before
			return false
		}
	}
	if k := sc.actorTok[obj]; k >= 0 && sc.toks.w(k+1) == "'s" && events.RelationalNoun(singular(sc.toks.w(k+2))) {
		return false // "seized areas of Iraq and Syria, Lebanon's neighbour": the neighbour, not Lebanon
	}
	if k := sc.actorTok[obj]; k >= 0 && !same && sc.toks.w(k+1) == "'s" {
		if o := sc.toks.actorAt(k + 2); o >= 0 {
			if _, read := h.read[newReadKey(ev.trigger, a.EntityID, sc.actors[o].EntityID)]; read {
				// the tree read the act as done to what the possessive introduces: "killed the
				// leader of Somalia's al-Shabaab" is al-Shabaab's, not Somalia's
				return false
			}
		}
	}
	if t, ok := h.subjects[b.EntityID]; ok && t != ev.trigger && h.triggers[ev.trigger] && !same {
		// the tree read this trigger's own parties, and makes this one the subject of another
		// act: "Azerbaijan launched an offensive in Nagorno-Karabakh, prompting condemnation
		// from France" (France condemns; the offensive is not against France)
		return false
	}
	if v, ok := h.inObjectClause[obj]; ok && v == ev.trigger && h.triggers[ev.trigger] && !same {
		// the tree read this trigger's parties, and the object is named in a clause that
		// says who or what its object is: "arrested two men suspected of spying for Russia"
		// arrested no Russia
		return false
	}
	if v, ok := h.issue[obj]; ok && v == ev.trigger && !same {
		// the object is in what the act is done over, and the verb names its party otherwise:
		// "imposed sanctions on Lockheed Martin over arms sales to Taiwan"
		return false
	}
	if acts := h.actsAt[ev.trigger]; acts[b.EntityID] && !acts[a.EntityID] && !h.mutualAt[ev.trigger] && !same {
		// the tree read the word rules' object as who acts at this trigger: "He is believed
		// among six people killed in a U.S. airstrike" is no killing of the United States
		return false
	}
	return true
}

// placeFits reports whether the tree lets actor obj (read as b) be the object of a word rule's
// event of type typ in the sentence of tokens ts: not a place where the tree's own parties act
// or where the thing acted on is; same tells whether the tree read this very trigger between a
// and b.
func (h *treeHints) placeFits(ts tokens, typ string, obj int, a, b evActor, ev *eventInfo, same bool) bool {
	if _, where := h.locative[obj]; where && h.mutualAt[ev.trigger] && h.actsAt[ev.trigger][a.EntityID] && !h.actsAt[ev.trigger][b.EntityID] && !same {
		// the tree read the trigger as an act between its subjects and places this one where
		// it happens or whither they go: "Peruvian and Chilean negotiators returned to
		// Bolivia for talks" is no visit to Bolivia
		return false
	}
	if h.within[obj] && h.triggers[ev.trigger] && !same && !givesAid(typ, ev) {
		// the tree read this trigger's own parties and places this one where something is or
		// happens: "supported the separatists in Ukraine" is no support of Ukraine; but aid to
		// "refugees fleeing the civil war in Liberia" goes to Liberia, as PLOVER codes aid (and
		// its promise) towards where its receivers are
		return false
	}
	if at, ok := h.locative[obj]; ok && h.within[obj] && at >= 0 && ts.tokenAt(at) != ev.trigger && typ == "COERCE" && b.Place && !same {
		// a town where the thing acted on is ("to prevent further spread of the disease in
		// Mosul") is not coerced; an arrest "in Rwanda", the place on the verb itself, still is
		return false
	}
	return true
}

// modifierFits reports whether the word rules' parties a and b (obj the object's actor) are
// more than modifiers of the tree's own arguments at a trigger it read: someone's kin or
// relation, a nationality, a demonym or a place, or the author of a noun the tree's event takes;
// same tells whether the tree read this very trigger between a and b.
func (h *treeHints) modifierFits(obj int, a, b evActor, ev *eventInfo, same bool) bool {
	if h.ownerOfPerson[obj] {
		return false // "help identify Foley's killer": the killer is looked for, not Foley
	}
	if h.triggers[ev.trigger] && (a.Kind == "nationality" || b.Kind == "nationality" || b.Kind == "demonym" || b.Place) {
		// the tree read this trigger's arguments; the word rules' party named by a nationality
		// ("arrested an Iraqi refugee, Omar Ameen": Iraq) is a private person's, not their state,
		// and a target they name by a demonym or a place ("air strikes against Isis in the
		// Syrian Kurdish city of Kobani": Syria; "beheaded British aid worker David Haines") is
		// most often a modifier of the tree's own object, not another one
		return false
	}
	if h.triggers[ev.trigger] && a.Place && !same {
		// nor is a town the word rules take for the subject of a trigger whose subject the
		// tree read: most often it names where that subject is ("a court in Moscow refused
		// a request from Ukraine": the court's act, not Moscow's besides)
		return false
	}
	if s, ok := h.governedBy[ev.trigger]; ok && s == a.EntityID && !same {
		// a noun the tree's event takes as its object names another act, not its subject's:
		// who condemns an attack did not make it
		return false
	}
	return true
}

// formerOffice reports whether actor i names the country of an office its holder no longer
// holds: "former", "ex" or "exiled" right before it ("former Afghan president"), or after its possessive
// ("Afghanistan's former president"). Who held an office acts for themself (events.Former).
func (sc *sentCtx) formerOffice(i int) bool {
	k := sc.actorTok[i]
	if k < 0 {
		return false
	}
	w := sc.toks.w(k - 1)
	if w == "-" {
		w = sc.toks.w(k - 2) // "ex-Soviet"
	}
	if w == "former" || w == "ex" || w == "exiled" {
		return true // "the exiled Tibetan leader" acts for no state either
	}
	return sc.toks.w(k+1) == "'s" && (sc.toks.w(k+2) == "former" || sc.toks.w(k+2) == "ex")
}

// bodyDemonym reports whether actor i is a demonym before a noun naming a private body ("a British
// company", "American newspapers"; events.PrivateBody), which says where the body is from, not
// a state's own ("an official Syrian newspaper").
func (sc *sentCtx) bodyDemonym(i int) bool {
	k := sc.actorTok[i]
	if k < 0 || sc.actors[i].Kind != "demonym" {
		return false
	}
	if events.StateWord(sc.toks.w(k - 1)) {
		return false // "an official Syrian newspaper": state media
	}
	w := sc.toks.w(k + 1)
	if events.PrivateViolence(w) {
		return true // "the Libyan terrorist attack": by terrorists, not by Libya
	}
	return events.PrivateBody(w) || events.PrivateBody(strings.TrimSuffix(w, "s")) || strings.HasSuffix(w, "ies") && events.PrivateBody(strings.TrimSuffix(w, "ies")+"y")
}

// functionTags are the tags of the words that open a noun phrase or join it to another.
var functionTags = setOf("ADP", "DET")

// objectOpener reports whether word v is a verb whose direct object is noun n: a participle
// between them opens that object ("to fly captured jets").
func objectOpener(t *syntax.Tree, v, n int) bool {
	return t.Word(v).UPOS == "VERB" && t.Word(n).Head == v && t.Word(n).Deprel == "obj"
}

// participleModifiers returns the tokens of sc that the tree t reads as a present participle
// modifying a noun after it ("fighting positions", "a ruling party"), an adjective or a noun in
// a compound, not a verb; and past participles it reads so after a function word or after the
// verb whose object they open ("aid to besieged civilians", "the displaced families", "to fly
// captured jets": right after a noun, an "-ed" amod may be a past tense the parser misread, as
// pastModifiers in syntax repairs).
func participleModifiers(sc *sentCtx, t *syntax.Tree) map[int]bool {
	var out map[int]bool
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		f := strings.ToLower(w.Form)
		past := w.Deprel == "amod" && (strings.HasSuffix(f, "ed") || strings.HasSuffix(f, "en")) && id > 1 &&
			(functionTags[t.Word(id-1).UPOS] || objectOpener(t, id-1, w.Head))
		if w.Deprel != "amod" && w.Deprel != "compound" || w.Head <= id || !strings.HasSuffix(f, "ing") && !past {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[sc.toks.tokenAt(w.Start)] = true
	}
	return out
}

// objectPronouns are the personal pronouns that stand as a verb's direct object.
var objectPronouns = setOf("me", "us", "you", "him", "her", "it", "them")

// pronounObjects returns the tokens of the personal pronouns of t that are a verb's direct
// object and that no actor of acts covers (treeHints.pronounObject).
func pronounObjects(sc *sentCtx, t *syntax.Tree, acts []events.Actor) map[int]bool {
	var out map[int]bool
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.Deprel != "obj" || w.UPOS != "PRON" || !objectPronouns[strings.ToLower(w.Form)] || w.Head == 0 || actorAt(acts, w) {
			continue
		}
		if out == nil {
			out = map[int]bool{}
		}
		out[sc.toks.tokenAt(w.Start)] = true
	}
	return out
}
