package events

import (
	"slices"
	"strings"

	"newsgraph/loader/syntax"
)

// coder holds one sentence being coded: the tree, the actors and which words stand for which
// actors. It is built once per sentence and read by the rules; only out grows.
type coder struct {
	t      *syntax.Tree
	actors []Actor
	lex    Lexicon
	// span[id] is the actor whose mention covers word id, or -1.
	span []int
	// stands[id] lists the actors that word id stands for: the head word of a mention, or an
	// agent noun attached to actors ("the Chinese coast guard", "the leaders of X and Y").
	stands [][]int
	// sector[id] is the sector of an agent noun that stands for an actor.
	sector []string
	// tellers[id] lists the tellers (Actor.Teller) whose mention's head is word id.
	tellers map[int][]int
	out     []Event
	misses  []Miss
}

func (c *coder) miss(id int, reason string) {
	c.misses = append(c.misses, Miss{Word: id, Reason: reason})
}

// void records that no rule should read an event of trigger id, and why.
func (c *coder) void(id int, reason string) {
	c.misses = append(c.misses, Miss{Word: id, Reason: reason, Void: true})
}

// negated records that negation took away any reading of trigger id (see Miss.Negated).
func (c *coder) negated(id int, reason string) {
	c.misses = append(c.misses, Miss{Word: id, Reason: "negated: " + reason, Void: true, Negated: true})
}

func newCoder(t *syntax.Tree, actors []Actor, lex Lexicon) *coder {
	n := len(t.S.Words)
	c := &coder{t: t, actors: actors, lex: lex, span: make([]int, n+1), stands: make([][]int, n+1), sector: make([]string, n+1)}
	for id := range c.span {
		c.span[id] = -1
	}
	for k, a := range actors {
		if a.Teller {
			c.addTeller(k)
			continue
		}
		for id := 1; id <= n; id++ {
			w := t.Word(id)
			if w.Start < a.End && a.Start < w.End && c.span[id] < 0 {
				c.span[id] = k
			}
		}
	}
	for id := 1; id <= n; id++ {
		if k := c.span[id]; k >= 0 {
			if h := t.Word(id).Head; h == 0 || c.span[h] != k {
				c.stands[id] = sameSpan(actors, k) // the head of the mention
			}
		}
	}
	// agents, innermost first: a head is attached after its dependents
	for _, id := range postorder(t) {
		c.attachAgent(id)
	}
	return c
}

// addTeller records teller k at the head of its mention: the word of it whose head lies outside it.
func (c *coder) addTeller(k int) {
	a := c.actors[k]
	for id := 1; id <= len(c.t.S.Words); id++ {
		w := c.t.Word(id)
		if w.Start >= a.End || a.Start >= w.End {
			continue
		}
		if w.Head > 0 {
			if h := c.t.Word(w.Head); h.Start < a.End && a.Start < h.End {
				continue
			}
		}
		if c.tellers == nil {
			c.tellers = map[int][]int{}
		}
		c.tellers[id] = append(c.tellers[id], k)
		return
	}
}

// sameSpan returns actor k and the actors after it whose mention has the same span: "the two
// countries" stands for both countries named before (the entity stage gives it a mention of
// each).
func sameSpan(actors []Actor, k int) []int {
	out := []int{k}
	for j := k + 1; j < len(actors); j++ {
		if actors[j].Start == actors[k].Start && actors[j].End == actors[k].End {
			out = append(out, j)
		}
	}
	return out
}

// postorder returns the word IDs of t with every word after its dependents.
func postorder(t *syntax.Tree) []int {
	out := make([]int, 0, len(t.S.Words))
	var walk func(id, depth int)
	walk = func(id, depth int) {
		if depth > len(t.S.Words) {
			return
		}
		for _, ch := range t.Children(id) {
			walk(ch, depth+1)
		}
		if id > 0 {
			out = append(out, id)
		}
	}
	walk(0, 0)
	return out
}

// agentRels are the relations by which a state attaches to a noun that acts for it: a demonym or
// name before it ("Chinese troops", "US officials"), a possessive ("Pakistan's president"), "of"
// or "from" ("the government of Chad", "officials from Kenya").
var agentRels = map[string]bool{"amod": true, "compound": true, "nmod:poss": true, "nmod": true, "flat": true}

