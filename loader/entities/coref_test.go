package entities_test

import "testing"

func TestAnaphora(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"the group is the armed or civic group named last", "Boko Haram seized Mubi. Nigeria says it struck a deal with the militant group.",
			[]string{"the militant group=org/bokoharam/anaphor"}, nil},
		{"... a party or civic group too, and not a state named after it", "Amnesty International met Kenya's envoy. The rights group urged Kenya to act.",
			[]string{"The rights group=org/amnesty/anaphor"}, nil},
		{"a group of people, a group named, or one with no group before it are none", "Boko Haram seized Mubi. A group of soldiers fled; the SITE Intelligence Group said so. Reuters reported it. Later the group left.",
			nil, []string{"group=org/bokoharam/anaphor", "the SITE Intelligence Group=org/bokoharam/anaphor"}},
		{"the nation", "Ghana has opened its ports. The small nation hopes to trade more.",
			[]string{"The small nation=country/GHA/anaphor"}, nil},
		{"an area before the noun describes it", "Ghana has opened its ports. The West African nation hopes to trade more.",
			[]string{"The West African nation=country/GHA/anaphor"}, nil},
		{"an area before the noun picks the country in it", "Venezuela hosted talks. Kenya's envoy attended. The South American nation hopes to trade more.",
			[]string{"The South American nation=country/VEN/anaphor"}, []string{"The South American nation=country/KEN/anaphor"}},
		{"... and no country outside it", "Kenya has opened its ports. The South American nation hopes to trade more.",
			nil, []string{"The South American nation=country/KEN/anaphor"}},
		{"the two leaders are the two states last named", "Somalia's president met Ethiopian Prime Minister Abiy Ahmed. The two leaders agreed to talk.",
			[]string{"The two leaders=country/SOM/anaphor", "The two leaders=country/ETH/anaphor"}, nil},
		{"in its own sentence the nation is the last one named before it", "China has established diplomatic ties with El Salvador, after the country broke off links with Taiwan.",
			[]string{"the country=country/SLV/anaphor"}, []string{"the country=country/CHN/anaphor"}},
		{"the two countries", "Peru and Chile met. The two countries agreed to talk.",
			[]string{"The two countries=country/PER/anaphor", "The two countries=country/CHL/anaphor"}, nil},
		{"the two countries are the ones that act, not a destination named last", "Peru rejected a request from Chile to fly over it on a trip to France. The two countries agreed to talk.",
			[]string{"The two countries=country/PER/anaphor", "The two countries=country/CHL/anaphor"}, []string{"The two countries=country/FRA/anaphor"}},
		{"the government and people of another country are that country's", "Ghana has opened its ports. It supports the government and people of Togo.",
			nil, []string{"the government=country/GHA/anaphor"}},
		{"it as actor", "Norway has signed a deal with Iceland, and it will send ships.",
			[]string{"it=country/NOR/anaphor"}, nil},
		{"it after an anaphor subject", "Ghana opened its ports. The small nation buys grain from Togo. It has also signed a pact with Benin, and it will ship cocoa.",
			[]string{"It=country/GHA/anaphor", "it=country/GHA/anaphor"}, []string{"It=country/TGO/anaphor", "it=country/BEN/anaphor"}},
		{"its after 'X and' is X's", "Israel struck Hamas and its allies in Gaza.",
			[]string{"its=org/hamas/anaphor"}, []string{"its=country/ISR/anaphor"}},
		{"... and after a country too", "It comes as the United States and its allies carry out air strikes.",
			[]string{"its=country/USA/anaphor"}, nil},
		{"an agency credit in brackets is not what it stands for", "JERUSALEM (AP) -- Israel says it will send ships.",
			[]string{"it=country/ISR/anaphor"}, []string{"it=org/us-ap/anaphor"}},
		{"an outlet owning the person who speaks is not what it stands for", "The BBC's Tomi Oladipo says the Kenyan government is embarrassed after it said the talks went well.",
			[]string{"it=country/KEN/anaphor"}, []string{"it=org/gb-bbc/anaphor"}},
		{"it after a name no list knows and a verb of saying is that name", "Americans must obey the laws of the United States. Facebook said it would clean up its news feed.",
			nil, []string{"it=country/USA/anaphor", "its=country/USA/anaphor"}},
		{"pleonastic it", "Norway spoke first. It is true that the talks stalled.",
			nil, []string{"It=country/NOR/anaphor"}},
		{"he", "President Moussa Keita of Mali spoke. He said the talks went well.",
			[]string{"He=person/moussa-keita/anaphor"}, nil},
		{"she is not the man named last", "Minister Ursula Haas met Marco Bianchi in Rome. She said the talks went well.",
			[]string{"She=person/ursula-haas/anaphor"}, []string{"She=person/marco-bianchi/anaphor"}},
		{"he is not the woman named last, told by her honorific", "Marco Bianchi met Mrs. Ndayishimiye in Rome. He said the talks went well.",
			[]string{"He=person/marco-bianchi/anaphor"}, nil},
		{"a kunya tells a man", "Minister Hala Nasser met President Abu Bakr Haddad of Sudan. She said the talks went well.",
			[]string{"She=person/hala-nasser/anaphor"}, []string{"She=person/bakr-haddad/anaphor"}},
		{"a name of either sex may be either", "Marco Bianchi met Hillary Osei in Rome. She said the talks went well.",
			[]string{"She=person/hillary-osei/anaphor"}, nil},
		{"office to person", "Foreign Minister Edda Lund visited Oslo. The foreign minister then left.",
			[]string{"foreign minister=person/edda-lund/anaphor"}, nil},
		{"an office of another country is not the holder's", "President Lena Berg of Norway spoke. She will meet the president of Chile.",
			nil, []string{"president=person/lena-berg/anaphor"}},
		{"an office of the holder's country is", "President Lena Berg of Norway spoke. Later the president of Norway left.",
			[]string{"president=person/lena-berg/anaphor"}, nil},
	} {
		checkAmong(t, tc.name, mentionsOf(find(t, tc.text)), tc.want, tc.not)
	}
}
