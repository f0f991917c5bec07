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
			keys = append(keys, key{object: lemma.Noun(w), rank: rankExact})
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

// phraseKeys expands a multi-word object: every full phrase (synsets expanded) is an exact key,
// the head word (the last; single-word members of a head synset) a head key.
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
	for _, f := range full {
		keys = append(keys, key{object: lemma.Noun(f), rank: rankExact})
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
