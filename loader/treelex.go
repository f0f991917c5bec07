package loader

import (
	"slices"
	"strings"

	"newsgraph/loader/events"
	"newsgraph/loader/gazetteer"
	"newsgraph/loader/lexicon"
	"newsgraph/loader/syntax"
)

// treeLexicon is the lexicon the tree coder (package events) reads: the project's own verbs and
// nouns (verbs.go), keyed by lemma, and the nouns that act for a state (agents), from the office
// titles of the gazetteer and a short list of state bodies.
type treeLexicon struct {
	verbs  map[string][]events.Sense // by lemma, or "lemma particle"
	nouns  map[string]events.Sense   // by lemma and by plural form
	agents map[string]string         // noun lemma (or two words) → sector
	// forms holds every inflected form of the verbs (but those that only report or relate) and
	// nouns: a sentence without one holds no trigger and is not parsed. particles holds, for a
	// form of a verb listed only with particles ("carry out", "call off", "work with"), those
	// particles: the form is a trigger only with one of them after it.
	forms     map[string]bool
	particles map[string][]string
}

// hasTrigger reports whether one of the words is a form of a trigger of the lexicon: an own
// verb or event noun (not "say", not "be"; a verb listed only with particles with one of them
// after it), a verb the lexicon's own entries give an event ("convict", "veto": ownVerb), or a
// CAMEO verb followed by an object its patterns make an event of. A CAMEO verb that names an event by itself but is no own verb ("encounter",
// "study", "catch") does not make a sentence worth parsing: on FNC-1 such sentences were 22 % of
// those parsed, and their trees gave 37 relations, about a third of them right (a catfish caught
// in Italy was COERCE of Italy); the tree still reads those verbs in a sentence parsed for
// another trigger.
func (l *treeLexicon) hasTrigger(toks []tok) bool {
	for i, t := range toks {
		if t.W == "according" && i+1 < len(toks) && toks[i+1].W == "to" {
			continue // a preposition ("according to officials"), not CAMEO's ACCORD
		}
		if l.forms[t.W] || l.particleAfter(t.W, toks[i+1:min(len(toks), i+7)]) {
			return true
		}
		if t.W != "" && objectPattern(t.W, toks[i+1:min(len(toks), i+6)]) {
			return true
		}
		if t.W != "" && ownVerb(t.W) {
			return true
		}
		if (callForms[t.W] || joinForms[t.W]) && slices.ContainsFunc(toks[i+1:min(len(toks), i+6)], tok.isActor) {
			return true
		}
	}
	return false
}

// callForms are the forms of "call", whose phone sense (CAMEO's CALL, CONSULT) is too common
// a word to make a sentence worth parsing alone ("so-called", "called it a mistake"), but is
// with an actor among the next words ("called his Lebanese counterpart, Michel Aoun, on
// Tuesday"; without the commas "called … on" was one only as "call on").
var callForms = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}

// joinForms are the forms of "join", too common a word to make a sentence worth parsing alone,
// but one with an actor among the next words ("joined NATO": events.joinVerbs).
var joinForms = map[string]bool{"join": true, "joins": true, "joined": true, "joining": true, "rejoin": true,
	"rejoins": true, "rejoined": true}

// particleAfter reports whether w is a form of a verb listed only with particles and one of
// them is among the next words ("carried out", "pulled its troops out"); "a ship carrying
// migrants" holds no trigger.
func (l *treeLexicon) particleAfter(w string, next []tok) bool {
	for _, p := range l.particles[w] {
		for _, n := range next {
			if n.W == p {
				return true
			}
		}
	}
	return false
}

// objectPattern reports whether a CAMEO verb takes one of the next words as an object, or as
// the noun of a prepositional phrase, that its patterns make an event of ("closed its border":
// CLOSE * BORDER; "used civilians as human shields": USE * (AS {HUMAN SHIELD})).
// ownVerb reports whether w is a form of a verb that the lexicon's own entries (own.tsv, written
// from the PLOVER manual) give an event by itself: "A court in Lyon convicted the activist" has
// no other trigger.
func ownVerb(w string) bool {
	s, ok := lexicon.Verb(w)
	return ok && s.Type != "" && strings.HasPrefix(s.Rule, "own:")
}

