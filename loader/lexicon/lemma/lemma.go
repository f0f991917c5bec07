// Package lemma is the small English lemmatiser the event lexicon uses on both sides of a lookup:
// on the dictionary's upper-case, often inflected forms when the lexicon is generated, and on the
// caller's words when it is asked. Because both sides go through the same functions, a word that
// this lemmatiser gets "wrong" ("arms" → "arm") still finds its entry; what matters is that
// different words do not collide.
//
// Rules, in order: lower case; "_" and runs of spaces become one space; for nouns, the last word of
// a phrase is made singular by an irregular table (men → man, people → person, police stays), then
// by suffix rules (-men → -man, -ies → -y, -sses/-xes/-ches/-shes/-zzes → drop "es", -ves in a short list → -f,
// -s → drop, except after s, u, i and in a short list of words that end in -s in the singular).
// Verbs are not stemmed by rule: their irregular and regular forms come from the dictionary's own
// {…} lists (see the lexicon's Verb).
package lemma

import "strings"

// Clean lower-cases s, turns "_" into spaces and collapses white space, trimming both ends.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ToLower(strings.ReplaceAll(s, "_", " "))
	return strings.Join(strings.Fields(s), " ")
}

// isClean reports whether Clean would return s unchanged (ASCII, no upper case, no "_", single
// inner spaces), so that the common case allocates nothing.
func isClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' || c == '_' || c < ' ' || c == ' ' && s[i-1] == ' ' {
			return false
		}
	}
	return true
}

// Noun returns the lemma of a noun or noun phrase: Clean, then the last word made singular
// ("SANCTIONS" → "sanction", "ARMED_FORCES" → "armed force", "coast guards" → "coast guard").
func Noun(s string) string {
	s = Clean(s)
	i := strings.LastIndexByte(s, ' ')
	return s[:i+1] + Singular(s[i+1:])
}

// irregular maps plural nouns that the suffix rules get wrong to their singular.
var irregular = map[string]string{
	"men": "man", "women": "woman", "people": "person", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "personnel": "personnel",
	"thieves": "thief", "wives": "wife", "knives": "knife", "lives": "life", "leaves": "leaf",
	"halves": "half", "wolves": "wolf", "selves": "self", "shelves": "shelf", "loaves": "loaf",
	"chiefs": "chief", "criteria": "criterion", "phenomena": "phenomenon", "media": "media",
	"data": "data", "series": "series", "species": "species", "news": "news", "headquarters": "headquarters",
	"crises": "crisis", "analyses": "analysis", "theses": "thesis", "bases": "base", "cases": "case",
	"vases": "vase", "houses": "house", "clauses": "clause", "causes": "cause", "purposes": "purpose",
	"responses": "response", "licenses": "license", "expenses": "expense", "defenses": "defense",
	"offenses": "offense", "premises": "premise", "promises": "promise", "releases": "release",
	"ceasefires": "ceasefire", "uses": "use", "abuses": "abuse", "excuses": "excuse", "buses": "bus",
	"statuses": "status", "viruses": "virus", "consensuses": "consensus", "censuses": "census",
	"campuses": "campus", "bonuses": "bonus", "focuses": "focus", "sinuses": "sinus",
	"gases": "gas", "biases": "bias", "aliases": "alias", "atlases": "atlas",
	"movies": "movie", "cookies": "cookie", "ties": "tie", "lies": "lie", "pies": "pie",
	"dies": "die", "allies": "ally", "zombies": "zombie", "rookies": "rookie", "hippies": "hippie",
}

// singularS lists words that end in -s in the singular.
var singularS = map[string]bool{
	"gas": true, "bias": true, "alias": true, "atlas": true, "canvas": true, "christmas": true,
	"arms": true, "aids": true, "politics": true, "economics": true, "physics": true, "ethics": true,
	"logistics": true, "statistics": true, "mathematics": true, "news": true,
	"lens": true, "means": true, "chaos": true, "ethos": true, "pathos": true, "kudos": true,
	"hamas": true, "isis": true, "texas": true, "paris": true, "always": true, "whereabouts": true,
	"jitters": true, "diabetes": true, "measles": true, "herpes": true,
}

// menSingular lists words in -men that are singular.
var menSingular = map[string]bool{
	"specimen": true, "abdomen": true, "regimen": true, "stamen": true, "acumen": true, "hymen": true,
	"yemen": true, "omen": true, "amen": true, "semen": true,
}

// Singular returns the singular of one lower-case English noun (a word, not a phrase).
func Singular(w string) string {
	if s, ok := irregular[w]; ok {
		return s
	}
	if singularS[w] || len(w) < 4 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "men") && !menSingular[w]:
		return w[:len(w)-3] + "man" // policemen, chairmen, servicemen

	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"),
		strings.HasSuffix(w, "'s"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// VerbBases returns the possible base forms of a regularly inflected verb form, most likely
// first: "signed" → sign, signe; "stopped" → stopp, stop; "carries" → carry; "easing" → eas,
// ease. The caller keeps the first that is a known verb. Of a phrasal verb ("signed off") only
// the first word is inflected. A form with no regular ending has no candidates.
func VerbBases(form string) []string {
	form = Clean(form)
	w, rest := form, ""
	if i := strings.IndexByte(form, ' '); i >= 0 {
		w, rest = form[:i], form[i:]
	}
	var out []string
	add := func(s string) {
		if len(s) >= 2 {
			out = append(out, s+rest)
		}
	}
	undouble := func(s string) {
		if n := len(s); n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeiou", rune(s[n-1])) {
			add(s[:n-1])
		}
	}
	switch {
	case strings.HasSuffix(w, "ied"), strings.HasSuffix(w, "ies"):
		add(w[:len(w)-3] + "y")
	case strings.HasSuffix(w, "ing"):
		s := w[:len(w)-3]
		add(s)
		add(s + "e")
		undouble(s)
	case strings.HasSuffix(w, "ed"):
		s := w[:len(w)-2]
		add(s)
		add(s + "e")
		undouble(s)
	case strings.HasSuffix(w, "es"):
		add(w[:len(w)-2])
		add(w[:len(w)-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		add(w[:len(w)-1])
	}
	return out
}
