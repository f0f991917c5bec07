package syntax

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"
)

// TestWordClasses checks the dictionary's classes of words by their lemma (WordNet's rules of
// detachment, a doubled consonant undone) and of irregular forms.
func TestWordClasses(t *testing.T) {
	wc, err := dictionary()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		word string
		want uint16
	}{
		{"overthrew", wcVerb},  // an irregular form of the exception list
		{"widespread", wcAdj},  // a lemma
		{"ministries", wcNoun}, // -ies → -y
		{"stopped", wcVerb | wcAdj},
		{"bigger", wcAdj},
		{"xyzzyq", 0},
	} {
		if got := wc.classesOf(c.word); got != c.want {
			t.Errorf("classesOf(%q): got %04b, want %04b", c.word, got, c.want)
		}
	}
}

// TestReadWordClassesBadLine: a malformed line is an error that names it.
func TestReadWordClassesBadLine(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("# comment\nfine\t1\nbroken\n"))
	zw.Close()
	_, _, err := readWordClasses(b.Bytes())
	if err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("got %v, want an error naming line 3", err)
	}
}

// TestUnseenWordsTakeTheirDictionaryClass: words the treebank hardly shows are tagged within
// the classes the dictionary gives them (before, "overthrew" and "widespread" were read as
// prepositions), and a word it shows is a verb only if the dictionary knows it as one.
func TestUnseenWordsTakeTheirDictionaryClass(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, word, want string }{
		{"Army chief Abdel Fattah al-Sisi overthrew President Mohamed Mursi.", "overthrew", "VERB"},
		{"Iran faces widespread criticism.", "widespread", "ADJ"},
		// a word the treebank shows, but never as a verb, is no verb after "to"
		{"Germany opened its borders to about one million refugees.", "about", "ADV"},
	} {
		s := p.ParseSentence(c.text, 0, len(c.text))
		for _, w := range s.Words {
			if w.Form == c.word && w.UPOS != c.want {
				t.Errorf("%q: %s got %s, want %s", c.text, c.word, w.UPOS, c.want)
			}
		}
	}
}

// TestIntransitiveVerb checks the dictionary's verbs whose most frequent sense takes no object,
// British "-ise" spellings read as their "-ize" twins.
func TestIntransitiveVerb(t *testing.T) {
	for _, c := range []struct {
		lemma string
		want  bool
	}{
		{"apologize", true}, {"apologise", true}, {"arrive", true}, {"testify", true}, {"clash", true},
		{"kill", false}, {"serve", false}, {"compare", false}, {"criticise", false}, {"post", false},
	} {
		if got := IntransitiveVerb(c.lemma); got != c.want {
			t.Errorf("IntransitiveVerb(%q): got %v, want %v", c.lemma, got, c.want)
		}
	}
}

// TestThingNoun checks the dictionary's nouns for what can be handed over.
func TestThingNoun(t *testing.T) {
	for _, c := range []struct {
		lemma string
		want  bool
	}{
		{"grenade", true}, {"vaccine", true}, {"rice", true}, {"money", true}, {"fuel", true}, {"system", true},
		{"hope", false}, {"interview", false}, {"support", false}, {"aid", false},
	} {
		if got := ThingNoun(c.lemma); got != c.want {
			t.Errorf("ThingNoun(%q): got %v, want %v", c.lemma, got, c.want)
		}
	}
}

// TestPersonNoun checks the dictionary's person nouns: a noun whose most frequent sense is a
// person (WordNet's noun.person, or its top synset "person"), not a body or a place.
func TestPersonNoun(t *testing.T) {
	for _, c := range []struct {
		lemma string
		want  bool
	}{
		{"suspect", true}, {"inmate", true}, {"survivor", true}, {"individual", true}, {"person", true},
		{"government", false}, {"police", false}, {"hospital", false}, {"people", false}, {"xyzzyq", false},
	} {
		if got := PersonNoun(c.lemma); got != c.want {
			t.Errorf("PersonNoun(%q): got %v, want %v", c.lemma, got, c.want)
		}
	}
}

// TestCommunicationNoun checks the dictionary's communication nouns: a noun whose most frequent
// sense is in WordNet's noun.communication, and no adverb or adjective.
func TestCommunicationNoun(t *testing.T) {
	for _, c := range []struct {
		lemma string
		want  bool
	}{
		{"statement", true}, {"video", true}, {"report", true}, {"letter", true}, {"film", true},
		{"prisoner", false}, {"border", false}, {"hostage", false}, {"daily", false}, {"western", false},
	} {
		if got := CommunicationNoun(c.lemma); got != c.want {
			t.Errorf("CommunicationNoun(%q): got %v, want %v", c.lemma, got, c.want)
		}
	}
}

// TestUnseenWordsTakeTheirDictionaryLemma: where the suffix rules give an unseen word a lemma
// the dictionary lacks, WordNet's detachment rules give it ("upgrad", "shel" before).
func TestUnseenWordsTakeTheirDictionaryLemma(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "Czechia upgraded its ties. Rebels shelled the town. They patrolled the border and annulled the vote."
	want := map[string]string{"upgraded": "upgrade", "shelled": "shell", "patrolled": "patrol", "annulled": "annul", "ties": "tie"}
	for _, s := range p.Sentences(text) {
		p.Parse(&s)
		for _, w := range s.Words {
			if l, ok := want[w.Form]; ok && w.Lemma != l {
				t.Errorf("lemma of %q: got %q, want %q", w.Form, w.Lemma, l)
			}
		}
	}
}

func TestVerbIdiom(t *testing.T) {
	for _, c := range []struct {
		verb, noun string
		want       bool
	}{{"give", "birth", true}, {"give", "way", true}, {"pay", "heed", true}, {"give", "aid", false}, {"pay", "money", false}} {
		if got := VerbIdiom(c.verb, c.noun); got != c.want {
			t.Errorf("VerbIdiom(%q, %q): got %v, want %v", c.verb, c.noun, got, c.want)
		}
	}
}

// TestReadIrregularLemmas: an irregular form's line gives its class and its lemma in that class.
func TestReadIrregularLemmas(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("=better\t4\tgood\n=better\t8\twell\nfight\t3\n"))
	zw.Close()
	wc, irr, err := readWordClasses(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := wc["=better"], wcAdj|wcAdv; got != want {
		t.Errorf("classes of =better: got %04b, want %04b", got, want)
	}
	for _, c := range []struct {
		bit  uint16
		want string
	}{{wcAdj, "good"}, {wcAdv, "well"}, {wcVerb, ""}} {
		if got, _ := irr.lemma("better", c.bit); got != c.want {
			t.Errorf("lemma of better in class %d: got %q, want %q", c.bit, got, c.want)
		}
	}
}