func objectPattern(verb string, next []tok) bool {
	if len(next) > 0 && events.Particle(next[0].W) && objectPattern(verb+" "+next[0].W, next[1:]) {
		return true // "set up a hospital": the phrasal verb's own patterns
	}
	if !lexicon.IsVerb(verb) {
		return false
	}
	for k, n := range next {
		for _, o := range []string{n.W, strings.TrimSuffix(n.W, "s")} {
			if s, ok := lexicon.VerbObject(verb, o); ok && s.Type != "" {
				return true
			}
			for _, p := range next[:k] {
				if s, ok := lexicon.VerbPrep(verb, p.W, o); ok && s.Type != "" && p.W != "" {
					return true
				}
			}
		}
	}
	return false
}

// newTreeLexicon builds the tree coder's lexicon: the own verbs (verbEntries) and the adjectives
// and verbs that govern a complement, the event nouns (nounEntries, weapons, sums of money), and
// the agents of a state (the gazetteer's office titles, stateAgents, the members of a body).
func newTreeLexicon(g *gazetteer.Gazetteer) *treeLexicon {
	l := &treeLexicon{verbs: map[string][]events.Sense{}, nouns: map[string]events.Sense{}, agents: map[string]string{}, forms: map[string]bool{}, particles: map[string][]string{}}
	for _, e := range verbEntries {
		addVerbEntry(l, e)
	}
	// a weapon names an attack with a verb of force too broad to be a trigger alone ("Iranian
	// missiles hit Saudi oil facilities", events.WeaponNoun)
	for _, w := range events.WeaponNouns {
		l.forms[w], l.forms[w+"s"] = true, true
	}
	addGoverningWords(l.verbs)
	for _, e := range nounEntries {
		addNounEntry(l.nouns, l.forms, e)
	}
	for _, w := range moneyNouns {
		if _, ok := l.nouns[w]; !ok {
			l.nouns[w] = events.Sense{Type: "AID", Rule: "own:money"}
		}
	}
	addAgents(l.agents, g.Titles)
	return l
}

// addVerbEntry adds one of verbEntries ("lemma[+particle] TYPE flags [mode=…]") to l: its sense
// under its lemma (with its particles, "carry out"), after those added before; and, unless it
// only reports or relates, its inflected forms to l.forms or, for a verb with particles, the
// first particle to l.particles of each form.
func addVerbEntry(l *treeLexicon, e string) {
	f := strings.Fields(e)
	head := f[0]
	lemma, particle, _ := strings.Cut(head, "+")
	lemma, _, _ = strings.Cut(lemma, "/")
	key := lemma
	if particle != "" {
		key += " " + strings.ReplaceAll(particle, "_", " ")
	}
	sense := senseOf(lemma, particle, f)
	l.verbs[key] = append(l.verbs[key], sense)
	if sense.Role == events.RoleReport || sense.Role == events.RoleRelation {
		return // "said", "told": a sentence they alone mark names no event to parse for
	}
	spec, _, _ := strings.Cut(head, "+")
	for _, form := range inflect(spec) {
		if particle == "" {
			l.forms[form] = true
			continue
		}
		l.particles[form] = append(l.particles[form], strings.Split(particle, "_")[0])
	}
}

// addGoverningWords adds to verbs, after the senses already there, the adjectives of intent and
// refusal and the verbs of aspect, which govern a complement and name no event of their own
// (but "unwilling", a refusal: REJECT).
func addGoverningWords(verbs map[string][]events.Sense) {
	// adjectives of intent and refusal govern their complement as control verbs do ("is willing
	// to withdraw", "stands ready to help", "is unwilling to negotiate")
	for _, a := range []string{"willing", "prepared", "ready", "determined", "eager", "keen", "poised"} {
		verbs[a] = append(verbs[a], events.Sense{Role: events.RoleIntent, Rule: "own:" + a})
	}
	verbs["unwilling"] = append(verbs["unwilling"], events.Sense{Role: events.RoleRefuse, Type: "REJECT", Rule: "own:unwilling"})
	for _, v := range []string{"continue", "try", "attempt", "begin", "start", "move", "resume", "keep", "manage", "work", "act", "able"} {
		verbs[v] = append(verbs[v], events.Sense{Role: events.RoleAspect, Rule: "own:" + v})
	}
}

