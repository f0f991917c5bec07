package events

import (
	"slices"
	"strings"

	"newsgraph"
	"newsgraph/loader/syntax"
)

// idiomFree returns objs without the bare noun that makes an idiom with verb v, where full is
// the two ("take part": "took part in strikes" acts on the strikes, not on a part).
func idiomFree(t *syntax.Tree, v int, full string, objs []arg) []arg {
	n := v + 1
	if n > len(t.S.Words) || t.Word(n).Head != v || t.Word(n).Deprel != "obj" ||
		!strings.HasSuffix(full, " "+strings.ToLower(t.Word(n).Lemma)) {
		return objs
	}
	var out []arg
	for _, a := range objs {
		if a.head != n {
			out = append(out, a)
		}
	}
	return out
}

// takenFrom drops the places a verb of seizing takes where a "from" phrase names whom it takes
// them from: in "Iraqi forces recaptured Mosul from the Islamic State" the fight is with the
// Islamic State, and Mosul, Iraq's own city, is what changes hands, no party.
func (c *coder) takenFrom(bare string, objs []arg) []arg {
	if !syntax.TakingVerb(bare) || !slices.ContainsFunc(objs, func(a arg) bool { return a.prep == "from" && len(a.actors) > 0 }) {
		return objs
	}
	var out []arg
	for _, a := range objs {
		if a.rel == "obj" && len(a.actors) > 0 && !slices.ContainsFunc(a.actors, func(k int) bool { return !c.actors[k].Place }) {
			continue
		}
		if a.prep == "from" && a.rel == "obl" {
			a.prep = "against" // the one it is taken from is the one fought ("recaptured Mosul from IS")
		}
		out = append(out, a)
	}
	return out
}

// senseObjects returns the arguments a verb of sense takes as its targets: for force, what is
// aimed at someone ("fired rockets at Israel"); a stranded preposition's noun; only the "with"
// phrases or only the objects where the sense says so.
func (c *coder) senseObjects(sense Sense, objs []arg) []arg {
	if newsgraph.QuadClass(sense.Type) == "material-conflict" {
		// "fired rockets at Israel", "threw stones at police": what is aimed at someone
		objs = append(objs, c.aimedAt(objs)...)
	}
	if p := strandedPrep(sense.Type); p != "" && !hasActors(objs) {
		objs = append(objs, c.strandedTo(objs, p)...)
	}
	if sense.WithOnly {
		objs = withOnly(objs)
	}
	if sense.ObjectOnly {
		objs = objectsOnly(objs)
	}
	return c.predicates(objs)
}

// aimedAt returns the "at" phrases that the parser hung on a direct object naming no actor
// ("fired rockets at Israel": "at Israel" on "rockets"), as the verb's: with an act of force,
// what is thrown or fired at someone is aimed at them. ("At" on another noun is where something
// happened: "a siege at his ashram".)
func (c *coder) aimedAt(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if a.rel != "obj" || len(a.actors) > 0 {
			continue
		}
		for _, ch := range c.t.Dependents(a.head, "nmod") {
			if c.prep(ch) == "at" {
				out = append(out, arg{rel: "obl", prep: "at", head: ch, actors: c.actorsOf(ch)})
			}
		}
	}
	return out
}

// strandedTo returns the party that the parser hung inside a long object: the first phrase
// with preposition prep naming an actor among the words the direct object heads, after it
// ("returned a silver pendant engraved with the image of Peter the Great to Russian
// authorities", where "to Russian authorities" went with "Great").
func (c *coder) strandedTo(objs []arg, prep string) []arg {
	for _, a := range objs {
		if a.rel != "obj" {
			continue
		}
		for id := a.head + 1; id <= len(c.t.S.Words) && c.t.Under(id, a.head); id++ {
			if w := c.t.Word(id); (w.UPOS == "NOUN" || w.UPOS == "PROPN") && c.prep(id) == prep {
				if as := c.actorsOf(id); len(as) > 0 {
					return []arg{{rel: "obl", prep: prep, head: id, actors: as}}
				}
			}
		}
	}
	return nil
}

