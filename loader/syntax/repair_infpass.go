package syntax

import "strings"

// infinitiveObjects gives an infinitive on a noun back the object the parser made the subject of
// the passive after it: in "Sweden's bid to join NATO was approved by the Turkish parliament" it
// made "NATO" the passive subject of "approved" and "approved" a clause inside the bid, so NATO
// was approved. Where a passive verb (with aux:pass) has a subject whose phrase begins right after
// an infinitive with no object ("to join"), and only the passive's auxiliaries and adverbs stand
// between that phrase and the verb, the phrase is the infinitive's object; the noun the
// infinitive modifies (acl) is the passive's subject, and where that noun was the root, the
// passive takes its place ("A plan to build a dam on the Nile was rejected by Egypt" the parser
// had right). Not where the infinitive takes a clause with its "that" dropped ("reason to believe
// he was being held", "to ensure the directive was carried out") nor where the subject is a
// pronoun of subject form.
func infinitiveObjects(s *Sentence) {
	ws := s.Words
	for vi := range ws {
		v := &ws[vi]
		if v.UPOS != "VERB" || !hasChild(ws, v.ID, "aux:pass") {
			continue
		}
		n, inf := passiveAfterInfinitive(ws, v.ID)
		if n < 0 {
			continue
		}
		h := &ws[inf.Head-1]
		if h.ID > inf.ID || h.UPOS != "NOUN" && h.UPOS != "PROPN" || !inSubtree(ws, v.ID, h.ID) && !(h.Head == v.ID && h.Deprel == "nsubj:pass") {
			continue
		}
		ws[n].Head, ws[n].Deprel = inf.ID, "obj"
		if h.Head == v.ID {
			continue
		}
		v.Head, v.Deprel = h.Head, h.Deprel
		for i := range ws {
			if ws[i].Head == h.ID && ws[i].ID > v.ID {
				ws[i].Head = v.ID
			}
		}
		h.Head, h.Deprel = v.ID, "nsubj:pass"
	}
}

// passiveAfterInfinitive returns the index in ws of a passive subject of the verb with ID v
// whose phrase begins right after an infinitive on a noun with no object and ends where only the
// verb's auxiliaries and adverbs part it from v, with that infinitive; or -1 and nil.
func passiveAfterInfinitive(ws []Word, v int) (int, *Word) {
	for i := range ws {
		if ws[i].Head != v || ws[i].Deprel != "nsubj:pass" || ws[i].ID > v {
			continue
		}
		st := spanStart(ws, ws[i].ID)
		if st < 2 {
			continue
		}
		inf := &ws[st-2]
		if inf.UPOS == "VERB" && inf.Deprel == "acl" && hasMark(ws, inf.ID, "to") && !hasChild(ws, inf.ID, "obj") &&
			onlyAuxBetween(ws, spanEnd(ws, ws[i].ID), v) && !takesClause(inf.Lemma) && !subjectPronouns[strings.ToLower(ws[i].Form)] {
			return i, inf
		}
	}
	return -1, nil
}

// onlyAuxBetween reports whether only auxiliaries and adverbs of the verb with ID v stand after
// the word with ID a and before v.
func onlyAuxBetween(ws []Word, a, v int) bool {
	for id := a + 1; id < v; id++ {
		w := ws[id-1]
		if w.Head != v || w.Deprel != "aux" && w.Deprel != "aux:pass" && w.Deprel != "advmod" {
			return false
		}
	}
	return true
}

// takesClause reports whether the verb lemma l says, thinks, tells, knows, shows or ensures what a
// clause tells, whose "that" news often drops ("to ensure the order was carried out").
func takesClause(l string) bool {
	l = strings.ToLower(l)
	return clauseVerbs[l] || tellVerbs[l] || knowingVerbs[l]
}

// knowingVerbs know, show or ensure what a clause tells.
var knowingVerbs = map[string]bool{"ensure": true, "guarantee": true, "prove": true,
	"demonstrate": true, "indicate": true, "hope": true, "understand": true, "realize": true,
	"realise": true, "mean": true, "find": true, "learn": true, "feel": true, "assume": true,
	"expect": true, "determine": true, "verify": true, "see": true, "make": true}

// subjectPronouns are the personal pronouns in subject form, which are never an object.
var subjectPronouns = map[string]bool{"i": true, "he": true, "she": true, "we": true, "they": true}
