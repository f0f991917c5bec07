package syntax

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// ewt is where UD English EWT lies beside the project (../shared); tests that need it skip
// without it.
var ewt = filepath.Join("..", "..", "..", "shared", "corpus", "ud-english-ewt")

func readTreebank(t testing.TB, split string) []ConllSentence {
	t.Helper()
	path := filepath.Join(ewt, "en_ewt-ud-"+split+".conllu")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("UD English EWT not found (%v): skipping", err)
	}
	defer f.Close()
	sents, err := ReadCoNLLU(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func mustDefault(t testing.TB) *Parser {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return p
}

// TestDevAccuracy parses the words of the EWT dev split and checks the model's figures
// (docs/quality.md): UPOS, UAS and LAS (relations without subtypes, punctuation included).
func TestDevAccuracy(t *testing.T) {
	dev := readTreebank(t, "dev")
	p := mustDefault(t)
	n, upos, uas, las := 0, 0, 0, 0
	for _, cs := range dev {
		gold := cs.Sentence.Words
		s := Sentence{Words: make([]Word, len(gold))}
		for i, w := range gold {
			s.Words[i] = Word{Form: w.Form}
		}
		p.Parse(&s)
		if err := Validate(&s); err != nil {
			t.Fatalf("line %d: %v", cs.Line, err)
		}
		for i, w := range s.Words {
			n++
			if w.UPOS == gold[i].UPOS {
				upos++
			}
			if w.Head == gold[i].Head {
				uas++
				if BaseRel(w.Deprel) == BaseRel(gold[i].Deprel) {
					las++
				}
			}
		}
	}
	got := map[string]float64{"UPOS": frac(upos, n), "UAS": frac(uas, n), "LAS": frac(las, n)}
	t.Logf("dev: %d words, UPOS %.4f UAS %.4f LAS %.4f", n, got["UPOS"], got["UAS"], got["LAS"])
	for k, min := range devFloor {
		if got[k] < min {
			t.Errorf("dev %s: got %.4f, want at least %.3f", k, got[k], min)
		}
	}
}

func frac(a, b int) float64 { return float64(a) / float64(b) }

func TestModelBytesRoundTrip(t *testing.T) {
	m, err := readModel(bytes.NewReader(embeddedModel))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := writeModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(gunzip(t, buf.Bytes()), gunzip(t, embeddedModel)) {
		t.Error("the model read and written again differs from the embedded one")
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestLoadRejectsBadModels(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("hello"),
		"truncated": embeddedModel[:len(embeddedModel)/2],
	} {
		if _, err := Load(data); err == nil {
			t.Errorf("%s: Load gave no error", name)
		}
	}
}

func TestLemmas(t *testing.T) {
	p := mustDefault(t)
	tests := []struct{ text, form, want string }{
		{"Iran and Iraq signed an agreement on Monday.", "signed", "sign"},
		{"The European Union imposed new sanctions on Russia.", "imposed", "impose"},
		{"The European Union imposed new sanctions on Russia.", "sanctions", "sanction"},
		{"Washington lifted the embargo last year.", "lifted", "lift"},
		{"The talks were held in Geneva.", "talks", "talk"},
		{"The talks were held in Geneva.", "were", "be"},
		{"The two countries cut ties in 2017.", "ties", "tie"},
		{"He was arrested by the police.", "was", "be"},
		{"The ministers reaffirmed their commitment.", "reaffirmed", "reaffirm"},
		{"Rebels shelled the villages overnight.", "villages", "village"},
		{"The company is acquiring smaller rivals.", "acquiring", "acquire"},
		// irregular forms the treebank never shows take WordNet's lemma, not a suffix rule's
		{"The rebels fled to Uganda.", "fled", "flee"},
		{"Peru and Chile fought over the border.", "fought", "fight"},
		{"Militants overran the airport.", "overran", "overrun"},
		{"He bled to death.", "bled", "bleed"},
		// a verb of one closed syllable doubles its consonant ("finned"), so one consonant
		// before the ending is of the verb in "e" (shortClosed)
		{"The regulator fined the bank.", "fined", "fine"},
		{"The regulator is fining the bank.", "fining", "fine"},
		{"Officials stared at the map.", "stared", "stare"},
		{"The troops joined the convoy.", "joined", "join"},
		{"The army stopped the convoy.", "stopped", "stop"},
		// a suffix rule that takes off more than the ending, not a doubled consonant, gives
		// way to the dictionary's lemma (overStripped)
		{"The tanker bumped a fishing boat.", "bumped", "bump"},
		{"Police clamped down on protests.", "clamped", "clamp"},
		{"Troops panicked and fled.", "panicked", "panic"},
	}
	for _, tt := range tests {
		found := false
		for _, s := range p.ParseText(tt.text) {
			for _, w := range s.Words {
				if w.Form == tt.form {
					found = true
					if w.Lemma != tt.want {
						t.Errorf("%q: lemma of %q: got %q (%s), want %q", tt.text, tt.form, w.Lemma, w.XPOS, tt.want)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no word %q", tt.text, tt.form)
		}
	}
}

func TestParseSentenceOffsets(t *testing.T) {
	p := mustDefault(t)
	text := "Intro. Russia’s army didn't withdraw. Outro."
	start := strings.Index(text, "Russia")
	end := strings.Index(text, " Outro")
	s := p.ParseSentence(text, start, end)
	if err := Validate(&s); err != nil {
		t.Fatal(err)
	}
	var forms []string
	for _, w := range s.Words {
		if text[w.Start:w.End] != w.Form || w.Start < start || w.End > end {
			t.Errorf("word %q at %d:%d", w.Form, w.Start, w.End)
		}
		forms = append(forms, w.Form)
	}
	if got, want := len(forms), 7; got != want {
		t.Errorf("got words %q, want %d", forms, want)
	}
	if s.Start != start || s.End != end {
		t.Errorf("sentence span %d:%d, want %d:%d", s.Start, s.End, start, end)
	}
	if e := p.ParseSentence(text, 40, 10); len(e.Words) != 0 {
		t.Errorf("reversed bounds gave %d words", len(e.Words))
	}
}

func TestParseRelations(t *testing.T) {
	p := mustDefault(t)
	tests := []struct{ text, dep, rel, head string }{
		{"Russia invaded Ukraine.", "Russia", "nsubj", "invaded"},
		{"Russia invaded Ukraine.", "Ukraine", "obj", "invaded"},
		// an "-ed" adjective or an irregular past read as a noun, after a name or noun and
		// before a noun phrase, in a sentence with a full stop and no verb, is its past tense
		// (untensedPast)
		{"Beijing imposed sanctions on Lockheed Martin over arms sales to Taiwan.", "Beijing", "nsubj", "imposed"},
		{"The strikes by Pakistan on Afghan territory drew condemnation from Kabul.", "strikes", "nsubj", "drew"},
		// … and before a preposition, where the parser rooted the sentence in an infinitive
		{"The United States and the European Union called on Moscow to withdraw its troops.", "States", "nsubj", "called"},
		// … and where a relative clause opened by a pronoun has one (untensedPast); a verb
		// with a personal pronoun subject right after a noun, hung as a parenthetical or as the
		// complement of a verb that takes no clause, is a relative clause on the noun
		// (pronounRelatives)
		{"The European Union on Friday imposed sanctions on six Iranian officials it accused of supplying drones to Russia.", "Union", "nsubj", "imposed"},
		{"The European Union on Friday imposed sanctions on six Iranian officials it accused of supplying drones to Russia.", "accused", "acl:relcl", "officials"},
		{"The ministry published the names of the diplomats it expelled from the country.", "expelled", "acl:relcl", "diplomats"},
		// a model's designation heads its number and modifies the noun after it (designations)
		{"Egypt bought MiG-29 fighters from Russia.", "fighters", "obj", "bought"},
		{"Egypt bought MiG-29 fighters from Russia.", "MiG", "compound", "fighters"},
		{"Egypt bought MiG-29 fighters from Russia.", "29", "flat", "MiG"},
		{"The Danish government said it would buy F-35 fighter jets from the United States.", "jets", "obj", "buy"},
		// … and so it is where what the teller adds has a verb of its own
		{"Ugandan troops shelled Congolese villages, Congo said, adding that four civilians died.", "troops", "nsubj", "shelled"},
		// a present tense read as a plural noun after an adjective that is a noun too
		// (untensedPresent), the adjective the subject's noun
		{"The French military trains Malian troops.", "military", "nsubj", "trains"},
		// a phrase of direction on the noun of a "by" phrase is the act's (agentTargets)
		{"The visit by Iran's president to Iraq lasted two days.", "Iraq", "nmod", "visit"},
		{"The visit by Iran's president on Wednesday lasted two days.", "Wednesday", "nmod", "president"},
		// a noun of time right before "after" is no second subject (timeSubjects)
		{"A day after Iran launched missiles at Israel, the United States announced new sanctions on Iran.", "day", "obl:unmarked", "announced"},
		// a name the parser made a compound of "last week", "next month" takes its place
		// (weekdayNames)
		{"Kenya's president will visit Uganda next week.", "Uganda", "obj", "visit"},
		{"Mr Abdulla returned to the UK last week.", "UK", "obl", "returned"},
		{"Mr Abdulla returned to the UK last week.", "week", "obl:unmarked", "returned"},
		// a participle whose object stands on a past tense joined to it is a past tense
		// (participleRoots, activeComplement)
		{"A Chinese ship rammed and sank a Vietnamese fishing boat.", "ship", "nsubj", "rammed"},
		// a verb of removal takes the "from" phrase hung on its object (takenFrom)
		{"Britain recalled its ambassador from Moscow.", "Moscow", "obl", "recalled"},
		{"Nigeria withdrew the batch of 200 peacekeepers from Liberia.", "Liberia", "obl", "withdrew"},
		{"Azerbaijani forces took control of several villages from Armenian separatists.", "separatists", "obl", "took"},
		// an adjective opening the second of two titled names is its own, and its name the
		// conjunct (adjectiveSiblings)
		{"Chinese President Xi Jinping and Chinese Premier Li Keqiang attended a party meeting in Beijing.", "Li", "conj", "Xi"},
		{"Chinese President Xi Jinping and Chinese Premier Li Keqiang attended a party meeting in Beijing.", "and", "cc", "Li"},
		{"Iranian President Hassan Rouhani and Iranian Foreign Minister Javad Zarif attended a cabinet meeting in Tehran.", "Javad", "conj", "Hassan"},
		{"Turkish President Recep Tayyip Erdogan and Turkish Prime Minister Ahmet Davutoglu attended a cabinet meeting in Ankara.", "Ahmet", "conj", "Recep"},
		// a sentence rooted in the adjective that opens it gets its verb back (adjectiveRoots)
		{"Iraqi Prime Minister Adel Abdul Mahdi and his Jordanian counterpart, Omar al-Razza, signed 14 economic agreements Feb. 2 between the two countries.", "Adel", "nsubj", "signed"},
		{"Iraqi Prime Minister Adel Abdul Mahdi and his Jordanian counterpart, Omar al-Razza, signed 14 economic agreements Feb. 2 between the two countries.", "Iraqi", "amod", "Minister"},
		// a preposition made the head of its phrase gives it back to its noun (prepositionHeads)
		{"Kosovo has awarded the Freedom Order to former U.S. President Bill Clinton.", "to", "case", "Bill"},
		{"Kosovo has awarded the Freedom Order to former U.S. President Bill Clinton.", "former", "amod", "Bill"},
		// a titled possessor's noun heads its phrase (possessedAfterTitles)
		{"Armenia's military top brass has demanded that Prime Minister Nikol Pashinian's government resign.", "government", "nsubj", "resign"},
		// "after"/"since" before a noun phrase and a tensed verb opens a clause
		// (subordinatorsAsPrepositions), past modifiers in the phrase too
		{"Thursday marked a year since the former Cuban president made a public appearance.", "president", "nsubj", "made"},
		{"The rumor took shape after California-based Knightscope showed off its K5 security robot at an event.", "Knightscope", "nsubj", "showed"},
		// a noun with a preposition is no xcomp (casedComplements)
		{"Turkey very generously opened its borders to such a large number of Syrians, Iraqis and Afghans.", "number", "obl", "opened"},
		// an adjective hung on a verb modifies the noun phrase after it (adjectivesOnVerbs)
		{"Iraqi military says it has seized large Kurdish oil fields near Kirkuk.", "Iraqi", "amod", "military"},
		// a bare verb form after "to" stays the infinitive the tagger misread (casedComplements)
		{"HBO may want to position this service as something distinctly different.", "position", "xcomp", "want"},
		// a weekday after a name is when, not the name's head (weekdayNames)
		{"The senator defended Williams Thursday.", "Williams", "obj", "defended"},
		{"The senator defended Williams Thursday.", "Thursday", "obl:unmarked", "defended"},
		{"Kenya filed a complaint with the U.N. Human Rights Council Sunday against the Ugandan state.", "Council", "nmod", "complaint"},
		{"Thousands marched on Easter Sunday.", "Easter", "compound", "Sunday"},
		// a tensed verb with no subject after a comma continues the clause before it
		// (subjectlessConjuncts)
		{"The station aired an interview in which she said she had travelled to Iraq, was training with Kurdish fighters and would fight in Syria.", "training", "conj", "travelled"},
		{"The paper printed a letter in which he said he had left Syria, was living in Turkey and would return soon.", "living", "conj", "left"},
		{"The treaty was signed by both leaders.", "treaty", "nsubj:pass", "signed"},
		{"The treaty was signed by both leaders.", "leaders", "obl:agent", "signed"},
		{"The minister did not attend the summit.", "not", "advmod", "attend"},
		// a preposition read as the marker of a clause whose subject is its noun gives the noun
		// back to the first subject (prepositionsAsMarks)
		{"The strikes by Israel on Lebanon continued for a third day.", "Lebanon", "nmod", "strikes"},
		{"The strikes by Israel on Lebanon continued for a third day.", "on", "case", "Lebanon"},
		{"Missile strikes by Russia on Kharkiv killed 12 people.", "strikes", "nsubj", "killed"},
		{"Missile strikes by Russia on Kharkiv killed 12 people.", "Kharkiv", "nmod", "strikes"},
		// a "by" phrase read as a noun's object is its nmod, with its case on its head
		// (casesOnTitles, objectsOfNouns)
		{"Chad's army repelled an attack by Boko Haram fighters.", "fighters", "nmod", "attack"},
		{"Chad's army repelled an attack by Boko Haram fighters.", "by", "case", "fighters"},
		{"Chad condemned an attack by Boko Haram militants.", "by", "case", "militants"},
		// abbreviated titles are read as "Mr.": a title before the name, not its head
		{"Sen. John McCain criticized Russia on Tuesday.", "John", "nsubj", "criticized"},
		{"Lt. Gen. Michael Flynn met the Russian ambassador.", "Michael", "nsubj", "met"},
		{"The minister met Gen. Ngo Xuan Lich in Hanoi.", "Ngo", "obj", "met"},
		{"Rep. Adam Schiff accused Trump of lying.", "Adam", "nsubj", "accused"},
		// a second adjective and noun joined to a first noun are its conjunct (adjectiveConjuncts)
		{"The OIC expressed its total rejection and strong condemnation of the declaration.", "condemnation", "conj", "rejection"},
		{"The OIC expressed its total rejection and strong condemnation of the declaration.", "strong", "amod", "condemnation"},
		// a title before a name is the name's, not a second subject (titleSubjects)
		{"Assistant manager Katrina Cavanagh said the offers came from Canada.", "manager", "nmod:desc", "Katrina"},
		{"Assistant manager Katrina Cavanagh said the offers came from Canada.", "Katrina", "nsubj", "said"},
		{"Secret Service Director Julia Pierson will face members of the committee on Tuesday.", "Director", "nmod:desc", "Julia"},
		{"Nigerian officials Friday announced a ceasefire.", "officials", "nsubj", "announced"},
		// a subject's first noun read as the root, the rest as a relative clause with no
		// pronoun and no main verb, is the subject's modifier (zeroRelativeRoots)
		{"Weapons inspectors sealed them off with concrete.", "Weapons", "compound", "inspectors"},
		{"Border Patrol agents detain immigrants near the river.", "Border", "compound", "agents"},
		// ... also after the root's own adjectives and name words
		{"European Union foreign ministers on Monday approved new sanctions against Iranian officials and companies accused of supplying drones and missiles to Russia for its war in Ukraine.", "ministers", "nsubj", "approved"},
		{"Italian fisherman Dino Ferrari landed what could potentially be a world record wels catfish in Italy's Po Delta.", "fisherman", "compound", "Dino"},
		// a relative clause after a determiner stays one
		{"Every move Google makes brings this future closer.", "makes", "acl:relcl", "move"},
		// a subject with a participle phrase between commas keeps its verb (participleAsides)
		{"President William Ruto, speaking in Kampala, praised Uganda's efforts.", "William", "nsubj", "praised"},
		{"President William Ruto, speaking in Kampala, praised Uganda's efforts.", "efforts", "obj", "praised"},
		{"The masked executioner, speaking in English with a British accent, identifies Sotloff.", "executioner", "nsubj", "identifies"},
		{"Chandler, born David Roy Fitch, tells Radar in an interview that she was an intersex baby.", "Chandler", "nsubj", "tells"},
		// a predicate with its copula is no subject
		{"He was in his apartment, talking to a friend on a video chat, said Blumenthal.", "He", "nsubj", "apartment"},
		// a "that" clause after the addressee of a verb of telling is what is told (toldClauses)
		{"The pilot told the Omaha World-Herald that he had contacted NBC News not long after their initial broadcast.", "contacted", "ccomp", "told"},
		// a reported clause after the report's day is the report's, not the day's (timeClauses)
		{"The Syrian government said Thursday that Jordanian jets had bombed the training centres.", "bombed", "ccomp", "said"},
		{"The Syrian government said Thursday that Jordanian jets had bombed the training centres.", "Thursday", "obl:unmarked", "said"},
		{"The Pentagon said Thursday that it is working with Qatar.", "working", "ccomp", "said"},
		{"Kenya said on Monday that Ugandan troops crossed the border.", "crossed", "ccomp", "said"},
		// a sentence rooted in a subject with a relative clause between commas gets its verb
		// back (relativeRoots)
		// a name after "and" is no flat part of the name before it (flatConjuncts)
		{"Russia and North Korea signed a mutual defence treaty in Pyongyang.", "Korea", "conj", "Russia"},
		{"He had previously worked in Libya and South Sudan.", "Sudan", "conj", "Libya"},
		{"Brazil, which had criticized Argentina, later praised Uruguay.", "Brazil", "nsubj", "praised"},
		// ... also where the verb hung below the relative clause's verb, if first after its comma
		{"The drone strike, which the Pentagon said targeted an al-Qaeda leader, killed three civilians in Syria.", "strike", "nsubj", "killed"},
		{"Thomas Eric Duncan, who was diagnosed with Ebola in Texas and later died, passed through the Virginia airport.", "Thomas", "nsubj", "passed"},
		{"The group, which is based in Syria, attacked Turkish troops.", "group", "nsubj", "attacked"},
		// an adjective before a title is the title's, not the root or the verb's (titleDemonyms)
		{"Ukrainian President Petro Poroshenko will meet Donald Trump in Washington.", "Ukrainian", "amod", "President"},
		{"Ukrainian President Petro Poroshenko will meet Donald Trump in Washington.", "Petro", "nsubj", "meet"},
		{"Iraqi Prime Minister Adel Abdul Mahdi signed 14 economic agreements with Jordan.", "Iraqi", "amod", "Minister"},
		{"French President Emmanuel Macron said the deal was good.", "French", "amod", "President"},
		// a proper noun before a title is the title's, and the name after it the subject or
		// conjunct in its place (titleOwners)
		{"Nigeria president Goodluck Jonathan would not swap prisoners.", "Nigeria", "compound", "president"},
		{"Nigeria president Goodluck Jonathan would not swap prisoners.", "Goodluck", "nsubj", "swap"},
		{"Boko Haram made demands, but Nigeria president Goodluck Jonathan would not swap prisoners.", "Goodluck", "nsubj", "swap"},
		{"Ghana president John Mahama and Nigeria president Goodluck Jonathan signed a trade deal.", "Goodluck", "conj", "John"},
		{"Ghana president John Mahama and Nigeria president Goodluck Jonathan signed a trade deal.", "Nigeria", "compound", "president"},
		// "against" after a named place in an "in" phrase is the act's, not the place's
		// (againstOnPlaces)
		{"Since the U.S. began airstrikes in Iraq and Syria against the Islamic State, Republicans have connected the group to border security.", "State", "obl", "began"},
		{"Kenya filed a lawsuit in the Nairobi High Court against Uganda.", "Uganda", "nmod", "lawsuit"},
		// "after" before a name and a past tense the tagger took for a participle opens a
		// clause (subordinatorsAsPrepositions)
		{"China vowed on Friday to fight the U.S. after President Donald Trump proposed slapping an additional $100 billion in tariffs on Chinese imports.", "Donald", "nsubj", "proposed"},
		{"China vowed on Friday to fight the U.S. after President Donald Trump proposed slapping an additional $100 billion in tariffs on Chinese imports.", "after", "mark", "proposed"},
		// "on" right after an act noun that modifies another noun is the act's (targetsOfActs)
		{"It marks the anniversary of the Libyan terrorist attack on a U.S. outpost in Benghazi that killed Ambassador Chris Stevens.", "outpost", "nmod", "attack"},
		// a second subject with a preposition is an oblique (casedSubjects)
		{"An operation by Yemen's armed forces early on Saturday freed an American hostage.", "Saturday", "obl", "freed"},
		// a participle with a "by" agent read as the verb is a reduced relative, and the verb
		// after it the sentence's (agentRelatives)
		{"A drone strike carried out by the US killed nine al-Qaeda militants.", "strike", "nsubj", "killed"},
		{"A drone strike carried out by the US killed nine al-Qaeda militants.", "carried", "acl", "strike"},
		{"The reported killing of ISIS leader Abu Bakr al-Baghdadi comes after the United States just took out a leader of the group al-Shabaab.", "States", "nsubj", "took"},
		// a subject with an apposition after a fronted time is the verb's (frontedSubjects)
		{"On Monday, the Kenyan president, William Ruto, met his Ugandan counterpart.", "president", "nsubj", "met"},
		{"In January, the Kenyan defence minister, Aden Duale, agreed with his Ugandan counterpart.", "minister", "nsubj", "agreed"},
		// a past tense read as a participle on the sentence's only noun phrase is its verb
		// (participleRoots); a participle with its "by" agent stays one
		{"The army prepared to resume shelling.", "army", "nsubj", "prepared"},
		{"The Turkish army prepared to resume shelling.", "army", "nsubj", "prepared"},
		{"The Turkish parliament threatened on Monday to break relations with Russia.", "parliament", "nsubj", "threatened"},
		{"A temporary camp attacked by militiamen.", "attacked", "acl", "camp"},
		// ... and, in a sentence with a full stop, a verb that takes no object with its
		// prepositional phrase; a transitive verb's participle there stays one
		{"Japan's prime minister apologised to Korea for the war.", "minister", "nsubj", "apologised"},
		{"This 20 year old man testified in the Grand Jury case against Darren Wilson.", "man", "nsubj", "testified"},
		{"Fantastic food served without pretense, very reasonably priced wine selections.", "served", "acl", "food"},
		{"Japanese troops stationed in Iraq", "stationed", "acl", "troops"},
		// a past participle the parser made a clausal subject, with the noun before it its
		// subject, is a reduced relative on that noun, the verb's subject (clausalSubjects)
		{"The sanctions imposed on Venezuela by Washington were eased last year.", "sanctions", "nsubj:pass", "eased"},
		{"The sanctions imposed on Venezuela by Washington were eased last year.", "imposed", "acl", "sanctions"},
		{"The grenades seen at 1:28 in the video are reported to be German-made.", "grenades", "nsubj:pass", "reported"},
		// ... also when the parser labelled its object an agent with no "by"
		{"A Zimbabwean court on Tuesday freed activist pastor Evan Mawarire.", "court", "nsubj", "freed"},
		{"A Zimbabwean court on Tuesday freed activist pastor Evan Mawarire.", "Evan", "obj", "freed"},
		// a past tense read as an adjective on the noun after it, right after a noun (pastModifiers)
		{"Colombia's government and the ELN rebels resumed peace talks in Havana.", "government", "nsubj", "resumed"},
		{"Colombia's government and the ELN rebels resumed peace talks in Havana.", "talks", "obj", "resumed"},
		{"Troops fired at the besieged soldiers in the town.", "besieged", "amod", "soldiers"},
		// a participle after a comma and the verb's object is the verb's clause (commaParticiples)
		{"Uganda's parliament passed a law criminalising homosexuality, drawing condemnation from the United States.", "drawing", "advcl", "passed"},
		// a finite verb hung on the subject as an apposition or a conjunct (finiteAppos)
		{"The group's leader, Abubakar Shekau, ruled out talks with the government.", "leader", "nsubj", "ruled"},
		{"The militant group's leader, Abubakar Shekau, ruled out future talks with the Nigerian government and said the girls had converted to Islam.", "leader", "nsubj", "ruled"},
		// a temporal preposition before a name and a finite verb is a subordinator (subordinatorsAsPrepositions)
		{"NATO strengthened its forces in Europe to stop possible Russian military action after Russia seized Crimea from Ukraine in 2014.", "Russia", "nsubj", "seized"},
		{"NATO strengthened its forces in Europe to stop possible Russian military action after Russia seized Crimea from Ukraine in 2014.", "after", "mark", "seized"},
		// and so where the parser hung the verb on the earlier one as an adverbial clause
		{"Jordan stepped up its attacks after the Islamic State said it had killed a Jordanian pilot.", "State", "nsubj", "said"},
		{"Jordan stepped up its attacks after the Islamic State said it had killed a Jordanian pilot.", "after", "mark", "said"},
		// "as" too, and the head of a noun phrase with phrases of its own is the subject
		{"Peru expelled two Chilean diplomats on Monday as a dispute over the arrest of a Peruvian general escalated.", "dispute", "nsubj", "escalated"},
		{"Peru expelled two Chilean diplomats on Monday as a dispute over the arrest of a Peruvian general escalated.", "as", "mark", "escalated"},
		// "be due to" before a verb is its clause, not the preposition "due to" (dueTo)
		{"The two leaders are due to meet in Geneva next week.", "leaders", "nsubj", "due"},
		{"The two leaders are due to meet in Geneva next week.", "meet", "xcomp", "due"},
		{"Kenya and Uganda are due to hold talks next month.", "talks", "obj", "hold"},
		// a noun of time made the subject of a clause that an "after" phrase of it opens (timesBeforeClauses)
		{"Rebels seized the town, the army said, hours after Kenya and Uganda began joint patrols.", "Kenya", "nsubj", "began"},
		{"Rebels seized the town, the army said, hours after Kenya and Uganda began joint patrols.", "hours", "obl:npmod", "began"},
		{"Rebels seized the town, the army said, hours after Kenya and Uganda began joint patrols.", "began", "advcl", "said"},
		// ... but "as part of" names a role: a bare singular noun is no subject
		{"Prisoners were freed as part of a truce announced Friday with the government.", "part", "obl", "freed"},
		// a verb of saying hung on the clause it reports as an adverbial clause says it (saidAdverbials)
		{"Jordan stepped up its attacks after the Islamic State announced it had killed a captive Jordanian pilot.", "killed", "ccomp", "announced"},
		{"Jordan stepped up its attacks after the Islamic State announced it had killed a captive Jordanian pilot.", "announced", "advcl", "stepped"},
		{"In 2008, former Pope Benedict upset some animal lovers when he said only humans were \"called to eternity.\"", "called", "ccomp", "said"},
		// a verb of knowing may stand alone, and "as I said" is a parenthetical
		{"If you know or work there could you enlighten me?", "know", "advcl", "enlighten"},
		// a "for" phrase right before an infinitive is its subject (forSubjects); not the noun the infinitive completes
		{"The Syrian government gave approval for the United Nations to deliver aid.", "Nations", "nsubj", "deliver"},
		{"The Syrian government gave approval for the United Nations to deliver aid.", "for", "mark", "deliver"},
		{"The deal allows for Turkey to send troops to Libya.", "Turkey", "nsubj", "send"},
		{"Kenya thanked Qatar for its efforts to free the hostages.", "efforts", "obl", "thanked"},
		// a verb of saying takes the clause, not its subject as an object (saidClauses)
		{"The government says rebels attacked the town on Monday.", "attacked", "ccomp", "says"},
		{"The government says rebels attacked the town on Monday.", "rebels", "nsubj", "attacked"},
		{"The ministry said the plan proposed by Kenya was welcome.", "plan", "nsubj", "welcome"},
		// a preposition goes with the name, not the title before it (casesOnTitles)
		{"The American airstrikes ordered by President Obama against the extremist group in Iraq killed 20 people.", "by", "case", "Obama"},
		// a clause of time goes with its predicate, not a noun (adverbialClauses); a noun of time keeps it
		{"Al Shabab is now mostly active in Somalia's rural regions after being ousted from the capital by African Union forces in 2011.", "ousted", "advcl", "active"},
		{"The child got martyred with his father while fighting for the group in Syria.", "fighting", "advcl", "martyred"},
		// a headline's verb of harming with a subject and no object is a passive (headlinePassives); a relative clause's is not
		{"Islamist rebel leader killed in U.S. strike.", "leader", "nsubj:pass", "killed"},
		{"The man police arrested on Monday was freed.", "police", "nsubj", "arrested"},
		// two subjects side by side are one noun phrase (doubleSubjects); a day is not its head
		{"Moscow police detained a Ukrainian activist.", "Moscow", "compound", "police"},
		{"Nigerian officials Friday announced a cease-fire.", "officials", "nsubj", "announced"},
		// "to" before a participle and a noun is a preposition (participleObjects)
		{"A US airdrop of arms to besieged Kurds in Kobani appears to have missed its target.", "besieged", "amod", "Kurds"},
		// "to" that marks a noun with no copula is its case (toNouns); "to be president" stays a mark
		{"Last year, Germany opened its borders to about one million Muslim refugees.", "to", "case", "refugees"},
		{"She wants to be president.", "to", "mark", "president"},
		// a "between" phrase hung on a name goes to what the name modifies (betweenOnNames);
		// a second subject opened by "and" is a conjunct in the first (coordinatedSubjects)
		{"Talks in Geneva between Iran and the United States ended without a deal.", "Iran", "nmod", "Talks"},
		{"Talks in Geneva between Iran and the United States ended without a deal.", "States", "conj", "Iran"},
		// a sentence rooted in a fronted phrase gets its clause back (prepositionalRoots)
		{"In the video, the militant group's leader, Abubakar Shekau, ruled out future talks with the government.", "leader", "nsubj", "ruled"},
		// a sentence with no tensed verb is parsed again with its past tense read as one
		// (untensedPast), where the tagger took it for a participle
		{"Thai soldiers and Cambodian troops exchanged gunfire.", "soldiers", "nsubj", "exchanged"},
		{"Thai soldiers and Cambodian troops exchanged gunfire along the disputed frontier.", "soldiers", "nsubj", "exchanged"},
		{"Protesters killed in clashes with police.", "Protesters", "nsubj:pass", "killed"},
		{"Bolivian protesters clashed with police in La Paz.", "protesters", "nsubj", "clashed"},
		// ... and with its present tense read as one (untensedPresent), where the tagger took it
		// for a plural noun; of two such plurals the second is the verb; an adjective before
		// one ends no subject
		{"Video shows girl infested with nits.", "Video", "nsubj", "shows"},
		{"President Obama plans a major speech Wednesday.", "speech", "obj", "plans"},
		{"U.S. forces targets Shabab leader.", "forces", "nsubj", "targets"},
		{"The army plans to release additional details about the operation.", "release", "xcomp", "plans"},
		{"The families are very anxious, said Vidulfo Rosales, a human rights lawyer representing relatives of the missing.", "rights", "compound", "lawyer"},
		// a name run together with the title before it is split at the title (titlesInNames), and
		// a title ending a name that is a second subject goes to the name after it (titleSubjects)
		{"Uttar Pradesh Chief Minister Yogi Adityanath on Sunday launched a scathing attack on the government.", "Yogi", "nsubj", "launched"},
		{"Uttar Pradesh Chief Minister Yogi Adityanath on Sunday launched a scathing attack on the government.", "Minister", "nmod:desc", "Yogi"},
		{"Uttar Pradesh Chief Minister Yogi Adityanath criticized the West Bengal government.", "Yogi", "nsubj", "criticized"},
		{"Monday morning, Kansas Senator Jerry Moran sent a letter to the CDC director.", "Kansas", "nmod:desc", "Jerry"},
		{"Adobe Acrobat Reader 4.0 may be downloaded for free.", "Adobe", "nsubj:pass", "downloaded"},
		// a headline's subjects joined by a comma are conjuncts (commaSubjects), but not a
		// clause's object before its subject, nor an apposition closed by a comma
		{"Japan, South Korea agree to restore trade ties.", "Korea", "conj", "Japan"},
		{"South Korea, Japan agree to restore trade ties.", "Japan", "conj", "Korea"},
		{"Kenya's president, William Ruto, said he would visit Uganda.", "William", "nsubj", "said"},
		// ... and so where the tagger read the plural present as a noun (untensedPlural) or the
		// parser made the first name a vocative or the root (headlineFirst), but not where one
		// is addressed or the verb agrees with one
		{"Russia, Ukraine swap hundreds of prisoners", "hundreds", "obj", "swap"},
		{"Russia, Ukraine swap hundreds of prisoners", "Ukraine", "conj", "Russia"},
		{"Egypt, Sudan sign military pact", "Egypt", "nsubj", "sign"},
		{"Turkey, Syria hold talks in Moscow", "Turkey", "nsubj", "hold"},
		{"Anne, Mike will call you regarding Sarah.", "Mike", "nsubj", "call"},
		// a noun of time made a second subject is a bare temporal oblique (timeSubjects)
		{"A United Nations report on Iraq this month said children conduct patrols for ISIS.", "month", "obl:unmarked", "said"},
		// "to" marks no subject: the noun between two "to"s is where the motion goes (toDestinations)
		{"Insiders say Boyle will is flying to Los Angeles to meet with actress to play one of the female leads.", "Los", "obl", "flying"},
		// ... nor a subordinator of time before it: its noun is an oblique of the verb above (markedTimes)
		{"Ethiopia has deployed troops in Somalia since 2007 to fight the al-Shabaab militant group.", "2007", "obl", "deployed"},
		{"Fans may not have to wait until December to watch the film.", "December", "obl", "wait"},
		// verbs of saying are no other tensed verb: the clause they report is read the same way
		{"Israel said Hamas fired rockets at Israeli towns.", "Hamas", "nsubj", "fired"},
		{"Israel has said Hamas fired rockets at Israeli towns.", "fired", "ccomp", "said"},
		// a "by" phrase on the "of" phrase of a noun of action is the act's (nominalAgents)
		{"The shelling of Armenian villages by Azerbaijani troops drew condemnation from France.", "troops", "nmod", "shelling"},
		// a "from" phrase on the object of a verb of taking is the verb's (takenFrom)
		{"Iraqi forces recaptured Mosul from the Islamic State.", "State", "obl", "recaptured"},
		// a name right before a noun is its compound, not its apposition (nameAppositions)
		{"Lagos police arrested 18 people on Monday.", "police", "nsubj", "arrested"},
		// a subject hung on an auxiliary goes to its verb (auxDependents)
		{"A US Marine got shot by a Taliban sniper.", "Marine", "nsubj:pass", "shot"},
		// a word the dictionary knows as a noun or verb, never an adverb, is no adverb for its
		// "-ly" (notAdverb)
		{"Saudi Arabia has imposed an embargo on a fellow US ally in the Gulf, Qatar.", "ally", "nmod", "embargo"},
		// a word the dictionary knows as a noun is no bare or present verb after a determiner or
		// between proper nouns (tagger.nounAfter)
		{"Russia backs its ally Syria.", "ally", "obj", "backs"},
		{"The US will sell NATO ally Germany four drones.", "ally", "compound", "Germany"},
		{"The plan angered US ally Israel.", "Israel", "obj", "angered"},
		{"The US and Russia lead Syria talks.", "talks", "obj", "lead"},
		{"Police let her go after questioning.", "go", "xcomp", "let"},
		// the phrase after an infinitive on a noun is its object, not the subject of the
		// passive after it (infinitiveObjects) ...
		{"Sweden's bid to join NATO was approved by the Turkish parliament.", "NATO", "obj", "join"},
		{"Sweden's bid to join NATO was approved by the Turkish parliament.", "bid", "nsubj:pass", "approved"},
		{"Kenya's request to join the bloc was accepted by the East African Community.", "bloc", "obj", "join"},
		{"The proposal to lift sanctions on Iran was blocked by the United States.", "sanctions", "obj", "lift"},
		// a second subject after "and" is the first's conjunct when the first ends right
		// before it (coordinatedSubjects) ...
		{"Sudan's army and the Rapid Support Forces agreed to a ceasefire.", "Forces", "conj", "army"},
		// ... and a name after "and" coordinates with the name before it, not with the noun
		// whose phrase holds both (nameConjuncts)
		{"The rivals agreed to a truce brokered by Saudi Arabia and the United States.", "States", "conj", "Arabia"},
		// a name as the predicate of a tensed verb with no object is its object (nameObjects)
		{"Gabon's military leaders freed the ousted president Ali Bongo.", "Ali", "obj", "freed"},
		// "have" before adverbs and a participle is the perfect's auxiliary (perfectHave)
		{"The party, which had earlier been committed to the vote, is now wavering.", "party", "nsubj", "wavering"},
		{"The minister said he had long been troubled by the reports.", "he", "nsubj:pass", "troubled"},
		// an infinitive after the object of a verb of object control is the verb's
		// (objectControls)
		{"Iraq's prime minister asked the US-led coalition to leave the country.", "leave", "xcomp", "asked"},
		{"Kenya urged the Ethiopian government to open talks with the rebels.", "open", "xcomp", "urged"},
		// ... but for an infinitive that takes a clause
		{"We were given strong reason to believe he was being held by the government.", "held", "ccomp", "believe"},
	}
	for _, tt := range tests {
		s := p.ParseText(tt.text)[0]
		tr := NewTree(&s)
		ok := false
		for _, w := range s.Words {
			if w.Form == tt.dep && w.Deprel == tt.rel && w.Head > 0 && tr.Word(w.Head).Form == tt.head {
				ok = true
			}
		}
		if !ok {
			var b bytes.Buffer
			WriteCoNLLU(&b, nil, &s, nil)
			t.Errorf("%q: want %s -%s-> %s, got\n%s", tt.text, tt.head, tt.rel, tt.dep, b.String())
		}
	}
}

func TestConcurrentParse(t *testing.T) {
	p := mustDefault(t)
	texts := []string{"The U.N. Security Council met on Friday. It condemned the attack.",
		"Protesters clashed with police in Nairobi, officials said.",
		"Germany and France agreed to increase aid to Ukraine by $5 billion."}
	want := make([][]Sentence, len(texts))
	for i, x := range texts {
		want[i] = p.ParseText(x)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				got := p.ParseText(texts[i])
				if !sameParse(got, want[i]) {
					errs <- texts[i]
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for x := range errs {
		t.Errorf("concurrent parse of %q differs from the sequential one", x)
	}
}

func sameParse(a, b []Sentence) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i].Words) != len(b[i].Words) {
			return false
		}
		for j := range a[i].Words {
			if a[i].Words[j] != b[i].Words[j] {
				return false
			}
		}
	}
	return true
}

// TestRepairsKeepTrees: sentences whose repairs once made a cycle give valid trees.
func TestRepairsKeepTrees(t *testing.T) {
	p := mustDefault(t)
	for _, text := range []string{
		// subjectlessConjuncts had hung "added" on "replaced", a verb inside its own clause
		"The letter had actually already been opened in 1921, when the original paper envelope was replaced with a plastic sleeve and new pages, including maps from the 1700s, were added to the file.The sleeve had then been sealed inside the museum vault.",
	} {
		s := p.ParseSentence(text, 0, len(text))
		if err := Validate(&s); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

func TestEmptyAndOddInput(t *testing.T) {
	p := mustDefault(t)
	for _, text := range []string{"", "   \n\t", "!!!", "\xff\xfe", "a", "... --- ...", "((((", "’’’"} {
		for _, s := range p.ParseText(text) {
			if err := Validate(&s); err != nil {
				t.Errorf("%q: %v", text, err)
			}
		}
	}
	var s Sentence
	p.Parse(&s)
	if len(s.Words) != 0 {
		t.Errorf("empty sentence got %d words", len(s.Words))
	}
}

// TestParseKeepsAGivenTag: a word that comes tagged keeps its tag, and the tree is built around
// it; words that come untagged are tagged by the model; a pair the model lacks is ignored.
func TestParseKeepsAGivenTag(t *testing.T) {
	p := mustDefault(t)
	text := "Kenyan police arrested 18 people."
	s := p.Tokenize(text, 0, len(text))
	s.Words[0].UPOS, s.Words[0].XPOS = "ADJ", "JJ"
	p.Parse(&s)
	if got := s.Words[0]; got.UPOS != "ADJ" || got.XPOS != "JJ" || got.Deprel != "amod" || got.Head != 2 {
		t.Errorf("Kenyan: got %s/%s %s of %d, want ADJ/JJ amod of 2 (police)", got.UPOS, got.XPOS, got.Deprel, got.Head)
	}
	s = p.Tokenize(text, 0, len(text))
	s.Words[0].UPOS, s.Words[0].XPOS = "ADJ", "NOSUCHTAG"
	p.Parse(&s)
	if got := s.Words[0].XPOS; got == "NOSUCHTAG" {
		t.Errorf("an unknown tag pair was kept: got %s", got)
	}
}

func TestTreeUnder(t *testing.T) {
	// "Peru returned the statue to Chile": returned heads everything, statue heads "the".
	s := Sentence{Words: []Word{
		{ID: 1, Form: "Peru", Head: 2}, {ID: 2, Form: "returned", Head: 0}, {ID: 3, Form: "the", Head: 4},
		{ID: 4, Form: "statue", Head: 2}, {ID: 5, Form: "to", Head: 6}, {ID: 6, Form: "Chile", Head: 2},
	}}
	tr := NewTree(&s)
	for _, c := range []struct {
		id, top int
		want    bool
	}{{3, 4, true}, {4, 4, true}, {6, 2, true}, {6, 4, false}, {1, 4, false}, {2, 4, false}} {
		if got := tr.Under(c.id, c.top); got != c.want {
			t.Errorf("Under(%d, %d): got %v, want %v", c.id, c.top, got, c.want)
		}
	}
}

// TestSecondPassOnlyWhereUnsure: the tagger's second pass keeps the first pass's tag of every
// word the first pass was sure of (sureMargin; scored again, a few of them would change, as on
// the EWT dev split), and most words are.
func TestSecondPassOnlyWhereUnsure(t *testing.T) {
	dev := readTreebank(t, "dev")
	tg := mustDefault(t).m.tagger
	var tw tagWork
	sure, scored := 0, 0
	for _, cs := range dev {
		s := Sentence{Words: make([]Word, len(cs.Sentence.Words))}
		for i, w := range cs.Sentence.Words {
			s.Words[i] = Word{Form: w.Form}
		}
		toks := tg.hashes(&s, nil)
		out := tg.tagWith(&s, toks, nil, &tw)
		if len(tw.margin) != len(s.Words) || len(out) != len(s.Words) {
			t.Fatalf("line %d: %d margins and %d tags for %d words", cs.Line, len(tw.margin), len(out), len(s.Words))
		}
		for i, m := range tw.margin {
			if toks[i].dict >= 0 {
				continue
			}
			scored++
			if m > sureMargin {
				sure++
				if out[i] != tw.first[i] {
					t.Errorf("line %d, word %q: first pass sure of %s, second gave %s", cs.Line, s.Words[i].Form, tg.classes[tw.first[i]], tg.classes[out[i]])
				}
			}
		}
	}
	if scored == 0 || sure*2 < scored {
		t.Errorf("first pass sure of %d of %d words, want at least half", sure, scored)
	}
}

// TestPersonAdjectives: a word of a person read as an adjective that heads a noun phrase with
// "a" or "an" is a noun (personAdjectives); "a few" stays an adjective.
func TestPersonAdjectives(t *testing.T) {
	p := mustDefault(t)
	for _, tc := range []struct{ text, word, upos string }{
		{"The journalist was beheaded by an Islamic State militant in a video released Tuesday.", "militant", "NOUN"},
		{"Only a few came to the meeting.", "few", "ADJ"},
	} {
		s := p.Tokenize(tc.text, 0, len(tc.text))
		p.Parse(&s)
		found := false
		for _, w := range s.Words {
			if w.Form == tc.word {
				found = true
				if w.UPOS != tc.upos {
					t.Errorf("%q: %s got %s, want %s", tc.text, tc.word, w.UPOS, tc.upos)
				}
			}
		}
		if !found {
			t.Errorf("%q: no word %q", tc.text, tc.word)
		}
	}
}

// TestNoWordOnPunctuation checks punctuationHeads: no word hangs on a punctuation mark, and a
// mark below the root is a punct, in sentences where the parser had made a comma an object and
// hung "and" on the full stop.
func TestNoWordOnPunctuation(t *testing.T) {
	p := mustDefault(t)
	for _, text := range []string{
		"Phoenix Police were quick to respond, arresting 15-year-old Paul Horner.",
		"Fighting in recent months has mostly engulfed the capital, Tripoli, and also Benghazi, the country’s second-largest city.",
		"Over the weekend, Sheikh posted a second video admitting the whole thing was a hoax — but a hoax for a cause.",
	} {
		s := p.ParseText(text)[0]
		for _, w := range s.Words {
			if w.Head > 0 && s.Words[w.Head-1].UPOS == "PUNCT" {
				t.Errorf("%q: got %q hung on %q, want no word on a mark", text, w.Form, s.Words[w.Head-1].Form)
			}
			if w.UPOS == "PUNCT" && w.Head > 0 && w.Deprel != "punct" {
				t.Errorf("%q: got mark %q as %s, want punct", text, w.Form, w.Deprel)
			}
		}
	}
}

// TestParticipleClauses checks participleClauses: with its demonyms given as adjectives (as the
// loader gives them), "after Burundian police detained three Kenyan truck drivers" had "after" a
// preposition, "detained" a participle on "police" and "drivers" an agent with no "by"; the
// participle with an object is the clause's verb.
func TestParticipleClauses(t *testing.T) {
	p := mustDefault(t)
	text := "Kenya said on Tuesday it had recalled its ambassador to Burundi after Burundian police detained three Kenyan truck drivers."
	s := p.Tokenize(text, 0, len(text))
	for i, w := range s.Words {
		if w.Form == "Burundian" || w.Form == "Kenyan" {
			s.Words[i].UPOS, s.Words[i].XPOS = "ADJ", "JJ"
		}
	}
	p.Parse(&s)
	tr := NewTree(&s)
	want := map[string][2]string{"police": {"nsubj", "detained"}, "drivers": {"obj", "detained"}, "after": {"mark", "detained"}}
	for _, w := range s.Words {
		if r, ok := want[w.Form]; ok && (w.Deprel != r[0] || w.Head == 0 || tr.Word(w.Head).Form != r[1]) {
			t.Errorf("%s: got %s of %d, want %s of %s", w.Form, w.Deprel, w.Head, r[0], r[1])
		}
	}
}
