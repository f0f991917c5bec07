package syntax

import "strings"

// pronounRelatives hangs on a noun the relative clause without a relative pronoun that the
// parser hung elsewhere as a parenthetical: in "imposed sanctions on six Iranian officials it
// accused of supplying drones to Russia" it made "accused" a parataxis of "imposed", so the
// accusation had no object. A verb with no object or clausal complement whose subject is a
// personal pronoun standing right after a noun, with the verb right after the pronoun, is a
// relative clause on that noun (acl:relcl), as EWT annotates 158 of the 171 such verbs in train
// that hang on the noun or elsewhere; only a parataxis (10 in train, none of them a verb that
// takes an object here) is moved, and not a verb of saying or thinking ("the rate I think is")
// nor one that takes no object ("asked to see her son they laughed": a run-on sentence).
func pronounRelatives(s *Sentence) {
	ws := s.Words
	for i := 2; i+1 < len(ws); i++ {
		p, v, n := &ws[i], &ws[i+1], &ws[i-1]
		if p.XPOS != "PRP" || p.Deprel != "nsubj" || p.Head != v.ID || v.UPOS != "VERB" || !strayClause(ws, v) ||
			(n.UPOS != "NOUN" && n.UPOS != "PROPN") || clauseVerbs[strings.ToLower(v.Lemma)] || v.Head == n.ID ||
			IntransitiveVerb(strings.ToLower(v.Lemma)) {
			continue
		}
		if hasChild(ws, v.ID, "obj") || hasChild(ws, v.ID, "iobj") || hasChild(ws, v.ID, "ccomp") || hasChild(ws, v.ID, "xcomp") {
			continue
		}
		if inSubtree(ws, n.ID, v.ID) {
			continue // the noun is in the clause itself: no tree otherwise
		}
		v.Head, v.Deprel = n.ID, "acl:relcl"
	}
}

// strayClause reports whether the parser hung verb v as a parenthetical (parataxis) or as the
// complement of a verb that takes no clause ("published the names of the diplomats it
// expelled": ccomp of "published").
func strayClause(ws []Word, v *Word) bool {
	if v.Deprel == "parataxis" {
		return true
	}
	if v.Deprel != "ccomp" || v.Head <= 0 {
		return false
	}
	g := &ws[v.Head-1]
	return g.UPOS == "VERB" && !clauseVerbs[strings.ToLower(g.Lemma)] && !tellVerbs[strings.ToLower(g.Lemma)]
}
