package syntax

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Word classes a dictionary allows a word (bits of wordClasses).
const (
	wcNoun uint16 = 1 << iota
	wcVerb
	wcAdj
	wcAdv
	wcPerson // a noun whose most frequent sense is a person ("suspect"): not a class the tagger reads
	wcIdiom  // on a "verb noun" key: WordNet lists the pair as a verb of its own ("give birth")
	wcAct    // a noun with an act or event among its three most frequent senses ("patrol")
	wcComm   // a noun whose most frequent sense is a communication ("statement", "video")
	wcIntr   // a verb whose most frequent sense takes no object ("apologize", "arrive", "clash")
	wcThing  // a noun whose most frequent sense is a made thing, food, substance or possession
)

// wordClasses maps a lemma to the classes the dictionary lists it in, and "=form" for an
// irregular form ("=overthrew" verb).
type wordClasses map[string]uint16

// irregularLemmas maps "form<TAB>class bit" to the lemma of an irregular form of the
// exception lists ("fought\t2" → "fight").
type irregularLemmas map[string]string

//go:embed model/wordnet.tsv.gz
var embeddedWordNet []byte

// wordDict is the embedded WordNet list: the classes of words and the lemmas of irregular forms.
type wordDict struct {
	classes   wordClasses
	irregular irregularLemmas
}

// readDict reads the embedded WordNet list once.
var readDict = sync.OnceValues(func() (wordDict, error) {
	wc, irr, err := readWordClasses(embeddedWordNet)
	return wordDict{wc, irr}, err
})

// dictionary returns the word classes of the embedded WordNet list, read once.
func dictionary() (wordClasses, error) {
	d, err := readDict()
	return d.classes, err
}

// irregularDict returns the lemmas of the irregular forms of the embedded WordNet list.
func irregularDict() (irregularLemmas, error) {
	d, err := readDict()
	return d.irregular, err
}

// lemma returns the lemma of the irregular lower-case form w in class bit ("fled", verb: "flee").
func (irr irregularLemmas) lemma(w string, bit uint16) (string, bool) {
	l, ok := irr[w+"\t"+strconv.Itoa(int(bit))]
	return l, ok
}

// readWordClasses reads a gzipped list of "word<TAB>classes" lines and "=form<TAB>class<TAB>lemma"
// lines of irregular forms ("#" lines are comments).
func readWordClasses(gz []byte) (wordClasses, irregularLemmas, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, nil, fmt.Errorf("word classes: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, nil, fmt.Errorf("word classes: %w", err)
	}
	wc, irr := make(wordClasses, 90000), irregularLemmas{}
	for n, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		v, err := 0, error(nil)
		if len(f) > 1 {
			v, err = strconv.Atoi(f[1])
		}
		irregular := len(f) == 3 && strings.HasPrefix(f[0], "=") && f[2] != ""
		if err != nil || v <= 0 || v > 1023 || len(f) != 2 && !irregular {
			return nil, nil, fmt.Errorf("word classes: line %d: want word, tab, classes 1-1023 (and an irregular form's lemma): %q", n+1, l)
		}
		wc[f[0]] |= uint16(v)
		if irregular {
			irr[f[0][1:]+"\t"+f[1]] = f[2]
		}
	}
	return wc, irr, nil
}

// marked reports whether the dictionary gives the key (a lemma, or "verb noun") the class or mark
// bit and none of the bits not.
func marked(key string, bit, not uint16) bool {
	wc, err := dictionary()
	return err == nil && wc[key]&bit != 0 && wc[key]&not == 0
}

// PersonNoun reports whether the dictionary's most frequent sense of the noun lemma (lower case,
// singular) is a person ("suspect", "inmate", "survivor", "man"; not "government" or "police").
func PersonNoun(lemma string) bool { return marked(lemma, wcPerson, 0) }

// ActNoun reports whether the dictionary lists an act or an event among the three most frequent
// senses of the noun lemma (WordNet's lexicographer files noun.act and noun.event): "attack",
// "patrol", "swap", "beheading"; not "compound", "chain", "import", which name things.
func ActNoun(lemma string) bool { return marked(lemma, wcAct, 0) }

// CommunicationNoun reports whether the dictionary's most frequent sense of the noun lemma (lower
// case, singular) is a communication (WordNet's lexicographer file noun.communication):
// "statement", "video", "report", "letter"; not "prisoner" or "border", nor a word that is also
// an adverb or an adjective ("daily", "so", "western", "commercial").
func CommunicationNoun(lemma string) bool { return marked(lemma, wcComm, wcAdv|wcAdj) }

