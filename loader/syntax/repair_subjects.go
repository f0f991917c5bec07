package syntax

import "strings"

// doubleSubjects joins two subjects the parser gave one verb: in "Moscow police detained an
// activist" it made both "Moscow" and "police" the nsubj of "detained", though a clause has one
// subject (UD) and a noun right before the head of a noun phrase is its modifier. Where a verb
// has two nsubj (or nsubj:pass) children side by side, a noun or name and then a common noun,
// the first is a compound of the second (a name after a noun is the title's: "the terrorist
// group Hamas", UD's nmod:desc, left alone); not where the second names a time ("officials
// Friday announced": a day the parser took for a subject).
func doubleSubjects(s *Sentence) {
	ws := s.Words
	for i := 0; i+1 < len(ws); i++ {
		a, b := &ws[i], &ws[i+1]
		if a.Head != b.Head || a.Deprel != b.Deprel || a.Deprel != "nsubj" && a.Deprel != "nsubj:pass" ||
			!nominal[a.UPOS] || b.UPOS != "NOUN" || timeNoun(b.Lemma) || calendarWords[strings.ToLower(b.Lemma)] {
			continue
		}
		a.Head, a.Deprel = b.ID, "compound"
	}
}

// commaSubjects makes the second of two names the parser made subjects of one verb, with only a
// comma between them, the first's conjunct: a headline joins its subjects with a comma where
// prose says "and" ("Japan, South Korea agree to restore trade ties"), and a clause has one
// subject (UD). So too for a name the parser made the first's apposition with the verb right
// after it ("South Korea, Japan agree …"): an apposition is closed by a comma before the verb
// ("Kenya's president, William Ruto, said"). The second name's words run from right after the
// comma to its head.
func commaSubjects(s *Sentence) {
	ws := s.Words
	for i := 0; i+2 < len(ws); i++ {
		a, comma := &ws[i], &ws[i+1]
		if a.UPOS != "PROPN" || comma.Form != "," || !opensSentence(ws, i) {
			continue
		}
		if a.Deprel != "nsubj" {
			headlineFirst(ws, i)
			continue
		}
		for j := i + 2; j < len(ws) && ws[j].UPOS == "PROPN"; j++ {
			b := &ws[j]
			sameVerb := b.Head == a.Head && b.Deprel == "nsubj"
			if sameVerb || b.Head == a.ID && b.Deprel == "appos" && j+1 < len(ws) && ws[j+1].ID == a.Head {
				b.Head, b.Deprel = a.ID, "conj"
				comma.Head, comma.Deprel = b.ID, "punct"
				break
			}
			if b.Head <= b.ID || b.Head > len(ws) || ws[b.Head-1].UPOS != "PROPN" {
				break // a word of the second name hangs on a later word of it
			}
		}
	}
}

// headlineFirst reads as a headline's first subject the name at ws[i], followed by a comma, that
// the parser made the vocative of the verb whose subject the next name is, or the root with
// that verb hung on it ("Russia, Ukraine swap hundreds of prisoners", "Turkey, Syria hold
// talks"): the first name becomes the verb's subject, the second its conjunct, and the verb the
// root. Only where the verb is a plural present (or a base form with that subject) with no
// auxiliary, which the second name alone
// cannot be the subject of ("Anne, Mike will call you" addresses Anne; "Pictured, Queen
// Elizabeth meets guests").
func headlineFirst(ws []Word, i int) {
	a, comma := &ws[i], &ws[i+1]
	j := i + 2
	for j < len(ws) && ws[j].UPOS == "PROPN" && ws[j].Deprel != "nsubj" {
		j++
	}
	if j >= len(ws) || ws[j].UPOS != "PROPN" || ws[j].Deprel != "nsubj" || ws[j].Head <= ws[j].ID {
		return
	}
	b := &ws[j]
	v := &ws[b.Head-1]
	if v.UPOS != "VERB" || v.XPOS != "VBP" && v.XPOS != "VB" || hasChild(ws, v.ID, "aux") || hasChild(ws, v.ID, "mark") || !(a.Deprel == "vocative" && a.Head == v.ID || a.Head == 0 && v.Head == a.ID) {
		return // a plural present with no auxiliary agrees with the two names, not with one
	}
	if a.Head == 0 {
		v.Head, v.Deprel = 0, "root"
		for k := range ws {
			if ws[k].Head == a.ID && k > j {
				ws[k].Head = v.ID // the closing punctuation goes with the verb
			}
		}
	}
	a.Head, a.Deprel = v.ID, "nsubj"
	b.Head, b.Deprel = a.ID, "conj"
	comma.Head, comma.Deprel = b.ID, "punct"
}

