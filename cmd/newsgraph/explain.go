package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"newsgraph"
	"newsgraph/loader"
	"newsgraph/loader/events"
)

// runExplain prints how the loader read each sentence that it parsed for events or took a
// relation from: the tree, the actors, every event with the rule that decided it, the near
// misses, and the relations the word rules added (with their rules).
func runExplain(ctx context.Context, e *env) error {
	fs := newFlags(e, "explain", "explain [flags] [FILE|DIR|URL|-]...\n\nPrints, for each sentence read for events, its dependency tree (CoNLL-U columns,\nactors marked), each event with the rule and lexicon entry that decided it, whether\nit was kept, the near misses (triggers without actors, negation, conditions), and\nthe relations the word rules added (\"relation TYPE A -> B: words verb attack\").\nIt reads the same inputs as extract.")
	var in inputFlags
	in.register(fs, true)
	if err := parse(fs, e.args); err != nil {
		return err
	}
	r, err := in.reader(e)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return err
	}
	x := loader.New()
	out := bufio.NewWriter(e.stdout)
	bad := 0
	err = r.Read(ctx, inputs(fs), func(a newsgraph.Article, err error) error {
		if err != nil {
			bad++
			fmt.Fprintf(e.stderr, "newsgraph explain: skipped %v\n", err)
			return nil
		}
		ex, rs := x.Explain(a)
		writeExplanation(out, ex, rs)
		return nil
	})
	return endOutput(out, err, bad)
}

// writeExplanation writes the readings of one article as text.
func writeExplanation(w io.Writer, ex newsgraph.Extraction, rs []loader.Reading) {
	fmt.Fprintf(w, "# article %s", ex.Article.ID)
	if ex.Article.Title != "" {
		fmt.Fprintf(w, ": %s", ex.Article.Title)
	}
	fmt.Fprintln(w)
	for _, r := range rs {
		text := ex.Article.Text
		if r.Tree.End <= len(text) {
			text = text[r.Tree.Start:r.Tree.End]
		}
		fmt.Fprintf(w, "\n## %s\n", text)
		actorAt := map[int]string{}
		for _, a := range r.Actors {
			for _, wd := range r.Tree.Words {
				if wd.Start < a.End && a.Start < wd.End && actorAt[wd.ID] == "" {
					actorAt[wd.ID] = a.EntityID
				}
			}
		}
		for _, wd := range r.Tree.Words {
			mark := ""
			if id := actorAt[wd.ID]; id != "" {
				mark = "\t[" + id + "]"
			}
			fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%d\t%s%s\n", wd.ID, wd.Form, wd.Lemma, wd.UPOS, wd.Head, wd.Deprel, mark)
		}
		for _, ev := range r.Events {
			kept := "dropped (the same actor, a person's own affairs or a place)"
			for _, rel := range r.Relations {
				if keptFrom(rel, ev) {
					kept = "kept"
				}
			}
			status := ""
			if ev.Status != "" {
				status = " " + ev.Status
			}
			fmt.Fprintf(w, "event %s%s %s -> %s (trigger %d %q): %s; %s\n", ev.Type, status,
				r.Actors[ev.Subject].EntityID, r.Actors[ev.Object].EntityID, ev.Trigger,
				r.Tree.Words[ev.Trigger-1].Form, ev.Rule, kept)
		}
		for _, m := range r.Misses {
			form := ""
			if m.Word >= 1 && m.Word <= len(r.Tree.Words) {
				form = r.Tree.Words[m.Word-1].Form
			}
			fmt.Fprintf(w, "miss  word %d %q: %s\n", m.Word, form, strings.TrimSpace(m.Reason))
		}
		if len(r.Tree.Words) == 0 {
			fmt.Fprintln(w, "(not parsed: no trigger of the tree lexicon, or too long)")
		}
		for _, rel := range r.Relations {
			if !fromEvent(rel, r.Events) {
				fmt.Fprintf(w, "relation %s %s -> %s: %s\n", rel.Type, rel.Subject, rel.Object, rel.Rule)
			}
		}
	}
	fmt.Fprintln(w)
}

// fromEvent reports whether rel was kept from one of the tree's events (printed as "event").
func fromEvent(rel newsgraph.Relation, evs []events.Event) bool {
	for _, ev := range evs {
		if keptFrom(rel, ev) {
			return true
		}
	}
	return false
}

// keptFrom reports whether rel is the tree event ev kept: the same type and rule.
func keptFrom(rel newsgraph.Relation, ev events.Event) bool {
	return rel.Type == ev.Type && rel.Rule == ev.Rule
}
