package events

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// Modality: what the verb group says of its events (negation, the future, speculation,
// conditions, the progressive).

// modality applies what the verb group of v says about its events: negation ("did not attack"),
// the future ("will send", a proposal), speculation and obligation ("could", "should": nothing
// happened), conditions ("if X attacks"), and the progressive ("are fighting": ongoing).
func (c *coder) modality(v int, evs []Event) []Event {
	if c.yetTo(v) {
		c.negated(v, "has yet to happen")
		return nil
	}
	if c.negatedPurpose(v) {
		c.negated(v, "the purpose of an act not done")
		return nil
	}
	if len(evs) == 0 {
		if c.noObject(v) > 0 {
			// "offered no new measures to confront X": whatever the word rules would read of
			// the verb did not happen
			c.negated(v, "\"no\" on its object")
		} else if c.purposeOfNo(v) {
			// "had no plans to send troops to Saudi Arabia", the subject unknown to the tree
			c.negated(v, "the purpose of a noun with \"no\"")
		}
		return nil
	}
	if w := c.t.Word(v); w.Deprel == "xcomp" && w.Head > 0 && inRange(c.noObject(w.Head), 1, v) {
		// "has no plans to withdraw", the infinitive hung on the verb: the purpose of a noun
		// with "no"
		c.void(v, "the purpose of a noun with \"no\"")
		return nil
	}
	// "did not attack", "offered no aid", "no Israeli volunteer arrived to fight"
	neg := c.negatedVerb(v) || c.noObject(v) > 0 || c.noSubject(v)
	future, maybe, progressive := c.auxiliaries(v)
	if c.conditional(v) {
		c.void(v, "under a condition (if, unless)")
		return nil
	}
	if h, adverbial := c.purposeOf(v); h > 0 {
		// the purpose of a verb of speculation is speculation too ("Britain may use a medieval
		// law to charge citizens with treason"), and of a planned act planned ("will send
		// experts to monitor the elections")
		hf, hm, _ := c.auxiliaries(h)
		maybe = maybe || adverbial && hm
		future = future || hf
	}
	if c.scheduled(v) {
		future = true // "is set to send troops", "was scheduled to meet": planned
	}
	if maybe {
		c.misses = append(c.misses, Miss{Word: v, Reason: "speculation or obligation (could, may, should)", Maybe: true})
		return nil
	}
	return c.qualified(v, evs, neg, future, progressive)
}

// auxiliaries reports what the auxiliaries of verb v say of it: future for one of the future
// ("will", "would"), maybe for one of speculation or obligation ("may", "could", "should",
// "must", "can"), progressive for "be" with v in -ing.
func (c *coder) auxiliaries(v int) (future, maybe, progressive bool) {
	for _, ch := range c.t.Children(v) {
		cw := c.t.Word(ch)
		l := strings.ToLower(cw.Lemma)
		switch cw.Deprel {
		case "aux":
			switch {
			case futureAuxes[l]:
				future = true
			case l == "may", l == "might", l == "could", l == "should", l == "must", l == "can", l == "ca":
				maybe = true
			case l == "be":
				progressive = strings.HasSuffix(strings.ToLower(c.t.Word(v).Form), "ing")
			}
		}
	}
	return future, maybe, progressive
}

// purposeOf returns the verb whose purpose the to-infinitive v gives, and whether v is its
// adverbial, or 0: an adverbial ("may use a law to charge …"), or the complement after the object
// of a verb that governs none ("will send experts to monitor …"; a control verb's complement
// takes its status from it, and "would choose to kill him" tells what was done). Only an
// adverbial purpose takes speculation from its verb.
func (c *coder) purposeOf(v int) (head int, adverbial bool) {
	w := c.t.Word(v)
	if w.Head == 0 || c.hasMark(v) != "to" {
		return 0, false
	}
	if w.Deprel == "advcl" {
		return w.Head, true
	}
	if w.Deprel == "xcomp" && c.child(w.Head, "obj") > 0 && !c.controls(w.Head) {
		return w.Head, false
	}
	return 0, false
}

// scheduled reports whether verb v is the infinitive complement of a word that says it is to
// happen ("is set to", "was scheduled to", "is due to"; raisingPassives) and governs no complement
// of its own in the lexicon ("expected", "planned" are verbs of intent: control gives the status).
func (c *coder) scheduled(v int) bool {
	w := c.t.Word(v)
	return w.Deprel == "xcomp" && w.Head > 0 && c.hasMark(v) == "to" && raisingPassives[strings.ToLower(c.t.Word(w.Head).Lemma)] &&
		!c.controls(w.Head)
}

// qualified returns the events evs of verb v as its verb group tells them, reusing their array:
// with neg, cooperation in the future (future) refused and anything else negated (Negated),
// dropped as not done when that leaves no type; in the future, intended (Intended) and proposed;
// in the progressive (progressive), ongoing when they have no status.
func (c *coder) qualified(v int, evs []Event, neg, future, progressive bool) []Event {
	out := evs[:0]
	for _, e := range evs {
		switch {
		case neg && future && cooperation(e.Type):
			// "will not begin talks with X", "will not lift the embargo until …": a refusal
			e.Type, e.Status, e.Mode, e.Rule = "REJECT", "", "", e.Rule+" refused"
		case neg:
			if e.Type = Negated(e.Type); e.Type == "" {
				c.negated(v, "did not happen")
				continue
			}
			e.Status, e.Mode, e.Rule = "", "", e.Rule+" negated"
		case future:
			if t := Intended(e.Type); t != e.Type {
				e.Type, e.Mode = t, ""
			}
			e.Status = proposed
		case progressive && e.Status == "":
			e.Status = ongoing
		}
		out = append(out, e)
	}
	return out
}

