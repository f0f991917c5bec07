package syntax

import (
	"slices"
	"strings"
	"unicode"
)

// designations gives a model's designation written with a hyphen ("F-16", "S-400", "MiG-29")
// the shape EWT gives it ("F-102 jets": the letters the head, the number their flat, the hyphen
// the number's punct, the letters a compound of the noun after them), where the parser, reading
// three tokens, made the letters and the noun two objects or two modifiers of the verb ("Turkey
// bought S-400 missiles from Russia" had "missiles" an object of "S"). The noun after the
// designation, or the letters when no noun follows, takes the place of the word of the group
// that hung outside it by the most central relation (groupRels; "would buy F-35 fighter jets"
// had "F" an indirect object and "jets" the object), and the group's other dependents go with
// it.
func designations(s *Sentence) {
	ws := s.Words
	for i := 0; i+2 < len(ws); i++ {
		l, h, d := &ws[i], &ws[i+1], &ws[i+2]
		if !designationLetters(l.Form) || h.Form != "-" || !designationNumber(d.Form) || l.End != h.Start || h.End != d.Start {
			continue
		}
		last := i + 2 // the last word of the group: the noun after the designation, if any
		for last+1 < len(ws) && ws[last+1].UPOS == "NOUN" {
			last++
		}
		head := i // the word that heads the group: the noun, or the letters
		if last > i+2 {
			head = last
		}
		inGroup := func(id int) bool { return id >= i+1 && id <= last+1 }
		ext, rel, rank := -1, "", len(groupRels)
		for k := i; k <= last; k++ {
			if inGroup(ws[k].Head) {
				continue
			}
			r := slices.Index(groupRels, BaseRel(ws[k].Deprel))
			if r < 0 {
				r = len(groupRels)
			}
			if ext < 0 || r < rank {
				ext, rel, rank = ws[k].Head, ws[k].Deprel, r
			}
		}
		if ext < 0 || ext > 0 && inSubtree(ws, ext, ws[head].ID) {
			continue
		}
		for k := range ws {
			if (k < i || k > last) && inGroup(ws[k].Head) && ws[k].Head != ws[head].ID {
				ws[k].Head = ws[head].ID // "its first F-16 jets from Denmark": the phrase's
			}
		}
		for k := i + 3; k < last; k++ {
			ws[k].Head, ws[k].Deprel = ws[last].ID, "compound" // "fighter" of "fighter jets"
		}
		ws[head].Head, ws[head].Deprel = ext, rel
		if head != i {
			l.Head, l.Deprel = ws[head].ID, "compound"
		}
		d.Head, d.Deprel = l.ID, "flat"
		h.Head, h.Deprel = d.ID, "punct"
		i = last
	}
}

// groupRels rank the relations by which a designation's group hangs outside it, most central
// first: the phrase keeps the first the parser gave one of its words.
var groupRels = []string{"obj", "obl", "nmod", "nsubj", "iobj"}

// designationLetters reports whether f is the letters of a model's designation: one to four
// letters, the first a capital ("F", "S", "MiG", "Su").
func designationLetters(f string) bool {
	if len(f) == 0 || len(f) > 4 || !unicode.IsUpper(rune(f[0])) {
		return false
	}
	return strings.IndexFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// designationNumber reports whether f is the number of a model's designation, with a plural "s"
// or not ("16", "400", "16s").
func designationNumber(f string) bool {
	f = strings.TrimSuffix(f, "s")
	return f != "" && strings.IndexFunc(f, func(r rune) bool { return r < '0' || r > '9' }) < 0
}
