package syntax

import "strings"

// participleObjects reads "to" before a participle and a noun as a preposition: in "an airdrop
// of arms to besieged Kurds" the parser took "to besieged" for an infinitive with "Kurds" its
// object, so the airdrop besieged the Kurds. An infinitive's verb is a base form; an "-ed" or
// "-en" form that is not its own lemma ("besieged", "displaced", "stricken") is a participle
// modifying the noun after it. Only where the verb hangs on a noun (acl): a verb's "to" clause
// with a misspelt form ("refused to recognized the ceasefire", in EWT) stays a clause. The noun
// takes the verb's place, "to" becomes its case (ADP) and the participle its amod; the verb's
// other dependents go to the noun.
func participleObjects(s *Sentence) {
	ws := s.Words
	for vi := 1; vi+1 < len(ws); vi++ {
		v, to := &ws[vi], &ws[vi-1]
		f := strings.ToLower(v.Form)
		if v.UPOS != "VERB" || v.Deprel != "acl" || to.Head != v.ID || to.Deprel != "mark" || strings.ToLower(to.Form) != "to" ||
			f == strings.ToLower(v.Lemma) || !strings.HasSuffix(f, "ed") && !strings.HasSuffix(f, "en") {
			continue
		}
		ni := -1
		for j := vi + 1; j < len(ws); j++ {
			if ws[j].Head == v.ID && ws[j].Deprel == "obj" {
				ni = j
				break
			}
		}
		if ni < 0 || !nounPhraseFrom(ws, vi+1, ni) {
			continue
		}
		n := &ws[ni]
		for j := range ws {
			if ws[j].Head == v.ID && j != ni && j != vi-1 && j > vi {
				ws[j].Head = n.ID
				if ws[j].Deprel == "obl" {
					ws[j].Deprel = "nmod"
				}
			}
		}
		n.Head, n.Deprel = v.Head, "nmod"
		v.Head, v.Deprel, v.XPOS = n.ID, "amod", "VBN"
		to.Head, to.Deprel, to.UPOS, to.XPOS = n.ID, "case", "ADP", "IN"
	}
}

// nounPhraseFrom reports whether the words at indexes from to ni all belong to the phrase the
// word at ni heads: the noun phrase right after a verb is its object.
func nounPhraseFrom(ws []Word, from, ni int) bool {
	for i := from; i < ni; i++ {
		if !inSubtree(ws, ws[i].ID, ws[ni].ID) {
			return false
		}
	}
	return true
}

// betweenOnNames hangs a "between" phrase the parser hung on a name on the word that name
// itself modifies: in "Talks in Geneva between Iran and the United States" it made Iran and the
// United States modifiers of Geneva. A "between" phrase relates two parties to a relation or a
// span ("talks", "the border", "a gap"); in UD EWT 1 of 95 hang on a proper noun, a date.
func betweenOnNames(s *Sentence) {
	ws := s.Words
	for _, xi := range nmodsWith(ws, "between") {
		x := &ws[xi]
		name := &ws[x.Head-1]
		if name.UPOS != "PROPN" || name.Head == 0 || BaseRel(name.Deprel) != "nmod" && BaseRel(name.Deprel) != "obl" {
			continue
		}
		x.Head, x.Deprel = name.Head, name.Deprel
	}
}

// nominalAgents hangs a "by" phrase the parser hung on the "of" phrase of a noun of action on
// that noun: in "the shelling of Armenian villages by Azerbaijani troops" it made the troops a
// modifier of the villages, so the shelling had no agent. After a noun of action ("-ing",
// "-tion", "-sion", "-ment", "-al", "-ure": the shelling, the arrest, the release, the
// withdrawal, the seizure), "of" names what the act is done to and "by" who does it; a "by"
// phrase on a plain noun is left where it is ("a book of poems by Frost").
func nominalAgents(s *Sentence) {
	ws := s.Words
	for _, xi := range nmodsWith(ws, "by") {
		x := &ws[xi]
		y := &ws[x.Head-1]
		if y.Head == 0 || BaseRel(y.Deprel) != "nmod" || !hasCase(ws, y.ID, "of") {
			continue
		}
		if n := &ws[y.Head-1]; n.UPOS == "NOUN" && actionNoun(n.Form) && n.ID < y.ID && y.ID < x.ID {
			x.Head = n.ID
		}
	}
}

// agentTargets hangs a phrase of direction or target ("to", "on", "against", "into") the parser
// hung on the noun of a "by" phrase of a noun of action on that noun: in "the visit by Iran's
// president to Iraq" it made Iraq where the president was, so the visit went nowhere. After an
// act named by who does it, what follows says where or at whom the act goes ("strikes by Israel
// on Gaza", "a visit by the king to Oman"). Only for a noun whose most frequent sense is an act
// or an event (ActNoun) or that is formed like one (actionNoun), before the "by" phrase.
func agentTargets(s *Sentence) {
	ws := s.Words
	for _, prep := range []string{"to", "on", "against", "into"} {
		for _, xi := range nmodsWith(ws, prep) {
			x := &ws[xi]
			y := &ws[x.Head-1]
			if y.Head == 0 || BaseRel(y.Deprel) != "nmod" || !hasCase(ws, y.ID, "by") || y.ID > x.ID ||
				reportTime(strings.ToLower(x.Form)) || timeNoun(x.Lemma) {
				continue // "comment by the Post on Wednesday": a date says when, of the clause
			}
			if n := &ws[y.Head-1]; n.UPOS == "NOUN" && (ActNoun(strings.ToLower(n.Lemma)) || actionNoun(n.Form)) && n.ID < y.ID {
				x.Head = n.ID
			}
		}
	}
}

