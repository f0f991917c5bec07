package syntax

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// lemmatizer gives lemmas: a lookup of the forms seen in training (by XPOS), then suffix rules
// learned from the treebank for unseen words, keyed by XPOS and the longest known suffix.
type lemmatizer struct {
	exact map[string]string // form "\t" XPOS → lemma, where it differs from the lower-case entry
	lower map[string]string // lower-case form "\t" XPOS → lemma
	rules map[string]lemmaRule
	// words, when set, checks what the suffix rules give an unseen noun, verb or adjective: a
	// lemma the dictionary lacks gives way to the one its detachment rules find ("expelled":
	// the rules give "expell", the dictionary "expel").
	words wordClasses
	// irregular, when set, gives the lemmas of irregular forms the treebank never showed
	// ("fled" flee, "fought" fight), before the suffix rules guess ("fl", "fink").
	irregular irregularLemmas
}

// lemmaRule strips Strip bytes from the end of the lower-case form and appends Add.
type lemmaRule struct {
	Strip int
	Add   string
}

const maxSuffix = 6

func (lz *lemmatizer) lemma(form, upos, xpos string) string {
	form = normPunct(form)
	if l, ok := lz.exact[form+"\t"+xpos]; ok {
		return l
	}
	low := strings.ToLower(form)
	if l, ok := lz.lower[low+"\t"+xpos]; ok {
		return l
	}
	if upos == "PROPN" || upos == "PUNCT" || upos == "SYM" || upos == "X" || upos == "NUM" {
		if upos == "PROPN" {
			return form
		}
		return low
	}
	if l, ok := lz.irregularLemma(low, upos); ok {
		return l
	}
	l := low
	for k := min(len(low), maxSuffix); k >= 0; k-- {
		r, ok := lz.rules[xpos+"\t"+low[len(low)-k:]]
		if ok && r.Strip <= len(low) && utf8.ValidString(low[:len(low)-r.Strip]) {
			l = low[:len(low)-r.Strip] + r.Add
			break
		}
	}
	return lz.checked(l, low, upos)
}

// irregularLemma returns the dictionary's lemma of an irregular lower-case form low of class upos.
func (lz *lemmatizer) irregularLemma(low, upos string) (string, bool) {
	if lz.irregular == nil {
		return "", false
	}
	switch upos {
	case "NOUN":
		return lz.irregular.lemma(low, wcNoun)
	case "VERB":
		return lz.irregular.lemma(low, wcVerb)
	case "ADJ":
		return lz.irregular.lemma(low, wcAdj)
	case "ADV":
		return lz.irregular.lemma(low, wcAdv)
	}
	return "", false
}

// checked returns lemma l of the lower-case form low, or the dictionary's lemma of low where the
// dictionary lists no l of class upos but finds another, or, for a verb whose lemma l would have
// doubled its last consonant before the ending (shortClosed), l with "e" where the dictionary
// has that verb; for a verb whose lemma l takes off more than its ending (overStripped), the
// dictionary's lemma of low where it has one.
func (lz *lemmatizer) checked(l, low, upos string) string {
	i := 0
	switch upos {
	case "NOUN":
	case "VERB":
		i = 1
	case "ADJ":
		i = 2
	default:
		return l
	}
	if lz.words != nil && i == 1 && lz.words[l+"e"]&wcVerb != 0 && shortClosed(l) &&
		(low == l+"ed" || low == l+"ing") {
		return l + "e" // "fined" is "fine": "fin" would have doubled its "n" ("finned")
	}
	if lz.words != nil && i == 1 && overStripped(l, low) {
		if b, ok := lz.words.base(low, i); ok {
			return b // "bumped" is "bump": the rule for "stopped" took "bum"
		}
	}
	if lz.words == nil || lz.words[l]&classBits[i] != 0 {
		return l
	}
	if b, ok := lz.words.base(low, i); ok {
		return b
	}
	return l
}

