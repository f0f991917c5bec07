package events_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsgraph/loader/events"
	"newsgraph/loader/syntax"
)

// testLex is a small lexicon written for these tests: enough verbs and nouns for each
// construction, so that a failure points at the grammar, not at the data.
type testLex struct{}

var testVerbs = map[string]events.Sense{
	"agree":     {Type: "AGREE", Role: events.RoleIntent, Mutual: true},
	"decide":    {Role: events.RoleIntent},
	"ready":     {Role: events.RoleIntent},
	"offer":     {Type: "AGREE", Role: events.RoleIntent},
	"accept":    {Type: "AGREE"},
	"provide":   {Type: "AID", Role: events.RoleLight},
	"give":      {Role: events.RoleLight},
	"undertake": {Role: events.RoleLight},
	"reject":    {Type: "REJECT"},
	"attack":    {Type: "ASSAULT"},
	"say":       {Role: events.RoleReport},
	"announce":  {Role: events.RoleReport},
	"meet":      {Type: "CONSULT", Mutual: true},
	"discuss":   {Type: "CONSULT"},
	"deport":    {Type: "COERCE", Mode: "deport", ObjectOnly: true},
	"kill":      {Type: "ASSAULT"},
	"sign":      {Type: "AGREE", Role: events.RoleLight, Mutual: true},
	"lift":      {Type: "CONCEDE", Role: events.RoleReverse},
	"impose":    {Role: events.RoleLight},
	"sanction":  {Type: "SANCTION"},
	"refuse":    {Type: "REJECT", Role: events.RoleRefuse},
	"urge":      {Type: "DEMAND", Role: events.RoleDemand},
	"threaten":  {Type: "THREATEN", Role: events.RoleThreat},
	"warn":      {Type: "THREATEN", Role: events.RoleThreat},
	"fire":      {Type: "FIGHT"},
	"criticize": {Type: "DISAPPROVE"},
	"condemn":   {Type: "DISAPPROVE"},
	"accuse":    {Type: "DISAPPROVE"},
	"deny":      {Type: "REJECT", Role: events.RoleDeny},
	"cut":       {Type: "SANCTION", Role: events.RoleReverse},
	"hold":      {Role: events.RoleLight},
	"receive":   {Role: events.RoleUndergo},
	"face":      {Role: events.RoleUndergo},
	"call on":   {Type: "DEMAND", Role: events.RoleDemand},
	"call":      {Type: "CONSULT", Mode: "phone"},
	"push":      {Type: "DEMAND", Role: events.RoleDemand},
	"deploy":    {Type: "MOBILIZE"},
	"return":    {Type: "RETREAT"},
	"withdraw":  {Type: "RETREAT", Role: events.RoleReverse},
}

var testNouns = map[string]events.Sense{
	"ceasefire": {Type: "RETREAT"}, "aid": {Type: "AID"}, "offer": {Type: "AGREE"}, "sanction": {Type: "SANCTION", Restrictive: true},
	"talk": {Type: "CONSULT"}, "exercise": {Type: "COOPERATE"}, "invasion": {Type: "FIGHT"}, "agreement": {Type: "AGREE"},
	"tie": {Type: "SUPPORT"}, "support": {Type: "SUPPORT"}, "strike": {Type: "FIGHT"}, "deal": {Type: "AGREE"}, "proposal": {Type: "AGREE"},
	"criticism": {Type: "DISAPPROVE"}, "hunger strike": {Type: "PROTEST"}, "fire": {Type: "FIGHT"}, "cease-fire": {Type: "RETREAT"},
	"mediation": {Type: "CONSULT", Mode: "mediation"}, "call": {Type: "DEMAND"}, "threat": {Type: "THREATEN"},
}

var testAgents = map[string]string{"president": "GOV", "official": "GOV", "coast guard": "MIL", "ship": "MIL",
	"leader": "GOV", "minister": "GOV", "foreign minister": "GOV", "court": "JUD", "troop": "MIL", "army": "MIL", "vessel": "MIL", "expert": "CVL", "farmer": "AGR"}