// actionNoun reports whether a noun's form ends like a noun made from a verb of action.
func actionNoun(form string) bool {
	f := strings.ToLower(form)
	for _, suf := range []string{"ing", "tion", "sion", "ment", "al", "ure"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+2 {
			return true
		}
	}
	return false
}

// takenFrom hangs a "from" phrase the parser hung on the object of a verb of taking on the verb:
// in "Iraqi forces recaptured Mosul from the Islamic State" it made the Islamic State a modifier
// of Mosul. One takes something from someone ("seized Crimea from Ukraine", "wrested the town
// from the rebels"); the verbs of taking are listed, as a "from" phrase on another verb's object
// often is the object's own ("called Matt from Bonafide", EWT).
//
// So does a verb of removal ("withdrew 200 peacekeepers from Liberia", "recalled its ambassador
// from Moscow", "evacuated citizens from Wuhan"), whose "from" phrase names where from, also
// where the parser hung it on what the object measures ("the batch of 200 peacekeepers from
// Liberia"); and a verb of taking whose object is "control" takes its "of" phrase's "from" phrase
// ("took control of several villages from Armenian separatists").
func takenFrom(s *Sentence) {
	ws := s.Words
	for _, xi := range nmodsWith(ws, "from") {
		x := &ws[xi]
		o := &ws[x.Head-1]
		if o.Deprel == "nmod" && o.Head != 0 && hasCase(ws, o.ID, "of") && ws[o.Head-1].Deprel == "obj" {
			obj := &ws[o.Head-1]
			control := strings.EqualFold(obj.Lemma, "control") // "took control of several villages from the separatists"
			if v := &ws[obj.Head-1]; v.UPOS == "VERB" && (removalVerbs[strings.ToLower(v.Lemma)] || control && TakingVerb(v.Lemma)) {
				x.Head, x.Deprel = v.ID, "obl"
			}
			continue
		}
		if o.Deprel != "obj" || o.Head == 0 {
			continue
		}
		if v := &ws[o.Head-1]; v.UPOS == "VERB" && (TakingVerb(v.Lemma) || removalVerbs[strings.ToLower(v.Lemma)]) {
			x.Head, x.Deprel = v.ID, "obl"
		}
	}
}

// removalVerbs move what they act on away from somewhere: their "from" phrase names where from.
var removalVerbs = setOf("withdraw", "pull", "remove", "evacuate", "recall", "expel", "extract", "airlift", "repatriate", "deport")

// nmodsWith returns the indexes of the nominal modifiers (nmod) whose preposition (case) is
// prep: the phrases betweenOnNames, nominalAgents and takenFrom may find hung on the wrong word.
func nmodsWith(ws []Word, prep string) []int {
	var out []int
	for i := range ws {
		c := &ws[i]
		if c.Deprel != "case" || c.Head == 0 || !strings.EqualFold(c.Form, prep) {
			continue
		}
		if x := &ws[c.Head-1]; x.Head != 0 && BaseRel(x.Deprel) == "nmod" {
			out = append(out, c.Head-1)
		}
	}
	return out
}

// TakingVerb reports whether the verb lemma takes a thing or a place from someone ("seize",
// "recapture", "wrest"): its "from" phrase names whom.
func TakingVerb(lemma string) bool { return takingVerbs[strings.ToLower(lemma)] }

// takingVerbs take a thing or a place from someone.
var takingVerbs = setOf("seize", "capture", "recapture", "retake", "take", "wrest", "win", "reclaim",
	"liberate", "regain", "grab", "snatch", "steal")

// toNouns reads as a preposition the "to" the parser made the infinitive mark of a noun: in
// "opened its borders to about one million refugees" the tagger read "to" before an adverb as
// the infinitive's, and the parser hung it on "refugees" as a mark. An infinitive marks a verb,
// or a noun that a copula makes a predicate ("to be president"); a noun with no copula takes
// "to" as its case.
func toNouns(s *Sentence) {
	ws := s.Words
	for i := range ws {
		to := &ws[i]
		if to.Deprel != "mark" || strings.ToLower(to.Form) != "to" || to.Head <= to.ID {
			continue
		}
		if n := ws[to.Head-1]; n.UPOS != "NOUN" && n.UPOS != "PROPN" || hasChild(ws, n.ID, "cop") {
			continue
		}
		to.Deprel, to.UPOS, to.XPOS = "case", "ADP", "IN"
	}
}
