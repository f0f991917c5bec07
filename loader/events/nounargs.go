package events

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// The arguments of a noun: its owner or author and the parties its phrases name.

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
		case cw.Deprel == "appos" || cw.Deprel == "nmod" && (c.personNamed(ch) || c.peopleNoun(ch)):
			// "the murder of UK citizen David Haines by the terrorist group ISIL", "the arrest
			// of a Hong Kong activist by Chinese authorities", the by-phrase hung on the
			// victim: a person, named or not, takes no "by" phrase, the act does
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
		if c.prep(ch) == "of" && c.quantity(ch) {
			// "tariffs of 25 percent on Canadian steel", the "on" phrase hung on the amount:
			// the measure's
			for _, g := range c.t.Dependents(ch, "nmod") {
				if TargetPrep(c.prep(g)) {
					if a, ok := c.nounPrepArg(n, g); ok {
						out = append(out, a)
					}
				}
			}
		}
	}
	return out
}

// quantity reports whether the noun at n is an amount: a number's unit ("25 percent", "10
// billion dollars").
func (c *coder) quantity(n int) bool {
	l := strings.ToLower(c.t.Word(n).Lemma)
	return l == "percent" || l == "%" || c.child(n, "nummod") > 0
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
		if len(as) == 0 && !(p == "of" && c.tellsOf(n)) && !Former(c.t, ch) {
			// a thing of someone's: "criticism of the Maltese government's handling",
			// "a probe of the FAA's approval", "sanctions against Myanmar's companies"; but
			// news, a report or a video of someone's act tells of it ("curb the news of her
			// capture" curbs no one); a former office holder is no longer the state's ("granted
			// asylum to Panama's former president")
			as, _ = c.owner(ch)
		}
		if len(as) == 0 && aimPreps[p] && c.peopleNoun(ch) {
			as = c.origin(ch) // "eased restrictions on travellers from Nigeria"
		}
		// "protesters in Lima", "ISIS targets in Syria": where the thing or the people are
		return arg{rel: "nmod", prep: p, head: ch, actors: as, place: (p == "in" || p == "at" || p == "inside" || p == "within") && c.namesNoEvent(n)}, true
	}
	return arg{}, false
}

// aimPreps introduce those a noun's act is aimed at or given to ("sanctions on", "aid to").
var aimPreps = map[string]bool{"on": true, "against": true, "to": true, "toward": true, "towards": true, "for": true}

// origin returns the actors that the "from" or "of" phrases of the noun of people at id name as
// where they come from or whose they are ("travellers from Nigeria", "citizens of Peru"): what is
// done to such people is done to their country, as event coders code a country's civilians
// (Actor.People).
func (c *coder) origin(id int) []int {
	var out []int
	for _, ch := range c.t.Dependents(id, "nmod") {
		if p := c.prep(ch); p == "from" || p == "of" {
			out = appendNew(out, c.actorsOf(ch)...)
		}
	}
	return out
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
var reportNouns = setOf(append([]string{"news", "report", "video", "story", "rumour", "rumor", "account"}, pictureNouns...)...)

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
