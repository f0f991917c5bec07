package loader

import (
	"fmt"
	"testing"
)

// TestEventGeneralisation pins rules added for phrasings not seen in the dev sets, each with a
// sentence written for it.
func TestEventGeneralisation(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		want       []string
	}{
		{"working with a partner is COOPERATE; a purpose clause's origin is no party (the migrants are a group of their own)",
			"Chile works with the World Bank to house migrants deported from Peru.",
			[]string{"COOPERATE CHL IGO", "COOPERATE CHL agent/migrant"}},
		{"a reduced relative on people keeps its origin to itself (the refugees are a group of their own)",
			"Norway sheltered refugees evacuated from Bolivia.",
			[]string{"AID NOR agent/refugee"}},
		{"the agent of a passive acts, though the parser may label it a plain oblique",
			"Hundreds of political prisoners have been released by rebel forces in Peru over the last few days.",
			[]string{"RETREAT agent/rebel-force agent/political-prisoner"}},
		{"the target the parser hung inside a long object is the verb's",
			"Peru on March 28 filed a lawsuit in the United States District Court for the Southern District against Chile.",
			[]string{"DISAPPROVE PER CHL 2024-03-28 mode=allege"}},
		{"a long sentence is read without its trailing attribution",
			"Peru on Friday returned an ancient marble statue that was stolen from a private museum in the old quarter of the capital during the long and very hot summer of 1989 to Chile, two officials at the ministry of culture said on Saturday.",
			[]string{"RETREAT PER CHL 2024-03-01 mode=return"}},
		{"warfare is war", "Peru has been waging economic warfare against Chile since the spring.",
			[]string{"FIGHT PER CHL"}},
		{"declaring a state of emergency is COERCE, read as the whole phrase",
			"Peru declared a state of emergency in Arequipa after the riots.",
			[]string{"COERCE PER PER mode=martial-law"}},
		{"a quantity's of-phrase is not read as a whole",
			"Peru demanded millions of dollars from Chile.",
			[]string{"DEMAND PER CHL"}},
		{"a private person's journey is no visit",
			"Ana Ruiz traveled to Chile last year to work with refugees.",
			[]string{}},
		{"a state's journey is",
			"Peruvian officials traveled to Chile last week.",
			[]string{"CONSULT PER CHL 2024-02"}},
		{"a private person's gift is no aid",
			"Ana Ruiz gave Chile a painting of her village last year.",
			[]string{}},
		{"a state's is",
			"Peru gave Chile five ships last year.",
			[]string{"AID PER CHL 2023"}},
		{"where the tree read the trigger, a demonym in its object is no other target",
			"Peru beheaded Chilean aid worker Ana Ruiz.",
			[]string{"ASSAULT PER person/ana-ruiz"}},
		{"a verb that acts on a thing links no actors further off, nor in a clause on the thing",
			"Peru released a video showing the arrest of Chilean fishermen.",
			[]string{}},
		{"nor does one whose thing a relative clause describes",
			"Peru released a report that describes the torture of Bolivian miners.",
			[]string{}},
		{"the agent of a clause on the thing is a party",
			"Peru accepted the offer made by Chile on Monday.",
			[]string{"AGREE PER CHL 2024-03-04"}},
		{"a count of events is no thing",
			"Peru launched a wave of attacks that killed dozens of soldiers in Chile.",
			[]string{"ASSAULT PER CHL"}},
		{"an event noun the tree read as a verb's object is no second event",
			"Peru rejected any cooperation with Chile.",
			[]string{"REJECT PER CHL mode=assist"}},
		{"nor one it read in the verb's oblique",
			"Peru called for air strikes against Chile.",
			[]string{"DEMAND PER CHL"}},
		{"turning down a request is REJECT of the requester",
			"Peru turned down a request from Bolivia to return the ship.",
			[]string{"REJECT PER BOL"}},
		{"providing a recipient with goods is AID to the recipient",
			"Norway provided Chile with emergency supplies after the floods.",
			[]string{"AID NOR CHL"}},
		{"armed people from a country stand for it",
			"Peruvian soldiers clashed with fighters from Bolivia near the river.",
			[]string{"FIGHT PER BOL"}},
		{"refugees from a country do not",
			"Chilean police clashed with migrants from Bolivia at the camp.",
			[]string{}},
		{"joint military activity is COOPERATE",
			"Peru and Chile carried out joint air patrols over the sea.",
			[]string{"COOPERATE PER CHL"}},
		{"one country's drills near another are no cooperation",
			"Chile held military drills near Bolivia.",
			[]string{}},
		{"hosting talks between two parties is mediation",
			"Norway hosted talks between Peru and Bolivia in Oslo.",
			[]string{"CONSULT NOR PER mode=mediation", "CONSULT NOR BOL mode=mediation", "CONSULT PER BOL"}},
		{"where a deal is signed is no party to it",
			"Peru and Bolivia signed a water accord in Cuzco.",
			[]string{"AGREE PER BOL CONCLUDED"}},
	} {
		got := eventsOf(c.text, "2024-03-05")
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: %q: got %v, want %v", c.rule, c.text, got, c.want)
		}
	}
}
