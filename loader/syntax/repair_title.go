package syntax

import "strings"

// casesOnTitles hangs a preposition the parser attached to a title before a name on the name:
// in "airstrikes ordered by President Obama" "by" came out as the case of "President", an
// nmod:desc of "Obama", so the agent "Obama" had no preposition and the participle no agent. A
// case word always goes with the head of its noun phrase in UD (UD English EWT has no case
// hung on an nmod:desc); a case word before a title that precedes its head moves to that head.
// So does one before a name that modifies a noun after it: in "an attack by Boko Haram
// militants" "by" came out as the case of "Boko", a compound of "militants" (EWT hangs no case
// on a compound either).
func casesOnTitles(s *Sentence) {
	ws := s.Words
	for i := range ws {
		c := &ws[i]
		if c.Deprel != "case" || c.Head <= c.ID {
			continue
		}
		t := &ws[c.Head-1]
		if (t.Deprel == "nmod:desc" || t.Deprel == "compound") && t.Head > t.ID {
			c.Head = t.Head
		}
	}
}

// titleDemonyms hangs an adjective right before a title on that title: in "Ukrainian President
// Petro Poroshenko will meet …" the parser made "Ukrainian" the root (or a subject, or an
// adverbial of the verb) and the verb its clause, though UD English EWT hangs "Taiwanese" in
// "Taiwanese President Chen" on the title ("Iraqi Prime Minister": on "Minister") as amod. Only where the title is an nmod:desc of a
// name that is the subject of a verb and the adjective hangs on that verb, or is the root with
// that verb as its dependent: the verb takes the adjective's place in the tree and its other
// dependents.
func titleDemonyms(s *Sentence) {
	ws := s.Words
	for i := 0; i+1 < len(ws); i++ {
		a, t := &ws[i], &ws[i+1]
		for (t.Deprel == "amod" || t.Deprel == "compound") && t.Head > t.ID && t.Head-t.ID <= 2 {
			t = &ws[t.Head-1] // "Prime" of "Prime Minister"
		}
		if a.UPOS != "ADJ" || t.Deprel != "nmod:desc" || t.Head <= t.ID || a.Head == t.ID || a.Head == t.Head {
			continue
		}
		name := &ws[t.Head-1]
		if name.Head == 0 || !strings.HasPrefix(name.Deprel, "nsubj") {
			continue
		}
		v := &ws[name.Head-1]
		switch {
		case a.Head == v.ID:
		case a.Head == 0 && v.Head == a.ID:
			for j := range ws {
				if ws[j].Head == a.ID && j != v.ID-1 {
					ws[j].Head = v.ID
				}
			}
			v.Head, v.Deprel = 0, "root"
		default:
			continue
		}
		for j := range ws {
			if ws[j].Head == a.ID {
				ws[j].Head = v.ID
			}
		}
		a.Head, a.Deprel = t.ID, "amod"
	}
}
