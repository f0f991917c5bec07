package loader

import (
	"strings"

	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// reportedPossessives makes "its" and "their" on what a reported act of hostility is done to
// stand for the party that reports it: in "Armenia says Azerbaijani troops attacked its
// positions" and "Israel said Hezbollah fired rockets at its northern towns" the positions and
// the towns are the speaker's. A state seldom attacks, shells or seizes what is its own, so the
// possessive passes over the clause's own subject to the subject of the verb of saying above
// it. Outside a reported clause, or on a verb that is no act of hostility ("Turkey said Syrian
// forces moved their troops"), the possessive is left as it is. It returns ms with a mention
// for each such pronoun the entity stage did not resolve, and the start offsets of the
// pronouns that stand for the speaker (events.Actor.Owner).
func reportedPossessives(sc *sentCtx, t *syntax.Tree, ms []entities.Mention, lex *treeLexicon) ([]entities.Mention, map[int]bool) {
	var owners map[int]bool
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.UPOS != "PRON" || w.Deprel != "nmod:poss" {
			continue
		}
		if l := strings.ToLower(w.Form); l != "its" && l != "their" {
			continue
		}
		if ownWord(t, w.Head) {
			continue // "shelled its own positions": the clause's own subject's
		}
		v := clauseOfArgument(t, w.Head)
		if v == 0 || !hostileAct(t, v, lex) {
			continue
		}
		k := speakerOf(t, v, ms)
		if k < 0 {
			continue
		}
		if j := mentionAt(ms, w); j >= 0 {
			if ms[j].EntityID != ms[k].EntityID {
				continue // the entity stage read it as another's
			}
		} else {
			a := sc.actors[k]
			ms = append(ms[:len(ms):len(ms)], entities.Mention{Start: w.Start, End: w.End, Text: w.Form, EntityID: a.EntityID, Kind: "anaphor", Sentence: sc.si})
			sc.actors = append(sc.actors, a)
			sc.actorTok = append(sc.actorTok, sc.toks.tokenAt(w.Start))
		}
		if owners == nil {
			owners = map[int]bool{}
		}
		owners[w.Start] = true
	}
	return ms, owners
}

// ownWord reports whether the noun n is modified by "own" ("its own positions").
func ownWord(t *syntax.Tree, n int) bool {
	for _, ch := range t.Children(n) {
		if strings.EqualFold(t.Word(ch).Form, "own") {
			return true
		}
	}
	return false
}

// clauseOfArgument returns the verb whose object or oblique the noun n is, directly or as the
// noun an "of" phrase or a conjunct hangs on, or 0.
func clauseOfArgument(t *syntax.Tree, n int) int {
	for depth := 0; n > 0 && depth < 3; depth++ {
		w := t.Word(n)
		switch r := syntax.BaseRel(w.Deprel); {
		case (r == "obj" || r == "obl") && w.Head > 0 && t.Word(w.Head).UPOS == "VERB":
			return w.Head
		case r == "nmod" || r == "conj":
			n = w.Head
		default:
			return 0
		}
	}
	return 0
}

// hostileAct reports whether the verb v of t is an act of force, coercion or sanction in the
// lexicon, or fires a weapon ("fired rockets at").
func hostileAct(t *syntax.Tree, v int, lex *treeLexicon) bool {
	for _, s := range lex.Verb(strings.ToLower(t.Word(v).Lemma)) {
		switch s.Type {
		case "FIGHT", "ASSAULT", "COERCE", "SANCTION":
			return true
		}
	}
	for _, ch := range t.Dependents(v, "obj") {
		if events.WeaponNoun(strings.ToLower(t.Word(ch).Lemma)) {
			return true
		}
	}
	return false
}

// speakerOf returns the index in ms of the subject of the verb of saying whose complement is
// the clause of verb v ("Armenia says … attacked"), when that subject is not v's own, or -1.
func speakerOf(t *syntax.Tree, v int, ms []entities.Mention) int {
	w := t.Word(v)
	if w.Deprel != "ccomp" || w.Head == 0 {
		return -1
	}
	own := -1
	for _, ch := range t.Dependents(v, "nsubj") {
		own = mentionAt(ms, t.Word(ch))
	}
	for _, ch := range t.Dependents(w.Head, "nsubj") {
		if k := mentionAt(ms, t.Word(ch)); k >= 0 && (own < 0 || ms[k].EntityID != ms[own].EntityID) {
			return k
		}
	}
	return -1
}
