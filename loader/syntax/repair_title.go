package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// titleOwners hangs a proper noun right before a title on that title: in "Nigeria president
// Goodluck Jonathan would not swap prisoners" the parser made "Nigeria" the subject of "swap"
// and the name its conjunct (or a second subject), two parties where the text names one, though
// UD English EWT hangs "Apple" in "Apple CEO Tim Cook" on the title as a compound. Only where the
// title is an nmod:desc of the name after it and the proper noun (the last word of its name:
// "States" of "United States") is a subject or conjunct that the name is the conjunct of, or
// shares a verb with as subject, or is a conjunct beside the name as subject ("Ghana president
// John Mahama and Nigeria president Goodluck Jonathan signed"): the name takes the proper
// noun's place in the tree, with its conjunction and punctuation.
func titleOwners(s *Sentence) {
	ws := s.Words
	for i := 0; i+1 < len(ws); i++ {
		a, t := &ws[i], &ws[i+1]
		if a.UPOS != "PROPN" || t.Deprel != "nmod:desc" || t.Head <= t.ID || a.Head == t.ID {
			continue
		}
		name := &ws[t.Head-1]
		subj := func(w *Word) bool { return strings.HasPrefix(w.Deprel, "nsubj") }
		switch {
		case name.Head == a.ID && name.Deprel == "conj" && (subj(a) || a.Deprel == "conj"):
		case subj(a) && subj(name) && a.Head == name.Head:
		case a.Deprel == "conj" && subj(name):
		default:
			continue
		}
		if inSubtree(ws, a.Head, name.ID) {
			continue
		}
		for j := range ws {
			d := &ws[j]
			if d.Head != a.ID || d == name || d.ID < a.ID && d.Deprel != "cc" && d.Deprel != "punct" {
				continue // "United" of "United States" stays on "States"
			}
			d.Head = name.ID
		}
		name.Head, name.Deprel = a.Head, a.Deprel
		a.Head, a.Deprel = t.ID, "compound"
	}
}

// titlesInNames splits a name the parser ran together with the title before it: in "Uttar
// Pradesh Chief Minister Yogi Adityanath on Sunday launched …" every word hung on "Uttar" as
// flat, so the subject was the state, not the person. Where a flat chain holds a word of public
// office (officeTitles), as a flat word or as its head, with capitalised words after it, the
// first of those heads the name and takes the chain's place, the words after it its flat, and
// the chain's head with the title its nmod:desc (as EWT hangs "Taiwanese President Chen"); what
// hung on the chain's head after the name goes to the name.
func titlesInNames(s *Sentence) {
	ws := s.Words
	for hi := range ws {
		h := &ws[hi]
		t := 0
		if officeTitles[strings.ToLower(h.Form)] {
			t = h.ID // "Chief Minister Yogi Adityanath" with "Minister" the head
		}
		for j := hi + 1; j < len(ws) && ws[j].Head == h.ID && ws[j].Deprel == "flat"; j++ {
			if t == 0 && officeTitles[strings.ToLower(ws[j].Form)] {
				t = ws[j].ID
			} else if t > 0 {
				n := &ws[j]
				if !capitalised(n.Form) {
					break
				}
				n.Head, n.Deprel = h.Head, h.Deprel
				for k := range ws {
					if k != j && ws[k].Head == h.ID && ws[k].ID > n.ID {
						ws[k].Head = n.ID
					}
				}
				h.Head, h.Deprel = n.ID, "nmod:desc"
				break
			}
		}
	}
}

// capitalised reports whether form begins with an upper-case letter.
func capitalised(form string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	return unicode.IsUpper(r)
}
