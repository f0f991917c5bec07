package events

import (
	"slices"
	"strings"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// partyPrep reports whether an argument names a party to an event of type typ: objects always;
// obliques by their preposition ("with" a partner, "against" or "on" a target, "to" a recipient);
// "in" only for material acts done in a country ("invested in", "intervened in").
func (c *coder) partyPrep(typ string, a arg) bool {
	switch a.rel {
	case "obj", "iobj":
		return true
	case "owner":
		return reactions[typ] || c.proposalOwner(a.head)
	}
	switch a.prep {
	case "on", "upon":
		if w := strings.ToLower(c.t.Word(a.head).Lemma); w == "side" || w == "behalf" {
			return false // "fought on the Ukrainian side", "on behalf of X": an ally, not a target
		}
		// "sanctions on X", "an attack on X", and their undoing ("lifted sanctions on X");
		// but "a deal on the border", "talks on trade" name a topic: cooperation is with
		// someone, about something
		q := newsgraph.QuadClass(typ)
		return q == "verbal-conflict" || q == "material-conflict" || typ == "CONCEDE" || typ == "RETREAT"
	case "against":
		// "sanctions against X", "fought against X"; but cooperation is with someone, and
		// "against" names its opponent or target ("shared evidence with India against Headley",
		// "support for Ukraine against Russia")
		return !cooperation(typ)
	case "with", "to", "toward", "towards", "into", "between", "among", "poss", "onto":
		return true
	case "at":
		// "fired at X", "lashed out at X", "threats at X"; but "talks at the Kremlin" is where
		// they were held, and "questioned her at the defence ministry" where she was questioned
		return typ == "DISAPPROVE" || typ == "THREATEN" || newsgraph.QuadClass(typ) == "material-conflict"
	case "near", "around", "off", "along":
		// forces massed or drilled "near the border", "around Taiwan", "off the coast" of X
		// show their power to X
		return typ == "MOBILIZE"
	case "out":
		return typ == "RETREAT" // "pulled its troops out of X": withdrew from X
	case "from":
		// "withdrew from X", "expelled from X"; and what is seized is taken from someone
		// ("seized Crimea from Ukraine", "wrested the town from the rebels"); and whoever
		// answers a proposal answers its author ("accepted a request from Japan"); and whoever
		// buys cooperates with the seller ("bought tanks from the United States")
		return typ == "RETREAT" || typ == "SANCTION" || typ == "REJECT" || typ == "COERCE" && a.rel == "obl" ||
			c.proposalAuthor(a) || typ == "COOPERATE" && c.boughtFrom(a)
	case "by":
		return c.proposalAuthor(a) // "accepted a proposal by Japan"
	case "of", "over":
		return a.rel == "nmod" || typ == "DISAPPROVE" || typ == "INVESTIGATE" || typ == "FIGHT"
	case "in", "inside", "within":
		return typ == "FIGHT" || typ == "ASSAULT" || typ == "COERCE" || typ == "MOBILIZE" || typ == "COOPERATE" || typ == "AID"
	case "for":
		// "aid for X", "support for X", "a call for X"; "a warrant for X" on the object noun;
		// but with a party as the verb's object or its owner, a "for" phrase on the verb is
		// what it is done over ("backed Morocco's plan for Western Sahara")
		if a.rel == "obl" && c.objectNamesParty(c.t.Word(a.head).Head) {
			return false
		}
		return typ == "AID" || typ == "SUPPORT" || typ == "DEMAND" || typ == "COERCE" && a.rel == "nmod"
	}
	return false
}

// boughtFrom reports whether the "from" phrase a names the seller of a verb of buying: hung on
// the verb ("bought tanks from the United States") or on its object ("bought S-400 missiles
// from Russia").
func (c *coder) boughtFrom(a arg) bool {
	h := c.t.Word(a.head).Head
	if a.rel == "nmod" && h > 0 && c.t.Word(h).Deprel == "obj" {
		h = c.t.Word(h).Head
	} else if a.rel != "obl" {
		return false
	}
	return h > 0 && buyingVerbs[strings.ToLower(c.t.Word(h).Lemma)]
}

// hasTarget reports whether an act of force names its target with "against" or "on" (an actor
// that partyPrep takes): then the country it is done "in" is where, not whom.
func (c *coder) hasTarget(typ string, objs []arg) bool {
	if newsgraph.QuadClass(typ) != "material-conflict" {
		return false
	}
	for _, a := range objs {
		if TargetPrep(a.prep) && len(a.actors) > 0 && c.partyPrep(typ, a) {
			return true
		}
	}
	return false
}

// TargetPrep reports whether the preposition p names whom an act is done to: "on", "upon",
// "against" ("sanctions on X", "an attack upon X", "fought against X").
func TargetPrep(p string) bool { return p == "on" || p == "upon" || p == "against" }

// withPartner reports whether an argument is a "with" phrase naming an actor: the partner of a
// consultation, whose object is then its topic ("discussed Libya with Trump").
func withPartner(objs []arg) bool {
	for _, a := range objs {
		if a.prep == "with" && len(a.actors) > 0 {
			return true
		}
	}
	return false
}

// proposalOwner reports whether the owner at w owns a proposal noun (proposalNouns) that is a
// verb's object, or its oblique after "to": whoever accepts, meets or agrees to it answers its
// owner ("Kenya accepted Uganda's offer", "met the rebels' demands", "agreed to Uganda's
// request"); not in a phrase of circumstance ("ordered its release despite a US bid to keep
// it").
func (c *coder) proposalOwner(w int) bool {
	h := c.t.Word(w).Head
	if h == 0 || !proposalNouns[strings.ToLower(c.t.Word(h).Lemma)] {
		return false
	}
	r := c.t.Word(h).Deprel
	return r == "obj" || syntax.BaseRel(r) == "obl" && c.prep(h) == "to"
}

// proposalAuthor reports whether the "from" or "by" phrase a names the author of a proposal
// noun a verb answers: on the noun ("accepted a request from Japan"), or on the verb where the
// parser hung it there beside such an object ("refused to accept a request from Russia").
func (c *coder) proposalAuthor(a arg) bool {
	switch a.rel {
	case "nmod":
		return c.proposalOwner(a.head)
	case "obl":
		v := c.t.Word(a.head).Head
		o := c.child(v, "obj")
		return v > 0 && o > 0 && proposalNouns[strings.ToLower(c.t.Word(o).Lemma)]
	}
	return false
}

// buyingVerbs acquire something from a seller, the party their "from" phrase names.
var buyingVerbs = setOf("buy", "purchase", "acquire", "order", "import")

// proposalNouns name what one party puts to another to accept or turn down.
var proposalNouns = setOf("demand", "request", "offer", "proposal", "plan", "invitation", "appeal",
	"call", "condition", "terms", "ultimatum", "bid", "initiative")

// reactions are the types of a reaction to what someone did or said: its target is the author
// ("condemned X's decision", "rejected the Israeli proposal", "welcomed the deal by X").
var reactions = map[string]bool{"DISAPPROVE": true, "REJECT": true, "SUPPORT": true, "INVESTIGATE": true,
	"DEMAND": true, "THREATEN": true, "PROTEST": true}

// reactionTargets keeps, for a reaction to a thing with an author, the author (and whom the
// reaction is addressed to, "protested to China over …"): "condemned the invasion of Iraq by the
// United States" targets the United States, not Iraq.
func reactionTargets(typ string, objs []arg) []arg {
	if !reactions[typ] {
		return objs
	}
	for _, a := range objs {
		if a.rel == "owner" {
			var out []arg
			for _, b := range objs {
				if b.rel == "owner" || b.rel == "obj" && len(b.actors) > 0 || b.rel == "obl" && b.prep == "to" && len(b.actors) > 0 {
					out = append(out, b) // and whom it is addressed to: "protested to China over …"
				}
			}
			return out
		}
	}
	return objs
}

// ownExpression returns, where the subject itself owns the object noun of v ("Egypt expressed
// its solidarity with Saudi Arabia", "reiterated Turkey's support for X"), the arguments of that
// noun that name a party: the possessor is the one who expresses it, not the author a reaction
// targets (reactionTargets), and the noun's own phrases name whom it is for; the verb's other
// phrases do not ("On a visit to Zimbabwe, Ramaphosa voiced his support of Mnangagwa"). Whose
// neighbour or counterpart someone is says nothing of what is expressed ("charging its neighbor
// with …"). Otherwise, or where the noun has no such phrase, it returns objs.
func (c *coder) ownExpression(v int, subj []int, objs []arg) []arg {
	n := 0
	for _, a := range objs {
		if a.rel == "owner" && len(a.actors) > 0 && c.ownedObject(v, a.head) > 0 && c.allSubject(subj, a.actors) {
			n = c.ownedObject(v, a.head)
		}
	}
	if n == 0 {
		return objs
	}
	var out []arg
	for _, a := range objs {
		if h := c.t.Word(a.head).Head; a.rel == "nmod" && (h == n || c.t.Word(h).Deprel == "conj" && c.t.Word(h).Head == n) && len(a.actors) > 0 {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return objs
	}
	return out
}

// ownedObject returns the noun that the possessor at w owns when it is the object of v and
// names a thing, not a person or a relation ("its neighbor"); else 0.
func (c *coder) ownedObject(v, w int) int {
	n := c.t.Word(w).Head
	nw := c.t.Word(n)
	if nw.Head != v || nw.Deprel != "obj" {
		return 0 // "accused X of war crimes in its fight against Y": its is X's
	}
	if l := strings.ToLower(nw.Lemma); RelationalNoun(l) || syntax.PersonNoun(l) {
		return 0
	}
	return n
}

// allSubject reports whether every actor of as is one of subj, or the same entity.
func (c *coder) allSubject(subj, as []int) bool {
	for _, o := range as {
		if !slices.ContainsFunc(subj, func(s int) bool {
			return s == o || c.actors[s].Entity != "" && c.actors[s].Entity == c.actors[o].Entity
		}) {
			return false
		}
	}
	return true
}

// toRecipient drops, from the arguments of a transfer that names its recipient ("returned a
// sculpture of Marcus Aurelius to Algeria's ambassador", "sent a gift from X to Spain"), what is
// handed over when it is a thing standing for its owner, and that owner or its of-phrase: the
// recipient is the party.
func (c *coder) toRecipient(typ string, objs []arg) []arg {
	if typ != "RETREAT" && typ != "AID" && typ != "CONCEDE" {
		return objs
	}
	to := false
	for _, a := range objs {
		to = to || (a.rel == "iobj" || a.rel == "obl" && a.prep == "to") && len(a.actors) > 0
	}
	if !to {
		return objs
	}
	var out []arg
	for _, a := range objs {
		// a thing, not a person or an agent: its sector may be the one of what it stands for
		// ("a sculpture of the head of Emperor Marcus Aurelius" is the head's, GOV)
		thing := a.rel == "obj" && c.span[a.head] < 0 && !c.peopleNoun(a.head)
		if a.rel != "owner" && !(a.rel == "nmod" && a.prep == "of") && !thing {
			out = append(out, a)
		}
	}
	return out
}

// ownAgents reports whether the noun at n names the subject's own people: an agent noun with a
// possessive pronoun ("their fighters", "its citizens", "his generals"), which most often names
// the clause's own subject (pronounOwned). Held people are no agents ("their hostages"), and
// neither are the people of the party that reports the act ("Pakistan said Indian troops
// shelled its villages": ownerPronoun).
func (c *coder) ownAgents(n int) bool {
	if !c.pronounOwned(n) || RelationalNoun(strings.ToLower(c.t.Word(n).Lemma)) {
		return false // "received his Ugandan counterpart": another state's
	}
	for _, ch := range c.t.Dependents(n, "nmod:poss") {
		if c.ownerPronoun(ch) {
			return false
		}
	}
	_, ok := c.lex.Agent(strings.ToLower(c.t.Word(n).Lemma))
	return ok
}

// servedBy reports whether the state actor o is the one a subject among subj holds office in.
func (c *coder) servedBy(subj []int, o int) bool {
	x := c.actors[o]
	if !x.State || x.Code == "" {
		return false
	}
	for _, s := range subj {
		if a := c.actors[s]; a.Serves && a.Code == x.Code {
			return true
		}
	}
	return false
}

// isForce reports whether the noun n names armed forces or police ("troops", "police").
func (c *coder) isForce(n int) bool {
	s, ok := c.agentSector(n)
	return ok && forceSectors[s[:min(3, len(s))]]
}

// forceSectors are the Phoenix sectors of armed forces: a state's military, police and
// intelligence services, rebels, insurgents and unidentified armed forces.
var forceSectors = map[string]bool{"MIL": true, "COP": true, "SPY": true, "REB": true, "INS": true, "UAF": true}

// objectNamesParty reports whether the direct object of the verb v names a party, itself or as
// its owner ("Morocco's plan").
func (c *coder) objectNamesParty(v int) bool {
	o := c.child(v, "obj")
	if o == 0 {
		return false
	}
	if len(c.actorsOf(o)) > 0 {
		return true
	}
	as, _ := c.owner(o)
	return len(as) > 0
}
