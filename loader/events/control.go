package events

import (
	"strings"

	"newsgraph"

	"newsgraph/loader/syntax"
)

// control reads a control verb: its complement ("agreed to send troops", "refused to meet X",
// "urged Iran to halt") decides the type and the control verb the status. Without a complement
// the verb's own object may carry the event ("pledged support", "agreed to a ceasefire").
func (c *coder) control(v int, s Sense, rule string, subj []int, sw int, objs []arg, depth int) []Event {
	x := c.complement(v)
	full, _ := c.verbLemma(v)
	name := "control " + full + " [" + rule + "]"
	switch s.Role {
	case RoleDeny:
		return nil
	case RoleDemand:
		return c.demand(v, x, s, rule, full, name, subj, sw, objs)
	}
	var inner []Event
	if x > 0 {
		inner = c.complementEvents(x, depth)
	} else {
		inner = c.nounObject(v, s, rule, subj, sw, objs)
	}
	if len(inner) == 0 && s.Type != "" {
		switch s.Role {
		case RoleThreat, RoleRefuse, RoleIntent, RoleAspect:
			return c.controlAlone(v, x, s, name, subj, sw, objs)
		}
	}
	return controlled(s, name, inner)
}

// complementEvents returns the events of the complement x of a control verb, depth verbs down,
// with those of the verbs joined to it, unless tensed, and of its infinitives of purpose.
func (c *coder) complementEvents(x, depth int) []Event {
	inner := c.verbEvents(x, depth+1)
	for _, cj := range c.t.Dependents(x, "conj") {
		if c.t.Word(cj).UPOS == "VERB" && !c.finiteAfterInfinitive(cj) {
			// "to attack X and invade Y"; not a tensed conjunct, a clause of its own ("has
			// not been able to confirm this but has offered aid")
			inner = append(inner, c.verbEvents(cj, depth+1)...)
		}
	}
	for _, p := range c.t.Dependents(x, "advcl") {
		if c.t.Word(p).UPOS == "VERB" && c.infinitive(p) {
			inner = append(inner, c.verbEvents(p, depth+1)...) // "to send troops to help X"
		}
	}
	return inner
}

// controlAlone reads the control verb v of sense s (a threat, refusal, intent or aspect), named
// name, when its complement x (or 0) gives no event: the verb's own type between its subject and
// its objects or, for a threat, the parties of its conditions (conditionParties). An offer to no
// party gives nothing, a warning of what names no event is voided, and an agreement offered
// alone is proposed.
func (c *coder) controlAlone(v, x int, s Sense, name string, subj []int, sw int, objs []arg) []Event {
	if s.Role == RoleIntent && !s.Mutual && !hasActors(objs) {
		// "Britain, Canada and the Philippines offered to re-home a pet": those who offer
		// together offer nothing to each other, as those who agree agree with each other
		if len(subj) > 1 {
			c.void(v, name+": offered to no party")
		}
		return nil
	}
	inner := c.pairs(v, s.Type, s.Mode, s.Mutual, name, subj, sw, objs)
	if len(inner) == 0 && s.Role == RoleThreat {
		// "threatened to stop negotiations if the United States goes ahead with …": the
		// threat is aimed at whoever the condition names
		inner = c.pairs(v, s.Type, s.Mode, false, name+" if", subj, sw, c.conditionParties(v, x))
	}
	if len(inner) == 0 && len(subj) > 0 && s.Role == RoleThreat && (x > 0 || c.child(v, "ccomp") > 0 || warnsOf(objs)) {
		// "warned that further harm could be caused if …", "warned of the growing
		// presence of …": what the one who warns warns of is no act against a party,
		// and neither is the verb alone
		c.void(v, name+": what it warns of names no event between parties")
	}
	if s.Role == RoleIntent && s.Type == "AGREE" && !s.Mutual {
		for i := range inner {
			inner[i].Status = proposed
		}
	}
	return inner
}

// controlled applies to the events inner, read under a control verb of sense s named name, what
// the verb says of them, and returns them: an intent makes them intended (Intended) and, but for
// a mutual agreement, proposed; a threat makes them a threat, a refusal a rejection, and an
// aspect of mobilising makes material conflict a mobilisation. A changed type loses its mode.
func controlled(s Sense, name string, inner []Event) []Event {
	for i := range inner {
		e := &inner[i]
		e.Rule = name + " > " + e.Rule
		before := e.Type
		switch s.Role {
		case RoleIntent:
			e.Type = Intended(e.Type)
			if !(s.Type == "AGREE" && s.Mutual) {
				e.Status = proposed
			}
		case RoleThreat:
			e.Type, e.Status = "THREATEN", proposed
		case RoleRefuse:
			e.Type, e.Status = "REJECT", ""
		case RoleAspect:
			if s.Type == "MOBILIZE" && newsgraph.QuadClass(e.Type) == "material-conflict" {
				e.Type = "MOBILIZE"
			}
		}
		if e.Type != before {
			e.Mode = "" // a mode belongs to its type ("expel" of SANCTION is no mode of a threat)
		}
	}
	return inner
}

