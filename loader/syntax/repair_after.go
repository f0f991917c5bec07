package syntax

import "strings"

// subordinatorsAsPrepositions makes a clause of what the parser read as a preposition and its
// noun followed by a finite verb of its own: in "NATO strengthened its forces … after Russia
// seized Crimea" the tagger took "after" for a preposition, "Russia" became its noun and "seized"
// a conjunct of "strengthened" with no conjunction, so Crimea was NATO's seizure. Where a temporal
// word that may also be a subordinating conjunction (after, before, since, until) is the case of
// a name or noun right before a past or present tense that the parser joined to an earlier verb
// as a conjunct without "and" or "or", or as an adverbial clause with no marker ("stepped up its
// attacks after the Islamic State said it had killed …"), and that has no subject, the verb
// becomes an adverbial clause of that earlier verb, the noun its subject and the word its
// marker. No EWT arc changes from the adverbial case; in the FNC-1 bodies 12 sentences change.
func subordinatorsAsPrepositions(s *Sentence) {
	ws := s.Words
	for vi := 2; vi < len(ws); vi++ {
		v := &ws[vi]
		participle := v.XPOS == "VBN" && pastForm(v.Form) && !hasChild(ws, v.ID, "aux") && !hasChild(ws, v.ID, "aux:pass")
		if v.UPOS != "VERB" || v.Deprel != "conj" && v.Deprel != "advcl" && v.Deprel != "xcomp" && v.Deprel != "parataxis" || v.XPOS != "VBD" && v.XPOS != "VBZ" && v.XPOS != "VBP" && !participle ||
			v.Head <= 0 || v.Head > v.ID || ws[v.Head-1].UPOS != "VERB" || hasChild(ws, v.ID, "cc") || hasChild(ws, v.ID, "mark") || hasSubject(ws, v.ID) {
			continue
		}
		k := vi
		for k > 0 && ws[k-1].Head == v.ID && ws[k-1].Deprel == "advmod" {
			k-- // "after the United States just took out …"
		}
		n := nounBefore(ws, k)
		if n < 0 {
			continue
		}
		m := markOf(ws, n)
		for m < 0 && ws[n].Deprel == "nmod" && ws[n].Head > 0 && ws[n].Head-1 < n && contiguous(ws, ws[n].Head-1, k, ws[n].Head) {
			n = ws[n].Head - 1 // "as a row over the killing of a Sikh leader escalated": the phrase's head
			m = markOf(ws, n)
		}
		if m < 0 || roleAfterAs(ws, m, n) {
			continue
		}
		if participle && ws[n].UPOS != "PROPN" && !hasChild(ws, v.ID, "obj") {
			// "after the president elected in 2016 took office": a noun may take a participle;
			// one with an object is a past tense ("after a car bomb struck a bus")
			continue
		}
		if participle {
			// "after President Donald Trump proposed slapping tariffs": a name takes none
			v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
		}
		v.Deprel = "advcl"
		ws[n].Head, ws[n].Deprel = v.ID, "nsubj"
		ws[m].Head, ws[m].Deprel, ws[m].UPOS, ws[m].XPOS = v.ID, "mark", "SCONJ", "IN"
	}
}

// participleClauses makes a clause of a temporal preposition's noun and the participle the
// parser hung on that noun, where the participle has an object of its own: in "recalled its
// ambassador after Burundian police detained three Kenyan truck drivers" it made "police" the
// noun of "after", "detained" a reduced relative on it and "drivers" an agent with no "by", so
// the police detained no one. A noun modified by a participle ("the president elected in 2016")
// takes no object after it; one with an object, or with an agent that has no "by", is the
// participle's subject, the participle a past tense heading an adverbial clause of the verb the
// noun hung on, the preposition its marker, and the agent its object.
func participleClauses(s *Sentence) {
	ws := s.Words
	for vi := 2; vi < len(ws); vi++ {
		v := &ws[vi]
		if v.UPOS != "VERB" || v.Deprel != "acl" || v.XPOS != "VBN" && v.XPOS != "VBD" || !pastForm(v.Form) ||
			v.Head <= 0 || v.Head > v.ID || hasChild(ws, v.ID, "aux") || hasChild(ws, v.ID, "aux:pass") ||
			hasChild(ws, v.ID, "mark") {
			continue
		}
		n := nounBefore(ws, vi)
		if n < 0 || ws[n].ID != v.Head || ws[n].Head <= 0 || !strings.HasPrefix(ws[n].Deprel, "obl") {
			continue
		}
		if h := ws[ws[n].Head-1]; h.UPOS != "VERB" || BaseRel(h.Deprel) == "acl" {
			continue // not on a reduced relative: "a tip from suspects detained after the shootouts led them …"
		}
		m := markOf(ws, n)
		if m < 0 || roleAfterAs(ws, m, n) {
			continue
		}
		o := bareAgent(ws, v.ID)
		if o < 0 && !hasChild(ws, v.ID, "obj") {
			continue
		}
		if o >= 0 {
			ws[o].Deprel = "obj"
		}
		v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
		v.Head, v.Deprel = ws[n].Head, "advcl"
		ws[n].Head, ws[n].Deprel = v.ID, "nsubj"
		ws[m].Head, ws[m].Deprel, ws[m].UPOS, ws[m].XPOS = v.ID, "mark", "SCONJ", "IN"
	}
}

