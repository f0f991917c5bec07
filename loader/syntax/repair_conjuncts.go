package syntax

// subjectlessConjuncts hangs a finite verb with no subject that follows a comma on the clause
// before it, as a conjunct sharing that clause's subject: in "she said she had travelled to
// Iraq, was training with Kurdish guerrillas and would fight in Syria" the parser made "was
// training" an adverbial clause of the main verb ("aired"), whose subject then seemed to train.
// A clause with a tense of its own ("was training", "had left", "killed") needs a subject; with
// none and no subordinator it continues a list of predicates whose subject came first. The
// clause goes to the nearest verb before it that has a subject and a tense and lies under the
// clause's present head, outside the clause itself (a verb under it would make a cycle); its
// other dependents stay.
func subjectlessConjuncts(s *Sentence) {
	ws := s.Words
	for i := range ws {
		v := &ws[i]
		if v.UPOS != "VERB" || v.Deprel != "advcl" || v.Head == 0 || !ownTense(ws, v) || hasSubject(ws, v.ID) ||
			hasChild(ws, v.ID, "mark") || !commaOpens(ws, v.ID) {
			continue
		}
		for u := v.ID - 1; u > v.Head; u-- {
			w := &ws[u-1]
			if w.UPOS == "VERB" && hasSubject(ws, u) && ownTense(ws, w) && inSubtree(ws, u, v.Head) && !inSubtree(ws, u, v.ID) {
				v.Head, v.Deprel = u, "conj"
				break
			}
		}
	}
}

// ownTense reports whether verb v has a tense of its own: a past or present form, or a finite
// auxiliary ("was training", "would fight"), not a participle or an infinitive alone.
func ownTense(ws []Word, v *Word) bool {
	switch v.XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	for _, w := range ws {
		if w.Head == v.ID && (w.Deprel == "aux" || w.Deprel == "aux:pass") {
			switch w.XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// commaOpens reports whether a comma comes right before the first word of the clause of verb v
// (its auxiliaries, negation and adverbs before it).
func commaOpens(ws []Word, v int) bool {
	first := v
	for first > 1 && ws[first-2].Head == v && ws[first-2].Form != "," {
		first--
	}
	return first > 1 && ws[first-2].Form == ","
}

// flatConjuncts makes a name the parser hung as a flat part of the name before it a conjunct
// where "and" or "or" opens it: in "Russia and North Korea signed a treaty" it made "Korea" a
// flat of "Russia", with "and" on "North", so North Korea signed nothing. A name's flat parts
// follow it with no conjunction (UD), and no EWT gold flat has one; the word becomes a conj of
// the name, and the conjunction its cc.
func flatConjuncts(s *Sentence) {
	ws := s.Words
	for i := range ws {
		w := &ws[i]
		if w.Deprel != "flat" || w.UPOS != "PROPN" {
			continue
		}
		for j := range ws {
			cc := &ws[j]
			if cc.Deprel != "cc" || cc.ID > w.ID || cc.Head != w.ID && !(cc.Head > 0 && ws[cc.Head-1].Head == w.ID && ws[cc.Head-1].Deprel == "compound") {
				continue
			}
			w.Deprel = "conj"
			cc.Head = w.ID
			break
		}
	}
}