// addNounEntry adds one of nounEntries ("noun[,plural] TYPE [R] [mode=…]") to nouns and its
// words, and their forms with "s", to forms; a plural's singular takes its sense unless nouns
// holds the singular already. An entry of a type the tree coder does not code is left out.
func addNounEntry(nouns map[string]events.Sense, forms map[string]bool, e string) {
	f := strings.Fields(e)
	if f[1] == "WAR" {
		f[1] = "FIGHT" // a war between two states is fighting between them
	}
	if !isEventType(f[1]) {
		return
	}
	s := events.Sense{Type: f[1]}
	for _, fl := range f[2:] {
		if fl == "R" {
			s.Restrictive = true
		} else if m, ok := strings.CutPrefix(fl, "mode="); ok {
			s.Mode = m
		}
	}
	for _, w := range strings.Split(f[0], ",") {
		w = strings.ReplaceAll(w, "_", " ")
		s.Rule = "own:" + w
		nouns[w] = s
		forms[w], forms[w+"s"] = true, true
		if sg := singular(w); sg != w {
			if _, ok := nouns[sg]; !ok {
				nouns[sg] = s
			}
		}
	}
}

// addAgents adds to agents the nouns that act for a state or a body, each with its sector: the
// office titles (GOV), then stateAgents, then the member nouns (CVL), a later one replacing an
// earlier one of the same noun.
func addAgents(agents map[string]string, titles map[string]string) {
	for title := range titles {
		agents[title] = "GOV"
	}
	for _, e := range stateAgents {
		f := strings.Split(e, ":")
		for _, w := range strings.Split(f[1], ",") {
			agents[w] = f[0]
		}
	}
	for w := range events.MemberNouns {
		agents[w] = "CVL" // "a UN expert", "members of Boko Haram" act for the body
	}
}

