package syntax

import "strings"

// relativeRoots gives a sentence back its main verb where the parser rooted it in a subject with
// a relative clause between commas: in "Brazil, which had criticized Argentina, later praised
// Uruguay" it made "Brazil" the root, "criticized" its relative clause and "praised" an
// adverbial clause of "criticized", so the praise had no subject and read as part of the
// criticism. A relative clause set off by commas ends at the second comma; a finite verb after
// that comma, hung on the relative clause's verb (or, when it is the first verb after the comma,
// on a verb below it: "The drone strike, which the Pentagon said targeted an al-Qaeda leader,
// killed three civilians", where "killed" was a conjunct of "targeted") as an adverbial clause,
// a complement, a conjunct or a parataxis, with no subject or conjunction of its own, is the
// sentence's verb (a participle with an object and no auxiliary there is a past tense the
// tagger misread): it becomes the root and the noun its subject (nsubj:pass beside a passive
// auxiliary), taking the noun's dependents after it (the closing punctuation).
func relativeRoots(s *Sentence) {
	ws := s.Words
	r := rootIndex(ws)
	if r < 0 || !nominal[ws[r].UPOS] {
		return
	}

	for ri := r + 1; ri < len(ws); ri++ {
		rel := &ws[ri]
		if rel.Head != ws[r].ID || rel.Deprel != "acl:relcl" || !commaBefore(ws, r, ri) {
			continue
		}
		for vi := ri + 1; vi < len(ws); vi++ {
			v := &ws[vi]
			past := v.XPOS == "VBN" && !hasChild(ws, v.ID, "aux") && !hasChild(ws, v.ID, "aux:pass") && hasChild(ws, v.ID, "obj")
			if v.Head != rel.ID && (v.Head == 0 || !inSubtree(ws, v.Head, rel.ID) || verbBetween(ws, ri, vi)) || v.UPOS != "VERB" || !relativeTail[v.Deprel] || !finite(ws, v) && !past ||
				hasSubject(ws, v.ID) || hasChild(ws, v.ID, "cc") || hasChild(ws, v.ID, "mark") || !commaBefore(ws, ri, vi) {
				continue
			}
			for i := range ws {
				if ws[i].Head == ws[r].ID && i > vi {
					ws[i].Head = v.ID
				}
			}
			if past {
				v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
			}
			v.Head, v.Deprel = 0, "root"
			ws[r].Head, ws[r].Deprel = v.ID, "nsubj"
			if hasChild(ws, v.ID, "aux:pass") {
				ws[r].Deprel = "nsubj:pass"
			}
			return
		}
		return
	}
}

// verbBetween reports whether a verb stands after the last comma between the words at indexes
// x and v: a verb below the relative clause is the sentence's only when it is the first after
// the comma that closes the clause.
func verbBetween(ws []Word, x, v int) bool {
	c := -1
	for i := x + 1; i < v; i++ {
		if ws[i].Form == "," {
			c = i
		}
	}
	for i := c + 1; c >= 0 && i < v; i++ {
		if ws[i].UPOS == "VERB" {
			return true
		}
	}
	return false
}

// relativeTail are the relations by which the parser hangs a sentence's verb on a relative
// clause before it.
var relativeTail = setOf("advcl", "ccomp", "conj", "parataxis")

