package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// nounEvents reads an event noun with its own arguments: "talks between X and Y", "X's invasion
// of Y", "US sanctions on Iran", "missile strikes by X on Y". A noun that a verb takes as its
// object is read with that verb instead ("held talks", "lifted sanctions"), and a noun under a
// verb that says it did not or may not happen gives nothing; nor do a party named by its
// relation to another ("ally") and a standing relation ("ties"), which are no acts.
func (c *coder) nounEvents(n int) []Event {
	ns, ok := c.standaloneNoun(n)
	if !ok {
		return nil
	}
	subj, sw, between, objs := c.nounParties(n)
	objs = nounPlaces(objs)
	if len(subj) == 0 && ns.Mode == "visit" {
		subj, sw, objs = c.visitor(objs)
	}
	if len(subj) == 0 {
		if subj, sw, ok = c.unnamedAuthor(n, objs); !ok {
			return nil
		}
	}
	if len(subj) > 0 {
		objs = append(objs, c.verbPhrases(n)...) // "reiterated Turkey's support … for X"
	}
	rule := "noun " + c.t.Word(n).Lemma + " [" + ns.Rule + "]"
	if v := c.announcer(n); len(subj) == 0 && v > 0 {
		subj, sw = c.subject(v, 0) // "the FBI announced the arrests of 74 people"
		rule += " announced"
	}
	if len(subj) == 0 && len(between) < 2 && hasWith(objs) && (ns.Mutual || mutualType[ns.Type]) {
		// "X is in talks with Y": only an event two do together takes the clause's subject
		subj, sw = c.clauseSubject(n)
		rule += " clause subject"
	} else if len(subj) == 0 && ns.Mode == "visit" && visitPreps[c.prep(n)] {
		// "called for a ceasefire during a visit to Beirut": who acts on the visit made it
		subj, sw = c.clauseSubject(n)
		rule += " clause subject"
	}
	if p := c.prep(n); len(subj) == 0 && reactions[ns.Type] && (p == "despite" || p == "amid") {
		// "passed the law despite protests from the European Union": those the reaction
		// comes from react to whoever acted despite it
		from, fw := c.phraseActors(n, "from")
		if as, w := c.clauseSubject(n); len(from) > 0 && len(as) > 0 {
			subj, sw, objs = from, fw, []arg{{rel: "obj", head: w, actors: as}}
			rule += " despite"
		}
	}
	evs := c.nounPairs(n, ns, rule, subj, sw, between, objs)
	if len(evs) == 0 {
		return nil
	}
	c.armedStrike(evs, c.t.Word(n).Lemma)
	if v := c.t.Word(n).Head; v > 0 && c.t.Word(v).UPOS == "VERB" {
		if c.conditional(v) {
			return nil
		}
		evs = c.nounModality(v, evs)
	}
	return evs
}

// visitPreps open a phrase of a visit during which or on which a clause's subject acts.
var visitPreps = setOf("during", "on")

// standaloneNoun returns the sense of the event noun n, ok true when n is read with its own
// arguments (nounEvents): not when it is no event noun, stands for an actor or is a verb's
// (takenByVerb), nor, voided, when it names a party by its relation to another, a standing
// relation, or what a verb of forgoing (forgoVerbs) takes as its object.
func (c *coder) standaloneNoun(n int) (Sense, bool) {
	if l := strings.ToLower(c.t.Word(n).Lemma); c.t.Word(n).UPOS == "NOUN" && RelationalNoun(l) {
		// "a fellow US ally, Qatar": someone by their relation to another, no act, though
		// spelt as the verb "ally" or "partner"
		c.void(n, "noun "+l+": a party by its relation to another, no act")
		return Sense{}, false
	}
	if len(c.stands[n]) > 0 || c.span[n] >= 0 {
		return Sense{}, false
	}
	ns, ok := c.noun(n)
	if !ok || ns.Type == "" || c.takenByVerb(n) {
		return Sense{}, false
	}
	if l := strings.ToLower(c.t.Word(n).Lemma); standingTies[l] {
		c.void(n, "noun "+l+": a standing relation, no act")
		return Sense{}, false
	}
	if v := c.t.Word(n).Head; v > 0 && c.t.Word(n).Deprel == "obj" && forgoVerbs[strings.ToLower(c.t.Word(v).Lemma)] {
		// "Seidel lost contact with the NBC control room", "avoided talks with X": what is lost,
		// lacked or avoided does not happen
		c.void(n, "noun "+strings.ToLower(c.t.Word(n).Lemma)+": the object of \""+strings.ToLower(c.t.Word(v).Lemma)+"\", not done")
		return Sense{}, false
	}
	return ns, true
}

