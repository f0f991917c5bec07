package syntax

import "strings"

// headlinePassives reads as a passive the headline's past participle that the parser took for a
// past tense with a subject: in "Islamist rebel leader killed in U.S. strike" the leader was
// killed, yet the parser made "killed" the root and "leader" its nsubj, so the leader killed. A
// verb of harming or of taking into custody cannot lack its object in the active ("the leader
// killed" tells nothing without whom): where such a verb heads a sentence with no other finite
// verb, and has a subject, no auxiliary, no object or clause of its own, and an "-ed" form that
// may be a participle, the subject is the passive's (nsubj:pass) and the form a participle (VBN).
func headlinePassives(s *Sentence) {
	ws := s.Words
	for vi := range ws {
		v := &ws[vi]
		if v.UPOS != "VERB" || v.XPOS != "VBD" && v.XPOS != "VBN" || !objectVerbs[strings.ToLower(v.Lemma)] ||
			!strings.HasSuffix(strings.ToLower(v.Form), "ed") || !headlineRel[v.Deprel] {
			continue // not "the man police arrested": a relative clause's object is its antecedent
		}
		subj := -1
		ok := true
		for i := range ws {
			if ws[i].Head != v.ID {
				continue
			}
			switch ws[i].Deprel {
			case "nsubj":
				subj = i
			case "obj", "iobj", "ccomp", "xcomp", "aux", "aux:pass", "expl", "obl:agent", "compound:prt":
				ok = false
			}
		}
		if !ok || subj < 0 || otherFinite(ws, vi) {
			continue
		}
		ws[subj].Deprel = "nsubj:pass"
		v.XPOS, v.Feats = "VBN", "Tense=Past|VerbForm=Part|Voice=Pass"
	}
}

// otherFinite reports whether a word other than the one at index vi is a finite verb or
// auxiliary: a sentence with another clause ("The man police arrested on Monday was freed") is
// no headline, and the parse around the verb is not to be trusted.
func otherFinite(ws []Word, vi int) bool {
	for i := range ws {
		if i != vi && (ws[i].UPOS == "VERB" || ws[i].UPOS == "AUX") {
			switch ws[i].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// objectVerbs are verbs of killing, harming and taking into custody (Levin's murder verbs 42.1,
// and the verbs of arrest and abduction) whose every sense takes an object: without one in the
// active, the clause is a passive with its auxiliary left out, as headlines write it.
var objectVerbs = setOf("kill", "murder", "assassinate", "slaughter", "massacre", "behead",
	"decapitate", "injure", "wound", "maim", "arrest", "detain", "abduct", "kidnap", "capture",
	"jail", "imprison", "sentence", "convict", "deport", "extradite", "expel", "torture",
	"lynch", "stab", "execute")

// headlineRel are the relations of a clause that may be a headline's or a quoted one's.
var headlineRel = setOf("root", "ccomp", "parataxis", "xcomp", "dep", "appos")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
