package events

import (
	"slices"
	"strings"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// arg is one argument of a trigger: its relation ("obj", "iobj", "obl", "nmod"), its preposition
// for an oblique, its head word and the actors it stands for.
type arg struct {
	rel, prep string
	head      int
	actors    []int
	// place marks what a noun of a phrase saying where takes ("near the border with Turkey"):
	// a party only when the verb has no object naming one (placePhrase).
	place bool
}

// subject returns the actors that act in the clause of verb v and the word that names them: the
// nominal subject, the agent of a passive ("by X"), or the subject a verb shares: with the verb
// it is coordinated with, with the verb that controls it ("X agreed to send"), with the noun a
// participle modifies ("troops stationed in X").
func (c *coder) subject(v int, depth int) ([]int, int) {
	if depth > 6 {
		return nil, 0
	}
	w := c.t.Word(v)
	if c.elidedPassive(v) {
		// "resigned after being accused by X": the subject shared with the verb above is the one
		// acted on (objects); who acts is the by-phrase, if any
		return c.passiveAgent(v)
	}
	if as, sw, ok := c.statedSubject(v); ok {
		return as, sw
	}
	switch syntax.BaseRel(w.Deprel) {
	case "conj":
		return c.subject(w.Head, depth+1)
	case "xcomp":
		return c.controlledSubject(v, depth)
	case "advcl":
		return c.adverbialSubject(v, depth)
	case "acl":
		return c.adnominalSubject(v, depth)
	}
	return nil, 0
}

// statedSubject returns the actors of the subject verb v has of its own and the word that names
// them, with ok true, or ok false when v has none: of a passive, or of a past participle read
// with "be" as its copula, who acts is the agent (passiveAgent); of an active verb, the subject
// (nominalSubject).
func (c *coder) statedSubject(v int) (as []int, sw int, ok bool) {
	for _, ch := range c.t.Children(v) {
		switch c.t.Word(ch).Deprel {
		case "nsubj", "nsubj:outer":
			if c.beParticiple(v) {
				as, sw = c.passiveAgent(v)
				return as, sw, true
			}
			as, sw = c.nominalSubject(v, ch)
			return as, sw, true
		case "nsubj:pass":
			as, sw = c.passiveAgent(v)
			return as, sw, true
		}
	}
	return nil, 0, false
}

// nominalSubject returns the actors that the active subject s of verb v stands for and the word
// that names them: those of s, or of the noun a relative pronoun s stands for, with the subjects
// conjoined after it; else the author of the event s names, or the actors of a second subject
// right after s; else no actors, with the noun.
func (c *coder) nominalSubject(v, s int) ([]int, int) {
	n := s
	if a := c.antecedent(s); a > 0 {
		n = a // "the group that attacked X": its antecedent
	}
	if as := c.actorsOf(n); len(as) > 0 {
		return appendNew(as, c.conjoinedSubjects(v, s)...), n
	}
	if as, w := c.eventAuthor(n); len(as) > 0 {
		return as, w // "Israeli airstrikes killed …", "an attack by X that killed …"
	}
	if as, w := c.nextSubject(v, s); len(as) > 0 {
		return as, w
	}
	return nil, n
}

// controlledSubject returns who acts in the open complement v (an xcomp) of the verb above it,
// depth verbs down, and the word that names them: the one who has a bare participle done, or its
// agent; the object of a verb of object control that names a party, or none when the object is
// none; else the subject of the verb above ("X agreed to send").
func (c *coder) controlledSubject(v, depth int) ([]int, int) {
	w := c.t.Word(v)
	if c.participleComplement(v) {
		if l := c.t.Word(w.Head).Lemma; l == "have" || l == "get" {
			return c.subject(w.Head, depth+1) // "Putin had him killed": the one who has it done
		}
		return c.passiveAgent(v) // "found the boy captured by X": X
	}
	o := c.child(w.Head, "obj")
	if o > 0 && c.antecedent(o) > 0 {
		o = 0 // "tell the AP that IS had threatened to kill Foley": "that" read as a relative pronoun
	}
	if o == 0 {
		o = c.child(w.Head, "iobj") // "allow the World Food Program to deliver", parsed so
	}
	if o > 0 && len(c.actorsOf(o)) > 0 && (c.span[o] >= 0 || c.sector[o] != "" || c.peopleNoun(o)) {
		// object control: "urged Iran to halt", "urged Iranian leaders to halt"; a thing
		// is no controller ("assembling a camp in Kuwait to launch its own air campaign":
		// Canada launches it)
		return c.actorsOf(o), o
	}
	if o > 0 && c.objectControlled(v, w.Head) {
		return nil, o // "forced oil companies to comply": they comply, no party
	}
	return c.subject(w.Head, depth+1)
}

// adverbialSubject returns who acts in the adverbial clause v (an advcl) of the verb above it,
// depth verbs down, and the word that names them: none, with the object, when the object of a
// verb of object control does it; the subject of the verb above when the clause is its own act
// (a bare or "by", "after" clause, a purpose of giving, using or contacting, what it claims
// responsibility for); both the joiner and the joined of "join … in"; else none.
func (c *coder) adverbialSubject(v, depth int) ([]int, int) {
	w := c.t.Word(v)
	if o := c.child(w.Head, "obj"); o > 0 && c.hasMark(v) == "to" && c.objectControlled(v, w.Head) {
		// "forced oil companies to attack X", parsed as a purpose: not the subject's act;
		// nor, with the object a party, a fact ("urging Bill Shorten to sack them to improve
		// relations with China")
		return nil, o
	}
	if m := c.hasMark(v); m == "for" && c.claimsResponsibility(w.Head) {
		return c.subject(w.Head, depth+1) // "IS claimed responsibility for killing X": IS killed
	}
	if m := c.hasMark(v); m == "" || m == "by" || m == "after" || m == "to" && (c.purposeOfGiving(w.Head) || c.purposeOfUse(w.Head) || c.purposeOfContact(w.Head)) {
		if hw := c.t.Word(w.Head); hw.UPOS == "VERB" {
			return c.subject(w.Head, depth+1)
		}
	}
	if c.hasMark(v) == "in" && strings.EqualFold(c.t.Word(w.Head).Lemma, "join") {
		// "X joined Y in cutting ties with Z": both cut them (EVENT-PITFALLS)
		as, sw := c.subject(w.Head, depth+1)
		if o := c.child(w.Head, "obj"); o > 0 {
			as = appendNew(as, c.actorsOf(o)...)
		}
		return as, sw
	}
	return nil, 0
}

// adnominalSubject returns who acts in the clause v (an acl) that modifies a noun, depth verbs
// down, and the word that names them: who claims responsibility for the noun, who acts in the
// noun's purpose (purposeSubject), the subject a bare participle takes from its noun
// (participleSubject), or the agent of a reduced passive; else none.
func (c *coder) adnominalSubject(v, depth int) ([]int, int) {
	w := c.t.Word(v)
	if h := c.t.Word(w.Head); c.hasMark(v) == "for" && responsibilityNouns[strings.ToLower(h.Lemma)] && h.Head > 0 && c.claimsResponsibility(h.Head) {
		return c.subject(h.Head, depth+1) // "claimed responsibility for the attack on X", parsed on the noun
	}
	if c.purposeNoun(v) > 0 {
		return c.purposeSubject(w.Head, depth)
	}
	// a clause with a marker ("talks about accepting …") completes its noun; only a bare
	// participle ("troops fighting in X") has the noun as its subject, not a gerund with a
	// possessor of its own ("girls whose kidnapping stunned the world": the girls were taken)
	if w.Head > 0 && w.Deprel == "acl" && (!strings.HasSuffix(w.XPOS, "N") || c.activeParticiple(v)) && c.hasMark(v) == "" &&
		c.child(v, "nmod:poss") == 0 {
		return c.participleSubject(w.Head, depth)
	}
	if c.reducedPassive(v) {
		return c.passiveAgent(v) // "two journalists kidnapped by al-Shabaab": al-Shabaab
	}
	return nil, 0
}

// participleSubject returns who acts in a bare participle that modifies the noun n, depth verbs
// down, and the word that names them: the subject of the copula whose place n is, the actors of
// n, no actors with a noun of people, the noun's owner, or the issuer of a statement n.
func (c *coder) participleSubject(n, depth int) ([]int, int) {
	if c.placeAfterBe(n) {
		// "who had been in Syria providing aid": who was there acts, not the place
		return c.subject(n, depth+1)
	}
	if as := c.actorsOf(n); len(as) > 0 {
		return as, n // "troops fighting in X"
	}
	if c.peopleNoun(n) {
		// "Syrian rebels attacked …": a group acts for itself, not its country's; the noun
		// is the subject no actor names ("a British rapper now fighting with ISIS")
		return nil, n
	}
	if as, ow := c.owner(n); len(as) > 0 {
		return as, ow // "a U.S. effort to mediate", "Iran's decision to attack"
	}
	return c.issuer(n, depth)
}

// objectControl are the verbs whose object does what their infinitive says ("forced X to
// comply", "asked X to leave", "helped X to win"), as the passives of the word rules'
// passiveControl; without an actor as that object the infinitive has no subject of its own, not
// the verb's ("a ruling that forced oil companies to comply with the rule").
var objectControl = setOf("force", "compel", "oblige", "permit", "allow", "ask", "tell", "order",
	"urge", "invite", "require", "authorize", "authorise", "instruct", "pressure", "press",
	"encourage", "persuade", "convince", "enable", "help", "want", "expect", "advise", "bar", "ban",
	"forbid", "lead", "cause")

// objectControlled reports whether head is a verb of objectControl, whose object does what its
// infinitive v says; if so, the word rules may not read v with head's subject either.
func (c *coder) objectControlled(v, head int) bool {
	l := strings.ToLower(c.t.Word(head).Lemma)
	if !objectControl[l] {
		return false
	}
	c.void(v, "its subject is the object of \""+l+"\"")
	return true
}

// issuer returns who issued the statement or report n that a participle describes ("Kenya
// issued a statement condemning Uganda"): the by-phrase of the noun, or the subject of the verb
// whose object it is.
func (c *coder) issuer(n, depth int) ([]int, int) {
	if !c.claimNoun(n) {
		return nil, 0
	}
	for _, ch := range c.t.Dependents(n, "nmod") {
		if c.prep(ch) == "by" {
			return c.actorsOf(ch), ch // "a statement by the ministry condemning …"
		}
	}
	if w := c.t.Word(n); w.Deprel == "obj" && w.Head > 0 && c.t.Word(w.Head).UPOS == "VERB" {
		return c.subject(w.Head, depth+1)
	}
	return nil, 0
}

// claimsResponsibility reports whether verb v claims an act as its subject's own: "claimed
// responsibility for", "took credit for", "admitted responsibility for".
func (c *coder) claimsResponsibility(v int) bool {
	switch strings.ToLower(c.t.Word(v).Lemma) {
	case "claim", "take", "accept", "admit", "assume":
	default:
		return false
	}
	o := c.child(v, "obj")
	return o > 0 && responsibilityNouns[strings.ToLower(c.t.Word(o).Lemma)]
}

// responsibilityNouns are what one claims for an act one did.
var responsibilityNouns = setOf("responsibility", "credit")

// withOfPhrases returns the noun n and the heads of its "of" phrases, on which the parser hangs
// as often what belongs to n ("expulsions of diplomats from Britain", "many of its victims,
// including …").
func (c *coder) withOfPhrases(n int) []int {
	heads := []int{n}
	for _, d := range c.t.Dependents(n, "nmod") {
		if c.prep(d) == "of" {
			heads = append(heads, d)
		}
	}
	return heads
}

// including returns, as objects, the named members an "including" or "such as" phrase gives of
// the object n or of its "of" phrase ("many of its victims, including American businessman
// Nicholas Berg", "Islamic militants, including the Islamic State group"): those acted on too.
func (c *coder) including(n int) []arg {
	var out []arg
	for _, h := range c.withOfPhrases(n) {
		for _, d := range c.t.Children(h) {
			if syntax.BaseRel(c.t.Word(d).Deprel) == "nmod" && includingPreps[c.prep(d)] {
				if as := c.namedActors(c.actorsOf(d)); len(as) > 0 {
					out = append(out, arg{rel: "obj", head: d, actors: as})
				}
			}
		}
	}
	return out
}

// namedActors returns the actors of as that are named (a country, body or person), not groups a
// common noun names ("the alleged street boss", "specialists in explosives"): a member the
// parser may have hung on the wrong noun is trusted only by name.
func (c *coder) namedActors(as []int) []int {
	var out []int
	for _, k := range as {
		if a := c.actors[k]; a.State || a.Org || a.Person || a.Place {
			out = append(out, k)
		}
	}
	return out
}

// includingPreps introduce members of a set.
var includingPreps = setOf("include", "including", "such") // lemmas: "including", "such as"

// placeAfterBe reports whether noun n is the place a copula predicates of its subject ("had
// been in Syria", "was at the border"): a participle hung on it tells what the subject did there.
func (c *coder) placeAfterBe(n int) bool {
	switch c.prep(n) {
	case "in", "at", "inside", "near", "on":
	default:
		return false
	}
	return c.child(n, "nsubj") > 0 && c.beCopula(n)
}

// reducedPassive reports whether v is a passive participle hung on the noun it is done to, with
// no marker and no object of its own ("two journalists kidnapped by al-Shabaab", "people
// evacuated from Haiti by the U.S."): the noun is its patient, a by-phrase its agent.
func (c *coder) reducedPassive(v int) bool {
	w := c.t.Word(v)
	if w.Deprel != "acl" || w.XPOS != "VBN" || w.Head == 0 || c.activeParticiple(v) || c.hasMark(v) != "" ||
		c.child(v, "nsubj:pass") > 0 || c.t.Word(w.Head).UPOS == "VERB" {
		return false
	}
	if a := c.child(v, "obl:agent"); a > 0 && c.prep(a) != "by" {
		return false // "A Zimbabwean court on Tuesday freed activist pastor Evan Mawarire": a finite verb misread
	}
	return true
}

// participleComplement reports whether v is a bare past participle completing a verb that has an
// object ("found the boy captured", "wants him arrested", and the parser's reading of "the age
// of the boy reportedly captured in Lebanon"): the participle is passive, the object its patient.
// A complement is never finite, so a past tense the tagger gave it is a participle too.
func (c *coder) participleComplement(v int) bool {
	w := c.t.Word(v)
	if w.Deprel != "xcomp" || w.XPOS != "VBN" && w.XPOS != "VBD" || c.child(v, "aux") > 0 || c.child(v, "aux:pass") > 0 ||
		c.hasMark(v) != "" || c.activeParticiple(v) {
		return false
	}
	return c.child(w.Head, "obj") > 0
}

// conjoinedSubjects returns the actors of the other subjects of verb v after its first, first,
// that carry a conjunction of their own: a greedy parse can hang the second conjunct of a
// subject on the verb ("Sudan's army and the RSF agreed": "army" and "RSF" both nsubj, "and"
// on "RSF").
func (c *coder) conjoinedSubjects(v, first int) []int {
	var out []int
	for _, ch := range c.t.Children(v) {
		if ch <= first || c.t.Word(ch).Deprel != "nsubj" || c.child(ch, "cc") == 0 {
			continue
		}
		out = appendNew(out, c.actorsOf(ch)...)
	}
	return out
}

// nextSubject returns the actors of a second subject of verb v right after its first, first: a
// greedy parse can hang a name in apposition to the subject noun on the verb as a subject of
// its own ("Nigerian terror group Boko Haram pledged": "group" and "Boko Haram" both subjects).
func (c *coder) nextSubject(v, first int) ([]int, int) {
	next := first + 1
	if next > len(c.t.S.Words) || c.t.Word(next).Head != v || c.t.Word(next).Deprel != "nsubj" {
		return nil, 0
	}
	if as := c.actorsOf(next); len(as) > 0 {
		return as, next
	}
	return nil, 0
}

// peopleNoun reports whether the noun at id names people: a person noun or an agent of any
// sector ("rebels", "militants", "farmers").
func (c *coder) peopleNoun(id int) bool {
	lemma := strings.ToLower(c.t.Word(id).Lemma)
	if _, ok := c.lex.Agent(lemma); ok {
		return true
	}
	return syntax.PersonNoun(lemma)
}

// eventAuthor returns the actors behind an event noun that is a subject: whose it is or who
// carried it out ("Israeli airstrikes", "Russia's attack", "an attack by Russia"). What an
// event does ("airstrikes killed ten people") its author did.
func (c *coder) eventAuthor(n int) ([]int, int) {
	if ns, ok := c.noun(n); !ok || ns.Type == "" {
		return nil, 0
	}
	if as, w := c.owner(n); len(as) > 0 && !(c.t.Word(w).Deprel == "compound" && c.allPlaces(as)) &&
		!(c.t.Word(w).Deprel != "nmod:poss" && c.privateAuthor(n)) {
		return as, w // not "the Benghazi attack": where it happened; nor "the Pakistani terrorist attack"
	}
	for _, ch := range c.t.Children(n) {
		if syntax.BaseRel(c.t.Word(ch).Deprel) == "nmod" && c.prep(ch) == "by" {
			if as := c.actorsOf(ch); len(as) > 0 {
				return as, ch
			}
		}
	}
	for _, ch := range c.t.Dependents(n, "amod") {
		// "a Taliban-claimed car bomb", "Saudi-led airstrikes" parsed with the name under the
		// participle: who claims or leads the act made it
		if w := c.t.Word(ch); w.UPOS == "VERB" && authorParticiples[strings.ToLower(w.Lemma)] {
			for _, g := range c.t.Children(ch) {
				if g < ch {
					if as := c.actorsOf(g); len(as) > 0 {
						return as, g
					}
				}
			}
		}
	}
	for _, ch := range c.t.Dependents(n, "acl") {
		// "a drone strike carried out by the US", "believed to have been carried out by the
		// US": the agent of the participle that says who made it
		for _, p := range []int{ch, c.child(ch, "xcomp")} {
			if p == 0 {
				continue
			}
			if a := c.child(p, "obl:agent"); a > 0 {
				if as := c.actorsOf(a); len(as) > 0 {
					return as, a
				}
			}
		}
	}
	return nil, 0
}

// authorParticiples, joined to a name before them ("Taliban-claimed", "Saudi-led"), make the
// name the author of the act they modify.
var authorParticiples = setOf("claim", "lead")

// allPlaces reports whether every actor of as is a town or area.
func (c *coder) allPlaces(as []int) bool {
	for _, a := range as {
		if !c.actors[a].Place {
			return false
		}
	}
	return len(as) > 0
}

// attackNoun reports whether the noun at n names an act of force (its sense is material
// conflict: "airstrike", "attack", "shelling").
func (c *coder) attackNoun(n int) bool {
	ns, ok := c.noun(n)
	return ok && newsgraph.QuadClass(ns.Type) == "material-conflict"
}

// passiveAgent returns the "by" phrase of a passive verb, or the author of the attack it
// happened in.
func (c *coder) passiveAgent(v int) ([]int, int) {
	for _, ch := range c.t.Children(v) {
		cw := c.t.Word(ch)
		if cw.Deprel == "obl:agent" || syntax.BaseRel(cw.Deprel) == "obl" && c.prep(ch) == "by" {
			if as := c.actorsOf(ch); len(as) > 0 {
				return as, ch
			}
			if as, w := c.eventAuthor(ch); len(as) > 0 {
				return as, w // "hit by Israeli airstrikes": who made the attack
			}
			return nil, ch
		}
	}
	for _, ch := range c.t.Children(v) {
		// "was raped and murdered by soldiers": both by them; not when v has obliques of its own
		// ("captured in Libya in 2012, released, and then kidnapped by gunmen")
		if c.sharesPassive(ch) && c.child(ch, "obl:agent") > 0 && c.child(v, "obl") == 0 {
			return c.passiveAgent(ch)
		}
	}
	for _, ch := range c.t.Children(v) {
		// "were killed in a Kenyan airstrike", "died in a US drone strike": the author of the
		// attack the passive happened in did it
		if syntax.BaseRel(c.t.Word(ch).Deprel) == "obl" && c.prep(ch) == "in" && c.attackNoun(ch) {
			if as, w := c.eventAuthor(ch); len(as) > 0 {
				return as, w
			}
		}
	}
	for _, ch := range c.t.Children(v) {
		// "evacuated from Haiti by the U.S.", the parser hanging the by-phrase on the place
		// before it: a place or a name has no agent of its own
		if syntax.BaseRel(c.t.Word(ch).Deprel) != "obl" || c.span[ch] < 0 {
			continue
		}
		for _, b := range c.t.Dependents(ch, "nmod") {
			if c.prep(b) == "by" && b > ch {
				return c.actorsOf(b), b
			}
		}
	}
	return nil, 0
}

// passive reports whether v is a passive verb, and its patient.
func (c *coder) passive(v int) (int, bool) {
	if p := c.child(v, "nsubj:pass"); p > 0 {
		return p, true
	}
	if c.beParticiple(v) {
		return c.child(v, "nsubj"), true
	}
	return 0, false
}

// beParticiple reports whether v is a past participle after a form of "be" that the parser read
// as a copula, with a subject: "who was gang-raped" parsed with "was" as cop and "who" as nsubj.
// Be with a past participle is the passive.
func (c *coder) beParticiple(v int) bool {
	w := c.t.Word(v)
	return w.UPOS == "VERB" && w.XPOS == "VBN" && c.child(v, "nsubj") > 0 && c.beCopula(v)
}

// beCopula reports whether word id has a form of "be" as its copula.
func (c *coder) beCopula(id int) bool {
	cop := c.child(id, "cop")
	return cop > 0 && c.t.Word(cop).Lemma == "be"
}

// sharesPassive reports whether v is a bare past participle coordinated with a passive verb,
// without an auxiliary or a subject of its own: "was raped and murdered" is passive twice.
func (c *coder) sharesPassive(v int) bool {
	w := c.t.Word(v)
	if syntax.BaseRel(w.Deprel) != "conj" || w.XPOS != "VBN" || c.child(v, "aux") > 0 || c.child(v, "obj") > 0 {
		return false
	}
	_, ok := c.passive(w.Head)
	return ok
}

// elidedPassive reports whether verb v is a passive without a subject of its own, in a clause
// that shares the subject of the verb above it ("after being accused", "and was later freed").
func (c *coder) elidedPassive(v int) bool {
	if c.child(v, "nsubj:pass") > 0 || c.child(v, "nsubj") > 0 {
		return false
	}
	if c.child(v, "aux:pass") == 0 && !c.bareAgentParticiple(v) && !c.sharesPassive(v) {
		return false
	}
	switch syntax.BaseRel(c.t.Word(v).Deprel) {
	case "advcl", "conj", "xcomp":
		return true
	}
	return false
}

// bareAgentParticiple reports whether v is a past participle with a by-phrase and no auxiliary:
// a passive whose "was" is left out ("signed on for the deal, bankrolled by Richard Branson",
// "fled, pursued by police"), as a conjunct or an adverbial clause. A participle with an
// auxiliary of its own, or without a by-phrase, may be active ("has attacked and killed X").
func (c *coder) bareAgentParticiple(v int) bool {
	w := c.t.Word(v)
	if r := syntax.BaseRel(w.Deprel); r != "conj" && r != "advcl" {
		return false // as an xcomp the parser most often misreads a participle on a noun
	}
	return w.XPOS == "VBN" && c.child(v, "aux") == 0 && c.child(v, "obl:agent") > 0
}

// objects returns the arguments of verb v that may be acted on: the patient of a passive, the
// object and indirect object, obliques with their prepositions, and the "with", "on", "against"
// and "to" phrases of an object noun ("signed a deal with X", "imposed sanctions on X").
func (c *coder) objects(v int) []arg {
	out := c.patient(v)
	if n := c.relativeObject(v); n > 0 {
		out = append(out, arg{rel: "obj", head: n, actors: c.actorsOf(n)})
		out = append(out, c.nounArgs(n)...)
	}
	for _, ch := range c.t.Children(v) {
		switch rel := c.t.Word(ch).Deprel; syntax.BaseRel(rel) {
		case "obj", "iobj":
			out = append(out, c.objectArgs(v, ch, rel)...)
		case "xcomp":
			if n := c.strandedNoun(ch); n > 0 {
				out = append(out, arg{rel: "obj", head: n, actors: c.actorsOf(n)})
				out = append(out, c.nounArgs(n)...)
			}
		case "obl":
			out = append(out, c.obliqueArgs(v, ch, rel)...)
		}
	}
	return c.dropPlaces(v, out)
}

// patient returns, as an object, what the passive verb v acts on: the subject of a passive, the
// noun a reduced passive modifies, the object of the verb a bare participle completes, or, for a
// passive that shares the subject of the verb above it, that verb's patient or else its subject.
// It returns nil for an active verb.
func (c *coder) patient(v int) []arg {
	var out []arg
	if p, ok := c.passive(v); ok {
		out = append(out, arg{rel: "obj", head: p, actors: c.actorsOf(p)})
	} else if c.reducedPassive(v) {
		h := c.t.Word(v).Head
		out = append(out, arg{rel: "obj", head: h, actors: c.actorsOf(h)})
	} else if c.participleComplement(v) {
		o := c.child(c.t.Word(v).Head, "obj")
		out = append(out, arg{rel: "obj", head: o, actors: c.actorsOf(o)})
	} else if c.elidedPassive(v) {
		if h := c.t.Word(v).Head; h > 0 {
			if p, ok := c.passive(h); ok {
				out = append(out, arg{rel: "obj", head: p, actors: c.actorsOf(p)}) // "was raped and murdered"
			} else if as, w := c.subject(h, 1); len(as) > 0 {
				out = append(out, arg{rel: "obj", head: w, actors: as})
			}
		}
	}
	return out
}

// objectArgs returns the arguments that the direct or indirect object ch of verb v gives, rel its
// relation: the object, or the thing it measures when it is a quantity, with the phrases of its
// noun (nounArgs, conjunctEventArgs, withOfName, including). It returns nil for a relative
// pronoun and for an object that "alongside" parts from the verb.
func (c *coder) objectArgs(v, ch int, rel string) []arg {
	if c.alongside(v, ch) || c.antecedent(ch) > 0 {
		return nil // a relative pronoun: its antecedent is the object (relativeObject)
	}
	var out []arg
	if m := c.measured(ch); m > 0 {
		out = append(out, c.nounArgs(ch)...) // "50 tonnes of food to Kenya": the parser's choice
		ch = m
	}
	out = append(out, arg{rel: rel, head: ch, actors: c.actorsOf(ch)})
	out = append(out, c.nounArgs(ch)...)
	out = append(out, c.conjunctEventArgs(ch)...)
	out = append(out, c.withOfName(ch)...)
	out = append(out, c.including(ch)...)
	return out
}

// obliqueArgs returns the arguments that the oblique ch of verb v gives, rel its relation: the
// phrase with its preposition, marked place when it says where, and what its noun takes
// (obliqueNounArgs); members of the object for an "including" phrase; the author of what the
// verb reacts to for the "by" phrase of an active verb. It returns nil for an agent, a time or
// a measure.
func (c *coder) obliqueArgs(v, ch int, rel string) []arg {
	if rel == "obl:agent" || rel == "obl:tmod" || rel == "obl:npmod" || rel == "obl:unmarked" || c.timeHead(ch) {
		return nil
	}
	p := c.prep(ch)
	if includingPreps[p] && c.child(v, "obj") > 0 {
		// "expelled dozens of diplomats, including the Somali ambassador", the phrase hung
		// on the verb: members of the object
		return []arg{{rel: "obj", head: ch, actors: c.namedActors(c.actorsOf(ch))}}
	}
	if p == "by" {
		if _, ok := c.passive(v); ok {
			return nil
		}
		// "condemned the invasion of Chile by Peru", the by-phrase hung on the verb:
		// the author of what the verb reacts to
		return []arg{{rel: "owner", prep: p, head: ch, actors: c.actorsOf(ch)}}
	}
	// "arrested protesters in Lima", "filed a case against Israel at the ICJ": where, when
	// another argument names who
	out := []arg{{rel: "obl", prep: p, head: ch, actors: c.actorsOf(ch), place: (p == "in" || p == "at") && c.namesNoEvent(ch)}}
	return append(out, c.obliqueNounArgs(v, ch, p)...)
}

// obliqueNounArgs returns the phrases of the noun of the oblique ch of verb v, with preposition
// p, that the verb acts on too (nounArgs), marked place when the oblique says where
// (placePhrase). It returns nil for the addressee of a message, a circumstance of a passive and
// the parties of a reason given with "for".
func (c *coder) obliqueNounArgs(v, ch int, p string) []arg {
	cw := c.t.Word(ch)
	if p == "in" && syntax.CommunicationNoun(strings.ToLower(cw.Lemma)) && !syntax.ActNoun(strings.ToLower(cw.Lemma)) {
		return nil // "beheads Foley in a message to the US": whom a message is to is its addressee
	}
	if _, ok := c.passive(v); ok && c.t.Word(ch).UPOS == "NOUN" && len(c.actorsOf(ch)) == 0 {
		// "On landing in Dar es Salaam, they were detained by police": a passive acts on
		// its subject; what a circumstance phrase's noun names is not acted on
		return nil
	}
	if o := c.child(v, "obj"); p == "for" && o > 0 && len(c.actorsOf(o)) > 0 {
		// "condemned ISIS for the murder of James Foley", "blamed X for the attack on Y":
		// the reason's own parties are not the verb's
		return nil
	}
	na := c.nounArgs(ch)
	if c.placePhrase(p, ch) {
		for i := range na {
			na[i].place = true
		}
	}
	return na
}

// dropPlaces removes the arguments of verb v marked place when a direct object names an actor,
// people acted on (actedOn) or a pronoun ("is attacking us daily in Iraq"), or an "against"
// phrase names an actor: "attacked their fighters
// near the border with Turkey" attacked no Turkey (EVENT-PITFALLS: "the object is the argument,
// not the nearest country"), but "beefed up its troops along the border with the Gaza Strip",
// with no other party, acts towards Gaza, and people a verb places are put there ("deployed
// peacekeepers in Somalia": PlacingVerbs).
func (c *coder) dropPlaces(v int, args []arg) []arg {
	placed := PlacingVerbs[strings.ToLower(c.t.Word(v).Lemma)]
	has := false
	for _, a := range args {
		has = has || (a.rel == "obj" || a.rel == "iobj") && (len(a.actors) > 0 || !placed && (c.actedOn(a.head) || c.t.Word(a.head).UPOS == "PRON")) ||
			(a.rel == "obl" || a.rel == "nmod") && a.prep == "against" && len(a.actors) > 0
	}
	if !has {
		return args
	}
	return withoutPlaces(args)
}

// withoutPlaces returns args without the phrases that name a place, reusing its array.
func withoutPlaces(args []arg) []arg {
	out := args[:0]
	for _, a := range args {
		if !a.place {
			out = append(out, a)
		}
	}
	return out
}

// PlacingVerbs put what they move somewhere, which "in" names as well as "to" ("deployed
// peacekeepers in Somalia", "stationed troops in Poland"; VerbNet's put-9.1 Destination), where
// other verbs' "in" says where the act on their object happened ("arrested protesters in Lima").
var PlacingVerbs = map[string]bool{"deploy": true, "station": true, "redeploy": true, "position": true,
	"base": true, "post": true, "garrison": true, "place": true}

// actedOn reports whether the noun at n names people a verb acts on who stand for no state:
// "arrested protesters in Lima" arrested protesters, in Lima. A state's own forces ("deployed
// troops near the border with Bolivia") go somewhere, towards someone.
func (c *coder) actedOn(n int) bool {
	lemma := strings.ToLower(c.t.Word(n).Lemma)
	if !syntax.PersonNoun(lemma) {
		return false
	}
	sector, _ := c.lex.Agent(lemma)
	return !stateSectors[sector]
}

// stateSectors are the sectors of a state's own agents.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "SPY": true, "JUD": true, "LEG": true}

// placePhrase reports whether the oblique at n, with preposition p, says where something
// happened and names no event ("near the border with Turkey"): what its noun takes describes
// the place. "at talks with X" names an event, and its partner.
func (c *coder) placePhrase(p string, n int) bool {
	return nearPreps[p] && c.namesNoEvent(n)
}

// namesNoEvent reports whether the noun at n is no event noun ("the border", "protesters", not
// "talks").
func (c *coder) namesNoEvent(n int) bool {
	ns, ok := c.noun(n)
	return !ok || ns.Type == ""
}

// nearPreps say where something is or happens.
var nearPreps = map[string]bool{"near": true, "at": true, "across": true, "inside": true,
	"outside": true, "around": true, "within": true, "beyond": true, "throughout": true}

// relativeObject returns the noun a relative clause of verb v modifies when the clause's
// object is a relative pronoun standing for it: "the sanctions, which the EU imposed on
// Belarus". Without a pronoun ("the sanctions it imposed on Belarus") the greedy parser's
// relative clauses are too often misreadings to guess the object.
func (c *coder) relativeObject(v int) int {
	w := c.t.Word(v)
	if w.Deprel != "acl:relcl" || w.Head <= 0 || w.Head > v || !nominal(c.t.Word(w.Head).UPOS) {
		return 0
	}
	for _, ch := range c.t.Children(v) {
		if c.t.Word(ch).Deprel == "obj" && c.antecedent(ch) > 0 {
			return w.Head // "which the EU imposed"
		}
	}
	return 0
}

// nominal reports whether a UPOS heads a noun phrase.
func nominal(upos string) bool { return upos == "NOUN" || upos == "PROPN" || upos == "PRON" }

// alongside reports whether "alongside" or "beside", hung on verb v or on its object n, comes
// between them: the parser's reading of "fight alongside Kurdish fighters" with an object; they
// are fought beside, not fought.
func (c *coder) alongside(v, n int) bool {
	for id := v + 1; id < n; id++ {
		w := c.t.Word(id)
		if f := strings.ToLower(w.Form); (f == "alongside" || f == "beside") && (w.Head == v || w.Head == n) {
			return true
		}
	}
	return false
}

// measured returns the noun that a quantity noun at n measures in its "of" phrase ("50 tonnes of
// food", "thousands of troops", "a shipment of ventilators"), or a sum in its "for" phrase
// ("$340 million for assistance"): UD makes the quantity the head, but what is sent, deployed,
// fired or given is the thing measured. It returns 0 when n is no quantity
// noun or measures nothing but another quantity ("millions of dollars").
func (c *coder) measured(n int) int {
	if l := strings.ToLower(c.t.Word(n).Lemma); !quantityNouns[l] && !currencies[l] || len(c.stands[n]) > 0 {
		return 0
	}
	for _, ch := range c.t.Dependents(n, "nmod") {
		if p := c.prep(ch); p != "of" && !(p == "for" && currencies[strings.ToLower(c.t.Word(n).Lemma)]) || c.t.Word(ch).UPOS != "NOUN" || ch <= n {
			continue
		}
		if quantityNouns[strings.ToLower(c.t.Word(ch).Lemma)] {
			return c.measured(ch) // "millions of dollars" is a sum; "of dollars of aid" is aid
		}
		return ch
	}
	return 0
}

// personNamed reports whether the word at id heads the name of a person, or is a person noun
// whose apposition names one ("UK citizen David Haines").
func (c *coder) personNamed(id int) bool {
	for _, a := range c.actorsOf(id) {
		if c.actors[a].Person {
			return true
		}
	}
	for _, ap := range c.t.Dependents(id, "appos") {
		for _, a := range c.actorsOf(ap) {
			if c.actors[a].Person {
				return true
			}
		}
	}
	return false
}

// authorVerbs make a thing their subject's: a relative clause with one of them names who made the
// noun it modifies ("the deal that Russia and Ukraine had agreed", "the plan Israel proposed").
var authorVerbs = setOf("agree", "sign", "reach", "conclude", "propose", "draft", "put", "offer",
	"make", "take", "adopt", "pass", "announce", "impose", "issue", "broker", "negotiate", "submit", "present")

// quantityNouns are units of measure (money among them: "pound" is both), containers, round
// numbers and the nouns that count events ("a new round of sanctions", "a wave of attacks")
// that quantify a mass or a plural noun after "of".
var quantityNouns = setOf(append([]string{"ton", "tonne", "kilogram", "kg", "gram", "pound", "lb", "ounce", "litre",
	"liter", "gallon", "barrel", "shipment", "consignment", "batch", "cargo", "load", "truckload",
	"planeload", "shipload", "boatload", "convoy", "package", "parcel", "crate", "box", "bag", "sack",
	"carton", "container", "pallet", "dose", "worth", "amount", "quantity", "volume", "number", "lot",
	"dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands", "million",
	"millions", "billion", "billions",
	"round", "wave", "spate", "series", "barrage", "flurry", "volley", "salvo", "raft", "slew"}, currencyNames...)...)

// currencies are the quantity nouns that name a sum of money, and the signs written for them:
// what a sum is "for" is what is given ("$340 million for assistance", "5 million euros for
// reconstruction").
var currencies = setOf(append([]string{"$", "€", "£", "¥", "pound"}, currencyNames...)...)

// currencyNames are the names of currencies, quantity nouns both of an "of" and of a "for" phrase.
var currencyNames = []string{"dollar", "euro", "yuan", "yen", "rupee", "ruble", "rouble", "franc",
	"shekel", "riyal", "dirham", "naira", "rand", "peso", "lira", "won"}

// nounArgs returns the dependents of a noun that name a party: its owner or author ("X's
// decision", "the decision by X", "the Israeli decision": rel "owner"), and its prepositional
// dependents ("a deal with X", "sanctions on X", "aid to X", "the withdrawal of X's troops"),
// or, where such a dependent names no actor, its owner ("criticism of X's handling").
func (c *coder) nounArgs(n int) []arg {
	var out []arg
	if len(c.stands[n]) > 0 || KinNoun(strings.ToLower(c.t.Word(n).Lemma)) {
		return nil // kin are acted on themselves: "detained the son of X" is no act on X
	}
	for _, ch := range c.t.Children(n) {
		cw := c.t.Word(ch)
		switch {
		case cw.Deprel == "nmod:poss" || cw.Deprel == "amod" || cw.Deprel == "compound" || syntax.BaseRel(cw.Deprel) == "nmod" && c.prep(ch) == "by":
			out = append(out, c.ownerArgs(n, ch)...)
			continue
		case cw.Deprel == "appos" || cw.Deprel == "nmod" && c.personNamed(ch):
			// "the murder of UK citizen David Haines by the terrorist group ISIL", the by-phrase
			// hung on the victim's name: a person named takes no "by" phrase, the act does
			out = append(out, c.byOwners(ch)...)
			if cw.Deprel == "appos" {
				continue
			}
		case cw.Deprel == "acl":
			// "an appeal filed by lawyers of X", "the resolution proposed by the UN": who made it
			if as, w := c.passiveAgent(ch); len(as) > 0 {
				out = append(out, arg{rel: "owner", head: w, actors: as})
			}
			continue
		case cw.Deprel == "acl:relcl" && authorVerbs[strings.ToLower(cw.Lemma)]:
			// "the grain deal that Russia and Ukraine had agreed": its parties made it
			out = append(out, c.relativeAuthor(ch)...)
			continue
		case syntax.BaseRel(cw.Deprel) != "nmod":
			continue
		}
		if a, ok := c.nounPrepArg(n, ch); ok {
			out = append(out, a)
		}
	}
	return out
}

// ownerArgs returns, as an owner, the actors that the owner, modifier or by-phrase ch of the noun
// n names, or those of a "-led" modifier (leaders). It returns nil when ch is on the other side
// of a relation (otherSide) or names where a conflict is (placeOfConflict).
func (c *coder) ownerArgs(n, ch int) []arg {
	if c.otherSide(n, ch) {
		return nil // "Russia backs its ally Syria": whose ally is not who is backed
	}
	if c.t.Word(ch).Deprel == "amod" && c.placeOfConflict(n) {
		return nil // "monitor the Syrian conflict": where it is fought, not who fights it
	}
	if as := c.actorsOf(ch); len(as) > 0 {
		return []arg{{rel: "owner", head: ch, actors: as}}
	}
	if as := c.leaders(ch); len(as) > 0 {
		return []arg{{rel: "owner", head: ch, actors: as}} // "the US-led invasion"
	}
	return nil
}

// byOwners returns, as owners, the actors of the "by" phrases hung on the word id.
func (c *coder) byOwners(id int) []arg {
	var out []arg
	for _, b := range c.t.Dependents(id, "nmod") {
		if c.prep(b) == "by" {
			if as := c.actorsOf(b); len(as) > 0 {
				out = append(out, arg{rel: "owner", head: b, actors: as})
			}
		}
	}
	return out
}

// relativeAuthor returns, as an owner, the actors of the subject of the relative clause v, of a
// verb that makes its noun (authorVerbs), unless the subject is the relative pronoun.
func (c *coder) relativeAuthor(v int) []arg {
	if sj := c.child(v, "nsubj"); sj > 0 && c.antecedent(sj) == 0 {
		if as := c.actorsOf(sj); len(as) > 0 {
			return []arg{{rel: "owner", head: sj, actors: as}}
		}
	}
	return nil
}

// nounPrepArg returns the argument that the prepositional dependent ch of the noun n gives, ok
// false when its preposition introduces no party: the actors ch names or, where it names none,
// those of its owner; marked place when it says where.
func (c *coder) nounPrepArg(n, ch int) (arg, bool) {
	switch p := c.prep(ch); p {
	case "with", "on", "against", "to", "toward", "towards", "for", "into", "from", "over", "of", "between", "among", "in", "inside", "within", "near", "around", "off", "along":
		as := c.actorsOf(ch)
		if len(as) == 0 && !(p == "of" && c.tellsOf(n)) {
			// a thing of someone's: "criticism of the Maltese government's handling",
			// "a probe of the FAA's approval", "sanctions against Myanmar's companies"; but
			// news, a report or a video of someone's act tells of it ("curb the news of her
			// capture" curbs no one)
			as, _ = c.owner(ch)
		}
		// "protesters in Lima", "ISIS targets in Syria": where the thing or the people are
		return arg{rel: "nmod", prep: p, head: ch, actors: as, place: (p == "in" || p == "at" || p == "inside" || p == "within") && c.namesNoEvent(n)}, true
	}
	return arg{}, false
}

// placeOfConflict reports whether the noun at n names a conflict ("conflict", "war", "crisis")
// that no "on", "against", "with" or "between" phrase gives parties: a demonym on it then says
// where it is ("the Syrian conflict", "the Yemeni civil war"), as on "Russia's war on Ukraine"
// it says who wages it.
func (c *coder) placeOfConflict(n int) bool {
	switch strings.ToLower(c.t.Word(n).Lemma) {
	case "conflict", "war", "crisis":
	default:
		return false
	}
	for _, ch := range c.t.Dependents(n, "nmod") {
		switch c.prep(ch) {
		case "on", "against", "with", "between":
			return false
		}
	}
	return true
}

// tellsOf reports whether the noun at n names a report or a depiction ("news", "a report", "a
// video"): its of-phrase is what it tells of or shows. Not the terms or the text of an offer,
// which are its author's.
func (c *coder) tellsOf(n int) bool {
	return reportNouns[strings.ToLower(c.t.Word(n).Lemma)]
}

// reportNouns tell of or show an act without being one.
var reportNouns = map[string]bool{"news": true, "report": true, "video": true, "footage": true, "photo": true,
	"photograph": true, "picture": true, "image": true, "story": true, "rumour": true, "rumor": true, "account": true}

// conjunctEventArgs returns the phrases of the event nouns of n's class (QuadClass) joined to the
// event noun n of a verbal class, a stance one expresses: "expressed its total rejection and
// strong condemnation of the declaration" condemns and rejects the declaration, whose
// of-phrase hangs on the second noun. Things given or dropped are left alone: in "dropping
// weapons … and other equipment to fighters" the phrase is the verb's, misattached.
func (c *coder) conjunctEventArgs(n int) []arg {
	ns, ok := c.noun(n)
	if !ok || ns.Type == "" || !strings.HasPrefix(newsgraph.QuadClass(ns.Type), "verbal") {
		return nil
	}
	var out []arg
	for _, cj := range c.t.Dependents(n, "conj") {
		if cs, ok := c.noun(cj); ok && cs.Type != "" && newsgraph.QuadClass(cs.Type) == newsgraph.QuadClass(ns.Type) {
			out = append(out, c.nounArgs(cj)...)
		}
	}
	return out
}

// ownAgentPlaces returns where the subject's own agents in objs are placed: "reopened its
// embassy in X", "recalled its ambassador to X", "withdrew its troops from X" act towards X. The
// agent itself stands for the subject, so without its place the act has no other party.
func (c *coder) ownAgentPlaces(objs []arg, subj []int) []arg {
	var out []arg
	for _, a := range objs {
		if a.rel != "obj" || len(a.actors) == 0 || len(c.stands[a.head]) == 0 || !subset(a.actors, subj) && !c.pronounOwned(a.head) {
			continue
		}
		if !subset(a.actors, subj) && RelationalNoun(strings.ToLower(c.t.Word(a.head).Lemma)) {
			continue // "met his Sudanese counterpart in Cairo": the counterpart is another state's
		}
		for _, ch := range c.t.Children(a.head) {
			if syntax.BaseRel(c.t.Word(ch).Deprel) != "nmod" {
				continue
			}
			switch p := c.prep(ch); p {
			case "in", "to", "from", "at":
				if as := c.actorsOf(ch); len(as) > 0 && !overlap(as, subj) {
					out = append(out, arg{rel: "obj", prep: p, head: ch, actors: as})
				}
			}
		}
	}
	return out
}

// pronounOwned reports whether the noun at id has a possessive pronoun ("its embassy"), which
// most often names the clause's own subject.
func (c *coder) pronounOwned(id int) bool {
	for _, ch := range c.t.Dependents(id, "nmod:poss") {
		if c.t.Word(ch).UPOS == "PRON" {
			return true
		}
	}
	return false
}

// subset reports whether every actor of a is in b.
func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// withOfName returns the "with" phrase that the parser hung on an object naming an actor: a
// name takes no such complement, so it is the verb's ("discussed Libya with Trump").
func (c *coder) withOfName(n int) []arg {
	if c.span[n] < 0 {
		return nil // "closed its borders with X": a thing named by its owner takes "with"
	}
	var out []arg
	for _, ch := range c.spanChildren(n) {
		if syntax.BaseRel(c.t.Word(ch).Deprel) == "nmod" && c.prep(ch) == "with" {
			out = append(out, arg{rel: "obl", prep: "with", head: ch, actors: c.actorsOf(ch)})
		}
	}
	return out
}

// child returns the first dependent of id with relation rel (exactly), or 0.
func (c *coder) child(id int, rel string) int {
	for _, ch := range c.t.Children(id) {
		if c.t.Word(ch).Deprel == rel {
			return ch
		}
	}
	return 0
}

// hasMark returns the lemma of the subordinating word of clause v ("if", "after"), or "".
func (c *coder) hasMark(v int) string {
	for _, ch := range c.t.Children(v) {
		if c.t.Word(ch).Deprel == "mark" {
			return strings.ToLower(c.t.Word(ch).Lemma)
		}
	}
	return ""
}

// particle returns the verb's lemma with its particle ("call off"), or the lemma alone.
func (c *coder) verbLemma(v int) (full, bare string) {
	bare = strings.ToLower(c.t.Word(v).Lemma)
	for _, ch := range c.t.Children(v) {
		if c.t.Word(ch).Deprel == "compound:prt" {
			return bare + " " + strings.ToLower(c.t.Word(ch).Lemma), bare
		}
	}
	// a bare noun right after the verb that makes an idiom with it, where the lexicon has the
	// pair ("took part in strikes": "take part" is "participate")
	if ch := v + 1; ch <= len(c.t.S.Words) && c.t.Word(ch).Head == v && c.t.Word(ch).Deprel == "obj" && bareNoun(c.t, ch) {
		if p := bare + " " + strings.ToLower(c.t.Word(ch).Lemma); len(c.lex.Verb(p)) > 0 {
			return p, bare
		}
	}
	// a particle right after the verb that the parser read as an adverb ("handed over more than
	// $4 million worth of equipment"), where the lexicon has the verb with it
	if ch := v + 1; ch <= len(c.t.S.Words) && c.t.Word(ch).Head == v && c.t.Word(ch).Deprel == "advmod" {
		if p := bare + " " + strings.ToLower(c.t.Word(ch).Lemma); len(c.lex.Verb(p)) > 0 {
			return p, bare
		}
	}
	// a preposition right after the verb, of the verb's own oblique, where the lexicon has the
	// verb with it ("came under attack from Kenya": "come under")
	if ch := v + 1; ch <= len(c.t.S.Words) && c.t.Word(ch).Deprel == "case" {
		if n := c.t.Word(ch).Head; n > 0 && c.t.Word(n).Head == v && syntax.BaseRel(c.t.Word(n).Deprel) == "obl" {
			if p := bare + " " + strings.ToLower(c.t.Word(ch).Lemma); len(c.lex.Verb(p)) > 0 {
				return p, bare
			}
		}
	}
	return bare, bare
}

// bareNoun reports whether noun n stands with no determiner, modifier, number or owner ("took
// part", not "took a part" or "took his part").
func bareNoun(t *syntax.Tree, n int) bool {
	for _, ch := range t.Children(n) {
		switch syntax.BaseRel(t.Word(ch).Deprel) {
		case "det", "amod", "nummod", "compound", "case":
			return false
		}
		if t.Word(ch).Deprel == "nmod:poss" {
			return false
		}
	}
	return true
}

// question reports whether the sentence asks rather than tells.
func (c *coder) question() bool {
	ws := c.t.S.Words
	for i := len(ws) - 1; i >= 0; i-- {
		if ws[i].UPOS != "PUNCT" || ws[i].Form == "?" {
			return ws[i].Form == "?"
		}
		if ws[i].Form == "." || ws[i].Form == "!" {
			return false
		}
	}
	return false
}

// owner returns the actors a noun belongs to: its possessor, or a demonym or name before it
// ("Iran's decision", "a U.S. effort").
func (c *coder) owner(n int) ([]int, int) {
	border := c.borderWord(n)
	for _, ch := range c.t.Children(n) {
		if c.t.Word(ch).Deprel == "compound" && ch <= border {
			continue // "the Syria-Turkey border town": where it lies (attachPhrase)
		}
		switch c.t.Word(ch).Deprel {
		case "nmod:poss", "amod", "compound":
			if as := c.actorsOf(ch); len(as) > 0 {
				return as, ch
			}
		}
	}
	return nil, 0
}

// clauseSubject returns the subject of the clause a noun stands in, climbing from the noun
// through the words that govern it: "X is in talks with Y", "X hosts refugees in a partnership
// with Y".
func (c *coder) clauseSubject(n int) ([]int, int) {
	if c.child(n, "cop") > 0 {
		// the noun is the predicate of a copula: "Kenya is in talks with Uganda", "has been at
		// war with Uganda"
		if s := c.child(n, "nsubj"); s > 0 {
			return c.actorsOf(s), s
		}
	}
	for id, depth := c.t.Word(n).Head, 0; id > 0 && depth < 5; depth++ {
		for _, ch := range c.t.Children(id) {
			switch c.t.Word(ch).Deprel {
			case "nsubj", "nsubj:outer":
				return c.actorsOf(ch), ch
			case "nsubj:pass":
				return nil, 0
			}
		}
		w := c.t.Word(id)
		if w.UPOS == "VERB" {
			return c.subject(id, 0)
		}
		id = w.Head
	}
	return nil, 0
}

// attributiveOnly are adjectives that never stand as a predicate ("*the president is former"): an
// xcomp headed by one is a misparse of a noun phrase ("arrested former President X").
var attributiveOnly = map[string]bool{"former": true, "ex": true, "late": true, "then": true,
	"outgoing": true, "incoming": true, "acting": true, "interim": true, "erstwhile": true}

// strandedNoun returns the noun a misparsed attributive adjective at id was hung above (its
// unmarked nominal dependent: "former President X" read as xcomp "former" with obl "X"), or 0.
func (c *coder) strandedNoun(id int) int {
	if w := c.t.Word(id); w.UPOS != "ADJ" || !attributiveOnly[strings.ToLower(w.Lemma)] {
		return 0
	}
	for _, ch := range c.t.Children(id) {
		switch syntax.BaseRel(c.t.Word(ch).Deprel) {
		case "obl", "nmod", "obj", "nsubj":
			if ch > id && c.prep(ch) == "" {
				return ch
			}
		}
	}
	return 0
}

// antecedent returns the noun that the relative pronoun at id stands for ("the group that
// attacked X": group), the noun its relative clause modifies; 0 when id is no such pronoun.
func (c *coder) antecedent(id int) int {
	a := RelativeAntecedent(c.t, id)
	if a == 0 {
		return 0
	}
	if n := c.t.Word(a); c.timeHead(a) && n.Deprel == "appos" && n.Head > 0 {
		a = n.Head // "a drone strike Saturday in Yemen that killed …": the strike killed
	}
	if n := c.t.Word(a); strings.EqualFold(c.t.Word(id).Lemma, "who") && c.placeWord(a) && n.Deprel == "nmod" && n.Head > 0 {
		a = n.Head // "a resident of Tel Aviv who volunteered": "who" is a person, not the town
	}
	if e := c.actAbove(a); e > 0 && c.t.Word(id).Deprel == "nsubj" {
		a = e // "the attack on a U.S. outpost in Benghazi that killed Ambassador Chris Stevens"
	}
	return a
}

// actAbove returns the event noun whose place or target the noun a is ("the attack on a U.S.
// outpost", "an attack on a mall in Nairobi"), up to three phrases above it, when a itself names
// no one who can act (no name, no agent or person noun): what a relative clause on such a noun
// does ("that killed 67 people"), the act did. 0 if none.
func (c *coder) actAbove(a int) int {
	for x, i := a, 0; i < 3; i++ {
		w := c.t.Word(x)
		if c.span[x] >= 0 || c.peopleNoun(x) || syntax.BaseRel(w.Deprel) != "nmod" || w.Head <= 0 {
			return 0
		}
		switch c.prep(x) {
		case "on", "in", "at", "against":
		default:
			return 0
		}
		x = w.Head
		if ns, ok := c.noun(x); ok && ns.Type != "" && syntax.ActNoun(strings.ToLower(c.t.Word(x).Lemma)) {
			return x
		}
	}
	return 0
}

// RelativeAntecedent returns the noun of t that the relative pronoun at id ("who", "which",
// "that") stands for, the one its relative clause hangs on, or 0 when id is no such pronoun.
func RelativeAntecedent(t *syntax.Tree, id int) int {
	w := t.Word(id)
	switch strings.ToLower(w.Lemma) {
	case "who", "which", "that":
		if v := w.Head; v > 0 && t.Word(v).Deprel == "acl:relcl" {
			return t.Word(v).Head
		}
	}
	return 0
}

// placeWord reports whether the word at id names only towns or areas.
func (c *coder) placeWord(id int) bool {
	return c.allPlaces(c.actorsOf(id))
}

// purposeOfUse reports whether verb v uses something, whose user does what it is used for:
// "ISIS militants used suicide bombers and chlorine gas to kill 300 Iraqi soldiers".
func (c *coder) purposeOfUse(v int) bool {
	_, bare := c.verbLemma(v)
	return useVerbs[bare]
}

var useVerbs = setOf("use", "employ", "utilize", "utilise", "exploit", "wield", "deploy")

// purposeOfContact reports whether verb v is a contact between parties (a call, a meeting, a
// visit: a sense of type CONSULT) whose purpose, added with "to", is its subject's: "called
// Sudanese President Omar al-Bashir to express his support for Sudan", "flew to Kabul to meet
// the president".
func (c *coder) purposeOfContact(v int) bool {
	full, bare := c.verbLemma(v)
	for _, s := range c.senses(full, bare) {
		if s.Type == "CONSULT" {
			return true
		}
	}
	return false
}

// purposeOfGiving reports whether verb v gives or sends something to a recipient named after
// "to" or not at all ("lent $1 billion to Indonesia to aid its recovery"): the giver is the
// subject of the purpose it adds with "to". With an indirect object the recipient is
// ("gave Kenya money to build roads"), and other verbs often hang an object's infinitive there
// ("issued an ultimatum to Sudan to normalise ties").
func (c *coder) purposeOfGiving(v int) bool {
	if c.child(v, "iobj") > 0 {
		return false
	}
	_, bare := c.verbLemma(v)
	return givingVerbs[bare]
}

// givingVerbs are the verbs of giving and sending (Levin's classes 11.1 send, 13.1 give, 13.2
// contribute, 13.4.1 fulfilling): their subject gives, and a "to" phrase names the recipient.
var givingVerbs = map[string]bool{"give": true, "send": true, "provide": true, "lend": true, "donate": true,
	"deliver": true, "dispatch": true, "supply": true, "grant": true, "contribute": true, "ship": true,
	"airlift": true, "allocate": true, "transfer": true, "hand": true, "extend": true, "loan": true, "deploy": true}

// activeParticiple reports whether v, a past participle the parser hung on a noun as a reduced
// relative ("the man convicted of fraud"), has a direct object, which a passive participle cannot
// have unless its verb takes two objects ("the aid promised Syria") or a bare noun of people says
// what its patient is held as ("a woman held hostage", rolePredicate): the parser misread a
// headline-like clause with no other verb ("Turkish police detained 110 people"), and the noun is
// the participle's subject.
func (c *coder) activeParticiple(v int) bool {
	o := c.child(v, "obj")
	return o > 0 && !dativeVerbs[c.t.Word(v).Lemma] && !c.rolePredicate(o)
}

// dativeVerbs are the verbs that take two objects (Levin 1993, 13.1 give, 13.3 future having,
// 37.4 and 37.7 verbs of communication, and verbs of charging and denying), whose passive
// participle keeps one: "the troops given orders", "a man fined $500".
var dativeVerbs = setOf("give", "hand", "lend", "loan", "pass", "pay", "sell", "rent", "lease",
	"offer", "promise", "grant", "award", "allot", "assign", "guarantee", "owe", "bequeath",
	"leave", "allocate", "send", "mail", "ship", "show", "teach", "tell", "ask", "deny", "refuse",
	"charge", "fine", "cost", "save", "spare", "bring", "issue", "serve", "allow", "permit",
	"forgive", "envy", "wish", "bet", "book", "call", "name", "elect", "appoint", "make", "consider",
	"declare", "crown", "dub", "label", "find", "sentence")