// nounParties returns the parties that the dependents of the event noun n name: its author and
// the word that names it (the first owner or modifier naming actors, or a by-phrase), those
// "between" or "among" whom it is, and its other phrases as arguments, marked place when they
// say where and name no event. A "-led" modifier names the leaders (leaders).
func (c *coder) nounParties(n int) (subj []int, sw int, between []int, objs []arg) {
	for _, ch := range c.t.Children(n) {
		cw := c.t.Word(ch)
		as := c.actorsOf(ch)
		if len(as) == 0 {
			as = c.leaders(ch)
		}
		if len(as) == 0 {
			continue
		}
		switch {
		case cw.Deprel == "nmod:poss" || cw.Deprel == "amod" || cw.Deprel == "compound":
			if cw.Deprel != "nmod:poss" && c.privateAuthor(n) {
				continue // "the Libyan terrorist attack": terrorists of Libya, not Libya
			}
			if len(subj) == 0 {
				subj, sw = as, ch
			}
		case syntax.BaseRel(cw.Deprel) == "nmod" || syntax.BaseRel(cw.Deprel) == "acl":
			switch p := c.prep(ch); p {
			case "by":
				subj, sw = as, ch
			case "between", "among":
				between = as
			default:
				objs = append(objs, arg{rel: "nmod", prep: p, head: ch, actors: as, place: (p == "in" || nearPreps[p]) && c.namesNoEvent(ch)})
			}
		}
	}
	return subj, sw, between, objs
}

// visitor returns who makes the visit whose noun's phrases are objs, when one is an "of" phrase
// ("the visit of the Iranian president to Saudi Arabia"), with the phrases left: the visitor's
// "to" phrase among them, where the parser hung it on the visitor. Else it returns objs alone.
func (c *coder) visitor(objs []arg) (subj []int, sw int, rest []arg) {
	for i, a := range objs {
		if a.prep != "of" || a.rel != "nmod" {
			continue
		}
		rest = append(append(rest, objs[:i]...), objs[i+1:]...)
		for _, ch := range c.t.Dependents(a.head, "nmod") {
			if as := c.actorsOf(ch); len(as) > 0 && c.prep(ch) == "to" {
				rest = append(rest, arg{rel: "nmod", prep: "to", head: ch, actors: as})
			}
		}
		return a.actors, a.head, rest
	}
	return nil, 0, objs
}

// unnamedAuthor returns who did the act of the event noun n whose own words name no one, and the
// word that names them: who sends away those a removal noun names (removalSource), or whom the
// sentence makes responsible for the act (responsible). ok is false when the act, so made
// someone's, acts on no party among objs: the noun then gives nothing.
func (c *coder) unnamedAuthor(n int, objs []arg) (subj []int, sw int, ok bool) {
	if subj, sw = c.removalSource(n); len(subj) > 0 {
		return subj, sw, true // "expulsions of Russian diplomats from Britain"
	}
	// "Al-Shabaab was responsible for the bombings": the act's author, with a party acted
	// on ("Egypt and the UAE were behind the air strikes" struck no one of the two)
	if subj, sw = c.responsible(n); len(subj) > 0 && !hasActors(objs) {
		return nil, 0, false
	}
	return subj, sw, true
}

// nounPairs returns the events of the event noun n, of sense ns, read by rule: an act "between"
// two or more done together (doneTogether), or done between them, else an act of the author
// subj, named by sw, on the arguments objs; nil when it has neither.
func (c *coder) nounPairs(n int, ns Sense, rule string, subj []int, sw int, between []int, objs []arg) []Event {
	var evs []Event
	if len(between) >= 2 && c.doneTogether(n) {
		// "a coordinated arrest between American intelligence services and the Lebanese
		// army": the two acted together, on a third (PLOVER's joint operations, COOPERATE)
		evs = c.pairs(n, "COOPERATE", "", true, rule+" between, together", between, 0, nil)
	} else if len(between) >= 2 {
		evs = c.pairs(n, ns.Type, ns.Mode, true, rule+" between", between, 0, nil)
	} else if len(subj) > 0 {
		evs = c.pairs(n, ns.Type, ns.Mode, ns.Mutual, rule, subj, sw, objs)
	}
	return evs
}