// zeroRelativeRoots gives a sentence back its verb where the parser read its subject's first
// word as the root and the rest as a relative clause without a pronoun: in "Weapons inspectors
// sealed them off" it made "Weapons" the root and "sealed" a relative clause on it with
// "inspectors" as its subject ("the weapons [that] inspectors sealed"), and so "Border Patrol
// agents detain immigrants", "Nigerian military and intelligence officials raised doubts". Such a
// relative clause needs a main verb outside it ("the weapons inspectors sealed were found"); where
// the sentence has no tensed verb outside the clause and the root opens it with no determiner
// (a relative clause follows "the", "every": "Every move Google makes brings …"), the noun
// phrase the root opens is the clause's subject: the root modifies that subject (compound, or
// amod for an adjective), and the clause's verb becomes the root with the root's dependents
// after it. None in EWT train; 43 FNC-1 sentences before the repair, 28 after.
func zeroRelativeRoots(s *Sentence) {
	ws := s.Words
	r := rootIndex(ws)
	if r < 0 || !nominal[ws[r].UPOS] || hasChild(ws, ws[r].ID, "cop") {
		return
	}
	root := &ws[r]
	if hasChild(ws, root.ID, "det") || firstWord(ws) != r && !opensSentence(ws, r) {
		return // "Every move Google makes brings …", "The way the law works, …": a relative clause
	}
	for vi := r + 1; vi < len(ws); vi++ {
		v := &ws[vi]
		if v.Head != root.ID || v.Deprel != "acl:relcl" || v.UPOS != "VERB" || !tensed[v.XPOS] || v.XPOS == "MD" || strings.ToUpper(v.Form) == v.Form {
			continue
		}
		sub := subjectOf(ws, v.ID)
		if sub == nil || !nominal[sub.UPOS] || sub.ID < root.ID || sub.ID > v.ID || !zeroRelative(ws, root.ID, sub.ID, v.ID) {
			return
		}
		for i := range ws {
			if ws[i].Head == root.ID && ws[i].ID > v.ID {
				ws[i].Head = v.ID
			}
		}
		v.Head, v.Deprel = 0, "root"
		root.Head, root.Deprel = sub.ID, "compound"
		if root.UPOS == "ADJ" {
			root.Deprel = "amod"
		}
		return
	}
}

// firstWord returns the index of the first word of ws that is no punctuation.
func firstWord(ws []Word) int {
	for i, w := range ws {
		if w.UPOS != "PUNCT" {
			return i
		}
	}
	return -1
}

// subjectOf returns the nsubj of the word with ID id, or nil.
func subjectOf(ws []Word, id int) *Word {
	for i := range ws {
		if ws[i].Head == id && ws[i].Deprel == "nsubj" {
			return &ws[i]
		}
	}
	return nil
}

// zeroRelative reports whether the root r, the subject sub and the verb v read as the parser
// left them ("weapons [that] inspectors sealed") leave the sentence without a main verb: no
// relative pronoun between r and v, the words between r and sub inside sub's phrase with no
// determiner among them, and no tensed verb or auxiliary outside v's clause.
func zeroRelative(ws []Word, r, sub, v int) bool {
	for j := r + 1; j < v; j++ {
		switch strings.ToLower(ws[j-1].Form) {
		case "that", "which", "who", "whom", "whose":
			return false
		}
		if j < sub && (!inSubtree(ws, j, sub) || ws[j-1].UPOS == "DET") {
			return false // "Pools The Mariner of the Seas … had": a determiner opens a phrase
		}
	}
	for i := range ws {
		if w := &ws[i]; (w.UPOS == "VERB" || w.UPOS == "AUX") && tensed[w.XPOS] && !inSubtree(ws, w.ID, v) {
			return false
		}
	}
	return true
}

// participleAsides gives a sentence back its verb where the parser rooted it in a subject that a
// participle phrase between commas follows: in "President William Ruto, speaking in Kampala,
// praised Uganda's efforts" it made "William" the root, "speaking" an adverbial clause on it and
// "praised" an adjective on "efforts", and in "The masked executioner, speaking in English …,
// identifies Sotloff" it hung "identifies" inside the participle's phrase. Where the root is a noun
// or name, a present or past participle with no subject of its own hangs on it right after a comma,
// and after the comma that closes the participle's phrase a verb with no subject stands in that
// phrase or on the root, tensed (a past participle modifying the noun after it, or with an object
// and no auxiliary, is a past tense the tagger misread), that verb becomes the root, the noun its
// subject and the participle its adverbial clause (a noun the misread verb modified becomes its
// object). A root with a copula or a subject is a predicate ("He was in his apartment, talking to a
// friend, …"). 5 FNC-1 sentences change; no EWT arc changes.
func participleAsides(s *Sentence) {
	ws := s.Words
	r := rootIndex(ws)
	if r < 0 || !nominal[ws[r].UPOS] || hasChild(ws, ws[r].ID, "cop") || hasSubject(ws, ws[r].ID) {
		return // "He was in his apartment, talking to a friend, …": a predicate with its copula
	}
	root := &ws[r]
	for pi := r + 2; pi < len(ws); pi++ {
		p := &ws[pi]
		if p.Head != root.ID || p.UPOS != "VERB" || p.XPOS != "VBG" && p.XPOS != "VBN" || !asideRels[p.Deprel] || ws[pi-1].Form != "," || hasSubject(ws, p.ID) {
			continue
		}
		c2 := pi + 1
		for c2 < len(ws) && ws[c2].Form != "," {
			c2++
		}
		for vi := c2 + 1; vi < len(ws); vi++ {
			v := &ws[vi]
			if v.UPOS != "VERB" || hasSubject(ws, v.ID) || !inSubtree(ws, v.ID, p.ID) && v.Head != root.ID {
				continue
			}
			misread := v.XPOS == "VBN" && v.Deprel == "amod" && v.Head == v.ID+1+nounOffset(ws, vi) && pastForm(v.Form)
			past := v.XPOS == "VBN" && pastForm(v.Form) && hasChild(ws, v.ID, "obj") && !hasChild(ws, v.ID, "aux") && !hasChild(ws, v.ID, "aux:pass")
			if !tensed[v.XPOS] && !misread && !past || v.XPOS == "MD" {
				continue
			}
			if past {
				v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
			}
			if misread {
				ws[v.Head-1].Head, ws[v.Head-1].Deprel = v.ID, "obj"
				v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
			}
			for i := range ws {
				if ws[i].Head == root.ID && ws[i].ID > v.ID {
					ws[i].Head = v.ID
				}
			}
			v.Head, v.Deprel = 0, "root"
			root.Head, root.Deprel = v.ID, "nsubj"
			p.Head, p.Deprel = v.ID, "advcl"
			return
		}
		return
	}
}

