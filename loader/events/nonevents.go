package events

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// voidedUse reports whether verb v (lemma full, or bare without its particle) in this use names
// no event whatever its senses, and voids it with why: a visit cut short, a person recognized,
// a passive whose agent is not told, a test firing, "charge" with no accusation, or a name given.
func (c *coder) voidedUse(v int, full, bare string) bool {
	if bare == "cut" && c.cutShort(v) {
		// "cut short his visit to the United States", "cut his U.S. trip short": one ends
		// one's own visit or talk early, most often for news at home; no measure against the
		// host (what was done before, the visit, is read from its noun)
		c.void(v, "cut short: one's own visit or talk ended early")
		return true
	}
	if c.identifies(v, bare) {
		// "he recognized Josh from his YouTube videos": knew him again, no support
		c.void(v, "verb \""+full+"\" recognizes a person (knows them again), with nothing recognized for")
		return true
	}
	if c.ellipticPassive(v) {
		// "didn't elaborate when asked about the nationalities": the one asked is the clause's
		// subject; who asked is not told
		c.void(v, "a passive with no auxiliary after \"when\", \"if\" or the like: who acts is not told")
		return true
	}
	if c.testPrefixed(v) {
		// "test-fired a missile into the Sea of Japan": a weapons test shows force; where the
		// missile falls is no target of an attack
		c.void(v, "a test firing or launch attacks no one")
		return true
	}
	if bare == "charge" && !c.chargedWith(v) {
		// "charged at him", "charges his Apple Watch", "charge him $2,000 in fees": one
		// rushes, powers or bills; an accusation charges someone "with" an offence, or is
		// told in the passive ("was charged by prosecutors")
		c.void(v, "verb \"charge\" with no \"with\" and active: rushed, powered or billed, no accusation")
		return true
	}
	if c.naming(v, bare) {
		c.void(v, "verb \""+full+"\" names what it calls (\"a think tank called X\", \"what X called an attack\")")
		return true
	}
	return false
}

// cutShort reports whether verb v has "short" as a particle, adverb or predicate ("cut short",
// "cut his trip short"), or right after it whatever the parser made of it ("cut short a visit",
// "short" read as an adjective of "visit").
func (c *coder) cutShort(v int) bool {
	if v+1 <= len(c.t.S.Words) && strings.EqualFold(c.t.Word(v+1).Form, "short") {
		return true
	}
	for _, ch := range c.t.Children(v) {
		if strings.EqualFold(c.t.Word(ch).Form, "short") {
			return true
		}
	}
	return false
}

// identifies reports whether verb v is "recognize" with a person as its direct object and no
// "as" or "for" phrase: knowing someone again ("recognized the YouTube celebrity immediately"),
// not recognizing a government or honouring someone ("recognized Guaidó as president",
// "recognized by the DEA for outstanding contribution").
func (c *coder) identifies(v int, bare string) bool {
	if bare != "recognize" && bare != "recognise" {
		return false
	}
	o := c.child(v, "obj")
	if o == 0 || !c.personNamed(o) && !c.peopleNoun(o) || c.child(v, "xcomp") > 0 || polityNouns[strings.ToLower(c.t.Word(o).Lemma)] {
		return false // "recognised a Palestinian state": a state is recognized, not known again
	}
	for _, ch := range c.t.Children(v) {
		if p := c.prep(ch); p == "as" || p == "for" {
			return false
		}
	}
	return true
}

// polityNouns name a state or its government, which one recognizes as such.
var polityNouns = setOf("state", "country", "nation", "government", "republic", "regime", "administration")

// ellipticPassive reports whether verb v is a past participle opening an adverbial clause with
// "when", "if", "once", "unless" or "until" and no subject, auxiliary or "by" agent of its own
// ("when asked about …", "if attacked", "when given the chance"): a passive whose patient is the
// main clause's subject.
func (c *coder) ellipticPassive(v int) bool {
	w := c.t.Word(v)
	if w.XPOS != "VBN" || w.Deprel != "advcl" || c.child(v, "nsubj") > 0 || c.child(v, "nsubj:pass") > 0 ||
		c.child(v, "aux") > 0 || c.child(v, "aux:pass") > 0 || c.child(v, "obl:agent") > 0 {
		return false
	}
	for _, ch := range c.t.Children(v) {
		if r := c.t.Word(ch).Deprel; (r == "mark" || r == "advmod") && ch < v && ellipsisMarks[strings.ToLower(c.t.Word(ch).Form)] {
			return true
		}
	}
	return false
}