// forgoVerbs lose, lack or avoid what their object names: an event noun as their object does
// not happen ("lost contact with", "lacks talks with", "avoided a meeting with").
var forgoVerbs = setOf("lose", "lack", "avoid", "miss", "shun", "forgo", "forego", "evade", "escape", "skip")

// removalSource returns the actors that a "from" phrase names as sending away those a removal
// noun n names (removalNouns), on n or on its "of" phrase, where the parser hangs it as often:
// "expulsions of Russian diplomats from Britain" are Britain's.
func (c *coder) removalSource(n int) ([]int, int) {
	if !removalNouns[strings.ToLower(c.t.Word(n).Lemma)] {
		return nil, 0
	}
	for _, h := range c.withOfPhrases(n) {
		for _, ch := range c.t.Dependents(h, "nmod") {
			if as := c.actorsOf(ch); c.prep(ch) == "from" && len(as) > 0 {
				return as, ch
			}
		}
	}
	return nil, 0
}

// responsible returns whom the sentence makes responsible for the event noun n, or puts behind
// it: its author ("Al-Shabaab was responsible for twin suicide bombings", "is believed to be
// responsible for the murders of …", "Washington holds Ansar al-Shariah responsible for the
// attack", "Egypt and the UAE were behind the air strikes"); not one said not to be.
func (c *coder) responsible(n int) ([]int, int) {
	w := c.t.Word(n)
	h := w.Head
	switch {
	case h > 0 && syntax.BaseRel(w.Deprel) == "obl" && c.prep(n) == "for" && strings.EqualFold(c.t.Word(h).Lemma, "responsible"):
	case c.prep(n) == "behind" && c.child(n, "cop") > 0:
		h = n // "X was behind the attack": the noun heads the clause
	default:
		return nil, 0
	}
	if c.negatedVerb(h) {
		c.void(n, "whom it names is not responsible")
		return nil, 0
	}
	if hw := c.t.Word(h); hw.Deprel == "xcomp" && hw.Head > 0 {
		if o := c.child(hw.Head, "obj"); o > 0 {
			return c.actorsOf(o), o // "holds X responsible for"
		}
		if sp := c.child(hw.Head, "nsubj:pass"); sp > 0 && c.hasMark(hw.Head) == "" {
			// "is believed to be responsible for"; not in a clause the parser opened with a
			// preposition ("named after Beatle John Lennon …, is believed to be")
			return c.actorsOf(sp), sp
		}
	}
	return c.subject(h, 0)
}

// removalNouns name the sending away of people, whose "from" phrase names who sends them.
var removalNouns = setOf("expulsion", "deportation", "eviction")

// standingTies are the nouns of a standing relation between parties ("its relations with
// Russia", "the close ties between X and Y"): a state, not an act, and an event only with a verb
// that acts on it ("established ties with", "cut relations with").
var standingTies = setOf("relation", "relations", "tie", "ties", "link", "links", "relationship")

// nounPlaces removes the phrases of an event noun that say where (arg.place) when another of
// its phrases names whom the act is against or on: "air strikes against Isis in the besieged
// Syrian Kurdish city of Kobani" strike no Syria; "an attack in Kabul" keeps its place.
func nounPlaces(objs []arg) []arg {
	has := false
	for _, a := range objs {
		has = has || !a.place && (a.prep == "against" || a.prep == "on" || a.prep == "of")
	}
	if !has {
		return objs
	}
	return withoutPlaces(objs)
}

