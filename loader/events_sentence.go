package loader

// One sentence being read: its tokens and actors, the triggers in order, telling verbs from
// nouns, and emitting relations.

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/entities"
	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// sentCtx is one sentence being read.
type sentCtx struct {
	st     *docState
	si     int
	s      entities.Sentence
	toks   tokens
	actors []evActor
	// attr is the index of the first token of a trailing attribution (", a UN official said"),
	// or len(toks); speaker is its actor, or -1.
	attr    int
	speaker int
	// attrVerb is the index of the reporting word of the trailing attribution ("said"), or
	// len(toks).
	attrVerb int
	question bool
	used     []bool
	// firstSubj is the subject of the first event read in the sentence.
	firstSubj *evActor
	// newSubject is set when the tree shows the subject of the sentence's main clause to be
	// someone new who is no named actor (newSubject).
	newSubject bool
	// lastSubj is the subject of the last verb read: the subject of a coordinated verb phrase.
	lastSubj argSet
	lastVerb int
	out      []newsgraph.Relation
	// outRead tells, for each relation of out, how it was read (dedupe).
	outRead []howRead
	// actorTok is the token of each actor (-1 for one brought in by a pronoun).
	actorTok  []int
	dates     []dateExpr
	amounts   []money
	moneyDone bool
	// hints is what the tree coder read of the sentence, for the word rules.
	hints treeHints
}

// readKey is a trigger token and an unordered pair of entities.
type readKey struct {
	trigger int
	a, b    string
}

func newReadKey(trigger int, a, b string) readKey {
	if b < a {
		a, b = b, a
	}
	return readKey{trigger, a, b}
}

func newSentCtx(st *docState, si int, s entities.Sentence, ms []entities.Mention) *sentCtx {
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
	sc.attr, sc.attrVerb = len(sc.toks), len(sc.toks)
	sc.findAttribution()
	t := strings.TrimSpace(s.Text)
	sc.question = strings.HasSuffix(t, "?") || strings.HasSuffix(t, "?\"") || strings.HasSuffix(t, "?”")
	return sc
}

// hyphenJoins reports whether token k is a hyphen that touches the words on both sides of it
// ("U.N.-backed", "US-led").
func (ts tokens) hyphenJoins(k int) bool {
	return k > 0 && k+1 < len(ts) && ts.w(k) == "-" && ts[k-1].End == ts[k].Start && ts[k].End == ts[k+1].Start
}

// w returns the word at i, or "" outside the sentence or for an actor.
func (ts tokens) w(i int) string {
	if i < 0 || i >= len(ts) {
		return ""
	}
	return ts[i].W
}

func (ts tokens) actorAt(i int) int {
	if i < 0 || i >= len(ts) {
		return -1
	}
	return ts[i].Actor
}