// demand reads a verb of demanding (sense s, its complement x or 0): a DEMAND of its subject on
// whom the demand is made, its object or the complement's subject ("urged Iran to halt"); the
// demanded act is no fact. A clause in the past tells a claim, not a demand; with no complement,
// an event noun as object may name the event ("demanded talks with X"), and a verb that moves its
// object demands nothing.
func (c *coder) demand(v, x int, s Sense, rule, full, name string, subj []int, sw int, objs []arg) []Event {
	if x > 0 && c.t.Word(x).Deprel == "ccomp" && (c.indicativePast(x) || claimOrDemand[full] && c.presentS(x)) {
		// "insisted that Uganda had attacked first": a demand's clause is in the subjunctive
		// or with "should" ("insisted that Uganda withdraw"); one in the past tells a claim, and
		// so does one in the present with -s after "insist" ("insists that Chile bears the
		// blame"), though British English writes a demand so ("demanded that Israel withdraws")
		c.void(v, "verb \""+full+"\" ["+rule+"]: its clause is in the past (or, after \"insist\", the present with -s), a claim and no demand")
		return nil
	}
	if cc := c.child(v, "ccomp"); x == 0 && cc > 0 && c.tensedCopula(cc) {
		// "insisting that it was all a surprise": a clause that says what something is, in a
		// tense ("is", "was"; a demand's would be "be"), tells a claim
		c.void(v, "verb \""+full+"\" ["+rule+"]: its clause says what is, a claim and no demand")
		return nil
	}
	if x == 0 && c.asksQuestion(v) {
		// "asked Johnson why the government is expanding family detention": a question, no
		// demand
		c.void(v, "verb \""+full+"\" ["+rule+"]: asks a question, demands nothing")
		return nil
	}
	if _, ok := c.objectEvent(objs); x == 0 && s.Commands && ok {
		if evs := c.light(v, Sense{Role: RoleLight}, rule, subj, sw, objs); len(evs) > 0 {
			return evs
		}
	}
	if x == 0 && c.moves(v) {
		c.void(v, "verb \""+full+"\" ["+rule+"]: moves its object, demands nothing (\"pushed the rebels back\")")
		return nil
	}
	targets := objs
	if x > 0 {
		// the demanded act is no fact: no reader codes it ("demanding the administration
		// cut off aid to X" cuts nothing off)
		c.void(x, "demanded (\""+full+"\"), not done")
		for _, cj := range c.t.Dependents(x, "conj") {
			c.void(cj, "demanded (\""+full+"\"), not done")
		}
		if xs, xw := c.subject(x, 0); len(xs) > 0 && !sameSet(xs, subj) {
			targets = append(targets, arg{rel: "obj", head: xw, actors: xs})
		}
	}
	evs := c.pairs(v, "DEMAND", s.Mode, false, name, subj, sw, targets)
	if len(evs) == 0 && x > 0 && c.infinitive(x) && (c.child(v, "obj") > 0 || c.child(v, "iobj") > 0) {
		// "asked the companies to invest in Mexico": made of no party, and not of Mexico
		c.void(v, "verb \""+full+"\" ["+rule+"]: demanded of its object, no party")
	}
	return evs
}

// asksQuestion reports whether the verb v is "ask" with a question word or an "about" phrase
// after it in its phrase ("asked X why …", "asked whether …", "was asked about the threat") and
// nothing asked for in it ("asked X for aid").
func (c *coder) asksQuestion(v int) bool {
	if strings.ToLower(c.t.Word(v).Lemma) != "ask" {
		return false
	}
	for w := v + 1; w <= len(c.t.S.Words); w++ {
		if !c.t.Under(w, v) {
			continue
		}
		if c.prep(w) == "for" {
			return false
		}
		if questionWords[strings.ToLower(c.t.Word(w).Form)] || c.prep(w) == "about" && c.t.Word(w).Head == v {
			return true // "asked X about the threat": a question on it
		}
	}
	return false
}

// questionWords open an indirect question and no relative or conditional clause ("which",
// "when", "if" may).
var questionWords = map[string]bool{"why": true, "whether": true, "how": true, "what": true}

// claimOrDemand are the demand verbs as often verbs of asserting, whose clause in the present with
// -s tells a claim ("insisted that all the evidence corresponds exactly with a meteorite");
// British English puts a demand's clause so too ("demanded that Israel withdraws").
var claimOrDemand = map[string]bool{"insist": true}