// opensSentence reports whether the name whose head is ws[i] opens the sentence: every word
// before it is a name's word or a determiner hung on it ("The United States, Japan agree …"),
// not a clause of its own ("Addressing Obama, Adnani said").
func opensSentence(ws []Word, i int) bool {
	for k := 0; k < i; k++ {
		if ws[k].Head != ws[i].ID || ws[k].UPOS != "PROPN" && ws[k].UPOS != "DET" && ws[k].UPOS != "ADJ" {
			return false
		}
	}
	return true
}

// nominal are the tags of the words that head a noun phrase of their own.
var nominal = setOf("NOUN", "PROPN")

// calendarWords name days and months, which stand alone as adverbials of time.
var calendarWords = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"today", "yesterday", "tomorrow", "tonight", "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december")

// nameAppositions makes a name directly before a common noun that the parser hung on it as an
// apposition that noun's compound: in "Lagos police arrested 18 people" it read "police" as an
// appos of "Lagos" (the root) and "arrested" as a participle on it. An apposition stands apart,
// after a comma or inside brackets (UD); a name right before a noun modifies it ("Lagos
// police", "Ferguson police"). The noun takes the name's place in the tree, and the name's
// dependents other than the parts of the name itself; participleRoots then reads the clause.
// Only for a name read as the root or a subject, where the pattern is ("demanding Hanoi stop
// jailing activists": an object, and "stop" a verb the tagger took for a noun).
func nameAppositions(s *Sentence) {
	ws := s.Words
	for i := 0; i+1 < len(ws); i++ {
		a, b := &ws[i], &ws[i+1]
		if a.UPOS != "PROPN" || b.UPOS != "NOUN" || b.Head != a.ID || b.Deprel != "appos" || !subjectRel[a.Deprel] {
			continue
		}
		for j := range ws {
			if ws[j].Head == a.ID && j != i+1 && !nameParts[ws[j].Deprel] {
				ws[j].Head = b.ID
			}
		}
		b.Head, b.Deprel = a.Head, a.Deprel
		a.Head, a.Deprel = b.ID, "compound"
	}
}

// nameParts are the relations that join the words of one name.
var nameParts = setOf("compound", "flat", "flat:name")

// subjectRel are the relations of a name that may be a subject phrase misread as a whole sentence
// or a subject.
var subjectRel = setOf("root", "nsubj", "nsubj:pass")

