package events

import (
	"strings"

	"newsgraph"
)

// Control verbs: a verb whose complement names the event ("agreed to send troops") decides its
// type and status.

// control reads a control verb: its complement ("agreed to send troops", "refused to meet X",
// "urged Iran to halt") decides the type and the control verb the status. Without a complement
// the verb's own object may carry the event ("pledged support", "agreed to a ceasefire").
func (c *coder) control(v int, s Sense, rule string, subj []int, sw int, objs []arg, depth int) []Event {
	x := c.complement(v)
	full, _ := c.verbLemma(v)
	name := "control " + full + " [" + rule + "]"
	switch s.Role {
	case RoleDeny:
		return nil
	case RoleDemand:
		return c.demand(v, x, s, rule, full, name, subj, sw, objs)
	}
	var inner []Event
	if x > 0 {
		inner = c.complementEvents(x, depth)
		if future, maybe, _ := c.auxiliaries(x); s.Role == RoleThreat && c.t.Word(x).Deprel == "ccomp" && (future || maybe) {
			inner = c.ownActs(inner, subj, name)
		}
	} else {
		inner = c.nounObject(v, s, rule, subj, sw, objs)
	}
	if len(inner) == 0 && s.Type != "" {
		switch s.Role {
		case RoleThreat, RoleRefuse, RoleIntent, RoleAspect:
			return c.controlAlone(v, x, s, name, subj, sw, objs)
		}
	}
	return controlled(s, name, inner)
}

// ownActs returns the events of inner that one of the actors subj does: what one warns that
// another will or could do ("the United Nations warned that a parallel government would deepen
// the division of Sudan") is a prediction, no threat by either, and its trigger is voided (what
// another is doing, "warned that Boko Haram was preparing to take over key sites", stays). With
// no actor as subject, inner is returned as it is.
func (c *coder) ownActs(inner []Event, subj []int, name string) []Event {
	if len(subj) == 0 {
		return inner
	}
	var out []Event
	for _, e := range inner {
		own := c.actors[e.Subject].Entity == "" // not known to be another
		for _, a := range subj {
			own = own || c.actors[a].Entity == "" || c.actors[a].Entity == c.actors[e.Subject].Entity
		}
		if own {
			out = append(out, e)
		} else {
			c.void(e.Trigger, name+": what it warns another will do is no threat")
		}
	}
	return out
}

// complementEvents returns the events of the complement x of a control verb, depth verbs down,
// with those of the verbs joined to it, unless tensed, and of its infinitives of purpose.
func (c *coder) complementEvents(x, depth int) []Event {
	inner := c.verbEvents(x, depth+1)
	for _, cj := range c.t.Dependents(x, "conj") {
		if c.t.Word(cj).UPOS == "VERB" && !c.finiteAfterInfinitive(cj) {
			// "to attack X and invade Y"; not a tensed conjunct, a clause of its own ("has
			// not been able to confirm this but has offered aid")
			inner = append(inner, c.verbEvents(cj, depth+1)...)
		}
	}
	for _, p := range c.t.Dependents(x, "advcl") {
		if c.t.Word(p).UPOS == "VERB" && c.infinitive(p) {
			inner = append(inner, c.verbEvents(p, depth+1)...) // "to send troops to help X"
		}
	}
	return inner
}

