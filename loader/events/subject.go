package events

import (
	"strings"

	"newsgraph/loader/syntax"
)

// Who acts: the subject of a clause, its own or shared with the verb or noun the clause hangs
// on, and the author of an event noun.

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
// none (an object after the complement controls nothing); else the subject of the verb above
// ("X agreed to send").
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
	if o > v {
		o = 0 // a controller stands before the complement: "… desires to request X," the minister wrote
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
	if p := c.child(w.Head, "nsubj:pass"); p > 0 && raisingPassives[strings.ToLower(c.t.Word(w.Head).Lemma)] {
		// "the two leaders are expected to sign agreements": the passive's subject does it,
		// not its agent
		return c.actorsOf(p), p
	}
	return c.subject(w.Head, depth+1)
}

// raisingPassives are the verbs whose passive tells what its subject is to do ("are expected
// to sign", "is set to visit", "was scheduled to meet"): the subject does it.
var raisingPassives = setOf("expect", "set", "schedule", "slate", "plan", "due")

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
// issued a statement condemning Uganda"), or the document n filed or sent ("filed a case at the
// International Court of Justice accusing Israel of genocide"): the by-phrase of the noun, or the
// subject of the verb whose object it is.
func (c *coder) issuer(n, depth int) ([]int, int) {
	if !c.claimNoun(n) && !filedNouns[strings.ToLower(c.t.Word(n).Lemma)] {
		return nil, 0
	}
	for _, ch := range c.t.Dependents(n, "nmod") {
		if c.prep(ch) == "by" {
			return c.actorsOf(ch), ch // "a statement by the ministry condemning …"
		}
	}
	if w := c.t.Word(n); w.Deprel == "obj" && w.Head > 0 && c.t.Word(w.Head).UPOS == "VERB" {
		if c.governed(w.Head) || c.negatedVerb(w.Head) {
			// "refused to join the statement criticising Russia": the statement is not the
			// subject's, nor is what it says
			return nil, 0
		}
		return c.subject(w.Head, depth+1)
	}
	return nil, 0
}

// filedNouns name a document that someone files, sends or tables, which says what its author
// does ("a case accusing …", "a letter urging …", "a resolution condemning …").
var filedNouns = setOf("case", "complaint", "lawsuit", "suit", "petition", "letter", "resolution", "motion",
	"note", "memorandum", "request")

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

// eventAuthor returns the actors behind an event noun that is a subject: whose it is or who
// carried it out ("Israeli airstrikes", "Russia's attack", "an attack by Russia", "an attack
// carried out by Russia", "an attack blamed on Russia"). What an event does ("airstrikes killed
// ten people") its author did.
func (c *coder) eventAuthor(n int) ([]int, int) {
	if ns, ok := c.noun(n); !ok || ns.Type == "" {
		return c.doneBy(n)
	}
	if as, w := c.owner(n); len(as) > 0 && !(c.t.Word(w).Deprel == "compound" && c.allPlaces(as)) &&
		!(c.t.Word(w).Deprel != "nmod:poss" && c.privateAuthor(n)) {
		return as, w // not "the Benghazi attack": where it happened; nor "the Pakistani terrorist attack"
	}
	if as, w := c.byPhrase(n); len(as) > 0 {
		return as, w
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
		if blameParticiples[strings.ToLower(c.t.Word(ch).Lemma)] {
			// "a rocket attack blamed on Kurdish militants": whom it is laid on made it
			for _, o := range c.t.Dependents(ch, "obl") {
				if p := c.prep(o); p == "on" || p == "to" {
					if as := c.actorsOf(o); len(as) > 0 {
						return as, o
					}
				}
			}
		}
	}
	return nil, 0
}

// blameParticiples lay an act on its author by their "on" or "to" phrase ("an attack blamed
// on X", "a bombing attributed to X").
var blameParticiples = setOf("blame", "attribute", "ascribe")

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

// doneBy returns the actors of the "by" phrase of n, a noun of an act or a message that names
// no event ("the move by Beijing", "a statement by the ministry"), and the word naming them: who
// did or said it.
func (c *coder) doneBy(n int) ([]int, int) {
	l := strings.ToLower(c.t.Word(n).Lemma)
	if c.t.Word(n).UPOS != "NOUN" || !syntax.ActNoun(l) && !syntax.CommunicationNoun(l) {
		return nil, 0
	}
	return c.byPhrase(n)
}

// byPhrase returns the actors of the first "by" phrase of noun n that names any, and its word.
func (c *coder) byPhrase(n int) ([]int, int) { return c.phraseActors(n, "by") }

// phraseActors returns the actors of the first phrase of noun n with preposition prep that names
// any, and its word; nil and 0 when none does.
func (c *coder) phraseActors(n int, prep string) ([]int, int) {
	for _, ch := range c.t.Dependents(n, "nmod") {
		if c.prep(ch) == prep {
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
