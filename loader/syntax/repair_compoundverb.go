package syntax

// compoundSubjects makes the subject of a tensed verb a noun the parser hung on it as a compound:
// a compound modifies a noun (UD), and after a retagging (untensedPresent: "Video shows girl
// infested with nits") the parser kept the noun before the verb as the compound it was of the
// noun the verb had been. Where a tensed verb with an object and no subject has a nominal
// compound right before it, that noun becomes its subject, and the words before it that hung on
// the verb as modifiers of a noun (compound, det, amod, nmod:poss) hang on that noun. No EWT arc
// moves (train, dev, test); a version that took any compound before the verb moved five right
// train arcs ("kill - offs").
func compoundSubjects(s *Sentence) {
	ws := s.Words
	for v := range ws {
		w := &ws[v]
		if w.UPOS != "VERB" || !tensed[w.XPOS] || v == 0 || ws[v-1].Head != w.ID || ws[v-1].Deprel != "compound" ||
			!nominal[ws[v-1].UPOS] || hasSubject(ws, w.ID) || !hasChild(ws, w.ID, "obj") {
			continue
		}
		subj := ws[v-1].ID
		ws[subj-1].Deprel = "nsubj"
		for i := 0; i < subj-1; i++ {
			if d := &ws[i]; d.Head == w.ID && nounModifiers[d.Deprel] {
				d.Head = subj
			}
		}
	}
}

// nounModifiers are the relations of a word that modifies a noun before it.
var nounModifiers = map[string]bool{"compound": true, "det": true, "amod": true, "nmod:poss": true}