// IntransitiveVerb reports whether the dictionary's most frequent sense of the verb lemma (lower
// case) takes no object in any of its sentence frames: "apologize", "arrive", "clash",
// "testify"; not "kill", "serve" or "compare", whose past participle may be a passive.
func IntransitiveVerb(lemma string) bool { return marked(lemma, wcIntr, 0) }

// ThingNoun reports whether the dictionary's most frequent sense of the noun lemma (lower case,
// singular) is a made thing, a food, a substance or a possession (WordNet's noun.artifact,
// noun.food, noun.substance, noun.possession): "grenade", "vaccine", "rice", "fuel", "money";
// not "hope", "interview" or "support".
func ThingNoun(lemma string) bool { return marked(lemma, wcThing, 0) }

// DictionaryWord reports whether the dictionary lists the lower-case word at all, in any class.
func DictionaryWord(w string) bool {
	wc, err := dictionary()
	return err == nil && wc[w] != 0
}

// DictionaryForm reports whether the lower-case word is a form of a word the dictionary lists,
// in any class ("lifts", "launches", "fought").
func DictionaryForm(w string) bool {
	wc, err := dictionary()
	return err == nil && wc.classesOf(w) != 0
}

// PastTense reports whether the lower-case word may be the past tense of a verb the dictionary
// lists: an "-ed" form of one ("challenged", "banned"), or an irregular past ("fled", "struck";
// not one spelt as its lemma, "cut").
func PastTense(w string) bool {
	if w != strings.ToLower(w) {
		return false
	}
	if strings.HasSuffix(w, "ed") && len(w) >= 4 {
		b, ied := strings.CutSuffix(w, "ied")
		return edPast(w) || ied && DictionaryVerb(b+"y") // "challenged", "banned", "denied"
	}
	return irregularPast(w)
}

// DictionaryNoun reports whether the dictionary lists the lower-case word as a noun, whatever
// else it may be.
func DictionaryNoun(w string) bool { return marked(w, wcNoun, 0) }

// DictionaryVerb reports whether the dictionary lists the lower-case word as a verb ("engineer",
// "build"), whatever else it may be.
func DictionaryVerb(w string) bool { return marked(w, wcVerb, 0) }

// VerbIdiom reports whether WordNet lists the verb lemma with the noun lemma as a verb of its own
// ("give birth", "pay heed", "take aim"): an idiom, in which the verb does not have its own
// sense (no giving, no paying).
func VerbIdiom(verb, noun string) bool { return marked(verb+" "+noun, wcIdiom, 0) }

// detach are WordNet's rules of detachment (morphy) for nouns, verbs, adjectives and adverbs:
// an ending and what replaces it in the lemma.
var detach = [4][][2]string{
	{{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	{{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	{{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
	{},
}

// classesOf returns the classes the dictionary allows the lower-case word w, by its lemma
// (WordNet's detachment rules, a doubled final consonant undone) or as an irregular form; 0
// when the dictionary does not know it.
func (wc wordClasses) classesOf(w string) uint16 {
	if wc == nil {
		return 0
	}
	m := wc["="+w]
	for i, bit := range classBits {
		if _, ok := wc.base(w, i); ok {
			m |= bit
		}
	}
	return m
}

// classBits are the classes of detach, in its order.
var classBits = [4]uint16{wcNoun, wcVerb, wcAdj, wcAdv}

// base returns the lemma under which the dictionary lists the lower-case word w in class
// classBits[i], found as WordNet's morphy does: w itself, or w with an ending of detach[i]
// replaced, a doubled final consonant undone ("expelled" → "expel", "bigger" → "big").
func (wc wordClasses) base(w string, i int) (string, bool) {
	bit := classBits[i]
	if wc[w]&bit != 0 {
		return w, true
	}
	for _, r := range detach[i] {
		b, ok := strings.CutSuffix(w, r[0])
		if !ok || b == "" {
			continue
		}
		b += r[1]
		if wc[b]&bit != 0 {
			return b, true
		}
		if n := len(b); r[1] == "" && n > 2 && b[n-1] == b[n-2] && wc[b[:n-1]]&bit != 0 {
			return b[:n-1], true // "stopped", "bigger"
		}
	}
	return "", false
}

// allows reports whether a UPOS tag fits the classes m of a word (title is set for a
// capitalised word, which may always be a name).
func allows(m uint16, upos string, title bool) bool {
	switch upos {
	case "NOUN":
		return m&wcNoun != 0
	case "VERB":
		return m&wcVerb != 0
	case "ADJ":
		return m&wcAdj != 0
	case "ADV":
		return m&wcAdv != 0
	case "PROPN":
		return title
	}
	return false // a word the training text never showed is of no closed class
}
