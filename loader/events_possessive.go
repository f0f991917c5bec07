package loader

import (
	"strings"

	"newsgraph"
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

// boundPossessives makes "its" stand for the subject of its own clause when that subject is a
// country or an organisation: in "Unlike the United States, …, Israel invests intense concern
// into the fate of its citizens" the citizens are Israel's, though the entity stage, which reads
// no tree, takes the sentence's first actor. The subject may be the noun a relative clause hangs
// on ("the UN, which renewed its mission") or that of the verb that a conjunct, an open
// complement or an adverbial clause with no subject of its own shares ("Jordan vowed to protect
// its pilots"); in the "over" phrase of a verb that names its party, that party (issueParty).
// An "its" inside the subject itself ("its leader said"), and one on what an act of hostility is
// done to ("Israel said Hezbollah fired rockets at its towns": reportedPossessives), are left
// as they are.
func boundPossessives(sc *sentCtx, t *syntax.Tree, ms []entities.Mention, lex *treeLexicon) {
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if w.UPOS != "PRON" || w.Deprel != "nmod:poss" || !strings.EqualFold(w.Form, "its") {
			continue
		}
		j := mentionAt(ms, w)
		v := possessiveClause(t, w.Head)
		if j < 0 || v == 0 {
			continue
		}
		k := issueParty(t, v, w.Head, id, ms) // "sanctions on Belarus over its support for Russia"
		if k < 0 && hostileAct(t, v, lex) {
			continue
		}
		if k < 0 {
			k = clauseSubject(t, v, id, ms)
		}
		if k < 0 || k == j || ms[k].EntityID == ms[j].EntityID {
			continue
		}
		if a := sc.actors[k]; a.Type == newsgraph.Country || a.Type == newsgraph.Organization {
			ms[j].EntityID = a.EntityID
			sc.actors[j] = a
		}
	}
}

// issueParty returns the index in ms of the party of verb v, named before the word at id, when
// the noun n that "its" modifies is in v's "over" phrase: what an act is done over is most often
// its party's own doing ("intimidate Germany over its support for Ukraine", "sanctions on Russia
// over its invasion of Ukraine"). The party is v's object or its "on", "upon" or "against"
// phrase; -1 when n is in no such phrase or no party is named.
func issueParty(t *syntax.Tree, v, n, id int, ms []entities.Mention) int {
	for depth := 0; n > 0 && n != v && depth < 6; depth++ {
		if w := t.Word(n); w.Head == v {
			if syntax.BaseRel(w.Deprel) != "obl" || t.Prep(n) != "over" {
				return -1
			}
			for _, ch := range t.Children(v) {
				cw := t.Word(ch)
				if ch < id && (cw.Deprel == "obj" || syntax.BaseRel(cw.Deprel) == "obl" && events.TargetPrep(t.Prep(ch))) {
					if k := mentionAt(ms, cw); k >= 0 {
						return k
					}
				}
			}
			return -1
		}
		n = t.Word(n).Head
	}
	return -1
}

// possessiveClause returns the head of the clause the noun n is in, through the nouns it
// modifies, or 0 when n is part of a clause's subject or of no clause.
func possessiveClause(t *syntax.Tree, n int) int {
	for depth := 0; n > 0 && depth < 6; depth++ {
		w := t.Word(n)
		switch r := syntax.BaseRel(w.Deprel); {
		case r == "nsubj" || r == "csubj" || r == "root" && w.UPOS != "VERB":
			return 0
		case w.UPOS == "VERB":
			return n
		case r == "obj" || r == "iobj" || r == "obl" || r == "nmod" || r == "conj" || r == "appos" || r == "compound":
			n = w.Head
		default:
			return 0
		}
	}
	return 0
}

// clauseSubject returns the index in ms of the subject of the clause of verb v, named before the
// word at id: v's own subject, or for a relative clause whose subject is a relative pronoun the
// noun it hangs on, or for a conjunct, a complement or an adverbial clause with no subject of its
// own that of the verb above. It returns -1 when that subject is no mention of ms.
func clauseSubject(t *syntax.Tree, v, id int, ms []entities.Mention) int {
	for depth := 0; v > 0 && depth < 4; depth++ {
		for _, ch := range t.Children(v) {
			cw := t.Word(ch)
			if cw.Deprel != "nsubj" || ch > id {
				continue
			}
			if a := events.RelativeAntecedent(t, ch); a > 0 {
				return mentionAt(ms, t.Word(a))
			}
			return mentionAt(ms, cw)
		}
		switch syntax.BaseRel(t.Word(v).Deprel) {
		case "conj", "xcomp", "advcl":
			v = t.Word(v).Head
		default:
			return -1
		}
	}
	return -1
}

// ownCountries makes "his country", "her government" or "their nation" as a clause's subject
// stand for the country of the one whose words the clause reports: in "Brazil's foreign
// minister said his country would not recognise the results" the country is Brazil. The
// speaker is the subject of a clause above, named before (sentenceAntecedent); only one that
// stands for a country gives it, through the person who speaks for it when one does (the actor's
// Via), as the sources of event data code the speaker. It returns ms with a mention for each
// such noun.
func ownCountries(sc *sentCtx, t *syntax.Tree, ms []entities.Mention) []entities.Mention {
	for id := 1; id <= len(t.S.Words); id++ {
		w := t.Word(id)
		if r := w.Deprel; r != "nsubj" && r != "nsubj:pass" || !ownCountryNoun[strings.ToLower(w.Form)] || overlapsMention(ms, w.Start, w.End) || !personalPossessive(t, id) {
			continue
		}
		k := sentenceAntecedent(t, id, ms)
		if k < 0 || sc.actors[k].Type != newsgraph.Country {
			continue
		}
		ms = append(ms[:len(ms):len(ms)], entities.Mention{Start: w.Start, End: w.End, Text: w.Form, EntityID: sc.actors[k].EntityID, Kind: "anaphor", Sentence: sc.si})
		sc.actors = append(sc.actors, sc.actors[k])
		sc.actorTok = append(sc.actorTok, sc.toks.tokenAt(w.Start))
	}
	return ms
}

// ownCountryNoun lists the nouns for the state a person speaks for, in the singular: "their
// countries" are those of several speakers.
var ownCountryNoun = map[string]bool{"country": true, "nation": true, "government": true}

// personalPossessive reports whether the noun n is owned by "his", "her" or "their".
func personalPossessive(t *syntax.Tree, n int) bool {
	for _, ch := range t.Dependents(n, "nmod:poss") {
		switch strings.ToLower(t.Word(ch).Form) {
		case "his", "her", "their":
			return true
		}
	}
	return false
}
