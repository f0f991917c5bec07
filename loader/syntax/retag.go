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
// officials said"), what a teller adds after them (", adding that three people died") and
// relative clauses opened by their pronoun subject ("officials it accused of …"); the word's
// form may be a past tense (pastForm), no auxiliary stands before it in its clause (after the
// last verb of saying before it), it follows a noun or pronoun directly and a noun phrase begins
// right after it ("Thai soldiers and Cambodian troops exchanged gunfire"), or a preposition does
// where the parser rooted the sentence in an infinitive after it (infinitiveRootAfter). A
// participle with no auxiliary after its noun is a reduced relative or a headline's passive only
// when something else is the clause's verb, or when no object follows it ("Protesters killed in
// clashes"), unless the verb has no passive at all: an intransitive verb's "-ed" form after its
// noun is its past tense ("Bolivian protesters clashed with police"). In a sentence that ends
// with a full stop, a word tagged an adjective, right after such a subject (no possessive: "his
// alleged death") and before a noun phrase, that is the "-ed" form of a verb is taken too
// ("Beijing imposed sanctions on Lockheed Martin": the tagger read "imposed" as an adjective on
// "sanctions"), and so is a word tagged a singular noun that is an irregular form of a verb
// ("… on Afghan territory drew condemnation from Kabul").
func untensedPast(ws []Word) int {
	at, aux, said := -1, false, false
	for i, w := range ws {
		switch {
		case said && w.UPOS == "VERB" && w.XPOS == "VBG" && clauseVerbs[strings.ToLower(w.Lemma)] && ws[i-1].Form == ",":
			// "…, Somalia said, adding that three people died": what the teller adds is
			// theirs, no verb of the clause before
			return at
		case w.UPOS == "VERB" && clauseVerbs[strings.ToLower(w.Lemma)] && (tensed[w.XPOS] || aux):
			if at < 0 {
				aux = false // "officials have said troops shelled …": the auxiliary is the saying's
			}
			said = at >= 0 && tensed[w.XPOS]
		case w.UPOS == "AUX" && at < 0:
			aux = true // an auxiliary before any candidate: "was seized", "have agreed"
		case tensed[w.XPOS] && !(at >= 0 && w.Deprel == "acl:relcl" && w.Head-1 > at && pronounRelative(ws, i)):
			// a relative clause on a noun after the candidate, opened by a pronoun, is no
			// clause's verb: "imposed sanctions on six Iranian officials it accused of …"
			return -1
		case at < 0 && !aux && w.UPOS == "VERB" && w.XPOS == "VBN" && pastForm(w.Form) && i > 0 && i+1 < len(ws) &&
			subjectTags[ws[i-1].UPOS] && (phraseOpeners[ws[i+1].UPOS] || intransitive[strings.ToLower(w.Lemma)] || infinitiveRootAfter(ws, i)) &&
			!strings.EqualFold(w.Form, w.Lemma):
			at = i
		case at < 0 && !aux && fullStop(ws) && i > 0 && i+1 < len(ws) && subjectTags[ws[i-1].UPOS] && phraseOpeners[ws[i+1].UPOS] &&
			(w.XPOS == "JJ" && ws[i-1].XPOS != "PRP$" && pastOfVerb(w.Form) || w.XPOS == "NN" && irregularPast(w.Form)):
			// prose has a verb: "Beijing imposed sanctions on …" ("imposed" an adjective), "The
			// strikes by Pakistan on Afghan territory drew condemnation" ("drew" a noun)
			at = i
		}
	}
	return at
}

// pronounRelative reports whether the relative clause of the verb at index i opens with its
// subject right before the verb, a relative pronoun ("who quit", "that killed him") or a personal
// one after a noun ("officials it accused").
func pronounRelative(ws []Word, i int) bool {
	if i < 2 {
		return false
	}
	p := &ws[i-1]
	if p.Head != ws[i].ID || !strings.HasPrefix(p.Deprel, "nsubj") {
		return false
	}
	return p.XPOS == "WP" || p.XPOS == "WDT" || p.XPOS == "PRP" && (ws[i-2].UPOS == "NOUN" || ws[i-2].UPOS == "PROPN")
}

