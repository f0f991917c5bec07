package events

import (
	"slices"
	"strings"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// pairs makes one event from each subject to each object actor, or between the subjects of a
// mutual event ("X and Y agreed").
func (c *coder) pairs(v int, typ, mode string, mutual bool, rule string, subj []int, sw int, objs []arg) []Event {
	reciprocal := c.reciprocal(v) || c.reciprocalOwner(v) || c.reciprocalObject(v)
	objs = c.pairArgs(v, typ, reciprocal, subj, objs)
	private := c.privatePeople(subj)
	fightsIn := c.fightsWhere(v, typ, rule, subj)
	subj = c.notPeople(subj) // "carried out by a Saudi and a Turkmen": no state's act
	targets, tw, authors, placeOnly := c.partyTargets(typ, subj, objs, private, fightsIn)
	if len(targets) == 0 {
		targets, mode = c.placeTargets(typ, mode, mutual, subj, objs, tw)
	}
	sa, ss := c.agentOf(sw)
	if len(targets) == 0 && placeOnly && len(subj) == 1 {
		c.void(v, "where it is done is no party (\"fighting in Syria\")")
		return nil
	}
	if len(targets) == 0 && typ == "MOBILIZE" && len(subj) > 1 && c.exercise(objs) {
		// "Russia and China staged war games": exercises several states hold together are
		// joint, military cooperation (CAMEO 062, as own.tsv codes "joint exercise")
		typ, mode, mutual, rule = "COOPERATE", "", true, rule+" (joint)"
	}
	if len(targets) == 0 {
		if !c.eachOther(v, typ, mode, mutual, reciprocal, rule, subj, objs) {
			return nil
		}
		return mutualPairs(v, typ, mode, rule, subj, sa, ss)
	}
	var out []Event
	for _, s := range subj {
		for _, o := range targets {
			if s == o {
				continue
			}
			oa, os := c.agentOf(tw[o])
			t, r, ok := c.pairType(v, typ, rule, o, tw[o], authors)
			if !ok {
				continue
			}
			out = append(out, Event{Type: t, Mode: mode, Subject: s, Object: o, Mutual: mutual && len(subj) == 1,
				Trigger: v, Rule: r, SubjectAgent: sa, SubjectSector: ss, ObjectAgent: oa, ObjectSector: os})
		}
	}
	return out
}

// pairArgs returns the arguments among objs that may name the parties to an event of type typ
// that verb v tells of its subjects subj: the phrases of a noun the subject itself owns
// (ownExpression), the author that a reaction targets (reactionTargets), the recipient of a
// transfer (toRecipient); not what a reciprocal verb exchanges, nor where coordinated subjects
// go to meet.
func (c *coder) pairArgs(v int, typ string, reciprocal bool, subj []int, objs []arg) []arg {
	objs = reactionTargets(typ, c.ownExpression(v, subj, objs))
	objs = c.toRecipient(typ, objs)
	if reciprocal {
		objs = c.notIssues(notObjects(objs)) // "swapped prisoners": what is exchanged is no party
	}
	if typ == "CONSULT" && len(subj) >= 2 && c.forMeeting(objs) {
		// "U.S. and Russian negotiators return to Geneva for talks": where they go to meet is
		// no party; they meet each other
		objs = notDestinations(objs)
	}
	return objs
}

// fightsWhere reports whether an event of type typ that rule read from verb v is fighting told
// by the verb alone, with no object, by subjects subj none of which is a state: where they
// fight ("in Syria") is then no party.
func (c *coder) fightsWhere(v int, typ, rule string, subj []int) bool {
	// a verb of fighting itself (not a light verb with a noun: "airstrikes ordered … in Iraq")
	// with no object, whose subject is no state (a state's troops sent "to fight in Syria"
	// are read as fighting there, as event coders code a state's war by where it is fought)
	return typ == "FIGHT" && strings.HasPrefix(rule, "verb ") && c.child(v, "obj") == 0 &&
		!slices.ContainsFunc(subj, func(s int) bool { return c.actors[s].State && !c.actors[s].People })
}

// partyTargets returns the actors that the arguments objs of an event of type typ name as its
// parties, in order (targets), the word that names each (tw), and those that are the authors of
// an act of harm the verb reacts to (authors). placeOnly reports whether an "in" phrase naming
// an actor was passed over as only where private people (private) or fighters who are no state
// (fightsIn) act. The subjects subj's own forces and agents are no party.
func (c *coder) partyTargets(typ string, subj []int, objs []arg, private, fightsIn bool) (targets []int, tw map[int]int, authors map[int]bool, placeOnly bool) {
	tw = map[int]int{}
	authors = map[int]bool{} // targets that are the authors of an act of harm the verb reacts to
	topic := typ == "CONSULT" && withPartner(objs)
	aimed := c.hasTarget(typ, objs)
	opposed := strings.HasSuffix(newsgraph.QuadClass(typ), "-conflict") &&
		slices.ContainsFunc(objs, func(a arg) bool { return a.prep == "against" && len(a.actors) > 0 })
	// a party named as the object, or by a phrase of the verb that names a party: with an actor,
	// or without one an "on", "upon" or "against" phrase ("imposed sanctions on Raytheon over
	// arms sales to Taiwan")
	partyNamed := slices.ContainsFunc(objs, func(a arg) bool {
		named := len(a.actors) > 0 || TargetPrep(a.prep)
		return a.rel == "obj" && len(a.actors) > 0 || a.rel == "obl" && a.prep != "over" && named && c.partyPrep(typ, a) ||
			a.rel == "nmod" && len(a.actors) > 0 && !c.overIssue(a.head) && c.partyPrep(typ, a) // "a warrant for X"
	})
	objectParty := slices.ContainsFunc(objs, func(a arg) bool { return a.rel == "obj" && len(a.actors) > 0 })
	for _, a := range objs {
		if !c.partyPrep(typ, a) || topic && a.rel == "obj" {
			continue
		}
		if partyNamed && (a.prep == "over" && a.rel == "obl" || a.rel == "nmod" && c.overIssue(a.head)) || reactions[typ] && objectParty && a.rel == "nmod" && c.issuePhrase(a.head) {
			// "summoned the Tanzanian high commissioner over the expulsion of Kenyan traders":
			// with a party as its object (or in a phrase), what a verb is done over is the
			// issue, no second party
			continue
		}
		if aimed && (a.prep == "in" || a.prep == "inside" || a.prep == "within") {
			continue // "began airstrikes in Iraq and Syria against the Islamic State": where
		}
		if a.prep == "with" && (opposed || private && typ == "FIGHT") {
			// "filed a complaint with the U.N. against Israel": who hears it is no target, nor
			// who fights beside ("fought with the Kurds against IS"); a private person who
			// fights "with" an armed group has joined it ("traveled to Syria to fight with ISIS")
			continue
		}
		if a.prep == "in" && (private || fightsIn) {
			placeOnly = placeOnly || len(a.actors) > 0
			// "a former rapper fighting in Syria": where a private person acts, no party; and
			// where a group fights ("militants fighting for ISIS in Syria", "jihadists who
			// migrated to Libya after fighting in Syria") is not whom: an opponent is an object
			// or "against" ("hit military positions in Saudi Arabia" hits Saudi Arabia's)
			continue
		}
		if a.rel == "obj" && c.ownAgents(a.head) {
			continue // "IS leaders are training their fighters": the subject's own, no other party
		}
		for _, o := range a.actors {
			if a.rel == "obj" && (typ == "MOBILIZE" || typ == "AID") && c.servedBy(subj, o) && c.isForce(a.head) {
				continue // "President Ruto deployed Kenyan troops": his own state's forces, no party
			}
			if _, ok := tw[o]; !ok {
				tw[o] = a.head
			}
			targets = appendNew(targets, o)
			if a.rel == "owner" && c.harmAuthor(a.head) && !(c.t.Word(a.head).Deprel == "nmod:poss" && c.actors[o].Person) {
				// not a person as the possessor: "his arrest", "Foley's beheading" befell them
				authors[o] = true
			}
			if a.rel == "obj" && c.span[a.head] >= 0 && c.attackNoun(a.head) {
				// the act of force itself stands for its author, told before ("Syria
				// condemned the attack": the loader's actParties)
				authors[o] = true
			}
		}
	}
	return targets, tw, authors, placeOnly
}

// placeTargets returns the parties that an event of type typ (mode, mutual as its sense says)
// with none named among its arguments objs has by where it happens, and its mode then: the state
// where a meeting that a state's agent attends is held (a visit), or where a truce stops the
// fighting. It records in tw the word that names each.
func (c *coder) placeTargets(typ, mode string, mutual bool, subj []int, objs []arg, tw map[int]int) ([]int, string) {
	var targets []int
	if typ == "CONSULT" && !mutual && len(subj) == 1 && c.servesState(subj[0]) {
		var hosts []int
		for _, h := range c.meetingHosts(objs) {
			if !c.placeOfSubject(h, subj) {
				hosts = append(hosts, h) // "hosted the leaders … at a summit in St Petersburg": at home, no visit
			}
		}
		if len(hosts) > 0 {
			// "Buhari attended a summit in the United Kingdom": one who goes to a meeting held
			// in another country visits it (CAMEO's "ATTEND * SUMMIT (IN ^)", 042 "make a visit")
			targets, mode = hosts, "visit"
		}
	}
	if len(targets) == 0 && typ == "RETREAT" && c.truce(objs) {
		// "In Colombia, the ELN declared a monthlong ceasefire": a truce no one is named with
		// is with the state where the fighting stops (as event coders code it), or a place of
		// the subject's country; a town abroad is where it was signed ("signed a ceasefire in
		// Pretoria")
		for _, a := range objs {
			if a.prep != "in" {
				continue
			}
			for _, o := range a.actors {
				if (c.actors[o].State || c.actors[o].Place && c.placeOfSubject(o, subj)) && !slices.Contains(subj, o) {
					targets = appendNew(targets, o)
					tw[o] = a.head
				}
			}
		}
	}
	return targets, mode
}

// placeOfSubject reports whether the place actor o lies in the country of one of the subjects
// subj (its code theirs).
func (c *coder) placeOfSubject(o int, subj []int) bool {
	for _, s := range subj {
		if code := c.actors[s].Code; code != "" && code == c.actors[o].Code {
			return true
		}
	}
	return false
}

// eachOther reports whether the coordinated subjects subj of an event of type typ (mode, mutual
// as its sense says, read by rule from verb v) with no party among its arguments objs act on
// each other: by a mutual sense or type, a reciprocal verb or a thing they share; not in a
// mediation, nor where they act together on an object or launch an attack together.
func (c *coder) eachOther(v int, typ, mode string, mutual, reciprocal bool, rule string, subj []int, objs []arg) bool {
	shared := len(subj) > 1 && c.sharedObject(objs) // "X and Y reopened their shared border"
	if len(subj) < 2 || !(mutual || mutualType[typ] || reciprocal || shared) || mode == "mediation" || (!mutual || typ == "FIGHT" && verbAlone(rule)) && !shared && !reciprocal && c.actsOnObject(v, objs) {
		// "he and his brother battled the giant fish": a verb of fighting, mutual by
		// itself, with an object that names no event, is fought together against the object
		return false
	}
	if typ == "FIGHT" && !mutual && !reciprocal && !c.fightVerb(v) {
		// "AU troops and Somali forces launched an offensive": an attack launched, staged or
		// carried out is one side's, and coordinated subjects launch it together (a "joint"
		// one too)
		return false
	}
	return true
}

// mutualPairs returns a mutual event of type typ (mode, read by rule from verb v) between each
// two of the coordinated subjects subj, with the subject's agent word and sector sa and ss.
func mutualPairs(v int, typ, mode, rule string, subj []int, sa int, ss string) []Event {
	var out []Event
	for i := 0; i < len(subj); i++ {
		for j := i + 1; j < len(subj); j++ {
			out = append(out, Event{Type: typ, Mode: mode, Subject: subj[i], Object: subj[j], Mutual: true,
				Trigger: v, Rule: rule + " mutual subjects", SubjectAgent: sa, SubjectSector: ss, ObjectAgent: sa, ObjectSector: ss})
		}
	}
	return out
}

// pairType returns the type and rule of the event from a subject to the target o, named at word
// w, of an event of type typ that rule read from verb v; ok is false where there is none. A
// stance on an act of harm is taken on its author (authors) or pitied in its victim.
func (c *coder) pairType(v int, typ, rule string, o, w int, authors map[int]bool) (string, string, bool) {
	if (typ == "SUPPORT" || typ == "DISAPPROVE") && !strings.Contains(rule, " * ") && (authors[o] || c.harmVictim(v, w)) {
		// a stance taken by the verb itself on an act of harm ("backed the US-led
		// invasion of Iraq", "condemned the invasion of Iraq") is taken on its author;
		// its victim is backed against (no event) or pitied (sympathy: SUPPORT)
		switch {
		case authors[o]:
			return typ, rule + " (the author of the act)", true
		case typ == "SUPPORT" || len(authors) > 0:
			c.void(v, "a stance on an act of harm is none towards its victim")
			return "", "", false
		default:
			return "SUPPORT", rule + " (sympathy with the victim)", true
		}
	}
	if typ == "SUPPORT" && len(authors) > 0 {
		// sympathy over an act of harm ("condemns the murder of X") is with its victim;
		// where its author is named ("… by Y") the author is condemned, and that is the
		// event (as the word rules read it: victimOf)
		if !authors[o] {
			return "", "", false
		}
		return "DISAPPROVE", rule + " (the author of the harm)", true
	}
	return typ, rule, true
}

// notPeople returns the actors of subj that are not people named by their nationality
// (Actor.People).
func (c *coder) notPeople(subj []int) []int {
	out := subj[:0:0]
	for _, s := range subj {
		if !c.actors[s].People {
			out = append(out, s)
		}
	}
	return out
}

// privatePeople reports whether the actors as are all people who act for no state (no office
// named, Actor.Serves unset).
func (c *coder) privatePeople(as []int) bool {
	return len(as) > 0 && c.every(as, func(a Actor) bool { return a.Person && !a.Serves })
}

// servesState reports whether actor k is a state or one who holds its office.
func (c *coder) servesState(k int) bool {
	a := c.actors[k]
	return a.State && !a.People || a.Serves
}

// meetingHosts returns the states (or places of a state) an "in" phrase of a meeting noun among
// objs names ("a summit in the United Kingdom", "talks in Geneva"): where the meeting is held.
func (c *coder) meetingHosts(objs []arg) []int {
	var out []int
	for _, a := range objs {
		if h := c.t.Word(a.head).Head; a.prep != "in" || h == 0 || !meetingNouns[strings.ToLower(c.t.Word(h).Lemma)] {
			continue
		}
		for _, o := range a.actors {
			if x := c.actors[o]; x.State && !x.People || x.Place {
				out = appendNew(out, o)
			}
		}
	}
	return out
}

// forMeeting reports whether objs hold a "for" phrase naming a meeting ("for talks").
func (c *coder) forMeeting(objs []arg) bool {
	for _, a := range objs {
		if a.prep == "for" && meetingNouns[strings.ToLower(c.t.Word(a.head).Lemma)] {
			return true
		}
	}
	return false
}

// notDestinations drops the phrases of objs that say where to or where ("to Geneva", "in
// Geneva").
func notDestinations(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if a.prep != "to" && a.prep != "in" && a.prep != "into" {
			out = append(out, a)
		}
	}
	return out
}

