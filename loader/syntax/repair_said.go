package syntax

import "strings"

// saidClauses makes a clause of what a verb of saying or thinking reports where the parser read
// its subject as the verb's object and its verb as a participle on that noun: in "Somalia says
// Kenyan troops shelled villages near the border" "troops" came out as the object of "says" and
// "shelled" as a reduced relative (acl) on it. These verbs take a clause, seldom a noun with a
// participle that has an object of its own, so where the participle follows its noun, could be
// a past tense and takes an active complement (activeComplement), it becomes the complement
// (ccomp) and the noun its subject; the noun's dependents after the verb go with the verb.
func saidClauses(s *Sentence) {
	ws := s.Words
	for ni := range ws {
		n := &ws[ni]
		if n.Deprel != "obj" || n.Head <= 0 || !clauseVerbs[strings.ToLower(ws[n.Head-1].Lemma)] || ws[n.Head-1].UPOS != "VERB" {
			continue
		}
		for vi := ni + 1; vi < len(ws); vi++ {
			v := &ws[vi]
			if v.Head != n.ID || v.Deprel != "acl" || v.UPOS != "VERB" || v.XPOS != "VBD" && v.XPOS != "VBN" || !pastForm(v.Form) || !activeComplement(ws, v.ID) {
				continue
			}
			for i := vi + 1; i < len(ws); i++ {
				if ws[i].Head == n.ID {
					ws[i].Head = v.ID
				}
			}
			v.Head, v.Deprel = n.Head, "ccomp"
			v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
			n.Head, n.Deprel = v.ID, "nsubj"
			break
		}
		saidModifier(ws, ni)
	}
}

// saidModifier is saidClauses where the parser read the reported verb as an adjective on the
// noun after it: in "Kenya said Ugandan troops attacked Kenyan border posts" "troops" came out as
// the object of "said", "attacked" as an amod of "posts" and "posts" as a conjunct of "troops".
// A past form right after the object noun, modifying a noun after it, becomes the complement
// (ccomp), the object its subject and the modified noun its object.
func saidModifier(ws []Word, ni int) {
	n := &ws[ni]
	if n.Deprel != "obj" || ni+1 >= len(ws) {
		return
	}
	v := &ws[ni+1]
	if v.UPOS != "VERB" || v.Deprel != "amod" || v.Head <= v.ID || v.XPOS != "VBD" && v.XPOS != "VBN" || !pastForm(v.Form) {
		return
	}
	m := &ws[v.Head-1]
	if m.UPOS != "NOUN" && m.UPOS != "PROPN" {
		return
	}
	v.Head, v.Deprel = n.Head, "ccomp"
	v.XPOS, v.Feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
	m.Head, m.Deprel = v.ID, "obj"
	n.Head, n.Deprel = v.ID, "nsubj"
}

// clauseVerbs say, think or find what a clause tells ("says troops shelled …").
var clauseVerbs = map[string]bool{"say": true, "claim": true, "allege": true, "insist": true, "report": true,
	"believe": true, "think": true, "fear": true, "suspect": true, "deny": true, "confirm": true,
	"announce": true, "admit": true, "suggest": true, "argue": true, "add": true, "warn": true,
	"acknowledge": true, "assert": true, "state": true, "estimate": true, "know": true}