// Negated returns the type of "not typ": not agreeing, supporting, conceding or cooperating is a
// rejection; anything else that did not happen is no event ("").
func Negated(typ string) string {
	switch typ {
	case "AGREE", "SUPPORT", "CONCEDE", "COOPERATE":
		return "REJECT"
	}
	return ""
}

// cooperation reports whether typ is verbal or material cooperation.
func cooperation(typ string) bool {
	q := newsgraph.QuadClass(typ)
	return q == "verbal-coop" || q == "material-coop"
}

// negatedPurpose reports whether verb v is a to-infinitive giving the purpose of a negated verb,
// hung on it or on its direct object ("did not send troops to attack IS", "by not doing more to
// reach an agreement with the Iraqi government"): what was not done served no purpose.
func (c *coder) negatedPurpose(v int) bool {
	w := c.t.Word(v)
	if w.Deprel != "advcl" || w.Head == 0 || c.hasMark(v) != "to" {
		return false
	}
	g := w.Head
	if c.t.Word(g).Deprel == "obj" && c.t.Word(g).Head > 0 {
		g = c.t.Word(g).Head
	}
	return c.t.Word(g).UPOS == "VERB" && c.negatedVerb(g)
}

// inRange reports whether lo <= x < hi.
func inRange(x, lo, hi int) bool { return lo <= x && x < hi }

// noObject returns the direct object of verb v when "no" determines it ("held no talks"), or 0.
func (c *coder) noObject(v int) int {
	for _, o := range c.t.Dependents(v, "obj") {
		for _, d := range c.t.Dependents(o, "det") {
			if strings.EqualFold(c.t.Word(d).Lemma, "no") {
				return o
			}
		}
	}
	return 0
}

// purposeOfNo reports whether verb v is an infinitive on a noun that "no" determines ("no plans
// to send troops"): what it would do is not planned.
func (c *coder) purposeOfNo(v int) bool {
	w := c.t.Word(v)
	if w.Deprel != "acl" || w.Head <= 0 || c.hasMark(v) != "to" {
		return false
	}
	for _, d := range c.t.Dependents(w.Head, "det") {
		if strings.EqualFold(c.t.Word(d).Lemma, "no") {
			return true
		}
	}
	return false
}

// noSubject reports whether "no" determines the subject of verb v, or of the verb whose
// complement, purpose or conjunct v is ("no Israeli volunteer arrived to fight", "no country
// has recognised …"): none of them did it.
func (c *coder) noSubject(v int) bool {
	for depth := 0; v > 0 && depth < 4; depth++ {
		if s := c.ownSubject(v); s > 0 {
			for _, d := range c.t.Dependents(s, "det") {
				if strings.EqualFold(c.t.Word(d).Lemma, "no") {
					return true
				}
			}
			return false
		}
		switch syntax.BaseRel(c.t.Word(v).Deprel) {
		case "xcomp", "advcl", "conj":
			v = c.t.Word(v).Head
		default:
			return false
		}
	}
	return false
}

// ownSubject returns the subject of verb v, active or passive, or 0.
func (c *coder) ownSubject(v int) int {
	for _, ch := range c.t.Children(v) {
		if r := syntax.BaseRel(c.t.Word(ch).Deprel); r == "nsubj" || r == "csubj" || r == "expl" {
			return ch
		}
	}
	return 0
}

// counterfactual reports whether verb v is told as what would (could, might) have happened: "a
// resolution that would have pressured Iran", vetoed; it did not happen.
func (c *coder) counterfactual(v int) bool {
	modal, have := false, false
	for _, ch := range c.t.Dependents(v, "aux") {
		switch strings.ToLower(c.t.Word(ch).Lemma) {
		case "would", "could", "might":
			modal = true
		case "have":
			have = modal
		}
	}
	return have
}

// conditional reports whether verb v, or a clause it belongs to, holds only under a condition
// ("if X attacks", "unless Y withdraws").
func (c *coder) conditional(v int) bool {
	for id, depth := v, 0; id > 0 && depth < 8; depth++ {
		if c.conditionMark(id) {
			return true
		}
		w := c.t.Word(id)
		if r := syntax.BaseRel(w.Deprel); r != "conj" && r != "xcomp" {
			return false
		}
		id = w.Head
	}
	return false
}

// conditionMark reports whether any subordinating word of clause v makes it a condition or an
// open question, also after a preposition ("comment on whether it questioned the man").
func (c *coder) conditionMark(v int) bool {
	for _, ch := range c.t.Dependents(v, "mark") {
		switch strings.ToLower(c.t.Word(ch).Lemma) {
		case "if", "unless", "whether", "lest":
			return true
		}
	}
	return false
}