// strandedPrep returns the preposition of the party a verb of type typ takes when its object
// is a thing and it names no other party (strandedTo): the recipient ("to") of what is handed
// over (aid, a return, a concession), the target ("against") of conflict ("filed a lawsuit in
// the district court against X"); "" for other types, whose "with" or "on" phrases inside an
// object are as often the object's own.
func strandedPrep(typ string) string {
	switch newsgraph.QuadClass(typ) {
	case "verbal-conflict", "material-conflict":
		return "against"
	}
	if typ == "AID" || typ == "RETREAT" || typ == "CONCEDE" {
		return "to"
	}
	return ""
}

// authorTargets keeps, for a CAMEO pattern whose target is the author of its object noun
// ("REPEL * ATTACK BY +": "repelled an attack by Boko Haram militants", "CLAIM BY +"), the
// authors among objs, when there are any; other patterns keep objs.
func authorTargets(rule string, objs []arg) []arg {
	if !strings.HasPrefix(rule, "cameo:") || !strings.Contains(rule, " BY +") {
		return objs
	}
	var out []arg
	for _, a := range objs {
		if a.rel == "owner" && len(a.actors) > 0 {
			a.rel = "obj" // the pattern's target, as a direct object is
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return objs
	}
	return out
}

// predicates drops from objs a bare noun of people beside another object (rolePredicate): it
// says what the object is taken or held as ("took two Kenyan engineers hostage", "held them
// captive"), and is no party itself.
func (c *coder) predicates(objs []arg) []arg {
	if len(objectsOnly(objs)) < 2 {
		return objs
	}
	out := objs[:0:0]
	for _, a := range objs {
		if a.rel == "obj" && c.rolePredicate(a.head) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// people keeps, of the direct objects, the actors that are people, or else the people their
// apposition names.
func (c *coder) people(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if a.rel != "obj" {
			continue
		}
		person := func(x Actor) bool { return x.Person }
		ps := c.keepActors(a.actors, person)
		for _, ap := range c.t.Dependents(a.head, "appos") {
			if len(ps) > 0 {
				break
			}
			// "called Russian Foreign Minister Sergey Lavrov", the demonym read as the head
			ps = append(ps, c.keepActors(c.actorsOf(ap), person)...)
		}
		if len(ps) > 0 {
			a.actors = ps
			out = append(out, a)
		}
	}
	return out
}

// keepActors returns the actors of as for which keep is true.
func (c *coder) keepActors(as []int, keep func(Actor) bool) []int {
	var out []int
	for _, x := range as {
		if keep(c.actors[x]) {
			out = append(out, x)
		}
	}
	return out
}

// mediated returns the parties of a mediation: every actor inside the mediated object's phrase
// ("mediate a peace deal in the war between X and Y" mediates between X and Y).
func (c *coder) mediated(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if a.rel != "obj" && a.rel != "obl" {
			continue
		}
		var as []int
		c.walk(a.head, func(id int) {
			if len(c.stands[id]) > 0 {
				as = appendNew(as, c.stands[id]...)
			}
		})
		out = append(out, arg{rel: "obj", head: a.head, actors: as})
	}
	return out
}

// walk calls fn on id and every word below it.
func (c *coder) walk(id int, fn func(int)) {
	stack := []int{id}
	for n := 0; len(stack) > 0 && n <= len(c.t.S.Words); n++ {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fn(x)
		stack = append(stack, c.t.Children(x)...)
	}
}

// hasActors reports whether an argument of objs names an actor.
func hasActors(objs []arg) bool {
	for _, a := range objs {
		if len(a.actors) > 0 {
			return true
		}
	}
	return false
}

// objectsOnly keeps the objects of a verb that acts on its object alone (and a passive's
// patient, which objects lists as an object).
func objectsOnly(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if a.rel == "obj" || a.rel == "iobj" {
			out = append(out, a)
		}
	}
	return out
}

// withOnly keeps the "with" phrases of a verb that takes its partner only that way.
func withOnly(objs []arg) []arg {
	var out []arg
	for _, a := range objs {
		if a.prep == "with" {
			out = append(out, a)
		}
	}
	return out
}
