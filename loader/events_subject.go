package loader

// Subjects: the actors to the left of a trigger within its clause, with appositions skipped and
// pronouns resolved.

// argSet is the actors filling one argument, with the token each was found at (-1 for an actor
// supplied by resolving a pronoun).
type argSet []int

// subject returns the actors of the subject of the verb group starting at g, and the reporter
// (the token of the verb whose complement the clause is, or -1).
func (sc *sentCtx) subject(g int) (argSet, int) {
	s := subjectSearch{sc: sc, g: g}
	s.cs, s.rep = sc.clauseStart(g)
	if cs := s.cs; g > 0 && sc.toks.w(g-1) == "," && cs >= 2 && relPronouns[sc.toks.w(cs-1)] && sc.toks.w(cs-2) == "," {
		// "X, who visited Y last week, praised Z": the relative clause closed before the verb
		// group, whose clause began before its antecedent
		s.cs, s.rep = sc.clauseStart(cs - 2)
	}
	lo, hi := s.span()
	if lo >= hi {
		return s.elided(), s.rep
	}
	head, rest := s.head(lo, hi)
	if len(head) > 0 {
		return s.preferCoded(head), s.rep
	}
	if len(rest) > 0 {
		return rest[:1], s.rep
	}
	return s.pronoun(lo, hi), s.rep
}

// relPronouns open a relative clause.
var relPronouns = map[string]bool{"who": true, "which": true, "whose": true, "whom": true}

// subjectSearch is the search for the subject of the verb group at g, in the clause from cs
// whose reporter is rep (or -1). It lives for one call of subject.
type subjectSearch struct {
	sc         *sentCtx
	g, cs, rep int
}

// span returns the tokens [lo, hi) of the clause before the verb group that hold its subject: an
// apposition right before the verb group is skipped, only the last comma-separated piece holding
// an actor or pronoun is kept, and before an infinitive the span ends at the verb before it.
func (s subjectSearch) span() (lo, hi int) {
	sc, g := s.sc, s.g
	lo, hi = s.cs, s.skipApposition()
	// only the last comma-separated piece holding an actor or pronoun: "On Sunday, Israel …"
	segLo := lo
	for k := hi - 1; k >= lo; k-- {
		if sc.toks.w(k) == "," {
			if s.hasArg(k+1, hi) {
				segLo = k + 1
				break
			}
			hi = k
		}
	}
	lo = segLo
	// "X will visit Y to mediate": the subject of an infinitive is that of the verb before it
	if sc.toks.w(g) == "to" {
		for k := lo; k < hi; k++ {
			if sc.toks.isEventVerb(k) {
				hi = sc.toks.verbGroupStart(k)
				break
			}
		}
	}
	return lo, hi
}

// skipApposition returns where the subject before the verb group ends: before an apposition set
// off by commas that begins with a determiner or a relative pronoun ("Pakistan, a key ally, has
// refused"), else before a comma right before the verb group, else at the verb group.
func (s subjectSearch) skipApposition() int {
	sc, lo, hi := s.sc, s.cs, s.g
	if hi-1 < lo || sc.toks.w(hi-1) != "," {
		return hi
	}
	hi--
	for k := hi - 1; k > lo; k-- {
		if sc.toks.w(k) == "," {
			if n := sc.toks.w(k + 1); determiners[n] || n == "who" || n == "which" || n == "whose" {
				return k
			}
			break
		}
	}
	return hi
}

// elided returns the subject of a clause that names none: that of the verb before in a
// coordinated verb phrase ("… and then withdrew"), or the antecedent of a relative clause
// ("Hezbollah, which fought Israel"), or nil.
func (s subjectSearch) elided() argSet {
	sc, cs := s.sc, s.cs
	if len(sc.lastSubj) > 0 && cs > 0 && (sc.toks.w(cs-1) == "and" || sc.toks.w(cs-1) == "but" || sc.toks.w(cs-1) == "or") && sc.toks.sameClause(sc.lastVerb, cs) {
		return sc.lastSubj
	}
	if cs > 0 && (sc.toks.w(cs-1) == "which" || sc.toks.w(cs-1) == "who" || sc.toks.w(cs-1) == "that") {
		a := cs - 2
		if sc.toks.w(a) == "," {
			a--
		}
		if x := sc.toks.actorAt(a); x >= 0 && !isPossessivePronoun(sc.toks[a], sc) {
			return argSet{x}
		}
	}
	return nil
}