// controlAlone reads the control verb v of sense s (a threat, refusal, intent or aspect), named
// name, when its complement x (or 0) gives no event: the verb's own type between its subject and
// its objects or, for a threat, the parties of its conditions (conditionParties). An offer to no
// party gives nothing, a warning of what names no event is voided, and an agreement offered
// alone is proposed.
func (c *coder) controlAlone(v, x int, s Sense, name string, subj []int, sw int, objs []arg) []Event {
	if s.Role == RoleIntent && !s.Mutual && !hasActors(objs) {
		// "Britain, Canada and the Philippines offered to re-home a pet": those who offer
		// together offer nothing to each other, as those who agree agree with each other
		if len(subj) > 1 {
			c.void(v, name+": offered to no party")
		}
		return nil
	}
	inner := c.pairs(v, s.Type, s.Mode, s.Mutual, name, subj, sw, objs)
	if len(inner) == 0 && s.Role == RoleThreat {
		// "threatened to stop negotiations if the United States goes ahead with …": the
		// threat is aimed at whoever the condition names
		inner = c.pairs(v, s.Type, s.Mode, false, name+" if", subj, sw, c.conditionParties(v, x))
	}
	if len(inner) == 0 && len(subj) > 0 && s.Role == RoleThreat && (x > 0 || c.child(v, "ccomp") > 0 || warnsOf(objs)) {
		// "warned that further harm could be caused if …", "warned of the growing
		// presence of …": what the one who warns warns of is no act against a party,
		// and neither is the verb alone
		c.void(v, name+": what it warns of names no event between parties")
	}
	if s.Role == RoleIntent && s.Type == "AGREE" && !s.Mutual {
		for i := range inner {
			inner[i].Status = proposed
		}
	}
	return inner
}

// controlled applies to the events inner, read under a control verb of sense s named name, what
// the verb says of them, and returns them: an intent makes them intended (Intended) and, but for
// a mutual agreement, proposed; a threat makes them a threat, a refusal a rejection, and an
// aspect of mobilising makes material conflict a mobilisation. A changed type loses its mode.
func controlled(s Sense, name string, inner []Event) []Event {
	for i := range inner {
		e := &inner[i]
		e.Rule = name + " > " + e.Rule
		before := e.Type
		switch s.Role {
		case RoleIntent:
			e.Type = Intended(e.Type)
			if s.Type == "AGREE" && s.Mutual && e.Mutual {
				// "India and China agreed to resume patrols along their border": what the
				// two agree to do between themselves is their agreement, whatever its kind
				e.Type = "AGREE"
			}
			if !(s.Type == "AGREE" && s.Mutual) {
				e.Status = proposed
			}
		case RoleThreat:
			e.Type, e.Status = "THREATEN", proposed
		case RoleRefuse:
			e.Type, e.Status = "REJECT", ""
		case RoleAspect:
			if s.Type == "MOBILIZE" && newsgraph.QuadClass(e.Type) == "material-conflict" {
				e.Type = "MOBILIZE"
			}
		}
		if e.Type != before {
			e.Mode = "" // a mode belongs to its type ("expel" of SANCTION is no mode of a threat)
		}
	}
	return inner
}

// Intended returns the type of a stated intention to do typ: cooperation promised is AGREE, a
// hostile act announced is THREATEN; verbal conflict keeps its type, and a relation that is no
// PLOVER event (PAYS) too.
func Intended(typ string) string {
	switch newsgraph.QuadClass(typ) {
	case "verbal-coop", "material-coop":
		return "AGREE"
	case "material-conflict":
		return "THREATEN"
	}
	return typ
}

// complement returns the verb a control verb governs: its open complement ("to send"), or a
// clausal one ("demanded that X withdraw", "denied attacking").
func (c *coder) complement(v int) int {
	for _, rel := range []string{"xcomp", "ccomp"} {
		if x := c.child(v, rel); x > 0 && c.t.Word(x).UPOS == "VERB" {
			if _, bare := c.verbLemma(v); questionVerbs[bare] && c.whOpener(x) > 0 {
				return 0 // "will decide when its envoy returns": a question, no complement done
			}
			return x
		}
	}
	for _, ch := range c.t.Children(v) {
		if cw := c.t.Word(ch); cw.Deprel == "advcl" && cw.UPOS == "VERB" && strings.HasSuffix(strings.ToLower(cw.Form), "ing") {
			return ch // "denied attacking", "refrained from striking"
		}
	}
	return 0
}

