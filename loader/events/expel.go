package events

// commandVerbs order someone to act; with a verb of leaving as the act, what they order of
// those they command is their departure.
var commandVerbs = setOf("order", "tell", "instruct", "direct", "force", "compel")

// leaveVerbs name the departure ordered: "ordered French troops to leave", "told the UN mission
// to withdraw", "forced the envoy to quit the country".
var leaveVerbs = setOf("leave", "withdraw", "quit", "depart", "exit", "vacate", "evacuate", "pull out")

// orderedOut reads "ordered X to leave" (v the verb of command, bare its lemma) where X is an
// agent or a group of people named by a common noun ("French troops", "two US diplomats", "the
// UN mission"): the one who orders expels them, coded as the lexicon codes "expelled X" (CAMEO 166 expel or withdraw, 174
// deport). A country told to leave ("ordered Russia to withdraw from Ukraine") is not in its
// power: that stays a demand. It returns nil when the clause is no such order.
func (c *coder) orderedOut(v int, bare string, subj []int, sw int, objs []arg) []Event {
	if !commandVerbs[bare] || len(subj) == 0 {
		return nil
	}
	for _, a := range objs {
		if a.rel != "obj" && a.rel != "iobj" || len(a.actors) == 0 || c.t.Word(a.head).UPOS != "NOUN" || !c.leaves(v, a.head) {
			continue
		}
		leaver := []arg{a}
		name := "order to leave = expel"
		s, rule, ok := c.specific("expel", "expel", leaver)
		if !ok {
			ss := c.senses("expel", "expel")
			if len(ss) == 0 {
				return nil
			}
			s, rule = ss[0], "expel"
		}
		return c.pairs(v, s.Type, s.Mode, false, name+" ["+rule+"]", subj, sw, leaver)
	}
	return nil
}

// leaves reports whether verb v (a verb of command) or its object n governs an infinitive of
// leaving: the complement "to leave" of "ordered X to leave", or the same infinitive read as
// a clause on the object ("told French forces to leave", parsed with "leave" under "forces").
func (c *coder) leaves(v, n int) bool {
	x := c.child(v, "xcomp")
	if x <= 0 {
		x = c.child(n, "acl")
	}
	if x <= 0 || c.t.Word(x).UPOS != "VERB" || !c.infinitive(x) {
		return false
	}
	full, _ := c.verbLemma(x)
	return leaveVerbs[full]
}
