package events

import (
	"slices"
	"strings"

	"newsgraph/loader/syntax"
)

// What is acted on: the objects and obliques of a verb, the phrases of its object noun, and
// the phrases that only say where.

// objects returns the arguments of verb v that may be acted on: the patient of a passive, the
// object and indirect object, obliques with their prepositions, and the "with", "on", "against"
// and "to" phrases of an object noun ("signed a deal with X", "imposed sanctions on X").
func (c *coder) objects(v int) []arg {
	out := c.patient(v)
	if n := c.relativeObject(v); n > 0 {
		out = append(out, arg{rel: "obj", head: n, actors: c.actorsOf(n)})
		out = append(out, c.nounArgs(n)...)
	}
	if s := c.clauseRelativeAuthor(v); s > 0 {
		out = append(out, arg{rel: "obj", head: s, actors: c.actorsOf(s)})
	}
	for _, ch := range c.t.Children(v) {
		switch rel := c.t.Word(ch).Deprel; syntax.BaseRel(rel) {
		case "obj", "iobj":
			out = append(out, c.objectArgs(v, ch, rel)...)
		case "xcomp":
			if n := c.strandedNoun(ch); n > 0 {
				out = append(out, arg{rel: "obj", head: n, actors: c.actorsOf(n)})
				out = append(out, c.nounArgs(n)...)
			}
		case "obl":
			out = append(out, c.obliqueArgs(v, ch, rel)...)
		case "advmod":
			if particles[strings.ToLower(c.t.Word(ch).Lemma)] {
				// "pulled its troops back from the outskirts of Kyiv": the particle's
				// phrases are the verb's
				for _, g := range c.t.Dependents(ch, "obl") {
					out = append(out, c.obliqueArgs(v, g, c.t.Word(g).Deprel)...)
				}
			}
		}
	}
	if len(out) == 0 {
		out = c.sharedObjects(v)
	}
	return c.dropPlaces(v, out)
}

// functionWords are the parts of speech that head no noun phrase.
var functionWords = setOf("SCONJ", "ADP", "CCONJ", "AUX", "PART", "PUNCT")

// sharedObjects returns, for a verb v with no object of its own that only conjunctions, commas
// and adverbs part from the next verb it is coordinated with, that verb's direct objects:
// "condemned and sanctioned Taiwan" condemns Taiwan too (the parser hangs a shared object on the
// nearest verb). A verb with a complement, an oblique or a particle shares none ("withdrew from
// the town and attacked Kobani").
func (c *coder) sharedObjects(v int) []arg {
	for _, ch := range c.t.Children(v) {
		rel := c.t.Word(ch).Deprel
		if rel == "compound:prt" {
			return nil
		}
		switch syntax.BaseRel(rel) {
		case "obj", "iobj", "obl", "xcomp", "ccomp", "advcl":
			return nil
		case "conj":
			if c.t.Word(ch).UPOS != "VERB" || ch < v || !c.onlyJoiners(v, ch) || c.child(ch, "nsubj") > 0 {
				continue
			}
			var out []arg
			for _, o := range c.t.Dependents(ch, "obj") {
				if o > ch {
					out = append(out, c.objectArgs(ch, o, "obj")...)
				}
			}
			return out
		}
	}
	return nil
}

// onlyJoiners reports whether only coordinating conjunctions, commas and adverbs stand between
// the words a and b (a before b): "threatened and then invaded".
func (c *coder) onlyJoiners(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w := c.t.Word(k); w.UPOS != "CCONJ" && w.UPOS != "ADV" && w.Form != "," {
			return false
		}
	}
	return true
}