// asideRels are the relations by which the parser hangs a participle phrase set off by commas
// on the subject it rooted the sentence in.
var asideRels = setOf("advcl", "acl", "conj", "parataxis")

// nounOffset returns how many words stand between the word at index vi and the noun it modifies
// when they are that noun's possessor and its case ("praised Uganda's efforts"), or 0.
func nounOffset(ws []Word, vi int) int {
	if vi+2 < len(ws) && ws[vi+2].Form == "'s" && ws[vi+1].Head == ws[vi].Head {
		return 2
	}
	return 0
}

// agentRelatives makes a reduced relative of a participle with a "by" agent that the parser read
// as the sentence's verb: in "A drone strike carried out by the US killed nine militants" it
// made "carried" the root with "strike" its subject and "killed" its complement, so the strike
// was carried out and no one killed. Where the root is a participle form (VBN, or a past tense
// whose form is one) with a subject before it, a "by" agent and no auxiliary, and a verb in the
// past or present tense after the agent hangs on it with no subject, conjunction or marker of
// its own, that verb becomes the root, the subject its subject, and the participle a modifier
// (acl) of the subject; the root's dependents after that verb go with it.
func agentRelatives(s *Sentence) {
	ws := s.Words
	r := rootIndex(ws)
	if r < 0 || ws[r].UPOS != "VERB" || ws[r].XPOS != "VBN" && !(ws[r].XPOS == "VBD" && pastForm(ws[r].Form)) ||
		hasChild(ws, ws[r].ID, "aux") || hasChild(ws, ws[r].ID, "aux:pass") {
		return
	}
	root := &ws[r]
	subj, agent, verb := -1, -1, -1
	for i := range ws {
		w := &ws[i]
		if w.Head != root.ID {
			continue
		}
		switch {
		case w.Deprel == "nsubj" && i < r && subj < 0:
			subj = i
		case w.Deprel == "obl:agent" && i > r:
			agent = i
		case agent >= 0 && i > agent && verb < 0 && w.UPOS == "VERB" && (w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP") &&
			(w.Deprel == "xcomp" || w.Deprel == "ccomp" || w.Deprel == "conj" || w.Deprel == "parataxis"):
			verb = i
		}
	}
	if subj < 0 || agent < 0 || verb < 0 || hasSubject(ws, ws[verb].ID) || hasChild(ws, ws[verb].ID, "cc") || hasChild(ws, ws[verb].ID, "mark") {
		return
	}
	v := &ws[verb]
	for i := range ws {
		if ws[i].Head == root.ID && i > verb {
			ws[i].Head = v.ID
		}
	}
	v.Head, v.Deprel = 0, "root"
	ws[subj].Head = v.ID
	root.Head, root.Deprel, root.XPOS = ws[subj].ID, "acl", "VBN"
}