func (testLex) Verb(l string) []events.Sense {
	if s, ok := testVerbs[l]; ok {
		s.Rule = "test:" + l
		return []events.Sense{s}
	}
	return nil
}
func (testLex) KnowsVerb(l string) bool                     { _, ok := testVerbs[l]; return ok }
func (testLex) VerbObject(v, o string) (events.Sense, bool) { return events.Sense{}, false }
func (testLex) VerbPrep(v, p, o string) (events.Sense, bool) {
	if v == "call" && p == "for" {
		return events.Sense{Type: "DEMAND", Rule: "test:call for"}, true
	}
	return events.Sense{}, false
}
func (testLex) Noun(l string) (events.Sense, bool) { s, ok := testNouns[l]; return s, ok }

// Agent finds a plural by its singular, as the real lexicon lemmatises ("troops").
func (testLex) Agent(l string) (string, bool) {
	if s, ok := testAgents[l]; ok {
		return s, ok
	}
	s, ok := testAgents[strings.TrimSuffix(l, "s")]
	return s, ok
}

// actors of the test sentences: the name as written and its code.
var testActors = []struct{ name, code string }{
	{"Peru", "PER"}, {"Chile", "CHL"}, {"Bolivia", "BOL"}, {"Japan", "JPN"}, {"Kenya", "KEN"},
	{"Pakistan", "PAK"}, {"India", "IND"}, {"Chinese", "CHN"}, {"Philippine", "PHL"}, {"Iran", "IRN"},
	{"United States", "USA"}, {"Barbados", "BRB"}, {"Ana Ruiz", ""}, {"Lima", "PER"}, {"UN", "IGO"},
}