// patient returns, as an object, what the passive verb v acts on: the subject of a passive, the
// noun a reduced passive modifies, the object of the verb a bare participle completes, or, for a
// passive that shares the subject of the verb above it, that verb's patient or else its subject.
// It returns nil for an active verb.
func (c *coder) patient(v int) []arg {
	var out []arg
	if p, ok := c.passive(v); ok {
		out = append(out, arg{rel: "obj", head: p, actors: c.actorsOf(p)})
		if _, ev := c.noun(p); ev {
			// an event noun's phrases, as an object's: "sanctions on Iran were imposed by the EU"
			out = append(out, c.nounArgs(p)...)
		}
	} else if c.reducedPassive(v) {
		h := c.t.Word(v).Head
		out = append(out, arg{rel: "obj", head: h, actors: c.actorsOf(h)})
	} else if c.participleComplement(v) {
		o := c.child(c.t.Word(v).Head, "obj")
		out = append(out, arg{rel: "obj", head: o, actors: c.actorsOf(o)})
	} else if c.elidedPassive(v) {
		if h := c.t.Word(v).Head; h > 0 {
			if p, ok := c.passive(h); ok {
				out = append(out, arg{rel: "obj", head: p, actors: c.actorsOf(p)}) // "was raped and murdered"
			} else if as, w := c.subject(h, 1); len(as) > 0 {
				out = append(out, arg{rel: "obj", head: w, actors: as})
			}
		}
	}
	return out
}

// objectArgs returns the arguments that the direct or indirect object ch of verb v gives, rel its
// relation: the object, or the thing it measures when it is a quantity, with the phrases of its
// noun (nounArgs, conjunctEventArgs, withOfName, including). It returns nil for a relative
// pronoun, for an object that "alongside" parts from the verb, and for a function word the
// parser took for one (no noun phrase, so nothing it acts on).
func (c *coder) objectArgs(v, ch int, rel string) []arg {
	if c.alongside(v, ch) || c.antecedent(ch) > 0 {
		return nil // a relative pronoun: its antecedent is the object (relativeObject)
	}
	if functionWords[c.t.Word(ch).UPOS] {
		return nil // "cautioned that 'CNN cannot …'" with "that" read as the object: a clause's marker
	}
	var out []arg
	if m := c.measured(ch); m > 0 {
		out = append(out, c.nounArgs(ch)...) // "50 tonnes of food to Kenya": the parser's choice
		ch = m
	}
	out = append(out, arg{rel: rel, head: ch, actors: c.actorsOf(ch)})
	out = append(out, c.nounArgs(ch)...)
	out = append(out, c.conjunctEventArgs(ch)...)
	out = append(out, c.withOfName(ch)...)
	out = append(out, c.including(ch)...)
	return out
}

// obliqueArgs returns the arguments that the oblique ch of verb v gives, rel its relation: the
// phrase with its preposition, marked place when it says where, and what its noun takes
// (obliqueNounArgs); members of the object for an "including" phrase; the author of what the
// verb reacts to for the "by" phrase of an active verb. It returns nil for an agent, a time or
// a measure.
func (c *coder) obliqueArgs(v, ch int, rel string) []arg {
	if rel == "obl:agent" || rel == "obl:tmod" || rel == "obl:npmod" || rel == "obl:unmarked" || c.timeHead(ch) {
		return nil
	}
	p := c.prep(ch)
	if p == "with" && c.frontedBeforeSubject(v, ch) {
		return nil // "With the rise of ISIS in mind, Congress approved the plan": a circumstance, no partner
	}
	if includingPreps[p] && c.child(v, "obj") > 0 {
		// "expelled dozens of diplomats, including the Somali ambassador", the phrase hung
		// on the verb: members of the object
		return []arg{{rel: "obj", head: ch, actors: c.namedActors(c.actorsOf(ch))}}
	}
	if p == "by" {
		if _, ok := c.passive(v); ok {
			return nil
		}
		// "condemned the invasion of Chile by Peru", the by-phrase hung on the verb:
		// the author of what the verb reacts to
		return []arg{{rel: "owner", prep: p, head: ch, actors: c.actorsOf(ch)}}
	}
	// "arrested protesters in Lima", "filed a case against Israel at the ICJ": where, when
	// another argument names who
	as := c.actorsOf(ch)
	if len(as) == 0 && aimPreps[p] && !Former(c.t, ch) {
		// a thing of someone's aimed at: "impose tariffs on Mexican goods", the phrase hung on
		// the verb (as on the noun: nounPrepArg)
		as, _ = c.owner(ch)
	}
	out := []arg{{rel: "obl", prep: p, head: ch, actors: as, place: (p == "in" || p == "at") && c.namesNoEvent(ch)}}
	return append(out, c.obliqueNounArgs(v, ch, p)...)
}

