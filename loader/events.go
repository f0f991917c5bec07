package loader

import (
	"strings"

	"newsgraph"
)

// eventFinder reads PLOVER events and other relations (DEPORTS_TO, PAYS) between the entities of
// a doc. It works sentence by sentence on a shallow reading of the grammar: trigger verbs and event
// nouns from the lexicon (verbs.go), their subject found to the left within the clause and their
// object to the right, control verbs ("offered to", "refused to", "urged X to") and modality
// ("will", "could", "not") deciding the type and status (status.go), reported speech attributed to
// its speaker, dates resolved against the article's date (dates.go) and amounts of money
// (money.go) kept as attributes.
type eventFinder struct{}

func newEventFinder() *eventFinder { return &eventFinder{} }

// find appends to d.Relations, with Evidence offsets in bytes.
func (f *eventFinder) find(d *doc) {
	if len(d.Mentions) == 0 {
		return
	}
	affil := affiliations(d)
	var ref refDate
	ref.parse(d.Article.Date)
	st := &docState{d: d, affil: affil, ref: ref}
	mi := 0
	for si, s := range d.Sentences {
		for mi < len(d.Mentions) && d.Mentions[mi].Sentence < si {
			mi++
		}
		mj := mi
		for mj < len(d.Mentions) && d.Mentions[mj].Sentence == si {
			mj++
		}
		ms := st.eventMentions(d.Mentions[mi:mj])
		mi = mj
		if len(ms) == 0 {
			st.prevSubj = nil
			continue
		}
		if single(ms) && !mayRefer(s.Text) {
			continue // one actor and nothing that could stand for another: no event
		}
		sc := newSentCtx(st, si, s, ms)
		if sc == nil {
			continue
		}
		sc.run()
		if sc.firstSubj != nil {
			st.prevSubj = sc.firstSubj
		}
	}
}

// docState is what the event stage carries from one sentence to the next.
type docState struct {
	d     *doc
	affil map[string]string // person entity ID → country or organisation entity ID
	ref   refDate
	// prevSubj is the subject of the first event of the previous sentence with actors: what "it"
	// and "they" most likely refer to.
	prevSubj *evActor
	// lastDeal is the index in d.Relations of the last agreement read ("the deal", "the plan").
	lastDeal int
	hasDeal  bool
}

// affiliations maps each person to the country or organisation they hold office in or belong to,
// from the HOLDS_OFFICE and NATIONALITY relations the entity stage found.
func affiliations(d *doc) map[string]string {
	var m map[string]string
	for _, r := range d.Relations {
		if r.Type != "HOLDS_OFFICE" && r.Type != "NATIONALITY" {
			continue
		}
		if m == nil {
			m = map[string]string{}
		}
		if _, ok := m[r.Subject]; !ok || r.Type == "HOLDS_OFFICE" {
			m[r.Subject] = r.Object
		}
	}
	return m
}

// actorFor turns a mention's entity into the actor that takes part in events: a person stands for
// the country or organisation they serve; a place with a code stands for its country when the
// article names that country.
func (st *docState) actorFor(m mention) evActor {
	a := evActor{EntityID: m.EntityID, Kind: m.Kind, Text: m.Text}
	e := st.d.Entities[m.EntityID]
	if e == nil {
		return a
	}
	a.Code, a.Type = e.Code, e.Type
	switch e.Type {
	case newsgraph.Person:
		if to, ok := st.affil[e.ID]; ok {
			if t := st.d.Entities[to]; t != nil {
				a.EntityID, a.Code, a.Type, a.Via = t.ID, t.Code, t.Type, e.ID
			}
		}
	case newsgraph.Location:
		a.Place = true
		if e.Code != "" {
			if c := st.d.Entities["country/"+e.Code]; c != nil {
				a.EntityID, a.Type = c.ID, c.Type
			}
		}
	}
	return a
}