// code parses one sentence, finds the test actors in it and returns its events as "TYPE SUBJ OBJ".
func code(t *testing.T, text string) []string {
	t.Helper()
	p, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := p.ParseSentence(text, 0, len(text))
	tree := syntax.NewTree(&s)
	var acts []events.Actor
	var names []string
	for _, a := range testActors {
		for from := 0; ; {
			i := strings.Index(text[from:], a.name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(a.name)
			name := a.code
			if name == "" {
				name = a.name
			}
			acts = append(acts, events.Actor{Start: i, End: from, Org: a.code == "IGO", Person: a.code == "", Entity: name})
			names = append(names, name)
		}
	}
	var got []string
	for _, e := range events.Code(tree, acts, testLex{}) {
		s := fmt.Sprintf("%s %s %s", e.Type, names[e.Subject], names[e.Object])
		if e.Status != "" {
			s += " " + e.Status
		}
		if e.SubjectSector != "" {
			s += " by " + e.SubjectSector
		}
		got = append(got, s)
	}
	slices.Sort(got)
	return got
}

// TestConstructions checks one invented sentence for each construction the coder reads.
func TestConstructions(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"transitive", "Peru attacked Chile on Sunday.", []string{"ASSAULT PER CHL"}},
		{"a relative pronoun object stands for the noun its clause modifies", "The sanctions, which Peru imposed on Chile in May, were extended.",
			[]string{"SANCTION PER CHL"}},
		{"a place phrase's noun names no party beside an object naming one", "Peru attacked Chile near the border with Bolivia.",
			[]string{"ASSAULT PER CHL"}},
		{"a place phrase's noun names the party when nothing else does", "Peru deployed troops near the border with Bolivia.",
			[]string{"MOBILIZE PER BOL"}},
		{"a place in a phrase on an object naming an actor is where", "Peru attacked Chilean targets in Bolivia.",
			[]string{"ASSAULT PER CHL"}},
		{"holding talks between two is a mediation with each", "Peru held talks between Chile and Bolivia.",
			[]string{"CONSULT PER BOL", "CONSULT PER CHL"}},
		{"a frame noun takes its compound's event", "Peru launched a mediation effort between Chile and Bolivia.",
			[]string{"CONSULT PER BOL", "CONSULT PER CHL"}},
		{"a passive sharing the subject above acts on it: the by-phrase acts", "Peru resigned after being criticized by Chile.",
			[]string{"DISAPPROVE CHL PER"}},
		{"a conjoined participle with a by-phrase and no auxiliary is a passive", "Peru and Chile met in Lima, criticized by Kenya.",
			[]string{"CONSULT PER CHL", "DISAPPROVE KEN CHL", "DISAPPROVE KEN PER"}},
		{"a quantity's of-phrase names what is moved", "Peru deployed thousands of troops to Chile.",
			[]string{"MOBILIZE PER CHL"}},
		{"a quantity of a sum is a sum", "Peru gave millions of dollars of aid to Chile.",
			[]string{"AID PER CHL"}},
		{"a call with no appeal in it is a telephone call", "Peru received a call from Chile on Monday.",
			[]string{"CONSULT CHL PER"}},
		{"a call for something is an appeal", "Peru received a call from Chile for talks.",
			[]string{"DEMAND CHL PER"}},
		{"coordinated subjects acting on an object act together, not on each other", "Peru and Chile fired them at dawn.",
			nil},
		{"coordinated subjects of an event noun object act together with each other", "Peru and Chile held talks.",
			[]string{"CONSULT PER CHL"}},
		{"what is fired at someone is aimed at them", "Peru fired rockets at Chile on Monday.",
			[]string{"FIGHT PER CHL"}},
		{"a phrase the parser hangs on the verb completes its event noun object", "Speaking to reporters, the minister reiterated Peru's support for the Kenya-backed Government of Chile under the leadership of its president.",
			[]string{"SUPPORT PER CHL"}},
		{"the subject of a copula whose predicate is a mutual event noun takes part in it", "Peru is in talks with Chile.",
			[]string{"CONSULT PER CHL"}},
		{"rejecting a deal between two rejects both", "Peru rejected the deal between Chile and Bolivia.",
			[]string{"REJECT PER BOL", "REJECT PER CHL"}},
		{"coordinated subjects, prepositional object", "Peru and Chile agreed to a ceasefire.", []string{"AGREE PER CHL"}},
		{"control verb", "Peru decided to provide aid to Kenya.", []string{"AGREE PER KEN PROPOSED"}},
		{"a deal on a place is about it, not with it", "Peru and Chile agreed to a deal on Bolivia.", []string{"AGREE PER CHL"}},
		{"adjective of intent", "Peru is ready to provide aid to Kenya.", []string{"AGREE PER KEN PROPOSED"}},
		{"ditransitive", "Japan gave Kenya five million dollars of aid.", []string{"AID JPN KEN"}},
		{"coordinated objects", "Peru attacked Chile and Bolivia.", []string{"ASSAULT PER BOL", "ASSAULT PER CHL"}},
		{"coordinated verbs share the subject", "Peru met Chile and criticized Bolivia.", []string{"CONSULT PER CHL", "DISAPPROVE PER BOL"}},
		{"coordinated verbs share the object", "Peru condemned and sanctioned Chile.", []string{"DISAPPROVE PER CHL", "SANCTION PER CHL"}},
		{"... with an adverb between them", "Peru met and then criticized Chile.", []string{"CONSULT PER CHL", "DISAPPROVE PER CHL"}},
		{"a verb with its own oblique shares no object", "Peru withdrew from the talks and attacked Chile.", []string{"ASSAULT PER CHL"}},
		{"person's office stands for the country", "Pakistan's president rejected an offer from India.", []string{"REJECT PAK IND by GOV"}},
		{"agent with a demonym", "Chinese coast guard ships fired on Philippine vessels.", []string{"FIGHT CHN PHL by MIL"}},
		{"any member acts for an organisation", "A UN expert criticized Peru.", []string{"DISAPPROVE IGO PER by CVL"}},
		{"a thing named by its owner stands for it", "Peru attacked UN peacekeepers.", []string{"ASSAULT PER IGO"}},
		{"a thing of an actor stands for it", "Peru criticized the treatment of Chilean migrants.", []string{"DISAPPROVE PER CHL"}},
		{"its own name before its possessor", "Ana Ruiz's UN mission criticized Peru.", []string{"DISAPPROVE IGO PER"}},
		{"an assault between armed forces is a fight", "The Chinese army attacked Philippine vessels.", []string{"FIGHT CHN PHL by MIL"}},
		{"what is given to an actor is aid", "Japan gave Kenya two ships.", []string{"AID JPN KEN"}},
		{"what is given to an actor is aid, recipient after to", "Japan gave two ships to Kenya.", []string{"AID JPN KEN"}},
		{"giving without a recipient is no event", "Japan gave two ships.", nil},
		{"a reversing verb with no noun withdraws its subject", "Peru's troops withdrew from Chile.", []string{"RETREAT PER CHL by MIL"}},
		{"a circumstance names nothing undone", "Under the agreement, Peru's troops withdrew from Chile.", []string{"RETREAT PER CHL by MIL"}},
		{"what is given to a former office holder is not given to their state", "Japan gave two ships to Kenya's former president.", nil},
		{"a marked clause completes its noun, whose actor does not act in it", "Peru is in talks with the United States about attacking Bolivia.",
			[]string{"CONSULT PER USA"}}, // the talks are Peru's; the attack no one's yet
		{"who announces an act did it", "Peru announced the invasion of Chile.", []string{"FIGHT PER CHL"}},
		{"only an event two do together takes the clause's subject", "Peru spoke about sanctions with Kenya.", nil},
		{"the giver is the subject of the purpose", "Japan provided ships to Kenya to attack Peru.", []string{"AID JPN KEN", "ASSAULT JPN PER"}},
		{"a statement signed says what its signer says", "Peru signed the statement criticizing Chile.", []string{"DISAPPROVE PER CHL"}},
		{"... and one refused says nothing of its refuser's", "Peru refused to sign the statement criticizing Chile.", nil},
		{"what a subject is scheduled to do is planned", "Peru was scheduled to meet Chile.", []string{"AGREE PER CHL PROPOSED"}},
		{"a participle after a comma is an act of its own", "Peru criticized the visit, accusing Chile of meddling.", []string{"DISAPPROVE PER CHL"}},
		{"... but not a verb of saying, which tells the allegation", "Peru criticized Chile, saying it had attacked Bolivia.", []string{"DISAPPROVE PER CHL"}},
		{"the purpose of a planned act is planned", "Japan will provide ships to Kenya to attack Peru.", []string{"AGREE JPN KEN PROPOSED", "THREATEN JPN PER PROPOSED"}},
		{"a relative pronoun subject stands for its antecedent", "It was the Chinese vessels that fired on Philippine ships.", []string{"FIGHT CHN PHL by MIL"}},
		{"undergoing: the noun's from-phrase acts on the subject", "Kenya received aid from Japan.", []string{"AID JPN KEN"}},
		{"undergoing: the noun's owner acts on the subject", "Peru faces Chile's criticism over the border.", []string{"DISAPPROVE CHL PER"}},
		{"undergoing without a source is no event", "Peru received aid.", nil},
		{"\"no\" on the object negates the verb", "Peru held no talks with Chile.", nil},
		{"\"no\" on the object of an infinitive's verb: its purpose", "Peru has no plans to withdraw its troops from Chile.", nil},
		{"an attributive-only adjective hung as xcomp keeps its noun the object", "Peru criticized former President Ana Ruiz.", []string{"DISAPPROVE PER Ana Ruiz"}},
		{"a private person is not their state", "Chilean farmers criticized Peru.", nil},
		{"a participle with a direct object is active: its noun is the subject", "Philippine troops attacked Chilean vessels.", []string{"FIGHT PHL CHL by MIL"}},
		{"the agent of a participle on the object made it", "Peru rejected the proposal made by Chile.", []string{"REJECT PER CHL"}},
		{"passive with agent", "Iran was sanctioned by the United States.", []string{"SANCTION USA IRN"}},
		{"negation", "Peru did not attack Chile.", nil},
		{"negated agreement is a rejection", "Peru did not agree to the deal with Chile.", []string{"REJECT PER CHL"}},
		{"a meeting that did not happen is no event", "Peru did not meet Chile.", nil},
		{"refusing to cooperate in the future is a rejection", "Peru will not hold talks with Chile until it reopens the border.", []string{"REJECT PER CHL"}},
		{"a promise not to fight is no rejection", "Peru will not attack Chile.", nil},
		{"conditional", "If Peru attacks Chile, the region will suffer.", nil},
		{"kin are not whom they are kin to", "Peru criticized the son of Ana Ruiz.", nil},
		{"an open question after a preposition is no fact", "Bolivia has yet to comment on whether Peru attacked Chile.", nil},
		{"modality: speculation", "Peru could attack Chile.", nil},
		{"modality: future is a threat", "Peru will attack Chile.", []string{"THREATEN PER CHL PROPOSED"}},
		{"reported speech: the speaker is not the actor", "Bolivia said Peru attacked Chile.", []string{"ASSAULT PER CHL"}},
		{"relative clause", "Peru, which attacked Chile last year, is rearming.", []string{"ASSAULT PER CHL"}},
		{"leaders of X and Y", "The leaders of Peru and Chile met in Lima.", []string{"CONSULT PER CHL by GOV"}},
		{"a named thing is no actor", "Peru signed the Barbados Agreement.", nil},
		{"lifting economic sanctions is a material concession", "The United States lifted sanctions on Iran.", []string{"RETREAT USA IRN"}},
		{"cutting ties is a sanction", "Peru cut ties with Chile.", []string{"SANCTION PER CHL"}},
		{"refusal", "Peru refused to meet Chile.", []string{"REJECT PER CHL"}},
		{"demand with object control", "Peru urged Chile to lift sanctions on Bolivia.", []string{"DEMAND PER CHL"}},
		{"a demand's clause is mandative", "Peru urged that Chile withdraw its troops.", []string{"DEMAND PER CHL"}},
		{"a clause in the past after a demand verb is a claim", "Peru urged that Chile had withdrawn its troops.", nil},
		{"the purpose of the object of a verb is its subject's", "Peru launched an operation to attack Chile.", []string{"ASSAULT PER CHL PROPOSED"}},
		{"the purpose of a noun is its owner's", "Peru's decision to attack Chile angered Bolivia.", []string{"ASSAULT PER CHL PROPOSED"}},
		{"a purpose of no act is none", "Peru took no steps to attack Chile.", nil},
		{"who answers a proposal answers its author (from)", "Peru accepted a request from Chile.", []string{"AGREE PER CHL"}},
		{"who answers a proposal answers its author (by)", "Peru accepted a proposal by Chile.", []string{"AGREE PER CHL CONCLUDED"}},
		{"the purpose of a threat is threatened", "Peru's threat to attack Chile angered Bolivia.", []string{"THREATEN PER CHL PROPOSED"}},
		{"the purpose of an offer is promised", "Peru's offer to provide aid to Chile was welcomed.", []string{"AGREE PER CHL PROPOSED"}},
		{"a purpose rejected is none", "Peru rejected a request to attack Chile.", nil},
		{"a failure to act is no act", "Peru's failure to attack Chile angered Bolivia.", nil},
		{"threat", "Peru threatened to attack Chile.", []string{"THREATEN PER CHL PROPOSED"}},
		{"what one warns another would do is a prediction", "Peru warned that Bolivia would attack Chile.", nil},
		{"... what one warns it would do a threat", "Peru warned that Peru would attack Chile.", []string{"THREATEN PER CHL PROPOSED"}},
		{"a verb coordinated with a complement is part of it", "Peru threatened to attack Chile and to kill Ana Ruiz.",
			[]string{"THREATEN PER Ana Ruiz PROPOSED", "THREATEN PER CHL PROPOSED"}},
		{"a verb coordinated with the control verb is its own", "Peru refused to meet Chile and criticized Bolivia.",
			[]string{"DISAPPROVE PER BOL", "REJECT PER CHL"}},
		{"denial", "Peru denied attacking Chile.", nil},
		{"an accusation is no fact of the accused", "Peru accused Chile of attacking Bolivia.", []string{"DISAPPROVE PER CHL"}},
		{"nominal event with possessive and of", "Peru's invasion of Chile shocked Bolivia.", []string{"FIGHT PER CHL"}},
		{"nominal event between two actors", "Talks between Peru and Chile resumed.", []string{"CONSULT PER CHL"}},
		{"light verb with event noun", "Peru held talks with Chile.", []string{"CONSULT PER CHL"}},
		{"a verb with a preposition takes its sense from it", "Peru called on Chile to withdraw.", []string{"DEMAND PER CHL"}},
		{"a time says when, and picks no sense", "Peru called Chile on Friday.", nil},
		{"one calls a person", "Peru's president called Ana Ruiz on Friday to discuss the border.", []string{"CONSULT PER Ana Ruiz by GOV"}},
		{"calling someone something is no call", "Peru's president called Ana Ruiz a liar.", nil},
		{"what is mobilised is an armed force", "Peru deployed troops against Chile.", []string{"MOBILIZE PER CHL"}},
		{"observers are no armed force", "Peru deployed observers against Chile.", nil},
		{"a recipient the parser hung inside a long object", "Peru returned a statue stolen from a museum in Lima to Chile.", []string{"RETREAT PER CHL"}},
		{"a to-phrase inside an object is no party to a reaction", "Peru criticized a plan to send troops to Chile.", nil},
		{"a thing of someone's in a noun's phrase is theirs", "Peru condemned the terms of Chile's offer.", []string{"DISAPPROVE PER CHL"}},
		{"a private person is not the state a demonym names", "A Chilean nun criticized Peru.", nil},
		{"a person stands for the organisation they belong to", "UN workers criticized Peru.", []string{"DISAPPROVE IGO PER"}},
		{"urging someone to act is a demand", "Peru pushed Chile to sign the deal.", []string{"DEMAND PER CHL"}},
		{"pushing someone somewhere is no demand", "Peru pushed Chile's troops out of the city.", nil},
		{"an idiom is not the verb's own sense", "Peru gave birth to a new party in Chile.", nil},
		{"a time is no party", "Peru attacked Chile on Monday in 2019.", []string{"ASSAULT PER CHL"}},
		{"where talks are held is no party to them", "Peru held talks with Chile at the UN.", []string{"CONSULT PER CHL"}},
		{"where a meeting is held is no party to it", "The leaders of Peru and Chile met at the UN.", []string{"CONSULT PER CHL by GOV"}},
		{"what is fired at is a target", "Peru fired at Chile.", []string{"FIGHT PER CHL"}},
		{"a deportation is done to the deported, not to where they are sent", "Peru deported Ana Ruiz to Chile.", []string{"COERCE PER Ana Ruiz"}},
		{"an event noun is read with its compound", "Peru held a hunger strike against Chile.", []string{"PROTEST PER CHL"}},
		{"an event noun is read with the word a hyphen joins to it", "Peru announced a cease-fire with Chile.", []string{"RETREAT PER CHL"}},
		{"what an event does its author did", "Chinese strikes killed Philippine troops.", []string{"ASSAULT CHN PHL"}},
		{"what an event does its author did, by a by-phrase", "A strike by Peru killed Kenya's troops.", []string{"ASSAULT PER KEN"}},
		{"an event without an author is no actor", "A strike killed Kenya's troops.", nil},
		{"what is discussed with a partner is the topic", "Peru discussed Bolivia with Chile.", []string{"CONSULT PER CHL"}},
		{"without a partner, what is discussed is the other party", "Peru discussed Bolivia.", []string{"CONSULT PER BOL"}},
		{"question", "Will Peru attack Chile?", nil},
		{"a reaction targets the author of what it reacts to", "Bolivia condemned the invasion of Chile by Peru.", []string{"DISAPPROVE BOL PER"}},
		{"a stance on a whole clause by \"which\" is on its subject", "Peru sanctioned Chile again, which Bolivia condemned.", []string{"DISAPPROVE BOL PER", "SANCTION PER CHL"}},
		{"an act of another's after which one acts is that one's", "Bolivia criticized the plan after Peru's invasion of Chile.", nil},
		{"who a predicate noun's relative clause tells of is the copula's subject", "Bolivia is the only country that criticized Chile.", []string{"DISAPPROVE BOL CHL"}},
		{"a reaction to a possessor's act", "Bolivia rejected Peru's proposal.", []string{"REJECT BOL PER"}},
		{"appositive person", "The foreign minister, Ana Ruiz, criticized Chile.", []string{"DISAPPROVE Ana Ruiz CHL"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := code(t, c.text)
			if !slices.Equal(got, c.want) {
				t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
			}
		})
	}
}

// FuzzCode checks that no sentence and no set of actor spans makes the coder panic.
func FuzzCode(f *testing.F) {
	for _, s := range []string{"Peru attacked Chile.", "Peru and Chile agreed to a ceasefire.", "If Peru attacks, Chile will not.", ""} {
		f.Add(s, 0, 4, 5, 9)
	}
	p, err := syntax.Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, a0, a1, b0, b1 int) {
		s := p.ParseSentence(text, 0, len(text))
		tree := syntax.NewTree(&s)
		acts := []events.Actor{{Start: a0, End: a1}, {Start: b0, End: b1, Org: true}}
		for _, e := range events.Code(tree, acts, testLex{}) {
			if e.Subject < 0 || e.Subject >= len(acts) || e.Object < 0 || e.Object >= len(acts) || e.Subject == e.Object {
				t.Fatalf("bad event %+v", e)
			}
			if e.Trigger < 1 || e.Trigger > len(s.Words) {
				t.Fatalf("trigger %d out of range", e.Trigger)
			}
		}
	})
}