// shortClosed reports whether the lower-case word w is one syllable that ends in one vowel and
// one consonant (not "w", "x" or "y"): such a verb doubles the consonant before "-ed" and "-ing"
// ("stop", "stopped"), so a form with one consonant before its ending ("fined", "hoping") is of
// the verb in "e" ("fine", "hope").
func shortClosed(w string) bool {
	n := len(w)
	if n < 2 || isVowel(w[n-1]) || strings.IndexByte("wxy", w[n-1]) >= 0 || !isVowel(w[n-2]) {
		return false
	}
	if n > 2 && isVowel(w[n-3]) {
		return false // "join", "rain": two vowels do not double
	}
	for k := 0; k < n-2; k++ {
		if isVowel(w[k]) {
			return false // "visit", "open": more than one syllable
		}
	}
	return true
}

// overStripped reports whether the lemma l takes more than the ending "-ed" or "-ing" off the
// form low, where what else it takes is no doubled consonant ("stopped", "stop") nor the "k"
// of "-cked" ("panicked", "panic"): a suffix rule learned from those, read on "bumped" ("bum")
// or "warped" ("war").
func overStripped(l, low string) bool {
	stem, ok := strings.CutSuffix(low, "ed")
	if !ok {
		if stem, ok = strings.CutSuffix(low, "ing"); !ok {
			return false
		}
	}
	n := len(l)
	if n == 0 || n >= len(stem) || !strings.HasPrefix(stem, l) {
		return false
	}
	if n == len(stem)-1 && (stem[n] == l[n-1] || stem[n] == 'k' && l[n-1] == 'c') {
		return false
	}
	return true
}

// isVowel reports whether the lower-case letter b is a vowel.
func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// learnLemmas builds the lemmatizer from the training sentences.
func learnLemmas(sents []Sentence) *lemmatizer {
	exact := counter{}
	lower := counter{}
	rules := counter{}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.Lemma == "" {
				continue
			}
			low := strings.ToLower(w.Form)
			exact.add(w.Form+"\t"+w.XPOS, w.Lemma)
			lower.add(low+"\t"+w.XPOS, w.Lemma)
			if w.UPOS == "PROPN" {
				continue
			}
			lm := strings.ToLower(w.Lemma)
			cp := 0
			for cp < len(low) && cp < len(lm) && low[cp] == lm[cp] {
				cp++
			}
			if len(low)-cp > 40 {
				continue
			}
			r := encodeRule(lemmaRule{Strip: len(low) - cp, Add: lm[cp:]})
			for k := 0; k <= min(len(low), maxSuffix); k++ {
				rules.add(w.XPOS+"\t"+low[len(low)-k:], r)
			}
		}
	}
	lz := &lemmatizer{exact: map[string]string{}, lower: map[string]string{}, rules: map[string]lemmaRule{}}
	for k := range lower {
		lz.lower[k], _ = lower.best(k)
	}
	for k := range exact {
		form, xpos, _ := strings.Cut(k, "\t")
		l, _ := exact.best(k)
		if lz.lower[strings.ToLower(form)+"\t"+xpos] != l {
			lz.exact[k] = l
		}
	}
	for k := range rules {
		r, n := rules.best(k)
		_, suf, _ := strings.Cut(k, "\t")
		if n >= 3 || suf == "" {
			lz.rules[k] = decodeRule(r)
		}
	}
	return lz
}

func encodeRule(r lemmaRule) string { return string(rune('0'+r.Strip)) + r.Add }
func decodeRule(s string) lemmaRule { return lemmaRule{Strip: int(s[0] - '0'), Add: s[1:]} }

// counter counts values per key.
type counter map[string]map[string]int

func (c counter) add(k, v string) {
	m := c[k]
	if m == nil {
		m = map[string]int{}
		c[k] = m
	}
	m[v]++
}

// best returns the most frequent value of k (the smallest on ties) and its count.
func (c counter) best(k string) (string, int) {
	vals := make([]string, 0, len(c[k]))
	for v := range c[k] {
		vals = append(vals, v)
	}
	sort.Strings(vals)
	best, n := "", -1
	for _, v := range vals {
		if c[k][v] > n {
			best, n = v, c[k][v]
		}
	}
	return best, n
}