// head returns the actors of the subject span [lo, hi): head holds those before its first
// preposition, rest those after one that is not a mere origin ("refugees from X"). An agent or
// partner ("by X", "with X") or an auxiliary ends the subject; excluded actors are skipped.
func (s subjectSearch) head(lo, hi int) (head, rest argSet) {
	sc := s.sc
	inPP := false
	for k := lo; k < hi; k++ {
		w := sc.toks.w(k)
		if sc.toks[k].isActor() {
			if sc.excluded(k, "") {
				continue
			}
			if !inPP {
				head = append(head, sc.toks[k].Actor)
			} else {
				rest = append(rest, sc.toks[k].Actor)
			}
			continue
		}
		if (auxWords[w] || futureAux[w] || maybeAux[w]) && w != "'s" && k > lo {
			break // "had been working in Turkey assisting …": the subject ended before
		}
		if prepositions[w] && w != "'s" {
			inPP = true
			if w == "by" || w == "with" || w == "against" || w == "to" || w == "between" || w == "toward" || w == "towards" {
				break // what follows is not the subject
			}
		}
	}
	return head, rest
}

// pronoun returns the actor read before that a pronoun or "the nation" opening the subject span
// [lo, hi) stands for (resolvePronoun), or nil.
func (s subjectSearch) pronoun(lo, hi int) argSet {
	sc := s.sc
	for k := lo; k < hi; k++ {
		w := sc.toks.w(k)
		if determiners[w] && w != "its" && w != "their" || w == "\"" || w == "(" || w == "'" {
			continue
		}
		if subjPronouns[w] || isActorNoun(w) && k > lo && (sc.toks.w(k-1) == "the" || sc.toks.w(k-1) == "its") {
			if a := s.resolvePronoun(w, k); a >= 0 {
				return argSet{a}
			}
		}
		if !isAdverb(w) && !isActorNounModifier(w) {
			break
		}
	}
	return nil
}

// preferCoded drops uncoded actors (a person whose office is not known) from a subject that
// also names a coded one: "Bolivian minister Ana Ruiz" acts for Bolivia.
func (s subjectSearch) preferCoded(as argSet) argSet {
	sc := s.sc
	coded, direct := 0, 0
	for _, a := range as {
		if sc.actors[a].Code != "" {
			coded++
			if sc.actors[a].Via == "" {
				direct++
			}
		}
	}
	if direct > 0 && direct < coded {
		// "Nigerian minister X": the country named beats the office found for X
		out := make(argSet, 0, direct)
		for _, a := range as {
			if sc.actors[a].Code != "" && sc.actors[a].Via == "" {
				out = append(out, a)
			}
		}
		return out
	}
	if coded == 0 || coded == len(as) {
		return as
	}
	out := make(argSet, 0, coded)
	for _, a := range as {
		if sc.actors[a].Code != "" {
			out = append(out, a)
		}
	}
	return out
}

// isActorNoun reports whether w is a noun that stands for a state: "the nation", "the government".
func isActorNoun(w string) bool {
	switch w {
	case "nation", "country", "government", "kingdom", "republic", "administration", "state", "regime":
		return true
	}
	return false
}

// isActorNounModifier reports whether w may stand between a determiner and an actor noun ("the
// small landlocked nation").
func isActorNounModifier(w string) bool {
	switch w {
	case "small", "landlocked", "new", "tiny", "island", "central", "african", "asian", "european", "gulf", "former", ",", "east", "west", "north", "south", "poor", "rich", "oil-rich":
		return true
	}
	return false
}

