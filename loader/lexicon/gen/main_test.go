package main

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"newsgraph/internal/repo"
)

// reference returns ../shared/reference beside the repository, or skips the test.
func reference(t *testing.T) string {
	t.Helper()
	root, err := repo.Root()
	if err != nil {
		t.Fatal(err)
	}
	ref := filepath.Join(root, "..", "shared", "reference")
	if _, err := os.Stat(filepath.Join(ref, "petrarch2", "CAMEO.2.0.txt")); err != nil {
		t.Skipf("skipped: the sources are not here (%v); ../shared is needed only to regenerate", err)
	}
	return ref
}

// TestRegenerate checks that the committed data files are what the generator makes, byte for byte.
func TestRegenerate(t *testing.T) {
	files, _, err := generate(reference(t))
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range files {
		want, err := os.ReadFile(filepath.Join("..", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("data/%s differs from a fresh generation (%d bytes, want %d): run `make lexicon`", name, len(got), len(want))
		}
	}
}

func TestClassify(t *testing.T) {
	syn := map[string][]string{"&TREATY": {"treaty", "accord", "peace treaty"}}
	tests := []struct {
		pattern string
		want    string // keys as prep/object/rank, or the drop reason
	}{
		{"* SANCTIONS", "/sanction/0"},
		{"$ * &TREATY", "/treaty/0 /accord/0 /peace treaty/0"},
		{"* {ECONOMIC SANCTIONS}", "/economic sanction/0 /sanction/1"},
		{"* {TRADE &TREATY}", "/trade treaty/0 /trade accord/0 /trade peace treaty/0 /treaty/1 /accord/1"},
		{"* (FOR {FINANCIAL AID})", "for/financial aid/0 for/aid/1"},
		{"* (TO A VOTE)", "to/vote/0"},
		{"* (TO)", "to//0"},
		{"* DIPLOMATIC_RELATIONS", "/diplomatic relation/0 /relation/1"},
		{"COMPANY * DEAL", dropPreVerb},
		{"* POLICE (TO BORDER)", dropSeveral},
		{"* + PARTY", dropActor},
		{"WILL_NOT * PEACE_&TREATY WITH +", dropNegation},
		{"* &UNKNOWN", dropSynset},
		{"*", dropEmptyPost},
	}
	for _, tt := range tests {
		keys, why := classify(pattern{text: tt.pattern}, syn)
		got := why
		if why == "" {
			var s []string
			for _, k := range keys {
				s = append(s, k.prep+"/"+k.object+"/"+string(rune('0'+k.rank)))
			}
			got = strings.Join(s, " ")
		}
		if got != tt.want {
			t.Errorf("classify(%q) = %q, want %q", tt.pattern, got, tt.want)
		}
	}
}

func TestContractType(t *testing.T) {
	tests := []struct{ code, table, mode, want string }{
		{"100", "REQUEST", "", "DEMAND"},
		{"090", "ACCUSE", "investigate", "INVESTIGATE"},
		{"111", "ACCUSE", "disapprove", "DISAPPROVE"},
		{"190", "ASSAULT", "", "FIGHT"},
		{"1712", "ASSAULT", "seize", "ASSAULT"},
		{"202", "ASSAULT", "massacre", "ASSAULT"},
		{"0871", "RETREAT", "ceasefire", "RETREAT"},
	}
	for _, tt := range tests {
		if got := contractType(tt.code, tt.table, tt.mode); got != tt.want {
			t.Errorf("contractType(%s, %s, %s) = %s, want %s", tt.code, tt.table, tt.mode, got, tt.want)
		}
	}
}

// TestCompressExact reads objects.tsv and preps.tsv back as the package does (synset rows first,
// in file order; single rows after) and checks that every resolved key comes out unchanged.
func TestCompressExact(t *testing.T) {
	files, lx, err := generate(reference(t))
	if err != nil {
		t.Fatal(err)
	}
	syn := map[string][]string{}
	for _, line := range dataLines(files["synsets.tsv"]) {
		syn[line[0]] = append(syn[line[0]], line[1])
	}
	got := map[[3]string]string{}
	var later [][]string
	read := func(name string, prep bool) {
		for _, f := range dataLines(files[name]) {
			if !prep {
				f = append([]string{f[0], ""}, f[1:]...)
			}
			if !strings.HasPrefix(f[2], "&") {
				later = append(later, f)
				continue
			}
			for _, m := range syn[f[2]] {
				got[[3]string{f[0], f[1], m}] = strings.Join(f[3:], "\t")
			}
		}
	}
	read("objects.tsv", false)
	read("preps.tsv", true)
	for _, f := range later {
		got[[3]string{f[0], f[1], f[2]}] = strings.Join(f[3:], "\t")
	}
	want := map[[3]string]string{}
	for k, c := range lx.objects {
		want[[3]string{k[0], "", k[1]}] = strings.Join([]string{string(rune('0' + c.rank)), dash(c.code), c.text}, "\t")
	}
	for k, c := range lx.preps {
		want[k] = strings.Join([]string{string(rune('0' + c.rank)), dash(c.code), c.text}, "\t")
	}
	if len(got) != len(want) {
		t.Errorf("read back %d keys, want %d", len(got), len(want))
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("key %q = %q, want %q", k, got[k], w)
		}
	}
}

