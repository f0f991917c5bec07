package syntax

// prepositionalRoots makes a clause of a sentence the parser rooted in a fronted prepositional
// phrase: in "In the video, the group's leader, Abubakar Shekau, ruled out talks" it made "video"
// the root, "leader" its apposition and "ruled" a conjunct of "leader", so the verb had no
// subject. A phrase with a preposition (a "case" child before its noun) modifies a clause; where
// such a root has, through an apposition, a noun with a finite verb hung on it as a conjunct
// with no conjunction or as an apposition, and no subject or auxiliary, the verb becomes the
// root, that noun its subject and the fronted phrase its oblique.
func prepositionalRoots(s *Sentence) {
	ws := s.Words
	r := rootIndex(ws)
	if r < 0 || !nominal[ws[r].UPOS] || !caseBefore(ws, r) {
		return
	}
	for si := r + 1; si < len(ws); si++ {
		subj := &ws[si]
		if subj.Head != ws[r].ID || subj.Deprel != "appos" || !nominal[subj.UPOS] {
			continue
		}
		for vi := si + 1; vi < len(ws); vi++ {
			v := &ws[vi]
			if v.Head != subj.ID || v.UPOS != "VERB" || !finiteAppos(ws, v) {
				continue
			}
			for i := range ws {
				if ws[i].Head == ws[r].ID && i > vi {
					ws[i].Head = v.ID // the closing punctuation
				}
			}
			v.Head, v.Deprel = 0, "root"
			subj.Head, subj.Deprel = v.ID, "nsubj"
			ws[r].Head, ws[r].Deprel = v.ID, "obl"
			return
		}
		return
	}
}

// caseBefore reports whether the word at index i has a preposition (a "case" child) before it.
func caseBefore(ws []Word, i int) bool {
	for j := 0; j < i; j++ {
		if ws[j].Head == ws[i].ID && ws[j].Deprel == "case" {
			return true
		}
	}
	return false
}
