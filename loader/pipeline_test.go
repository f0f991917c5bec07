package loader

import (
	"slices"
	"strings"
	"testing"

	"newsgraph"
)

// testExtractor is the Extractor the tests of the pipeline share.
var testExtractor = New()

// ploverEvents extracts text and lists its PLOVER events as "TYPE subject object".
func ploverEvents(text string) []string {
	var out []string
	for _, r := range testExtractor.Extract(newsgraph.Article{Text: text}).Relations {
		if newsgraph.IsPLOVER(r.Type) {
			out = append(out, r.Type+" "+r.Subject+" "+r.Object)
		}
	}
	return out
}

// ploverRules is ploverEvents with the rule that read each event ("" for the word rules):
// "TYPE subject object rule".
func ploverRules(text string) []string {
	var out []string
	for _, r := range testExtractor.Extract(newsgraph.Article{Text: text}).Relations {
		if newsgraph.IsPLOVER(r.Type) {
			out = append(out, r.Type+" "+r.Subject+" "+r.Object+" "+r.Rule)
		}
	}
	return out
}

// TestNamesOfDocumentsAndWars: a place inside the name of an agreement or a war or in a
// hyphenated modifier, and a name no list knows that ends in such a word, take part in no event
// (the issue's "a named agreement was read as a country"; EVENT-PITFALLS "a named thing is not
// an actor").
func TestNamesOfDocumentsAndWars(t *testing.T) {
	for _, tc := range []struct{ text, notEntity, notIn string }{
		{"Venezuela rejected the Barbados Agreement signed with the opposition.", "", "country/BRB"},
		{"In 1990 President George Bush mobilized troops for the Gulf War against Iraq.", "person/gulf-war", "person/gulf-war"},
		{"Chile criticized a Washington-backed leader.", "person/washington-backed", "place/washington-usa"},
		{"Brazil was working to protect the Amazon.", "person/amazon", "person/amazon"},
		{"Russian Energy Minister Alexander Novak met Chile's president.", "person/energy", "person/energy"},
		{"North Korea demanded that the US ease sanctions on the Korean Peninsula.", "person/korean-peninsula", "person/korean-peninsula"},
		{"Islamic State fighters encircled Kobani, a Syrian town near the border.", "person/kobani", "person/kobani"},
		{"Google chief executive Sundar Pichai met Chile's president.", "person/google", "person/google"},
		{"Egypt's military-backed government appears to be seeking a more significant role after the Obama administration helped engineer the ouster of Libyan strongman Moammar Qaddafi in 2011.", "agent/engineer", "agent/engineer"},
		{"Kenya sent aid to Uganda in response to Hurricane Maria.", "person/hurricane-maria", "person/hurricane-maria"},
		{"Kenya sent aid to Uganda in response to Cyclone Yasa.", "person/cyclone-yasa", "person/cyclone-yasa"},
		{"The Abraham Accords normalised ties between Israel and the United Arab Emirates.", "person/abraham-accords", "person/abraham-accords"},
		// entities.namedBody: a demonym that opens the name of a private body is not its state
		{"The Peruvian Observatory for Human Rights criticized Chile.", "", "country/PER"},
	} {
		x := testExtractor.Extract(newsgraph.Article{Text: tc.text})
		for _, e := range x.Entities {
			if e.ID == tc.notEntity {
				t.Errorf("%q: got entity %s, want none", tc.text, e.ID)
			}
		}
		for _, r := range x.Relations {
			if r.Subject == tc.notIn || r.Object == tc.notIn {
				t.Errorf("%q: got %s %s %s, want no relation with %s", tc.text, r.Type, r.Subject, r.Object, tc.notIn)
			}
		}
	}
}

// TestUnknownNamesAfterTitles: a name no list knows after an office is its holder
// ("Vice-President Hamilton Mourao" is Hamilton Mourao), and the holder of an "X-held" place is a party
// to what is done to it.
func TestUnknownNamesAfterTitles(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Vice-President Hamilton Mourao criticized Chile.", "DISAPPROVE person/hamilton-mourao country/CHL"},
		{"Iraqi forces began their assault on the ISIS-held old city of Mosul.", "FIGHT country/IRQ org/isis"},
	} {
		x := testExtractor.Extract(newsgraph.Article{Text: tc.text})
		var got []string
		for _, r := range x.Relations {
			got = append(got, r.Type+" "+r.Subject+" "+r.Object)
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: got %v, want %s among them", tc.text, got, tc.want)
		}
	}
}

// TestPersonActsForTheCountry: a person acts for the country of their office, named as the
// relation's agent, once ("Bolivian minister Ana Ruiz": the entity stage gives her the office,
// which the event stage's test actors do not have).
func TestPersonActsForTheCountry(t *testing.T) {
	text := "Bolivian minister Ana Ruiz met Peru's president on Sunday."
	var got []string
	for _, r := range testExtractor.Extract(newsgraph.Article{Text: text}).Relations {
		if newsgraph.IsPLOVER(r.Type) {
			got = append(got, r.Type+" "+r.Subject+" "+r.Object+" by "+r.SubjectAgent)
		}
	}
	if want := []string{"CONSULT country/BOL country/PER by person/ana-ruiz"}; !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestPrivatePersonIsNotTheirState: what is done to a private person is done to them, not to the
// country of their nationality (EVENT-PITFALLS), and a deportation is COERCE against the deported
// (the PLOVER manual), beside DEPORTS_TO where they were sent.
func TestPrivatePersonIsNotTheirState(t *testing.T) {
	for _, tc := range []struct{ text, want, not string }{
		{"Peru arrested an Iraqi refugee, Omar Abdulsattar Ameen, on Sunday.", "COERCE country/PER person/omar-ameen", "country/IRQ"},
		{"The United States deported an Iraqi refugee, Omar Abdulsattar Ameen, to Rwanda.", "COERCE country/USA person/omar-ameen", "country/IRQ"},
	} {
		got := ploverEvents(tc.text)
		if !slices.Contains(got, tc.want) {
			t.Errorf("%q: got %q, want %q among them", tc.text, got, tc.want)
		}
		for _, g := range got {
			if strings.Contains(g, tc.not) {
				t.Errorf("%q: got %q, want no event with %s", tc.text, g, tc.not)
			}
		}
	}
}

// TestDomesticEvents pins the coding of events within one country: by its bodies and people, the
// level at which the two sides differ; never a country with itself, its own agent, or a person
// with the demonym of their own title.
func TestDomesticEvents(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"a body of a country against its leader", "The French Senate rejected President Emmanuel Macron's pension reform.",
			[]string{"REJECT country/FRA person/emmanuel-macron"}},
		{"an agent of a country against a person of it", "Brazilian police arrested former President Jair Bolsonaro.",
			[]string{"COERCE country/BRA person/jair-bolsonaro"}},
		{"two people of one country", "Russian President Vladimir Putin criticized Prime Minister Dmitry Medvedev.",
			[]string{"DISAPPROVE person/vladimir-putin person/dmitry-medvedev"}},
		{"a country's forces against a town of its own", "Iraqi forces shelled Mosul on Monday.",
			[]string{"FIGHT country/IRQ place/mosul"}},
		{"a town where it happens is no party; the protesters there are", "Peruvian police arrested protesters in Lima.",
			[]string{"COERCE country/PER agent/protester"}},
		{"nor where a pronoun is acted on", "Today your military air force is attacking us daily in Iraq.",
			nil},
		{"a noun before the person it names is no verb", "Pentagon press secretary John Kirby spoke on Monday.",
			nil},
		{"a trigger the tree read through an object pattern takes no other class from the word rules, and condemning a named author's act of harm condemns the author", "Kenya strongly condemns the barbaric murder of UK citizen Ana Ruiz by the terrorist group al-Shabaab.",
			[]string{"DISAPPROVE country/KEN org/alshabaab"}},
		{"without its author, the sympathy is with the victim", "Kenya strongly condemns the barbaric murder of UK citizen Ana Ruiz.",
			[]string{"SUPPORT country/KEN person/ana-ruiz"}},
		{"what would have happened did not", "Kenya vetoed a draft resolution presented by Uganda that would have pressured Tanzania over its failure to block arms supplies.",
			[]string{"REJECT country/KEN country/UGA"}},
		{"readying a thing is no mobilisation", "Apple is preparing an all-new MacBook Air for Kenya.",
			nil},
		{"deploying people who are no armed force is no mobilisation (observers are CAMEO's aid, where they go its recipient)", "The European Union has deployed election observers in Zimbabwe for the first time in 16 years.",
			[]string{"AID org/eu country/ZWE"}},
		{"the occasion of an event is no party", "Kenya launched an investigation in the wake of a Ugandan report revealing complaints.",
			nil},
		{"a claim's content read as a relative clause is still its content", "Kenya failed to report allegations that a soldier, Ana Ruiz, had abused Ugandan prisoners in the area.",
			nil},
		{"the body of a province against a town of the country", "The Punjab government imposed a blockade on Lahore.",
			[]string{"COERCE place/punjab-pak place/lahore"}},
		{"a leader and the demonym of his own title are one actor", "Hungarian Prime Minister Viktor Orban pledged his support for the plan.",
			nil},
		{"a country and its own agent are one actor", "France condemned its own army.",
			nil},
	} {
		got := ploverEvents(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: got %v, want %v", c.rule, c.text, got, c.want)
		}
	}
}