// attachAgent makes an agent noun stand for the actors attached to it, with its sector:
// "Chinese coast guard ships" are China (MIL), "a UN expert" the UN. Only a state's own agents
// stand for a country: "Syrian refugees" or "Chilean farmers" act for themselves, not for the
// state their demonym names (EVENT-PITFALLS: "a private person is not their state"); any
// member acts for an organisation.
func (c *coder) attachAgent(id int) {
	w := c.t.Word(id)
	if c.span[id] >= 0 || (w.UPOS != "NOUN" && w.UPOS != "PROPN") {
		return
	}
	if as := c.launcher(id); len(as) > 0 {
		c.stands[id] = as // "drones launched from Yemen" are Yemen's
		return
	}
	if f := c.flagOf(id); f > 0 {
		c.stands[id] = c.actorsOf(f) // "a Greek-flagged tanker" is Greece's
		return
	}
	sector, ok := c.agentSector(id)
	if !ok {
		c.attachPhrase(id)
		return
	}
	if as := c.namedHolder(id); len(as) > 0 {
		c.stands[id] = as
		c.sector[id] = sector
		return
	}
	if Former(c.t, id) {
		return // "former Iraqi military officers" act for themselves, no longer for Iraq
	}
	for _, ch := range c.t.Children(id) {
		cw := c.t.Word(ch)
		if !agentRels[cw.Deprel] && !agentRels[syntax.BaseRel(cw.Deprel)] {
			continue
		}
		if c.otherSide(id, ch) {
			continue // "his Iranian counterpart" acts for Iran, not for "his" side
		}
		if syntax.BaseRel(cw.Deprel) == "nmod" && cw.Deprel != "nmod:poss" {
			if p := c.prep(ch); p != "of" && p != "from" && p != "in" && p != "for" {
				continue // "the government of Chad", "officials from Kenya", "a court in Lyon", "a spokesman for X"
			}
		}
		as := c.actorsOf(ch)
		if len(as) == 0 && cw.Deprel != "nmod:poss" {
			// "the Canadian International Development Agency", "police in Colombia's capital"
			as = c.modifierActors(ch)
		}
		if len(as) > 0 && (StateSectors[sector] || c.allOrgs(as) && !(cw.UPOS == "PRON" && civilians(sector, w))) {
			c.stands[id] = as
			c.sector[id] = sector
			return
		}
	}
}

// namedHolder returns the people named by the flat dependents of the agent noun at id, when the
// parser made the title the head of the name ("Russian Prime Minister Dmitry Medvedev" with
// "Minister" as head): the person named is the actor, as in an apposition ("the Kenyan defence
// minister, Aden Duale"), not the state a demonym on the title names.
func (c *coder) namedHolder(id int) []int {
	var out []int
	for _, ch := range c.t.Dependents(id, "flat") {
		if as := c.stands[ch]; len(as) > 0 && c.allPeople(as) {
			out = appendNew(out, as...)
		}
	}
	return out
}

// allPeople reports whether every actor of as is a person.
func (c *coder) allPeople(as []int) bool { return c.every(as, func(a Actor) bool { return a.Person }) }

// civilians reports whether the agent noun w of sector names private people ("passengers",
// "residents", "customers"; not MemberNouns): owned by a pronoun the entity stage read as an
// organisation, they are seldom its ("a fourth crashed after its passengers tried to overpower
// the hijackers": the plane's, not the Pentagon's). Things of the sector ("its passenger jet")
// are the organisation's.
func civilians(sector string, w *syntax.Word) bool {
	l := strings.ToLower(w.Lemma)
	return sector == "CVL" && syntax.PersonNoun(l) && !MemberNouns[l]
}

// MemberNouns name the members or parts of a body, people who act for it when attached to it
// ("a UN expert", "members of Boko Haram", "its members"); their sector is CVL (the Lexicon's
// Agent).
var MemberNouns = map[string]bool{"expert": true, "group": true, "member": true, "staff": true, "team": true}