// sentCtx is one sentence being read.
type sentCtx struct {
	st     *docState
	si     int
	s      sentence
	toks   []tok
	actors []evActor
	// attr is the index of the first token of a trailing attribution (", a UN official said"),
	// or len(toks); speaker is its actor, or -1.
	attr     int
	speaker  int
	question bool
	used     []bool
	// firstSubj is the subject of the first event read in the sentence.
	firstSubj *evActor
	// lastSubj is the subject of the last verb read: the subject of a coordinated verb phrase.
	lastSubj argSet
	lastVerb int
	// curSubj and withOnly describe the event whose object is being looked for.
	curSubj  argSet
	withOnly bool
	out      []newsgraph.Relation
	// actorTok is the token of each actor (-1 for one brought in by a pronoun).
	actorTok  []int
	dates     []dateExpr
	amounts   []money
	moneyDone bool
}

func newSentCtx(st *docState, si int, s sentence, ms []mention) *sentCtx {
	sc := &sentCtx{st: st, si: si, s: s, speaker: -1, lastVerb: -1}
	sc.actors = make([]evActor, len(ms))
	for i, m := range ms {
		sc.actors[i] = st.actorFor(m)
	}
	sc.toks = evTokenize(s.Text, s.Start, ms)
	if len(sc.toks) == 0 {
		return nil
	}
	sc.actorTok = make([]int, len(ms))
	for i := range sc.actorTok {
		sc.actorTok[i] = -1
	}
	for k, t := range sc.toks {
		if t.isActor() && sc.actorTok[t.Actor] < 0 {
			sc.actorTok[t.Actor] = k
		}
	}
	sc.used = make([]bool, len(sc.toks))
	sc.attr = len(sc.toks)
	sc.findAttribution()
	t := strings.TrimSpace(s.Text)
	sc.question = strings.HasSuffix(t, "?") || strings.HasSuffix(t, "?\"") || strings.HasSuffix(t, "?”")
	return sc
}

// w returns the word at i, or "" outside the sentence or for an actor.
func (sc *sentCtx) w(i int) string {
	if i < 0 || i >= len(sc.toks) {
		return ""
	}
	return sc.toks[i].W
}

func (sc *sentCtx) actorAt(i int) int {
	if i < 0 || i >= len(sc.toks) {
		return -1
	}
	return sc.toks[i].Actor
}

// run reads every trigger of the sentence in order.
func (sc *sentCtx) run() {
	for i := 0; i < len(sc.toks); i++ {
		if sc.used[i] || sc.toks[i].isActor() {
			continue
		}
		if i >= sc.attr {
			break
		}
		w := sc.toks[i].W
		vs := evLex.verbs[w]
		ns, isNoun := sc.nounAt(i)
		if len(vs) > 0 && sc.verbContext(i) && !sc.notAVerb(i) {
			if sc.verbEvent(i, vs) {
				continue
			}
		}
		if isNoun && !sc.used[i] {
			sc.nounEvent(i, ns)
		}
	}
	sc.moneyRelations()
	if sc.question {
		return
	}
	n := len(sc.st.d.Relations)
	sc.st.d.Relations = append(sc.st.d.Relations, dedupe(sc.out)...)
	for i := n; i < len(sc.st.d.Relations); i++ {
		if sc.st.d.Relations[i].Type == "AGREE" {
			sc.st.hasDeal, sc.st.lastDeal = true, i
		}
	}
}

// nounAt returns the event noun at i, read in its context: "air strikes" are FIGHT where a
// "strike" alone is PROTEST.
func (sc *sentCtx) nounAt(i int) (nounSense, bool) {
	w := sc.w(i)
	ns, ok := evLex.nouns[w]
	if ok && (w == "strike" || w == "strikes") {
		switch sc.w(i - 1) {
		case "air", "missile", "drone", "military", "rocket", "nuclear", "pre-emptive", "preemptive", "naval", "artillery", "retaliatory":
			ns = nounSense{Type: "FIGHT"}
		}
	}
	return ns, ok
}

