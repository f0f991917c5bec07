package syntax

// auxDependents moves to its verb what the parser hung on an auxiliary: in "A US Marine got shot
// by a Taliban sniper" the subject "Marine" came out as the nsubj of "got", the passive
// auxiliary of "shot", leaving the passive with no subject. In UD an auxiliary or copula has no
// dependents of its own (but punctuation and a negation or adverb in rare contractions); a
// subject on one goes to the verb it serves, as a passive subject beside "aux:pass" (only for a
// word that is an auxiliary: "be", "have", a modal, passive "get"). Heads are
// 1-based IDs; the words' order and spans are untouched.
func auxDependents(s *Sentence) {
	ws := s.Words
	for i := range ws {
		w := &ws[i]
		if w.Head == 0 || w.Deprel != "nsubj" && w.Deprel != "nsubj:pass" {
			continue
		}
		a := &ws[w.Head-1]
		if a.Deprel != "aux" && a.Deprel != "aux:pass" || a.UPOS != "AUX" && a.Lemma != "get" || a.Head == 0 || hasSubject(ws, a.Head) {
			continue
		}
		w.Head = a.Head
		if a.Deprel == "aux:pass" {
			w.Deprel = "nsubj:pass"
		}
	}
}