// bareAgent returns the index of an agent (obl:agent) of the verb with ID v that has no "by",
// or -1.
func bareAgent(ws []Word, v int) int {
	for i := range ws {
		if ws[i].Head == v && ws[i].Deprel == "obl:agent" && !hasChild(ws, ws[i].ID, "case") {
			return i
		}
	}
	return -1
}

// nounBefore returns the index of the head of the name or noun phrase that ends right before the
// word at index vi (its flat, compound or determiner words before it), or -1.
func nounBefore(ws []Word, vi int) int {
	i := vi - 1
	for i >= 0 && (ws[i].Deprel == "flat" || ws[i].Deprel == "compound") && ws[i].Head > ws[i].ID {
		i--
	}
	if i >= 0 && ws[i].Deprel == "flat" && ws[i].Head < ws[i].ID && ws[i].Head > 0 {
		i = ws[i].Head - 1 // "President Donald Trump": the name's first word
	}
	if i < 0 || ws[i].UPOS != "PROPN" && ws[i].UPOS != "NOUN" && ws[i].UPOS != "PRON" {
		return -1
	}
	for j := i + 1; j < vi; j++ {
		if ws[j].Head != ws[i].ID { // a name's flat parts hang on its first word
			return -1
		}
	}
	return i
}

// markOf returns the index of the temporal preposition that is the case of the word at index n,
// right before its phrase, or -1.
func markOf(ws []Word, n int) int {
	for i := n - 1; i >= 0 && i >= n-6; i-- {
		w := ws[i]
		if w.Head == ws[n].ID && w.Deprel == "case" && subordinators[strings.ToLower(w.Form)] {
			return i
		}
		if !inSubtree(ws, w.ID, ws[n].ID) {
			return -1 // the phrase's own words only ("after a Taliban-claimed car bomb")
		}
	}
	return -1
}

// subordinators are temporal words that are prepositions before a noun and subordinating
// conjunctions before a clause ("as" too: "as a row … escalated").
var subordinators = map[string]bool{"after": true, "before": true, "since": true, "until": true, "till": true,
	"as": true}

// roleAfterAs reports whether the "as" at index m, case of the noun at index n, names a role or
// a point rather than opening a clause: "as to which", or a singular common noun with no
// determiner, which no clause takes as its subject ("as part of a deal announced Friday", "as
// head of the agency").
func roleAfterAs(ws []Word, m, n int) bool {
	if !strings.EqualFold(ws[m].Form, "as") {
		return false
	}
	if m+1 < len(ws) && strings.EqualFold(ws[m+1].Form, "to") {
		return true
	}
	if ws[n].XPOS != "NN" {
		return false
	}
	for _, w := range ws {
		if w.Head == ws[n].ID && (w.Deprel == "det" || w.Deprel == "nmod:poss" || w.Deprel == "nummod") {
			return false
		}
	}
	return true
}

// timesBeforeClauses gives a clause back its subject where the parser made a noun of time the
// subject and the clause's own subject a phrase of it: in "North Korea fired missiles, South
// Korea's military said, hours after Seoul and Washington began military exercises" the subject
// of "began" was "hours", Seoul hung on it by "after", so the exercises had no one's. Where the
// subject of a tensed verb is a noun of time with a phrase of "after" or "before" that ends right
// before the verb, that phrase's noun becomes the verb's subject, its preposition the verb's
// marker, the time noun a bare modifier of the verb (obl:npmod, as UD has "two days after he
// left"), and a verb that was the complement of another its adverbial clause.
func timesBeforeClauses(s *Sentence) {
	ws := s.Words
	for vi := range ws {
		v := &ws[vi]
		if v.UPOS != "VERB" || v.XPOS != "VBD" && v.XPOS != "VBZ" && v.XPOS != "VBP" || hasChild(ws, v.ID, "mark") {
			continue
		}
		sub := subjectOf(ws, v.ID)
		if sub == nil || !timeNoun(sub.Lemma) {
			continue
		}
		t := sub.ID - 1
		n := firstConjunct(ws, nounBefore(ws, vi)) // "after Seoul and Washington": Seoul
		if n < 0 || ws[n].Head != ws[t].ID || ws[n].Deprel != "nmod" || !contiguous(ws, n, vi, ws[n].ID) {
			continue
		}
		m := markOf(ws, n)
		if m < 0 || m != t+1 || strings.EqualFold(ws[m].Form, "as") {
			continue
		}
		ws[n].Head, ws[n].Deprel = v.ID, "nsubj"
		ws[m].Head, ws[m].Deprel, ws[m].UPOS, ws[m].XPOS = v.ID, "mark", "SCONJ", "IN"
		ws[t].Head, ws[t].Deprel = v.ID, "obl:npmod"
		if v.Deprel == "ccomp" {
			v.Deprel = "advcl"
		}
	}
}

// firstConjunct returns the index of the first conjunct of the coordination the word at index n
// is a later conjunct of ("Japan and China": Japan), n itself when it is none, or -1 for -1.
func firstConjunct(ws []Word, n int) int {
	for n >= 0 && ws[n].Deprel == "conj" && ws[n].Head > 0 && ws[n].Head-1 < n {
		n = ws[n].Head - 1
	}
	return n
}
