package loader

import "strings"

// Finding the arguments of a trigger: the clause it sits in, its subject to the left and its
// object to the right.

// clauseStart returns the first token of the clause that ends before g, and the token of the
// reporting verb whose complement the clause is ("said (that) …"), or -1.
func (sc *sentCtx) clauseStart(g int) (start, reporter int) {
	for k := g - 1; k >= 0 && g-k <= 30; k-- {
		t := sc.toks[k]
		if t.isActor() {
			continue
		}
		switch w := t.W; {
		case w == ";" || w == ":" || w == "--" || w == "(" || w == ")":
			return k + 1, -1
		case w == "that" && sc.actorAt(k+1) < 0 && !subjPronouns[sc.w(k+1)] && determiners[sc.w(k+1)] == false && sc.w(k+1) != "," && k+1 < g && !startsClause(sc, k+1):
			// "that case": a determiner, not a complementiser; keep looking
			continue
		case clauseOpeners[w]:
			if w == "that" {
				for j := k - 1; j >= 0 && k-j <= 4; j-- {
					if sc.isReport(j) {
						return k + 1, j
					}
				}
			}
			return k + 1, -1
		case sc.isReport(k):
			return k + 1, k
		case w == "and" || w == "but" || w == "or":
			// coordinated actors ("Hungarian and Romanian officials", "X and its allies") do
			// not end the clause; coordinated clauses and verb phrases do
			if sc.actorAt(k-1) >= 0 && (sc.actorAt(k+1) >= 0 || startsNounPhrase(sc, k+1)) {
				continue
			}
			return k + 1, -1
		}
	}
	if g-30 > 0 {
		return g - 30, -1
	}
	return 0, -1
}

// startsClause reports whether the words from i look like the start of a clause (a subject
// followed by a verb group) rather than a noun phrase.
func startsClause(sc *sentCtx, i int) bool {
	for k := i; k < len(sc.toks) && k-i < 6; k++ {
		w := sc.w(k)
		if auxWords[w] || futureAux[w] || maybeAux[w] || mustAux[w] {
			return true
		}
	}
	return false
}

// startsNounPhrase reports whether token i looks like the start of a noun phrase: a determiner,
// a number or a capitalised word that is no verb.
func startsNounPhrase(sc *sentCtx, i int) bool {
	if i >= len(sc.toks) {
		return false
	}
	w := sc.w(i)
	return determiners[w] && w != "'s" || isNum(w) || sc.toks[i].Cap && !isVerbForm(w) && !subjPronouns[w]
}

func isVerbForm(w string) bool {
	return auxWords[w] || futureAux[w] || maybeAux[w] || mustAux[w] || len(evLex.verbs[w]) > 0
}

// isReport reports whether token k is a reporting verb used as one ("said", "announced that").
func (sc *sentCtx) isReport(k int) bool {
	w := sc.w(k)
	if w == "according" {
		return true
	}
	vs := evLex.verbs[w]
	rep, other := false, false
	for _, v := range vs {
		if v.Role == roleReport {
			rep = true
		} else {
			other = true
		}
	}
	if !rep {
		return false
	}
	if !sc.verbContext(k) && w != "said" && w != "says" {
		return false // "Arab states", "news reports"
	}
	if !other {
		return true
	}
	n := sc.w(k + 1)
	return n == "that" || n == "," || n == "\"" || n == "on" || n == "today" || n == "yesterday"
}

// verbGroupStart returns the first token of the verb group ending at the verb i: auxiliaries,
// modals, negation, adverbs and an infinitive "to".
func (sc *sentCtx) verbGroupStart(i int) int {
	g := i
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		w := sc.w(k)
		if w == "" {
			break
		}
		if auxWords[w] || futureAux[w] || maybeAux[w] || mustAux[w] || negWords[w] || isAdverb(w) || w == "to" || willingWords[w] && sc.w(k+1) == "to" {
			if w == "'s" && !(sc.w(k-1) == "it" || sc.w(k-1) == "he" || sc.w(k-1) == "she") {
				break
			}
			if w == "on" || w == "this" || w == "last" || w == "at" || w == "week" || w == "least" {
				// only inside "on Monday", "this week", "at least"
				if !(isWeekday(sc.w(k+1)) || sc.w(k+1) == "week" || sc.w(k+1) == "least" || sc.w(k+1) == "year" || sc.w(k+1) == "month") {
					break
				}
			}
			g = k
			continue
		}
		break
	}
	return g
}