// Former reports whether the noun at id is modified by "former", "retired", "exiled" or "ex-":
// who no longer holds an office or serves ("former Iraqi military officers", "retired generals",
// "the exiled Tibetan leader") acts for no state.
func Former(t *syntax.Tree, id int) bool {
	for _, ch := range t.Children(id) {
		if w := t.Word(ch); w.Deprel == "amod" || w.Deprel == "compound" || w.Deprel == "advmod" {
			if l := strings.ToLower(w.Form); l == "former" || l == "retired" || l == "exiled" || l == "ex" || strings.HasPrefix(l, "ex-") {
				return true
			}
		}
	}
	return false
}

// attachPhrase makes a noun that is neither an agent nor an event stand for the first actor of
// its modifiers (each already attached, innermost first), as event coders code a noun phrase
// by the actor in it: what is done to "Taliban political prisoners" or "IS members" is done to
// the Taliban and IS. An event noun keeps its own arguments (nouns.go); a pronoun possessor
// ("its troops") most often names the clause's own subject and is left out, unless it stands
// for the party reporting what is done to the noun (Actor.Owner).
func (c *coder) attachPhrase(id int) {
	if ns, ok := c.noun(id); ok && ns.Type != "" {
		return
	}
	l := strings.ToLower(c.t.Word(id).Lemma)
	if KinNoun(l) {
		return // "the son of President Museveni" is no Ugandan act's party
	}
	person := syntax.PersonNoun(l)
	best, rank := 0, len(phraseOrder)
	border := c.borderWord(id)
	for _, ch := range c.t.Children(id) {
		cw := c.t.Word(ch)
		r := slices.Index(phraseOrder, cw.Deprel)
		if r < 0 || r >= rank || cw.UPOS == "PRON" && !c.ownerPronoun(ch) && !c.anotherPossessor(id, ch) {
			continue
		}
		if cw.Deprel == "nmod" {
			if p := c.prep(ch); p != "of" && p != "in" && p != "from" || p == "in" && c.sector[ch] != "" && c.span[ch] < 0 {
				continue // "a lawsuit in the U.S. District Court": a body in which a thing is, not whose
			}
		}
		if cw.Deprel == "compound" && ch <= border {
			continue // "the Syria-Turkey border town of Kobani": where the town lies, not whose
		}
		if c.otherSide(id, ch) {
			continue // "a fellow US ally in the Gulf, Qatar": the ally is Qatar
		}
		if len(c.actorsOf(ch)) > 0 {
			best, rank = ch, r
		}
	}
	if of := c.wholeOf(id); of > 0 {
		best = of // "the Egyptian affiliate of the Islamic State" is the Islamic State's, in Egypt
	}
	if best == 0 {
		if as := c.placedBy(id); len(as) > 0 {
			c.stands[id] = as // "captured three cities west of the capital Tripoli"
			return
		}
	}
	if best == 0 {
		best = c.ownerClause(id)
	}

	if best > 0 && PrivateBodyAt(c.t, id) && !c.allOrgs(c.actorsOf(best)) {
		return // "the Californian technology giant": a private body acts for itself, not its state or place
	}
	if best > 0 && (!person || c.allOrgs(c.actorsOf(best)) || c.prep(best) == "of") {
		// a person stands for an organisation they belong to ("Taliban attackers", "the UN
		// chief") and for what an of-phrase names ("the Grand Mufti of Egypt", an office), never
		// for the state a demonym names ("a Salvadorean nun": a private person, EVENT-PITFALLS)
		c.stands[id] = c.actorsOf(best)
		c.sector[id] = c.sector[best]
	}
}

// flagOf returns the word naming the state whose flag the ship at id flies ("a Greek-flagged
// tanker", "a Liberian-registered vessel"): a ship is its flag state's, as a state's ships are
// (the flag state has jurisdiction over it, UNCLOS article 94); 0 when there is none.
func (c *coder) flagOf(id int) int {
	for _, m := range c.t.Dependents(id, "amod") {
		if l := strings.ToLower(c.t.Word(m).Lemma); l != "flag" && l != "flagged" && l != "register" && l != "registered" {
			continue
		}
		for _, ch := range c.t.Children(m) {
			if ch < m && len(c.actorsOf(ch)) > 0 {
				return ch
			}
		}
	}
	return 0
}