// presentS reports whether clause v is in the present with -s ("corresponds", "is attacking").
func (c *coder) presentS(v int) bool {
	if c.t.Word(v).XPOS == "VBZ" {
		return true
	}
	for _, ch := range c.t.Children(v) {
		if r := syntax.BaseRel(c.t.Word(ch).Deprel); (r == "aux" || r == "cop") && c.t.Word(ch).XPOS == "VBZ" {
			return true
		}
	}
	return false
}

// indicativePast reports whether clause v is in the past tense ("attacked", "was married",
// "had attacked", "would attack"), which a mandative clause never is.
func (c *coder) indicativePast(v int) bool {
	switch c.t.Word(v).XPOS {
	case "VBD":
		return true
	case "VBN": // with a subject and no auxiliary, a past tense the tagger misread
		if c.child(v, "nsubj") > 0 && len(c.t.Dependents(v, "aux")) == 0 && len(c.t.Dependents(v, "aux:pass")) == 0 {
			return true
		}
	}
	for _, ch := range c.t.Children(v) {
		w := c.t.Word(ch)
		switch syntax.BaseRel(w.Deprel) {
		case "aux", "cop":
			if w.XPOS == "VBD" || strings.EqualFold(w.Lemma, "have") || strings.EqualFold(w.Form, "would") {
				return true
			}
		}
	}
	return false
}

// tensedCopula reports whether the clause headed by the non-verb n has a tensed copula ("is",
// "was", "are"), which a mandative clause never has ("that the talks be held").
func (c *coder) tensedCopula(n int) bool {
	if c.t.Word(n).UPOS == "VERB" {
		return false
	}
	for _, ch := range c.t.Dependents(n, "cop") {
		switch c.t.Word(ch).XPOS {
		case "VBD", "VBZ", "VBP":
			return true
		}
	}
	return false
}

// complement returns the verb a control verb governs: its open complement ("to send"), or a
// clausal one ("demanded that X withdraw", "denied attacking").
func (c *coder) complement(v int) int {
	for _, rel := range []string{"xcomp", "ccomp"} {
		if x := c.child(v, rel); x > 0 && c.t.Word(x).UPOS == "VERB" {
			if _, bare := c.verbLemma(v); questionVerbs[bare] && c.whOpener(x) > 0 {
				return 0 // "will decide when its envoy returns": a question, no complement done
			}
			return x
		}
	}
	for _, ch := range c.t.Children(v) {
		if cw := c.t.Word(ch); cw.Deprel == "advcl" && cw.UPOS == "VERB" && strings.HasSuffix(strings.ToLower(cw.Form), "ing") {
			return ch // "denied attacking", "refrained from striking"
		}
	}
	return 0
}

// conditionParties returns, as objects, the subjects of the conditions ("if", "unless") on the
// verb v, on its complement x or on the complements below x ("threatened to stop talks to cut
// arms if X …").
func (c *coder) conditionParties(v, x int) []arg {
	var out []arg
	hs := []int{v}
	for i := 0; x > 0 && i < 3; i++ {
		hs = append(hs, x)
		x = c.child(x, "xcomp")
	}
	for _, h := range hs {
		for _, ch := range c.t.Dependents(h, "advcl") {
			if m := c.hasMark(ch); m != "if" && m != "unless" || c.inQuote(ch) != c.inQuote(v) && !c.speaksForSelf(v) {
				// a condition quoted, where the verb is outside the quotation, belongs to the
				// quoted clause, whose subject acts on it ("'If the U.S. follows through on
				// these tariffs, so will China,' he warned": China threatens, not the analyst);
				// the warner only when that subject is "we" or "I"
				continue
			}
			if as, w := c.subject(ch, 0); len(as) > 0 {
				out = append(out, arg{rel: "obj", head: w, actors: as})
			}
		}
	}
	return out
}

// inQuote reports whether the word id stands inside a quotation: an odd number of double
// quotation marks before it in the sentence. Not syntax's quoteMark, which also counts single
// marks: a lone "’" is as often the apostrophe of a plural possessive ("the rebels’ leader").
func (c *coder) inQuote(id int) bool {
	n := 0
	for w := 1; w < id; w++ {
		switch c.t.Word(w).Form {
		case "\"", "“", "”", "''", "``":
			n++
		}
	}
	return n%2 == 1
}

// speaksForSelf reports whether the clause verb v reports (its ccomp) has "we" or "I" for its
// subject: "'… we will retaliate,' China warned".
func (c *coder) speaksForSelf(v int) bool {
	cc := c.child(v, "ccomp")
	if cc == 0 {
		return false
	}
	s := c.child(cc, "nsubj")
	if s == 0 {
		return false
	}
	f := strings.ToLower(c.t.Word(s).Form)
	return f == "we" || f == "i"
}

// warnsOf reports whether objs hold what a warning is of or about ("warned of the growing
// presence of …", "warned against complacency").
func warnsOf(objs []arg) bool {
	for _, a := range objs {
		if a.prep == "of" || a.prep == "about" || a.prep == "against" {
			return true
		}
	}
	return false
}

