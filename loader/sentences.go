package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/loader/entities"
)

// SplitSentences splits text into sentences with byte offsets: the first stage of the pipeline,
// whose sentences the entity stage (entities.Finder.Find) and the event stage read. It is
// rule-based: a sentence ends at a line break, or at '.', '!' or '?' (with any closing quotes or
// brackets) followed by space and a word that can begin a sentence, unless the period ends a known
// abbreviation ("Mr.", "Jan.", "Gen."), an initial ("J."), or an initialism ("U.S.") followed by a
// capitalised word other than a common sentence opener. Each sentence is trimmed of surrounding
// white space.
func SplitSentences(text string) []entities.Sentence {
	var out []entities.Sentence
	start := 0
	for i := 0; i < len(text); i++ {
		end := 0
		switch text[i] {
		case '\n':
			if !lineBreakEnds(text, start, i) {
				continue
			}
			end = i + 1
		case '.', '!', '?':
			j := closingRun(text, i+1)
			ends := punctuationEnds(text, start, i, j)
			i = j - 1
			if !ends {
				continue
			}
			end = j
		default:
			continue
		}
		out = appendTrimmed(out, text, start, end)
		start = end
	}
	return appendTrimmed(out, text, start, len(text))
}

// appendTrimmed appends to out the sentence text[start:end] trimmed of white space at both ends,
// with its offsets in text, unless nothing is left of it, and returns out.
func appendTrimmed(out []entities.Sentence, text string, start, end int) []entities.Sentence {
	s, e := start, end
	for s < e && isSpaceByte(text[s]) {
		s++
	}
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	if e > s {
		out = append(out, entities.Sentence{Start: s, End: e, Text: text[s:e]})
	}
	return out
}

// lineBreakEnds reports whether the line break at i ends the sentence begun at start.
func lineBreakEnds(text string, start, i int) bool {
	// a single line break inside a paragraph of wrapped text does not end a sentence
	// when the line goes on in lower case
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j < len(text) && text[j] != '\n' && startsLower(text[j:]) && !endsSentence(text[start:i]) {
		return false
	}
	return true
}

// closingRun returns the end of the run of terminal punctuation and closing quotes and brackets
// that begins at j in text (j itself when there is none there).
func closingRun(text string, j int) int {
	// take the whole run of terminal punctuation and closing quotes/brackets
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if r == '.' || r == '!' || r == '?' || r == '"' || r == '\'' || r == ')' || r == ']' || r == '’' || r == '”' || r == '»' {
			j += n
			continue
		}
		break
	}
	return j
}

// punctuationEnds reports whether the terminal punctuation at i ('.', '!' or '?'), with the run
// of punctuation after it that ends at j (closingRun), ends the sentence begun at start, at j. A
// run that ends the text ends none: the text's last sentence takes it.
func punctuationEnds(text string, start, i, j int) bool {
	if j >= len(text) {
		return false
	}
	c := text[i]
	if c == '.' && j == i+1 && gluedSentence(text, i) {
		return true // "… a biography of Trump.Black's media empire …": a space lost after a period
	}
	if text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' && !(j < len(text) && text[j] == 0xc2) {
		return false
	}
	k := j
	for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
		k++
	}
	if k >= len(text) || text[k] == '\n' {
		return true
	}
	if c == '.' && j == i+1 && !periodEnds(text[start:i], text[k:]) {
		return false
	}
	return startsSentence(text[k:])
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsSentence reports whether s (a line) ends with terminal punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t\r\"'”’)")
	return s != "" && strings.ContainsRune(".!?:", rune(s[len(s)-1]))
}

// startsSentence reports whether s can begin a sentence: a capital letter, a digit, an opening
// quote or bracket, or a dash.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([—–-", r)
}