// placedBy returns, for a noun naming an area (cities, villages, areas, parts of a country), the
// places or countries a phrase places it by: "three cities west of the capital Tripoli",
// "several areas near the capital Damascus", "villages outside Aleppo". An area acted on is where
// it lies, as one "in" a place is (attachPhrase); other things near a place are not its.
func (c *coder) placedBy(id int) []int {
	if !areaNouns[strings.ToLower(c.t.Word(id).Lemma)] {
		return nil
	}
	var out []int
	for _, ch := range c.t.Children(id) {
		cw := c.t.Word(ch)
		switch {
		case cw.Deprel == "nmod" && besidePreps[c.prep(ch)]:
			out = appendNew(out, c.placesOf(ch)...)
		case cw.Deprel == "advmod" && compassAdverbs[strings.ToLower(cw.Lemma)]:
			for _, g := range c.t.Children(ch) {
				if d := syntax.BaseRel(c.t.Word(g).Deprel); (d == "obl" || d == "nmod") && c.prep(g) == "of" {
					out = appendNew(out, c.placesOf(g)...)
				}
			}
		}
	}
	return out
}

// placesOf returns the actors of the phrase at id that are places or countries.
func (c *coder) placesOf(id int) []int {
	var out []int
	for _, a := range c.actorsOf(id) {
		if c.actors[a].Place || c.actors[a].State {
			out = append(out, a)
		}
	}
	return out
}

// areaNouns name areas of land; besidePreps and compassAdverbs place one by another place.
var (
	areaNouns = setOf("city", "town", "village", "area", "region", "district", "part", "territory",
		"neighbourhood", "neighborhood", "suburb", "outskirt", "province", "zone", "field", "base", "position")
	besidePreps    = setOf("near", "outside", "around", "close")
	compassAdverbs = setOf("west", "east", "north", "south", "northwest", "northeast", "southwest", "southeast")
)

// wholeOf returns the "of" phrase naming an actor of a noun that names a part of a body (an
// affiliate, branch, wing, cell of a group), or 0: the part acts for the whole, and a demonym on
// the part says where it is ("the Egyptian affiliate of the Islamic State").
func (c *coder) wholeOf(id int) int {
	if !partNouns[strings.ToLower(c.t.Word(id).Lemma)] {
		return 0
	}
	for _, ch := range c.t.Dependents(id, "nmod") {
		if c.prep(ch) == "of" && len(c.actorsOf(ch)) > 0 {
			return ch
		}
	}
	return 0
}

// partNouns name a part of a group or body that acts for it.
var partNouns = map[string]bool{"affiliate": true, "branch": true, "wing": true, "arm": true, "offshoot": true,
	"cell": true, "chapter": true, "faction": true, "franchise": true, "division": true, "unit": true}

// ownerClause returns the phrase of a participle on the noun at id that says whose it is:
// "targets attributed to Isis", "positions held by the rebels", "sites linked to al-Qaeda"
// (belongingVerbs), or 0.
func (c *coder) ownerClause(id int) int {
	for _, ch := range c.t.Dependents(id, "acl") {
		if !belongingVerbs[strings.ToLower(c.t.Word(ch).Lemma)] {
			continue
		}
		for _, o := range c.t.Children(ch) {
			r := c.t.Word(o).Deprel
			if r != "obl" && r != "obl:agent" {
				continue
			}
			if p := c.prep(o); (p == "to" || p == "with" || p == "by") && len(c.actorsOf(o)) > 0 {
				return o
			}
		}
	}
	return 0
}

// belongingVerbs say, as a participle on a thing, whom it belongs to or is tied to.
var belongingVerbs = map[string]bool{"belong": true, "attribute": true, "link": true, "tie": true,
	"affiliate": true, "associate": true, "connect": true, "hold": true, "control": true, "own": true,
	"run": true, "operate": true, "occupy": true, "use": true}

// PrivateBody reports whether a noun lemma names a body that acts for itself, as a private
// person does (EVENT-PITFALLS: "a company … acts for itself"): a demonym or country before its
// subject says where it is from, not that the state acts ("a British company signed …", "an
// American newspaper criticized …"). As the target of an act it is coded as its country is, as
// people named by their nationality are ("banned all Pakistani newspapers"), and a state's own
// (StateOwned) stands for the state.
func PrivateBody(lemma string) bool { return privateBodies[lemma] }

