package main

import (
	"regexp"
	"strings"

	"newsgraph/loader/lexicon/lemma"
)

// Object ranks: an exact key beats the head of a longer phrase.
const (
	rankExact = 0 // "* SANCTION", a synset member, or the whole of "{ECONOMIC SANCTION}"
	rankHead  = 1 // the head of "{ECONOMIC SANCTION}": "sanction"
)

// key is one lookup key a pattern yields: the preposition ("" for a direct object), the object
// lemma ("" for "(PREP)" alone) and its rank.
type key struct {
	prep, object string
	rank         int
	particle     string // "off" for "* OFF TALK": the key belongs to the phrasal verb "put off"
	synset       string // "&TREATY" when the key is a member of the pattern's bare synset
}

// prepositions may close a pattern as the attachment of its target ("* &TREATY WITH +",
// "* DEAL (WITH)") or open one as a bare prepositional phrase ("* FOR &INVESTIGATION").
var prepositions = map[string]bool{
	"ABOUT": true, "AGAINST": true, "AT": true, "BY": true, "FOR": true, "FROM": true, "IN": true,
	"INTO": true, "OF": true, "ON": true, "OVER": true, "TO": true, "TOWARD": true, "TOWARDS": true,
	"UNDER": true, "UPON": true, "WITH": true, "WITHIN": true, "WITHOUT": true, "AMONG": true,
	"BETWEEN": true, "THROUGH": true, "ACROSS": true, "BEFORE": true, "AFTER": true, "BEHIND": true,
}

// particles follow a phrasal verb: "* OFF TALK" is "put off" + "talk".
var particles = map[string]bool{
	"UP": true, "DOWN": true, "OFF": true, "OUT": true, "BACK": true, "AWAY": true, "ASIDE": true,
	"FORWARD": true,
}

// function words do not make a noun phrase of two free words ("* TO ATTACK", "* WILL MEET").
var function = map[string]bool{
	"WILL": true, "WOULD": true, "SHOULD": true, "CAN": true, "COULD": true, "MAY": true, "MUST": true,
	"BE": true, "BEEN": true, "IS": true, "ARE": true, "WAS": true, "WERE": true, "HAS": true,
	"HAVE": true, "HAD": true, "NOT": true, "THE": true, "A": true, "AN": true, "THIS": true,
	"THAT": true, "IT": true, "ITS": true, "THEIR": true, "AND": true, "OR": true, "AS": true,
	"IF": true, "WHO": true, "WHICH": true, "THAN": true,
}

// Drop reasons, counted in the README.
const (
	dropPreVerb   = "words or actors before the verb (subject constraints, target-first order)"
	dropSeveral   = "more than one constituent after the verb (object + phrase, two phrases, free word sequences, control complements)"
	dropActor     = "actor markers after the verb (source/target order)"
	dropNoVerb    = "no verb marker *"
	dropSkip      = "skip markers ^ or stems"
	dropSynset    = "undefined synset"
	dropReverse   = "reverse-only code [:c] (the target acts)"
	dropNegation  = "negation (NOT, NO, NEVER)"
	dropEmptyPost = "nothing after the verb (the verb alone: the block default already says it)"
)

var wordRE = regexp.MustCompile(`^[A-Z0-9][A-Z0-9'.\-]*(_[A-Z0-9'.\-&]+)*$`)

// tokenize splits a pattern into words, keeping "{…}" and "(…)" groups whole.
func tokenize(s string) []string {
	var toks []string
	depth, start := 0, -1
	for i, r := range s {
		switch {
		case r == '{' || r == '(':
			if depth == 0 {
				start = i
			}
			depth++
		case r == '}' || r == ')':
			depth--
			if depth == 0 && start >= 0 {
				toks = append(toks, s[start:i+1])
				start = -1
			}
		case depth == 0 && r == ' ':
			if start >= 0 {
				toks = append(toks, s[start:i])
				start = -1
			}
		case depth == 0 && start < 0:
			start = i
		}
	}
	if start >= 0 {
		toks = append(toks, s[start:])
	}
	return toks
}