func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// argSet is the actors filling one argument, with the token each was found at (-1 for an actor
// supplied by resolving a pronoun).
type argSet []int

// subject returns the actors of the subject of the verb group starting at g, and the reporter
// (the token of the verb whose complement the clause is, or -1).
func (sc *sentCtx) subject(g int) (argSet, int) {
	cs, rep := sc.clauseStart(g)
	lo, hi := cs, g
	// skip an apposition right before the verb group: "Pakistan, a key ally, has refused"
	if hi-1 >= lo && sc.w(hi-1) == "," {
		hi--
		for k := hi - 1; k > lo; k-- {
			if sc.w(k) == "," {
				if n := sc.w(k + 1); determiners[n] || n == "who" || n == "which" || n == "whose" {
					hi = k
				}
				break
			}
		}
	}
	// only the last comma-separated piece holding an actor or pronoun: "On Sunday, Israel …"
	segLo := lo
	for k := hi - 1; k >= lo; k-- {
		if sc.w(k) == "," {
			if sc.hasArg(k+1, hi) {
				segLo = k + 1
				break
			}
			hi = k
		}
	}
	lo = segLo
	// "X will visit Y to mediate": the subject of an infinitive is that of the verb before it
	if sc.w(g) == "to" {
		for k := lo; k < hi; k++ {
			if sc.isEventVerb(k) {
				hi = sc.verbGroupStart(k)
				break
			}
		}
	}
	if lo >= hi {
		if len(sc.lastSubj) > 0 && cs > 0 && (sc.w(cs-1) == "and" || sc.w(cs-1) == "but" || sc.w(cs-1) == "or") && sc.sameClause(sc.lastVerb, cs) {
			return sc.lastSubj, rep
		}
		return nil, rep
	}
	// the head of the subject: actors before its first preposition, else any that is not a mere
	// origin ("refugees from X") or an agent or partner ("by X", "with X")
	var head, rest argSet
	inPP := false
	for k := lo; k < hi; k++ {
		w := sc.w(k)
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
				// what follows is not the subject
				break
			}
		}
	}
	if len(head) > 0 {
		return sc.preferCoded(head), rep
	}
	if len(rest) > 0 {
		return rest[:1], rep
	}
	// a pronoun or "the nation" standing for an actor read before
	for k := lo; k < hi; k++ {
		w := sc.w(k)
		if determiners[w] && w != "its" && w != "their" {
			continue
		}
		if subjPronouns[w] || isActorNoun(w) && k > lo && (sc.w(k-1) == "the" || sc.w(k-1) == "its") {
			if a := sc.resolvePronoun(w, rep, k); a >= 0 {
				return argSet{a}, rep
			}
		}
		if !isAdverb(w) && !isActorNounModifier(w) {
			break
		}
	}
	return nil, rep
}

// preferCoded drops uncoded actors (a person whose office is not known) from a subject that
// also names a coded one: "Bolivian minister Ana Ruiz" acts for Bolivia.
func (sc *sentCtx) preferCoded(as argSet) argSet {
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

// sameClause reports whether no clause opener lies between tokens a and b: a verb phrase
// coordinated after b shares the subject of the verb at a.
func (sc *sentCtx) sameClause(a, b int) bool {
	if a < 0 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if w := sc.w(k); clauseOpeners[w] || w == ";" || sc.isReport(k) {
			return false
		}
	}
	return true
}

func isActorNoun(w string) bool {
	switch w {
	case "nation", "country", "government", "kingdom", "republic", "administration", "state", "regime":
		return true
	}
	return false
}

func isActorNounModifier(w string) bool {
	switch w {
	case "small", "landlocked", "new", "tiny", "island", "central", "african", "asian", "european", "gulf", "former", ",", "east", "west", "north", "south", "poor", "rich", "oil-rich":
		return true
	}
	return false
}

// hasArg reports whether tokens [lo, hi) hold an actor or a subject pronoun.
func (sc *sentCtx) hasArg(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if sc.toks[k].isActor() || subjPronouns[sc.w(k)] || isActorNoun(sc.w(k)) {
			return true
		}
	}
	return false
}