// nounObject reads an event noun that a control or light verb takes as its object or after a
// preposition: "pledged support to X", "agreed to a ceasefire with X".
func (c *coder) nounObject(v int, s Sense, rule string, subj []int, sw int, objs []arg) []Event {
	for _, a := range objs {
		if len(a.actors) > 0 || a.rel == "nmod" {
			continue
		}
		ns, ok := c.noun(a.head)
		if !ok || ns.Type == "" {
			continue
		}
		full, _ := c.verbLemma(v)
		if l := strings.ToLower(c.t.Word(a.head).Lemma); ns.Type == "RETREAT" && releaseVerbs[l] && Effort(full) {
			// "attempted a rescue operation to free hostages", "sought the release of X": who
			// tries to free others holds none of them (rescue)
			c.void(a.head, "\""+l+"\" is the aim of \""+full+"\": no release by who holds them")
			return nil
		}
		typ, name := ns.Type, "noun "+full+" "+c.t.Word(a.head).Lemma+" ["+ns.Rule+"]"
		if typ == "DEMAND" && s.Role == RoleIntent {
			// "agreed to the rebels' demands", "accepted Uganda's request": granting what
			// another demands is yielding to them (CAMEO 08, the table's CONCEDE), no demand
			typ, name = "CONCEDE", name+" granted"
		}
		return c.pairs(v, typ, ns.Mode, s.Mutual, name, subj, sw, objs)
	}
	return nil
}

// light reads a light verb, whose object noun names the event ("held talks with X", "imposed
// sanctions on X"), or a reversing verb, which undoes it ("lifted sanctions on X", "cut ties with
// X"): lifting a restriction is a concession, withdrawing troops a retreat, cutting aid or ties a
// sanction, scrapping a deal a rejection.
func (c *coder) light(v int, s Sense, rule string, subj []int, sw int, objs []arg) []Event {
	full, _ := c.verbLemma(v)
	for _, a := range objs {
		if len(a.actors) > 0 || a.rel == "nmod" && a.prep != "of" {
			continue // "five million dollars of aid" names its event in an of-phrase
		}
		n := a.head
		ns, ok := c.noun(n)
		if !ok {
			continue
		}
		typ, name := ns.Type, "light "+full+" "+c.t.Word(n).Lemma+" ["+ns.Rule+"]"
		if s.Role == RoleReverse {
			typ = reverse(ns, s.Type)
			name = "reverse " + full + " " + c.t.Word(n).Lemma + " [" + rule + "]"
		}
		if typ == "" {
			return nil
		}
		evs := c.pairs(v, typ, ns.Mode, s.Mutual, name, subj, sw, objs)
		c.armedStrike(evs, c.t.Word(n).Lemma)
		return evs
	}
	if _, bare := c.verbLemma(v); s.Type == "" && s.Role == RoleLight && givingVerbs[bare] && !c.idiom(v, bare, objs) && !c.sendsPeople(v, bare, objs) {
		// "provided Sri Lanka with technology", "gave Kenya five ships": what is given to an
		// actor is aid, whatever it is (PLOVER AID: material support of any kind)
		return c.pairs(v, "AID", "", false, "give "+full+" [recipient]", subj, sw, recipients(objs))
	}
	if s.Type == "" || s.Role == RoleReverse {
		return nil
	}
	return c.pairs(v, s.Type, s.Mode, s.Mutual, "verb "+full+" ["+rule+"]", subj, sw, objs)
}

// sendsPeople reports whether the verb of sending bare moves people ("sent two senators to
// Kenya", "a lawmaker sent to Addis Ababa"): the people sent go to the place, nothing is given to
// it. What a listed noun names ("sent aid workers", "sent a delegation") the lexicon reads
// before this; verbs of giving keep a person object as the recipient ("provided refugees with
// food"), and so do verbs of sending with two objects ("sent Lebanese authorities DNA samples").
func (c *coder) sendsPeople(v int, bare string, objs []arg) bool {
	if !sendingVerbs[bare] || c.child(v, "iobj") > 0 {
		return false
	}
	for _, a := range objs {
		if a.rel == "obj" && c.peopleNoun(a.head) && !c.nounPhraseAfter(a.head) {
			return true // a second object right after the first: the first is the recipient
		}
	}
	return false
}

// sendingVerbs are the giving verbs of Levin's class 11.1 (send): their object moves to the "to"
// phrase.
var sendingVerbs = setOf("send", "dispatch", "ship", "airlift", "transfer", "deploy")

// nounPhraseAfter reports whether a noun phrase begins right after the noun n, however the
// parser hung it: the second of two objects ("sent Lebanese authorities DNA samples").
func (c *coder) nounPhraseAfter(n int) bool {
	if n >= len(c.t.S.Words) {
		return false
	}
	switch c.t.Word(n + 1).UPOS {
	case "NOUN", "PROPN", "DET", "NUM", "ADJ":
		return true
	}
	return false
}

