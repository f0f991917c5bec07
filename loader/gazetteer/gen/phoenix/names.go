package main

import (
	"strings"
	"unicode"
)

// lowerWords are written in lower case inside a name, so that they match in any case ("Doctors
// without Borders", "Doctors Without Borders").
var lowerWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "in": true, "to": true, "at": true,
	"by": true, "with": true, "without": true, "against": true, "from": true, "over": true, "a": true,
	"an": true, "de": true, "la": true, "le": true, "les": true, "del": true, "des": true, "du": true,
	"el": true, "al": true, "y": true, "et": true, "da": true, "do": true, "dos": true, "das": true,
	"van": true, "von": true, "und": true, "bin": true, "ibn": true, "ul": true, "fi": true, "li": true,
	"wa": true, "il": true, "ud": true, "e": true, "i": true,
}

// display turns a TABARI name ("WORLD_ECONOMIC_FORUM_", "ETA_", "BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_")
// into the name as news writes it ("World Economic Forum", "ETA") and the acronyms given in
// parentheses ("ETA"); words is the lower-case English word list.
func display(raw string, words map[string]bool) (string, []string) {
	s := strings.Join(strings.Fields(strings.ReplaceAll(raw, "_", " ")), " ")
	var paren []string
	for {
		i := strings.IndexByte(s, '(')
		j := strings.IndexByte(s, ')')
		if i < 0 || j < i {
			break
		}
		if in := strings.TrimSpace(s[i+1 : j]); singleAcronym(in, words) {
			paren = append(paren, in)
		}
		s = strings.Join(strings.Fields(s[:i]+" "+s[j+1:]), " ")
	}
	s = strings.Trim(s, " -,:;/")
	if strings.HasPrefix(s, "THE ") {
		s = s[4:]
	}
	ws := strings.Fields(s)
	if len(ws) == 1 && singleAcronym(ws[0], words) {
		return ws[0], paren
	}
	for i, w := range ws {
		parts := strings.Split(w, "-")
		for k, p := range parts {
			parts[k] = casePart(p, i == 0 && k == 0, words)
		}
		ws[i] = strings.Join(parts, "-")
	}
	return strings.Join(ws, " "), paren
}

// capsWords stay in capitals although they spell English words.
var capsWords = map[string]bool{"US": true, "UK": true, "UN": true, "EU": true, "AU": true}

// nameWords are short words of Arabic names, never initialisms ("Abu Sayyaf").
var nameWords = map[string]bool{"abu": true, "ibn": true, "umm": true, "ali": true}

// casePart writes one word of a multi-word name: initialisms with periods and short or
// vowel-less ones stay in capitals ("U.S.", "UN", "PKK"), small words go lower case, the rest
// capitalised.
func casePart(p string, first bool, words map[string]bool) string {
	low := strings.ToLower(p)
	switch {
	case p == "":
		return p
	case strings.Contains(p, "."), capsWords[p]:
		return p
	case lowerWords[low] && (!first || low == "al" || low == "el"):
		return low
	case isAcronymWord(p, words) && !nameWords[low]:
		return p
	}
	return upperFirst(low)
}

// upperFirst returns s with its first letter in capitals.
func upperFirst(s string) string {
	r := []rune(s)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// isAcronymWord reports whether an all-capital word inside a name is an initialism: three
// letters or fewer and no English word, or no vowel at all ("UN", "PKK", "NTA").
func isAcronymWord(w string, words map[string]bool) bool {
	if w == "" || strings.ToUpper(w) != w {
		return false
	}
	n := 0
	vowels := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		n++
		if strings.ContainsRune("AEIOU", r) {
			vowels++
		}
	}
	low := strings.ToLower(w)
	return n <= 3 && !words[low] && !lowerWords[low] || vowels == 0 && n <= 6
}

// singleAcronym reports whether a one-word name is an acronym ("USAID", "UNDOF", "AQAP"): three
// to six letters and no English word.
func singleAcronym(w string, words map[string]bool) bool {
	if isAcronymWord(w, words) {
		return true
	}
	n := 0
	for _, r := range w {
		if !unicode.IsLetter(r) || !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3 && n <= 6 && !words[strings.ToLower(w)]
}

// wordsOf splits a display name into its words, hyphenated parts apart.
func wordsOf(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '/' })
}

// isAcronym reports whether a display name is one all-capital word ("USAID", "U.N.").
func isAcronym(name string) bool {
	if strings.ContainsAny(name, " -") {
		return false
	}
	return strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// initials is the initialism of a name: the first letters of its words, with "US",
// "U.S." and "United States" giving "US" ("United States Agency for International Development"
// is "USAIFD"); small words give their initial too.
func initials(name string) string {
	var b strings.Builder
	ws := wordsOf(name)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case w == "United" && i+1 < len(ws) && ws[i+1] == "States":
			b.WriteString("US")
			i++
		case strings.Contains(w, "."):
			b.WriteString(strings.ReplaceAll(w, ".", ""))
		case isAcronym(w):
			b.WriteString(w)
		case w != "":
			b.WriteRune([]rune(w)[0])
		}
	}
	return b.String()
}