// run reads every trigger of the sentence in order; with words false it reads only the
// relations of money (the tree coder has read the events).
func (sc *sentCtx) run(words bool) {
	for i := 0; words && i < len(sc.toks); i++ {
		if sc.used[i] || sc.toks[i].isActor() {
			continue
		}
		if i >= sc.attr {
			break
		}
		w := sc.toks[i].W
		vs := evLex.verbs[w]
		ns, isNoun := sc.nounAt(i)
		if len(vs) > 0 && sc.toks.verbContext(i) && !sc.notAVerb(i) && !sc.hints.modifiers[i] {
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
	sc.st.d.Relations = append(sc.st.d.Relations, dedupe(sc.out, sc.outRead)...)
	for i := n; i < len(sc.st.d.Relations); i++ {
		if q := newsgraph.QuadClass(sc.st.d.Relations[i].Type); q == "material-coop" || q == "material-conflict" {
			sc.st.hasAct, sc.st.lastAct = true, i // "the move" is a deed, not a word about one
			sc.st.acts = append(sc.st.acts, i)
		}
		switch sc.st.d.Relations[i].Type {
		case "FIGHT", "ASSAULT":
			if sc.st.d.Relations[i].Status == "" {
				sc.st.hasHarm, sc.st.lastHarm = true, i // "the attack", "the strikes": done, not planned
				sc.st.harms = append(sc.st.harms, i)
			}
		case "AGREE":
			sc.st.hasDeal, sc.st.lastDeal = true, i
		case "DEMAND", "REQUEST":
			sc.st.hasDemand, sc.st.lastDemand = true, i
		case "DISAPPROVE":
			sc.st.hasAccusal, sc.st.lastAccusal = true, i
		}
	}
}

// nounAt returns the event noun at i, read in its context: "air strikes" are FIGHT where a
// "strike" alone is PROTEST.
func (sc *sentCtx) nounAt(i int) (nounSense, bool) {
	w := sc.toks.w(i)
	ns, ok := evLex.nouns[w]
	if jointNouns[w] && (sc.toks.w(i-1) == "joint" || sc.toks.w(i-2) == "joint" || sc.toks.w(i-1) == "combined" || sc.toks.w(i-2) == "combined") {
		// PLOVER: joint military operations are COOPERATE, one country's exercises MOBILIZE
		return nounSense{Type: "COOPERATE"}, true
	}
	if ok && (w == "strike" || w == "strikes") {
		switch sc.toks.w(i - 1) {
		case "air", "missile", "drone", "military", "rocket", "nuclear", "pre-emptive", "preemptive", "naval", "artillery", "retaliatory":
			ns = nounSense{Type: "FIGHT"}
		}
		if sc.strikeTarget(i) {
			ns = nounSense{Type: "FIGHT"}
		}
	}
	return ns, ok
}

// strikeTarget reports whether the strike at i is aimed "against" or "on" a country or a
// listed organisation ("strikes against IS", "a strike on Syria"): a military strike; workers
// strike against a policy or an employer, which no list knows.
func (sc *sentCtx) strikeTarget(i int) bool {
	if p := sc.toks.w(i + 1); p != "against" && p != "on" {
		return false
	}
	for k := i + 2; k < len(sc.toks) && k <= i+4; k++ {
		if a := sc.toks.actorAt(k); a >= 0 {
			act := sc.actors[a]
			return act.Type == newsgraph.Country || act.Type == newsgraph.Organization && act.Code != ""
		}
	}
	return false
}

// verbContext tells a verb from a noun or adjective of the same spelling ("talks", "attack",
// "stage", "block"): past forms and participles are verbs; a base or -s form is one after a
// subject (an actor, a pronoun, a plural noun), an auxiliary, "to" or an adverb.
func (ts tokens) verbContext(i int) bool {
	p := ts.w(i - 1)
	w := ts[i].W
	ing := strings.HasSuffix(w, "ing")
	participle := strings.HasSuffix(w, "ed") || irregularPast(w)
	if i > 0 && ts[i].Cap && ts.w(i-1) != "\"" {
		return false // "White House Press Secretary": a name, not a verb
	}
	if w == "thanks" && ts.w(i+1) == "to" {
		return false // "largely thanks to the popularity of whisky": because of, no thanking
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
		// "militants firing", "Russia attacking", "and demanding", but not "an accidental
		// shooting", nor after a name that follows a determiner: "the Ottawa shooting", "an Opec
		// meeting" (the name modifies the noun)
		return ts.actorAt(i-1) >= 0 && !(determiners[ts.w(i-2)] && ts.w(i-2) != "'s") || isAdverb(p) || p == "," || p == "and" || p == "while" || len(p) > 3 && p[len(p)-1] == 's' && !ts[i-1].Cap
	case ts.actorAt(i-1) >= 0:
		if n := ts.w(i + 1); syntax.PersonNoun(n) && !plural(n) && !plural(w) {
			// "Pentagon press secretary", "UN aid worker": a noun before a person it names,
			// not a verb with a bare singular object
			return false
		}
		if _, noun := evLex.nouns[w]; noun {
			// "Israel attacks Gaza" but "Israeli attacks on Gaza"
			n := i + 1
			return ts.actorAt(n) >= 0 || determiners[ts.w(n)] && ts.w(n) != "'s"
		}
		return true
	case isAdverb(p):
		return true
	case len(p) > 3 && p[len(p)-1] == 's' && !ts[i-1].Cap && w[len(w)-1] != 's':
		_, noun := evLex.nouns[p]
		return !noun && len(evLex.verbs[p]) == 0 // "officials reject"
	}
	return false
}

// notAVerb reports whether a verb form is used as an adjective or a noun: "the wounded", "the
// besieged town", "its allies", or a gerund after a preposition ("arrested for collaborating",
// "accused of violating") whose subject the clause does not give.
func (sc *sentCtx) notAVerb(i int) bool {
	p := sc.toks.w(i - 1)
	if determiners[p] && p != "'s" && p != "that" && p != "no" {
		return true
	}
	if a := sc.toks.actorAt(i - 1); a >= 0 && isPossessivePronoun(sc.toks[i-1], sc) {
		return true // "its allies"
	}
	if i > 1 && sc.toks.hyphenJoins(i-1) {
		return true // "the U.N.-backed government", "Iranian-made drones": a modifier, no verb
	}
	w := sc.toks.w(i)
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

// howRead is how a relation of a sentence was read: by the tree coder, and as a mutual event.
type howRead struct {
	tree, mutual bool
	trigger      int // the trigger's token
}

// dedupe keeps one relation per (type, pair) of a sentence, how[i] telling how rs[i] was read.
// The same type the other way round is the same event when either reading is mutual or a word
// rule's, whose direction is the less sure, or the type one of those two do together
// (events.MutualType: "Ethiopia and Somalia agreed to resolve their dispute") read at one trigger;
// two directed events the tree read are two events ("Mexico recalled its ambassador after Lima
// expelled a Mexican diplomat", "Pakistan carried out air strikes inside Iran after Iran struck
// targets in Pakistan"). A group of a country counts as that country here: where the tree read
// "Chilean visitors" as agent/CHL-visitor and the word rules as Chile, the tree's reading
// (first) is kept.
func dedupe(rs []newsgraph.Relation, how []howRead) []newsgraph.Relation {
	if len(rs) < 2 {
		return rs
	}
	out := rs[:0]
	seen := map[string]int{} // type|subject|object → index in out
	kept := make([]howRead, 0, len(rs))
	for i, r := range rs {
		a, b := groupsCountry(r.Subject), groupsCountry(r.Object)
		j, ok := seen[r.Type+"|"+a+"|"+b]
		if !ok {
			j, ok = seen[r.Type+"|"+b+"|"+a]
			ok = ok && (how[i].mutual || kept[j].mutual || !how[i].tree || !kept[j].tree ||
				events.MutualType(r.Type) && how[i].trigger == kept[j].trigger)
		}
		if ok {
			fillFrom(&out[j], r) // keep what the other reading knew ("mode": "mediation", a status)
			continue
		}
		seen[r.Type+"|"+a+"|"+b] = len(out)
		out = append(out, r)
		kept = append(kept, how[i])
	}
	return out
}

// motionVerbs are the forms of the verbs of going somewhere that the lexicons read as a visit
// (CAMEO GO, GO_TO, TRAVEL 040; VISIT 042).
var motionVerbs = setOf("go", "goes", "went", "gone", "going", "travel", "travels", "traveled", "travelled",
	"traveling", "travelling", "visit", "visits", "visited", "visiting", "fly", "flies", "flew", "flown", "flying",
	"arrive", "arrives", "arrived", "arriving", "tour", "tours", "toured", "touring", "return", "returns", "returned",
	"returning")

// private reports whether an actor acts for no one but themself: a person who holds no office
// (a.Via is set for one who does, and the actor is then their country) or a group.
func private(a evActor) bool {
	return a.Type == newsgraph.Person || a.Kind == "group"
}

// domestic codes an event within one country by its bodies and people, the level at which they
// differ ("the British Parliament rejected Prime Minister Theresa May's agreement": the
// parliament and the person, both of GBR): coding both as the country would make a loop that
// says nothing; a town or area of the country that is acted on is the place itself ("Iraqi
// forces shelled Mosul"), and so is one whose body acts ("the Punjab government imposed a
// blockade on Lahore"). It reports false when the two are one actor (in a mutual event, also an
// office holder and the state they serve), or the actor that acts is a bare place.
func domestic(a, b evActor, typ string, subjBody, mutual bool) (evActor, evActor, bool) {
	if !newsgraph.IsPLOVER(typ) || (a.Place || a.PlaceID != "") && !subjBody {
		return a, b, false
	}
	if mutual && a.EntityID == b.EntityID && (a.Via == "") != (b.Via == "") && a.PlaceID == "" && b.PlaceID == "" {
		// "Xi Jinping and Chinese Premier Li Keqiang met" with the second read as China: an
		// office holder and the state they serve are one party to a meeting of equals
		return a, b, false
	}
	own := func(x evActor) evActor {
		if x.Via != "" {
			x.EntityID, x.Via, x.Type = x.Via, "", newsgraph.Person
		}
		if x.PlaceID != "" {
			x.EntityID, x.PlaceID, x.Type = x.PlaceID, "", newsgraph.Location
		}
		return x
	}
	a, b = own(a), own(b)
	return a, b, a.EntityID != b.EntityID
}

// onePhrase reports whether the mentions of actors i and j may be one: one was brought in by a
// pronoun, or they are one name with its title between them ("Hungarian Prime Minister Viktor
// Orban", only capitalised words between them).
func (sc *sentCtx) onePhrase(i, j int) bool {
	ti, tj := sc.actorTok[i], sc.actorTok[j]
	if ti < 0 || tj < 0 || pronoun(sc.actors[i].Text) || pronoun(sc.actors[j].Text) {
		return true
	}
	if ti > tj {
		ti, tj = tj, ti
	}
	for k := ti + 1; k < tj; k++ {
		if t := sc.toks[k]; t.isActor() || !t.Cap {
			return false
		}
	}
	return true
}

// pronoun reports whether a mention's text is a personal or possessive pronoun.
func pronoun(text string) bool {
	switch strings.ToLower(text) {
	case "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs":
		return true
	}
	return false
}

// groupsCountry returns the country entity a group's ID names (agent/CHL-visitor: country/CHL),
// else id itself.
func groupsCountry(id string) string {
	rest, ok := strings.CutPrefix(id, "agent/")
	if !ok || len(rest) < 5 || rest[3] != '-' {
		return id
	}
	for i := range 3 {
		if rest[i] < 'A' || rest[i] > 'Z' {
			return id
		}
	}
	return "country/" + rest[:3]
}

// fillFrom fills in the status, date and attributes of dst that another reading r of the same
// event knew.
func fillFrom(dst *newsgraph.Relation, r newsgraph.Relation) {
	if dst.Status == "" && dst.Type == r.Type {
		dst.Status = r.Status // a status and a mode belong to their type ("cut ties" is no ongoing tie)
	}
	if dst.Date == "" {
		dst.Date = r.Date
	}
	for ak, av := range r.Attrs {
		if ak == "mode" && dst.Type != r.Type {
			continue
		}
		if _, has := dst.Attrs[ak]; !has {
			if dst.Attrs == nil {
				dst.Attrs = map[string]string{}
			}
			dst.Attrs[ak] = av
		}
	}
}