// MeetingNoun reports whether the lower-case noun lemma names a meeting held somewhere (a
// summit, talks, a conference): "in" a place after it says where it is held.
func MeetingNoun(lemma string) bool { return meetingNouns[lemma] }

// meetingNouns name meetings held somewhere, which those who attend them travel to.
var meetingNouns = map[string]bool{"summit": true, "meeting": true, "conference": true, "talk": true, "negotiation": true,
	"forum": true, "session": true, "ceremony": true, "inauguration": true, "funeral": true, "congress": true,
	"convention": true, "gathering": true, "assembly": true}

// truce reports whether the direct object among objs names a truce: a ceasefire, a truce, a
// cessation of hostilities.
func (c *coder) truce(objs []arg) bool {
	return slices.ContainsFunc(objs, func(a arg) bool { return a.rel == "obj" && truceNouns[strings.ToLower(c.t.Word(a.head).Lemma)] })
}

// truceNouns name a truce.
var truceNouns = setOf("ceasefire", "cease-fire", "truce", "cessation", "armistice")

// exercise reports whether the direct object among objs names military exercises: an exercise,
// a drill, a war game or manoeuvres.
func (c *coder) exercise(objs []arg) bool {
	return slices.ContainsFunc(objs, func(a arg) bool {
		if a.rel != "obj" {
			return false
		}
		l := strings.ToLower(c.t.Word(a.head).Lemma)
		return exerciseNouns[l] || l == "game" && c.hasModifier(a.head, "war")
	})
}

