package loader

import (
	"strings"
	"unicode"

	"newsgraph/loader/lexicon/lemma"
)

// deed is an act the article told at a verb, kept for a later noun of the same verb that names it
// ("Germany will deliver Patriot systems to Ukraine … Russia condemned the deliveries").
type deed struct {
	verbs []string // the lemmas the trigger word may have, the word, and lemma.VerbBases
	doer  evActor
}

// noteDeed records the act told at the word w with its doer a, the latest last: with the lemmas
// the verb lexicon gives the word ("withdrew": withdraw) and its regular base forms.
func (st *docState) noteDeed(w string, a evActor) {
	w = strings.ToLower(w)
	var bases []string
	for _, s := range evLex.verbs[w] {
		if v, _, _ := strings.Cut(s.Lemma, " "); v != "" {
			bases = append(bases, v) // "withdrew": withdraw
		}
	}
	bases = append(append(bases, w), lemma.VerbBases(w)...)
	a.Kind = "anaphor"
	st.deeds = append(st.deeds, deed{verbs: bases, doer: a})
}

// deedOf returns the doer of the last act told at a verb whose noun the noun lemma n is
// ("delivery" of "deliver", "deportation" of "deport", "withdrawal" of "withdraw", "expulsion"
// of "expel"), done by none of not, and whether there is one.
func (st *docState) deedOf(n string, not map[string]bool) (evActor, bool) {
	for i := len(st.deeds) - 1; i >= 0; i-- {
		if not[st.deeds[i].doer.EntityID] {
			continue
		}
		for _, v := range st.deeds[i].verbs {
			if nounOfVerb(n, v) {
				return st.deeds[i].doer, true
			}
		}
	}
	return evActor{}, false
}

// nounSuffixes make nouns of verbs: "deliver-y", "withdraw-al", "deploy-ment", "deport-ation",
// "invas-ion", "seiz-ure", "interven-tion", "impos-ition", "clos-ure", "bomb-ing".
var nounSuffixes = []string{"", "y", "al", "ment", "ion", "tion", "ation", "ition", "ure", "ance", "ence", "ing"}

// irregularNouns are nouns of verbs that the suffixes do not make from the verb's stem.
var irregularNouns = map[string]string{"expulsion": "expel", "detention": "detain", "sale": "sell",
	"destruction": "destroy", "defence": "defend", "defense": "defend", "pursuit": "pursue"}

// nounOfVerb reports whether the noun lemma n names the act of the verb v (a base form): n is v,
// or v's stem (v without a final "e", or with a final "d" made "s": "invade" → "invas") and one
// of nounSuffixes, or an irregular noun of v.
func nounOfVerb(n, v string) bool {
	if n == v || irregularNouns[n] == v {
		return true
	}
	if len(v) < 3 {
		return false
	}
	stems := []string{v, strings.TrimSuffix(v, "e")}
	if s := strings.TrimSuffix(strings.TrimSuffix(v, "e"), "d"); len(s) < len(strings.TrimSuffix(v, "e")) {
		stems = append(stems, s+"s")
	}
	for _, s := range stems {
		if rest, ok := strings.CutPrefix(n, s); ok {
			for _, suf := range nounSuffixes {
				if rest == suf {
					return true
				}
			}
		}
	}
	return false
}

// namesDeed reports whether text has "the" before a noun of the verb of an act the article told
// (deedOf).
func (st *docState) namesDeed(text string) bool {
	if len(st.deeds) == 0 {
		return false
	}
	for rest := text; ; {
		i := strings.Index(rest, "the ")
		if i < 0 {
			return false
		}
		rest = rest[i+4:]
		w := rest
		if j := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); j >= 0 {
			w = w[:j]
		}
		if w == "" {
			continue
		}
		if _, ok := st.deedOf(lemma.Noun(strings.ToLower(w)), nil); ok {
			return true
		}
	}
}
