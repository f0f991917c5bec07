package events

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// governed reports whether verb v is read as part of the verb above it (see governor).
func (c *coder) governed(v int) bool {
	g, _ := c.governor(v)
	return g
}

// governor reports whether verb v is read as part of the verb or noun above it: the complement
// of a control verb ("agreed to send"), or a clause not told as fact, and then why: denied
// ("denied that it attacked"), an opinion ("fears that X will invade"), an allegation ("accused
// X of backing Y") or the content of a claim ("reports that X attacked Y").
func (c *coder) governor(v int) (bool, string) {
	if g, why := c.governorAbove(v); g {
		return g, why
	}
	if why := c.untoldClause(v); why != "" {
		return true, why
	}
	h, rel := c.clauseHead(v)
	if rel != "xcomp" && rel != "ccomp" && rel != "advcl" || h == 0 {
		return false, ""
	}
	full, bare := c.verbLemma(h)
	if why := c.openQuestion(v, bare); why != "" {
		return true, why
	}
	if rel == "xcomp" && haltVerbs[bare] && c.t.Word(v).XPOS == "VBG" {
		return true, "stopped (\"" + full + "\"; stoppedActs reads the undoing)"
	}
	return c.verbGovernor(v, h, rel, full, bare)
}

// governorAbove reports whether verb v is governed as the verb above it is, and why (see
// governor): a conjunct of a complement, the complement of a clause not told as fact, or the
// purpose of a complement. It reports false where v takes nothing from the verb above.
func (c *coder) governorAbove(v int) (bool, string) {
	w := c.t.Word(v)
	rel := syntax.BaseRel(w.Deprel)
	if rel == "conj" && w.Head > 0 && c.t.Word(w.Head).UPOS == "VERB" && !c.finiteAfterInfinitive(v) {
		// a verb coordinated with a complement is part of it: "threatened to attack X and
		// invade Y", "denied attacking X or having met Y" (not "refused to meet X and
		// criticized Y", where the conjunct is the control verb's own, nor a tensed one the
		// parser hung on an infinitive: "has not been able to confirm it but has offered aid")
		if g, why := c.governor(w.Head); g {
			return g, why
		}
	}
	if (rel == "xcomp" || rel == "ccomp") && w.Head > 0 && c.t.Word(w.Head).UPOS == "VERB" {
		// the complement of a verb not told as fact is none either: "accused of plotting to
		// attack a Danish newspaper" alleges the attack too
		if g, why := c.governor(w.Head); g && why != "" {
			return g, why
		}
	}
	if rel == "advcl" && c.infinitive(v) && w.Head > 0 && c.t.Word(w.Head).UPOS == "VERB" {
		// the purpose of a complement is part of it: "offered to send troops to help X" offers
		// the help too, "refused to send troops to help X" refuses it
		if g, why := c.governor(w.Head); g {
			return g, why
		}
	}
	return false, ""
}

// untoldClause returns why clause v is not told as fact by the noun, adjective or condition it
// hangs on, or "": the content of a claim ("reports that …"), a possibility ("fears of being
// arrested"), a condition yet to be met ("until") or what no one knows of ("not aware of").
func (c *coder) untoldClause(v int) string {
	w := c.t.Word(v)
	rel := syntax.BaseRel(w.Deprel)
	if (w.Deprel == "acl" || w.Deprel == "ccomp" || w.Deprel == "acl:relcl" && c.hasMark(v) == "that") && w.Head > 0 && c.claimNoun(w.Head) && !c.statementAct(v) {
		// a "that" marking the clause makes it the claim's content, even where the parser reads
		// a relative clause ("allegations that a priest had abused boy scouts")
		return "the content of a claim (\"reports that …\")"
	}
	if rel == "acl" && w.Head > 0 && (c.hasMark(v) == "of" || c.hasMark(v) == "about") && possibilityNouns[strings.ToLower(c.t.Word(w.Head).Lemma)] {
		// "her fears of being arrested", "the risk of being deported": what may happen
		return "a possibility (\"" + strings.ToLower(c.t.Word(w.Head).Lemma) + " of\")"
	}
	if rel == "advcl" && c.hasMark(v) == "until" && w.Head > 0 && c.futureAux(w.Head) {
		// "will not lift the embargo until Uganda releases the prisoners": a condition still
		// to be met
		return "a condition yet to be met (\"until\")"
	}
	if a := c.unknownTo(v); a > 0 {
		// "the Pentagon was not aware of IS conducting any flight operations": what no one
		// knows of is not told
		return "not known (\"not " + strings.ToLower(c.t.Word(a).Lemma) + "\")"
	}
	return ""
}

