package events

import "strings"

// senses returns the senses of a verb with its particle ("call off"), or of the verb alone when
// the lexicon does not know the pair.
func (c *coder) senses(full, bare string) []Sense {
	if s := c.lex.Verb(full); len(s) > 0 || full == bare {
		return s
	}
	return c.lex.Verb(bare)
}

// verbSenses returns the senses of verb v: by its lemma, or by its form when the lexicon does
// not know the lemma (it also knows inflected forms, and a lemmatiser can miss an irregular one);
// "found" as a form of "find" is not the verb "found".
func (c *coder) verbSenses(v int, full, bare string) []Sense {
	if ss := c.senses(full, bare); len(ss) > 0 {
		return ss
	}
	if f := strings.ToLower(c.t.Word(v).Form); f != bare && !c.lex.KnowsVerb(bare) {
		return c.lex.Verb(f)
	}
	return nil
}

// specific returns the sense a verb takes with its object noun or a preposition and its noun
// ("impose sanctions", "call for a ceasefire"), before the verb's own.
func (c *coder) specific(full, bare string, objs []arg) (Sense, string, bool) {
	verbs := []string{full}
	if bare != full {
		verbs = append(verbs, bare)
	}
	for _, a := range objs {
		if s, ok := c.argumentSense(verbs, a, objs); ok {
			return s, s.Rule, true
		}
	}
	return Sense{}, "", false
}

// argumentSense returns the sense that one of verbs (the verb with its particle, then alone)
// takes with the argument a among objs: with a phrase the parser hung on the object
// (objectPrep), with the object noun, or with the preposition and noun of an oblique. A
// possessor or a noun's own phrase gives none, and an object that names actors only by the
// project's own entries (ownAgentSense).
func (c *coder) argumentSense(verbs []string, a arg, objs []arg) (Sense, bool) {
	for _, verb := range verbs {
		if a.rel != "obj" {
			break
		}
		if s, ok := c.objectPrep(verb, a.head); ok {
			return s, true
		}
	}
	if a.rel == "nmod" || a.rel == "owner" {
		return Sense{}, false
	}
	noun := c.nounPhrase(a.head)
	if len(a.actors) > 0 && c.span[a.head] >= 0 && c.sector[a.head] == "" {
		// a name is no object noun; an agent is ("expelled Chilean diplomats"), and so is
		// a thing that stands for its owner ("returned six Iraqi artifacts")
		return c.ownAgentSense(verbs, a, noun, objs)
	}
	for _, verb := range verbs {
		if a.rel == "obj" {
			if s, ok := c.objectNounSense(verb, a.head, noun); ok {
				return s, true
			}
		}
		if a.rel == "obl" && a.prep != "" {
			if s, ok := c.lex.VerbPrep(verb, a.prep, noun); ok {
				return s, true
			}
		}
	}
	return Sense{}, false
}

// ownAgentSense returns the sense that one of verbs takes, by the project's own entries ("own:")
// only, with the direct object a that names actors (its noun phrase noun), where a is a common
// noun; false for a name, an oblique, or a bare noun of people that is a predicate.
func (c *coder) ownAgentSense(verbs []string, a arg, noun string, objs []arg) (Sense, bool) {
	// A group named by a common noun is one only for the project's own entries ("holding a
	// German hostage"): CAMEO's patterns read such nouns as things ("attacked
	// communities", "named the suspect"). A bare noun of people is a predicate, not
	// the object: beside another object it says what that one is taken as ("took two
	// engineers hostage": predicates drops it); alone, the parser misread its clause
	// ("Luke Somers, held hostage by al Qaeda", parsed with Somers its subject)
	if c.t.Word(a.head).UPOS != "NOUN" || a.rel != "obj" || c.rolePredicate(a.head) && len(objectsOnly(objs)) < 2 {
		return Sense{}, false
	}
	for _, verb := range verbs {
		if s, ok := c.lex.VerbObject(verb, noun); ok && strings.HasPrefix(s.Rule, "own:") {
			return s, true
		}
	}
	return Sense{}, false
}

// objectNounSense returns the sense that verb takes with its direct object n (noun phrase noun):
// by the object's "of" phrase ("state of emergency"), its compound with "joint", the noun
// phrase, the kind a noun of systems names, or as troops for police and paramilitary forces.
func (c *coder) objectNounSense(verb string, n int, noun string) (Sense, bool) {
	if of := c.ofPhrase(n); of != "" {
		// "declared a state of emergency": an entry for the phrase itself, not one
		// the lexicon finds by its last word ("demanded millions of dollars")
		if s, ok := c.lex.VerbObject(verb, of); ok && strings.Contains(strings.ToLower(s.Rule), of) {
			return s, true
		}
	}
	if j := c.jointCompound(n); j != "" {
		// "staged joint war games": the compound is part of what is held jointly
		if s, ok := c.lex.VerbObject(verb, j); ok && strings.HasSuffix(s.Rule, j) {
			return s, true
		}
	}
	if s, ok := c.lex.VerbObject(verb, noun); ok && c.targetPhrase(s, n) {
		return s, true
	}
	if m := c.kindOfSystem(n); m != "" {
		// "sold 180 artillery systems": the kind names what is sold, as "artillery"
		if s, ok := c.lex.VerbObject(verb, m); ok {
			return s, true
		}
	}
	if c.securityForce(n) {
		// "sent 1,000 police officers to Haiti": police are sent, deployed or
		// withdrawn as the patterns name troops (CAMEO's &MILITARY)
		if s, ok := c.lex.VerbObject(verb, "troop"); ok {
			return s, true
		}
	}
	return Sense{}, false
}