// coordinatedSubjects makes the second of two subjects of one verb, opened by a conjunction, a
// conjunct of the last noun of the first: in "Talks in Geneva between Iran and the United States
// ended" the parser made "States" a subject of "ended" beside "Talks". A clause has one subject
// (UD); "and the United States" coordinates with the noun before the conjunction, and that noun
// lies in the first subject's phrase or is the first subject, where the second is a name or has
// a determiner or possessor ("Sudan's army and the Rapid Support Forces agreed", both read as
// subjects; "state and federal authorities started" is one subject whose "state" is a
// modifier).
func coordinatedSubjects(s *Sentence) {
	ws := s.Words
	for bi := range ws {
		b := &ws[bi]
		if b.Deprel != "nsubj" && b.Deprel != "nsubj:pass" || b.Head == 0 {
			continue
		}
		cc := -1
		for j := 0; j < bi; j++ {
			if ws[j].Head == b.ID && ws[j].Deprel == "cc" {
				cc = j
				break
			}
		}
		if cc < 1 {
			continue
		}
		for ai := 0; ai < cc; ai++ {
			a := &ws[ai]
			if a.Head != b.Head || a.Deprel != b.Deprel {
				continue
			}
			prev := cc - 1
			for prev > ai && !nominal[ws[prev].UPOS] {
				prev--
			}
			if (prev > ai || prev == ai && fullPhrase(ws, b)) && nominal[ws[prev].UPOS] && inSubtree(ws, ws[prev].ID, a.ID) {
				b.Head, b.Deprel = ws[prev].ID, "conj" // the first subject itself: "Sudan's army and the RSF agreed"
			}
			break
		}
	}
}

// fullPhrase reports whether the noun b is a name or has a determiner or possessor of its own: a
// noun phrase that stands alone.
func fullPhrase(ws []Word, b *Word) bool {
	return b.UPOS == "PROPN" || hasChild(ws, b.ID, "det") || hasChild(ws, b.ID, "nmod:poss")
}

// adjectiveConjuncts mends a coordination of two noun phrases that each open with an adjective
// where the parser joined the second adjective to the first noun: in "expressed its total
// rejection and strong condemnation of the declaration" it made "strong" a conjunct of
// "rejection" and "condemnation" an xcomp of "expressed", so the condemnation was no longer
// what was expressed. An adjective conjunct of a noun with a noun right after it that hangs on
// the first noun's head is that noun's modifier, and the noun the conjunct (taking the
// adjective's conjunction).
func adjectiveConjuncts(s *Sentence) {
	ws := s.Words
	for i := 0; i+1 < len(ws); i++ {
		a, b := &ws[i], &ws[i+1]
		if a.UPOS != "ADJ" || a.Deprel != "conj" || a.Head == 0 || a.Head > a.ID || b.UPOS != "NOUN" || b.Head == a.ID {
			continue
		}
		n := &ws[a.Head-1]
		if n.UPOS != "NOUN" || b.Head != n.Head || n.Head == 0 {
			continue
		}
		for j := range ws {
			if ws[j].Head == a.ID && ws[j].Deprel == "cc" {
				ws[j].Head = b.ID
			}
		}
		b.Head, b.Deprel = n.ID, "conj"
		a.Head, a.Deprel = b.ID, "amod"
	}
}

// titleSubjects hangs a title the parser read as a second subject on the name after it: in
// "Assistant manager Katrina Cavanagh said …", "NBC weatherman Mike Seidel missed …" or
// "Attorney Chris Chestnut said …" both "manager" and "Katrina" came out as subjects of the verb,
// though UD English EWT hangs a title noun right before a name on the name as nmod:desc
// (64 of the 86 common nouns before a name in train and dev that modify it; "negotiator Anton",
// "filmmaker Michael"). Where a verb has two subjects side by side, the first a noun phrase that
// ends in its head, a noun whose first sense is a person (PersonNoun) or a title ("Gov."), and
// the second a name, the first becomes the name's nmod:desc.
func titleSubjects(s *Sentence) {
	ws := s.Words
	for i := range ws {
		a := &ws[i]
		if a.Deprel != "nsubj" && a.Deprel != "nsubj:pass" || a.Head <= a.ID || !nominal[a.UPOS] || possessed(ws, a.ID) {
			continue // "our youngest daughter Elizabeth was married": EWT's subject is the noun
		}
		b := nextSubject(ws, a)
		// the title ends its phrase, and the name, right after it, opens its own
		if b == nil || b.UPOS != "PROPN" || spanStart(ws, b.ID) != b.ID || !titleBefore(ws, a, b) {
			continue
		}
		if calendarWords[strings.ToLower(b.Lemma)] || timeNoun(b.Lemma) {
			continue // "officials Friday announced": a day the parser took for a subject
		}
		a.Head, a.Deprel = b.ID, "nmod:desc"
	}
}

