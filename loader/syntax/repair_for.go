package syntax

import "strings"

// forSubjects gives an infinitive its subject where the parser hung a "for" phrase right before
// it on another word: in "The government gave approval for the United Nations to deliver aid" or
// "The deal allows for Turkey to send troops", the noun of "for" is who delivers or sends (UD:
// the noun is the infinitive's nsubj and "for" its mark), not a party to the approval. Where a
// verb with the marker "to" and no subject follows, with nothing between, the phrase of a noun
// whose case is "for", the noun becomes its subject and "for" its marker; not where the
// infinitive hangs below that noun, completing it ("thanked Qatar for its efforts to free the
// hostages").
func forSubjects(s *Sentence) {
	ws := s.Words
	for ti := 1; ti+1 < len(ws); ti++ {
		to := &ws[ti]
		v := &ws[ti+1]
		if !strings.EqualFold(to.Form, "to") || to.Deprel != "mark" || to.Head != v.ID || v.UPOS != "VERB" ||
			hasSubject(ws, v.ID) || hasChild(ws, v.ID, "aux:pass") {
			continue
		}
		n := phraseBefore(ws, ti)
		if n < 0 || inSubtree(ws, v.ID, ws[n].ID) {
			continue
		}
		f := caseFor(ws, n)
		if f < 0 || !contiguous(ws, f, ti, ws[n].ID) {
			continue
		}
		ws[n].Head, ws[n].Deprel = v.ID, "nsubj"
		ws[f].Head, ws[f].Deprel, ws[f].UPOS, ws[f].XPOS = v.ID, "mark", "SCONJ", "IN"
	}
}

// phraseBefore returns the index of the noun or pronoun that heads the phrase ending right
// before the word at index ti, or -1: the last word itself or the word it hangs on.
func phraseBefore(ws []Word, ti int) int {
	last := ti - 1
	for n := last; n >= 0 && n >= last-8; n-- {
		if !inSubtree(ws, ws[last].ID, ws[n].ID) {
			continue
		}
		switch ws[n].UPOS {
		case "NOUN", "PROPN", "PRON":
			switch ws[n].Deprel {
			case "obl", "nmod", "obl:unmarked":
				return n
			}
		}
	}
	return -1
}

// caseFor returns the index of the "for" that is the case of the word at index n, or -1.
func caseFor(ws []Word, n int) int {
	for i := n - 1; i >= 0 && i >= n-8; i-- {
		if ws[i].Head == ws[n].ID && ws[i].Deprel == "case" && strings.EqualFold(ws[i].Form, "for") {
			return i
		}
	}
	return -1
}

// contiguous reports whether every word from index from up to (not including) index to lies
// in the subtree of the word with ID head: one phrase with nothing else inside it.
func contiguous(ws []Word, from, to, head int) bool {
	for i := from; i < to; i++ {
		if !inSubtree(ws, ws[i].ID, head) {
			return false
		}
	}
	return true
}