// reversedPlan reads a verb of undoing whose object is a decision or an order to act ("reversed
// a decision to exclude Syrian refugees", "revoked its order to expel Ugandan traders"): the
// undoing of that act (reverse), towards the act's own objects. The act itself, undone, is no
// fact and is voided.
func (c *coder) reversedPlan(v int, s Sense, full string, subj []int, sw int, objs []arg) []Event {
	for _, a := range objs {
		if a.rel != "obj" || len(a.actors) > 0 || !planNouns[strings.ToLower(c.t.Word(a.head).Lemma)] {
			continue
		}
		// the parser hangs "to expel …" on the noun or, as a purpose, on the verb
		inner := append(c.t.Dependents(a.head, "acl"), c.t.Dependents(v, "advcl")...)
		for _, iv := range inner {
			if !c.infinitive(iv) || iv < a.head {
				continue
			}
			ifull, ibare := c.verbLemma(iv)
			ss := c.verbSenses(iv, ifull, ibare)
			if len(ss) == 0 || ss[0].Type == "" {
				continue
			}
			c.void(iv, "undone (\""+full+"\" its "+c.t.Word(a.head).Lemma+")")
			typ := reverse(ss[0], s.Type)
			return c.pairs(v, typ, "", false, "reverse "+full+" "+c.t.Word(a.head).Lemma+" to "+ifull, subj, sw, c.objects(iv))
		}
	}
	return nil
}

// planNouns name a decision to act, which a verb of undoing undoes with the act.
var planNouns = map[string]bool{"decision": true, "order": true, "plan": true, "policy": true, "move": true,
	"directive": true, "proposal": true, "bid": true}

// reverse returns the type of undoing a measure of sense ns.
func reverse(ns Sense, verbType string) string {
	switch {
	case ns.Type == "AGREE":
		return "REJECT"
	case ns.Type == "SANCTION":
		return "RETREAT" // economic sanctions eased: CAMEO2PLOVER 085, RETREAT ease
	case ns.Restrictive || ns.Type == "COERCE":
		return "CONCEDE" // administrative ones eased: 081
	case ns.Type == "MOBILIZE" || ns.Type == "FIGHT" || ns.Type == "ASSAULT":
		return "RETREAT"
	case ns.Type == "AID" || ns.Type == "SUPPORT" || ns.Type == "COOPERATE" || ns.Type == "CONSULT" || ns.Type == "INVESTIGATE":
		return "SANCTION"
	}
	return verbType
}

// Intended returns the type of a stated intention to do typ: cooperation promised is AGREE, a
// hostile act announced is THREATEN; verbal conflict keeps its type, and a relation that is no
// PLOVER event (PAYS) too.
func Intended(typ string) string {
	switch newsgraph.QuadClass(typ) {
	case "verbal-coop", "material-coop":
		return "AGREE"
	case "material-conflict":
		return "THREATEN"
	}
	return typ
}

// Negated returns the type of "not typ": not agreeing, supporting, conceding or cooperating is a
// rejection; anything else that did not happen is no event ("").
func Negated(typ string) string {
	switch typ {
	case "AGREE", "SUPPORT", "CONCEDE", "COOPERATE":
		return "REJECT"
	}
	return ""
}

// objectEvent returns the sense of the direct object among objs when it is an event noun and no
// actor ("ordered the arrest of X", not "ordered the newspaper … over an attack").
func (c *coder) objectEvent(objs []arg) (Sense, bool) {
	for _, a := range objs {
		if a.rel == "obj" {
			ns, ok := c.noun(a.head)
			return ns, ok && ns.Type != "" && len(a.actors) == 0
		}
	}
	return Sense{}, false
}

// moves reports whether verb v says where its object goes, with a particle or adverb of
// direction ("pushed the rebels back", "pressed them out of the city"): a verb of urging then
// moves someone, it asks nothing of them.
func (c *coder) moves(v int) bool {
	for _, ch := range c.t.Children(v) {
		w := c.t.Word(ch)
		rel := syntax.BaseRel(w.Deprel)
		if rel == "obl" && (c.prep(ch) == "out" || c.prep(ch) == "into") {
			return true // "out of the city", "into Syria"
		}
		switch strings.ToLower(w.Lemma) {
		case "back", "out", "away", "off", "forward", "ahead", "deep", "deeper", "further":
			if rel == "compound" || rel == "advmod" {
				return true
			}
		}
	}
	return false
}

// idiom reports whether the direct object of verb v (lemma bare) makes with it an idiom WordNet
// lists as a verb of its own ("gave birth to a boy", "gave way"): the verb has not its own sense.
func (c *coder) idiom(v int, bare string, objs []arg) bool {
	for _, a := range objs {
		if a.rel == "obj" && syntax.VerbIdiom(bare, strings.ToLower(c.t.Word(a.head).Lemma)) {
			c.miss(v, "\""+bare+" "+strings.ToLower(c.t.Word(a.head).Lemma)+"\" is an idiom (WordNet)")
			return true
		}
	}
	return false
}