// exerciseNouns name military exercises.
var exerciseNouns = setOf("exercise", "drill", "manoeuvre", "maneuver", "wargame")

// mutualType lists the types for which coordinated subjects without an object act together.
var mutualType = map[string]bool{"AGREE": true, "CONSULT": true, "COOPERATE": true, "FIGHT": true}

// MutualType reports whether events of type typ are ones two parties take part in together
// (mutualType): the same type between two parties either way round is one event.
func MutualType(typ string) bool { return mutualType[typ] }

// sharedObject reports whether a direct object of objs is a thing its coordinated subjects share:
// "their shared border", "their common frontier", "their joint venture", and any tie or
// relation, which is between those who hold it ("broke off relations").
func (c *coder) sharedObject(objs []arg) bool {
	for _, a := range objs {
		if a.rel != "obj" {
			continue
		}
		if l := strings.ToLower(c.t.Word(a.head).Lemma); standingTies[l] || truceNouns[l] {
			// "broke off relations": a tie is between those who hold it, and so is a truce
			// ("Colombia and the ELN extended a ceasefire")
			return true
		}
		for _, ch := range c.t.Dependents(a.head, "amod") {
			if sharedWords[strings.ToLower(c.t.Word(ch).Lemma)] {
				return true
			}
		}
	}
	return false
}