// infinitiveRootAfter reports whether the parser rooted the sentence ws in a to-infinitive after
// index i: a sentence is no infinitive, so the participle at i, with no object after it, is the
// verb that takes it ("Washington and the European Union called on Caracas to reverse it").
func infinitiveRootAfter(ws []Word, i int) bool {
	for j := i + 1; j < len(ws); j++ {
		if ws[j].Head == 0 {
			return ws[j].UPOS == "VERB" && ws[j].XPOS == "VB" && j > 0 && strings.EqualFold(ws[j-1].Form, "to") && ws[j-1].Head == ws[j].ID
		}
	}
	return false
}

// irregularPast reports whether the lower-case form f is an irregular form of a verb the
// dictionary lists ("drew", "fled", "struck"), not its "-ing" form. (The dictionary lists
// "drew" as a noun too, a name.)
func irregularPast(f string) bool {
	if f != strings.ToLower(f) {
		return false
	}
	irr, err := irregularDict()
	if err != nil {
		return false
	}
	l, ok := irr.lemma(f, wcVerb)
	return ok && l != f && !strings.HasSuffix(f, "ing")
}

// pastOfVerb reports whether the lower-case "-ed" form f is the past of a verb the dictionary
// lists ("imposed", "banned", "shelled"), by dropping "d", "ed" or a doubled consonant and "ed".
func pastOfVerb(f string) bool { return len(f) >= 5 && edPast(f) }

// edPast reports whether the lower-case "-ed" form f, four letters or more, is the past of a verb
// the dictionary lists, by dropping "d", "ed" or a doubled consonant and "ed".
func edPast(f string) bool {
	if f != strings.ToLower(f) || !strings.HasSuffix(f, "ed") || len(f) < 4 {
		return false
	}
	stem := f[:len(f)-2]
	doubled := len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2]
	return DictionaryVerb(f[:len(f)-1]) || DictionaryVerb(stem) || doubled && DictionaryVerb(stem[:len(stem)-1])
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

// untensedPresent returns the index of a word the tagger read as a plural noun (NNS) where the
// sentence needs it to be a present tense (VBZ), or -1: the sentence has no tensed verb,
// auxiliary, modal or imperative but verbs of saying; the word directly follows the noun or name
// ending its subject, a noun phrase (a determiner, a number, a noun or a name, or an adjective
// before one) or a to-infinitive begins right after it, and it is the "-s" form of a verb the
// dictionary lists ("Video shows girl infested with nits", "President Obama plans a major speech
// Wednesday", "The army plans to release details": the sentence had come out as one noun
// phrase). A clause needs a verb; a plural noun between two noun phrases, or before an
// infinitive, with none is most often that verb. Of two such plurals side by side the second is
// the verb ("U.S. forces targets Shabab leader"). An adjective before the word is no subject's
// end ("a human rights lawyer", "the new phones face criticism"), unless the parser gave the
// word an object, which no noun takes, or the adjective is a noun too right after a determiner
// or a name ("The US military trains Iraqi pilots": the adjective is then the subject's noun).
func untensedPresent(ws []Word) int {
	at := -1
	for i, w := range ws {
		switch {
		case (w.UPOS == "VERB" || w.UPOS == "AUX") && clauseVerbs[strings.ToLower(w.Lemma)]:
		case tensed[w.XPOS], w.XPOS == "VB" && (i == 0 || ws[i-1].XPOS != "TO"):
			return -1 // a tensed verb, or an imperative ("find photography supplies websites")
		case at < 0 && w.XPOS == "NNS" && i > 0 && i+1 < len(ws) && (ws[i-1].UPOS == "NOUN" || ws[i-1].UPOS == "PROPN" ||
			ws[i-1].UPOS == "ADJ" && (hasChild(ws, w.ID, "obj") || nounAfterDeterminer(ws, i-1))) &&
			(nounPhraseAt(ws, i+1) || infinitiveAt(ws, i+1)) && presentForm(w.Form) && !(ws[i+1].XPOS == "NNS" && presentForm(ws[i+1].Form)):
			at = i
		}
	}
	return at
}