// TestGroupActors: groups that act for themselves are entities of their own (agent/…, type
// GROUP, with their sector), never the state their demonym names; a state's agents as objects
// are the subject's own, and an unnamed newspaper reports rather than acts.
func TestGroupActors(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"a group as subject", "Rebels attacked a Malian army base.",
			[]string{"FIGHT agent/rebel country/MLI REB"}}, // rebels against an army: armed force between armed actors
		{"two words that name a group together", "Rebel groups attacked Malian soldiers.",
			[]string{"FIGHT agent/rebel-group country/MLI REB MIL"}},
		{"a plural the tagger read as a name", "Gunmen killed three Kenyan soldiers on Monday.",
			[]string{"ASSAULT agent/gunman country/KEN UAF MIL"}},
		{"a group with its country", "Chilean farmers criticized Peru.",
			[]string{"DISAPPROVE agent/CHL-farmer country/PER AGR"}},
		{"armed men of a country are a group of it, not the state", "Kenya attacked Somali militants on Monday.",
			[]string{"ASSAULT country/KEN agent/SOM-militant  UAF"}},
		{"a state's agents as object are the subject's own", "Japan sent troops to Kenya.",
			nil},
		{"an unnamed newspaper is no actor", "The newspaper criticized Peru.",
			nil},
		{"people are acted on (the dictionary's person nouns)", "The Kenyan police detained 18 people on Monday.",
			[]string{"COERCE country/KEN agent/person COP PPL"}},
		{"a person noun with its country", "The Peruvian police arrested two Chilean suspects.",
			[]string{"COERCE country/PER agent/CHL-suspect COP CVL"}},
		{"a person noun of no acting sector is not a subject", "Two suspects attacked a Peruvian police station.",
			nil},
		{"a state's agents in a country are its own", "Police in Kenya detained 18 people on Monday.",
			[]string{"COERCE country/KEN agent/person COP PPL"}},
		{"a state's agents in a city are a group of its country's agents, not the city", "Police in Nairobi detained 18 people on Monday.",
			[]string{"COERCE agent/KEN-police agent/person COP PPL"}},
		{"a city's name on a state's agents is where they are, not the city acting", "Moscow police detained 18 people on Monday.",
			[]string{"COERCE agent/RUS-police agent/person COP PPL"}},
		{"a city's court is that country's court", "The Delhi High Court rejected the plea of a Nigerian man.",
			[]string{"REJECT agent/IND-high-court agent/NGA-man JUD PPL"}},
		{"what is sent to an actor is no party", "Japan sent peacekeepers to Kenya.",
			nil},
		{"people an actor places are that actor", "Japan helped people in Kenya.",
			nil},
		{"bodies of a group's people are a group of them", "The US military struck militia groups in Iraq.",
			[]string{"FIGHT country/USA agent/militia-group MIL UAF"}},
		{"one such body most often names an organisation, or refers back to one", "Nigeria agreed a truce with the militant group.",
			nil},
		{"a group that acts for itself is a party wherever it is", "Rebels attacked militants in Syria.",
			[]string{"ASSAULT agent/rebel agent/militant REB UAF"}},
		{"a title of a name is that name", "A Turkish court released German journalist Amira Tolu on Monday.",
			nil},
		{"a relational noun names another actor", "Japan criticized its partners.",
			nil},
	} {
		x := testExtractor.Extract(newsgraph.Article{Text: c.text})
		var got []string
		for _, r := range x.Relations {
			if strings.HasPrefix(r.Subject, "agent/") || strings.HasPrefix(r.Object, "agent/") {
				got = append(got, strings.TrimSpace(r.Type+" "+r.Subject+" "+r.Object+" "+r.SubjectSector+" "+r.ObjectSector))
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: got %v, want %v", c.rule, c.text, got, c.want)
		}
		for _, e := range x.Entities {
			if strings.HasPrefix(e.ID, "agent/") && e.Type != newsgraph.Group {
				t.Errorf("%s: entity %s has type %s, want %s", c.rule, e.ID, e.Type, newsgraph.Group)
			}
		}
	}
}