// rolePredicate reports whether the word at id is a singular common noun of people with no
// determiner, number or modifier of its own: after a verb it says what the object is held,
// taken or made as ("held hostage", "holds captive", "was taken prisoner"), not whom the verb
// acts on. A bare mass noun ("declared war") is an object.
func (c *coder) rolePredicate(id int) bool {
	w := c.t.Word(id)
	if w.UPOS != "NOUN" || w.XPOS != "NN" || !c.peopleNoun(id) {
		return false
	}
	for _, ch := range c.t.Children(id) {
		switch c.t.Word(ch).Deprel {
		case "det", "amod", "nummod", "nmod:poss", "compound":
			return false
		}
	}
	return true
}

// objectPrep returns the sense a verb takes with a prepositional phrase that the parser hung on
// its object n, where the verb's patterns name that preposition and noun: "held civilians as
// human shields" parses as "civilians as human shields", but HOLD * (AS {HUMAN SHIELD}) says
// whose the phrase is (the ambiguity of "verb, object, prepositional phrase", decided by the
// verb's lexicon). A noun that names an actor is no pattern noun.
func (c *coder) objectPrep(verb string, n int) (Sense, bool) {
	for _, ch := range c.t.Dependents(n, "nmod") {
		p := c.prep(ch)
		switch {
		case ch < n || p == "":
			continue
		case p == "of":
			// "held hundreds of villagers as human shields": on what the object counts
			if s, ok := c.objectPrep(verb, ch); ok {
				return s, true
			}
			continue
		case c.span[ch] >= 0:
			continue
		}
		if s, ok := c.lex.VerbPrep(verb, p, c.nounPhrase(ch)); ok {
			return s, true
		}
	}
	return Sense{}, false
}

// kindOfSystem returns the compound noun before the noun n when n names only a make of things
// ("artillery systems", "missile batteries", "weapons packages"), or "": the compound says what
// the things are.
func (c *coder) kindOfSystem(n int) string {
	if n < 2 || !systemNouns[strings.ToLower(c.t.Word(n).Lemma)] {
		return ""
	}
	if w := c.t.Word(n - 1); w.Head == n && w.Deprel == "compound" && w.UPOS == "NOUN" {
		return strings.ToLower(w.Lemma)
	}
	return ""
}

// systemNouns name a make or a lot of things without saying what they are.
var systemNouns = map[string]bool{"system": true, "battery": true, "package": true, "unit": true}

// securityForce reports whether the noun at n names police or paramilitary forces (Phoenix
// sector COP), which the lexicon's patterns do not list beside troops.
func (c *coder) securityForce(n int) bool {
	s, ok := c.lex.Agent(c.nounPhrase(n)) // "police officer"
	if !ok {
		s, ok = c.lex.Agent(strings.ToLower(c.t.Word(n).Lemma))
	}
	return ok && strings.HasPrefix(s, "COP")
}

// otherSense returns the sense of verb v where no CAMEO pattern of its object decided (ok false
// on entry): a prepositional verb by the preposition of an argument, force by a weapon, or the
// verb's first sense; ok is false when there is none.
func (c *coder) otherSense(v int, full, bare string, ss []Sense, sense Sense, rule string, ok bool, objs []arg) (Sense, string, bool) {
	if !ok && full == bare {
		// a verb with a particle of its own is no other prepositional verb: "stepped out in
		// public" is not "step in"
		sense, ok = c.prepositional(bare, objs)
		rule = sense.Rule
	}
	if !ok {
		sense, ok = c.weaponForce(v, bare)
		rule = sense.Rule
	}
	if !ok && len(ss) > 0 {
		sense, rule, ok = ss[0], ss[0].Rule, true
	}
	return sense, rule, ok
}

// prepositional returns the sense of a prepositional verb whose preposition heads one of its
// obliques ("entered into a partnership", "called on X", "fired at X").
func (c *coder) prepositional(bare string, objs []arg) (Sense, bool) {
	for _, a := range objs {
		if a.rel == "obl" && a.prep != "" {
			if ss := c.lex.Verb(bare + " " + a.prep); len(ss) > 0 {
				return ss[0], true
			}
		}
	}
	return Sense{}, false
}

// targetPhrase reports whether the object noun n has the "against" phrase in which a CAMEO
// pattern of cooperation (sense s) puts its target, on the noun or on its verb, or whether the
// pattern needs none. "OPPOSE * ACTION (AGAINST)" is cooperation (030) with whom the action is
// against ("opposed action against Iran"); without that phrase it reads another sentence
// ("protests Chinese coast guard action" names no such party). A pattern of conflict keeps its
// sense with any phrase ("launch its own air campaign over Iraq").
func (c *coder) targetPhrase(s Sense, n int) bool {
	if !strings.HasPrefix(s.Rule, "cameo:") || !strings.HasSuffix(s.Rule, " (AGAINST)") || !cooperation(s.Type) {
		return true
	}
	for _, ch := range append(c.t.Children(n), c.t.Children(c.t.Word(n).Head)...) {
		if c.prep(ch) == "against" {
			return true
		}
	}
	return false
}