// verbPhrases returns the prepositional phrases that the parser hung on the verb whose direct
// object is the event noun n, after it: they complete the noun ("reiterated Turkey's support
// … for the Government of National Accord", "for" on "reiterated"). Read only for a noun whose
// own words name who acts: with a subject taken from the clause, the verb's phrases are as
// often the verb's own ("referred questions to the Pentagon").
func (c *coder) verbPhrases(n int) []arg {
	w := c.t.Word(n)
	if w.Deprel != "obj" || w.Head == 0 {
		return nil
	}
	var out []arg
	for _, ch := range c.t.Dependents(w.Head, "obl") {
		if ch < n || c.timeHead(ch) {
			continue
		}
		if as := c.actorsOf(ch); len(as) > 0 {
			out = append(out, arg{rel: "nmod", prep: c.prep(ch), head: ch, actors: as})
		}
	}
	return out
}

// takenByVerb reports whether a verb reads noun n as part of its own event: the object of a
// light, reversing or control verb, any noun a lexicon verb takes with it, or the object a verb
// with no sense of its own has a pattern for; but not a light verb's object noun that names its
// parties "between" them when the verb's subject is no actor (betweenOnly).
func (c *coder) takenByVerb(n int) bool {
	w := c.t.Word(n)
	r := syntax.BaseRel(w.Deprel)
	if (r != "obj" && r != "obl" && r != "nsubj:pass") || w.Head == 0 || c.t.Word(w.Head).UPOS != "VERB" {
		return false
	}
	if c.announcer(n) > 0 || r == "obl" && c.prep(n) == "over" {
		return false // what an act is done over is an event of its own ("over its invasion of Ukraine")
	}
	if ns, ok := c.noun(n); ok && r == "obl" && ns.Mode == "visit" && visitPreps[c.prep(n)] {
		return false // "pledged aid to Ukraine on a visit to Kyiv": the visit is one too
	}
	full, bare := c.verbLemma(w.Head)
	ss := c.senses(full, bare)
	if len(ss) == 0 {
		// a verb with no sense of its own may have one with this object ("terminated a
		// treaty with Norway": CAMEO's FINISH block has no default)
		s, ok := c.lex.VerbObject(bare, c.nounPhrase(n))
		return r == "obj" && ok && s.Type != "" && !c.betweenOnly(w.Head, n)
	}
	return !(r == "obj" && ss[0].Role == RoleLight && c.betweenOnly(w.Head, n))
}

// betweenOnly reports whether the event noun n that light verb v takes names the parties
// between whom it is, and v's subject no actor: "the council held talks between Israel and
// Lebanon" are talks of the two, whoever held them.
func (c *coder) betweenOnly(v, n int) bool {
	if subj, _ := c.subject(v, 0); len(subj) > 0 {
		return false
	}
	_, _, between, _ := c.nounParties(n)
	return len(between) >= 2
}

// announcer returns the verb that announces the act its object noun n names ("announced the
// arrests of …", "confirmed the release of …"): a reporting verb of announcing, whose subject did
// the act; 0 when n is no such object.
func (c *coder) announcer(n int) int {
	w := c.t.Word(n)
	if syntax.BaseRel(w.Deprel) != "obj" || w.Head == 0 || c.t.Word(w.Head).UPOS != "VERB" {
		return 0
	}
	full, bare := c.verbLemma(w.Head)
	ss := c.senses(full, bare)
	if len(ss) == 0 || ss[0].Role != RoleReport || !announcing[bare] {
		return 0
	}
	if s := c.child(w.Head, "nsubj"); s > 0 && informants[strings.ToLower(c.t.Word(s).Lemma)] {
		return 0 // "Iraqi and US sources confirmed the killing of …": who tells of it did not do it
	}
	return w.Head
}

// informants tell of acts they take no part in.
var informants = setOf("source", "witness", "report", "media", "medium", "journalist", "reporter", "resident", "observer", "monitor")

// announcing are the reporting verbs by which an actor makes its own act known ("announced the
// arrests", "claimed the attack"); who saw, reported or depicted an act did not do it ("Tikrit
// saw attacks on U.S. forces", "the daily reported the detention").
var announcing = setOf("announce", "confirm", "declare", "unveil", "acknowledge", "admit", "claim")

