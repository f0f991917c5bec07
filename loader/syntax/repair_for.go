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

// toDestinations gives a verb of motion back the place the parser made the subject of the
// infinitive after it: in "is flying to Los Angeles to meet with the actress" the parser hung
// the first "to" on "meet" as a marker and "Los Angeles" on it as its subject, as it does for
// "for" (forSubjects), so the city met the actress. "To" marks no subject in English (UD: an
// infinitive's subject comes with "for"); where an infinitive with its own "to" right before it
// also has, before its subject, a second "to" as marker, the subject is a "to" phrase of the
// word the infinitive hangs on: "to" becomes its case and the noun an obl of that word.
func toDestinations(s *Sentence) {
	ws := s.Words
	for i := range ws {
		v := &ws[i]
		if v.UPOS != "VERB" || v.Head == 0 || i == 0 || !strings.EqualFold(ws[i-1].Form, "to") || ws[i-1].Head != v.ID {
			continue
		}
		for n := 0; n < i-1; n++ {
			if ws[n].Head != v.ID || ws[n].Deprel != "nsubj" || !nominal[ws[n].UPOS] {
				continue
			}
			for t := 0; t < n; t++ {
				if to := &ws[t]; to.Head == v.ID && to.Deprel == "mark" && strings.EqualFold(to.Form, "to") {
					to.Head, to.Deprel, to.UPOS, to.XPOS = ws[n].ID, "case", "ADP", "IN"
					ws[n].Head, ws[n].Deprel = v.Head, "obl"
				}
			}
		}
	}
}

// markedTimes gives the verb above back a phrase of time the parser made the subject of the
// to-infinitive after it: in "has deployed troops in Somalia since 2007 to fight the al-Shabaab
// militant group" it hung "since" on "fight" as a marker and "2007" as its subject, so the
// infinitive had a subject and the fighting no one. A to-infinitive has no subject in English
// but with "for" (forSubjects); where one with "to" right before it has a subject before that
// "to", and before the subject a subordinator of time (since, after, before, until) of its own,
// the subordinator is the subject's preposition and the two an oblique of the word the
// infinitive hangs on ("may not have to wait until December to watch").
func markedTimes(s *Sentence) {
	ws := s.Words
	for i := 1; i < len(ws); i++ {
		v := &ws[i]
		if v.UPOS != "VERB" || v.Head == 0 || !strings.EqualFold(ws[i-1].Form, "to") || ws[i-1].Head != v.ID || ws[i-1].Deprel != "mark" {
			continue
		}
		for n := 0; n < i-1; n++ {
			if ws[n].Head != v.ID || ws[n].Deprel != "nsubj" || !nominal[ws[n].UPOS] && ws[n].UPOS != "NUM" || !phraseAfter(ws, n, i-1) {
				continue // "before the group all moves on to fight": a clause of its own
			}
			for m := 0; m < n; m++ {
				if mk := &ws[m]; mk.Head == v.ID && mk.Deprel == "mark" && timePreps[strings.ToLower(mk.Form)] {
					mk.Head, mk.Deprel, mk.UPOS, mk.XPOS = ws[n].ID, "case", "ADP", "IN"
					ws[n].Head, ws[n].Deprel = v.Head, "obl"
				}
			}
		}
	}
}

// timePreps are the subordinators of time that are prepositions too.
var timePreps = setOf("since", "after", "before", "until", "till")

// phraseAfter reports whether every word after the one at index n and before index end lies in
// its phrase.
func phraseAfter(ws []Word, n, end int) bool {
	for k := n + 1; k < end; k++ {
		if !inSubtree(ws, ws[k].ID, ws[n].ID) {
			return false
		}
	}
	return true
}