var privateBodies = map[string]bool{"company": true, "firm": true, "corporation": true, "business": true,
	"conglomerate": true, "charity": true, "newspaper": true, "tabloid": true, "magazine": true,
	"broadcaster": true, "website": true, "foundation": true, "airline": true, "carmaker": true,
	"automaker": true, "retailer": true, "supermarket": true, "startup": true, "manufacturer": true,
	"maker": true, "producer": true, "supplier": true, "insurer": true, "lender": true,
	"publisher": true, "chain": true, "brand": true}

// StateOwned reports whether the noun at id is marked as the state's own ("an official Syrian
// newspaper", "state-run media", "a government company"): state media and firms stand for it.
func StateOwned(t *syntax.Tree, id int) bool {
	for _, ch := range t.Children(id) {
		if w := t.Word(ch); (w.Deprel == "amod" || w.Deprel == "compound") && StateWord(strings.ToLower(w.Form)) {
			return true
		}
	}
	return false
}

// StateWord reports whether the lower-case word marks a thing as the state's own: "official",
// "state", "state-run", "government", "government-owned".
func StateWord(w string) bool {
	return w == "official" || strings.HasPrefix(w, "state") || strings.HasPrefix(w, "government")
}

// PrivateBodyAt reports whether the noun at id names a private body (PrivateBody, or a trade's
// "giant": businessGiant) not marked as the state's own (StateOwned).
func PrivateBodyAt(t *syntax.Tree, id int) bool {
	return (PrivateBody(strings.ToLower(t.Word(id).Lemma)) || businessGiant(t, id)) && !StateOwned(t, id)
}

// businessGiant reports whether the noun at id is "giant" with a noun of a trade before it ("the
// Californian technology giant", "the oil giant"): a big firm. Without one ("the Asian giant") it
// may name a state.
func businessGiant(t *syntax.Tree, id int) bool {
	if strings.ToLower(t.Word(id).Lemma) != "giant" {
		return false
	}
	for _, ch := range t.Dependents(id, "compound") {
		if t.Word(ch).UPOS == "NOUN" {
			return true
		}
	}
	return false
}

// borderWord returns the border noun among the compounds of the noun at id ("border town"), or
// 0: it and the names before it ("Syria-Turkey border town", parsed flat) say where.
func (c *coder) borderWord(id int) int {
	b := 0
	for _, ch := range c.t.Dependents(id, "compound") {
		if borderNouns[strings.ToLower(c.t.Word(ch).Lemma)] {
			b = max(b, ch)
		}
	}
	return b
}

// borderNouns name a line between countries: as a modifier of another noun ("border town",
// "frontier post") they say where it is, between the countries they name.
var borderNouns = map[string]bool{"border": true, "frontier": true, "boundary": true}

// phraseOrder ranks the modifiers that may name whom a thing belongs to, the nearest first: the
// thing's own name ("the al-Qaeda network"), a demonym, a possessor ("Osama bin Laden's
// al-Qaeda network" is al-Qaeda's), then "of", "in" or "from".
var phraseOrder = []string{"compound", "flat", "amod", "nmod:poss", "nmod"}

// agentSector returns the sector of the noun at id, taking a compound before it into account
// ("coast guard", "foreign ministry").
func (c *coder) agentSector(id int) (string, bool) {
	w := c.t.Word(id)
	lemma := strings.ToLower(w.Lemma)
	for _, ch := range c.t.Children(id) {
		if cw := c.t.Word(ch); ch == id-1 && (cw.Deprel == "compound" || cw.Deprel == "amod") && c.span[ch] < 0 {
			if s, ok := c.lex.Agent(strings.ToLower(cw.Lemma) + " " + lemma); ok {
				return s, true
			}
		}
	}
	return c.lex.Agent(lemma)
}

// actorsOf returns the actors that the phrase headed by id stands for: its own, its conjuncts'
// ("X and Y"), an apposition's ("the foreign minister, Jane Doe") and, for a relative pronoun,
// the noun its clause modifies ("the country that attacked").
func (c *coder) actorsOf(id int) []int {
	return c.actorsDepth(id, 0)
}

