package loader

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"unicode"

	"newsgraph"
	"newsgraph/loader/entities"
	"newsgraph/loader/gazetteer"
	"newsgraph/loader/syntax"
)

// eventFinder reads PLOVER events and other relations (DEPORTS_TO, PAYS) between the entities of
// a doc. It works sentence by sentence: first the tree coder (events_tree.go) reads the events of
// the sentence's dependency tree; then the word-window rules add what the tree did not give, on a
// shallow reading of the grammar: trigger verbs and event
// nouns from the lexicon (verbs.go), their subject found to the left within the clause and their
// object to the right, control verbs ("offered to", "refused to", "urged X to") and modality
// ("will", "could", "not") deciding the type and status (status.go), reported speech attributed to
// its speaker, dates resolved against the article's date (dates.go) and amounts of money
// (money.go) kept as attributes.
type eventFinder struct {
	tree *treeCoder
	// words also reads events with the word-window rules, after the tree coder: the grammar's
	// events come first, and the rules add what the tree did not give (measured in
	// docs/quality.md: together they read more pairs than either alone).
	words bool
	// sentences counts the sentences with actors, parsed those of them parsed for the tree coder.
	sentences, parsed atomic.Int64
}

func newEventFinder(gz *gazetteer.Gazetteer) *eventFinder {
	p, err := syntax.Default()
	if err != nil {
		// the model is embedded and checked by the syntax package's tests; a failure is a build bug
		panic(fmt.Sprintf("loader: %v", err))
	}
	return &eventFinder{tree: &treeCoder{parser: p, lex: newTreeLexicon(gz), firstNames: gz.FirstNames}, words: true}
}

// find appends to d.Relations, with Evidence offsets in bytes.
func (f *eventFinder) find(d *doc) {
	if len(d.Mentions) == 0 {
		return
	}
	affil := affiliations(d)
	var ref refDate
	ref.parse(d.Article.Date)
	st := &docState{d: d, affil: affil, ref: ref, pending: map[string]*newsgraph.Entity{}, groupSector: map[string]string{}}
	defer st.keepNames()
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
		s, ms = cutSentence(d.Text, s, ms, openingEnd(d.Text, s, ms))
		if len(ms) == 0 {
			st.prevSubj = nil
			continue
		}
		if single(ms) && !mayRefer(s.Text) && !st.refersToAct(s.Text) && (f.tree == nil || namesBeyond(s, ms) == 0 && !f.tree.lex.namesGroup(s.Text)) {
			// one actor, and nothing that could stand for another: no event (a name no list
			// knows or a group may be one, for the tree coder, and "the deal" or "the call"
			// after one stands for its parties: actParties)
			continue
		}
		f.sentences.Add(1)
		sc := newSentCtx(st, si, s, ms)
		if sc == nil {
			continue
		}
		// parsing is most of the cost of extraction: only sentences with actors and a trigger
		parsed := false
		if n := parsedLen(sc); f.tree != nil && n <= maxParsedTokens && f.tree.lex.hasTrigger(sc.toks[:n]) {
			f.parsed.Add(1)
			f.tree.code(sc, ms)
			parsed = true
		}
		n := len(d.Relations)
		sc.run(f.words)
		if d.readings != nil {
			d.noteRelations(s, parsed, d.Relations[n:])
		}
		switch {
		case sc.firstSubj != nil:
			st.prevSubj = sc.firstSubj
		case sc.newSubject:
			// no event, and a subject the next sentence's "it" or "they" may stand for who is
			// no actor: "… militants attacked the town of Arsal. They have since beheaded two
			// soldiers"
			st.prevSubj = nil
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
	// lastDemand is the index in d.Relations of the last demand or request read ("the call").
	lastDemand int
	hasDemand  bool
	// lastAccusal is the index in d.Relations of the last accusation or criticism read ("the
	// allegations").
	lastAccusal int
	hasAccusal  bool
	// lastAct is the index in d.Relations of the last material act read ("the move"): a deed,
	// not a statement about one ("condemned the decision" is no decision).
	lastAct int
	hasAct  bool
	// acts and harms are the indexes of all material acts and acts of force read, the latest
	// last, for "the move" of someone other than who speaks of it (otherAct).
	acts, harms []int
	// lastHarm is the index in d.Relations of the last act of force read (FIGHT, ASSAULT):
	// what "the attack" or "the strikes" refer to.
	lastHarm int
	hasHarm  bool
	// pending are the entities of names no list knows, found by the tree coder, with their
	// mentions; they are kept when an event takes them (keepNames).
	pending         map[string]*newsgraph.Entity
	pendingMentions []entities.Mention
	// groupSector is the sector of each group the tree coder made an actor (groupActors).
	groupSector map[string]string
	// agentOwner is the country a state agent noun was last named with ("the British Supreme
	// Court": court → Britain), for "the court" later (definiteAgents).
	agentOwner map[string]evActor
	// deeds are the acts told at verbs, the latest last, for a noun of the verb later (deedOf).
	deeds []deed
}

// keepNames adds to the doc the pending entities that take part in a relation, with their
// mentions, and forgets the others.
func (st *docState) keepNames() {
	if len(st.pending) == 0 {
		return
	}
	used := map[string]bool{}
	for _, r := range st.d.Relations {
		used[r.Subject], used[r.Object] = true, true
	}
	added := false
	for _, m := range st.pendingMentions {
		e := st.pending[m.EntityID]
		if e == nil || !used[e.ID] {
			continue
		}
		st.d.Entities[e.ID] = e
		st.d.Mentions = append(st.d.Mentions, m)
		added = true
	}
	if added {
		sort.SliceStable(st.d.Mentions, func(i, j int) bool { return st.d.Mentions[i].Start < st.d.Mentions[j].Start })
	}
}

// affiliations maps each person to the country or organisation they hold office in, from the
// HOLDS_OFFICE relations the entity stage found. A nationality is no affiliation: a private
// person is not their state (EVENT-PITFALLS), so "the man who killed Foley" acts on Foley, not
// on the United States, and "deported an Iraqi refugee, Omar Ameen" coerces him, not Iraq.
func affiliations(d *doc) map[string]string {
	var m map[string]string
	for _, r := range d.Relations {
		if r.Type != "HOLDS_OFFICE" || r.Attrs["former"] == "true" {
			continue // a former office holder acts for no one ("former President X")
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
func (st *docState) actorFor(m entities.Mention) evActor {
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
				a.EntityID, a.Type, a.PlaceID = c.ID, c.Type, e.ID
			}
		}
	}
	return a
}

// eventMentions drops "it" and "they" resolved by the entity stage to the nearest name: as the
// subject of an event they more often stand for the subject of the sentence before, which the
// event stage resolves itself (resolvePronoun).
func (st *docState) eventMentions(ms []entities.Mention) []entities.Mention {
	skip := func(i int) bool {
		m := ms[i]
		return m.Kind == "anaphor" && isBarePronoun(m.Text) || st.placeOnly(m) || st.describesOrg(ms, i)
	}
	drop := false
	for i := range ms {
		if skip(i) {
			drop = true
			break
		}
	}
	if !drop {
		return ms
	}
	out := make([]entities.Mention, 0, len(ms))
	for i, m := range ms {
		if !skip(i) {
			out = append(out, m)
		}
	}
	return out
}

// describesOrg reports whether mention i is a demonym that describes the organisation named
// right after it: at most three lower-case words between, the last a kind of organisation
// (orgKinds: "Nigerian terror group Boko Haram", "the Somali militant group al-Shabaab"). The
// organisation acts, not the country (the entity stage reads the phrase as where the
// organisation is based); "the Nigerian government and Boko Haram" are two.
func (st *docState) describesOrg(ms []entities.Mention, i int) bool {
	if ms[i].Kind != "demonym" || i+1 >= len(ms) {
		return false
	}
	next := ms[i+1]
	if e := st.d.Entities[next.EntityID]; e == nil || e.Type != newsgraph.Organization {
		return false
	}
	words := strings.Fields(st.d.Text[ms[i].End:next.Start])
	if len(words) == 0 || len(words) > 3 || !orgKinds[words[len(words)-1]] {
		return false
	}
	for _, w := range words {
		if strings.ToLower(w) != w || !isLetters(w) || w == "and" || w == "or" {
			return false
		}
	}
	return true
}

// orgKinds are the nouns that say what kind of organisation a name is ("terror group Boko
// Haram", "the militant organisation al-Shabaab").
var orgKinds = setOf("group", "groups", "organization", "organisation", "movement", "network", "militia",
	"party", "faction", "outfit", "affiliate", "company", "firm", "agency", "broadcaster", "newspaper",
	"channel", "insurgency", "insurgents", "militants", "rebels")

// isLetters reports whether w is letters and hyphens only.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return true
}