// cooperation reports whether typ is verbal or material cooperation.
func cooperation(typ string) bool {
	q := newsgraph.QuadClass(typ)
	return q == "verbal-coop" || q == "material-coop"
}

// modality applies what the verb group of v says about its events: negation ("did not attack"),
// the future ("will send", a proposal), speculation and obligation ("could", "should": nothing
// happened), conditions ("if X attacks"), and the progressive ("are fighting": ongoing).
func (c *coder) modality(v int, evs []Event) []Event {
	if c.yetTo(v) {
		c.negated(v, "has yet to happen")
		return nil
	}
	if c.negatedPurpose(v) {
		c.negated(v, "the purpose of an act not done")
		return nil
	}
	if len(evs) == 0 {
		if c.noObject(v) > 0 {
			// "offered no new measures to confront X": whatever the word rules would read of
			// the verb did not happen
			c.negated(v, "\"no\" on its object")
		}
		return nil
	}
	if w := c.t.Word(v); w.Deprel == "xcomp" && w.Head > 0 && inRange(c.noObject(w.Head), 1, v) {
		// "has no plans to withdraw", the infinitive hung on the verb: the purpose of a noun
		// with "no"
		c.void(v, "the purpose of a noun with \"no\"")
		return nil
	}
	// "did not attack", "offered no aid", "no Israeli volunteer arrived to fight"
	neg := c.negatedVerb(v) || c.noObject(v) > 0 || c.noSubject(v)
	future, maybe, progressive := c.auxiliaries(v)
	if c.conditional(v) {
		c.void(v, "under a condition (if, unless)")
		return nil
	}
	if !maybe && c.speculativePurpose(v) {
		maybe = true
	}
	if maybe {
		c.misses = append(c.misses, Miss{Word: v, Reason: "speculation or obligation (could, may, should)", Maybe: true})
		return nil
	}
	return c.qualified(v, evs, neg, future, progressive)
}

// auxiliaries reports what the auxiliaries of verb v say of it: future for one of the future
// ("will", "would"), maybe for one of speculation or obligation ("may", "could", "should",
// "must", "can"), progressive for "be" with v in -ing.
func (c *coder) auxiliaries(v int) (future, maybe, progressive bool) {
	for _, ch := range c.t.Children(v) {
		cw := c.t.Word(ch)
		l := strings.ToLower(cw.Lemma)
		switch cw.Deprel {
		case "aux":
			switch {
			case futureAuxes[l]:
				future = true
			case l == "may", l == "might", l == "could", l == "should", l == "must", l == "can", l == "ca":
				maybe = true
			case l == "be":
				progressive = strings.HasSuffix(strings.ToLower(c.t.Word(v).Form), "ing")
			}
		}
	}
	return future, maybe, progressive
}

// speculativePurpose reports whether verb v is a to-infinitive giving the purpose of a verb with
// an auxiliary of speculation or obligation ("may", "could", "should", "must", "can").
func (c *coder) speculativePurpose(v int) bool {
	w := c.t.Word(v)
	if w.Deprel != "advcl" || c.hasMark(v) != "to" || w.Head == 0 {
		return false
	}
	// "Britain may use a medieval law to charge citizens with treason": the purpose of a
	// verb of speculation is speculation too
	for _, a := range c.t.Dependents(w.Head, "aux") {
		switch strings.ToLower(c.t.Word(a).Lemma) {
		case "may", "might", "could", "should", "must", "can", "ca":
			return true
		}
	}
	return false
}

// qualified returns the events evs of verb v as its verb group tells them, reusing their array:
// with neg, cooperation in the future (future) refused and anything else negated (Negated),
// dropped as not done when that leaves no type; in the future, intended (Intended) and proposed;
// in the progressive (progressive), ongoing when they have no status.
func (c *coder) qualified(v int, evs []Event, neg, future, progressive bool) []Event {
	out := evs[:0]
	for _, e := range evs {
		switch {
		case neg && future && cooperation(e.Type):
			// "will not begin talks with X", "will not lift the embargo until …": a refusal
			e.Type, e.Status, e.Mode, e.Rule = "REJECT", "", "", e.Rule+" refused"
		case neg:
			if e.Type = Negated(e.Type); e.Type == "" {
				c.negated(v, "did not happen")
				continue
			}
			e.Status, e.Mode, e.Rule = "", "", e.Rule+" negated"
		case future:
			if t := Intended(e.Type); t != e.Type {
				e.Type, e.Mode = t, ""
			}
			e.Status = proposed
		case progressive && e.Status == "":
			e.Status = ongoing
		}
		out = append(out, e)
	}
	return out
}