func (c *coder) actorsDepth(id, depth int) []int {
	if id <= 0 || depth > 8 {
		return nil
	}
	var out []int
	out = append(out, c.stands[id]...)
	if a := c.antecedent(id); len(out) == 0 && a > 0 {
		out = append(out, c.actorsDepth(a, depth+1)...)
	}
	for _, ch := range c.spanChildren(id) {
		switch c.t.Word(ch).Deprel {
		case "conj":
			out = appendNew(out, c.actorsDepth(ch, depth+1)...)
		case "appos":
			if c.timeHead(ch) {
				continue // "a drone strike Saturday in Yemen": when, not who
			}
			if len(out) == 0 {
				out = appendNew(out, c.actorsDepth(ch, depth+1)...)
			} else if as := c.actorsDepth(ch, depth+1); c.sector[id] != "" && len(as) > 0 && c.allServing(as) {
				// "the Kenyan defence minister, Aden Duale": the agent named is the actor, who
				// acts for the state they serve
				out = as
			}
		}
	}
	return out
}

// agentOf returns the agent word and sector behind an argument headed by id, when the argument is
// an agent noun rather than the actor's own name.
func (c *coder) agentOf(id int) (int, string) {
	if c.sector[id] != "" {
		return id, c.sector[id]
	}
	return 0, ""
}

// prep returns the lemma of the preposition of a nominal dependent ("with" of "with Iran"), or "".
func (c *coder) prep(id int) string { return c.t.Prep(id) }

func appendNew(dst []int, xs ...int) []int {
	for _, x := range xs {
		found := false
		for _, d := range dst {
			if d == x {
				found = true
				break
			}
		}
		if !found {
			dst = append(dst, x)
		}
	}
	return dst
}

// StateSectors are the sectors of a state's own agents: government, military, police,
// judiciary, legislature and intelligence. Only they stand for a country that no word attaches
// them to ("the government", see the loader's definite agents) or that a demonym, possessive
// or "of" attaches them to; a company, a protester or a rebel acts for itself.
var StateSectors = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// allServing reports whether every actor of as is a person in office (Actor.Serves).
func (c *coder) allServing(as []int) bool { return c.every(as, func(a Actor) bool { return a.Serves }) }

// allOrgs reports whether every actor of as is an organisation.
func (c *coder) allOrgs(as []int) bool { return c.every(as, func(a Actor) bool { return a.Org }) }

// every reports whether p holds for every actor of as.
func (c *coder) every(as []int, p func(Actor) bool) bool {
	for _, a := range as {
		if !p(c.actors[a]) {
			return false
		}
	}
	return true
}

// spanChildren returns the dependents of id, and for the head of a mention of several words the
// dependents of its other words outside the mention too: a conjunct is often attached to the
// last word of a name ("the Republic of Congo and Rwanda").
func (c *coder) spanChildren(id int) []int {
	k := c.span[id]
	if k < 0 || len(c.stands[id]) == 0 {
		return c.t.Children(id)
	}
	var out []int
	for w := 1; w <= len(c.t.S.Words); w++ {
		if c.span[w] != k {
			continue
		}
		for _, ch := range c.t.Children(w) {
			if c.span[ch] != k {
				out = append(out, ch)
			}
		}
	}
	return out
}

// modifierActors returns the actors named by the demonyms and names that modify a modifier of a
// noun: in "the Canadian International Development Agency" the parser may hang "Canadian" on
// "Development".
func (c *coder) modifierActors(id int) []int {
	for _, ch := range c.t.Children(id) {
		if r := c.t.Word(ch).Deprel; r == "amod" || r == "compound" || r == "nmod:poss" {
			if as := c.actorsOf(ch); len(as) > 0 {
				return as
			}
		}
	}
	return nil
}

func (c *coder) otherSide(id, ch int) bool { return OtherSide(c.t, id, ch) }

