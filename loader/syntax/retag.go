package syntax

import "strings"

// givenTags returns the UPOS and XPOS each word came with ("" where the model is to tag it), or
// nil when none came tagged (most sentences: nothing to keep, nothing to allocate).
func givenTags(ws []Word) [][2]string {
	var out [][2]string
	for i, w := range ws {
		if w.XPOS != "" {
			if out == nil {
				out = make([][2]string, len(ws))
			}
			out[i] = [2]string{w.UPOS, w.XPOS}
		}
	}
	return out
}

// untensedPast returns the index of a word the tagger read as a participle (VBN) where the
// sentence needs it to be a past tense, or -1: the sentence has no tensed verb or modal but
// verbs of saying (clauseVerbs: "Israel said Hamas fired rockets", "Rebels seized the town,
// officials said"), the word's form may be a past tense (pastForm), no auxiliary stands before it
// in its clause (after the last verb of saying before it), it follows a noun or pronoun directly
// and a noun phrase begins right after it ("Thai soldiers and Cambodian troops exchanged
// gunfire"). A participle with no auxiliary after its noun is a reduced relative or a headline's
// passive only when something else is the clause's verb, or when no object follows it
// ("Protesters killed in clashes"), unless the verb has no passive at all: an intransitive verb's
// "-ed" form after its noun is its past tense ("Bolivian protesters clashed with police").
func untensedPast(ws []Word) int {
	at, aux := -1, false
	for i, w := range ws {
		switch {
		case w.UPOS == "VERB" && clauseVerbs[strings.ToLower(w.Lemma)] && (tensed[w.XPOS] || aux):
			if at < 0 {
				aux = false // "officials have said troops shelled …": the auxiliary is the saying's
			}
		case w.UPOS == "AUX" && at < 0:
			aux = true // an auxiliary before any candidate: "was seized", "have agreed"
		case tensed[w.XPOS]:
			return -1
		case at < 0 && !aux && w.UPOS == "VERB" && w.XPOS == "VBN" && pastForm(w.Form) && i > 0 && i+1 < len(ws) &&
			subjectTags[ws[i-1].UPOS] && (phraseOpeners[ws[i+1].UPOS] || intransitive[strings.ToLower(w.Lemma)]) &&
			!strings.EqualFold(w.Form, w.Lemma):
			at = i
		}
	}
	return at
}

// intransitive are verbs of news whose passive is rare: without an object after them they are
// used intransitively ("clashed with police", "gathered outside parliament", "met in Geneva"),
// so their "-ed" form after a subject, with no auxiliary, is a past tense.
var intransitive = setOf("clash", "collide", "quarrel", "feud", "skirmish", "gather", "rally", "riot",
	"march", "flee", "arrive", "erupt", "retreat", "surrender", "resign", "protest", "demonstrate",
	"negotiate", "cooperate", "collaborate", "meet", "talk", "agree", "disagree", "die")

var (
	tensed        = setOf("VBD", "VBZ", "VBP", "MD")
	subjectTags   = setOf("NOUN", "PROPN", "PRON")
	phraseOpeners = setOf("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON")
)