// ellipsisMarks open an adverbial clause that may leave out its subject and "be".
var ellipsisMarks = map[string]bool{"when": true, "if": true, "once": true, "unless": true, "until": true, "whenever": true}

// testPrefixed reports whether verb v is written with "test-" before it ("test-fired",
// "test-launched"), as the tokenizer splits the hyphen off.
func (c *coder) testPrefixed(v int) bool {
	if v < 3 {
		return false
	}
	h, t, w := c.t.Word(v-1), c.t.Word(v-2), c.t.Word(v)
	return h.Form == "-" && strings.EqualFold(t.Form, "test") && h.Start == t.End && w.Start == h.End
}

// chargedWith reports whether the verb "charge" at v accuses: it is passive (or a conjunct of
// a passive), has a "with" phrase in its clause (on it or inside its object: "charged four men
// with terror offences"), or is the participle of a noun ("the men charged in the plot").
func (c *coder) chargedWith(v int) bool {
	if _, ok := c.passive(v); ok || c.child(v, "aux:pass") > 0 || c.t.Word(v).Deprel == "acl" {
		return true
	}
	if w := c.t.Word(v); w.Deprel == "conj" && w.Head > 0 && c.child(w.Head, "aux:pass") > 0 {
		return true // "is being held without bail and charged by prosecutors"
	}
	for id := v + 1; id <= len(c.t.S.Words); id++ {
		if w := c.t.Word(id); strings.EqualFold(w.Form, "with") && c.t.Under(id, v) && (c.clauseOf(id) == v || c.clauseOf(w.Head) == v) {
			return true // "charged one of the Kremlin's critics, …, William Browder, with …"
		}
	}
	return false
}

// naming reports whether "call" (bare lemma) at v gives a name or a description, whatever its
// senses: a participle on a noun with the name after it ("a think tank called the Heritage
// Institute for Policy Studies", not "a meeting called by the UN"), or a predicate after its
// object ("what France's president called a terror attack", "called X a liar").
func (c *coder) naming(v int, bare string) bool {
	if bare != "call" {
		return false
	}
	if syntax.BaseRel(c.t.Word(v).Deprel) == "acl" {
		return c.child(v, "obl:agent") == 0 && (c.child(v, "obj") > 0 || c.child(v, "xcomp") > 0)
	}
	for _, s := range c.t.Dependents(v, "nsubj") {
		if s == v-1 && c.t.Word(s).UPOS == "NOUN" && !c.peopleNoun(s) && c.indefinite(s) {
			// "a Mogadishu-based think tank called the Heritage Institute", read as a clause:
			// a thing introduced with "a" right before the verb is named, it calls no one
			return true
		}
	}
	return c.predicate(v)
}

// predicate reports whether verb v names rather than acts: it has a secondary predicate, a noun
// or adjective saying what its object is ("called X a liar", "called the move unconstitutional",
// parsed as an open complement, a second object or a bare oblique), or it is a participle naming
// the noun it modifies ("militias called the Shura Council").
func (c *coder) predicate(v int) bool {
	if syntax.BaseRel(c.t.Word(v).Deprel) == "acl" {
		return true
	}
	obj := c.child(v, "obj")
	for _, x := range c.t.Dependents(v, "xcomp") {
		switch c.t.Word(x).UPOS {
		case "NOUN", "PROPN", "ADJ":
			if x > obj { // before the object it is the object's modifier misread ("called new Prime Minister X")
				return true
			}
		}
	}
	for _, x := range c.t.Dependents(v, "obl:unmarked") {
		if c.t.Word(x).UPOS == "NOUN" && !c.timeHead(x) {
			return true // "called X a liar", parsed as a bare oblique
		}
	}
	if obj > 0 && c.t.Word(obj).UPOS == "PROPN" {
		for _, x := range c.t.Children(obj) {
			if r := c.t.Word(x).Deprel; c.t.Word(x).UPOS == "NOUN" && (r == "obj" || r == "appos" && !c.commaBefore(obj, x)) {
				// "called Trump the first guy with a backbone", "called Trump \"the first guy
				// …\"": the second object hung on the first, or read as its apposition with no
				// comma to set it off ("called Obama, the president," does call him)
				return true
			}
		}
	}
	return len(c.t.Dependents(v, "obj"))+len(c.t.Dependents(v, "iobj")) > 1
}

// commaBefore reports whether a comma stands between the words a and b (a before b).
func (c *coder) commaBefore(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if c.t.Word(k).Form == "," {
			return true
		}
	}
	return false
}

