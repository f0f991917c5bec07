package entities_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"newsgraph/loader"
	"newsgraph/loader/entities"
	"newsgraph/loader/gazetteer"
)

// newFinder builds a Finder over the gazetteer that ships in the binary, once for all tests.
var newFinder = sync.OnceValues(func() (*entities.Finder, error) {
	gz, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	return entities.New(gz), nil
})

// result is what Find returned for a text, with the sentences it was given.
type result struct {
	entities.Result
	Sentences []entities.Sentence
}

// find runs the entity stage on text split into sentences as the pipeline splits them.
func find(t testing.TB, text string) result {
	t.Helper()
	f, err := newFinder()
	if err != nil {
		t.Fatalf("gazetteer: %v", err)
	}
	ss := loader.SplitSentences(text)
	return result{Result: f.Find(text, ss), Sentences: ss}
}

// mentionsOf lists "text=entityID/kind" for the mentions of d.
func mentionsOf(d result) []string {
	var out []string
	for _, m := range d.Mentions {
		out = append(out, m.Text+"="+m.EntityID+"/"+m.Kind)
	}
	return out
}

// checkAmong reports each of want missing from got and each of not found in it.
func checkAmong(t *testing.T, name string, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !has(got, w) {
			t.Errorf("%s: got %q, want %q among them", name, got, w)
		}
	}
	for _, w := range not {
		if has(got, w) {
			t.Errorf("%s: got %q, do not want %q", name, got, w)
		}
	}
}

func has(xs []string, want string) bool {
	for _, x := range xs {
		if x == want {
			return true
		}
	}
	return false
}