// timeClauses gives a verb of saying back the clause the parser hung on the time noun between
// them: in "Kenya said Thursday that Ugandan troops had crossed the border" the clause came
// out as a clause on "Thursday" (acl, acl:relcl or ccomp), as the treebank's web text seldom
// dates its reports and "noun that verb" is a relative clause there. Where "that" (a
// subordinator marking the clause's verb) comes right after a word of time hung, with its
// phrase, on a verb of saying as an oblique, and the clause hangs in that phrase, the clause
// becomes the verb's complement (ccomp), and a time word read as a second subject or an object
// ("said Thursday" had two subjects) an oblique. In the FNC-1 bodies 74 of 155 clauses marked by
// "that" after a weekday, "today" or "yesterday" hung on the day before, 17 after.
func timeClauses(s *Sentence) {
	ws := s.Words
	for mi := 1; mi < len(ws); mi++ {
		m := &ws[mi]
		if strings.ToLower(m.Form) != "that" || m.Deprel != "mark" || m.Head <= mi+1 || !reportTime(strings.ToLower(ws[mi-1].Form)) {
			continue
		}
		t := &ws[mi-1]
		for t.Head > 0 && (t.Deprel == "compound" || t.Deprel == "flat" || t.Deprel == "nmod:unmarked" || t.Deprel == "nmod:tmod") && reportTime(strings.ToLower(ws[t.Head-1].Form)) {
			t = &ws[t.Head-1] // "Thursday night": the phrase's head
		}
		if t.Head <= 0 || t.Head > t.ID {
			continue
		}
		g := &ws[t.Head-1]
		if g.UPOS != "VERB" || !clauseVerbs[strings.ToLower(g.Lemma)] && strings.ToLower(g.Lemma) != "tell" {
			continue
		}
		v := &ws[m.Head-1]
		if v.Head != t.ID && v.Head != mi || v.Deprel != "acl" && v.Deprel != "acl:relcl" && v.Deprel != "ccomp" {
			continue
		}
		switch t.Deprel {
		case "nsubj", "obj", "iobj":
			t.Deprel = "obl:unmarked" // "said Thursday" had a second subject, or an object
		default:
			if !strings.HasPrefix(t.Deprel, "obl") && t.Deprel != "nmod:tmod" {
				continue
			}
		}
		v.Head, v.Deprel = g.ID, "ccomp"
	}
}

// reportTime reports whether the lower-case word w is a noun of time a report is dated with
// ("said Thursday", "said last week"): a day or month (calendarWords) or a part of one.
func reportTime(w string) bool {
	return calendarWords[w] && w != "tomorrow" || reportTimeNouns[w]
}

var reportTimeNouns = setOf("morning", "afternoon", "evening", "night", "week", "weekend", "month", "year")

// toldClauses gives a verb of telling back the clause the parser hung on its addressee: in "the
// pilot told the Omaha World-Herald that he had contacted NBC News" the clause came out as a
// relative clause on "World-Herald", though its "that" marks a clause (a relative "that" is a
// pronoun, the clause's subject or object). Where "that" marks the clause's verb, hung on a
// name, a pronoun or a noun of a person that is the object of a verb of telling or saying, the
// clause becomes the verb's complement (ccomp): told whom, what.
func toldClauses(s *Sentence) {
	ws := s.Words
	for mi := range ws {
		m := &ws[mi]
		if strings.ToLower(m.Form) != "that" || m.Deprel != "mark" || m.UPOS != "SCONJ" || m.Head <= m.ID {
			continue
		}
		v := &ws[m.Head-1]
		if v.Deprel != "acl" && v.Deprel != "acl:relcl" || v.Head <= 0 || v.Head > m.ID {
			continue
		}
		n := &ws[v.Head-1]
		if n.Deprel != "obj" && n.Deprel != "iobj" || n.Head <= 0 || n.ID+1 != m.ID && spanEnd(ws, n.ID) != m.ID-1 {
			continue
		}
		g := &ws[n.Head-1]
		if g.UPOS != "VERB" || !tellVerbs[strings.ToLower(g.Lemma)] || !addressee(n) {
			continue
		}
		v.Head, v.Deprel = g.ID, "ccomp"
	}
}

// tellVerbs tell someone something: their object is whom, a "that" clause what.
var tellVerbs = setOf("tell", "inform", "warn", "assure", "remind", "notify", "promise", "advise", "convince", "persuade", "show")

// addressee reports whether n may be whom one tells: a name, a pronoun or a noun of a person.
func addressee(n *Word) bool {
	return n.UPOS == "PROPN" || n.UPOS == "PRON" || n.UPOS == "NOUN" && PersonNoun(strings.ToLower(n.Lemma))
}