// indefinite reports whether noun n has the article "a" or "an".
func (c *coder) indefinite(n int) bool {
	for _, d := range c.t.Dependents(n, "det") {
		if l := strings.ToLower(c.t.Word(d).Form); l == "a" || l == "an" {
			return true
		}
	}
	return false
}

// noOtherParty voids verb v (lemma full, or bare without its particle) where its arguments objs
// name no other party it acts on: a thing, its own subject ("itself"), or, for "help", the act
// its complement names. It reports whether v then names no event (it helps do something).
func (c *coder) noOtherParty(v int, full, bare string, objs []arg) bool {
	if c.thingObject(v, objs) {
		c.void(v, "verb \""+full+"\" acts on a thing, not on a party")
	}
	if c.helpsDo(v, bare) {
		// "the Obama administration helped engineer the ouster of Gadhafi": what it helped do
		// is the event (its complement), no aid to whoever that act concerns
		c.void(v, "verb \""+full+"\" helps do what its complement says, no aid")
		return true
	}
	if c.reflexiveObject(v) && !hasActors(objs) {
		// "the need for Malta to defend itself": the subject acts on itself, no other party
		c.void(v, "verb \""+full+"\" acts on its own subject (\"itself\")")
	}
	return false
}

// helpsDo reports whether the verb at v is "help" with a complement and no one helped named
// (no object): "helped end the war", "helped engineer the ouster of X" (also with "engineer" read
// as a noun object that has an object of its own, which only a verb has).
func (c *coder) helpsDo(v int, bare string) bool {
	if bare != "help" || c.child(v, "iobj") > 0 {
		return false
	}
	o := c.child(v, "obj")
	return o == 0 && c.child(v, "xcomp") > 0 || o > 0 && c.child(o, "obj") > 0
}

// reflexiveObject reports whether the direct object of verb v is a reflexive pronoun ("itself",
// "themselves").
func (c *coder) reflexiveObject(v int) bool {
	o := c.child(v, "obj")
	return o > 0 && reflexives[strings.ToLower(c.t.Word(o).Form)]
}

// reflexives are the reflexive pronouns.
var reflexives = setOf("itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself", "yourselves")

// voidedSense reports whether verb v (lemma full, or bare without its particle), read in sense
// by rule, names no event after all with its arguments objs, and voids it with why: it gives
// out a communication, links its object to a thing, or frees people from others' hands.
func (c *coder) voidedSense(v int, full, bare string, sense Sense, rule string, objs []arg) bool {
	if newsgraph.QuadClass(sense.Type) == "material-coop" && c.communicationObject(objs) {
		c.void(v, "verb \""+full+"\" gives or releases a communication (\"released a video of …\"): no one is freed or aided")
		return true
	}
	if !strings.Contains(rule, "*") && linkVerbs[bare] && c.linkedToThing(objs) {
		// "Republicans have connected the terrorist group to border security": a link drawn
		// in words to a thing; CAMEO's LINK block cooperates only by its default, and accuses
		// by its patterns for acts ("* + TO ASSASSINATION")
		c.void(v, "verb \""+full+"\" links its object to a thing, no cooperation")
		return true
	}
	if (sense.Type == "RETREAT" || sense.Type == "AID") && releaseVerbs[bare] && c.rescue(v) {
		c.void(v, "verb \""+full+"\" frees from others' hands (a rescue, an effort to free): no release by who holds them")
		return true
	}
	return false
}

// communicationObject reports whether the direct object in objs is a communication or a picture
// (DepictionNoun), no name or people noun ("a video of the killing of Mr. Foley", "a list of
// Israeli hostages", "a statement", "photos of Kim"), and no actor is a party but through its
// topic: the actors its "of", "on" or "about" phrase names are what it is about. Shared or given
// to someone ("shared information with Syria", PLOVER's sharing of intelligence) it is still an
// event. The word rules read it so too (sentCtx.communicationObject).
func (c *coder) communicationObject(objs []arg) bool {
	found := false
	for _, a := range objs {
		if (a.rel == "obl" || a.rel == "iobj") && len(a.actors) > 0 ||
			a.rel == "nmod" && len(a.actors) > 0 && a.prep != "of" && a.prep != "on" && a.prep != "about" {
			return false // a party of its own: "with Syria", "to Egypt"
		}
		h := a.head
		if ant := c.antecedent(h); ant > 0 {
			h = ant // "a statement which was released by the ministry"
		}
		if a.rel != "obj" || c.span[h] >= 0 || c.t.Word(h).UPOS != "NOUN" || c.peopleNoun(h) {
			continue
		}
		l := strings.ToLower(c.t.Word(h).Lemma)
		if _, event := c.noun(h); !event && (syntax.CommunicationNoun(l) || DepictionNoun(l)) && !syntax.ActNoun(l) {
			found = true
		}
	}
	return found
}