// OtherSide reports whether the modifier ch of the noun id of t names the other side of the
// relation a relational noun names ("his counterpart", "Russia's ally", "a US ally", "a Kremlin
// critic"), not whom the noun stands for; an adjective names its own side ("his Iranian
// counterpart", "Western allies"), and so does a compound of "counterpart" ("his US
// counterpart").
func OtherSide(t *syntax.Tree, id, ch int) bool {
	l := strings.ToLower(t.Word(id).Lemma)
	if !RelationalNoun(l) || t.Word(id).UPOS != "NOUN" {
		return false // not "Boko Haram's allied criminal networks", "allied" misparsed
	}
	r := t.Word(ch).Deprel
	return r == "nmod:poss" || r == "compound" && l != "counterpart"
}

// RelationalNoun reports whether the noun (a lemma) names a person by their relation to another
// ("partners", "its allies", "his counterpart"): another actor in other words, not a group of
// its own, and not the possessor's own (in "his Iranian counterpart" "his" is the other side).
func RelationalNoun(lemma string) bool { return relationalNouns[lemma] }

var relationalNouns = map[string]bool{"partner": true, "ally": true, "counterpart": true, "rival": true,
	"neighbor": true, "neighbour": true, "colleague": true, "friend": true, "enemy": true, "adversary": true,
	"successor": true, "predecessor": true, "opponent": true, "critic": true, "supporter": true}

// KinNoun reports whether the noun (a lemma) names a person, or a family, by kinship to another
// (WordNet's hyponyms of relative.n.01 that news uses): "a wife and a son of Abu Bakr
// al-Baghdadi", "the ISIS leader's brother" are private people, neither the one they are kin
// to nor what that one leads.
func KinNoun(lemma string) bool { return kinNouns[lemma] }

var kinNouns = map[string]bool{"wife": true, "husband": true, "spouse": true, "widow": true, "widower": true,
	"son": true, "daughter": true, "child": true, "stepson": true, "stepdaughter": true, "brother": true,
	"sister": true, "mother": true, "father": true, "parent": true, "grandson": true, "granddaughter": true,
	"grandchild": true, "grandfather": true, "grandmother": true, "uncle": true, "aunt": true, "nephew": true,
	"niece": true, "cousin": true, "relative": true, "family": true, "fiancé": true, "fiancée": true,
	"fiance": true, "fiancee": true, "girlfriend": true, "boyfriend": true, "brother-in-law": true,
	"sister-in-law": true, "son-in-law": true, "daughter-in-law": true, "father-in-law": true, "mother-in-law": true}

// anotherPossessor reports whether the possessive pronoun p ("its", "their") of the noun n
// stands for an actor other than the subject of the verb that takes n: "If Iran enriches
// uranium, Israel will strike its nuclear facilities" (the entity stage read "its" as Iran). A
// pronoun that may stand for the subject, or whose clause names no subject actor, is left out
// (attachPhrase), and so are "his" and "her", most often the subject's ("seized his passport"
// where the entity stage read "his" as another).
func (c *coder) anotherPossessor(n, p int) bool {
	if l := strings.ToLower(c.t.Word(p).Form); c.t.Word(p).Deprel != "nmod:poss" || l != "its" && l != "their" {
		return false // "his", "her": a person's own, most often the subject's ("seized his passport")
	}
	pa := c.actorsOf(p)
	if len(pa) == 0 {
		return false
	}
	v := c.t.Word(n).Head
	for depth := 0; v > 0 && c.t.Word(v).UPOS != "VERB" && depth < 4; depth++ {
		v = c.t.Word(v).Head
	}
	if v <= 0 || c.t.Word(v).UPOS != "VERB" {
		return false
	}
	s := c.child(v, "nsubj")
	if s == 0 {
		return false
	}
	sa := c.actorsOf(s)
	if len(sa) == 0 {
		return false
	}
	for _, a := range pa {
		for _, b := range sa {
			if c.actors[a].Entity == "" || c.actors[a].Entity == c.actors[b].Entity || c.actors[a].Code != "" && c.actors[a].Code == c.actors[b].Code {
				return false
			}
		}
	}
	return true
}

// ownerPronoun reports whether the word id is a possessive pronoun that the caller made stand for
// the party reporting the act (Actor.Owner).
func (c *coder) ownerPronoun(id int) bool {
	for _, k := range c.actorsOf(id) {
		if c.actors[k].Owner {
			return true
		}
	}
	return false
}