// clauseHead returns the word that clause v hangs on and v's relation to it (without subtype).
// A clause with "of" or "for" that the parser hung on a verb's argument is read as that verb's
// adverbial.
func (c *coder) clauseHead(v int) (int, string) {
	w := c.t.Word(v)
	rel := syntax.BaseRel(w.Deprel)
	if rel == "acl" && w.Head > 0 && (c.hasMark(v) == "of" || c.hasMark(v) == "for") {
		// "accused Chile of attacking", the clause hung on the accused: still the allegation's
		if n := c.t.Word(w.Head); n.Head > 0 && c.t.Word(n.Head).UPOS == "VERB" {
			w, rel = n, "advcl"
		}
	}
	return w.Head, rel
}

// openQuestion returns why clause v, a complement or adverbial of a verb of lemma bare, is an
// open question rather than what happened, or "": a question word after a preposition ("on
// what …", "about who …"), or one opening the clause of a verb of asking or deciding ("decided
// when …").
func (c *coder) openQuestion(v int, bare string) string {
	if m, q := c.hasMark(v), c.whArgument(v); m != "" && questionPreps[m] && q > 0 {
		// "have not commented on what was being offered to Boko Haram", "talked about who
		// would lead the force": an open question, not what happened
		return "an open question (\"" + m + " " + strings.ToLower(c.t.Word(q).Form) + "\")"
	}
	if q := c.whOpener(v); q > 0 && questionVerbs[bare] {
		// "it will still have to be decided when the ambassador returns to Moscow": what is to
		// be decided, asked or known is an open question, not what happened
		return "an open question (\"" + bare + " " + strings.ToLower(c.t.Word(q).Form) + "\")"
	}
	return ""
}

// verbGovernor reports whether clause v is read as part of the verb h (lemma full, or bare
// without its particle) that it is the complement or adverbial of (rel), and why (see
// governor): an opinion, what is not implied, a denial, a control verb's complement or an
// allegation.
func (c *coder) verbGovernor(v, h int, rel, full, bare string) (bool, string) {
	if rel == "ccomp" && opinionVerbs[bare] {
		return true, "an opinion (\"" + bare + "\")"
	}
	if rel == "ccomp" && inferenceVerbs[bare] && c.negatedVerb(h) {
		// "this does not mean that Israel would negotiate with ISIS": what is not implied is
		// not told (unnegated, "the rise of ISIS means that the U.S. will send …" tells it)
		return true, "not implied (\"not " + bare + "\")"
	}
	for _, s := range c.senses(full, bare) {
		switch s.Role {
		case RoleDeny:
			return true, "denied (\"" + full + "\")"
		case RoleIntent, RoleThreat, RoleRefuse, RoleAspect, RoleDemand:
			return rel != "advcl", ""
		}
		if s.Type == "DISAPPROVE" && rel == "advcl" && !temporalMarks[c.hasMark(v)] && !c.accompanying(v, h) {
			// "accused X of backing Y", "blamed X for attacking Y"; but "accused China of
			// coercion after Beijing imposed tariffs" tells when, and what came first is a fact
			return true, "alleged (\"" + full + "\")"
		}
	}
	if rel == "xcomp" && c.t.Word(h).UPOS == "VERB" && opinionVerbs[bare] {
		if c.perfect(v) {
			return true, "" // "is believed to have killed": a past event told with a hedge
		}
		return true, "an opinion (\"" + bare + "\")"
	}
	return false, ""
}

// accompanying reports whether the adverbial clause v of verb h is a present participle set off
// after it by a comma with no word opening it, of a verb that names an event: an act of its own
// done with h ("criticised the visit, accusing Washington of trying to contain Beijing"), not
// what h alleges. A verb of saying there tells the allegation ("criticised Uganda, saying it
// had backed the rebels").
func (c *coder) accompanying(v, h int) bool {
	if v < h || c.t.Word(v).XPOS != "VBG" || c.hasMark(v) != "" || c.t.Word(v-1).Form != "," {
		return false
	}
	full, bare := c.verbLemma(v)
	for _, s := range c.senses(full, bare) {
		if s.Type != "" && s.Role != RoleReport {
			return true
		}
	}
	return false
}

