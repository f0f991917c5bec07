package syntax

// adjectiveSiblings mends a coordination of two noun phrases where the parser joined the
// adjective that opens the second to the first and made the second phrase's head a sibling of
// the first: in "Chinese President Xi Jinping and Chinese Premier Li Keqiang attended a
// meeting" it made the second "Chinese" a conjunct of "Jinping" and "Li" a second subject of
// "attended", so the second conjunct read as China. An adjective conjunct, opened by a
// conjunction, directly followed by a phrase whose head bears the same relation to the same head
// as the first conjunct's phrase, opens that phrase: the phrase's head becomes the conjunct of
// the first (taking the conjunction), and the adjective modifies the title in it ("Premier"), or
// else its head. Only where the first conjunct is a noun phrase that is an argument (a subject,
// object or oblique): "grateful and proud to be part" and "US and European intelligence
// agencies" are no such coordination.
// adjectiveConjuncts mends the same misreading where the second noun hangs on the first noun's
// head.
func adjectiveSiblings(s *Sentence) {
	ws := s.Words
	for i := range ws {
		a := &ws[i]
		if a.UPOS != "ADJ" && a.UPOS != "PROPN" || a.Deprel != "conj" || a.Head == 0 || a.Head > a.ID || !hasChild(ws, a.ID, "cc") {
			continue
		}
		top := a.Head // the head of the first conjunct's phrase: up through the name's parts
		for top > 0 && nameParts[ws[top-1].Deprel] && ws[top-1].Head > 0 && ws[top-1].Head < top {
			top = ws[top-1].Head
		}
		if first := &ws[top-1]; !nominal[first.UPOS] || !argumentRels[first.Deprel] {
			continue // "grateful and proud to be part", "US and European intelligence agencies"
		}
		m := siblingPhrase(ws, a.ID, &ws[top-1])
		if m == 0 || m == top || a.UPOS == "PROPN" && !hasChild(ws, m, "nmod:desc") {
			continue // a name before a titled name only ("and Turkish Prime Minister Ahmet Davutoglu")
		}
		for j := range ws {
			if ws[j].Head == a.ID && ws[j].Deprel == "cc" {
				ws[j].Head = m
			}
		}
		noun := m // "allied Islamist militants"; a title's adjective is the title's
		for j := a.ID + 1; j < m; j++ {
			if ws[j-1].Head == m && ws[j-1].Deprel == "nmod:desc" {
				noun = j
				break
			}
		}
		ws[m-1].Head, ws[m-1].Deprel = top, "conj"
		a.Head, a.Deprel = noun, "amod"
		if a.UPOS == "PROPN" {
			a.Deprel = "compound" // "Turkish" tagged as a name
		}
	}
}

// argumentRels are the relations of a noun phrase that is an argument of its head, where the
// parser's misreading makes two of them.
var argumentRels = setOf("nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod")

// siblingPhrase returns the head of the phrase that starts right after word a and bears the
// same relation to the same head as first, or 0: every word from a+1 to the phrase's head lies
// under that head, none is a preposition, and the head is a noun or name.
func siblingPhrase(ws []Word, a int, first *Word) int {
	for m := a + 1; m <= len(ws) && m-a <= 6; m++ {
		w := &ws[m-1]
		if w.Head == first.Head && w.Deprel == first.Deprel {
			if !nominal[w.UPOS] {
				return 0
			}
			for j := a + 1; j < m; j++ {
				if !inSubtree(ws, j, m) || ws[j-1].UPOS == "ADP" {
					return 0 // "between the government and Boko Haram for release of …": not a phrase of its own
				}
			}
			return m
		}
	}
	return 0
}
