package syntax

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