// moneyNouns name sums of money: given, granted or pledged, they are aid ("gave $2 million to
// Nigeria"), like the aid nouns.
var moneyNouns = []string{"$", "€", "£", "dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "cash", "million", "billion"}

// stateAgents are the bodies and people that act for a state when the text attaches them to one
// (PLOVER codes "Chinese coast guard ships fired" as China): sector and noun lemmas.
var stateAgents = []string{
	"GOV:government,administration,authority,official,leader,leadership,ministry,minister,spokesman,spokeswoman,spokesperson,diplomat,ambassador,embassy,envoy,delegation,cabinet,regime,state,negotiator,representative,consulate,mission,foreign ministry,state department,foreign office,president,presidency,prime minister,head,office,committee,council,agency,watchdog,panel,commission,body",
	"COP:investigator",
	"MIL:army,military,troop,soldier,force,armed force,navy,air force,marine,coast guard,coastguard,defence ministry,defense ministry,warship,jet,ship,commander,general",
	"COP:police,policeman,border guard,security force,interior ministry,security service",
	"JUD:court,judge,prosecutor,tribunal,judiciary",
	"LEG:parliament,lawmaker,legislature,congress,senate,legislator,senator,mp",
	"SPY:intelligence,intelligence service,spy agency",
	"MED:state media,state television,news agency",
}

// senseOf returns the sense of one of verbEntries, split into its fields f (head, TYPE or "-",
// flags, mode=…), whose head gives lemma and particle ("" when none): its type, its mode and
// what its flag letters set (applyFlag), its rule "own:lemma[ particle]". A verb flagged N has
// no type of its own.
func senseOf(lemma, particle string, f []string) events.Sense {
	typ := f[1]
	if typ == "-" {
		typ = ""
	}
	s := events.Sense{Type: typ, Rule: "own:" + lemma}
	if particle != "" {
		s.Rule += " " + particle
	}
	needsNoun := false
	for _, fl := range f[2:] {
		if m, ok := strings.CutPrefix(fl, "mode="); ok {
			s.Mode = m
			continue
		}
		for _, c := range fl {
			if applyFlag(&s, c) {
				needsNoun = true
			}
		}
	}
	if needsNoun {
		s.Type = ""
	}
	return s
}

// applyFlag sets on s what the flag letter c of a verb entry says (verbEntries): a role
// (flagRoles), or one of the sense's marks; a letter it does not know changes nothing. It reports
// whether c is N, a light verb that needs an event noun, which s does not record.
func applyFlag(s *events.Sense, c rune) (needsNoun bool) {
	if r, ok := flagRoles[c]; ok {
		s.Role = r
		return false
	}
	switch c {
	case 'm':
		s.Mutual = true
	case 'c':
		s.Commands = true
	case 'N':
		return true
	case 'w':
		s.WithOnly = true
	case 'j':
		s.ObjectOnly = true
	case 'o':
		s.Intransitive = true
	case 'p':
		// a deportation is COERCE deport against the deported, as the PLOVER manual
		// codes "expulsions or deportations of individuals"; where they were sent is the
		// relation rules' DEPORTS_TO
		s.Mode, s.ObjectOnly = "deport", true
	case 'y':
		// payments are a relation of their own (PAYS), read by the relation rules: no
		// PLOVER event of the coder's
		s.Type, s.Role = "", events.RoleRelation
	}
	return false
}

// flagRoles are the roles the flag letters of a verb entry give (verbEntries: l light, r
// reverse, i intent, t threat, x refuse, a aspect, d demand, s report, n deny, e mediate, u
// undergo).
var flagRoles = map[rune]events.Role{'l': events.RoleLight, 'r': events.RoleReverse, 'i': events.RoleIntent,
	't': events.RoleThreat, 'x': events.RoleRefuse, 'a': events.RoleAspect, 'd': events.RoleDemand,
	's': events.RoleReport, 'n': events.RoleDeny, 'e': events.RoleMediate, 'u': events.RoleUndergo}

func isEventType(t string) bool {
	switch t {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "DISAPPROVE",
		"REJECT", "THREATEN", "INVESTIGATE", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT":
		return true
	}
	return false
}

// singular returns the singular of a plural noun by the regular rules ("sanctions", "talks",
// "hostilities", "clashes").
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// Verb implements events.Lexicon: the own senses (with their roles: control, light, reporting
// verbs), then the CAMEO verb block's default unless CAMEO's default is too broad to code alone.
// A CAMEO statement verb (01x) reports; it names no event.
func (l *treeLexicon) Verb(lemma string) []events.Sense {
	own := l.verbs[lemma]
	if s, ok := lexicon.Verb(lemma); ok && !lexicon.NeedsObject(lemma) {
		cs := events.Sense{Type: s.Type, Mode: s.Mode, Rule: s.Rule}
		if s.Type == "" {
			cs.Role = events.RoleReport
		}
		own = append(own[:len(own):len(own)], cs)
	}
	return own
}

// KnowsVerb implements events.Lexicon: an own verb or any verb of the CAMEO dictionaries.
func (l *treeLexicon) KnowsVerb(lemma string) bool {
	return len(l.verbs[lemma]) > 0 || lexicon.IsVerb(lemma)
}

// VerbObject implements events.Lexicon with the CAMEO patterns "* NOUN" and the own entries
// of the lexicon package. A pattern CAMEO codes as no event gives a sense without a type.
func (l *treeLexicon) VerbObject(verb, object string) (events.Sense, bool) {
	return fromLexicon(lexicon.VerbObject(verb, object))
}

// VerbPrep implements events.Lexicon with the CAMEO patterns "* (PREP NOUN)".
func (l *treeLexicon) VerbPrep(verb, prep, object string) (events.Sense, bool) {
	return fromLexicon(lexicon.VerbPrep(verb, prep, object))
}

func fromLexicon(s lexicon.Sense, ok bool) (events.Sense, bool) {
	if !ok {
		return events.Sense{}, false
	}
	return events.Sense{Type: s.Type, Mode: s.Mode, Rule: s.Rule}, true
}

// Noun implements events.Lexicon: the own event nouns, then a noun made from an event verb of
// the lexicon ("invasion" from invade, "deployment" from deploy, "withdrawal" from withdraw,
// "attack" from attack) takes the verb's sense; one spelt as the verb only where the dictionary
// uses it for an act or a message ("attack", "rebuke"; not "back", a body part). A noun spelt as
// a CAMEO verb takes it only when WordNet often uses it for an act or an event (syntax.ActNoun:
// "patrol", "swap"), not when it names a thing ("a diplomatic compound", "a chain of diners",
// "imports").
func (l *treeLexicon) Noun(lemma string) (events.Sense, bool) {
	if s, ok := l.nouns[lemma]; ok {
		return s, true
	}
	if _, agent := l.Agent(lemma); agent || orgWords[lemma] {
		return events.Sense{}, false // a body is no act: "department" of depart, "movement" of move
	}
	for _, v := range verbsOfNoun(lemma) {
		for _, s := range l.verbs[v] {
			if s.Type != "" && s.Role == events.RoleEvent && (v != lemma || syntax.ActNoun(lemma) || syntax.CommunicationNoun(lemma)) {
				s.Rule += " (noun " + lemma + ")"
				return s, true
			}
		}
		// a noun made from a verb names its event when the dictionary lists an act or an event
		// among its senses, or it is the verb's "-ing" form, or a communication: the Latinate
		// suffixes also make nouns of another sense ("tension" is no act of tending)
		if s, ok := lexicon.Verb(v); ok && s.Type != "" && !lexicon.NeedsObject(v) && (syntax.ActNoun(lemma) || v != lemma && (strings.HasSuffix(lemma, "ing") || syntax.CommunicationNoun(lemma))) {
			return events.Sense{Type: s.Type, Mode: s.Mode, Rule: s.Rule + " (noun " + lemma + ")"}, true
		}
	}
	return events.Sense{}, false
}

// verbsOfNoun returns the verbs a noun may be made from, by the regular English suffixes of
// nominalisation: -ation/-ion ("invasion" invade, "condemnation" condemn), -ment ("deployment"
// deploy), -al ("withdrawal" withdraw), -ure ("seizure" seize), -ing ("lending" lend), and the
// noun itself ("attack").
func verbsOfNoun(n string) []string {
	var out []string
	add := func(s ...string) {
		for _, v := range s {
			if len(v) > 2 {
				out = append(out, v)
			}
		}
	}
	switch {
	case strings.HasSuffix(n, "ation"):
		b := n[:len(n)-5]
		add(b+"ate", b, b+"e", b+"ize")
	case strings.HasSuffix(n, "sion"):
		b := n[:len(n)-4]
		add(b+"de", b+"d", b+"t", b+"se") // invasion, explosion, expulsion→expel below, suspension
		if strings.HasSuffix(b, "ul") {
			add(b[:len(b)-2] + "el")
		}
		if strings.HasSuffix(b, "en") {
			add(b + "d")
		}
	case strings.HasSuffix(n, "tion"):
		b := n[:len(n)-4]
		add(b+"te", b+"t", b)
	case strings.HasSuffix(n, "ment"):
		add(n[:len(n)-4])
	case strings.HasSuffix(n, "al"):
		add(n[:len(n)-2], n[:len(n)-2]+"e")
	case strings.HasSuffix(n, "ure"):
		add(n[:len(n)-3]+"e", n[:len(n)-3])
	case strings.HasSuffix(n, "ing") && len(n) > 6:
		// "lending" lend, "funding" fund, "shipping" ship: a noun that is a verb's "-ing" form
		b := n[:len(n)-3]
		add(b)
		if k := len(b); b[k-1] == b[k-2] {
			add(b[:k-1])
		}
	}
	return append(out, n)
}

// Agent implements events.Lexicon: the nouns that act for a state (stateAgents, office titles),
// then the Phoenix agents of a state's sectors. Other agents (farmers, businesses, rebels,
// protesters) act for themselves, not for the country their demonym names.
func (l *treeLexicon) Agent(lemma string) (string, bool) {
	if s, ok := l.agents[lemma]; ok {
		return s, true
	}
	return lexicon.Agent(lemma)
}