// saidAdverbials gives a verb of saying back the clause the parser made its head: in "Jordan
// stepped up its attacks after the Islamic State announced it had killed a Jordanian pilot" and
// "the officials say specific military proposals have not been presented" the parser hung the verb
// of saying on the reported verb as an adverbial clause, so the pilot was killed by Jordan. A verb
// of saying (clauseVerbs, not one of thinking or knowing, which stand alone: "if you know or work
// there, could you …") that has a subject and nothing said (no object or complement), is active, is
// not a parenthetical "as I said" or "like I said", and hangs as an adverbial clause on a later
// verb or predicate with a copula whose subject stands between them, with no punctuation but
// quotation marks between them, says that verb: the verb becomes its complement (ccomp), and the
// verb of saying takes the verb's place (head and relation, an adverbial clause where it has a
// marker) with the dependents before it and, for a root, the closing punctuation. In the FNC-1
// bodies 29 verbs of saying stood so before the repair and 7 after (passives, and trees wrong
// elsewhere); in EWT train's gold 3, parentheticals ("as I stated", "like I said"); no EWT arc
// changes.
func saidAdverbials(s *Sentence) {
	ws := s.Words
	for si := range ws {
		sv := &ws[si]
		if sv.UPOS != "VERB" || sv.Deprel != "advcl" || sv.Head <= sv.ID || !clauseVerbs[strings.ToLower(sv.Lemma)] || mentalVerbs[strings.ToLower(sv.Lemma)] || !saysNothing(ws, sv.ID) {
			continue
		}
		v := &ws[sv.Head-1]
		if v.UPOS != "VERB" && v.UPOS != "AUX" && !hasChild(ws, v.ID, "cop") || !subjectBetween(ws, sv.ID, v.ID) {
			continue
		}
		for i := range ws {
			if ws[i].Head == v.ID && (ws[i].ID < sv.ID || v.Head == 0 && i == len(ws)-1 && ws[i].UPOS == "PUNCT") {
				ws[i].Head = sv.ID
			}
		}
		sv.Head, sv.Deprel = v.Head, v.Deprel
		if v.Head != 0 && hasChild(ws, sv.ID, "mark") {
			sv.Deprel = "advcl" // "after the Islamic State announced …": a clause of time still
		}
		v.Head, v.Deprel = sv.ID, "ccomp"
	}
}

// mentalVerbs are the clauseVerbs of thinking or knowing, which often stand without an object.
var mentalVerbs = setOf("believe", "think", "fear", "suspect", "know")

// saysNothing reports whether the verb of saying with ID id has a subject, is active, has no
// object or complement and no "as" or "like" marking a parenthetical.
func saysNothing(ws []Word, id int) bool {
	subj := false
	for _, w := range ws {
		if w.Head != id {
			continue
		}
		switch w.Deprel {
		case "nsubj":
			subj = true
		case "obj", "ccomp", "xcomp", "nsubj:pass", "aux:pass", "csubj":
			return false
		case "mark":
			if l := strings.ToLower(w.Form); l == "as" || l == "like" {
				return false
			}
		}
	}
	return subj
}

// subjectBetween reports whether the verb with ID v has a subject between the word with ID s
// and itself, and no punctuation but quotation marks stands between s and v.
func subjectBetween(ws []Word, s, v int) bool {
	subj := false
	for i := s; i < v-1; i++ {
		if ws[i].UPOS == "PUNCT" && !quoteMark(ws[i].Form) {
			return false
		}
		if ws[i].Head == v && strings.HasPrefix(ws[i].Deprel, "nsubj") {
			subj = true
		}
	}
	return subj
}

// quoteMark reports whether the punctuation form is a quotation mark.
func quoteMark(form string) bool {
	switch form {
	case "\"", "'", "“", "”", "‘", "’", "``", "''", "«", "»":
		return true
	}
	return false
}
