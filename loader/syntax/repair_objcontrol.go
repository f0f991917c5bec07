package syntax

import "strings"

// objectControls hangs on a verb of object control the infinitive the parser hung on the verb's
// object as a clause on the noun (acl): in "Iraq's prime minister asked the US-led coalition to
// leave the country" it made "leave" a clause of "coalition", as if a coalition to leave were
// what was asked for. EWT hangs the infinitive after the object of these verbs on the verb
// (xcomp) in every one of its 46 sentences with "compel", "direct", "enable", "encourage",
// "force", "invite", "order", "permit" or "pressure". Where the infinitive ("to" and a verb)
// follows the phrase of the object (obj or iobj) of such a verb, it becomes the verb's xcomp;
// "tell", "warn" and the like only with an object that names someone ("telling my story to take
// the power away" is a purpose). "Require" and "authorize" are left out ("requiring the use of
// nuclear weapons to rescue …", "authorise a mission to rescue Foley"), and so is an infinitive
// with a stranded preposition ("allow them many people to game with").
func objectControls(s *Sentence) {
	ws := s.Words
	for i := range ws {
		x := &ws[i]
		if x.UPOS != "VERB" || x.Deprel != "acl" || !hasMark(ws, x.ID, "to") || x.Head <= 0 {
			continue
		}
		o := &ws[x.Head-1]
		if o.Deprel != "obj" && o.Deprel != "iobj" || o.Head <= 0 || o.ID > x.ID {
			continue
		}
		v := &ws[o.Head-1]
		l := strings.ToLower(v.Lemma)
		if v.UPOS != "VERB" || !controlVerbs[l] && !(addresseeControlVerbs[l] && addressee(o)) {
			continue
		}
		if !markedRightAfter(ws, o, x) || strandedPreposition(ws, x.ID) {
			continue
		}
		x.Head, x.Deprel = v.ID, "xcomp"
	}
}

// markedRightAfter reports whether the infinitive x begins (with its "to") right after the phrase
// of o less x's own words.
func markedRightAfter(ws []Word, o, x *Word) bool {
	end := o.ID
	for j := range ws {
		if ws[j].ID > end && inSubtree(ws, ws[j].ID, o.ID) && !inSubtree(ws, ws[j].ID, x.ID) {
			end = ws[j].ID
		}
	}
	return end+1 < len(ws) && ws[end].Head == x.ID && strings.EqualFold(ws[end].Form, "to")
}

// strandedPreposition reports whether a preposition hangs on the verb with ID v with no noun of
// its own ("many people to game with"): the infinitive is a relative one on the noun.
func strandedPreposition(ws []Word, v int) bool {
	for _, w := range ws {
		if w.Head == v && w.UPOS == "ADP" && w.Deprel != "case" && w.Deprel != "mark" {
			return true
		}
		if w.Head == v && w.UPOS == "ADP" && w.ID == spanEnd(ws, v) {
			return true
		}
	}
	return false
}

// controlVerbs have the one their object names do what the infinitive after it says ("urged Iran
// to halt", "forced the army to withdraw").
var controlVerbs = setOf("ask", "urge", "order", "force", "allow", "invite", "encourage", "persuade",
	"compel", "instruct", "direct", "permit", "enable", "pressure",
	"empower", "oblige", "forbid", "prompt", "implore", "beg", "request")

// addresseeControlVerbs do so only when their object names someone: "told the army to withdraw",
// not "told his story to win sympathy".
var addresseeControlVerbs = setOf("tell", "warn", "advise", "remind", "call")
