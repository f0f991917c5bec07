// Package lexicon is the event lexicon generated from data: the CAMEO verb dictionaries of the
// PETRARCH coders (about 400 verb blocks, 1,800 verbs, 16,000 patterns), mapped to the 18 PLOVER
// types of CONTRACT.md by the CAMEO→PLOVER table, the Phoenix agents dictionary with its sectors,
// and the project's own entries on top (data/own.tsv), which override CAMEO. See README.md for the
// sources, licences and what was kept.
//
// Lookups are by lemma: lower case, phrasal verbs and multi-word nouns with spaces ("call off",
// "coast guard"). Objects and agents go through the package lemma on both sides, so "sanctions" and
// "sanction" find the same entry; a verb may also be given in a form its dictionary lists
// ("said"). The data are parsed once, on first use; every function is safe for concurrent use.
package lexicon

import "newsgraph/loader/lexicon/lemma"

//go:generate go run ./gen -out data

// Sense is what a trigger means in the lexicon.
type Sense struct {
	Type string // one of the 18 PLOVER types of CONTRACT.md, or "" when the code names no event
	Mode string // PLOVER mode from the table, or ""
	Code string // the CAMEO code, e.g. "057"; "---" for CAMEO's explicit no-event; "" for own entries without one
	Rule string // a short readable name of the entry, e.g. "cameo:SIGN" or "cameo:IMPOSE * SANCTION" or "own:lift * sanction"
}

// Verb returns the default sense of a verb lemma (lower case; phrasal verbs as "call off"): the
// verb block's default code. ok is false when the verb is unknown or its block has no default.
// A Sense with Type "" and ok true is a statement (CAMEO 01x) or an appeal (02x, Mode "appeal").
func Verb(lemmaOrForm string) (Sense, bool) {
	t := load()
	v := t.verbKey(lemmaOrForm)
	if s, ok := t.ownVerbs[v]; ok {
		if s.Type == "" { // an own entry of type "-" removes the default
			return Sense{}, false
		}
		return s, true
	}
	e, ok := t.verbs[v]
	if !ok || e.code == "" {
		return Sense{}, false
	}
	return t.sense(e.code, "cameo:"+e.upper), true
}

// IsVerb reports whether the lemma is any verb the lexicon knows (with or without a default).
func IsVerb(lemmaOrForm string) bool {
	t := load()
	v := t.verbKey(lemmaOrForm)
	_, ok := t.verbs[v]
	_, own := t.ownVerbs[v]
	return ok || own
}

// NeedsObject reports whether a verb's default is too broad to code an event alone: CAMEO gives
// it one sense of many ("fire" 190: fire a minister; "release" 084; "take" 171). Such a verb
// should code through VerbObject or VerbPrep, or a clear event frame (own.tsv lists them).
func NeedsObject(lemmaOrForm string) bool {
	t := load()
	return t.broad[t.verbKey(lemmaOrForm)]
}

// VerbObject returns the sense of a verb with the lemma of its direct object's head noun
// ("impose","sanction" → the own entry SANCTION; CAMEO has COERCE 163), from patterns "* NOUN",
// "* {ADJ NOUN}" (head = last word) and "* &SYNSET" (every member). The object may be a phrase
// ("peace talks"): own entries for the phrase, then for its head word, come first; then CAMEO's,
// for the phrase, then for its head. An entry with Code "---" (Type "") says CAMEO codes that
// verb with that object as no event.
func VerbObject(verb, object string) (Sense, bool) {
	return load().lookup(verb, "", object)
}

// VerbPrep returns the sense of a verb with a preposition and the lemma of the preposition's noun
// ("call","for","ceasefire"); object "" matches patterns "* (PREP)" alone. Like VerbObject, a
// phrase object falls back to its head word; it does not fall back to the preposition alone.
func VerbPrep(verb, prep, object string) (Sense, bool) {
	p := lemma.Clean(prep)
	if p == "" {
		return Sense{}, false
	}
	return load().lookup(verb, p, object)
}

// Agent returns the sector code (GOV, MIL, COP, JUD, LEG, OPP, REB, BUS, MED, CVL, ...) of an agent
// noun lemma or multi-word lemma ("police", "coast guard", "foreign ministry", "troop",
// "official"), from Phoenix.agents.txt and the own entries. The sector is the first three letters
// of the agent's code; AgentCode gives the whole code.
func Agent(noun string) (sector string, ok bool) {
	code, ok := AgentCode(noun)
	if !ok {
		return "", false
	}
	return code[:min(3, len(code))], true
}

// AgentCode returns the whole Phoenix agent code of an agent noun ("foreign minister" → "GOVFRM",
// "human rights activist" → "NGM"); ok is false for a noun that is no agent.
func AgentCode(noun string) (code string, ok bool) {
	t := load()
	k := lemma.Noun(noun)
	if c, ok := t.ownAgents[k]; ok {
		return c, true
	}
	c, ok := t.agents[k]
	return c, ok
}