// sharedWords are the modifiers of a thing two parties share.
var sharedWords = setOf("share", "shared", "common", "joint", "mutual")

// verbAlone reports whether the rule read the event from the verb by itself, not from a pattern
// with its object ("signed an agreement") nor from a light verb's noun.
func verbAlone(rule string) bool {
	return strings.HasPrefix(rule, "verb ") && !strings.Contains(rule, " * ")
}

// actsOnObject reports whether objs hold a direct object that names no event: coordinated
// subjects then act on it together ("the army and allied fighters hit the positions and
// destroyed them"), not on each other. An event noun object keeps them mutual ("X and Y held
// talks"), and so does an object that names the event with its verb ("launched joint
// exercises").
func (c *coder) actsOnObject(v int, objs []arg) bool {
	full, bare := c.verbLemma(v)
	for _, a := range objs {
		if a.rel != "obj" || c.reciprocalPronoun(a.head) {
			continue // "fought each other", "attacked one another": the subjects act on each other
		}
		if ns, ok := c.noun(a.head); ok && ns.Type != "" {
			continue
		}
		noun := c.nounPhrase(a.head)
		if _, ok := c.lex.VerbObject(full, noun); ok {
			continue // the verb and its object name the event ("launched joint exercises")
		}
		if _, ok := c.lex.VerbObject(bare, noun); !ok {
			return true
		}
	}
	return false
}