// titleBefore reports whether the subject a ends right before the subject b in a title: a is
// itself a title noun with nothing after it ("Assistant manager Katrina Cavanagh"), or a name
// whose flat words, parsed as one name with the title, end in one ("Uttar Pradesh Chief
// Minister Yogi Adityanath", "Minister" the last flat word of "Uttar").
func titleBefore(ws []Word, a, b *Word) bool {
	if b.ID == a.ID+1 {
		return spanEnd(ws, a.ID) == a.ID && titleNoun(a)
	}
	t := &ws[b.ID-2]
	return capitalised(b.Form) && a.UPOS == "PROPN" && spanEnd(ws, a.ID) == t.ID && t.Head == a.ID && t.Deprel == "flat" &&
		officeTitles[strings.ToLower(t.Form)]
}

// officeTitles are the words of public office that end a title before a name ("Chief Minister",
// "Deputy Governor"): in a name the parser ran together with the title, a person noun alone
// would take "Adobe Acrobat Reader" for a reader's title.
var officeTitles = setOf("minister", "president", "governor", "secretary", "chancellor", "premier", "mayor",
	"senator", "commissioner", "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman",
	"chairwoman", "envoy", "general", "judge", "speaker", "leader", "chief", "king", "queen", "prince")

// possessed reports whether the word with ID id has a possessive pronoun ("our", "his").
func possessed(ws []Word, id int) bool {
	for _, w := range ws {
		if w.Head == id && w.Deprel == "nmod:poss" && w.UPOS == "PRON" {
			return true
		}
	}
	return false
}

// titleNoun reports whether w names a person by role: a noun whose most frequent sense is a
// person ("manager", "attorney", "weatherman") or an abbreviated title ("Gov.", "Sen.").
func titleNoun(w *Word) bool {
	return titleForms[w.Form] || PersonNoun(strings.ToLower(w.Lemma))
}

// nextSubject returns the other subject of a's head after a, or nil.
func nextSubject(ws []Word, a *Word) *Word {
	for j := a.ID; j < len(ws); j++ {
		if b := &ws[j]; b.Head == a.Head && (b.Deprel == "nsubj" || b.Deprel == "nsubj:pass") {
			return b
		}
	}
	return nil
}

// spanEnd returns the ID of the last word of the subtree of the word with ID id.
func spanEnd(ws []Word, id int) int {
	end := id
	for j := range ws {
		if ws[j].ID > end && inSubtree(ws, ws[j].ID, id) {
			end = ws[j].ID
		}
	}
	return end
}

// spanStart returns the ID of the first word of the subtree of the word with ID id.
func spanStart(ws []Word, id int) int {
	for j := range ws {
		if ws[j].ID < id && inSubtree(ws, ws[j].ID, id) {
			return ws[j].ID
		}
	}
	return id
}

// personAdjectives makes a noun of a word the tagger read as an adjective where it heads a noun
// phrase with "a" or "an" and names a person ("beheaded by an Islamic State militant", "an
// official said", "an Iraqi"): an adjective heads a subject, object or oblique with an
// indefinite article only as a quantity in EWT ("a few", "a little"). Only for a word whose
// first WordNet sense as a noun is a person (PersonNoun). Its place in the tree is unchanged.
func personAdjectives(s *Sentence) {
	ws := s.Words
	for i := range ws {
		w := &ws[i]
		if w.UPOS != "ADJ" || !nominalRels[w.Deprel] || !PersonNoun(strings.ToLower(w.Lemma)) || !hasIndefinite(ws, w.ID) {
			continue
		}
		w.UPOS, w.XPOS, w.Feats = "NOUN", "NN", "Number=Sing"
		if w.Form[0] >= 'A' && w.Form[0] <= 'Z' && i > 0 {
			w.UPOS, w.XPOS = "PROPN", "NNP" // "an Iraqi", "an American": a people's name
		}
	}
}