// obliqueNounArgs returns the phrases of the noun of the oblique ch of verb v, with preposition
// p, that the verb acts on too (nounArgs), marked place when the oblique says where
// (placePhrase). It returns nil for the addressee of a message, a circumstance of a passive, the
// parties of a reason given with "for", and the phrases of what the act is taken as ("as") or
// of an act with its own author after which or despite which it is done (circumstancePreps, but
// "under": "under a deal with Britain" names the deal's party).
func (c *coder) obliqueNounArgs(v, ch int, p string) []arg {
	if ns, ok := c.noun(ch); ok && ns.Mode == "visit" && visitPreps[p] {
		return nil // "pledged more aid to Ukraine on a visit to Kyiv": where the visit goes
	}
	if p == "as" || circumstancePreps[p] && p != "under" && c.authored(ch) {
		// "condemned the launches as a violation of U.N. Security Council resolutions": what
		// the act is taken as names no party of it; "applied to join the alliance after
		// Russia's invasion of Ukraine": an act of another's that it follows is that one's
		// ("expelled diplomats amid a row with Britain" keeps Britain)
		return nil
	}
	cw := c.t.Word(ch)
	if p == "in" && syntax.CommunicationNoun(strings.ToLower(cw.Lemma)) && !syntax.ActNoun(strings.ToLower(cw.Lemma)) {
		return nil // "beheads Foley in a message to the US": whom a message is to is its addressee
	}
	if _, ok := c.passive(v); ok && c.t.Word(ch).UPOS == "NOUN" && len(c.actorsOf(ch)) == 0 {
		// "On landing in Dar es Salaam, they were detained by police": a passive acts on
		// its subject; what a circumstance phrase's noun names is not acted on
		return nil
	}
	if o := c.child(v, "obj"); p == "for" && o > 0 && len(c.actorsOf(o)) > 0 {
		// "condemned ISIS for the murder of James Foley", "blamed X for the attack on Y":
		// the reason's own parties are not the verb's
		return nil
	}
	na := c.nounArgs(ch)
	if c.placePhrase(p, ch) {
		for i := range na {
			na[i].place = true
		}
	}
	return na
}

// authored reports whether the noun at n has its author in a possessive ("Russia's invasion")
// or a "by" phrase ("the invasion by Russia").
func (c *coder) authored(n int) bool {
	if c.child(n, "nmod:poss") > 0 {
		return true
	}
	for _, ch := range c.t.Dependents(n, "nmod") {
		if c.prep(ch) == "by" {
			return true
		}
	}
	return false
}

// dropPlaces removes the arguments of verb v marked place when a direct object names an actor,
// people acted on (actedOn) or a pronoun ("is attacking us daily in Iraq"), or an "against"
// phrase names an actor: "attacked their fighters
// near the border with Turkey" attacked no Turkey (EVENT-PITFALLS: "the object is the argument,
// not the nearest country"), but "beefed up its troops along the border with the Gaza Strip",
// with no other party, acts towards Gaza, and people a verb places are put there ("deployed
// peacekeepers in Somalia": PlacingVerbs).
func (c *coder) dropPlaces(v int, args []arg) []arg {
	placed := PlacingVerbs[strings.ToLower(c.t.Word(v).Lemma)]
	has := false
	for _, a := range args {
		has = has || (a.rel == "obj" || a.rel == "iobj") && (len(a.actors) > 0 || !placed && (c.actedOn(a.head) || c.t.Word(a.head).UPOS == "PRON")) ||
			(a.rel == "obl" || a.rel == "nmod") && a.prep == "against" && len(a.actors) > 0
	}
	if !has {
		return args
	}
	return withoutPlaces(args)
}

