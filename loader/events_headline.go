package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/entities"
	"newsgraph/loader/syntax"
)

// headlineCase lower-cases, for the tagger, the words of a sentence written in title case
// ("U.S. Lifts Travel Ban to Lebanon") that no mention covers and the dictionary knows: there the
// capitals mark the style, not names, and the tagger, which reads a capital as a sign of a name,
// made every word a proper noun and the sentence a name with no verb. It returns the words'
// forms as written, for restoreForms once the sentence is parsed; nil when s is no headline.
func headlineCase(s *syntax.Sentence, ms []entities.Mention) []string {
	if !titleCase(s.Words, ms) {
		return nil
	}
	forms := make([]string, len(s.Words))
	for i := range s.Words {
		w := &s.Words[i]
		forms[i] = w.Form
		if i == 0 || !capitalised(w.Form) || acronym(w.Form) || overlapsMention(ms, w.Start, w.End) {
			continue
		}
		if l := strings.ToLower(w.Form); syntax.DictionaryForm(l) {
			w.Form = l
		}
	}
	return forms
}

// restoreForms gives the words of s back the forms headlineCase lower-cased (their lemmas stay
// those of the lower-case forms).
func restoreForms(s *syntax.Sentence, forms []string) {
	if forms == nil {
		return
	}
	for i := range s.Words {
		s.Words[i].Form = forms[i]
	}
}

// titleCase reports whether the words after the first that no mention covers are written as a
// title is: at least two words of three letters or more, and three in four of them capitalised
// (the short function words "and", "the", "for", which a title keeps in lower case, aside).
func titleCase(ws []syntax.Word, ms []entities.Mention) bool {
	caps, all := 0, 0
	for i := 1; i < len(ws); i++ {
		w := ws[i]
		r, _ := utf8.DecodeRuneInString(w.Form)
		if !unicode.IsLetter(r) || utf8.RuneCountInString(w.Form) < 3 || titleLower[strings.ToLower(w.Form)] ||
			overlapsMention(ms, w.Start, w.End) {
			continue
		}
		all++
		if capitalised(w.Form) {
			caps++
		}
	}
	return caps >= 2 && 4*caps >= 3*all
}

// titleLower are the short function words a title keeps in lower case.
var titleLower = setOf("and", "the", "for", "but", "nor", "yet")