// dataLines splits a data file into the fields of its non-comment lines.
func dataLines(b []byte) [][]string {
	var out [][]string
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" && l[0] != '#' {
			out = append(out, strings.Split(l, "\t"))
		}
	}
	return out
}

// TestReadVerbForms: the forms of a verb are the words in braces; the commas some entries put
// between them are no forms ("{+WAS_DETERMINED , +BE_DETERMINED}" gave the form ",", so every
// sentence with a comma looked like it held a trigger).
func TestReadVerbForms(t *testing.T) {
	v := readVerb("+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED , +ARE_DETERMINED} [030]", "030")
	got := strings.Join(v.forms, "|")
	if want := "was determined|be determined|are determined"; got != want {
		t.Errorf("forms: got %q, want %q", got, want)
	}
}

// TestAuthorOverrides: a pattern's comment names the verb it was written for, and where a
// block's patterns for one key disagree that verb keeps its own, in a block put first among its
// blocks.
func TestAuthorOverrides(t *testing.T) {
	for _, tt := range []struct{ comment, want string }{
		{" RECOGNISE <ab 31 Dec 2005> ", "RECOGNISE"},
		{" CALL_OFF", "CALL_OFF"},
		{" <tb 30 Oct 2006>", ""},
		{" see above", ""},
		{"", ""},
	} {
		if got := commentVerb(tt.comment); got != tt.want {
			t.Errorf("commentVerb(%q) = %q, want %q", tt.comment, got, tt.want)
		}
	}
	blocks := []string{"b80", "a253", "a253@recognise", "a9"}
	sort.SliceStable(blocks, func(i, j int) bool { return blockLess(blocks[i], blocks[j]) })
	if got, want := strings.Join(blocks, ","), "a9,a253@recognise,a253,b80"; got != want {
		t.Errorf("blocks in precedence order: got %s, want %s", got, want)
	}
	cs := []cand{{code: "017", verb: "CELEBRATE", order: 1}, {code: "054", verb: "RECOGNISE", order: 2}}
	lx := &lexicon{verbs: map[string]*verbInfo{}, stats: map[string]int{}}
	chosen, ok := pick(append([]cand(nil), cs...))
	got := lx.authorOverrides("a253", cs, chosen, ok, []blockVerb{{"celebrate", "CELEBRATE"}, {"recognise", "RECOGNISE"}, {"recognize", "RECOGNIZE"}})
	if len(got) != 2 || got["a253@recognise"].code != "054" || got["a253@recognize"].code != "054" {
		t.Errorf("overrides: got %v, want a253@recognise and a253@recognize with 054", got)
	}
	if b := lx.verbs["recognise"]; b == nil || len(b.blocks) != 1 || b.blocks[0] != "a253@recognise" {
		t.Errorf("recognise's blocks: got %+v, want the override block", b)
	}
}