// withoutPlaces returns args without the phrases that name a place, reusing its array.
func withoutPlaces(args []arg) []arg {
	out := args[:0]
	for _, a := range args {
		if !a.place {
			out = append(out, a)
		}
	}
	return out
}

// PlacingVerbs put what they move somewhere, which "in" names as well as "to" ("deployed
// peacekeepers in Somalia", "stationed troops in Poland"; VerbNet's put-9.1 Destination), where
// other verbs' "in" says where the act on their object happened ("arrested protesters in Lima").
var PlacingVerbs = map[string]bool{"deploy": true, "station": true, "redeploy": true, "position": true,
	"base": true, "post": true, "garrison": true, "place": true}

// actedOn reports whether the noun at n names people a verb acts on who stand for no state:
// "arrested protesters in Lima" arrested protesters, in Lima. A state's own forces ("deployed
// troops near the border with Bolivia") go somewhere, towards someone.
func (c *coder) actedOn(n int) bool {
	lemma := strings.ToLower(c.t.Word(n).Lemma)
	if !syntax.PersonNoun(lemma) {
		return false
	}
	sector, _ := c.lex.Agent(lemma)
	return !stateSectors[sector]
}

// stateSectors are the sectors of a state's own agents.
var stateSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "SPY": true, "JUD": true, "LEG": true}

// placePhrase reports whether the oblique at n, with preposition p, says where something
// happened and names no event ("near the border with Turkey"): what its noun takes describes
// the place. "at talks with X" names an event, and its partner.
func (c *coder) placePhrase(p string, n int) bool {
	return nearPreps[p] && c.namesNoEvent(n)
}

// namesNoEvent reports whether the noun at n is no event noun ("the border", "protesters", not
// "talks").
func (c *coder) namesNoEvent(n int) bool {
	ns, ok := c.noun(n)
	return !ok || ns.Type == ""
}

// nearPreps say where something is or happens.
var nearPreps = map[string]bool{"near": true, "at": true, "across": true, "inside": true,
	"outside": true, "around": true, "within": true, "beyond": true, "throughout": true}

// alongside reports whether "alongside" or "beside", hung on verb v or on its object n, comes
// between them: the parser's reading of "fight alongside Kurdish fighters" with an object; they
// are fought beside, not fought.
func (c *coder) alongside(v, n int) bool {
	for id := v + 1; id < n; id++ {
		w := c.t.Word(id)
		if f := strings.ToLower(w.Form); (f == "alongside" || f == "beside") && (w.Head == v || w.Head == n) {
			return true
		}
	}
	return false
}

// withOfPhrases returns the noun n and the heads of its "of" phrases, on which the parser hangs
// as often what belongs to n ("expulsions of diplomats from Britain", "many of its victims,
// including …").
func (c *coder) withOfPhrases(n int) []int {
	heads := []int{n}
	for _, d := range c.t.Dependents(n, "nmod") {
		if c.prep(d) == "of" {
			heads = append(heads, d)
		}
	}
	return heads
}

// including returns, as objects, the named members an "including" or "such as" phrase gives of
// the object n or of its "of" phrase ("many of its victims, including American businessman
// Nicholas Berg", "Islamic militants, including the Islamic State group"): those acted on too.
func (c *coder) including(n int) []arg {
	var out []arg
	for _, h := range c.withOfPhrases(n) {
		for _, d := range c.t.Children(h) {
			if syntax.BaseRel(c.t.Word(d).Deprel) == "nmod" && includingPreps[c.prep(d)] {
				if as := c.namedActors(c.actorsOf(d)); len(as) > 0 {
					out = append(out, arg{rel: "obj", head: d, actors: as})
				}
			}
		}
	}
	return out
}

// namedActors returns the actors of as that are named (a country, body or person), not groups a
// common noun names ("the alleged street boss", "specialists in explosives"): a member the
// parser may have hung on the wrong noun is trusted only by name.
func (c *coder) namedActors(as []int) []int {
	var out []int
	for _, k := range as {
		if a := c.actors[k]; a.State || a.Org || a.Person || a.Place {
			out = append(out, k)
		}
	}
	return out
}

