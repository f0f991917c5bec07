package syntax

import "strings"

// dueTo gives "be due to" before a verb its clause back: in "The two countries are due to hold
// security talks next month" the parser read "due to" as the preposition of "owing to", made the
// subject the root and "are" its modifier, so the talks had no one to hold them. Where a form of
// "be" is followed by "due", "to" and a verb's base form, and the noun phrase right before "be"
// (its first conjunct) is the root or the subject of a word after "be", "due" heads the clause as
// UD has "is due to leave" (an adjective with its copula), taking that word's place: the noun is
// its subject, "be" its copula, the verb its xcomp with "to" as marker. What hung on the noun,
// "be" or "due" after the verb, and the word that had the noun as subject, go to the verb (a noun
// whose only case was "due" as its object).
func dueTo(s *Sentence) {
	ws := s.Words
	for i := 1; i+3 < len(ws); i++ {
		be, due, to, v := &ws[i], &ws[i+1], &ws[i+2], &ws[i+3]
		if strings.ToLower(be.Lemma) != "be" || !strings.EqualFold(due.Form, "due") || !strings.EqualFold(to.Form, "to") ||
			v.UPOS != "VERB" || v.XPOS != "VB" {
			continue
		}
		n := firstConjunct(ws, nounBefore(ws, i)) // "Japan and China are due to …": Japan
		if n < 0 || ws[n].Head == due.ID {
			continue // no noun, or read right already
		}
		h := n // the word that heads the clause: the noun (the root) or what has it as subject
		if ws[n].Head != 0 {
			if !strings.HasPrefix(ws[n].Deprel, "nsubj") || ws[n].Head-1 <= i {
				continue
			}
			h = ws[n].Head - 1
		}
		old := map[int]bool{ws[n].ID: true, be.ID: true, due.ID: true, to.ID: true, ws[h].ID: true}
		if ws[h].Head != due.ID {
			// "due" takes the place of the clause's head ("talks … were due to continue"
			// had the verb under "due" already: "due" keeps its own)
			due.Head, due.Deprel = ws[h].Head, ws[h].Deprel
		}
		if h != n && h != i+3 {
			ws[h].Head = v.ID // "talks", made the root
			if ws[h].Deprel = "obl"; nominal[ws[h].UPOS] && !hasCaseOtherThan(ws, ws[h].ID, due.ID) {
				ws[h].Deprel = "obj"
			}
		}
		for j := i + 4; j < len(ws); j++ {
			w := &ws[j]
			if !old[w.Head] || j == h {
				continue
			}
			if w.UPOS == "PUNCT" {
				w.Head = due.ID
				continue
			}
			w.Head = v.ID // "next month", hung on the noun; "talks", hung on "are"
			if (w.Deprel == "obl" || w.Deprel == "nmod") && !hasCaseOtherThan(ws, w.ID, due.ID) {
				w.Deprel = "obj" // its "case" was "due"
			}
		}
		ws[n].Head, ws[n].Deprel = due.ID, "nsubj"
		be.Head, be.Deprel = due.ID, "cop"
		due.UPOS, due.XPOS, due.Feats = "ADJ", "JJ", "Degree=Pos"
		to.Head, to.Deprel, to.UPOS, to.XPOS, to.Feats = v.ID, "mark", "PART", "TO", "_"
		v.Head, v.Deprel = due.ID, "xcomp"
	}
}

// hasCaseOtherThan reports whether the word with ID id has a case marker other than the word
// with ID not.
func hasCaseOtherThan(ws []Word, id, not int) bool {
	for _, w := range ws {
		if w.Head == id && w.Deprel == "case" && w.ID != not {
			return true
		}
	}
	return false
}
