package main

import (
	"strings"
	"testing"
)

// TestExplainCommand checks that explain shows the tree of a sentence with its actors, the event
// with the rule that decided it, a near miss with its reason, and the relations the word rules
// add with their rules, for sentences parsed or not.
func TestExplainCommand(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Peru attacked Chile on Sunday. Bolivia did not attack Peru.\n", []string{
			"## Peru attacked Chile on Sunday.",
			"\tPROPN\t2\tnsubj\t[country/PER]",
			"event ASSAULT country/PER -> country/CHL (trigger 2 \"attacked\"): verb attack [",
			"; kept",
			"miss  word 4 \"attack\": negated: did not happen",
		}},
		{"Rwanda was paid 20 million pounds by Britain, with 5 million pounds going to Kenya. " +
			"On November 16 US aid worker Peter Kassig was beheaded in a video released by ISIS.\n", []string{
			"relation PAYS country/GBR -> country/KEN: words money going",
			"relation ASSAULT org/isis -> country/USA: words verb behead",
		}},
	} {
		code, out, errs := cli(t, tc.in, "explain", "-")
		if code != 0 {
			t.Fatalf("exit status %d, stderr %q", code, errs)
		}
		for _, want := range tc.want {
			if !strings.Contains(out, want) {
				t.Errorf("explain output lacks %q; got:\n%s", want, out)
			}
		}
	}
}

// TestExtractRule checks that extract names the rule of each event it reads from the tree.
func TestExtractRule(t *testing.T) {
	code, out, errs := cli(t, `{"id":"r","text":"Peru attacked Chile on Sunday."}`+"\n", "extract", "-")
	if code != 0 {
		t.Fatalf("exit status %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, `"type":"ASSAULT"`) || !strings.Contains(out, `"rule":"verb attack [`) {
		t.Errorf("got %s, want an ASSAULT with its rule", out)
	}
}