// finiteAfterInfinitive reports whether the conjunct v has a tensed auxiliary ("has", "will")
// while the verb it is coordinated with is an infinitive ("to confirm"): no infinitive is
// coordinated with a tensed verb, so v's clause is the one the infinitive depends on.
func (c *coder) finiteAfterInfinitive(v int) bool {
	if !c.infinitive(c.t.Word(v).Head) {
		return false
	}
	for _, a := range c.t.Dependents(v, "aux") {
		switch c.t.Word(a).XPOS {
		case "VBZ", "VBP", "VBD", "MD":
			return true
		}
	}
	return false
}

// controls reports whether the word at id is a control predicate (intent, threat, refusal,
// aspect, demand or denial) in the lexicon.
func (c *coder) controls(id int) bool {
	full, bare := c.verbLemma(id)
	for _, s := range c.senses(full, bare) {
		switch s.Role {
		case RoleIntent, RoleThreat, RoleRefuse, RoleAspect, RoleDemand, RoleDeny:
			return true
		}
	}
	return false
}

// possibilityNouns name what may or may not happen: a clause they govern ("fears of being
// arrested", "the danger of being attacked", "hopes of reaching a deal") is not told as fact.
var possibilityNouns = map[string]bool{"fear": true, "risk": true, "danger": true, "threat": true,
	"possibility": true, "prospect": true, "chance": true, "likelihood": true, "hope": true,
	"worry": true, "spectre": true, "specter": true, "dream": true, "idea": true}

// perfect reports whether verb v is a perfect infinitive or participle ("to have killed").
func (c *coder) perfect(v int) bool {
	for _, ch := range c.t.Dependents(v, "aux") {
		if strings.EqualFold(c.t.Word(ch).Lemma, "have") {
			return true
		}
	}
	return false
}

// claimNoun reports whether the word at id is a claim noun: tagged a noun, or standing where a
// noun stands ("denied reports that …", where "reports" may be read as a verb).
func (c *coder) claimNoun(id int) bool {
	w := c.t.Word(id)
	if !claimNouns[strings.ToLower(w.Lemma)] {
		return false
	}
	if w.UPOS == "NOUN" {
		return true
	}
	switch syntax.BaseRel(w.Deprel) {
	case "obj", "obl", "nmod":
		return true
	}
	return false
}

// claimNouns name what someone says: a clause that is their content ("reports that X attacked
// Y", "claims that troops crossed") tells the claim, not the event.
var claimNouns = map[string]bool{"report": true, "claim": true, "allegation": true, "accusation": true,
	"rumour": true, "rumor": true, "suggestion": true, "speculation": true, "assertion": true,
	"statement": true, "charge": true, "story": true}

// statementAct reports whether verb v is a present participle on a statement or report that
// says what the statement does rather than what it claims happened: a verb of verbal conflict or
// cooperation with no marker ("a statement condemning Uganda", "a report accusing Russia of
// …"); what it reports ("a report showing that …") stays the claim's content.
func (c *coder) statementAct(v int) bool {
	w := c.t.Word(v)
	if w.Deprel != "acl" || w.XPOS != "VBG" || c.hasMark(v) != "" {
		return false
	}
	full, bare := c.verbLemma(v)
	for _, s := range c.senses(full, bare) {
		if s.Role == RoleReport {
			return false
		}
		if strings.HasPrefix(newsgraph.QuadClass(s.Type), "verbal") {
			return true
		}
	}
	return false
}

// opinionVerbs introduce what someone thinks, wants or fears: no event is told as a fact.
var opinionVerbs = map[string]bool{"think": true, "believe": true, "hope": true, "fear": true, "doubt": true,
	"want": true, "wish": true, "expect": true, "suspect": true, "worry": true, "predict": true, "speculate": true,
	"suggest": true, "consider": true, "imagine": true, "question": true, "wonder": true}