// hasArg reports whether tokens [lo, hi) hold an actor or a subject pronoun.
func (s subjectSearch) hasArg(lo, hi int) bool {
	sc := s.sc
	for k := lo; k < hi; k++ {
		if sc.toks[k].isActor() || subjPronouns[sc.toks.w(k)] || isActorNoun(sc.toks.w(k)) {
			return true
		}
	}
	return false
}

// resolvePronoun returns the actor the subject pronoun w at token at stands for: the subject of
// the reporting verb ("Hungary said it will …"), the speaker for "we", the first subject of this
// sentence, or the subject of the previous one; -1 for none. The actor is added to the
// sentence's actors when needed.
func (s subjectSearch) resolvePronoun(w string, at int) int {
	sc, rep := s.sc, s.rep
	if rep >= 0 && w != "we" && w != "i" {
		if subj, _ := sc.subject(sc.toks.verbGroupStart(rep)); len(subj) > 0 {
			return subj[0]
		}
	}
	if (w == "we" || w == "i") && sc.speaker >= 0 && sc.actors[sc.speaker].Code != "" {
		return sc.speaker
	}
	if w == "he" || w == "she" || w == "i" {
		return -1
	}
	if s.unknownNameBefore(at) {
		return -1 // "Al-Shabaab … when it attacked": the pronoun stands for a name we do not know
	}
	if sc.firstSubj != nil {
		return sc.addActor(*sc.firstSubj)
	}
	if sc.st.prevSubj != nil {
		return sc.addActor(*sc.st.prevSubj)
	}
	return -1
}

// unknownNameBefore reports whether a capitalised name that is no actor comes before token at.
func (s subjectSearch) unknownNameBefore(at int) bool {
	sc := s.sc
	for k := 0; k < at; k++ {
		t := sc.toks[k]
		if !t.Cap || t.isActor() || commonCapitalised[t.W] || monthNames[t.W] != 0 || isWeekday(t.W) ||
			determiners[t.W] || prepositions[t.W] || subjPronouns[t.W] || clauseOpeners[t.W] || isAdverb(t.W) || len(evLex.verbs[t.W]) > 0 {
			continue
		}
		if k+1 < len(sc.toks) && sc.toks[k+1].isActor() {
			continue // part of a name the entity stage read ("President Kagame")
		}
		return true
	}
	return false
}

// commonCapitalised are words capitalised at a sentence's start or in titles, not names.
var commonCapitalised = setOf("but", "and", "or", "yet", "still", "however", "meanwhile", "president",
	"prime", "minister", "foreign", "secretary", "general", "chief", "leader", "king", "queen", "mr", "mrs",
	"ms", "dr", "sen", "rep", "gov", "officials", "official", "police", "army", "state", "government",
	"in", "on", "at", "last", "earlier", "later", "now", "today", "yesterday", "tomorrow", "both", "neither",
	"although", "though", "despite", "under", "after", "before", "since", "while", "when", "as", "if", "unless",
	"there", "here", "what", "why", "how", "who", "only", "also", "many", "several", "some", "most", "more")

// addActor returns the index of a (possibly new) sentence actor for a.
func (sc *sentCtx) addActor(a evActor) int {
	for i, x := range sc.actors {
		if x.EntityID == a.EntityID {
			return i
		}
	}
	sc.actors = append(sc.actors, a)
	sc.actorTok = append(sc.actorTok, -1)
	return len(sc.actors) - 1
}

// isEventVerb reports whether token k is a verb of the lexicon used as a verb (not a reporting
// verb, not a noun), which starts a new predicate.
func (ts tokens) isEventVerb(k int) bool {
	w := ts.w(k)
	vs := evLex.verbs[w]
	if len(vs) == 0 {
		return false
	}
	if _, isNoun := evLex.nouns[w]; isNoun && !ts.verbContext(k) {
		return false
	}
	if !ts.verbContext(k) && !(ts.w(k-1) == "to") {
		return false
	}
	for _, v := range vs {
		if v.Role != roleReport && v.Role != roleAspect {
			return true
		}
	}
	return false
}