// nominalRels are the relations of a noun phrase's head to its verb or noun.
var nominalRels = setOf("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod")

// hasIndefinite reports whether the word with ID id has "a" or "an" as its determiner.
func hasIndefinite(ws []Word, id int) bool {
	for _, d := range ws {
		if d.Head == id && d.Deprel == "det" && (strings.EqualFold(d.Form, "a") || strings.EqualFold(d.Form, "an")) {
			return true
		}
	}
	return false
}

// casedSubjects makes an oblique of a second subject that has a preposition: in "An operation by
// Yemen's armed forces early on Saturday freed an American hostage" the parser made "Saturday" a
// subject of "freed" beside "operation", so the operation had a rival and no one freed the
// hostage. UD hangs no case on a subject; where the verb has another subject, the noun with its
// preposition is an oblique ("on Saturday": when).
func casedSubjects(s *Sentence) {
	ws := s.Words
	for i := range ws {
		x := &ws[i]
		if x.Deprel != "nsubj" || x.Head <= 0 || !hasPreposition(ws, x.ID) {
			continue
		}
		for j := range ws {
			if j != i && ws[j].Head == x.Head && strings.HasPrefix(ws[j].Deprel, "nsubj") && !hasPreposition(ws, ws[j].ID) {
				x.Deprel = "obl"
				break
			}
		}
	}
}

// hasPreposition reports whether the word id has a preposition (ADP) as its case.
func hasPreposition(ws []Word, id int) bool {
	for _, w := range ws {
		if w.Head == id && w.Deprel == "case" && w.UPOS == "ADP" {
			return true
		}
	}
	return false
}

// timeSubjects makes a noun of time that the parser made a second subject of a verb a bare
// temporal oblique (obl:unmarked, EWT's relation for "this month", "last week"): in "A United
// Nations report on Iraq this month said children conduct patrols" both "report" and "month"
// were subjects of "said". Only where the time noun has "this", "last", "next", "each" or
// "every" before it, or "after", "before", "later", "earlier" or "ago" right after it ("A day
// after Iran launched missiles at Israel, the United States announced …"), or is a day or month
// name, and the verb has another subject.
func timeSubjects(s *Sentence) {
	ws := s.Words
	for i := range ws {
		t := &ws[i]
		if t.Deprel != "nsubj" || !nominal[t.UPOS] || t.Head == 0 {
			continue
		}
		l := strings.ToLower(t.Lemma)
		if !calendarWords[l] && !(timeNoun(l) && (timeDeterminer(ws, t.ID) || relativeAfter(ws, i))) {
			continue
		}
		for j := range ws {
			if j != i && ws[j].Head == t.Head && (ws[j].Deprel == "nsubj" || ws[j].Deprel == "nsubj:pass") {
				t.Deprel = "obl:unmarked"
				break
			}
		}
	}
}

// relativeAfter reports whether the word after ws[i] places a time relative to an event: "a day
// after Iran launched missiles", "two weeks before the vote", "a year later".
func relativeAfter(ws []Word, i int) bool {
	if i+1 >= len(ws) {
		return false
	}
	switch strings.ToLower(ws[i+1].Form) {
	case "after", "before", "later", "earlier", "ago":
		return true
	}
	return false
}

// timeDeterminer reports whether the word with ID id has "this", "last", "next", "each" or
// "every" among its dependents.
func timeDeterminer(ws []Word, id int) bool {
	for _, w := range ws {
		if w.Head == id {
			switch strings.ToLower(w.Form) {
			case "this", "last", "next", "each", "every":
				return true
			}
		}
	}
	return false
}