// verbContext tells a verb from a noun or adjective of the same spelling ("talks", "attack",
// "stage", "block"): past forms and participles are verbs; a base or -s form is one after a
// subject (an actor, a pronoun, a plural noun), an auxiliary, "to" or an adverb.
func (sc *sentCtx) verbContext(i int) bool {
	p := sc.w(i - 1)
	w := sc.toks[i].W
	ing := strings.HasSuffix(w, "ing")
	participle := strings.HasSuffix(w, "ed") || irregularPast(w)
	if i > 0 && sc.toks[i].Cap && sc.w(i-1) != "\"" {
		return false // "White House Press Secretary": a name, not a verb
	}
	switch {
	case beForms[p] && p != "'s":
		return ing || participle // "is back" is no verb; "is backing", "was backed" are
	case p == "to" || futureAux[p] || maybeAux[p] || mustAux[p] || auxWords[p] || negWords[p] || subjPronouns[p]:
		return !determiners[p] || p == "'s" && strings.HasSuffix(w, "ing")
	case determiners[p] || p == "of" || p == "for" || p == "in" || p == "peace" || p == "new" || p == "joint":
		return false
	case participle:
		return true
	case ing:
		// "militants firing", "Russia attacking", "and demanding", but not "an accidental shooting"
		return sc.actorAt(i-1) >= 0 || isAdverb(p) || p == "," || p == "and" || p == "while" || len(p) > 3 && p[len(p)-1] == 's' && !sc.toks[i-1].Cap
	case sc.actorAt(i-1) >= 0:
		if _, noun := evLex.nouns[w]; noun {
			// "Israel attacks Gaza" but "Israeli attacks on Gaza"
			n := i + 1
			return sc.actorAt(n) >= 0 || determiners[sc.w(n)] && sc.w(n) != "'s"
		}
		return true
	case isAdverb(p):
		return true
	case len(p) > 3 && p[len(p)-1] == 's' && !sc.toks[i-1].Cap && w[len(w)-1] != 's':
		_, noun := evLex.nouns[p]
		return !noun && len(evLex.verbs[p]) == 0 // "officials reject"
	}
	return false
}

// notAVerb reports whether a verb form is used as an adjective or a noun: "the wounded", "the
// besieged town", "its allies", or a gerund after a preposition ("arrested for collaborating",
// "accused of violating") whose subject the clause does not give.
func (sc *sentCtx) notAVerb(i int) bool {
	p := sc.w(i - 1)
	if determiners[p] && p != "'s" && p != "that" && p != "no" {
		return true
	}
	if a := sc.actorAt(i - 1); a >= 0 && isPossessivePronoun(sc.toks[i-1], sc) {
		return true // "its allies"
	}
	w := sc.w(i)
	if len(w) > 4 && w[len(w)-3:] == "ing" {
		switch p {
		case "for", "of", "after", "before", "without", "about", "by", "in", "on", "from", "against", "despite":
			return true
		}
	}
	return false
}

func irregularPast(w string) bool {
	switch w {
	case "met", "held", "fought", "gave", "given", "sent", "sought", "withdrew", "withdrawn", "broke", "broken",
		"cut", "struck", "shot", "beat", "beaten", "froze", "frozen", "lent", "swore", "sworn", "told", "said", "paid",
		"blew", "blown", "entered", "began", "begun", "kept", "went":
		return true
	}
	return false
}

