package syntax

import "strings"

// prepositionsAsMarks gives back to a noun a prepositional phrase that the parser read as the
// subject of a clause: in "The strikes by Israel on Lebanon continued" it made "on" a marker and
// "Lebanon" a second subject of "continued". A preposition that cannot introduce a finite clause
// ("on", "in", "against", …; UD marks such words only before a gerund) marking a verb in the past
// or present tense, with the noun right after it a subject of that verb and another subject
// before it, is the case of that noun, and the noun modifies the first subject (nmod). Where the
// parser made the noun phrase before the preposition the root and the verb a clause on it
// ("Missile strikes by Russia on Kharkiv killed 12 people"), the verb becomes the root and that
// noun its subject.
func prepositionsAsMarks(s *Sentence) {
	ws := s.Words
	for pi := 1; pi+1 < len(ws); pi++ {
		p := &ws[pi]
		if p.UPOS != "ADP" || p.Deprel != "mark" || !clauselessPreps[strings.ToLower(p.Form)] || p.Head <= p.ID {
			continue
		}
		v := &ws[p.Head-1]
		if v.XPOS != "VBD" && v.XPOS != "VBZ" && v.XPOS != "VBP" {
			continue
		}
		first, second := -1, -1
		for i := range ws {
			if ws[i].Head == v.ID && ws[i].Deprel == "nsubj" {
				switch {
				case i < pi:
					first = i
				case second < 0 && i > pi:
					second = i
				}
			}
		}
		if second < 0 || !nominal[ws[second].UPOS] || !contiguous(ws, pi+1, second+1, ws[second].ID) {
			continue
		}
		if first < 0 {
			first = rootNounBefore(ws, v, pi)
			if first < 0 {
				continue
			}
			promote(ws, first, p.Head-1)
		}
		ws[second].Head, ws[second].Deprel = ws[first].ID, "nmod"
		p.Head, p.Deprel = ws[second].ID, "case"
	}
}

// rootNounBefore returns the index of the root noun before index pi on which verb v hangs as a
// clause (acl), or -1.
func rootNounBefore(ws []Word, v *Word, pi int) int {
	if v.Deprel != "acl" || v.Head <= 0 || v.Head > pi {
		return -1
	}
	if h := &ws[v.Head-1]; h.Deprel == "root" && nominal[h.UPOS] {
		return v.Head - 1
	}
	return -1
}

// promote makes the verb at index vi the root and the noun at index ni, the old root, its
// subject; the noun's dependents after the verb (the final punctuation) go to the verb.
func promote(ws []Word, ni, vi int) {
	for i := vi + 1; i < len(ws); i++ {
		if ws[i].Head == ws[ni].ID {
			ws[i].Head = ws[vi].ID
		}
	}
	ws[vi].Head, ws[vi].Deprel = 0, "root"
	ws[ni].Head, ws[ni].Deprel = ws[vi].ID, "nsubj"
}

// clauselessPreps are prepositions that never introduce a finite clause.
var clauselessPreps = setOf("on", "in", "at", "of", "from", "into", "onto", "against", "over", "under",
	"between", "among", "through", "toward", "towards", "across", "about", "near", "inside", "outside")

// objectsOfNouns makes a prepositional phrase of an object the parser hung on a noun: in
// "repelled an attack by Boko Haram fighters" it read "fighters" as the obj of "attack", though a
// noun takes no object (UD) and "by" is the phrase's case. A noun or name whose relation is obj,
// whose head is a noun before it and whose phrase begins with a preposition, is that noun's
// nmod, and the preposition its case.
func objectsOfNouns(s *Sentence) {
	ws := s.Words
	for i := range ws {
		w := &ws[i]
		if w.Deprel != "obj" || !nominal[w.UPOS] || w.Head <= 0 || w.Head > w.ID || ws[w.Head-1].UPOS != "NOUN" {
			continue
		}
		first := i
		for first > 0 && inSubtree(ws, ws[first-1].ID, w.ID) {
			first--
		}
		if p := &ws[first]; first < i && p.UPOS == "ADP" && p.Deprel == "case" {
			w.Deprel = "nmod"
			p.Head = w.ID
		}
	}
}