// reciprocalPronoun reports whether the word at id begins "each other" or "one another".
func (c *coder) reciprocalPronoun(id int) bool {
	f := strings.ToLower(c.t.Word(id).Form)
	if f != "each" && f != "one" || id >= len(c.t.S.Words) {
		return false
	}
	next := strings.ToLower(c.t.Word(id + 1).Form)
	return f == "each" && next == "other" || f == "one" && next == "another"
}

// reciprocalOwner reports whether the direct object of verb v is owned by "each other" or "one
// another" ("X and Y expelled each other's diplomats"): its coordinated subjects act on each other.
func (c *coder) reciprocalOwner(v int) bool {
	o := c.child(v, "obj")
	if o <= 0 {
		return false
	}
	for _, ch := range c.t.Children(o) {
		if ch < o && c.reciprocalPronoun(ch) {
			return true // the possessor, or "each" read as its determiner
		}
	}
	return false
}

// reciprocalObject reports whether the object of verb v, or one of its obliques, is "each other"
// or "one another" ("Serbia and Kosovo blamed each other", "accused one another of …", "clashed
// with each other"): its coordinated subjects act on each other.
func (c *coder) reciprocalObject(v int) bool {
	for _, ch := range c.t.Children(v) {
		if r := syntax.BaseRel(c.t.Word(ch).Deprel); (r == "obj" || r == "iobj" || r == "obl") && c.reciprocalPronoun(ch) {
			return true
		}
	}
	return false
}

// fightVerb reports whether v's own lemma, without its object, is a verb of fighting ("fought",
// "clashed", "battled"), whose coordinated subjects fight each other; a light verb with an
// attack noun ("launched an offensive", "carried out strikes") is not.
func (c *coder) fightVerb(v int) bool {
	_, bare := c.verbLemma(v)
	ss := c.lex.Verb(bare)
	return len(ss) > 0 && ss[0].Type == "FIGHT"
}