// emit adds a relation between two actors read from this sentence.
func (sc *sentCtx) emit(typ string, subj, obj int, ev *eventInfo) {
	if subj < 0 || obj < 0 {
		return
	}
	a, b := sc.actors[subj], sc.actors[obj]
	if a.EntityID == b.EntityID || a.Code != "" && a.Code == b.Code && a.Code != "IGO" && a.Code != "NGO" {
		return // one country's own affairs
	}
	if a.Code == "" && b.Code == "" && newsgraph.IsPLOVER(typ) {
		return // between people of unknown allegiance: too often a misreading
	}
	if a.Place != b.Place && (a.Type == newsgraph.Person || b.Type == newsgraph.Person) {
		return // "invited her to his place in Baltimore": a place is no party to a person's doings
	}
	r := newsgraph.Relation{
		Type: typ, Subject: a.EntityID, Object: b.EntityID,
		Evidence:   newsgraph.Span{Sentence: sc.s.Text, Start: sc.s.Start, End: sc.s.End},
		Status:     ev.status,
		Confidence: ev.confidence,
	}
	if ev.mutual && sc.actorTok[obj] >= 0 && sc.actorTok[obj] < sc.actorTok[subj] {
		r.Subject, r.Object = r.Object, r.Subject
	}
	r.Date = sc.dateFor(ev.trigger, ev.status)
	attrs := map[string]string{}
	if ev.mode != "" {
		attrs["mode"] = ev.mode
	}
	other := func(sp int) bool {
		e := sc.actors[sp].EntityID
		return e != a.EntityID && e != b.EntityID
	}
	if sc.speaker >= 0 && other(sc.speaker) {
		attrs["speaker"] = sc.actors[sc.speaker].Text
	}
	if ev.speaker >= 0 && other(ev.speaker) {
		attrs["speaker"] = sc.actors[ev.speaker].Text
	}
	if m, ok := sc.moneyNear(ev.trigger); ok && (typ == "AID" || typ == "AGREE" || typ == "RETREAT" || typ == "PAYS" || typ == "SANCTION") {
		attrs["amount"], attrs["currency"] = m.Amount, m.Currency
	}
	if len(attrs) > 0 {
		r.Attrs = attrs
	}
	sc.out = append(sc.out, r)
	if sc.firstSubj == nil {
		x := sc.actors[subj]
		sc.firstSubj = &x
	}
}

// dedupe keeps one relation per (type, pair) of a sentence; for mutual events either order.
func dedupe(rs []newsgraph.Relation) []newsgraph.Relation {
	if len(rs) < 2 {
		return rs
	}
	out := rs[:0]
	seen := map[string]int{}
	for _, r := range rs {
		a, b := r.Subject, r.Object
		if b < a {
			a, b = b, a
		}
		k := r.Type + "|" + a + "|" + b
		if i, ok := seen[k]; ok {
			// keep what the other reading knew ("mode": "mediation")
			for ak, av := range r.Attrs {
				if _, has := out[i].Attrs[ak]; !has {
					if out[i].Attrs == nil {
						out[i].Attrs = map[string]string{}
					}
					out[i].Attrs[ak] = av
				}
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, r)
	}
	return out
}

// eventMentions drops "it" and "they" resolved by the entity stage to the nearest name: as the
// subject of an event they more often stand for the subject of the sentence before, which the
// event stage resolves itself (resolvePronoun).
func (st *docState) eventMentions(ms []mention) []mention {
	drop := false
	for _, m := range ms {
		if m.Kind == "anaphor" && isBarePronoun(m.Text) || st.placeOnly(m) {
			drop = true
			break
		}
	}
	if !drop {
		return ms
	}
	out := make([]mention, 0, len(ms))
	for _, m := range ms {
		if !(m.Kind == "anaphor" && isBarePronoun(m.Text) || st.placeOnly(m)) {
			out = append(out, m)
		}
	}
	return out
}

// single reports whether the mentions name one entity only.
func single(ms []mention) bool {
	for _, m := range ms[1:] {
		if m.EntityID != ms[0].EntityID {
			return false
		}
	}
	return true
}

// mayRefer reports whether a sentence holds a word that may stand for an actor named before.
func mayRefer(s string) bool {
	for _, w := range []string{"it", "It", "they", "They", "we", "We", "nation", "country", "government", "administration", "regime"} {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			j += i
			if (j == 0 || !evWordByte(s[j-1])) && (j+len(w) == len(s) || !evWordByte(s[j+len(w)])) {
				return true
			}
			i = j + len(w)
		}
	}
	return false
}

// placeOnly reports whether a mention names a place outside any country (a region, a sea): no
// actor at all. A town stands for its country only against a country or organisation (see emit).
func (st *docState) placeOnly(m mention) bool {
	e := st.d.Entities[m.EntityID]
	return e != nil && e.Type == newsgraph.Location && e.Code == ""
}

func isBarePronoun(s string) bool {
	switch strings.ToLower(s) {
	case "it", "they":
		return true
	}
	return false
}
