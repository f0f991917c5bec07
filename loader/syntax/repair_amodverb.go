package syntax

// adjectivesOnVerbs hangs an adjective the parser made a modifier (amod) of a verb on the noun
// phrase that follows it: in "Iraqi military says it has seized …" and "At least 25 suspected
// Boko Haram insurgents were killed" the adjective hung on the verb, so "military" was no
// state's. An amod modifies a noun (UD); where the words right after the adjective form a noun
// phrase that is an argument of that same verb, the adjective modifies the phrase's head.
func adjectivesOnVerbs(s *Sentence) {
	ws := s.Words
	for i := 0; i+1 < len(ws); i++ {
		a := &ws[i]
		if a.UPOS != "ADJ" || a.Deprel != "amod" || a.Head <= a.ID+1 || ws[a.Head-1].UPOS != "VERB" {
			continue
		}
		h := a.ID + 1 // up from the next word while its head lies after it and before the verb
		for ws[h-1].Head > h && ws[h-1].Head < a.Head {
			h = ws[h-1].Head
		}
		if n := &ws[h-1]; nominal[n.UPOS] && n.Head == a.Head && argumentRels[BaseRel(n.Deprel)] { // nsubj:pass too
			a.Head = h
		}
	}
}