// TestBodiesOfPlaces: a place is no party to a person's doings; a state's body named by a place
// acts as that country's agents ("arrested by Lima police": agent/PER-police).
func TestBodiesOfPlaces(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Ana Ruiz was arrested by Lima police on Monday.", []string{"COERCE agent/PER-police person/ana-ruiz"}},
		{"Ana Ruiz invited him to her home in Lima.", nil},
	} {
		got := ploverEvents(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestPlacedForces: people a state sends or places somewhere are its own, and where they go is
// the party: "in" after a verb of placing, and every conjunct of what is sent.
func TestPlacedForces(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kenya deployed peacekeepers in Somalia.", []string{"AID country/KEN country/SOM"}},
		{"Germany sent peacekeepers and instructors to Iraq.", []string{"AID country/DEU country/IRQ"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestAskedFor: a measure that someone calls for is asked, not done ("called for sanctions
// against Chile" is a demand, no sanction).
func TestAskedFor(t *testing.T) {
	got := ploverEvents("A Peruvian congressional report called for sanctions against Chile.")
	if want := []string{"DEMAND country/PER country/CHL"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestCapitalised: a name no list knows must begin with a capital letter, in any script.
func TestCapitalised(t *testing.T) {
	for _, c := range []struct {
		word string
		want bool
	}{{"Al", true}, {"al", false}, {"Émile", true}, {"élan", false}, {"Øresund", true}, {"", false}, {"1990s", false}} {
		if got := capitalised(c.word); got != c.want {
			t.Errorf("capitalised(%q): got %v, want %v", c.word, got, c.want)
		}
	}
}

// TestOneReadingPerTrigger: where the tree coder read a trigger between two actors, the word
// rules do not add another type for the same trigger and pair ("returned … to Peru" is handing
// back, RETREAT, not a visit).
func TestOneReadingPerTrigger(t *testing.T) {
	got := ploverEvents("Kenya returned six stolen statues to Peru.")
	if want := []string{"RETREAT country/KEN country/PER"}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestOwnAgentsPlace: where the subject's own agent is placed is the other party, read through
// the whole pipeline (the possessive pronoun stands for the subject there): "reopened its
// embassy in X" is cooperation with X (EVENT-PITFALLS: reopening embassies is cooperation),
// "closed its embassy in X" a sanction of X.
func TestOwnAgentsPlace(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Peru reopened its embassy in Chile.", "COOPERATE country/PER country/CHL"},
		{"Peru closed its embassy in Chile.", "SANCTION country/PER country/CHL"},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q: got %v, want [%s]", c.text, got, c.want)
		}
	}
}

// TestCalledPerson: one calls a person, also when the parser makes the demonym of their office the
// head of the phrase ("called Russian Foreign Minister Sergey Lavrov") or an adjective before it
// a predicate ("called new Australian Prime Minister Scott Morrison").
func TestCalledPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"On Monday, Peruvian Foreign Minister Ana Ruiz called Bolivian Foreign Minister Tomas Ibarra to discuss a number of topics.",
			[]string{"CONSULT country/PER country/BOL"}},
		// an adjective before the object is its modifier, not a predicate ("called X a liar");
		// the call's purpose is the caller's: congratulating is support
		{"Prime Minister Benjamin Netanyahu called new Australian Prime Minister Scott Morrison on Wednesday to congratulate him.",
			[]string{"CONSULT country/ISR country/AUS", "SUPPORT country/ISR country/AUS"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAttributionSpeaker: the speaker of a trailing attribution tells the sentence's events and
// takes part in none of them, even where the parser hangs it inside the clause before it; a
// reporting verb with an object of its own is no attribution.
func TestAttributionSpeaker(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"the speaker of a trailing attribution is no party", "Kenya had arrested his brother, Paul Waldie of the Globe and Mail wrote on Twitter.",
			nil},
		{"the events it tells stand", "Kenya attacked Uganda, Paul Waldie of the Globe and Mail wrote on Twitter.",
			[]string{"ASSAULT country/KEN country/UGA"}},
		{"a reporting verb with an object is no attribution", "Officials said that a man, John Mbeki, had been seen in the Kenyan video that announced the arrest of Paul Waldie.",
			[]string{"COERCE country/KEN person/paul-waldie"}},
	} {
		got := ploverEvents(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: got %v, want %v", c.rule, c.text, got, c.want)
		}
	}
}

// TestAcronymNames: a name in capitals spelt as a function word ("IS", "WHO") is read by the
// parser as a name, so the tree coder finds it as a subject or as the owner of a group.
func TestAcronymNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The WHO criticized China on Monday.", []string{"DISAPPROVE org/who country/CHN verb criticize [own:criticize]"}},
		{"IS attacked Kenya on Monday.", []string{"ASSAULT org/isis country/KEN verb attack [own:attack]"}},
		{"Kenya attacked IS fighters near Mosul.", []string{"ASSAULT country/KEN org/isis verb attack [own:attack]"}},
	} {
		got := ploverRules(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestLocativeSubject: where the tree places an actor where an event happened ("in Kenya"), the
// word rules do not make it the event's subject; a group or a state body in a country is that
// country's, and an arrest told without its agent is the state's where it happened.
func TestLocativeSubject(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"the place of an event is not its subject", "A commander of al-Shabaab was killed by an airstrike in Kenya.",
			nil},
		{"where one goes is not the subject either (the traveller fights, the purpose of the journey)", "John Mbeki travelled to Kenya last year to fight al-Shabaab.",
			[]string{"FIGHT person/john-mbeki org/alshabaab"}},
		{"a group in a country is that country's", "Opposition groups in Kenya criticized Uganda.",
			[]string{"DISAPPROVE country/KEN country/UGA"}},
		{"an arrest without its agent is the state's", "John Mbeki was arrested in Rwanda on Monday.",
			[]string{"COERCE country/RWA person/john-mbeki"}},
		{"and so is one told with another verb", "John Mbeki was arrested and jailed in Rwanda on Monday.",
			[]string{"COERCE country/RWA person/john-mbeki"}},
		{"but not where the place is another verb's", "UN workers are currently banned from entering rebel-held areas in Kenya.",
			nil},
		{"nor where the in is a particle and the place where they came from", "At least 10 Islamic State operatives were detained trying to come in from Mexico.",
			nil},
	} {
		got := ploverEvents(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q: got %v, want %v", c.rule, c.text, got, c.want)
		}
	}
}

// TestOwnerOfPerson: the word rules do not act on a person the tree shows only as another
// person's ("Foley's killer", "Baghdadi's wife").
func TestOwnerOfPerson(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kenya sent experts to help identify John Mbeki's killer.", nil},
		{"Kenyan police interrogated John Mbeki's wife on Monday.", []string{"INVESTIGATE country/KEN agent/wife"}},
		{"Kenyan police interrogated John Mbeki on Monday.", []string{"INVESTIGATE country/KEN person/john-mbeki"}},
	} {
		got := ploverEvents(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDefiniteAgentNamedBefore: "the army" or "the court" is the one named before with its
// country or as a body's name, not the country the article names most.
func TestDefiniteAgentNamedBefore(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Uganda met Tanzania in Kampala. Uganda praised the Kenyan army. On Monday the army attacked Tanzania.",
			[]string{"CONSULT country/UGA country/TZA", "SUPPORT country/UGA country/KEN", "ASSAULT country/KEN country/TZA"}},
		{"Uganda met Tanzania in Kampala. Uganda praised Tanzania. On Monday the army attacked Tanzania.",
			[]string{"CONSULT country/UGA country/TZA", "SUPPORT country/UGA country/TZA", "ASSAULT country/UGA country/TZA"}},
	} {
		got := ploverEvents(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestCommunicationObject: what is released or given is no one freed or aided when it is a
// communication (a video, a statement, details), even where the word rules read the sentence.
func TestCommunicationObject(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Al-Shabaab releases video showing beheading of Ugandan aid worker John Mbeki", nil},
		{"Kenya released a statement to Uganda saying it was saddened by the events.", nil},
		{"Kenya gave details of the attack to Uganda on Monday.", nil},
		{"Kenya released two Ugandan soldiers on Monday.", []string{"RETREAT country/KEN country/UGA"}},
	} {
		got := ploverEvents(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestDemonymDescribingOrg: a demonym before the kind and the name of an organisation ("Nigerian
// terror group Boko Haram") says where it is based; the organisation acts, not the country,
// even where only the word rules read the sentence.
func TestDemonymDescribingOrg(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Nigerian terror group Boko Haram also pledged allegiance to ISIS in 2014, and Nigeria experienced its own scare with Ebola after a number of cases of the virus were reported, but the country was declared Ebola-free by October.",
			[]string{"AGREE org/bokoharam org/isis"}},
		{"The Nigerian government held talks with Boko Haram.", []string{"CONSULT country/NGA org/bokoharam"}},
	} {
		got := ploverEvents(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestEventCounts: a noun that counts events ("a new round of sanctions", "a wave of attacks")
// stands for the events it counts, as a unit stands for what it measures.
func TestEventCounts(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The U.S. and Europe slapped a new round of economic sanctions on Russia.", []string{"SANCTION country/USA country/RUS verb slap [own:slap * sanction]"}},
		{"Peru launched a wave of attacks on Chile.", []string{"FIGHT country/PER country/CHL verb launch [cameo:LAUNCH * ATTACK]"}},
	} {
		got := ploverRules(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestReducedPassive: the noun a past participle hangs on ("an American journalist kidnapped in
// Syria") is what the act befell: no actor in its phrase did it, even for the word rules; a
// participle that is the clause's verb, misread ("Swiss doctors handed over medicine to X"), is
// no such participle.
func TestReducedPassive(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Militants claim to have beheaded a man identified as John Mbeki, a Kenyan journalist kidnapped in Somalia in late 2012, in a video posted on the internet.", []string{"ASSAULT agent/militant agent/man"}},
		{"Swiss doctors handed over 700 kg of medicine to the Red Crescent in Bam, Iran.", []string{"COOPERATE country/CHE org/ifrc"}},
	} {
		got := ploverEvents(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestVerbPatternOnTheObjectsPhrase: a prepositional phrase that the parser hangs on the object
// is the verb's when the verb's patterns name it ("held villagers as human shields" is CAMEO's
// 184, ASSAULT), and an arrest at a protest or of journalists is COERCE arrest (the manual's
// "coercive uses of power falling short of violence"), not CAMEO's violent repression (175).
func TestVerbPatternOnTheObjectsPhrase(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Boko Haram fighters held hundreds of villagers as human shields in Borno.", []string{"ASSAULT org/bokoharam agent/villager"}},
		{"Ecuadorian police have arrested dozens of journalists during a protest.", []string{"COERCE country/ECU agent/journalist"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestFoughtBeside: the ones fought beside are no target ("fought alongside the Kurds", "on the
// side of ISIS", "on the Ukrainian side"), in the word rules and in the tree.
func TestFoughtBeside(t *testing.T) {
	for _, c := range []struct{ text, notIn string }{
		{"Ana Ruiz went to Syria in 2013 to fight on the side of ISIS.", "org/isis"},
		{"In September a car bomb killed a Chechen who had fought on the Ukrainian side.", "country/UKR"},
		{"Ana Ruiz volunteered to fight alongside Kurdish fighters.", "agent/fighter"},
		{"Ana Ruiz fought beside Peru's soldiers.", "country/PER"},
		{"Ana Ruiz was accused of trying to fight with Somali terror group Al-Shabaab in east Africa.", "org/alshabaab"},
	} {
		for _, r := range ploverEvents(c.text) {
			if strings.Contains(r, " "+c.notIn) {
				t.Errorf("%q: got %s, want no event with %s", c.text, r, c.notIn)
			}
		}
	}
}

// TestHandedToRecipient: what is handed over stands for its owner only when no recipient is
// named ("returned six Iraqi artifacts" is a return to Iraq; "returned a sculpture of Marcus
// Aurelius to Algeria" is a return to Algeria alone).
func TestHandedToRecipient(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"The United States returned a sculpture of Emperor Marcus Aurelius to Algeria.", []string{"RETREAT country/USA country/DZA"}},
		{"Peru returned six Iraqi artifacts.", []string{"RETREAT country/PER country/IRQ"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestMilitaryStrikes: "strikes" by armed forces are military strikes (FIGHT), in the tree and
// the word rules; by others they stay a labour protest.
func TestMilitaryStrikes(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Egyptian military jets reportedly have conducted strikes inside Libya against Libyan Dawn positions recently.", "FIGHT country/EGY country/LBY"},
		{"Kenyan troops carried out strikes on al-Shabaab camps.", "FIGHT country/KEN org/alshabaab"},
		{"Nigerian doctors staged strikes against the government of Ghana.", "PROTEST country/NGA country/GHA"},
	} {
		if got := ploverEvents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: got %q, want %s among them", c.text, got, c.want)
		}
	}
}

// TestDemonstratedWhat: "demonstrate", "rally" and "march" are protests only without a direct
// object; with one they show or gather something ("demonstrated its resolve").
func TestDemonstratedWhat(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Thousands of Kenyans demonstrated against Uganda on Monday.", []string{"PROTEST country/KEN country/UGA"}},
		{"The death of Ana Ruiz demonstrated Kenya's resolve against Uganda.", nil},
		{"Ana Ruiz demonstrated her amazing ability in Uganda.", nil},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestObjectControl: the one allowed, urged or ordered to act is the subject of what they do,
// also where the parser labels them an indirect object ("allow the World Food Program to
// deliver food": the WFP delivers it, not Kenya).
func TestObjectControl(t *testing.T) {
	text := "Kenya said it would allow the World Food Program (WFP) to deliver food to Uganda."
	want := []string{"AGREE country/KEN org/wfp", "AID org/wfp country/UGA"}
	if got := ploverEvents(text); !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestPurposeOfWhatIsGiven: the purpose of a thing given is the giver's ("donated a shipment of
// ventilators and other equipment to assist Uganda": Kenya assists), also where the parser hangs
// the purpose on the thing.
func TestPurposeOfWhatIsGiven(t *testing.T) {
	text := "The Kenyan government has donated a shipment of 250 ventilators and other critical care equipment to assist Uganda with its response to COVID-19."
	if got, want := ploverEvents(text), "AID country/KEN country/UGA"; !slices.Contains(got, want) {
		t.Errorf("%q: got %q, want %s among them", text, got, want)
	}
}

// TestReducedPassiveAgent: a passive participle hung on a noun has the noun as its patient and its
// by-phrase as its agent ("two journalists kidnapped by al-Shabaab"); a phrase the parser labels
// an agent without "by" is none ("A Zimbabwean court on Tuesday freed activist pastor Evan
// Mawarire", the verb read as a participle, did not have Mawarire free the court).
func TestReducedPassiveAgent(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Two journalists kidnapped by al-Shabaab in Somalia were freed.", "COERCE org/alshabaab agent/journalist", ""},
		{"The number of people evacuated from Haiti by Kenya is 10,500.", "AID country/KEN agent/person", ""},
		{"A Zimbabwean court on Tuesday freed activist pastor Evan Mawarire, a critic of President Robert Mugabe.", "", "RETREAT person/evan-mawarire country/ZWE"},
	} {
		got := ploverEvents(c.text)
		if c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: got %q, want %s among them", c.text, got, c.want)
		}
		if c.not != "" && slices.Contains(got, c.not) {
			t.Errorf("%q: got %q, want no %s", c.text, got, c.not)
		}
	}
}

// TestOrderedArrest: an arrest ordered is carried out (CAMEO's ORDER * ARREST), in the word rules
// as in the tree: the word rules know "arrest" and "detention" as COERCE nouns.
func TestOrderedArrest(t *testing.T) {
	text := "A Kenyan court has ordered the arrest and detention of former Kenyan President Wanjiru Mbeki for alleged money laundering."
	want := []string{"COERCE country/KEN person/wanjiru-mbeki"}
	if got := ploverEvents(text); !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestPurposeOfComplement: the purpose of a control verb's complement is governed as the
// complement is ("offered to send troops to help Uganda" offers the help, "refused to send troops
// to help Uganda" refuses it); an act's own purpose is done ("sent troops to help Uganda").
func TestPurposeOfComplement(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kenya has offered to send troops to help Uganda.", []string{"AGREE country/KEN country/UGA"}},
		{"Kenya refused to send troops to help Uganda.", []string{"REJECT country/KEN country/UGA"}},
		{"Kenya sent troops to help Uganda.", []string{"AID country/KEN country/UGA"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDemandedActIsNoFact: what is demanded is not done, and the word rules do not read it as
// done either ("a resolution demanding the administration cut off aid to X" cuts nothing off).
func TestDemandedActIsNoFact(t *testing.T) {
	text := "The Kenyan parliament is considering a resolution demanding the Ugandan government cut off all military aid to Rwanda."
	for _, e := range ploverEvents(text) {
		if strings.HasPrefix(e, "SANCTION") {
			t.Errorf("%q: got %s, want no sanction (it is only demanded)", text, e)
		}
	}
}

// TestEndedVisit: ending a visit, on time or early, is the visit made, not a sanction of the host
// (the word rules read "ending … trip in Kampala" when the parse goes wrong); cancelling one is a
// rejection.
func TestEndedVisit(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Former Kenyan President Mwai Kibaki is ending a five-day international trip in Kampala, where he had lunch with Ugandan President Yoweri Museveni and gave a speech to business leaders.", ""},
		{"Kenya's president ended a three-day visit to Uganda on Friday.", "CONSULT country/KEN country/UGA"},
		{"Kenyan President Mwai Kibaki cut short his trip to Uganda to attend the funeral.", "CONSULT country/KEN country/UGA"},
		{"Kenya cancelled a visit to Uganda.", "REJECT country/KEN country/UGA"},
	} {
		got := ploverEvents(c.text)
		if c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: got %q, want %s among them", c.text, got, c.want)
		}
		for _, e := range got {
			if strings.HasPrefix(e, "SANCTION") {
				t.Errorf("%q: got %s, want no sanction", c.text, e)
			}
		}
	}
}

// TestComplementOfAllegation: the complement of a verb not told as fact is none either ("accused
// of plotting to attack a newspaper" alleges the attack too), for the word rules as for the tree.
func TestComplementOfAllegation(t *testing.T) {
	text := "Kenyan investigators shared evidence with Uganda against David Otieno, a Rwandan national previously accused of plotting to attack a Tanzanian newspaper."
	for _, e := range ploverEvents(text) {
		if strings.HasPrefix(e, "ASSAULT") {
			t.Errorf("%q: got %s, want no assault (it is alleged)", text, e)
		}
	}
}

// TestCooperationAgainst: cooperation is with someone; "against" names its opponent or target,
// no partner ("shared evidence with Uganda against Otieno"), while for conflict it names the
// target ("imposed sanctions against Uganda").
func TestCooperationAgainst(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kenya shared evidence with Uganda against David Otieno.", []string{"COOPERATE country/KEN country/UGA"}},
		{"Kenya imposed sanctions against Uganda.", []string{"SANCTION country/KEN country/UGA"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAttackInWords: an attack told as words is a disapproval, not force: one called scathing or
// verbal, one made in a speech, one the attacker's words go with ("calling them …"); an attack
// with none of these stays an assault.
func TestAttackInWords(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Former Kenyan prime minister Raila Odinga has launched an extraordinary attack on Uganda's spy chiefs, calling them incompetent.", "DISAPPROVE person/raila-odinga agent/UGA-chief"},
		{"Kenya's president launched a scathing attack on Uganda.", "DISAPPROVE country/KEN country/UGA"},
		{"Kenya's president attacked Uganda in a speech on Monday.", "DISAPPROVE country/KEN country/UGA"},
		{"Kenyan troops attacked Uganda on Monday.", "ASSAULT country/KEN country/UGA"},
	} {
		if got := ploverEvents(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%q: got %q, want %s among them", c.text, got, c.want)
		}
	}
}

// TestReducedPassiveInWordRules: the word rules read a participle after its noun as a passive
// hung on it when its agent follows after "by", perhaps after a time ("schoolgirls kidnapped
// earlier this year by al-Shabaab"), or when a comma comes before it and a preposition after it
// ("10 Kenyan workers, kidnapped in Somalia": no one kidnapped Somalia); a passive's agent is
// not sought past a comma ("Foley, captured in 2012, has been beheaded by ISIS": ISIS beheaded
// him, the capture has no agent in the sentence).
func TestReducedPassiveInWordRules(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"The Kenyan schoolgirls kidnapped earlier this year by Islamist militant group al-Shabaab look set to be released following a ceasefire agreement with the Kenyan military.",
			"COERCE org/alshabaab country/KEN", "COERCE country/KEN org/alshabaab"},
		{"Security sources in neighbouring Ethiopia said Ethiopian mediators had been involved in the discussions, which were part of a larger deal that led to the release a week ago of 27 hostages, including 10 Kenyan workers, kidnapped in Somalia.",
			"", "COERCE country/KEN country/SOM"},
		{"Media are reporting that journalist James Foley, captured in 2012, has been beheaded by ISIS.",
			"ASSAULT org/isis person/james-foley", "FIGHT org/isis person/james-foley"},
	} {
		got := ploverEvents(c.text)
		if c.want != "" && !slices.Contains(got, c.want) {
			t.Errorf("%q: got %q, want %s among them", c.text, got, c.want)
		}
		if slices.Contains(got, c.not) {
			t.Errorf("%q: got %q, want no %s", c.text, got, c.not)
		}
	}
}

// TestVenueOfNounEvent: the word rules take the party of an event noun from its own phrase, not
// past the clause's verb or from the place cooperation was held in ("negotiations with the
// Islamists were ongoing in Uganda", "a meeting with cardinals at the Vatican").
func TestVenueOfNounEvent(t *testing.T) {
	for _, c := range []struct{ text, not string }{
		{"Despite those incidents, Kenya insisted negotiations with the Islamists were ongoing in Uganda.", "CONSULT country/KEN country/UGA"},
		{"The Kenyan president greets a crowd on his way to a meeting with cardinals at the Vatican on Feb. 21, 2014.", "CONSULT country/KEN country/VAT"},
	} {
		if got := ploverEvents(c.text); slices.Contains(got, c.not) {
			t.Errorf("%q: got %q, want no %s", c.text, got, c.not)
		}
	}
}

// TestBroadCAMEODefaults: a CAMEO verb whose default is one sense of many names no event by
// itself ("expose the world to the suffering", "affected by the violence", "swept across the
// border"); "rule out" is a rejection, as CAMEO's REFUSE block has it.
func TestBroadCAMEODefaults(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"He gave his life trying to expose the world to the suffering of the Kenyan people.", nil},
		{"The programs target displaced children and others who are affected by the violence in Kenya.", nil},
		{"The agency is helping thousands of people impacted by flooding in Malawi and Kenya.", nil},
		{"Supporters of the Kenyan pilot Moses Kipchoge gathered in Nairobi on Tuesday.", nil},
		{"Britain ruled out an alliance with the Kenyan government.", []string{"REJECT country/GBR country/KEN"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestStrikesAgainstActors: strikes "against" or "on" a country or a listed organisation are
// military strikes (FIGHT), not labour protests, in the word rules too.
func TestStrikesAgainstActors(t *testing.T) {
	text := "In the video, al-Shabaab says that Kenya's authorization of strikes against al-Shabaab places Kenya on a slippery slope."
	if got, want := ploverEvents(text), "FIGHT country/KEN org/alshabaab"; !slices.Contains(got, want) {
		t.Errorf("%q: got %q, want %s among them", text, got, want)
	}
}

// TestThanksTo: "thanks to" is "because of", no thanking, in the word rules too.
func TestThanksTo(t *testing.T) {
	text := "Now Kenya watchers believe Uganda may be the next prime location, largely thanks to the popularity of tea among the ruling elite."
	if got := ploverEvents(text); len(got) > 0 {
		t.Errorf("%q: got %q, want no event", text, got)
	}
}

// TestPassiveControl: "was not allowed to", "was asked to" leave the complement no fact and name
// no one who allowed or asked; "was allowed to", "was forced to" did happen; "was urged by X to"
// is X's demand; "called on" after a comma is the particle verb, no reduced passive.
func TestPassiveControl(t *testing.T) {
	arrival := "Kenyan President William Ruto arrived in Riyadh on Friday. "
	for _, c := range []struct {
		text string
		want []string
	}{
		{arrival + "However, he was not permitted to meet the new Saudi king.", nil},
		{arrival + "He was asked to meet Saudi King Salman.", nil},
		{arrival + "He was allowed to meet Saudi King Salman.", []string{"CONSULT country/KEN country/SAU"}},
		{"Kenyan President William Ruto was forced to meet Saudi King Salman.", []string{"CONSULT country/KEN country/SAU"}},
		{"Kenya was urged by the United Nations to withdraw its troops from Somalia.", []string{"DEMAND org/un country/KEN"}},
		{"The speaker of the Kenyan parliament, Moses Wetangula, called on Sunday to the United States to lift its sanctions.",
			[]string{"DEMAND person/moses-wetangula country/USA"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAgentNamedInApposition: the tree reads a subject hung on a fronted time ("In January, the
// Kenyan defence minister, Aden Duale, agreed"), the named office holder in apposition acts
// (for the country of the office), and "his Ugandan counterpart" acts for Uganda, not for "his"
// side.
func TestAgentNamedInApposition(t *testing.T) {
	for _, text := range []string{
		"In January, the Kenyan defence minister, Aden Duale, agreed with his Ugandan counterpart to exchange military technology.",
		"The Kenyan defence minister, Aden Duale, agreed with his Ugandan counterpart to exchange military technology.",
	} {
		var got []string
		for _, r := range testExtractor.Extract(newsgraph.Article{Text: text}).Relations {
			if newsgraph.IsPLOVER(r.Type) {
				got = append(got, r.Type+" "+r.Subject+" "+r.Object+" by "+r.SubjectAgent+" "+r.Rule)
			}
		}
		if want := []string{"AGREE country/KEN country/UGA by person/aden-duale control agree [own:agree]"}; !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// TestReproachIsNoForce: an attack verb with a reason for reproach ("for failing to", "over its
// handling of") is an attack in words; one in retaliation, or over a time, stays force.
func TestReproachIsNoForce(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kenyan lawmakers blasted the Ugandan defence minister for failing to notify them.", []string{"DISAPPROVE country/KEN country/UGA"}},
		{"Kenyan lawmakers slammed Uganda over its handling of the border dispute.", []string{"DISAPPROVE country/KEN country/UGA"}},
		{"Russian jets hit the Syrian town of Idlib over the weekend.", []string{"FIGHT country/RUS country/SYR"}},
		{"US drones targeted Somali militants over the border.", []string{"FIGHT country/USA agent/SOM-militant"}},
		{"Al-Shabaab attacked the mall in Nairobi in retaliation against Kenya for sending troops into Somalia.", []string{"ASSAULT org/alshabaab country/KEN"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestWeaponsAttack: a weapon stands for whoever launched it ("drones launched from Yemen") and
// makes a broad verb of force an attack ("was hit by Iranian missiles"); a strike by a state is
// military, one by teachers a labour protest.
func TestWeaponsAttack(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Saudi Arabia was hit by drones launched from Yemen.", []string{"FIGHT country/YEM country/SAU"}},
		{"Saudi oil facilities were hit by Iranian missiles.", []string{"FIGHT country/IRN country/SAU"}},
		{"Israeli strikes on Syria killed ten soldiers.", []string{"FIGHT country/ISR country/SYR"}},
		{"A US drone targeted the al-Shabaab leader in Somalia.", []string{"FIGHT country/USA org/alshabaab"}},
		{"Kenyan teachers went on strike over pay.", nil},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestParticipleJoinedToName: a participle the parser joins to a name as a conjunct ("US hostage
// Luke Somers, 33, kidnapped a year ago in Sanaa") befell the name's phrase: no one in it did
// the kidnapping.
func TestParticipleJoinedToName(t *testing.T) {
	text := "A video shows US hostage Luke Somers, 33, kidnapped more than a year ago in the Yemeni capital Sanaa."
	if got := ploverEvents(text); len(got) > 0 {
		t.Errorf("%q: got %q, want no event", text, got)
	}
}

// TestPronounForStateAgents: "they" after "Nigerian officials announced" stands for Nigeria, the
// state the officials act for, not for the subject of the sentence before.
func TestPronounForStateAgents(t *testing.T) {
	text := "Kenyan military officials acknowledged that they had bombed an al-Shabaab camp in Somalia. " +
		"Nigerian officials announced they had agreed to a ceasefire with Boko Haram."
	got := ploverEvents(text)
	want := []string{"ASSAULT country/KEN org/alshabaab", "AGREE country/NGA org/bokoharam"}
	if !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestNounPartnerAfterSetting: an event noun's partner may follow its time and venue ("a meeting
// last March in Nairobi with Ugandan President Yoweri Museveni").
func TestNounPartnerAfterSetting(t *testing.T) {
	text := "Kenyan President William Ruto, in a meeting last March in Nairobi with Ugandan President Yoweri Museveni, agreed to a new programme."
	if got, want := ploverEvents(text), []string{"CONSULT country/KEN country/UGA"}; !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestNoNameFromAdverbOrDeity: a sentence's first word that the dictionary knows only as another
// class than a noun ("Nonetheless", "Pictured") and a deity are no unknown names to act.
func TestNoNameFromAdverbOrDeity(t *testing.T) {
	for _, text := range []string{
		"Nonetheless, the joke struck a nerve with Kenyan lawmaker Ruth Odinga.",
		"The Kenyan pastor Paul Mackenzie says he went to heaven and met God.",
	} {
		for _, r := range testExtractor.Extract(newsgraph.Article{Text: text}).Relations {
			if newsgraph.IsPLOVER(r.Type) && (strings.Contains(r.Subject, "nonetheless") || strings.Contains(r.Object, "god")) {
				t.Errorf("%q: got %s %s %s", text, r.Type, r.Subject, r.Object)
			}
		}
	}
}

// TestSignedDocumentOfOneSide: signing a decree, a law or a letter is no agreement with anyone.
func TestSignedDocumentOfOneSide(t *testing.T) {
	for _, text := range []string{
		"Kenyan President William Ruto signed a decree to simplify the process for Ugandan citizens to get Kenyan citizenship.",
		"On Monday, Kenyan politicians signed a letter that called for action against al-Shabaab, and for the rescue of the captives.",
	} {
		for _, got := range ploverEvents(text) {
			if strings.HasPrefix(got, "AGREE") {
				t.Errorf("%q: got %q, want no AGREE", text, got)
			}
		}
	}
}

// TestParticleReadAsAdverb: a particle the parser reads as an adverb right after its verb still
// makes the verb's phrase ("cracked down on": COERCE, not a crack's assault).
func TestParticleReadAsAdverb(t *testing.T) {
	text := "The Lebanese security forces have cracked down on the group’s sympathizers and the intelligence services have been extra vigilant on the borders with Syria."
	if got, want := ploverEvents(text), []string{"COERCE country/LBN agent/sympathizer"}; !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestUndoingAPlan: undoing a decision, an order or a plan to act undoes the act ("revoked its
// order to expel Ugandan traders" eases a measure, it imposes none), and a ban overturned is
// lifted.
func TestUndoingAPlan(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kenya revoked its order to expel Ugandan traders.", []string{"RETREAT country/KEN agent/UGA-trader"}},
		{"Kenya cancelled plans to deport Somali refugees.", []string{"CONCEDE country/KEN agent/SOM-refugee"}},
		{"The Kenyan court overturned a ban on Rwandan imports.", []string{"CONCEDE country/KEN country/RWA"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestUndergoneInWordRules: the word rules read an event noun that the subject undergoes, done by
// a "from" phrase ("faces widespread international criticism from the UN"), as the tree does.
func TestUndergoneInWordRules(t *testing.T) {
	text := "Today, Kenya's government faces widespread international criticism from the U.N. over its detention of activists."
	found := false
	for _, got := range ploverEvents(text) {
		found = found || got == "DISAPPROVE org/un country/KEN"
	}
	if !found {
		t.Errorf("%q: got %q, want DISAPPROVE org/un country/KEN among them", text, ploverEvents(text))
	}
}

// TestActNounIsNoGroup: a noun whose first senses are an act ("insurgency") names no group of
// people to act or be acted on, though a lexicon of agents lists it.
func TestActNounIsNoGroup(t *testing.T) {
	text := "After a bloody government crackdown in 2009, Boko Haram launched a broad insurgency."
	for _, got := range ploverEvents(text) {
		if strings.Contains(got, "agent/insurgency") {
			t.Errorf("%q: got %q, want no group insurgency", text, got)
		}
	}
}

// TestSpeculativePurposeProposed: what the tree reads as speculation ("could use its navy to
// attack") the word rules may still read, but only as proposed.
func TestSpeculativePurposeProposed(t *testing.T) {
	rels := testExtractor.Extract(newsgraph.Article{Text: "Britain could use its navy to attack Kenyan ships."}).Relations
	var got []string
	for _, r := range rels {
		if newsgraph.IsPLOVER(r.Type) {
			got = append(got, r.Type+" "+r.Subject+" "+r.Object+" "+r.Status)
		}
	}
	if want := []string{"FIGHT country/GBR country/KEN PROPOSED"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBrandNames: one capitalised common noun no list knows, acting, is a brand or body, not a
// person ("Apple asked …"); a noun of people stays a person ("a Kurd").
func TestBrandNames(t *testing.T) {
	for _, c := range []struct{ text, id, typ string }{
		{"In the meanwhile, Apple asked Kenya to delay the launch.", "org/apple", newsgraph.Organization},
		{"Mr Abdulla said the man was killed after he beheaded a Kurd.", "person/kurd", newsgraph.Person},
	} {
		got := ""
		for _, e := range testExtractor.Extract(newsgraph.Article{Text: c.text}).Entities {
			if e.ID == c.id {
				got = e.Type
			}
		}
		if got != c.typ {
			t.Errorf("%q: %s is %q, want %q", c.text, c.id, got, c.typ)
		}
	}
}

// TestSendingPeople: people sent to a place go there, nothing is given to it; a thing sent, or
// people who receive a second object, keep the reading of aid.
func TestSendingPeople(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"The Obama administration sent two senators to Kenya.", nil},
		{"Ethiopia's premier met a senior U.S. lawmaker sent to Addis Ababa by President Joe Biden.", []string{"CONSULT country/ETH country/USA"}},
		{"Iraq sent Lebanese authorities DNA samples.", []string{"AID country/IRQ country/LBN"}},
		{"The United States sent medical equipment to Kenya.", []string{"AID country/USA country/KEN"}},
	})
}

// TestSumForAid: what a sum is "for" is what is given, as what a quantity is "of".
func TestSumForAid(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"The Vice President announced the U.S. government had provided $340 million for assistance in northern Iraq.", []string{"AID country/USA country/IRQ"}},
		{"Japan has given 5 million euros for humanitarian aid to Ukraine.", []string{"AID country/JPN country/UKR"}},
	})
}

// TestPassiveSubjectsActNot: the subject of a passive is what the act befell; the word rules do
// not make it the one who acts, unless the participle tells a state its subject brings about
// ("were engaged in").
func TestPassiveSubjectsActNot(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Gill Rosenberg was extradited to the United States in 2009.", nil},
		{"Somali rebel leader killed in U.S. strike.", []string{"ASSAULT country/USA agent/SOM-rebel-leader"}},
		{"Israel extradited Gill Rosenberg to the United States in 2009.", []string{"COOPERATE country/ISR person/gill-rosenberg", "COOPERATE country/ISR country/USA"}},
		{"Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian population of the province.", []string{"ASSAULT country/SRB country/MNE"}},
	})
}

// TestAccordingToTells: the noun of "according to" is the source of what the sentence tells,
// no party to it.
func TestAccordingToTells(t *testing.T) {
	text := "Hassan Tukur is an aide. Nigerian officials met with Boko Haram in Chad during talks mediated by Chadian President Idriss Deby, according to Tukur."
	for _, got := range ploverEvents(text) {
		if strings.Contains(got, "person/hassan-tukur") {
			t.Errorf("%q: got %q, the source of the report as a party", text, got)
		}
	}
	wantAmong(t, text, "CONSULT country/NGA org/bokoharam")
}

// TestTreeActorNotReversed: a word rule does not make the one the tree reads as acting at a
// trigger the object of that act; a mutual act has two who act.
func TestTreeActorNotReversed(t *testing.T) {
	text := "Ahmed Godane led the group. He is believed among six people killed in a U.S. airstrike on two cars near Barawe."
	wantNotAmong(t, text, "ASSAULT person/ahmed-godane country/USA")
	text = "On Sunday, troops from the 7th Division of the Nigerian Army fought dozens of suspected members of Boko Haram in the town of Damboa."
	wantAmong(t, text, "FIGHT country/NGA org/bokoharam")
}

// TestCivilCraftNoAgent: "the ship" alone is no agent of the country the article is about; a
// ship with a demonym is its country's.
func TestCivilCraftNoAgent(t *testing.T) {
	text := "An Israeli raid on a refugee camp in the West Bank left four Palestinians dead. The ship was seized by Iranian forces in the Strait of Hormuz."
	wantNotAmong(t, text, "COERCE country/IRN country/PSE")
	text = "Chinese coast guard ships fired water cannon at a Philippine supply boat."
	wantAmong(t, text, "FIGHT country/CHN country/PHL")
}

// TestHyphenModifiedAgent: "the Washington-backed leader" is tied to its backer by the sentence
// and stands for the article's country no more than for the backer; "the Saudi-led coalition"
// acts for the one who leads it.
func TestHyphenModifiedAgent(t *testing.T) {
	text := "Russia and Ukraine traded blame on Monday. The Washington-backed leader met the Iranian foreign minister in Geneva."
	for _, got := range ploverEvents(text) {
		if strings.HasPrefix(got, "CONSULT") {
			t.Errorf("%q: got %q, the backed leader read as the article's country", text, got)
		}
	}
	text = "Yemen's rebels fought on. The Saudi-led coalition struck Houthi positions near Sanaa."
	wantAmong(t, text, "FIGHT country/SAU org/houthis")
}

// TestFoughtTogether: coordinated subjects of a verb of fighting with an object that names no
// party fight it together, not each other; with "each other" they fight each other.
func TestFoughtTogether(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Kenyan police and Ugandan soldiers battled the flames for hours.", nil},
		{"Kenyan police and Ugandan soldiers fought each other near the border.", []string{"FIGHT country/KEN country/UGA"}},
	})
}

// TestOwnVerbTriggers: a verb the lexicon's own entries give an event makes its sentence worth
// parsing by itself.
func TestOwnVerbTriggers(t *testing.T) {
	text := "A court in Lyon convicted the Algerian activist."
	if got, want := ploverEvents(text), []string{"DISAPPROVE agent/FRA-court agent/DZA-activist"}; !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestReleasedStatement: a communication released is no one freed, also when a relative pronoun
// stands for it; the Foreign and Commonwealth Office is Britain's foreign ministry, not the
// Commonwealth.
func TestReleasedStatement(t *testing.T) {
	text := "In the Haines family's short statement - which was released on Saturday by the Foreign and Commonwealth Office - the relatives of David Haines thanked the public."
	for _, got := range ploverEvents(text) {
		if strings.HasPrefix(got, "RETREAT") || strings.Contains(got, "org/commonwealth") {
			t.Errorf("%q: got %q", text, got)
		}
	}
}

// TestHoldingHostages: holding a hostage is taking one (CAMEO 181, ASSAULT abduct), also when
// the hostage is a group the sentence names by a common noun; "hostage" bare is a predicate, not
// an object ("took two engineers hostage": the engineers are taken).
func TestHoldingHostages(t *testing.T) {
	text := "Militant group Boko Haram is reportedly holding a German hostage who was kidnapped in July."
	wantAmong(t, text, "ASSAULT org/bokoharam agent/DEU-hostage")
	text = "Al-Shabaab militants took two Kenyan engineers hostage on Monday."
	if got, want := ploverEvents(text), []string{"ASSAULT org/alshabaab agent/KEN-engineer"}; !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
	text = "The group said an American woman held hostage by Boko Haram was killed in an air strike."
	for _, got := range ploverEvents(text) {
		if strings.HasSuffix(got, "agent/hostage") {
			t.Errorf("%q: got %q, the predicate noun read as an object", text, got)
		}
	}
}

// plvCase is a sentence and the PLOVER relations ploverEvents must give for it, in order.
type plvCase struct {
	text string
	want []string
}

// checkPLOVER reports each case whose sentence gives other PLOVER relations than it wants.
func checkPLOVER(t *testing.T, cases []plvCase) {
	t.Helper()
	for _, c := range cases {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// wantAmong reports a sentence whose PLOVER relations do not include want.
func wantAmong(t *testing.T, text, want string) {
	t.Helper()
	if got := ploverEvents(text); !slices.Contains(got, want) {
		t.Errorf("%q: got %q, want %s among them", text, got, want)
	}
}

// wantNotAmong reports a sentence whose PLOVER relations include bad.
func wantNotAmong(t *testing.T, text, bad string) {
	t.Helper()
	if got := ploverEvents(text); slices.Contains(got, bad) {
		t.Errorf("%q: got %q, want no %s", text, got, bad)
	}
}

// TestTownNearbyNoParty: a town an event happens near or around is where it happens, not whom it
// is done to, when a party follows it; alone it is the object.
func TestTownNearbyNoParty(t *testing.T) {
	text := "Syria is at war. U.S. forces conducted four airstrikes near Kobani that destroyed Islamic State fighting positions."
	wantAmong(t, text, "FIGHT country/USA org/isis")
	wantNotAmong(t, text, "FIGHT country/USA country/SYR")
	// with no other party after it, the town stands for its country as any town does
	wantAmong(t, "Iranian state media reported that Israel had struck a military site near Isfahan.", "FIGHT country/ISR country/IRN")
}

// TestParticipleBeforeNoun: a past participle between "to" and a noun modifies the noun; it is
// no act of the sentence's subject ("aid to besieged civilians" is no siege by the giver).
func TestParticipleBeforeNoun(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Britain delivered aid to besieged civilians in Aleppo.", nil},
		{"Syrian forces besieged Aleppo.", []string{"FIGHT country/SYR place/aleppo"}},
	})
}

// TestTalksBetweenAfterVenue: talks between two parties are read where a venue stands between
// the noun and its parties.
func TestTalksBetweenAfterVenue(t *testing.T) {
	wantAmong(t, "Talks in Geneva between Iran and the United States ended without a deal.", "CONSULT country/IRN country/USA")
}

// TestStateBlocks: a state or its forces blocking others coerce them; protesters blocking a
// place protest.
func TestStateBlocks(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Chinese coast guard vessels blocked a Philippine resupply mission.", []string{"COERCE country/CHN country/PHL"}},
		{"Protesters blocked the Kenyan embassy in London.", []string{"PROTEST agent/protester country/KEN"}},
	})
}

// TestRuleOutTalks: ruling out talks rejects the other party, read by the tree and by the word
// rules alike (the word rules read a sentence the tree coder leaves); talks alone are no
// consultation then.
func TestRuleOutTalks(t *testing.T) {
	text := "Boko Haram is fighting the Nigerian government. The announcement came in a video sent to Agence France-Presse on Saturday in which the militant group's leader, Abubakar Shekau, ruled out future talks with the government."
	wantAmong(t, text, "REJECT person/abubakar-shekau country/NGA")
	wantNotAmong(t, text, "CONSULT person/abubakar-shekau country/NGA")
	wantAmong(t, "In the video, the militant group's leader, Abubakar Shekau, ruled out future talks with the Nigerian government.", "REJECT person/abubakar-shekau country/NGA")
}

// TestExchangedFire: coordinated forces that exchange fire fight each other, though the tagger
// first reads the past tense as a participle.
func TestExchangedFire(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Thai soldiers and Cambodian troops exchanged gunfire along the disputed frontier.", []string{"FIGHT country/THA country/KHM"}},
	})
}

// TestEndingAgreements: cancelling or leaving an agreement with a party rejects it (no threat,
// no military withdrawal); approving a party's bid backs that party.
func TestEndingAgreements(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Niger's military rulers revoked a defence pact with the United States.", []string{"REJECT country/NER country/USA"}},
		{"Niger cancelled a military agreement with the United States.", []string{"REJECT country/NER country/USA"}},
		{"The United States pulled out of the nuclear deal with Iran.", []string{"REJECT country/USA country/IRN"}},
		{"Turkey's parliament ratified Sweden's bid to join NATO.", []string{"SUPPORT country/TUR country/SWE"}},
	})
}

// TestReactionToHarm: what an act of harm draws (condemnation, criticism) goes to its author,
// never to whom it was done (EVENT-PITFALLS: the object is the argument).
func TestReactionToHarm(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"The killing of a Kenyan journalist drew condemnation from Uganda.", nil},
		{"The shelling of Armenian villages by Azerbaijani troops drew condemnation from France.",
			[]string{"FIGHT country/AZE agent/ARM-village", "DISAPPROVE country/FRA country/AZE"}},
	})
}

// TestWeaponsTest: a test firing shows force; the sea it falls into is no target.
func TestWeaponsTest(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"North Korea test-fired a ballistic missile into the Sea of Japan.", nil},
		{"North Korea fired a missile at South Korean warships.", []string{"FIGHT country/PRK country/KOR"}},
	})
}

// TestClaimedResponsibility: who claims responsibility for an act names themselves its author.
func TestClaimedResponsibility(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Al-Shabaab claimed responsibility for the attack on a Kenyan army base.", []string{"ASSAULT org/alshabaab country/KEN"}},
	})
}

// TestTakenFrom: a place taken from someone is what changes hands; the one it is taken from is
// the party fought.
func TestTakenFrom(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Iraqi forces recaptured Mosul from the Islamic State.", []string{"FIGHT country/IRQ org/isis"}},
		{"Syrian government forces recaptured the town from rebels.", []string{"FIGHT country/SYR agent/rebel"}},
		{"Russia seized Crimea from Ukraine.", []string{"COERCE country/RUS country/UKR"}},
	})
}

// TestReportedClause: what a party says another did is read as a clause of its own, with the
// speaker's verb no other verb of the sentence ("Hezbollah fired rockets" after "Israel said"),
// as it is when the attribution comes last.
func TestReportedClause(t *testing.T) {
	wantAmong(t, "Israel said Hezbollah fired rockets at Israeli towns.", "FIGHT org/hezbollah country/ISR")
	wantAmong(t, "Hezbollah fired rockets at Israeli towns, the Israeli army said.", "FIGHT org/hezbollah country/ISR")
}

// TestReportedPossessive: "its" on what a reported act of hostility is done to is the speaker's,
// not the doer's; on its own, or with "own", or on an act of no hostility, it is not.
func TestReportedPossessive(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Armenia says Azerbaijani troops attacked its positions overnight.", []string{"FIGHT country/AZE country/ARM", "DISAPPROVE country/ARM country/AZE"}},
		{"Turkey said Syrian forces shelled its border posts.", []string{"FIGHT country/SYR country/TUR", "DISAPPROVE country/TUR country/SYR"}},
		{"Pakistan said Indian troops shelled its villages.", []string{"FIGHT country/IND agent/PAK-village", "DISAPPROVE country/PAK country/IND"}},
		{"Turkey said Syrian forces shelled their own positions.", nil},
		{"Turkey said Syrian forces moved their troops to the border.", nil},
	})
}

// TestOrderedOut: ordering an agent or a group to leave is expelling it (CAMEO 166/174); a
// country ordered out of a war it wages is only asked.
func TestOrderedOut(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Russia ordered two US diplomats to leave the country within a week.", []string{"SANCTION country/RUS country/USA"}},
		{"Burkina Faso told French forces to leave within a month.", []string{"SANCTION country/BFA country/FRA"}},
		{"Sudan told the UN envoy to leave.", []string{"SANCTION country/SDN org/un"}},
		{"The United States ordered Russia to withdraw from Ukraine.", []string{"DEMAND country/USA country/RUS"}},
		{"Sudan told the UN envoy about the talks.", nil},
	})
}

// TestAuthorTarget: a CAMEO pattern whose target is the author of its object noun ("REPEL *
// ATTACK BY +") codes the act against that author; a prepositional phrase misread as a clause
// is given back to its noun.
func TestAuthorTarget(t *testing.T) {
	checkPLOVER(t, []plvCase{
		{"Chad's army repelled an attack by Boko Haram militants near Lake Chad.", []string{"FIGHT country/TCD org/bokoharam"}},
		{"The strikes by Israel on Lebanon continued for a third day.", []string{"FIGHT country/ISR country/LBN"}},
		{"Missile strikes by Russia on Kharkiv killed 12 people.", []string{"FIGHT country/RUS place/kharkiv", "ASSAULT country/RUS agent/person"}},
	})
}

// TestRetake: taking a place back by force is occupying it (own lexicon entry "retake").
func TestRetake(t *testing.T) {
	wantAmong(t, "Iraqi forces, backed by US air strikes, retook Mosul from Islamic State.", "COERCE country/IRQ org/isis")
}

// TestHeadlineCase: in a sentence written in title case the capitals are the style, not names;
// a sentence with many names in ordinary case is read as it is.
func TestHeadlineCase(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"U.S. Lifts Travel Ban to Lebanon.", []string{"CONCEDE country/USA country/LBN"}},
		{"Kenya Condemns Uganda Over Border Raid.", []string{"DISAPPROVE country/KEN country/UGA"}},
		{"Several student groups including All India Students' Association and Delhi University Students Union protested against India.",
			[]string{"PROTEST agent/student-group country/IND"}},
	} {
		if got := ploverEvents(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOwnForcesAreNoParty: the forces of the state an office holder serves, deployed or sent,
// are no party to the deployment; the destination is.
func TestOwnForcesAreNoParty(t *testing.T) {
	text := "President William Ruto deployed Kenyan troops to Somalia."
	got := ploverRules(text)
	want := []string{"MOBILIZE country/KEN country/SOM verb deploy [own:deploy * troop]"}
	if !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestWordRulesTakeNoOrigin: where a private person comes from, or the town on a noun of place
// ("in a west Lima suburb"), is no subject of the word rules' reading of a verb the tree found
// no actor for, and a town where the thing acted on is, no object of their coercion.
func TestWordRulesTakeNoOrigin(t *testing.T) {
	for _, text := range []string{
		"The former singer left his family home in a quiet west Lima suburb last year to fight in the civil war in Chile.",
		"A Kurdish politician from Chile who visited Lima on Saturday said the offensive was brutal.",
		// a town where the thing prevented is: no one is coerced there
		"The Islamic State organization burned three fighters infected with cholera to prevent further spread of the disease in Raqqa, he said.",
	} {
		if got := ploverRules(text); len(got) > 0 {
			t.Errorf("%q: got %q, want no event", text, got)
		}
	}
}

// TestToldPronounIsTheTeller: "he" in the clause a person named by a common noun tells is that
// person, not the man named the sentence before ("the pilot told the paper that he had
// contacted NBC News": syntax.toldClauses makes the clause the verb's, reporterPronoun the
// pronoun no party).
func TestToldPronounIsTheTeller(t *testing.T) {
	text := "Brian Williams spoke to reporters. The pilot told the Omaha World-Herald that he had contacted NBC News not long after their initial broadcast."
	if got := ploverRules(text); len(got) > 0 {
		t.Errorf("%q: got %q, want no event", text, got)
	}
}

// TestSayerOfTheClause: "it" in a clause a verb of saying reports is the sayer, where the parser
// had hung the verb of saying on that clause or taken its subject for a preposition's noun
// (syntax.saidAdverbials, subordinatorsAsPrepositions); the state named first did no killing.
func TestSayerOfTheClause(t *testing.T) {
	for _, text := range []string{
		"Jordan stepped up its attacks after the Islamic State announced it had killed a captive Jordanian pilot.",
		"Jordan stepped up its attacks after the Islamic State said it had killed a Jordanian pilot.",
	} {
		got := ploverRules(text)
		want := []string{"ASSAULT org/isis agent/JOR-pilot verb kill [own:kill]"}
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// TestCiviliansOwnedByAPronoun: private people ("passengers") whose possessive pronoun the entity
// stage read as an organisation are not that organisation's: the plane's passengers did not
// fight for the Pentagon.
func TestCiviliansOwnedByAPronoun(t *testing.T) {
	text := "A third plane was flown into the Pentagon, while a fourth crashed in a Pennsylvania field after its passengers tried to overpower the hijackers."
	if got := ploverRules(text); len(got) > 0 {
		t.Errorf("%q: got %q, want no event", text, got)
	}
	// members act for the body that owns them
	text = "Al-Shabaab said its members killed three Kenyan soldiers."
	want := []string{"ASSAULT org/alshabaab country/KEN verb kill [own:kill]"}
	if got := ploverRules(text); !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestKinAreNoParty: kin named by their tie to a person act for themselves: the word rules do not
// take the person a possessive names for the subject ("His family appealed").
func TestKinAreNoParty(t *testing.T) {
	text := "Luke Somers was kidnapped in Yemen. His family appealed in a video to al-Qaeda militants in Yemen to show mercy and release him."
	for _, r := range ploverRules(text) {
		if strings.HasPrefix(r, "DEMAND person/luke-somers") {
			t.Errorf("%q: got %q, want no demand by Somers", text, r)
		}
	}
}

// TestPrenominalParticipleHasNoSubject: a participle inside a noun phrase ("three detained
// Americans") is passive, and the state named before it did not do the act.
func TestPrenominalParticipleHasNoSubject(t *testing.T) {
	text := "The ambassador sat down for an interview where he discussed a variety of matters, including North Korea's nuclear program, possibly negotiations to free three detained Americans and, of course, Kim's health."
	if got := ploverRules(text); len(got) > 0 {
		t.Errorf("%q: got %q, want no event", text, got)
	}
}

// TestThingIsNoController: the object of a verb with an infinitive controls it only where it
// names an actor or people ("urged Iran to halt"); a thing there ("a camp in Kuwait") leaves
// the infinitive to the verb's subject.
func TestThingIsNoController(t *testing.T) {
	text := "Canada is assembling a camp in Kuwait to launch its own air campaign over Iraq, sending six CF-18 fighters."
	want := []string{"FIGHT country/CAN country/IRQ verb launch [cameo:LAUNCH * {AIR CAMPAIGN} (AGAINST)]"}
	if got := ploverRules(text); !slices.Equal(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestPossessorOfARelationalNoun: a state named as the possessor of a relational noun ("Lebanon's
// neighbour", "Israel's allies") names another party, not itself: the word rules take it for no
// object.
func TestPossessorOfARelationalNoun(t *testing.T) {
	text := "The armed ISIL group has seized wide areas of Iraq and Syria, Lebanon's neighbour to the east, declaring a caliphate over the territory it controls."
	for _, r := range ploverRules(text) {
		if strings.Contains(r, "country/LBN") {
			t.Errorf("%q: got %q, want no event with Lebanon", text, r)
		}
	}
}

// TestNounPlaceWithATarget: an event noun's phrase saying where ("in the Syrian city of
// Kobani") names no party when another phrase names whom the act is against.
func TestNounPlaceWithATarget(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		// (the strikes the US leads help the fighters: "US-led" makes the US their author)
		{"US-led air strikes against Isis in the besieged Syrian Kurdish city of Kobani have helped Kurdish fighters.",
			[]string{"FIGHT country/USA org/isis noun strike [own:air strike]", "AID country/USA agent/fighter verb help [own:help]"}},
		{"This week has seen an increased number of U.S. airstrikes against ISIS in the northern Syrian city of Kobani.",
			[]string{"FIGHT country/USA org/isis noun airstrike [own:airstrike]"}},
	} {
		if got := ploverRules(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestExpressedStance: "express" and "voice" take the event their object noun names, and an
// of-phrase on a second noun joined to the first ("its total rejection and strong condemnation
// of X") is the first's too.
func TestExpressedStance(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The OIC expressed its total rejection and strong condemnation of Israel's declaration.", "REJECT org/oic country/ISR light express rejection [own:rejection]"},
		{"Kenyan President William Ruto called Ugandan President Yoweri Museveni on Monday to express his support for Uganda after the floods.", "SUPPORT country/KEN country/UGA"},
	} {
		got := ploverRules(c.text)
		if !slices.ContainsFunc(got, func(r string) bool { return strings.HasPrefix(r, c.want) }) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestStatementActs: a participle of verbal conflict or cooperation on a statement or report
// says what the statement does, and its issuer does it ("issued a statement condemning X");
// what the statement alleges is still alleged, and a reason's own parties ("condemned X for the
// murder of Y") are not the verb's.
func TestStatementActs(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Kenya issued a statement condemning Uganda.", []string{"DISAPPROVE country/KEN country/UGA verb condemn [own:condemn]"}},
		{"Russia published a report accusing Ukraine of shelling Donetsk.", []string{"DISAPPROVE country/RUS country/UKR verb accuse [own:accuse]"}},
		{"Kenya condemned ISIS for the murder of Uganda's ambassador.", []string{"DISAPPROVE country/KEN org/isis verb condemn [own:condemn]"}},
	} {
		if got := ploverRules(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestInsideTerritory: "inside" and "within" on what an act of force hits say whose ground it
// is, like "in": "bombed rebel positions inside its territory" hits the speaker's.
func TestInsideTerritory(t *testing.T) {
	text := "Uganda said Kenyan jets bombed rebel positions inside its territory."
	want := "ASSAULT country/KEN country/UGA verb bomb [own:bomb]"
	if got := ploverRules(text); !slices.Contains(got, want) {
		t.Errorf("%q: got %q, want %q", text, got, want)
	}
}

// TestParticipleAside: a participle phrase between commas after the subject leaves the subject
// its verb ("President William Ruto, speaking in Kampala, praised Uganda's efforts": the parser
// had rooted the sentence in the name; syntax.participleAsides).
func TestParticipleAside(t *testing.T) {
	text := "Kenyan President William Ruto, speaking in Kampala, praised Uganda's efforts."
	if got := ploverRules(text); !slices.ContainsFunc(got, func(r string) bool { return strings.HasPrefix(r, "SUPPORT country/KEN country/UGA") }) {
		t.Errorf("%q: got %q, want SUPPORT country/KEN country/UGA", text, got)
	}
}