// negatedPurpose reports whether verb v is a to-infinitive giving the purpose of a negated verb,
// hung on it or on its direct object ("did not send troops to attack IS", "by not doing more to
// reach an agreement with the Iraqi government"): what was not done served no purpose.
func (c *coder) negatedPurpose(v int) bool {
	w := c.t.Word(v)
	if w.Deprel != "advcl" || w.Head == 0 || c.hasMark(v) != "to" {
		return false
	}
	g := w.Head
	if c.t.Word(g).Deprel == "obj" && c.t.Word(g).Head > 0 {
		g = c.t.Word(g).Head
	}
	return c.t.Word(g).UPOS == "VERB" && c.negatedVerb(g)
}

// inRange reports whether lo <= x < hi.
func inRange(x, lo, hi int) bool { return lo <= x && x < hi }

// noObject returns the direct object of verb v when "no" determines it ("held no talks"), or 0.
func (c *coder) noObject(v int) int {
	for _, o := range c.t.Dependents(v, "obj") {
		for _, d := range c.t.Dependents(o, "det") {
			if strings.EqualFold(c.t.Word(d).Lemma, "no") {
				return o
			}
		}
	}
	return 0
}

// noSubject reports whether "no" determines the subject of verb v, or of the verb whose
// complement, purpose or conjunct v is ("no Israeli volunteer arrived to fight", "no country
// has recognised …"): none of them did it.
func (c *coder) noSubject(v int) bool {
	for depth := 0; v > 0 && depth < 4; depth++ {
		if s := c.ownSubject(v); s > 0 {
			for _, d := range c.t.Dependents(s, "det") {
				if strings.EqualFold(c.t.Word(d).Lemma, "no") {
					return true
				}
			}
			return false
		}
		switch syntax.BaseRel(c.t.Word(v).Deprel) {
		case "xcomp", "advcl", "conj":
			v = c.t.Word(v).Head
		default:
			return false
		}
	}
	return false
}

// ownSubject returns the subject of verb v, active or passive, or 0.
func (c *coder) ownSubject(v int) int {
	for _, ch := range c.t.Children(v) {
		if r := syntax.BaseRel(c.t.Word(ch).Deprel); r == "nsubj" || r == "csubj" || r == "expl" {
			return ch
		}
	}
	return 0
}

// counterfactual reports whether verb v is told as what would (could, might) have happened: "a
// resolution that would have pressured Iran", vetoed; it did not happen.
func (c *coder) counterfactual(v int) bool {
	modal, have := false, false
	for _, ch := range c.t.Dependents(v, "aux") {
		switch strings.ToLower(c.t.Word(ch).Lemma) {
		case "would", "could", "might":
			modal = true
		case "have":
			have = modal
		}
	}
	return have
}

// conditional reports whether verb v, or a clause it belongs to, holds only under a condition
// ("if X attacks", "unless Y withdraws").
func (c *coder) conditional(v int) bool {
	for id, depth := v, 0; id > 0 && depth < 8; depth++ {
		if c.conditionMark(id) {
			return true
		}
		w := c.t.Word(id)
		if r := syntax.BaseRel(w.Deprel); r != "conj" && r != "xcomp" {
			return false
		}
		id = w.Head
	}
	return false
}

// conditionMark reports whether any subordinating word of clause v makes it a condition or an
// open question, also after a preposition ("comment on whether it questioned the man").
func (c *coder) conditionMark(v int) bool {
	for _, ch := range c.t.Dependents(v, "mark") {
		switch strings.ToLower(c.t.Word(ch).Lemma) {
		case "if", "unless", "whether", "lest":
			return true
		}
	}
	return false
}

func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// recipients returns the arguments of a verb of giving that name who receives: the indirect
// object, an actor as the object ("provided Kenya with aid"), or a "to" phrase.
func recipients(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		switch {
		case a.rel == "iobj", a.rel == "obj" && len(a.actors) > 0, a.rel == "obl" && a.prep == "to":
			out = append(out, a)
		}
	}
	return out
}

// purposeNoun returns the noun whose purpose the to-infinitive v is ("launched operations to
// detain 110 people", "Iran's decision to attack"), or 0.
func (c *coder) purposeNoun(v int) int {
	w := c.t.Word(v)
	if w.Deprel != "acl" || w.Head == 0 || !c.infinitive(v) {
		return 0
	}
	n := w.Head
	if h := c.t.Word(n); h.UPOS != "NOUN" || c.span[n] >= 0 || c.sector[n] != "" || c.peopleNoun(n) {
		return 0 // "troops to help Iraq", "Iran to attack" (a headline's subject)
	}
	lemma := strings.ToLower(c.t.Word(n).Lemma)
	ns, event := c.noun(n)
	switch {
	case negativeNouns[lemma], ns.Type == "DEMAND", ns.Type == "REJECT":
		return 0 // "its failure to block", "a request to allow": not the owner's act
	case !event && !syntax.ActNoun(lemma) && len(c.lex.Verb(lemma)) == 0 && c.givenThing(n) == 0:
		return 0 // "recorded the video to encourage …": a purpose of the verb's, misattached
	}
	for _, s := range c.lex.Verb(lemma) {
		switch s.Role {
		case RoleDemand, RoleRefuse, RoleDeny:
			return 0 // "an order to attack", "a refusal to meet": another acts, or none
		}
	}
	return n
}