// conditionParties returns, as objects, the subjects of the conditions ("if", "unless") on the
// verb v, on its complement x or on the complements below x ("threatened to stop talks to cut
// arms if X …").
func (c *coder) conditionParties(v, x int) []arg {
	var out []arg
	hs := []int{v}
	for i := 0; x > 0 && i < 3; i++ {
		hs = append(hs, x)
		x = c.child(x, "xcomp")
	}
	for _, h := range hs {
		for _, ch := range c.t.Dependents(h, "advcl") {
			if m := c.hasMark(ch); m != "if" && m != "unless" || c.inQuote(ch) != c.inQuote(v) && !c.speaksForSelf(v) {
				// a condition quoted, where the verb is outside the quotation, belongs to the
				// quoted clause, whose subject acts on it ("'If the U.S. follows through on
				// these tariffs, so will China,' he warned": China threatens, not the analyst);
				// the warner only when that subject is "we" or "I"
				continue
			}
			if as, w := c.subject(ch, 0); len(as) > 0 {
				out = append(out, arg{rel: "obj", head: w, actors: as})
			}
		}
	}
	return out
}

// inQuote reports whether the word id stands inside a quotation: an odd number of double
// quotation marks before it in the sentence. Not syntax's quoteMark, which also counts single
// marks: a lone "’" is as often the apostrophe of a plural possessive ("the rebels’ leader").
func (c *coder) inQuote(id int) bool {
	n := 0
	for w := 1; w < id; w++ {
		switch c.t.Word(w).Form {
		case "\"", "“", "”", "''", "``":
			n++
		}
	}
	return n%2 == 1
}

// speaksForSelf reports whether the clause verb v reports (its ccomp) has "we" or "I" for its
// subject: "'… we will retaliate,' China warned".
func (c *coder) speaksForSelf(v int) bool {
	cc := c.child(v, "ccomp")
	if cc == 0 {
		return false
	}
	s := c.child(cc, "nsubj")
	if s == 0 {
		return false
	}
	f := strings.ToLower(c.t.Word(s).Form)
	return f == "we" || f == "i"
}

// warnsOf reports whether objs hold what a warning is of or about ("warned of the growing
// presence of …", "warned against complacency").
func warnsOf(objs []arg) bool {
	for _, a := range objs {
		if a.prep == "of" || a.prep == "about" || a.prep == "against" {
			return true
		}
	}
	return false
}

// nounObject reads an event noun that a control or light verb takes as its object or after a
// preposition: "pledged support to X", "agreed to a ceasefire with X".
func (c *coder) nounObject(v int, s Sense, rule string, subj []int, sw int, objs []arg) []Event {
	for _, a := range objs {
		if len(a.actors) > 0 || a.rel == "nmod" {
			continue
		}
		ns, ok := c.noun(a.head)
		if !ok || ns.Type == "" {
			continue
		}
		full, _ := c.verbLemma(v)
		if l := strings.ToLower(c.t.Word(a.head).Lemma); ns.Type == "RETREAT" && releaseVerbs[l] && Effort(full) {
			// "attempted a rescue operation to free hostages", "sought the release of X": who
			// tries to free others holds none of them (rescue)
			c.void(a.head, "\""+l+"\" is the aim of \""+full+"\": no release by who holds them")
			return nil
		}
		typ, name := ns.Type, "noun "+full+" "+c.t.Word(a.head).Lemma+" ["+ns.Rule+"]"
		if typ == "DEMAND" && s.Role == RoleIntent {
			// "agreed to the rebels' demands", "accepted Uganda's request": granting what
			// another demands is yielding to them (CAMEO 08, the table's CONCEDE), no demand
			typ, name = "CONCEDE", name+" granted"
		}
		return c.pairs(v, typ, ns.Mode, s.Mutual, name, subj, sw, objs)
	}
	return nil
}

// objectEvent returns the sense of the direct object among objs when it is an event noun and no
// actor ("ordered the arrest of X", not "ordered the newspaper … over an attack").
func (c *coder) objectEvent(objs []arg) (Sense, bool) {
	for _, a := range objs {
		if a.rel == "obj" {
			ns, ok := c.noun(a.head)
			return ns, ok && ns.Type != "" && len(a.actors) == 0
		}
	}
	return Sense{}, false
}