// sentAbbrevs end with a period that does not end a sentence when followed by a name or number.
var sentAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "sr": true, "jr": true,
	"gen": true, "lt": true, "col": true, "capt": true, "sgt": true, "maj": true, "adm": true, "cmdr": true, "cpl": true, "pvt": true, "brig": true, "supt": true, "insp": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "pres": true, "amb": true, "hon": true, "fr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "no": true, "nos": true, "vs": true, "v": true,
	"etc": true, "inc": true, "corp": true, "co": true, "ltd": true, "mt": true, "ft": true, "ave": true,
	"approx": true, "dept": true, "est": true, "fig": true, "al": true, "ca": true, "cf": true, "e.g": true, "i.e": true,
}

// namedAfter are the heads of names of things called after a person, which may follow "Jr."
// with no sentence break ("Martin Luther King Jr. Day", "… Jr. High School").
var namedAfter = map[string]bool{"Day": true, "High": true, "School": true, "Elementary": true,
	"Foundation": true, "Institute": true, "Center": true, "Centre": true, "Memorial": true,
	"Library": true, "Hall": true, "Park": true, "Boulevard": true, "Blvd": true, "Avenue": true,
	"Street": true, "Drive": true, "Bridge": true, "Stadium": true, "Airport": true, "Award": true,
	"Prize": true, "Trophy": true, "Hospital": true, "Museum": true, "University": true, "College": true}

// sentOpeners are words that begin sentences; after an initialism ("U.S.") they mark a new sentence.
var sentOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true, "They": true, "We": true,
	"I": true, "But": true, "And": true, "In": true, "On": true, "At": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "His": true, "Her": true, "Their": true, "Its": true,
	"Our": true, "Mr.": true, "Ms.": true, "Mrs.": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "As": true, "So": true, "Yet": true, "However": true, "Meanwhile": true,
	"Last": true, "Earlier": true, "Later": true, "Since": true, "For": true, "According": true,
	"Officials": true, "Some": true, "Many": true, "Both": true, "One": true, "You": true, "What": true,
}

// periodEnds decides whether a period after before (the sentence so far) ends the sentence, given
// the text after the following space.
func periodEnds(before, after string) bool {
	// the word before the period
	w := before
	if k := strings.LastIndexAny(before, " \t\n(\"“‘'"); k >= 0 {
		w = before[k+1:]
	}
	if w == "" {
		return true
	}
	next := after
	if k := strings.IndexAny(after, " \t\n"); k >= 0 {
		next = after[:k]
	}
	lw := strings.ToLower(w)
	if lw == "jr" || lw == "sr" {
		// "Jr." closes a name: a capitalised word after it begins the next sentence ("… by
		// Ferdinand Marcos Jr. Beijing has …") unless it names a thing called after the person
		if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) {
			return !namedAfter[strings.TrimRight(next, ".,;:'\"’”")]
		}
		return false
	}
	if sentAbbrevs[lw] {
		return false
	}
	// an initial ("J.") or an initialism ("U.S", "J.P")
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) {
		return false
	}
	if strings.Contains(w, ".") && len(w) <= 8 && isInitialism(w) {
		return sentOpeners[next]
	}
	return true
}

// isInitialism reports whether w (without its final period) is like "U.S" or "J.P": single
// letters separated by periods.
func isInitialism(w string) bool {
	for i, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 {
			return i > 0 && part == ""
		}
	}
	return true
}

// gluedSentence reports whether the period at i joins two sentences with no space between them, as
// scraped text often has it: a word of two lower-case letters or more before it, and a
// capitalised word of lower-case letters after it ("Trump.Black's"), which no abbreviation,
// initialism ("U.S.Army"), number or web address ("example.com", "Amazon.Com") spells so.
func gluedSentence(text string, i int) bool {
	if i < 2 || i+2 >= len(text) || !isLowerASCII(text[i-1]) || !isLowerASCII(text[i-2]) {
		return false
	}
	if text[i+1] < 'A' || text[i+1] > 'Z' || !isLowerASCII(text[i+2]) {
		return false
	}
	k := i + 2
	for k < len(text) && isLowerASCII(text[k]) {
		k++
	}
	w := text[i+1 : k]
	return w != "Com" && w != "Org" && w != "Net" && (k >= len(text) || text[k] != '.' && text[k] != '/')
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
