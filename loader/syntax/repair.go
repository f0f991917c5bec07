package syntax

// Repairs of the greedy parser's output where it breaks a well-formed clause in a way news text
// shows often and the treebank alone does not teach it.

// frontedSubjects gives a clause its subject back where the parser hung the subject, an
// apposition, on a fronted adverbial: in "In January, the defence minister, Leonid Maltsev,
// agreed …" the subject "minister" came out as an appos of "January", leaving "agreed" with no
// subject. A finite verb with no subject, an oblique (or adverbial noun) before it with an appos child
// between the two after a comma, gets that appos as its subject (nsubj, or nsubj:pass beside a
// passive auxiliary). Heads are 1-based IDs; the words' order and spans are untouched.
func frontedSubjects(s *Sentence) {
	ws := s.Words
	for vi := range ws {
		v := &ws[vi]
		if v.UPOS != "VERB" || !finite(ws, v) || hasSubject(ws, v.ID) {
			continue
		}
		for xi := 0; xi < vi; xi++ {
			x := &ws[xi]
			if x.Head != v.ID || !frontedRel[x.Deprel] {
				continue
			}
			for ai := xi + 1; ai < vi; ai++ {
				a := &ws[ai]
				if a.Head != x.ID || a.Deprel != "appos" || !commaBefore(ws, xi, ai) {
					continue
				}
				a.Head, a.Deprel = v.ID, "nsubj"
				if hasChild(ws, v.ID, "aux:pass") {
					a.Deprel = "nsubj:pass"
				}
				break
			}
		}
	}
}

// frontedRel are the relations of a fronted adverbial a subject may be hung on by mistake.
var frontedRel = map[string]bool{"obl": true, "obl:unmarked": true, "obl:tmod": true, "obl:npmod": true, "advmod": true}

// finite reports whether the verb v heads a finite clause: a past or present tense form, or a
// verb with an auxiliary ("has agreed", "was arrested"), not a participle or infinitive of a
// clause that has no subject of its own.
func finite(ws []Word, v *Word) bool {
	switch v.XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return hasChild(ws, v.ID, "aux") || hasChild(ws, v.ID, "aux:pass")
}

// hasSubject reports whether the word with ID id has a subject among its children.
func hasSubject(ws []Word, id int) bool {
	for _, w := range ws {
		if w.Head == id {
			switch w.Deprel {
			case "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "nsubj:outer":
				return true
			}
		}
	}
	return false
}

// hasChild reports whether the word with ID id has a child with relation rel.
func hasChild(ws []Word, id int, rel string) bool {
	for _, w := range ws {
		if w.Head == id && w.Deprel == rel {
			return true
		}
	}
	return false
}

// commaBefore reports whether a comma stands between the words at indexes x and a.
func commaBefore(ws []Word, x, a int) bool {
	for i := x + 1; i < a; i++ {
		if ws[i].Form == "," {
			return true
		}
	}
	return false
}
