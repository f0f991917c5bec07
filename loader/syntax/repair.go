package syntax

import "strings"

// Repairs of the greedy parser's output where it breaks a well-formed clause in a way news text
// shows often and the treebank alone does not teach it.

// frontedSubjects gives a clause its subject back where the parser hung the subject, an
// apposition, on a fronted adverbial: in "In January, the defence minister, Leonid Maltsev,
// agreed …" the subject "minister" came out as an appos of "January", leaving "agreed" with no
// subject. A finite verb with no subject, an oblique (or adverbial noun) before it with an appos child
// between the two after a comma, gets that appos as its subject (nsubj, or nsubj:pass beside a
// passive auxiliary). Heads are 1-based IDs; the words' order and spans are untouched.
func frontedSubjects(s *Sentence) {
	ws := s.Words
	for vi := range ws {
		v := &ws[vi]
		if v.UPOS != "VERB" || !finite(ws, v) || hasSubject(ws, v.ID) {
			continue
		}
		for xi := 0; xi < vi; xi++ {
			x := &ws[xi]
			if x.Head != v.ID || !frontedRel[x.Deprel] {
				continue
			}
			for ai := xi + 1; ai < vi; ai++ {
				a := &ws[ai]
				if a.Head != x.ID || a.Deprel != "appos" || !commaBefore(ws, xi, ai) {
					continue
				}
				a.Head, a.Deprel = v.ID, "nsubj"
				if hasChild(ws, v.ID, "aux:pass") {
					a.Deprel = "nsubj:pass"
				}
				break
			}
		}
	}
}

// frontedRel are the relations of a fronted adverbial a subject may be hung on by mistake.
var frontedRel = map[string]bool{"obl": true, "obl:unmarked": true, "obl:tmod": true, "obl:npmod": true, "advmod": true}