// single reports whether the mentions name one entity only.
func single(ms []entities.Mention) bool {
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

// placeOnly reports whether a mention takes part in no event: a place outside any country (a
// region, a sea), a place inside the name of a document or occasion ("in-name"), or a demonym
// naming a language ("language"). A town stands for its country only against a country or
// organisation (see emit).
func (st *docState) placeOnly(m entities.Mention) bool {
	if m.Kind == "in-name" || m.Kind == "language" {
		return true
	}
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

// namesBeyond counts the capitalised words of sentence s after its first word that no mention
// covers: names the tree coder may take as actors no list knows.
func namesBeyond(s entities.Sentence, ms []entities.Mention) int {
	n := 0
	first := true
	for i := 0; i < len(s.Text); {
		c := s.Text[i]
		if !evWordByte(c) {
			i++
			continue
		}
		j := i
		for j < len(s.Text) && evWordByte(s.Text[j]) {
			j++
		}
		if !first && c >= 'A' && c <= 'Z' && !overlapsMention(ms, s.Start+i, s.Start+j) {
			n++
		}
		first = false
		i = j
	}
	return n
}

// parsedLen is the number of tokens of the sentence the tree coder reads: all, or, where the
// whole is too long, those before a trailing attribution (", two sources at the president's
// office said on Saturday"), which names no party of the event (the word rules read its
// speaker). Cutting the attribution of shorter sentences too, tried, changed no PLV figure and
// lost two right relations on 300 FNC-1 bodies.
func parsedLen(sc *sentCtx) int {
	if len(sc.toks) > maxParsedTokens {
		return sc.attr
	}
	return len(sc.toks)
}

// maxParsedTokens is the longest sentence (in tokens, a mention one token) the tree coder parses;
// longer ones are read by the word rules alone. A greedy parser's errors compound over long
// sentences, and parsing is most of the cost. At 40 (the cap until 2026-12-03) the dev scorers
// were unchanged against no cap and extraction took 17 % less CPU. Once the tree coder had grown
// the readings that veto the word rules' guesses, longer caps paid: on plv-dev (even/odd halves)
// 40 gives 0.692/0.626, 50 0.694/0.629, 60 0.695/0.629, for 12 % and 25 % more CPU on the FNC-1
// bodies; at 50 about half the relations it adds there are right and four in five of those it
// removes wrong (docs/quality.md, nineteenth session).
const maxParsedTokens = 50

// mentionsFrom returns the mentions of ms that begin at or after offset off.
func mentionsFrom(ms []entities.Mention, off int) []entities.Mention {
	var out []entities.Mention
	for _, m := range ms {
		if m.Start >= off {
			out = append(out, m)
		}
	}
	return out
}
