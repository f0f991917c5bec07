package syntax

import "strings"

// casedComplements makes a noun the parser hung on a verb as xcomp with a preposition as its
// case an oblique: in "Turkey opened its borders to such a large number of Syrians" it made
// "number" an xcomp, so the recipients were no argument. A nominal xcomp is a predicate with no
// preposition ("elected him president") unless "be" links it ("to be in a world of hurt"); a noun
// with one and no copula is an oblique (UD), unless it is a bare verb form the tagger misread
// after "to" (bareVerbForm).
func casedComplements(s *Sentence) {
	ws := s.Words
	for i := range ws {
		n := &ws[i]
		if n.Deprel == "xcomp" && nominal[n.UPOS] && prepositionOn(ws, n.ID) && !hasChild(ws, n.ID, "cop") && !bareVerbForm(ws, n) {
			n.Deprel = "obl"
		}
	}
}

// bareVerbForm reports whether the noun n has no determiner or modifier and its form is a verb
// the dictionary lists: after "to" it is an infinitive the tagger misread ("want to position this
// service", "had to audition"), not a noun ("rose to fame", "went to hospital").
func bareVerbForm(ws []Word, n *Word) bool {
	if n.UPOS != "NOUN" || !DictionaryVerb(strings.ToLower(n.Form)) {
		return false
	}
	for _, r := range []string{"det", "amod", "nmod:poss", "compound", "nummod"} {
		if hasChild(ws, n.ID, r) {
			return false
		}
	}
	return true
}

// nameObjects makes a name the parser hung on a tensed verb as a predicate (xcomp), where the
// verb has no object, that verb's object: in "Gabon's military leaders freed the ousted president
// Ali Bongo" it made "Ali" an xcomp, as if the leaders freed someone into being Ali Bongo. A name
// is a predicate of verbs of naming ("a man named Ali Mohammed", "a tool called CONFIRMIT") and
// of being ("seems to be the US"), never of another verb without an object: EWT has 38 names as
// xcomp with no object beside them, all of those verbs but two misparses.
func nameObjects(s *Sentence) {
	ws := s.Words
	for i := range ws {
		n := &ws[i]
		if n.Deprel != "xcomp" || n.UPOS != "PROPN" || n.Head <= 0 || hasChild(ws, n.ID, "cop") || hasChild(ws, n.ID, "case") ||
			weekdays[n.Form] || monthNames[n.Form] {
			continue // "were first reported Monday": a time
		}
		v := &ws[n.Head-1]
		if v.UPOS != "VERB" || !finite(ws, v) || namingVerbs[strings.ToLower(v.Lemma)] ||
			hasChild(ws, v.ID, "obj") || hasChild(ws, v.ID, "iobj") || hasChild(ws, v.ID, "nsubj:pass") {
			continue
		}
		n.Deprel = "obj"
	}
}

// namingVerbs take a name as their predicate: naming, calling, electing and being.
var namingVerbs = map[string]bool{"name": true, "call": true, "christen": true, "dub": true, "term": true,
	"title": true, "label": true, "nickname": true, "rename": true, "appoint": true, "elect": true,
	"make": true, "become": true, "remain": true, "seem": true, "appear": true, "stay": true,
	"bear": true, "crown": true, "declare": true, "proclaim": true, "nominate": true}

// monthNames are the months' names, which name a time, not a party.
var monthNames = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true, "October": true, "November": true, "December": true}
