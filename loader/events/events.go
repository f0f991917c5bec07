// Package events codes PLOVER events from the dependency tree of one sentence.
//
// It is the grammar of the event reading: given a parsed sentence (package syntax), the actors the
// entity stage found in it and a lexicon of triggers, it finds each trigger (a verb with its
// particle, or an event noun), takes its arguments from the tree (the subject or passive agent;
// the object, indirect object or an oblique whose preposition decides the role; the possessor,
// "of", "between" and "by" phrases of a noun), distributes conjuncts, lets control verbs decide the
// type and status of their complement, and drops what negation, conditionals, questions and
// speculation say did not happen. Everything it needs is passed in: Code is a pure function.
package events

import "newsgraph/loader/syntax"

// Actor is an entity mention that can take part in events. Start and End are byte offsets into
// the same text as the words of the tree. Whether an event between two actors is kept (one
// country's own affairs, a person and a place) is for the caller to decide.
type Actor struct {
	Start, End int
	// Entity names what the actor is or acts for: two mentions of one name, or a pronoun and the
	// name it stands for, share it ("" when unknown).
	Entity string
	// Org is set for an organisation: any of its members acts for it ("a UN expert"), where only
	// the agents of a state act for a country ("Chinese troops", not "Chinese farmers").
	Org bool
	// Person is set for a person named or referred to ("Haider al-Abadi", "he").
	Person bool
	// FullName is set for a person the article names somewhere with more than one word ("Bowe
	// Bergdahl", then "Bergdahl"): a name of one word alone ("Palmyra") may be a place no list
	// knows.
	FullName bool
	// State is set for a country named itself ("Israel", "Israeli"), not one of its agents.
	State bool
	// Place is set for a town or area, also where it stands for its country ("Benghazi").
	Place bool
	// Serves is set for a person who holds an office of a country or organisation the text
	// names: they act for it ("Aden Duale", Kenya's defence minister).
	Serves bool
	// Code is the country the actor is or acts for (ISO 3166 alpha-3), or the code of an
	// organisation ("IGO", "NGO"); "" when unknown.
	Code string
	// People is set for people named by their nationality ("a Saudi", "two Iraqis", "the
	// Palestinian people"): private people, who do nothing for their state, but what is done to
	// or given them is done to or given their country, as event coders code a country's
	// civilians.
	People bool
	// Teller is set for the speaker of a trailing attribution ("…, Somalia said"): no party to
	// the events told, only the one who tells them (see coder.accusations).
	Teller bool
	// Owner is set for a possessive pronoun that stands for the party reporting a hostile act
	// done to what it names ("Armenia says Azerbaijani troops attacked its positions"): unlike
	// other possessive pronouns, which most often name the clause's own subject, it makes the
	// noun it owns that party's.
	Owner bool
}

// Role says how a trigger takes part in an event beyond naming its type.
type Role uint8

// The roles of a trigger.
const (
	RoleEvent    Role = iota // names the event: "Israel attacked Gaza"
	RoleLight                // the event is its object noun: "held talks", "imposed sanctions"
	RoleReverse              // undoes its object noun: "lifted sanctions", "cut ties"
	RoleIntent               // a promise or plan: "offered to", "pledged to", "agreed to"
	RoleThreat               // "threatened to …": THREATEN whatever follows
	RoleRefuse               // "refused to …": REJECT whatever follows
	RoleAspect               // "continued to", "began": the type of what follows
	RoleDemand               // "urged X to", "demanded that X …": DEMAND against X
	RoleReport               // "said", "announced": reported speech, no event of its own
	RoleDeny                 // "denied …": what follows did not happen
	RoleMediate              // "mediated", "brokered": CONSULT with each party, mode mediation
	RoleUndergo              // the subject undergoes its object noun's event: "received aid from X"
	RoleRelation             // names a relation of its own that other rules read ("paid", "deported"): no event
)

// Sense is one meaning of a trigger in the lexicon.
type Sense struct {
	Type string // a PLOVER type, or "" for a verb that only governs another (control, aspect)
	Mode string
	Role Role
	// Mutual triggers make "X and Y <verb>" one event between X and Y ("agreed", "met").
	Mutual bool
	// Restrictive event nouns are measures against someone ("sanctions", "ban"): undoing them is
	// a concession.
	Restrictive bool
	// Commands is set for a verb of command whose order, given without a clause, is carried
	// out: "ordered the arrest of X" is the arrest, "ordered sanctions on X" the sanctions
	// (CAMEO codes "ORDER * DEPLOYMENT OF …" as the deployment); "ordered Russia to withdraw"
	// stays a demand ("ordered French troops to leave" is an expulsion: orderedOut).
	Commands bool
	// WithOnly verbs take their partner only after "with": "discussed the crisis" is about the
	// crisis, "discussed Somalia" about Somalia, neither with it.
	WithOnly bool
	// Intransitive verbs name their event only without a direct object or a clause:
	// "protesters demonstrated", but "demonstrated its resolve", "demonstrated that …" show,
	// and "rallied support" gathers it.
	Intransitive bool
	// ObjectOnly verbs act on their object alone: "deported X to Y" is done to X; Y is where X
	// was sent, a relation of its own (DEPORTS_TO), no party to the act.
	ObjectOnly bool
	// Rule names the lexicon entry, for `extract`'s rule field and `explain`.
	Rule string
}