// unknownTo returns the negated knowledge adjective that verb v tells what of ("not aware of IS
// conducting …", "not sure that …"), its clause hung on the adjective or, as a gerund, on its
// "of" object ("aware of IS" with "conducting" on IS); or 0.
func (c *coder) unknownTo(v int) int {
	w := c.t.Word(v)
	a := w.Head
	if w.Deprel == "acl" && a > 0 && c.prep(a) == "of" {
		a = c.t.Word(a).Head
	} else if r := syntax.BaseRel(w.Deprel); r != "advcl" && r != "ccomp" {
		return 0
	}
	if a == 0 || c.t.Word(a).UPOS != "ADJ" || !knowledgeAdjectives[strings.ToLower(c.t.Word(a).Lemma)] || !c.negatedVerb(a) {
		return 0
	}
	return a
}

// knowledgeAdjectives say that one knows or is sure of what the clause they govern tells; negated
// ("not aware of", "not sure that") they tell nothing of it.
var knowledgeAdjectives = map[string]bool{"aware": true, "sure": true, "certain": true, "convinced": true, "confident": true}

// inferenceVerbs say what something implies: negated, what they govern is not told.
var inferenceVerbs = map[string]bool{"mean": true, "imply": true, "indicate": true, "show": true, "prove": true, "signal": true}

// questionPreps are the words that open an embedded question on a verb before its question
// word ("commented on what …", "argued about who …"; "decided who to send": the infinitive's
// "to").
var questionPreps = map[string]bool{"on": true, "about": true, "over": true, "to": true, "of": true}

// whWords are the interrogative pronouns and adverbs that open an embedded question.
var whWords = map[string]bool{"what": true, "who": true, "whom": true, "which": true, "how": true, "why": true, "when": true, "where": true}

// whArgument returns the interrogative word that is an argument or adverbial of clause v, or 0.
func (c *coder) whArgument(v int) int {
	for _, ch := range c.t.Children(v) {
		w := c.t.Word(ch)
		switch syntax.BaseRel(w.Deprel) {
		case "nsubj", "obj", "obl", "advmod":
			if ch < v && whWords[strings.ToLower(w.Form)] {
				return ch
			}
		}
	}
	return 0
}

// questionVerbs take an indirect question as their clause ("decide when", "ask whether", "know
// how"), where "when" and "if" open no time or condition of theirs.
var questionVerbs = setOf("decide", "determine", "ask", "know", "wonder", "discuss", "consider", "clarify",
	"establish", "investigate", "examine", "debate", "question")

// whOpener returns the word that opens clause v as an indirect question ("when", "how", "where",
// "why" of whWords, or "whether", "if": its marker or adverb before its subject), or 0.
func (c *coder) whOpener(v int) int {
	s := c.child(v, "nsubj")
	for _, ch := range c.t.Children(v) {
		cw := c.t.Word(ch)
		f := strings.ToLower(cw.Form)
		if (cw.Deprel == "mark" || cw.Deprel == "advmod") && (s == 0 || ch < s) && (whWords[f] || f == "whether" || f == "if") {
			return ch
		}
	}
	return 0
}

// temporalMarks introduce a clause that tells when the main clause's event happened.
var temporalMarks = map[string]bool{"after": true, "before": true, "since": true, "when": true, "until": true}

// futureAux reports whether the verb v has one of futureAuxes among its auxiliaries.
func (c *coder) futureAux(v int) bool {
	for _, a := range c.t.Dependents(v, "aux") {
		if futureAuxes[strings.ToLower(c.t.Word(a).Lemma)] {
			return true
		}
	}
	return false
}

// futureAuxes are the auxiliaries of the future and of volition ("will", "won't", "would").
var futureAuxes = setOf("will", "shall", "would", "'ll", "wo")

// negatedVerb reports whether verb v is negated ("does not mean", "never showed").
func (c *coder) negatedVerb(v int) bool {
	for _, ch := range c.t.Dependents(v, "advmod") {
		if l := strings.ToLower(c.t.Word(ch).Lemma); l == "not" || l == "n't" || l == "never" {
			return true
		}
	}
	return false
}

// yetTo reports whether verb v is a to-infinitive after "has yet" or "is yet" ("has yet to
// announce any strikes", "is yet to sign the deal"): what has yet to happen has not happened,
// however the parser hangs the infinitive.
func (c *coder) yetTo(v int) bool {
	for _, m := range c.t.Dependents(v, "mark") {
		if m < 3 || !strings.EqualFold(c.t.Word(m).Form, "to") || !strings.EqualFold(c.t.Word(m-1).Form, "yet") {
			continue
		}
		if l := strings.ToLower(c.t.Word(m - 2).Lemma); l == "have" || l == "be" {
			return true
		}
	}
	return false
}