// negativeNouns deny their purpose ("Iran's failure to block supplies"): nothing of it is done.
var negativeNouns = map[string]bool{"failure": true, "refusal": true, "inability": true,
	"unwillingness": true, "reluctance": true}

// purposeSubject returns who acts in the purpose of noun n: its owner ("Iran's decision to
// attack"), or, when a verb takes the noun as its object, that verb's subject ("Turkish police
// launched operations to detain …"), unless the verb also has an indirect object, who is then
// the one to act ("gave Kenya permission to build").
func (c *coder) purposeSubject(n, depth int) ([]int, int) {
	if as, w := c.owner(n); len(as) > 0 {
		return as, w
	}
	if g := c.givenThing(n); g > 0 {
		return c.subject(g, depth+1) // "donated a shipment of … equipment to assist Ethiopia"
	}
	w := c.t.Word(n)
	if w.Deprel != "obj" || w.Head == 0 || c.t.Word(w.Head).UPOS != "VERB" || c.child(w.Head, "iobj") > 0 {
		return nil, 0
	}
	return c.subject(w.Head, depth+1)
}

// givenThing returns the verb of giving whose direct object the noun n is, or is part of (a
// conjunct, or what an of-phrase measures: "donated a shipment of ventilators and other
// equipment"), or 0: what is given serves the giver's purpose.
func (c *coder) givenThing(n int) int {
	for depth := 0; n > 0 && depth < 6; depth++ {
		w := c.t.Word(n)
		switch {
		case w.Deprel == "conj" || w.Deprel == "nmod" && c.prep(n) == "of":
			n = w.Head
			continue
		case w.Deprel == "obj" && w.Head > 0 && c.t.Word(w.Head).UPOS == "VERB" && c.purposeOfGiving(w.Head):
			return w.Head
		}
		return 0
	}
	return 0
}

// purpose applies to the events of verb v, the purpose of a noun (purposeNoun), what the clause of
// the noun says: a purpose is not yet done (PROPOSED), and none is read under a negated or
// speculative verb ("did not launch operations to …", "has no plans to attack").
func (c *coder) purpose(v int, evs []Event) []Event {
	n := c.purposeNoun(v)
	if n == 0 || len(evs) == 0 {
		return evs
	}
	for _, d := range c.t.Dependents(n, "det") {
		if strings.EqualFold(c.t.Word(d).Lemma, "no") {
			c.void(v, "the purpose of a noun with \"no\"")
			return nil
		}
	}
	if g := c.t.Word(n).Head; g > 0 && c.t.Word(g).UPOS == "VERB" {
		full, bare := c.verbLemma(g)
		for _, s := range c.senses(full, bare) {
			if s.Type == "REJECT" || s.Role == RoleRefuse || s.Role == RoleDeny || s.Role == RoleReverse {
				c.void(v, "the purpose of a noun that \""+full+"\" undoes")
				return nil // "rejected a request to allow", "reversed a decision to exclude"
			}
		}
		if evs = c.modality(g, evs); len(evs) == 0 {
			return nil
		}
	}
	role := c.purposeRole(n)
	for i := range evs {
		e := &evs[i]
		before := e.Type
		switch role {
		case RoleThreat:
			e.Type = "THREATEN"
		case RoleIntent:
			e.Type = Intended(e.Type)
		}
		if e.Type != before {
			e.Mode = "" // as under a verb of threat or intent (control)
		}
		e.Status = proposed
		e.Rule += " (purpose of \"" + c.t.Word(n).Lemma + "\")"
	}
	return evs
}

// purposeRole returns how the noun n governs its purpose, as the verb it names governs its
// complement: RoleThreat for a threat ("Iran's threat to attack Israel" is a threat, as "Iran
// threatened to attack Israel"), RoleIntent for a promise or a plan ("Russia's offer to send
// aid", as "Russia offered to send aid"), else RoleEvent (the purpose is the event: "a
// decision to attack", "operations to detain").
func (c *coder) purposeRole(n int) Role {
	if ns, ok := c.noun(n); ok && ns.Type == "THREATEN" {
		return RoleThreat
	}
	for _, s := range c.lex.Verb(strings.ToLower(c.t.Word(n).Lemma)) {
		if s.Role == RoleThreat || s.Role == RoleIntent {
			return s.Role
		}
	}
	return RoleEvent
}