func TestEntityRules(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a well-known office holder's full name is a person's, whatever the given name", "Nawaz Sharif met Ashraf Ghani.",
			[]string{"Nawaz Sharif=person/nawaz-sharif/name", "Ashraf Ghani=person/ashraf-ghani/name"}, nil},
		{"a demonym naming a language", "He enjoys studying Portuguese; the video is in English and Arabic, with Chinese subtitles.",
			[]string{"Portuguese=country/PRT/language", "English=place/england/language", "Chinese=country/CHN/demonym"}, nil},
		{"a surname alone after an honorific of the other sex is the other bearer", "First lady Michelle Obama arrived with the president. Mr. Obama praised the late king.",
			[]string{"Obama=person/barack-obama/name"}, []string{"Obama=person/michelle-obama/name"}},
		{"... before a word for a government, the office holder", "Michelle Obama spoke on Monday. The Obama administration sent troops to Chad.",
			[]string{"Obama=person/barack-obama/name"}, []string{"Obama=person/michelle-obama/name"}},
		{"... after a title, the office holder", "Michelle Obama spoke on Monday. President Obama met the king.",
			[]string{"Obama=person/barack-obama/name"}, []string{"Obama=person/michelle-obama/name"}},
		{"... and with nothing that tells, the first bearer", "Michelle Obama spoke on Monday. Obama later met the king.",
			[]string{"Obama=person/michelle-obama/name"}, nil},
		{"name and alias", "Talks between Kenya and the U.S. resumed.",
			[]string{"Kenya=country/KEN/name", "U.S.=country/USA/alias"}, nil},
		{"the spelling of some newspapers", "American airstrikes against the Shabab in Somalia killed its leader.",
			[]string{"Shabab=org/alshabaab/alias"}, nil},
		{"the Islamic Republic is Iran, the Islamic Republic of Pakistan Pakistan",
			"The Islamic Republic threatened Israel; the Islamic Republic of Pakistan did not.",
			[]string{"Islamic Republic=country/IRN/alias", "Islamic Republic of Pakistan=country/PAK/alias"}, nil},
		{"armed groups and trade blocs of recent news", "Mercosur, the TPLF, the ELN and the Wagner Group met.",
			[]string{"Mercosur=org/mercosur/name", "TPLF=org/et-tigray-peoples-liberation-front/alias",
				"ELN=org/co-national-liberation-army/alias", "Wagner Group=org/ru-wagner/name"}, nil},
		{"a state's armed forces named without its demonym", "Kim visited a unit of the Korean People's Army; the Tatmadaw attacked.",
			[]string{"Korean People's Army=org/kp-kpa/name", "Tatmadaw=org/mm-tatmadaw/name"}, []string{"Korean=country/KOR/demonym"}},
		{"U.S without its last period", "U.S federal investigators and the U.S-led coalition met.",
			[]string{"U.S=country/USA/alias"}, []string{"U.S=person/us/name"}},
		{"a town without its accents where its country is named", "Iraq's army entered Tikrit; Russia shelled Kramatorsk in Ukraine.",
			[]string{"Tikrit=place/tikrit/name", "Kramatorsk=place/kramatorsk/name"}, nil},
		{"a small foreign town without its accents is no name part", "Mukhtar Abu Zubeyr met Somali officials.",
			[]string{"Somali=country/SOM/demonym"}, []string{"Abu=place/abu/name"}},
		{"a demonym after an article with no noun after it is a person's nationality", "The attacks were carried out by a Saudi and a Turkmen; a Saudi prince and a Kenyan national met Canadian national police.",
			[]string{"Saudi=country/SAU/nationality", "Turkmen=country/TKM/nationality", "Saudi=country/SAU/alias", "Kenyan=country/KEN/nationality", "Canadian=country/CAN/demonym"},
			[]string{"Canadian=country/CAN/nationality"}},
		{"an alias in another case than its namesake (ISIS, Isis)", "Isis militants and ISIS fighters met.",
			[]string{"Isis=org/isis/alias", "ISIS=org/isis/alias"}, nil},
		{"a group's name that is also a surname, a town or another body's acronym stays out", "Richard Wagner wrote operas in Fano, Italy. Japan's SDF held drills.",
			[]string{"Fano=place/fano/name"}, []string{"Wagner=org/ru-wagner/alias", "Fano=org/et-fano/name", "SDF=org/sy-sdf/alias"}},
		{"news aliases", "Britain and the DRC signed a memorandum; America watched.",
			[]string{"Britain=country/GBR/alias", "DRC=country/COD/alias", "America=country/USA/alias"}, nil},
		{"demonym for government", "Iraqi forces shelled the border post.",
			[]string{"Iraqi=country/IRQ/demonym"}, nil},
		{"adjectives world-countries lacks", "Philippine troops and Argentinian officials met.",
			[]string{"Philippine=country/PHL/demonym", "Argentinian=country/ARG/demonym"}, nil},
		{"a demonym before a profession is a nationality", "Kenyan lawyer Jane Doe criticized Peru.",
			[]string{"Kenyan=country/KEN/nationality"}, []string{"Kenyan=country/KEN/demonym"}},
		{"demonym for a person", "An Iraqi refugee, Samir Haddad Tawfiq, was sent back.",
			[]string{"Iraqi=country/IRQ/nationality", "Samir Haddad Tawfiq=person/samir-tawfiq/name"}, nil},
		{"a country in the name of an agreement", "Venezuela rejected the Barbados Agreement with the opposition.",
			[]string{"Barbados=country/BRB/in-name"}, []string{"Barbados=country/BRB/name"}},
		{"a demonym in the name of a war", "Veterans of the Korean War met in Seoul.",
			[]string{"Korean=country/KOR/in-name"}, nil},
		{"a name in a hyphenated modifier", "Chile attacked a Paris-based group.",
			[]string{"Paris=place/paris/in-name"}, nil},
		{"the leader of a coalition leads it", "The Saudi-led coalition attacked Yemen.",
			[]string{"Saudi=country/SAU/alias"}, nil},
		{"a country whose name ends in a place word is the country", "Ghana criticized Ivory Coast and the Solomon Islands.",
			[]string{"Ivory Coast=country/CIV/name", "Solomon Islands=country/SLB/name"}, []string{"Ivory Coast=place/ivory-coast-civ/name"}},
		{"capital for government", "Kigali rejected the accusation on Monday.",
			[]string{"Kigali=country/RWA/capital"}, nil},
		{"a demonym before an armed group is the group's nationality, not the state", "Somali militants forged an alliance.",
			[]string{"Somali=country/SOM/nationality"}, []string{"Somali=country/SOM/demonym"}},
		{"capital after a diplomatic mission names the host government", "Ecuador reopened its embassy in Caracas and recalled its ambassador from Lima; a plane landed in Quito.",
			[]string{"Caracas=country/VEN/capital", "Lima=country/PER/capital"}, []string{"Quito=country/ECU/capital"}},
		{"capital before a verb of a measure against another state", "Beijing slapped tariffs on American soybeans. Moscow froze the assets.",
			[]string{"Beijing=country/CHN/capital", "Moscow=country/RUS/capital"}, nil},
		{"capital before any past tense acts", "Kyiv challenged the ruling. Nairobi deported the men.",
			[]string{"Kyiv=country/UKR/capital", "Nairobi=country/KEN/capital"}, nil},
		{"... a past participle of a place is no act", "A Kigali based firm won.",
			nil, []string{"Kigali=country/RWA/capital"}},
		{"capital as the agent of a participle", "The claims made by Kinshasa were false.",
			[]string{"Kinshasa=country/COD/capital"}, nil},
		{"capital as a place after by and no participle", "The new road runs by Kigali.",
			nil, []string{"Kigali=country/RWA/capital"}},
		{"a city's own body after by", "The man was arrested by Kigali police.",
			nil, []string{"Kigali=country/RWA/capital"}},
		{"capital addressed by a verb of addressing", "Kampala warned Kigali against sending troops.",
			[]string{"Kigali=country/RWA/capital", "Kampala=country/UGA/capital"}, nil},
		{"capital after an exchange noun and from", "The plan drew a rebuke from Kigali.",
			[]string{"Kigali=country/RWA/capital"}, nil},
		{"capital before a body of the city stays the city", "The minister warned Kigali residents of floods.",
			nil, []string{"Kigali=country/RWA/capital"}},
		{"capital as a place", "The delegates met in Kigali on Monday.",
			[]string{"Kigali=place/kigali/name"}, []string{"Kigali=country/RWA/capital"}},
		{"Jordan the person", "Coach Jordan Whitfield praised the players.",
			nil, []string{"Jordan=country/JOR/name"}},
		{"Jordan the country", "Jordan closed its border with Syria.",
			[]string{"Jordan=country/JOR/name", "Syria=country/SYR/name"}, nil},
		{"Chad after a given name", "The striker Michael Chad scored twice.",
			nil, []string{"Chad=country/TCD/name"}},
		{"turkey the bird", "They roasted a turkey for the holiday.",
			nil, []string{"turkey=country/TUR/name"}},
		{"Turkey the country", "Turkey and Greece held talks in Athens.",
			[]string{"Turkey=country/TUR/name", "Greece=country/GRC/name", "Athens=place/athens/name"}, nil},
		{"Georgia the state", "Voters in Atlanta, Georgia, and across the United States went to the polls.",
			[]string{"Georgia=place/georgia/name"}, []string{"Georgia=country/GEO/name"}},
		{"Georgia the country in a story that calls something Georgian, beside the United States", "Azerbaijan put pressure on Georgia. The Georgian government said the United States had helped.",
			[]string{"Georgia=country/GEO/name"}, []string{"Georgia=place/georgia/name"}},
		{"a currency names no country of the story", "A pension of 100 laris (about 40 US dollars) is paid in Georgia.",
			[]string{"Georgia=country/GEO/name"}, []string{"Georgia=place/georgia/name"}},
		{"organisation aliases", "The U.N. refugee agency and UNHCR staff met NATO officials.",
			[]string{"U.N. refugee agency=org/unhcr/alias", "UNHCR=org/unhcr/alias", "NATO=org/nato/name"}, nil},
		{"people plural", "Thousands of Mexicans crossed into Texas.",
			[]string{"Mexicans=country/MEX/nationality", "Texas=place/texas/name"}, nil},
		{"continent", "Exports to Europe and Africa fell.",
			[]string{"Europe=place/europe/name", "Africa=place/africa/name"}, nil},
		{"street and county", "The shop on Larkspur Street in Collier County reopened.",
			[]string{"Larkspur Street=place/larkspur-street/name", "Collier County=place/collier-county/name"}, nil},
		{"compass and state", "Storms hit South Florida while Benue state stayed dry.",
			[]string{"South Florida=place/south-florida/name", "Benue state=place/benue/name"}, nil},
		{"a town's namesake in the region written after it", "The storm reached Paris, Texas, and Moscow, Idaho.",
			[]string{"Paris=place/paris-usa/name", "Moscow=place/moscow-usa/name"}, []string{"Paris=place/paris/name"}},
		{"the common English spelling of Saint Petersburg", "Leaders met in St Petersburg.",
			[]string{"St Petersburg=place/saint-petersburg/name"}, nil},
		{"... and the Florida city by its address", "The storm hit St. Petersburg, Florida.",
			[]string{"St. Petersburg=place/st-petersburg/name"}, nil},
		{"dateline", "NAIROBI, Kenya (AP) — The talks went on.\nST. LOUIS — Rain fell.",
			[]string{"NAIROBI=place/nairobi/name", "ST. LOUIS=place/st-louis/name"}, nil},
		{"another country's national body is not the US one", "The Chilean Senate and Peru's Congress voted.",
			[]string{"Chilean=country/CHL/demonym", "Peru=country/PER/name"},
			[]string{"Senate=org/us-senate/alias", "Congress=org/us-congress/alias"}},
		{"a bare national body keeps its gazetteer entry", "The Senate voted on Tuesday.",
			[]string{"Senate=org/us-senate/alias"}, nil},
		{"a name many states' bodies bear, in a story from another state, is not the listed body", "Canada mourned. The House of Commons met in Ottawa, and the Senate stood.",
			[]string{"Canada=country/CAN/name", "House of Commons=org/house-of-commons/name", "Ottawa=place/ottawa/name", "Senate=org/senate/name"},
			[]string{"House of Commons=org/gb-parliament/alias", "Senate=org/us-senate/alias"}},
		{"... and is where its state is named", "Britain mourned. The House of Commons met.",
			[]string{"Britain=country/GBR/alias", "House of Commons=org/gb-parliament/alias"}, nil},
		{"a firm named after a town, after a noun saying what kind of firm", "The aluminium producer Alcoa and the robotics company Boston Dynamics met in Boston.",
			[]string{"Alcoa=org/alcoa/name", "Boston Dynamics=org/boston-dynamics/name", "Boston=place/boston/name"}, []string{"Alcoa=place/alcoa/name"}},
		{"... but not a region that produces", "The corn producer Iowa grew more this year.",
			[]string{"Iowa=place/iowa/name"}, []string{"Iowa=org/iowa/name"}},
		{"a definite country description with a capitalised adjective", "Aid reached Colombia. The Andean country thanked donors.",
			[]string{"The Andean country=country/COL/anaphor"}, nil},
		{"organisations of the Phoenix dictionaries", "USAID paid for the clinic, and the Peshmerga guarded it while the World Economic Forum met.",
			[]string{"USAID=org/us-usaid/alias", "Peshmerga=org/iq-peshmerga/name", "World Economic Forum=org/world-economic-forum/name"}, nil},
		{"an armed group and its acronym", "Al-Qaeda in the Arabian Peninsula claimed the attack; AQAP had threatened the Drug Enforcement Agency.",
			[]string{"AQAP=org/aqap/alias", "Drug Enforcement Agency=org/us-dea/name"}, nil},
		{"orgs.tsv keeps its names", "Doctors Without Borders treated the wounded.",
			[]string{"Doctors Without Borders=org/msf/name"}, nil},
		{"an acronym matches in capitals only", "The usaid scheme and the Usaid office closed.",
			nil, []string{"usaid=org/us-usaid/alias", "Usaid=org/us-usaid/alias"}},
		{"names written without their accents", "Protests spread from Gujarat to Bogota and Herat.",
			[]string{"Gujarat=place/gujarat/name", "Bogota=place/bogota/name", "Herat=place/herat/name"}, nil},
		{"a small town's name matches only with its accents", "Drama followed the vote. Rain fell on Dráma.",
			[]string{"Dráma=place/drama/name"}, []string{"Drama=place/drama/name"}},
		{"a Korean given name is one word of the name", "Minister Hwang Min-seo met Mr. Cho Eun-ji in Busan.",
			[]string{"Hwang Min-seo=person/hwang-min-seo/name", "Cho Eun-ji=person/cho-eun-ji/name"}, nil},
		{"a well-known name written with a hyphen is the listed person", "Kim Jong-un inspected the missile.",
			[]string{"Kim Jong-un=person/kim-un/name"}, nil},
		{"a particle joined by a hyphen is part of the name", "Foreign Minister Abdel Karim el-Masri said the talks failed.",
			[]string{"Abdel Karim el-Masri=person/abdel-masri/name"}, nil},
		{"a modifier after a hyphen is not part of a name", "Mr. Jin Park-led talks ended.",
			[]string{"Jin Park=person/jin-park/name"}, []string{"Jin Park-led=person/jin-park-led/name"}},
		{"a military rank makes a name a person's", "Rebels shot Cpl. Ostrova Kell and Pvt. Lund Marr near the base.",
			[]string{"Ostrova Kell=person/ostrova-kell/name", "Lund Marr=person/lund-marr/name"}, nil},
		{"a surname alone is the first person given it", "Gustavo Pardo and his wife Elena Pardo arrived in Lima. Pardo spoke first.",
			[]string{"Pardo=person/gustavo-pardo/name", "Elena Pardo=person/elena-pardo/name"},
			[]string{"Pardo=person/elena-pardo/name", "Elena Pardo=person/gustavo-pardo/name"}},
		{"a compass word coordinated before a name shares its rest", "North and South Korea exchanged fire; floods hit North and South Carolina; North and South Sudan.",
			[]string{"North=country/PRK/name", "South Korea=country/KOR/name", "North=place/north-carolina/name", "South Carolina=place/south-carolina/name"},
			[]string{"North=person/north/name"}},
		{"the Arabic article before a place is part of its name", "Rebels overran government forces in Al Raqqa and El Fasher.",
			[]string{"Al Raqqa=place/raqqa/name"}, []string{"Al Raqqa=person/raqqa/name"}},
		{"demonyms news uses beside the generated ones", "Slovenian, Kazakh, Nepali and Azeri officials met Uzbek and Tajik envoys.",
			[]string{"Slovenian=country/SVN/demonym", "Kazakh=country/KAZ/demonym", "Nepali=country/NPL/demonym", "Azeri=country/AZE/demonym", "Uzbek=country/UZB/demonym", "Tajik=country/TJK/demonym"}, nil},
		{"an organisation's Arabic article written apart", "Ansar al Sharia and Ansar al-Sharia are one group.",
			[]string{"Ansar al Sharia=org/ansar-al-sharia/alias", "Ansar al-Sharia=org/ansar-al-sharia/name"}, nil},
		{"a plural acronym is no part of a name", "The balloons carried anti-Kim DVDs and leaflets; Mr Odinga wrote to MPs.",
			nil, []string{"Kim DVDs=person/kim-dvds/name", "DVDs=person/kim-dvds/name", "MPs=person/mps/name"}},
		{"a sea named after a country lies in none; a bay's name keeps its country", "A tanker was seized in the Gulf of Oman; detainees left Guantanamo Bay.",
			[]string{"Gulf of Oman=place/gulf-of-oman/name", "Guantanamo Bay=place/guantanamo-bay-cub/name"}, []string{"Gulf of Oman=place/gulf-of-oman-omn/name"}},
		{"metadata header", "TITLE: Kenya rallies LINK: http://example.org/x\nThe rally in Nairobi was calm.",
			[]string{"Nairobi=place/nairobi/name"}, []string{"Kenya=country/KEN/name"}},
	} {
		checkAmong(t, tc.name, mentionsOf(find(t, tc.text)), tc.want, tc.not)
	}
}

