package syntax

// punctuationHeads hangs a word the parser attached to a punctuation mark on the mark's head
// instead. UD gives punctuation no dependents, and EWT has none, but the greedy parser, having
// attached a comma, a dash or the full stop first, sometimes hangs a later word on it ("engulfed
// the capital, Tripoli, and also Benghazi" had "and" on the full stop). The mark's own head is where the
// phrase would have gone had the mark not been there; a mark that is the root, or whose chain of
// marks ends at the root, leaves its dependents alone (EWT hangs 16 of its 29,682 marks on another
// mark, and no other word). A mark below the root is a punct, as in EWT, never an object or a conjunct, but for the few
// that stand for a word (wordMarks).
func punctuationHeads(s *Sentence) {
	ws := s.Words
	for i := range ws {
		h := ws[i].Head
		for steps := 0; h > 0 && h <= len(ws) && ws[h-1].UPOS == "PUNCT" && steps < len(ws); steps++ {
			h = ws[h-1].Head
		}
		if h == ws[i].Head || h <= 0 || h > len(ws) || h == ws[i].ID || inSubtree(ws, h, ws[i].ID) {
			continue
		}
		ws[i].Head = h
	}
	for i := range ws {
		if ws[i].UPOS == "PUNCT" && ws[i].Head > 0 && !wordMarks[ws[i].Form] {
			ws[i].Deprel = "punct" // "quick to respond, arresting …" with the comma the object
		}
	}
}

// wordMarks are marks that stand for a word ("11 / 10", "dress maker / tailor"), which EWT
// gives the word's relation.
var wordMarks = map[string]bool{"/": true, "&": true, "+": true, "-": true}
