package syntax

// relativeRoots gives a sentence back its main verb where the parser rooted it in a subject with
// a relative clause between commas: in "Brazil, which had criticized Argentina, later praised
// Uruguay" it made "Brazil" the root, "criticized" its relative clause and "praised" an
// adverbial clause of "criticized", so the praise had no subject and read as part of the
// criticism. A relative clause set off by commas ends at the second comma; a finite verb after
// that comma, hung on the relative clause's verb as an adverbial clause, a complement, a
// conjunct or a parataxis, with no subject or conjunction of its own, is the sentence's verb (a
// participle with an object and no auxiliary there is a past tense the tagger misread): it
// becomes the root and the noun its subject (nsubj:pass beside a passive auxiliary), taking the
// noun's dependents after it (the closing punctuation).
func relativeRoots(s *Sentence) {
	ws := s.Words
	r := rootIndex(ws)
	if r < 0 || !nominal[ws[r].UPOS] {
		return
	}

	for ri := r + 1; ri < len(ws); ri++ {
		rel := &ws[ri]
		if rel.Head != ws[r].ID || rel.Deprel != "acl:relcl" || !commaBefore(ws, r, ri) {
			continue
		}
		for vi := ri + 1; vi < len(ws); vi++ {
			v := &ws[vi]
			past := v.XPOS == "VBN" && !hasChild(ws, v.ID, "aux") && !hasChild(ws, v.ID, "aux:pass") && hasChild(ws, v.ID, "obj")
			if v.Head != rel.ID || v.UPOS != "VERB" || !relativeTail[v.Deprel] || !finite(ws, v) && !past ||
				hasSubject(ws, v.ID) || hasChild(ws, v.ID, "cc") || hasChild(ws, v.ID, "mark") || !commaBefore(ws, ri, vi) {
				continue
			}
			for i := range ws {
				if ws[i].Head == ws[r].ID && i > vi {
					ws[i].Head = v.ID
				}
			}
			if past {
				v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
			}
			v.Head, v.Deprel = 0, "root"
			ws[r].Head, ws[r].Deprel = v.ID, "nsubj"
			if hasChild(ws, v.ID, "aux:pass") {
				ws[r].Deprel = "nsubj:pass"
			}
			return
		}
		return
	}
}

// relativeTail are the relations by which the parser hangs a sentence's verb on a relative
// clause before it.
var relativeTail = setOf("advcl", "ccomp", "conj", "parataxis")
