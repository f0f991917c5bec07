package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseCommandText(t *testing.T) {
	code, out, errs := cli(t, "The U.S. didn’t sign it.\n\nTalks ended.", "parse")
	if code != 0 {
		t.Fatalf("parse: exit %d, stderr %s", code, errs)
	}
	blocks := strings.Split(strings.TrimSpace(out), "\n\n")
	if len(blocks) != 2 {
		t.Fatalf("got %d sentences, want 2:\n%s", len(blocks), out)
	}
	lines := strings.Split(blocks[0], "\n")
	if lines[0] != "# sent_id = 1" || lines[1] != "# text = The U.S. didn’t sign it." {
		t.Errorf("comments: got %q", lines[:2])
	}
	// words and MISC: TokenRange in code points ("’" is one), SpaceAfter=No before "n’t"
	wantMisc := []string{"TokenRange=0:3", "TokenRange=4:8", "SpaceAfter=No|TokenRange=9:12",
		"TokenRange=12:15", "TokenRange=16:20", "SpaceAfter=No|TokenRange=21:23", "TokenRange=23:24"}
	words := lines[2:]
	if len(words) != len(wantMisc) {
		t.Fatalf("got %d words, want %d:\n%s", len(words), len(wantMisc), blocks[0])
	}
	for i, l := range words {
		f := strings.Split(l, "\t")
		if len(f) != 10 {
			t.Fatalf("line %q: %d columns", l, len(f))
		}
		if f[9] != wantMisc[i] {
			t.Errorf("word %s MISC: got %q, want %q", f[1], f[9], wantMisc[i])
		}
	}
	if f := strings.Split(words[2], "\t"); f[2] != "do" || f[3] != "AUX" {
		t.Errorf("did: got lemma %q UPOS %q, want do AUX", f[2], f[3])
	}
}

func TestParseCommandCoNLLU(t *testing.T) {
	in := "# sent_id = a\n1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n3\tgo\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4\t!\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	path := filepath.Join(t.TempDir(), "in.conllu")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := cli(t, "", "parse", "--conllu", path)
	if code != 0 {
		t.Fatalf("parse --conllu: exit %d, stderr %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 || lines[0] != "# sent_id = a" {
		t.Fatalf("got:\n%s", out)
	}
	roots := 0
	for i, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if want := []string{"do", "n't", "go", "!"}[i]; f[1] != want {
			t.Errorf("word %d: got %q, want %q", i+1, f[1], want)
		}
		if f[3] == "_" || f[7] == "_" {
			t.Errorf("word %s: UPOS %q DEPREL %q not filled", f[1], f[3], f[7])
		}
		if f[6] == "0" {
			roots++
		}
	}
	if roots != 1 {
		t.Errorf("got %d roots, want 1", roots)
	}
	if !strings.Contains(lines[3], "SpaceAfter=No") {
		t.Errorf("MISC of go not kept: %q", lines[3])
	}
}

func TestParseCommandBadInput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.conllu")
	if err := os.WriteFile(path, []byte("1\tok\t_\t_\t_\t_\t0\troot\t_\t_\n\n1\tbad line\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := cli(t, "", "parse", "--conllu", path)
	if code != 1 || !strings.Contains(errs, "bad.conllu:3") {
		t.Errorf("got exit %d, stderr %q; want 1 and the file and line", code, errs)
	}
}