// Lexicon is what the coder asks of the lexicon. Lemmas are lower case; a phrasal verb is its
// lemma and particle with a space ("call off").
type Lexicon interface {
	// Verb returns the senses of a verb lemma, the most specific first.
	Verb(lemma string) []Sense
	// KnowsVerb reports whether the lexicon lists a verb lemma at all, with senses or without
	// ("find" is listed and codes nothing alone): a known lemma is never read as another verb
	// that shares its form ("found").
	KnowsVerb(lemma string) bool
	// VerbObject returns the sense of a verb with the lemma of its object's head noun.
	VerbObject(verb, object string) (Sense, bool)
	// VerbPrep returns the sense of a verb with a preposition and the lemma of its noun ("" for
	// the preposition alone).
	VerbPrep(verb, prep, object string) (Sense, bool)
	// Noun returns the sense of an event noun lemma ("talk", "sanction", "invasion").
	Noun(lemma string) (Sense, bool)
	// Agent returns the sector of a noun that names a person or body acting for others: the
	// agents of a state ("police" COP, "troop" MIL, "ministry" GOV, "court" JUD) and others
	// ("activist" OPP, "farmer" AGR), which act for an organisation but not for a country.
	Agent(lemma string) (sector string, ok bool)
}

// Event is one event read from a sentence: Subject acts on Object (indices into the actors).
type Event struct {
	Type, Mode, Status string
	Subject, Object    int
	// SubjectAgent and ObjectAgent are the word IDs of the agents that acted for the actors
	// ("coast guard" in "the Chinese coast guard"), 0 when the actor was named itself; the
	// sectors are the agents' sectors.
	SubjectAgent, ObjectAgent   int
	SubjectSector, ObjectSector string
	// Mutual events hold between the two actors either way.
	Mutual bool
	// Trigger is the word ID of the verb or noun that named the event.
	Trigger int
	// Rule says what decided the event: the construction and the lexicon entry.
	Rule string
}

// Miss is a reading that gave no event, worth knowing when asking why: a trigger without actors
// in its arguments, actors linked by a verb the lexicon lacks, an event that negation, a
// condition or speculation took away.
type Miss struct {
	Word   int // the trigger's word ID
	Reason string
	// Void is set when no reading of the trigger, by any rule, is an event between actors: it
	// acts on a thing and on no party (see thingObject), or what it tells is not told as fact
	// (a condition, negation, denial, opinion, allegation or claim; speculation, "could
	// attack", is left to the readings that mark it proposed).
	Void bool
	// Negated is set for a void reading that negation took away ("did not", "no" on its
	// object): what the verb governs did not happen either.
	Negated bool
	// Maybe is set for a reading that speculation or obligation took away ("could attack", the
	// purpose of "may use"): another reading of the trigger is at most proposed.
	Maybe bool
	// Subject is, for a verb whose subject names no actor ("militants killed …", "the group
	// which holds parts of Syria threatened …"), the word heading that subject when it is a
	// common noun of people or a group (not a pronoun, which may refer to an actor named
	// before; see coder.nounSubject). 0 otherwise.
	Subject int
}

// Code reads the events of one parsed sentence between the given actors. Question sentences
// give nothing.
func Code(t *syntax.Tree, actors []Actor, lex Lexicon) []Event {
	evs, _ := Explain(t, actors, lex)
	return evs
}

// Explain is Code that also returns the near misses.
func Explain(t *syntax.Tree, actors []Actor, lex Lexicon) ([]Event, []Miss) {
	if len(actors) == 0 || len(t.S.Words) == 0 {
		return nil, nil
	}
	c := newCoder(t, actors, lex)
	if c.question() {
		return nil, []Miss{{Word: len(t.S.Words), Reason: "a question: nothing is told as a fact"}}
	}
	for id := 1; id <= len(t.S.Words); id++ {
		c.trigger(id)
	}
	c.out = append(c.out, c.accusations(c.out)...)
	c.out = c.deniedClaims(c.out)
	return c.dedupe(), c.misses
}