// includingPreps introduce members of a set.
var includingPreps = setOf("include", "including", "such") // lemmas: "including", "such as"

// withOfName returns the "with" phrase that the parser hung on an object naming an actor: a
// name takes no such complement, so it is the verb's ("discussed Libya with Trump").
func (c *coder) withOfName(n int) []arg {
	if c.span[n] < 0 {
		return nil // "closed its borders with X": a thing named by its owner takes "with"
	}
	var out []arg
	for _, ch := range c.spanChildren(n) {
		if syntax.BaseRel(c.t.Word(ch).Deprel) == "nmod" && c.prep(ch) == "with" {
			out = append(out, arg{rel: "obl", prep: "with", head: ch, actors: c.actorsOf(ch)})
		}
	}
	return out
}

// attributiveOnly are adjectives that never stand as a predicate ("*the president is former"): an
// xcomp headed by one is a misparse of a noun phrase ("arrested former President X").
var attributiveOnly = map[string]bool{"former": true, "ex": true, "late": true, "then": true,
	"outgoing": true, "incoming": true, "acting": true, "interim": true, "erstwhile": true}

// strandedNoun returns the noun a misparsed attributive adjective at id was hung above (its
// unmarked nominal dependent: "former President X" read as xcomp "former" with obl "X"), or 0.
func (c *coder) strandedNoun(id int) int {
	if w := c.t.Word(id); w.UPOS != "ADJ" || !attributiveOnly[strings.ToLower(w.Lemma)] {
		return 0
	}
	for _, ch := range c.t.Children(id) {
		switch syntax.BaseRel(c.t.Word(ch).Deprel) {
		case "obl", "nmod", "obj", "nsubj":
			if ch > id && c.prep(ch) == "" {
				return ch
			}
		}
	}
	return 0
}

// ownAgentPlaces returns where the subject's own agents in objs are placed: "reopened its
// embassy in X", "recalled its ambassador to X", "withdrew its troops from X" act towards X. The
// agent itself stands for the subject, so without its place the act has no other party.
func (c *coder) ownAgentPlaces(objs []arg, subj []int) []arg {
	var out []arg
	for _, a := range objs {
		if a.rel != "obj" || len(a.actors) == 0 || len(c.stands[a.head]) == 0 || !subset(a.actors, subj) && !c.pronounOwned(a.head) {
			continue
		}
		if !subset(a.actors, subj) && RelationalNoun(strings.ToLower(c.t.Word(a.head).Lemma)) {
			continue // "met his Sudanese counterpart in Cairo": the counterpart is another state's
		}
		for _, ch := range c.t.Children(a.head) {
			if syntax.BaseRel(c.t.Word(ch).Deprel) != "nmod" {
				continue
			}
			switch p := c.prep(ch); p {
			case "in", "to", "from", "at":
				if as := c.actorsOf(ch); len(as) > 0 && !overlap(as, subj) {
					out = append(out, arg{rel: "obj", prep: p, head: ch, actors: as})
				}
			}
		}
	}
	return out
}

// pronounOwned reports whether the noun at id has a possessive pronoun ("its embassy"), which
// most often names the clause's own subject.
func (c *coder) pronounOwned(id int) bool {
	for _, ch := range c.t.Dependents(id, "nmod:poss") {
		if c.t.Word(ch).UPOS == "PRON" {
			return true
		}
	}
	return false
}

// subset reports whether every actor of a is in b.
func subset(a, b []int) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// frontedBeforeSubject reports whether the oblique ch of verb v stands before v's subject, set
// off at the head of the clause ("With the rise of ISIS in mind, Congress approved …"): a
// circumstance of the clause rather than a party to its verb.
func (c *coder) frontedBeforeSubject(v, ch int) bool {
	for _, s := range append(c.t.Dependents(v, "nsubj"), c.t.Dependents(v, "nsubj:pass")...) {
		if ch < s {
			return true
		}
	}
	return false
}