// reciprocal reports whether v is a verb whose coordinated subjects act on each other whatever
// the event: "X and Y traded accusations", "exchanged fire", "swapped prisoners".
func (c *coder) reciprocal(v int) bool {
	_, bare := c.verbLemma(v)
	return bare == "trade" || bare == "exchange" || bare == "swap"
}

// notIssues drops the phrases of what an act is done over ("traded accusations over the
// treatment of traders"): the issue, no party.
func (c *coder) notIssues(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if !(a.prep == "over" && a.rel == "obl" || a.rel == "nmod" && c.overIssue(a.head)) {
			out = append(out, a)
		}
	}
	return out
}

// notObjects drops the direct and indirect objects of objs.
func notObjects(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if a.rel != "obj" && a.rel != "iobj" {
			out = append(out, a)
		}
	}
	return out
}

// harmVictim reports whether the word at w names whom an act of force in the object of verb v
// is done to: an "of", "on" or "against" phrase of the act's noun, or a person owning it
// ("backed the invasion of Iraq", "condemned the beheading of David Haines", "offered a reward
// for his arrest"), or the noun itself when it is the object, where the actors its phrase names
// are found (its authors are told apart before: pairs' authors).
func (c *coder) harmVictim(v, w int) bool {
	ww := c.t.Word(w)
	if ww.Deprel == "obj" && ww.Head == v && c.attackNoun(w) {
		return true
	}
	if ww.Head == 0 || !c.attackNoun(ww.Head) {
		return false
	}
	switch {
	case syntax.BaseRel(ww.Deprel) == "nmod" && (c.prep(w) == "of" || c.prep(w) == "on" || c.prep(w) == "against"):
	case ww.Deprel == "nmod:poss" && c.personWord(w):
	default:
		return false
	}
	for n, depth := ww.Head, 0; n > 0 && depth < 3; n, depth = c.t.Word(n).Head, depth+1 {
		if nw := c.t.Word(n); nw.Head == v && (nw.Deprel == "obj" || c.prep(n) == "for" || c.t.Word(v).UPOS == "NOUN" && syntax.BaseRel(nw.Deprel) == "nmod") {
			return true // the object of the verb, what it is for ("a reward for his arrest"), or a phrase of the event noun
		}
	}
	return false
}

// personWord reports whether the word at w is a person's name or a possessive pronoun of one
// person ("their" stands for a group or a state as often).
func (c *coder) personWord(w int) bool {
	switch strings.ToLower(c.t.Word(w).Form) {
	case "his", "her":
		return true
	}
	for _, k := range c.actorsOf(w) {
		if c.actors[k].Person {
			return true
		}
	}
	return false
}

// harmAuthor reports whether the word at w, an owner found by nounArgs, names the author of an
// act of force: the noun it belongs to (its head, or the head of the name the parser hung it on)
// is an attack or a killing.
func (c *coder) harmAuthor(w int) bool {
	for n, depth := c.t.Word(w).Head, 0; n > 0 && depth < 3; n, depth = c.t.Word(n).Head, depth+1 {
		if c.attackNoun(n) {
			return true
		}
	}
	return false
}

// issuePhrase reports whether the word at n is a phrase of a noun that the verb takes with a
// preposition of circumstance or reason ("accused India of involvement in the killing of a Sikh
// leader", the parser hanging "in the killing" on the verb): with a party as the object of a
// reaction, the noun's own parties are the issue's (not for an act of force: "killed 67 people
// in an attack on a Kenyan mall" attacks Kenya).
func (c *coder) issuePhrase(n int) bool {
	h := c.t.Word(n).Head
	if h <= 0 || syntax.BaseRel(c.t.Word(h).Deprel) != "obl" {
		return false
	}
	switch c.prep(h) {
	case "in", "for", "of", "over", "about", "during", "after", "amid", "despite":
		return true
	}
	return false
}

// overIssue reports whether the word at n is a phrase of a noun that a verb takes with "over"
// ("over the expulsion of Kenyan traders"): a part of the issue the verb is done over.
func (c *coder) overIssue(n int) bool {
	h := c.t.Word(n).Head
	return h > 0 && c.t.Word(h).Deprel == "obl" && c.prep(h) == "over"
}