// classify returns the lookup keys of a pattern, or the reason it is beyond the lexicon's API.
func classify(p pattern, syn map[string][]string) ([]key, string) {
	if p.reverse {
		return nil, dropReverse
	}
	toks := tokenize(p.text)
	star := -1
	for i, t := range toks {
		switch t {
		case "*":
			star = i
		case "NOT", "NO", "NEVER", "WILL_NOT", "DID_NOT", "NOT_TO":
			return nil, dropNegation
		}
	}
	if star < 0 {
		return nil, dropNoVerb
	}
	pre, post := toks[:star], toks[star+1:]
	if len(pre) > 1 || len(pre) == 1 && pre[0] != "$" && pre[0] != "%" {
		return nil, dropPreVerb
	}
	post = stripTarget(post)
	if len(post) == 2 && !strings.ContainsAny(post[0]+post[1], "(+$%") {
		a, b := post[0], post[1]
		switch {
		case particles[a]:
			keys, why := objectKeys(b, syn)
			for i := range keys {
				keys[i].particle = lemma.Clean(a)
			}
			return keys, why
		case prepositions[a] && a != "TO":
			return prepKeys([]string{a, b}, syn)
		case !prepositions[a] && !function[a] && !function[b] && !prepositions[b] && !particles[b] &&
			wordRE.MatchString(a) && wordRE.MatchString(b) && !strings.Contains(a+b, "&"):
			// Free words are consecutive: a phrase, kept whole. Its last word is no head: the
			// first is as often a verb ("* HOLD ELECTIONS": agree to hold elections).
			return []key{{object: lemma.Noun(a + " " + b), rank: rankExact}}, ""
		}
	}
	switch {
	case len(post) == 0:
		return nil, dropEmptyPost
	case len(post) > 1:
		for _, t := range post {
			if t == "+" || t == "$" || t == "%" {
				return nil, dropActor
			}
		}
		return nil, dropSeveral
	}
	t := post[0]
	if t == "+" || t == "$" || t == "%" {
		return nil, dropActor
	}
	if strings.HasPrefix(t, "(") {
		return prepKeys(strings.Fields(strings.Trim(t, "()")), syn)
	}
	return objectKeys(t, syn)
}

// stripTarget removes what only attaches the target after an object: a trailing "+" and then a
// trailing bare preposition or "(PREP)" ("* &TREATY WITH +" → "* &TREATY").
func stripTarget(post []string) []string {
	if n := len(post); n >= 2 && post[n-1] == "+" {
		post = post[:n-1]
	}
	if n := len(post); n >= 2 {
		last := post[n-1]
		if prepositions[last] || strings.HasPrefix(last, "(") && prepositions[strings.Trim(last, "()")] {
			post = post[:n-1]
		}
	}
	return post
}

// prepKeys reads the inside of "(PREP [DET] OBJECT)".
func prepKeys(f []string, syn map[string][]string) ([]key, string) {
	if len(f) == 0 || !wordRE.MatchString(f[0]) {
		return nil, dropSkip
	}
	prep := lemma.Clean(f[0])
	rest := f[1:]
	if len(rest) > 0 && (rest[0] == "A" || rest[0] == "AN" || rest[0] == "THE") {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return []key{{prep: prep}}, ""
	}
	item := strings.Join(rest, " ")
	if len(rest) > 1 && !strings.HasPrefix(item, "{") {
		return nil, dropSeveral
	}
	keys, why := objectKeys(item, syn)
	for i := range keys {
		keys[i].prep = prep
	}
	return keys, why
}

// objectKeys reads one object item: WORD, WORD_WORD, &SYNSET or {WORD … HEAD}.
func objectKeys(t string, syn map[string][]string) ([]key, string) {
	var words []string
	switch {
	case strings.HasPrefix(t, "{"):
		words = strings.Fields(strings.Trim(t, "{}"))
	case strings.HasPrefix(t, "&"):
		m, ok := syn[t]
		if !ok {
			return nil, dropSynset
		}
		var keys []key
		for _, w := range m {
			keys = append(keys, key{object: lemma.Noun(w), rank: rankExact, synset: t})
		}
		return keys, ""
	case strings.Contains(t, "_"):
		words = strings.Split(t, "_")
	default:
		if !wordRE.MatchString(t) {
			return nil, dropSkip
		}
		return []key{{object: lemma.Noun(t), rank: rankExact}}, ""
	}
	return phraseKeys(words, syn)
}

// maxPhrases bounds the full phrases one pattern yields: "{&MILITARY &AIRCRAFT}" would make
// thousands ("army helicopter"), and only its heads are kept.
const maxPhrases = 60

// phraseKeys expands a multi-word object: every full phrase (synsets expanded, up to maxPhrases)
// is an exact key, the head word (the last; single-word members of a head synset) a head key.
func phraseKeys(words []string, syn map[string][]string) ([]key, string) {
	full := []string{""}
	for _, w := range words {
		alts := []string{w}
		if strings.HasPrefix(w, "&") {
			m, ok := syn[w]
			if !ok {
				return nil, dropSynset
			}
			alts = m
		} else if !wordRE.MatchString(w) {
			return nil, dropSkip
		}
		var next []string
		for _, f := range full {
			for _, a := range alts {
				next = append(next, strings.TrimSpace(f+" "+a))
			}
		}
		full = next
	}
	var keys []key
	if len(full) <= maxPhrases {
		for _, f := range full {
			keys = append(keys, key{object: lemma.Noun(f), rank: rankExact})
		}
	}
	last := words[len(words)-1]
	heads := []string{last}
	if strings.HasPrefix(last, "&") {
		heads = syn[last]
	}
	for _, h := range heads {
		if h = lemma.Clean(h); !strings.Contains(h, " ") {
			keys = append(keys, key{object: lemma.Noun(h), rank: rankHead})
		}
	}
	return keys, ""
}