// nounAfterDeterminer reports whether the word at i is a noun too (the dictionary's) right after
// a determiner, a name or another adjective: "the military", "the US military", "the French
// military", "the firm".
func nounAfterDeterminer(ws []Word, i int) bool {
	return i > 0 && (ws[i-1].UPOS == "DET" || ws[i-1].UPOS == "PROPN" || ws[i-1].UPOS == "ADJ") && DictionaryNoun(strings.ToLower(ws[i].Form))
}

// untensedPlural returns the index of a word the tagger read as a singular noun (NN) where a
// headline needs it to be a plural present tense (VBP), or -1: the sentence has no tensed verb,
// auxiliary or modal, opens with two or more names joined by commas or "and" (a headline's
// subjects: "Russia, Ukraine swap hundreds of prisoners", "Egypt, Sudan sign military pact"), and
// the word right after the last name is a verb's base form the dictionary lists, lower case,
// with a noun phrase right after it. Two states do not make a compound of a verb's noun.
func untensedPlural(ws []Word) int {
	for _, w := range ws {
		if tensed[w.XPOS] || w.UPOS == "AUX" || w.XPOS == "VB" {
			return -1
		}
	}
	i, names := 0, 0
	for i < len(ws) && ws[i].UPOS == "PROPN" {
		for i < len(ws) && ws[i].UPOS == "PROPN" {
			i++
		}
		names++
		if i+1 < len(ws) && (ws[i].Form == "," || strings.EqualFold(ws[i].Form, "and")) && ws[i+1].UPOS == "PROPN" {
			i++
			continue
		}
		break
	}
	if names < 2 || i+1 >= len(ws) || ws[i].XPOS != "NN" || !nounPhraseAt(ws, i+1) || !baseVerb(ws[i].Form) {
		return -1
	}
	return i
}

// baseVerb reports whether form, in lower case, is a verb's base form the dictionary lists.
func baseVerb(form string) bool { return form == strings.ToLower(form) && DictionaryVerb(form) }

// infinitiveAt reports whether a to-infinitive begins at word i ("Kenya plans to send troops").
func infinitiveAt(ws []Word, i int) bool {
	return ws[i].XPOS == "TO" && i+1 < len(ws) && ws[i+1].XPOS == "VB"
}

// nounPhraseAt reports whether a noun phrase begins at word i: a determiner (not "such"), a
// number, a noun or a name, or an adjective with a noun or name right after it.
func nounPhraseAt(ws []Word, i int) bool {
	switch ws[i].UPOS {
	case "DET", "NUM", "NOUN", "PROPN":
		return true
	case "ADJ":
		return !strings.EqualFold(ws[i].Form, "such") && i+1 < len(ws) && (ws[i+1].UPOS == "NOUN" || ws[i+1].UPOS == "PROPN")
	}
	return false
}

// presentForm reports whether form, written in lower case, is the third person "-s" form of a
// verb the dictionary lists ("trains", "plans", "attacks", "talks"; not "news", nor "Forces" in
// capitals, which is left to the tagger): whether it is the verb, the sentence decides.
func presentForm(form string) bool {
	f := strings.ToLower(form)
	if form != f || !strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ss") {
		return false
	}
	wc, err := dictionary()
	if err != nil {
		return false
	}
	b, ok := wc.base(f, 1)
	return ok && b != f
}

// perfectHave returns the index of a form of "have" the tagger read as a verb of its own (VERB)
// where adverbs and then a past participle (VBN) follow it, or -1: "a Russian missile had briefly
// entered Polish airspace" had "had" a verb of possession, "entered" an adjective on "airspace".
// In EWT such a "have" is an auxiliary 263 times and a verb once ("I still have surgically
// induced hair loss").
func perfectHave(ws []Word) int {
	for i := range ws {
		if ws[i].UPOS != "VERB" || !haveForms[strings.ToLower(ws[i].Form)] {
			continue
		}
		j := i + 1
		for j < len(ws) && ws[j].UPOS == "ADV" {
			j++
		}
		if j > i+1 && j < len(ws) && ws[j].XPOS == "VBN" {
			return i
		}
	}
	return -1
}

// haveForms are the forms of "have" that make a perfect.
var haveForms = map[string]bool{"have": true, "has": true, "had": true, "having": true, "'ve": true, "'d": true}
