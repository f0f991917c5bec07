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
// sentence needs it to be a past tense, or -1: the sentence has no tensed verb or modal at all,
// the word's form may be a past tense (pastForm), no auxiliary stands before it, it follows a
// noun or pronoun directly and a noun phrase begins right after it ("Thai soldiers and
// Cambodian troops exchanged gunfire", "Rebels seized the town"). A participle with no
// auxiliary after its noun is a reduced relative or a headline's passive only when something
// else is the sentence's verb, or when no object follows it ("Protesters killed in clashes"),
// unless the verb has no passive at all: an intransitive verb's "-ed" form after its noun is
// its past tense ("Bolivian protesters clashed with police").
func untensedPast(ws []Word) int {
	at := -1
	for i, w := range ws {
		switch {
		case tensed[w.XPOS]:
			return -1
		case w.UPOS == "AUX":
			if at < 0 {
				return -1 // an auxiliary before any candidate: "was seized", "have agreed"
			}
		case at < 0 && w.UPOS == "VERB" && w.XPOS == "VBN" && pastForm(w.Form) && i > 0 && i+1 < len(ws) &&
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