// finite reports whether the verb v heads a finite clause: a past or present tense form, or a
// verb with an auxiliary ("has agreed", "was arrested"), not a participle or infinitive of a
// clause that has no subject of its own.
func finite(ws []Word, v *Word) bool {
	switch v.XPOS {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return hasChild(ws, v.ID, "aux") || hasChild(ws, v.ID, "aux:pass")
}

// hasSubject reports whether the word with ID id has a subject among its children.
func hasSubject(ws []Word, id int) bool {
	for _, w := range ws {
		if w.Head == id {
			switch w.Deprel {
			case "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "nsubj:outer":
				return true
			}
		}
	}
	return false
}

// hasChild reports whether the word with ID id has a child with relation rel.
func hasChild(ws []Word, id int, rel string) bool {
	for _, w := range ws {
		if w.Head == id && w.Deprel == rel {
			return true
		}
	}
	return false
}

// commaBefore reports whether a comma stands between the words at indexes x and a.
func commaBefore(ws []Word, x, a int) bool {
	for i := x + 1; i < a; i++ {
		if ws[i].Form == "," {
			return true
		}
	}
	return false
}

// participleRoots makes a clause of a sentence the parser read as a noun phrase: in "The army
// prepared to resume shelling." or "Rebels attacked Turkey." the tagger took the past tense for
// a participle (VBN) and the parser hung it on the subject as a reduced relative (acl), so the
// sentence had a noun for its root and no finite verb at all. Where the root is a noun, the
// participle follows its phrase, could be a past tense (regular "-ed", or an irregular verb whose
// two forms are one), takes an object, a clause or a "to" infinitive (or, in a sentence that
// ends with a full stop, is a verb that takes no object and has a prepositional phrase:
// "Japan's prime minister apologised to Korea"), has no auxiliary and no "by" agent, and no
// finite verb stands outside it, the participle becomes the root (VBD) and the
// noun its subject; the noun's dependents after the verb go with the verb. So does a finite verb
// the parser hung on the root noun as an apposition (finiteAppos).
func participleRoots(s *Sentence) {
	ws := s.Words
	r := rootIndex(ws)
	if r < 0 || ws[r].UPOS != "NOUN" && ws[r].UPOS != "PROPN" {
		return
	}
	for vi := r + 1; vi < len(ws); vi++ {
		v := &ws[vi]
		if v.Head != ws[r].ID || v.UPOS != "VERB" {
			continue
		}
		participle := v.Deprel == "acl" && v.XPOS == "VBN" && pastForm(v.Form) && (activeComplement(ws, v.ID) || fullStop(ws) && IntransitiveVerb(strings.ToLower(v.Lemma)) && intransitiveOblique(ws, v.ID))
		if !participle && !finiteAppos(ws, v) {
			continue
		}
		if !phraseBetween(ws, r, vi) || finiteOutside(ws, v.ID) {
			return
		}
		for i := range ws {
			if ws[i].Head == ws[r].ID && i > vi {
				ws[i].Head = v.ID
			}
		}
		v.Head, v.Deprel = 0, "root"
		if participle {
			v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
			for i := range ws {
				if ws[i].Head == v.ID && ws[i].Deprel == "obl:agent" {
					ws[i].Deprel = "obj" // "A court on Tuesday freed activist pastor Evan Mawarire"
				}
			}
		}
		ws[r].Head, ws[r].Deprel = v.ID, "nsubj"
		return
	}
}

// pastModifiers makes a clause of a sentence the parser read as one noun phrase with a past
// tense taken for an adjective on the noun after it: "Colombia's government and the ELN rebels
// resumed peace talks in Havana" ("resumed" an amod of "talks"), "The cache of weapons included
// hand grenades". The word could be a past tense, follows a noun directly (an adjective before
// its noun follows a determiner, an adverb or another modifier: "the besieged soldiers",
// "Baghdadi's bloodied body"), no subject and no finite verb stands anywhere in the sentence;
// the verb becomes the root, the noun phrase before it its subject, the noun after it its
// object.
func pastModifiers(s *Sentence) {
	ws := s.Words
	r := rootIndex(ws)
	if r < 0 || ws[r].UPOS != "NOUN" && ws[r].UPOS != "PROPN" {
		return
	}
	for i := range ws {
		if ws[i].Deprel == "nsubj" || ws[i].Deprel == "nsubj:pass" {
			return
		}
	}
	for vi := r + 1; vi+1 < len(ws); vi++ {
		v := &ws[vi]
		if v.UPOS != "VERB" || v.Deprel != "amod" || v.XPOS != "VBD" && v.XPOS != "VBN" || !pastForm(v.Form) {
			continue
		}
		if p := ws[vi-1].UPOS; p != "NOUN" && p != "PROPN" || v.Head <= v.ID || finiteOutside(ws, v.ID) {
			continue
		}
		n := v.Head
		for i := range ws {
			if ws[i].Head == ws[r].ID && i > vi && !inSubtree(ws, ws[i].ID, n) {
				ws[i].Head = v.ID
			}
		}
		ws[n-1].Head, ws[n-1].Deprel = v.ID, "obj"
		v.Head, v.Deprel = 0, "root"
		v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
		ws[r].Head, ws[r].Deprel = v.ID, "nsubj"
		return
	}
}

// commaParticiples hangs on the verb a present participle set off by a comma after that verb's
// object, which the parser hung on the object's noun: in "Uganda's parliament passed a law
// criminalising homosexuality, drawing condemnation from the United States", "drawing" tells
// what the passing did (an adverbial clause of "passed"), not what homosexuality did.
func commaParticiples(s *Sentence) {
	ws := s.Words
	for i := 1; i < len(ws); i++ {
		v := &ws[i]
		if v.UPOS != "VERB" || v.XPOS != "VBG" || v.Deprel != "acl" || ws[i-1].Form != "," || v.Head <= 0 {
			continue
		}
		n := &ws[v.Head-1]
		if n.ID > v.ID || n.Deprel != "obj" || n.Head <= 0 || ws[n.Head-1].UPOS != "VERB" {
			continue
		}
		v.Head, v.Deprel = n.Head, "advcl"
		ws[i-1].Head = v.ID // the comma goes with the clause it sets off
	}
}

// rootIndex returns the index of the root word of ws, or -1.
func rootIndex(ws []Word) int {
	for i, w := range ws {
		if w.Head == 0 {
			return i
		}
	}
	return -1
}

// pastForm reports whether a participle's form may also be a past tense: a regular "-ed" form,
// or one of the irregular verbs whose past and participle are one word.
func pastForm(form string) bool {
	f := strings.ToLower(form)
	return strings.HasSuffix(f, "ed") || sameIrregularPast[f]
}

// pastTense reports whether the verb w may be a past tense by its tag or its form: a regular
// "-ed" form, or a form that is not its lemma and no "-s" or "-ing" form ("sank", which the
// tagger may tag as an infinitive).
func pastTense(w Word) bool {
	f := strings.ToLower(w.Form)
	irregular := f != strings.ToLower(w.Lemma) && !strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ing")
	return w.XPOS == "VBD" || pastForm(f) || irregular
}

// sameIrregularPast are irregular past tenses that are also the participle.
var sameIrregularPast = map[string]bool{"hit": true, "cut": true, "put": true, "set": true, "shut": true,
	"struck": true, "held": true, "met": true, "sent": true, "made": true, "said": true, "told": true,
	"paid": true, "led": true, "fought": true, "sought": true, "brought": true, "bought": true,
	"kept": true, "left": true, "lost": true, "built": true, "spent": true, "won": true, "shot": true,
	"found": true, "heard": true, "sold": true, "caught": true, "taught": true, "meant": true, "lent": true}

// activeComplement reports whether the verb with ID v takes what a passive participle seldom
// does (an object, a clause, an infinitive with "to"), itself or through a past tense joined to
// it by "and" or "or" ("rammed and sank a fishing boat": the object on the second verb), and no
// "by" agent or auxiliary.
func activeComplement(ws []Word, v int) bool {
	active := false
	for _, w := range ws {
		if w.Head != v {
			continue
		}
		switch w.Deprel {
		case "obl:agent":
			if hasCase(ws, w.ID, "by") {
				return false
			}
			active = true // a bare noun phrase as an agent is an object mislabelled
		case "aux", "aux:pass", "nsubj", "nsubj:pass":
			return false
		case "obj", "ccomp", "xcomp":
			active = true
		case "advcl":
			active = active || hasMark(ws, w.ID, "to")
		case "conj":
			active = active || w.UPOS == "VERB" && w.ID > v && hasChild(ws, w.ID, "cc") && pastTense(w) && activeComplement(ws, w.ID)
		}
	}
	return active
}

// fullStop reports whether the sentence ends with a full stop: prose, where every sentence has a
// finite verb, not a headline or a caption ("Protesters detained in Moscow").
func fullStop(ws []Word) bool { return len(ws) > 0 && ws[len(ws)-1].Form == "." }

// intransitiveOblique reports whether the verb with ID v has a prepositional phrase, as a past
// tense of a verb that takes no object (IntransitiveVerb) would ("apologised to Samoa",
// "testified in the Grand Jury case"), and nothing of a passive: no auxiliary, no subject, no
// "by" agent, no "as" ("the man known as Jihadi John").
func intransitiveOblique(ws []Word, v int) bool {
	obl := false
	for _, w := range ws {
		if w.Head != v {
			continue
		}
		switch w.Deprel {
		case "aux", "aux:pass", "nsubj", "nsubj:pass", "obl:agent":
			return false
		case "obl":
			if hasCase(ws, w.ID, "by") || hasCase(ws, w.ID, "as") {
				return false
			}
			obl = obl || hasChild(ws, w.ID, "case")
		}
	}
	return obl
}

// hasCase reports whether the word with ID id has the preposition form among its children.
func hasCase(ws []Word, id int, form string) bool {
	for _, w := range ws {
		if w.Head == id && w.Deprel == "case" && strings.EqualFold(w.Form, form) {
			return true
		}
	}
	return false
}

// hasMark reports whether the word with ID id has the marker form among its children.
func hasMark(ws []Word, id int, form string) bool {
	for _, w := range ws {
		if w.Head == id && w.Deprel == "mark" && strings.EqualFold(w.Form, form) {
			return true
		}
	}
	return false
}

// finiteAppos reports whether the verb v is a finite verb with no subject that the parser hung on
// a noun as an apposition, or as a conjunct with no conjunction: in "The group's leader, Abubakar
// Shekau, ruled out talks" the verb after the name came out as a second apposition of "leader"
// (or a conjunct). A finite verb is neither.
func finiteAppos(ws []Word, v *Word) bool {
	if v.Deprel != "appos" && !(v.Deprel == "conj" && !hasChild(ws, v.ID, "cc")) {
		return false
	}
	if v.XPOS != "VBD" && v.XPOS != "VBZ" && v.XPOS != "VBP" {
		return false
	}
	return !hasSubject(ws, v.ID) && !hasChild(ws, v.ID, "aux") && !hasChild(ws, v.ID, "aux:pass")
}

// phraseBetween reports whether every word between the root noun at r and the verb at v belongs
// to the noun's phrase (below it but not below the verb, as in "The Azerbaijani parliament
// threatened"), or is a punctuation mark of the verb (the comma before it).
func phraseBetween(ws []Word, r, v int) bool {
	for i := r + 1; i < v; i++ {
		inPhrase := inSubtree(ws, ws[i].ID, ws[r].ID) && !inSubtree(ws, ws[i].ID, ws[v].ID)
		if !inPhrase && !(ws[i].Head == ws[v].ID && ws[i].UPOS == "PUNCT") {
			return false
		}
	}
	return true
}

// finiteOutside reports whether a finite verb or a modal stands outside the subtree of the word
// with ID v: then the sentence has a clause of its own and the parse is let be.
func finiteOutside(ws []Word, v int) bool {
	for i := range ws {
		w := &ws[i]
		if w.XPOS != "VBD" && w.XPOS != "VBZ" && w.XPOS != "VBP" && w.XPOS != "MD" {
			continue
		}
		if !inSubtree(ws, w.ID, v) {
			return true
		}
	}
	return false
}

// inSubtree reports whether the word with ID id is v or lies below it.
func inSubtree(ws []Word, id, v int) bool {
	for n := 0; id > 0 && n <= len(ws); n++ {
		if id == v {
			return true
		}
		id = ws[id-1].Head
	}
	return false
}

// repairTree runs the repairs of the parser's tree (MODEL.md), in their order: each mends one
// kind of misparse that news shows and the treebank seldom does.
func repairTree(s *Sentence) {
	punctuationHeads(s)
	designations(s)
	titlesInNames(s)
	prepositionHeads(s)
	possessedAfterTitles(s)
	frontedSubjects(s)
	nameAppositions(s)
	prepositionalRoots(s)
	relativeRoots(s)
	zeroRelativeRoots(s)
	pronounRelatives(s)
	infinitiveObjects(s)
	objectControls(s)
	participleAsides(s)
	participleRoots(s)
	pastModifiers(s)
	commaParticiples(s)
	timeClauses(s)
	toldClauses(s)
	saidAdverbials(s)
	saidClauses(s)
	subordinatorsAsPrepositions(s)
	participleClauses(s)
	timesBeforeClauses(s)
	prepositionsAsMarks(s)
	forSubjects(s)
	toDestinations(s)
	markedTimes(s)
	casesOnTitles(s)
	titleDemonyms(s)
	adjectiveRoots(s)
	dueTo(s)
	titleOwners(s)
	againstOnPlaces(s)
	targetsOfActs(s)
	casedSubjects(s)
	agentRelatives(s)
	adverbialClauses(s)
	auxDependents(s)
	headlinePassives(s)
	timeSubjects(s)
	commaSubjects(s)
	doubleSubjects(s)
	titleSubjects(s)
	personAdjectives(s)
	adjectiveConjuncts(s)
	adjectiveSiblings(s)
	flatConjuncts(s)
	coordinatedSubjects(s)
	coordinatedModifiers(s)
	nameConjuncts(s)
	participleObjects(s)
	toNouns(s)
	betweenOnNames(s)
	objectsOfNouns(s)
	nominalAgents(s)
	agentTargets(s)
	takenFrom(s)
	subjectlessConjuncts(s)
	weekdayNames(s)
	casedComplements(s)
	nameObjects(s)
	adjectivesOnVerbs(s)
	compoundSubjects(s)
	clausalSubjects(s)
}