// nounModality drops nominal events under a negated or speculative verb ("ruled out talks",
// "could face sanctions" keep nothing) and keeps the rest as they are.
func (c *coder) nounModality(v int, evs []Event) []Event {
	if c.negatedVerb(v) {
		return nil
	}
	for _, ch := range c.t.Children(v) {
		cw := c.t.Word(ch)
		l := strings.ToLower(cw.Lemma)
		if cw.Deprel == "aux" && (l == "may" || l == "might" || l == "could" || l == "should") {
			return nil
		}
	}
	return evs
}

// dedupe keeps one event per type and pair (either order for mutual events), the first read.
func (c *coder) dedupe() []Event {
	seen := map[[3]int]bool{}
	types := map[string]int{}
	out := c.out[:0]
	for _, e := range c.out {
		t, ok := types[e.Type]
		if !ok {
			t = len(types)
			types[e.Type] = t
		}
		a, b := e.Subject, e.Object
		if e.Mutual && b < a {
			a, b = b, a
		}
		k := [3]int{t, a, b}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

func hasWith(objs []arg) bool {
	for _, a := range objs {
		if a.prep == "with" {
			return true
		}
	}
	return false
}

// nounPhrase returns the lemma of the noun at id with the compound before it ("hunger strike",
// "peace talk"), the word a hyphen joins to it ("cease-fire", which the tokenizer splits as UD
// does) or "joint" ("joint military exercises", also for "combined"), or its lemma alone; the
// lexicon tries the phrase, then the head.
func (c *coder) nounPhrase(id int) string {
	lemma := strings.ToLower(c.t.Word(id).Lemma)
	if id > 2 {
		if h, w := c.t.Word(id-1), c.t.Word(id-2); h.Form == "-" && w.End == h.Start && h.End == c.t.Word(id).Start {
			return strings.ToLower(w.Form) + "-" + lemma
		}
	}
	for _, ch := range c.t.Dependents(id, "amod") {
		if l := strings.ToLower(c.t.Word(ch).Lemma); l == "joint" || l == "combined" {
			return "joint " + lemma // "joint military exercises", "joint air patrols": held with others
		}
	}
	if id > 1 {
		if w := c.t.Word(id - 1); w.Head == id && w.Deprel == "compound" && w.UPOS == "NOUN" {
			return strings.ToLower(w.Lemma) + " " + lemma
		}
	}
	return lemma
}

// hasModifier reports whether the noun at n has an adjective or compound modifier with lemma l.
func (c *coder) hasModifier(n int, l string) bool {
	for _, ch := range c.t.Children(n) {
		if d := c.t.Word(ch).Deprel; (d == "amod" || d == "compound") && strings.EqualFold(c.t.Word(ch).Lemma, l) {
			return true
		}
	}
	return false
}

// jointCompound returns, for a noun that "joint" or "combined" and a compound noun modify,
// "joint" with the compound and the noun ("joint war games": "joint war game"), or "";
// nounPhrase gives "joint" with the noun alone ("joint air patrols": "joint patrol").
func (c *coder) jointCompound(id int) string {
	p := c.nounPhrase(id)
	if !strings.HasPrefix(p, "joint ") || id < 2 {
		return ""
	}
	if w := c.t.Word(id - 1); w.Head == id && w.Deprel == "compound" && w.UPOS == "NOUN" {
		return "joint " + strings.ToLower(w.Lemma) + " " + strings.ToLower(c.t.Word(id).Lemma)
	}
	return ""
}

// ofPhrase returns the noun at id with the bare noun its "of" introduces right after it ("state
// of emergency", "state of siege"), or "": a phrase the lexicon may know as a whole.
func (c *coder) ofPhrase(id int) string {
	if id+2 > len(c.t.S.Words) || !strings.EqualFold(c.t.Word(id+1).Form, "of") {
		return ""
	}
	if n := c.t.Word(id + 2); n.Head == id && n.UPOS == "NOUN" {
		return strings.ToLower(c.t.Word(id).Lemma) + " of " + strings.ToLower(n.Lemma)
	}
	return ""
}

// noun returns the sense of the event noun at id, read with the compound before it where the
// lexicon knows the pair: "air strikes" are FIGHT where "strikes" alone are a labour PROTEST,
// "hunger strike" is a PROTEST of its own.
func (c *coder) noun(id int) (Sense, bool) {
	lemma := strings.ToLower(c.t.Word(id).Lemma)
	if p := c.nounPhrase(id); p != lemma {
		if s, ok := c.lex.Noun(p); ok {
			return s, true
		}
	}
	if s, ok := c.lex.Noun(lemma); ok {
		if s.Type == "DEMAND" && !c.appeal(id) {
			if ps, ok := c.phoneSense(lemma); ok {
				return ps, true // "received a call from X": a telephone call, not an appeal
			}
		}
		return s, true
	}
	if frameNouns[lemma] && id > 1 {
		// "a mediation effort", "a bombing campaign": the event is the compound's
		if w := c.t.Word(id - 1); w.Head == id && w.Deprel == "compound" && w.UPOS == "NOUN" {
			return c.lex.Noun(strings.ToLower(w.Lemma))
		}
	}
	return Sense{}, false
}

// appeal reports whether the noun at id is completed as an appeal is: by what is called for or
// on ("a call for talks", "calls on Iran"), or by an infinitive ("a call to end the war").
func (c *coder) appeal(id int) bool {
	for _, ch := range c.t.Children(id) {
		cw := c.t.Word(ch)
		if syntax.BaseRel(cw.Deprel) == "nmod" && (c.prep(ch) == "for" || c.prep(ch) == "on") && !c.timeHead(ch) {
			return true
		}
		if cw.Deprel == "acl" && c.hasMark(ch) == "to" {
			return true
		}
	}
	return false
}

// phoneSense returns the telephone sense of the verb spelt as the noun lemma, if it has one (the
// lexicon's "call", "phone": CONSULT phone).
func (c *coder) phoneSense(lemma string) (Sense, bool) {
	for _, s := range c.lex.Verb(lemma) {
		if s.Mode == "phone" && s.Type != "" {
			s.Rule += " (noun " + lemma + ")"
			return s, true
		}
	}
	return Sense{}, false
}

// frameNouns name no event of their own but the undertaking of the one their compound names: "a
// mediation effort" is mediation, "a bombing campaign" bombing. (A "weapons programme" or an
// "aid package" names things, not acts: those are not among them.)
var frameNouns = map[string]bool{"effort": true, "process": true, "initiative": true, "bid": true,
	"drive": true, "push": true, "mission": true, "campaign": true}

// doneTogether reports whether the event noun n is said to be done jointly ("a coordinated
// arrest", "a joint operation", "combined strikes"): those "between" whom it is are its authors
// together, not each other's targets.
func (c *coder) doneTogether(n int) bool {
	for _, ch := range c.t.Dependents(n, "amod") {
		switch strings.ToLower(c.t.Word(ch).Lemma) {
		case "coordinated", "coordinate", "joint", "combined", "concerted", "collaborative":
			return true
		}
	}
	return false
}

// privateAuthor reports whether the event noun at n is modified by a word that makes its
// authors private people ("terrorist attack", "suicide bombing", "militant raid"): a demonym or
// name beside it then says whose nationals they are, not that their state acted.
func (c *coder) privateAuthor(n int) bool {
	for _, ch := range c.t.Children(n) {
		if d := c.t.Word(ch).Deprel; (d == "amod" || d == "compound") && PrivateViolence(strings.ToLower(c.t.Word(ch).Lemma)) {
			return true
		}
	}
	return false
}

// PrivateViolence reports whether a modifier (a lemma) makes the authors of an act of violence
// private people: "terrorist", "jihadist", "suicide", "militant", "insurgent", "extremist".
func PrivateViolence(lemma string) bool { return privateViolence[lemma] }

var privateViolence = map[string]bool{"terrorist": true, "terror": true, "jihadist": true, "jihadi": true,
	"suicide": true, "militant": true, "insurgent": true, "extremist": true, "criminal": true}

// leaders returns the actors of a "-led" modifier at id ("the US-led invasion", "a Saudi-led
// coalition"): who leads an act made it. Not "Russia-backed", whose backer stands behind
// another's act.
func (c *coder) leaders(id int) []int {
	w := c.t.Word(id)
	if w.Deprel != "amod" || !strings.EqualFold(w.Lemma, "lead") {
		return nil
	}
	var out []int
	for _, d := range c.t.Children(id) {
		out = append(out, c.actorsOf(d)...)
	}
	return out
}