func TestMentionsSortedWithSentences(t *testing.T) {
	d := find(t, "Kenya spoke. Uganda answered. Tanzania waited.")
	for i, m := range d.Mentions {
		if i > 0 && d.Mentions[i-1].Start > m.Start {
			t.Fatalf("mentions not sorted: %v", mentionsOf(d))
		}
		s := d.Sentences[m.Sentence]
		if m.Start < s.Start || m.End > s.End {
			t.Errorf("mention %q at %d-%d outside its sentence %d-%d", m.Text, m.Start, m.End, s.Start, s.End)
		}
	}
}

// TestFindConcurrent: one Finder serves many goroutines at once (the loader's parallel
// extraction), each getting what it gets alone.
func TestFindConcurrent(t *testing.T) {
	texts := []string{
		"Foreign Minister Olivier J.P. Halvorsen arrived. Mr. Halvorsen spoke briefly. Later Halvorsen left.",
		"Ghana opened its ports. The small nation buys grain from Togo. It has also signed a pact with Benin.",
		"Kenyan President Wanjiru Mbeki opened the summit in Nairobi, and the U.N. refugee agency attended.",
		"Storms hit South Florida while Benue state stayed dry. Putin offered talks.",
	}
	want := make([]result, len(texts))
	for i, text := range texts {
		want[i] = find(t, text)
	}
	got := make([]result, 4*len(texts))
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = find(t, texts[i%len(texts)])
		}()
	}
	wg.Wait()
	for i, g := range got {
		if w := want[i%len(texts)]; !reflect.DeepEqual(g, w) {
			t.Errorf("%q: got %v / %v concurrently, want %v / %v", texts[i%len(texts)], mentionsOf(g), g.Relations, mentionsOf(w), w.Relations)
		}
	}
}