// resolvePronoun returns the actor a subject pronoun stands for: the subject of the reporting
// verb ("Hungary said it will …"), the speaker for "we", the first subject of this sentence, or
// the subject of the previous one. The actor is added to the sentence's actors when needed.
func (sc *sentCtx) resolvePronoun(w string, rep, at int) int {
	if rep >= 0 && w != "we" && w != "i" {
		if s, _ := sc.subject(sc.verbGroupStart(rep)); len(s) > 0 {
			return s[0]
		}
	}
	if (w == "we" || w == "i") && sc.speaker >= 0 && sc.actors[sc.speaker].Code != "" {
		return sc.speaker
	}
	if w == "he" || w == "she" || w == "i" {
		return -1
	}
	if sc.unknownNameBefore(at) {
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
func (sc *sentCtx) unknownNameBefore(at int) bool {
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

// excluded reports whether the actor at token k is only a place of origin ("refugees from
// Libya") or a by-agent, and so no argument of an event of type typ.
func (sc *sentCtx) excluded(k int, typ string) bool {
	p := sc.w(k - 1)
	if p == "from" && !removalTypes[typ] {
		for j := k - 2; j >= 0 && k-j <= 3; j-- {
			if peopleNouns[sc.w(j)] {
				return true
			}
		}
	}
	return false
}

// objectEnd returns the token where the object of a verb starting its complement at p ends.
func (sc *sentCtx) objectEnd(p int) int {
	for k := p; k < sc.attr; k++ {
		w := sc.w(k)
		switch {
		case w == ";" || w == ":" || w == "--":
			return k
		case objectEnders[w] && !(w == "that" && !startsClause(sc, k+1)) && !(w == "as" && k == p):
			return k
		case w == "," && (sc.w(k+1) == "and" || sc.w(k+1) == "but" || sc.w(k+1) == "while" || sc.w(k+1) == "who" || sc.w(k+1) == "which" || sc.w(k+1) == "saying"):
			return k
		case w == "and" && k > p && isVerbForm(sc.w(k+1)) && sc.actorAt(k+1) < 0:
			return k
		case k > p && sc.isReport(k):
			return k
		}
	}
	return sc.attr
}

// objects returns the first actor (with actors coordinated with it) in the complement starting
// at p: "attacked Gaza", "agreed to a deal with Britain", "visit Mauritania and Senegal". by
// tells whether a "by X" agent may be taken (a passive verb's agent is found separately).
func (sc *sentCtx) objects(p int, typ string) (argSet, int) {
	e := sc.objectEnd(p)
	for k := p; k < e && k-p <= 16; k++ {
		t := sc.toks[k]
		if !t.isActor() {
			if k > p && sc.isEventVerb(k) {
				return nil, k
			}
			// an event noun with its own partner takes it: "hosts refugees in a partnership
			// with the UN" is no hosting of the UN
			if _, noun := evLex.nouns[t.W]; noun && !sc.used[k] {
				if n := sc.w(k + 1); n == "with" || n == "between" || n == "against" {
					return nil, k
				}
			}
			continue
		}
		if sc.w(k-1) == "by" && !isEventNoun(sc.w(k-2)) && !isPlainNoun(sc, k-2) || sc.w(k-1) == "according" || sc.excluded(k, typ) || isPossessivePronoun(t, sc) || sc.isSubject(t.Actor) {
			continue
		}
		if sc.withOnly && sc.w(k-1) != "with" && !(sc.w(k-2) == "with" && determiners[sc.w(k-1)]) {
			continue
		}
		set := argSet{t.Actor}
		j := k + 1
		for j+1 < e {
			if c := sc.w(j); c == "and" || c == "," || c == "or" || c == "-" {
				n := j + 1
				if sc.w(n) == "the" || sc.w(n) == "neighboring" || sc.w(n) == "neighbouring" {
					n++
				}
				if sc.actorAt(n) >= 0 {
					set = append(set, sc.actorAt(n))
					j = n + 1
					continue
				}
			}
			break
		}
		return set, j
	}
	return nil, e
}

// isPlainNoun guesses that token k is a noun: a lower-case word that is no verb form, no
// participle and no function word ("violations by the army", not "deemed unlawful by").
func isPlainNoun(sc *sentCtx, k int) bool {
	w := sc.w(k)
	if w == "" || sc.toks[k].Cap || len(w) < 4 || isVerbForm(w) || isAdverb(w) || prepositions[w] || determiners[w] {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "ful") && !strings.HasSuffix(w, "ous")
}

func isEventNoun(w string) bool {
	_, ok := evLex.nouns[w]
	return ok || w == "proposal" || w == "offer" || w == "plan" || w == "ultimatum"
}

// isPossessivePronoun reports whether an actor token is a pronoun the entity stage resolved
// ("its", "their"): it modifies the object rather than being it.
func isPossessivePronoun(t tok, sc *sentCtx) bool {
	switch sc.actors[t.Actor].Text {
	case "its", "their", "his", "her", "Its", "Their", "His", "Her":
		return true
	}
	return false
}

// isSubject reports whether actor a is (an entity of) the subject of the event being read.
func (sc *sentCtx) isSubject(a int) bool {
	for _, s := range sc.curSubj {
		if sc.actors[s].EntityID == sc.actors[a].EntityID && sc.actors[s].Via == "" {
			return true
		}
	}
	return false
}

// agent returns the actors after "by" in the complement starting at p (a passive's agent).
func (sc *sentCtx) agent(p int) argSet {
	e := sc.objectEnd(p)
	for k := p; k < e && k-p <= 12; k++ {
		if sc.w(k) != "by" {
			continue
		}
		for j := k + 1; j < e && j-k <= 4; j++ {
			if a := sc.actorAt(j); a >= 0 {
				return argSet{a}
			}
		}
		return nil
	}
	return nil
}

// isEventVerb reports whether token k is a verb of the lexicon used as a verb (not a reporting
// verb, not a noun), which starts a new predicate.
func (sc *sentCtx) isEventVerb(k int) bool {
	w := sc.w(k)
	vs := evLex.verbs[w]
	if len(vs) == 0 {
		return false
	}
	if _, isNoun := evLex.nouns[w]; isNoun && !sc.verbContext(k) {
		return false
	}
	if !sc.verbContext(k) && !(sc.w(k-1) == "to") {
		return false
	}
	for _, v := range vs {
		if v.Role != roleReport && v.Role != roleAspect {
			return true
		}
	}
	return false
}

// between returns the two parties of "between X and Y" starting within a few tokens of p (only
// modifiers may come between), and the token after Y; x is -1 when there is none.
func (sc *sentCtx) between(p, e int) (int, int, int) {
	for k := p; k < e && k-p <= 3; k++ {
		if w := sc.w(k); w != "between" {
			if _, noun := evLex.nouns[w]; noun || prepositions[w] || sc.toks[k].isActor() {
				return -1, -1, p
			}
			continue
		}
		x, y, and := -1, -1, false
		j := k + 1
		for ; j < e && j-k <= 12; j++ {
			if w := sc.w(j); w == "and" {
				and = x >= 0
				continue
			} else if w == ";" || w == "between" || prepositions[w] && w != "of" {
				break
			}
			a := sc.actorAt(j)
			if a < 0 || isPossessivePronoun(sc.toks[j], sc) {
				continue
			}
			if x < 0 {
				x = a
			} else if and && a != x {
				y = a
				break
			}
		}
		if x >= 0 && y >= 0 {
			return x, y, j + 1
		}
		return -1, -1, k
	}
	return -1, -1, p
}

// findAttribution marks a trailing ", a UN official said on Monday" or ", according to X" and
// its speaker, so that the speaker is not taken as an argument.
func (sc *sentCtx) findAttribution() {
	n := len(sc.toks)
	for k := n - 1; k > 0 && n-k <= 16; k-- {
		if !(sc.isReportWord(k)) {
			continue
		}
		// only a short tail may follow: ", officials said on Monday in Lima."
		for j := k + 1; j < n; j++ {
			w := sc.w(j)
			if w == "that" || subjPronouns[w] || futureAux[w] || maybeAux[w] || mustAux[w] || auxWords[w] || sc.isEventVerb(j) {
				return
			}
		}
		// the comma (possibly with a closing quote) opening the attribution
		for c := k - 1; c > 0 && k-c <= 12; c-- {
			w := sc.w(c)
			if w == "," || w == "\"" && sc.w(c-1) == "," {
				if w == "\"" {
					c--
				}
				sc.attr = c
				for j := c + 1; j < n; j++ {
					if sc.toks[j].isActor() {
						sc.speaker = sc.toks[j].Actor
						break
					}
				}
				return
			}
			if sc.isEventVerb(c) {
				break
			}
		}
		return
	}
}

func (sc *sentCtx) isReportWord(k int) bool {
	w := sc.w(k)
	if w == "according" {
		return true
	}
	for _, v := range evLex.verbs[w] {
		if v.Role == roleReport {
			return true
		}
	}
	return false
}
