package syntax

import "strings"

// adverbialClauses hangs on its predicate a clause of time that the parser hung on a noun: in
// "Al Shabab is now mostly active in Somalia's rural regions after being ousted from the capital
// by African Union forces" the clause "after being ousted …" came out as an acl of "regions",
// so the passive had neither its patient (the subject of "active") nor a clause to share it
// with. A clause opened by a subordinator of time ("after", "before", "while", "since",
// "until", "when", "upon", "once") tells when its predicate happened, not which thing a noun
// names; only a noun of time itself takes one ("two weeks after he left"). Such an acl goes to
// the nearest word above the noun that heads a clause, as an advcl. Heads are 1-based IDs; the
// words' order and spans are untouched.
func adverbialClauses(s *Sentence) {
	ws := s.Words
	for i := range ws {
		w := &ws[i]
		if w.Deprel != "acl" || w.Head == 0 || !timeClause(ws, w.ID) || timeNoun(ws[w.Head-1].Lemma) {
			continue
		}
		if p := clauseHead(ws, w.Head); p > 0 && p != w.ID {
			w.Head, w.Deprel = p, "advcl"
		}
	}
}

// timeClause reports whether the word with ID id has a subordinator of time as its mark.
func timeClause(ws []Word, id int) bool {
	for _, c := range ws {
		if c.Head == id && c.Deprel == "mark" && timeMarks[strings.ToLower(c.Form)] {
			return true
		}
	}
	return false
}

var timeMarks = map[string]bool{"after": true, "before": true, "while": true, "whilst": true, "since": true,
	"until": true, "till": true, "when": true, "upon": true, "once": true}

// timeNoun reports whether a noun lemma names a span or point of time ("weeks after he left").
func timeNoun(lemma string) bool {
	return timeNouns[strings.ToLower(lemma)]
}

var timeNouns = map[string]bool{"second": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decade": true, "century": true, "time": true, "moment": true,
	"period": true, "night": true, "morning": true, "afternoon": true, "evening": true,
	"weekend": true, "era": true, "age": true, "days": true, "years": true, "point": true}

// clauseHead returns the ID of the nearest word above the word with ID id (not it) that heads a
// clause: a verb, a word with a copula or a subject, or the root; 0 if none.
func clauseHead(ws []Word, id int) int {
	for n, h := 0, ws[id-1].Head; h > 0 && n < len(ws); n++ {
		x := &ws[h-1]
		if x.UPOS == "VERB" || x.Head == 0 || hasChild(ws, x.ID, "cop") || hasSubject(ws, x.ID) {
			return x.ID
		}
		h = x.Head
	}
	return 0
}