// TestNoOrgForCommonWords checks that capitalised common words, as at the start of a sentence,
// name no organisation although organisations of the gazetteer hold them in their names.
func TestNoOrgForCommonWords(t *testing.T) {
	for _, text := range []string{
		"Mission accomplished, the officer said.",
		"Forum members voted against it.",
		"Foundation work began in May. Black Friday sales rose.",
	} {
		d := find(t, text)
		for _, m := range d.Mentions {
			if strings.HasPrefix(m.EntityID, "org/") {
				t.Errorf("%q: got %q=%s, want no organisation", text, m.Text, m.EntityID)
			}
		}
	}
}

// TestAliasEndingAnotherName: a state body's one-word alias after a capitalised word of a name no
// mention covers ends that other body's name ("the Trinamool Congress", "the Mobile World
// Congress"); after a party's name it is still the body ("the Republican Congress").
func TestAliasEndingAnotherName(t *testing.T) {
	text := "Delegates of the Trinamool Congress met at the Mobile World Congress, and the Republican Congress voted."
	d := find(t, text)
	var got []string
	for _, m := range d.Mentions {
		if strings.HasPrefix(m.EntityID, "org/") {
			got = append(got, fmt.Sprintf("%s=%s@%d", m.Text, m.EntityID, m.Start))
		}
	}
	if want := []string{fmt.Sprintf("Congress=org/us-congress@%d", strings.LastIndex(text, "Congress"))}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestOfficials: a person with a title of public office whose state the text does not name is an
// official, not a private person; a post any body has ("director", "spokesman") or a profession
// makes none.
func TestOfficials(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"President Gloria Arroyo ordered an investigation against Education Secretary Raul Roco.", []string{"person/gloria-arroyo", "person/raul-roco"}},
		{"Bale had talks with director Danny Boyle and Professor Mick Crawley.", nil},
		{"Kenyan President William Ruto met the press.", nil}, // his office is Kenya's: HOLDS_OFFICE
	} {
		d := find(t, tc.text)
		var got []string
		for id := range d.Officials {
			got = append(got, id)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got officials %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestArabicSpellings: a place of an Arabic-speaking country is found as news spells it, without
// GeoNames' article and with "-a" for its "-ah"; a town named like a word gets no such spelling.
func TestArabicSpellings(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Iraqi officials imposed a curfew on Basra.", "Basra=place/basrah/name"},
		{"Clashes were reported in Fallujah on Monday.", "Fallujah=place/al-fallujah/name"},
		{"Militias shelled Misrata overnight.", "Misrata=place/misratah-lby/name"},
		// without the ayn and hamza signs, and a small town's spelling without accents where
		// its country is named
		{"Iraqi troops entered Samarra.", "Samarra=place/samarra/name"},
		{"Syrian rebels shelled Daraa.", "Daraa=place/dar-a/name"},
		{"Troops entered Haditha, in western Iraq.", "Haditha=place/ḩadithah/name"},
		// a country named by its adjective is enough for the spelling without accents
		{"Iraqi troops entered Tikrit.", "Tikrit=place/tikrit/name"},
	} {
		checkAmong(t, c.text, mentionsOf(find(t, c.text)), []string{c.want}, nil)
	}
	// with no country named, the spelling without accents is too weak a match
	text := "Troops entered Tikrit."
	checkAmong(t, text, mentionsOf(find(t, text)), nil, []string{"Tikrit=place/tikrit/name"})
}

// TestCityAliases: a city is found by the other names news gives it (city_aliases.tsv): the
// Kurdish "Kobani" for GeoNames' "‘Ayn al ‘Arab", the former "Bombay" for Mumbai.
func TestCityAliases(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Islamic State fighters encircled Kobani, a Syrian town near the border.", "Kobani=place/ayn-al-arab/name"},
		{"The Bombay High Court heard the case.", "Bombay=place/mumbai/name"},
		{"Kurdish officials in Irbil said the road was open.", "Irbil=place/erbil/name"},
		// Ukraine's national transliteration, where GeoNames keeps an older one
		{"Russian missiles struck Odesa overnight.", "Odesa=place/odessa/name"},
		{"Shelling hit Zaporizhzhia and Mykolaiv.", "Mykolaiv=place/mykolayiv/name"},
		{"Shelling hit Zaporizhzhia and Mykolaiv.", "Zaporizhzhia=place/zaporizhia/name"},
		// the English name of a city GeoNames names in its own language, over a namesake in a
		// country the text names
		{"Iran and the United States held talks in Geneva.", "Geneva=place/geneve-che/name"},
		{"Police in Cologne detained two men.", "Cologne=place/koln/name"},
		{"Protesters gathered in Teheran on Friday.", "Teheran=place/tehran/name"},
	} {
		checkAmong(t, c.text, mentionsOf(find(t, c.text)), []string{c.want}, nil)
	}
}