// DepictionNoun reports whether the noun lemma names a picture, which tells about whom it shows
// as a communication does ("released several photos of Kim"), though WordNet files the first
// sense of most under noun.artifact.
func DepictionNoun(lemma string) bool { return depictionNouns[lemma] }

var depictionNouns = setOf(append([]string{"portrait", "snapshot", "selfie"}, pictureNouns...)...)

// pictureNouns name pictures, which show an act without being one (reportNouns) and tell about
// whom they show (depictionNouns).
var pictureNouns = []string{"photo", "photograph", "picture", "image", "footage"}

// linkVerbs are CAMEO's LINK block (060 by default): verbs that join one thing to another.
var linkVerbs = setOf("link", "connect", "tie", "attach", "relate", "bind", "chain")

// linkedToThing reports whether objs hold a "to" phrase that names no actor, on the verb or on
// its object, where the parser hangs it as often: what the object is linked to ("connected the
// group to border security").
func (c *coder) linkedToThing(objs []arg) bool {
	for _, a := range objs {
		if a.prep == "to" && len(a.actors) == 0 {
			return true
		}
		if a.rel != "obj" {
			continue
		}
		for _, ch := range c.t.Dependents(a.head, "nmod") {
			if c.prep(ch) == "to" && len(c.actorsOf(ch)) == 0 {
				return true
			}
		}
	}
	return false
}

// rescue reports whether verb v of releasing frees people from others' hands: its subject is an
// operation ("a raid by its forces freed a U.S. hostage"), or it is the aim of an operation or an
// effort ("a rescue operation to free hostages", "efforts to free the girls", "tried to free",
// "an operation aimed at freeing him"). PLOVER's RETREAT release is the holder's concession
// (table rows 0841, 0842); who tries to free others holds no one, and what they try is not done.
// A plan, decision or promise to release ("a plan to free 1,500 prisoners") is the holder's.
func (c *coder) rescue(v int) bool {
	if s := c.child(v, "nsubj"); s > 0 && effortNouns[strings.ToLower(c.t.Word(s).Lemma)] {
		return true
	}
	h := v
	for n := 0; n < 3; n++ {
		w := c.t.Word(h)
		if r := syntax.BaseRel(w.Deprel); r != "acl" && r != "xcomp" && r != "advcl" || w.Head == 0 {
			return false
		}
		h = w.Head
		if Effort(strings.ToLower(c.t.Word(h).Lemma)) {
			return true
		}
	}
	return false
}

// Effort reports whether the lemma names trying to bring about what others decide or hold: an
// operation, an effort, talks ("operation", "bid", "negotiation"), or trying, seeking, helping
// ("try", "seek", "aim", "help"). What is tried is not done, and who tries to free hostages
// holds none of them.
func Effort(lemma string) bool { return effortNouns[lemma] || effortVerbs[lemma] }

// releaseVerbs free people or things held (the verbs of RETREAT release).
var releaseVerbs = setOf("free", "release", "rescue", "set free")

// effortNouns and effortVerbs name trying to bring about what others decide or hold.
var (
	effortNouns = setOf("operation", "raid", "mission", "rescue", "effort", "bid", "attempt", "campaign",
		"talk", "talks", "negotiation", "push", "drive", "fight", "struggle")
	effortVerbs = setOf("try", "attempt", "seek", "aim", "strive", "work", "fight", "struggle", "negotiate",
		"help", "mediate", "campaign", "lobby", "push")
)

// movesForces reports whether a verb that mobilises moves armed forces: PLOVER's MOBILIZE is
// "military or police moves that fall short of the actual use of force", so its direct object,
// when it has one, is an armed force ("deployed troops", "mobilized the army"), not observers,
// aid or a commitment ("deployed election observers", "reinforced its commitment to refugees").
func (c *coder) movesForces(objs []arg) bool {
	moved := false
	for _, a := range objs {
		if a.rel != "obj" {
			continue
		}
		if c.isForce(a.head) {
			return true
		}
		if showsForce[c.nounPhrase(a.head)] {
			return true // "held military exercises": forces put through their paces
		}
		moved = true
	}
	return !moved
}

// showsForce are the exercises of armed forces that demonstrate military power (CAMEO 150).
var showsForce = map[string]bool{"exercise": true, "drill": true, "manoeuvre": true, "maneuver": true,
	"war game": true, "military exercise": true, "military drill": true}
