package loader

// Clauses: where the clause of a trigger starts and where its object ends, reporting verbs and
// trailing attributions.

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
		case w == "that" && sc.toks.actorAt(k+1) < 0 && !subjPronouns[sc.toks.w(k+1)] && determiners[sc.toks.w(k+1)] == false && sc.toks.w(k+1) != "," && k+1 < g && !startsClause(sc, k+1):
			// "that case": a determiner, not a complementiser; keep looking
			continue
		case clauseOpeners[w]:
			if w == "that" {
				for j := k - 1; j >= 0 && k-j <= 4; j-- {
					if sc.toks.isReport(j) {
						return k + 1, j
					}
				}
			}
			return k + 1, -1
		case sc.toks.isReport(k):
			return k + 1, k
		case w == "and" || w == "but" || w == "or":
			// coordinated actors ("Hungarian and Romanian officials", "X and its allies") do
			// not end the clause; coordinated clauses and verb phrases do
			if sc.toks.actorAt(k-1) >= 0 && (sc.toks.actorAt(k+1) >= 0 || startsNounPhrase(sc, k+1)) {
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
		w := sc.toks.w(k)
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
	w := sc.toks.w(i)
	return determiners[w] && w != "'s" || isNum(w) || sc.toks[i].Cap && !isVerbForm(w) && !subjPronouns[w]
}

func isVerbForm(w string) bool {
	return auxWords[w] || futureAux[w] || maybeAux[w] || mustAux[w] || len(evLex.verbs[w]) > 0
}

// isReport reports whether token k is a reporting verb used as one ("said", "announced that").
func (ts tokens) isReport(k int) bool {
	w := ts.w(k)
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
	if !ts.verbContext(k) && w != "said" && w != "says" {
		return false // "Arab states", "news reports"
	}
	if !other {
		return true
	}
	n := ts.w(k + 1)
	return n == "that" || n == "," || n == "\"" || n == "on" || n == "today" || n == "yesterday"
}

// verbGroupStart returns the first token of the verb group ending at the verb i: auxiliaries,
// modals, negation, adverbs and an infinitive "to".
func (ts tokens) verbGroupStart(i int) int {
	g := i
	for k := i - 1; k >= 0 && i-k <= 6; k-- {
		w := ts.w(k)
		if w == "" {
			break
		}
		if auxWords[w] || futureAux[w] || maybeAux[w] || mustAux[w] || negWords[w] || isAdverb(w) || w == "to" || (willingWords[w] || w == "yet") && ts.w(k+1) == "to" {
			if w == "'s" && !(ts.w(k-1) == "it" || ts.w(k-1) == "he" || ts.w(k-1) == "she") {
				break
			}
			if w == "on" || w == "this" || w == "last" || w == "at" || w == "week" || w == "least" {
				// only inside "on Monday", "this week", "at least"
				if !(isWeekday(ts.w(k+1)) || ts.w(k+1) == "week" || ts.w(k+1) == "least" || ts.w(k+1) == "year" || ts.w(k+1) == "month") {
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

// sameClause reports whether no clause opener lies between tokens a and b: a verb phrase
// coordinated after b shares the subject of the verb at a.
func (ts tokens) sameClause(a, b int) bool {
	if a < 0 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if w := ts.w(k); clauseOpeners[w] || w == ";" || ts.isReport(k) {
			return false
		}
	}
	return true
}

// objectEnd returns the token where the object of a verb starting its complement at p ends.
func (sc *sentCtx) objectEnd(p int) int {
	for k := p; k < sc.attr; k++ {
		w := sc.toks.w(k)
		switch {
		case w == ";" || w == ":" || w == "--":
			return k
		case objectEnders[w] && !(w == "that" && !startsClause(sc, k+1)) && !(w == "as" && k == p):
			return k
		case w == "," && sc.toks.w(k+1) == "and":
			// ", and it entered …" ends it; ", mortar, and rocket fire against X" does not
			if n := sc.toks.w(k + 2); subjPronouns[n] || isVerbForm(n) || startsClause(sc, k+2) {
				return k
			}
		case w == "," && (sc.toks.w(k+1) == "but" || sc.toks.w(k+1) == "while" || sc.toks.w(k+1) == "who" || sc.toks.w(k+1) == "which" || sc.toks.w(k+1) == "saying"):
			return k
		case w == "and" && k > p && isVerbForm(sc.toks.w(k+1)) && sc.toks.actorAt(k+1) < 0:
			return k
		case k > p && sc.toks.isReport(k):
			return k
		}
	}
	return sc.attr
}

// findAttribution marks a trailing ", a UN official said on Monday" or ", according to X" and
// its speaker, so that the speaker is not taken as an argument.
func (sc *sentCtx) findAttribution() {
	n := len(sc.toks)
	for k := n - 1; k > 0 && n-k <= 16; k-- {
		if !(sc.toks.isReportWord(k)) {
			continue
		}
		// only a short tail may follow: ", officials said on Monday in Lima."
		for j := k + 1; j < n; j++ {
			w := sc.toks.w(j)
			if w == "that" || subjPronouns[w] || futureAux[w] || maybeAux[w] || mustAux[w] || auxWords[w] || sc.toks.isEventVerb(j) {
				return
			}
		}
		// the comma (possibly with a closing quote) opening the attribution
		for c := k - 1; c > 0 && k-c <= 12; c-- {
			w := sc.toks.w(c)
			if w == "," || w == "\"" && sc.toks.w(c-1) == "," {
				if w == "\"" {
					c--
				}
				sc.setAttribution(c, k, n)
				return
			}
			if sc.toks.isEventVerb(c) {
				break
			}
		}
		return
	}
}

// setAttribution records the attribution that the comma at token c opens and the verb of saying
// at token k heads, its speaker the first actor after the comma and before token end.
func (sc *sentCtx) setAttribution(c, k, end int) {
	sc.attr, sc.attrVerb = c, k
	for j := c + 1; j < end; j++ {
		if sc.toks[j].isActor() {
			sc.speaker = sc.toks[j].Actor
			break
		}
	}
}

func (ts tokens) isReportWord(k int) bool {
	w := ts.w(k)
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
