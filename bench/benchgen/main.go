// Command benchgen writes a benchmark corpus of N articles as JSON Lines (the input of
// `newsgraph load`): the bodies of a source corpus repeated with distinct ids, dates spread over
// 2016–2025 and rotating sources. The output is deterministic.
//
//	benchgen -n 100000 -src ../shared/corpus/fnc1-bodies.jsonl -o /tmp/articles-100000.jsonl
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"newsgraph/bench"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "benchgen: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("benchgen", flag.ContinueOnError)
	n := fs.Int("n", 1000, "number of `articles` to write")
	src := fs.String("src", "../shared/corpus/fnc1-bodies.jsonl", "source corpus (JSON Lines with a \"text\" field)")
	out := fs.String("o", "-", "output `file` (- for standard output)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *n < 0 {
		return fmt.Errorf("-n %d: want a count ≥ 0", *n)
	}
	f, err := os.Open(*src)
	if err != nil {
		return fmt.Errorf("source corpus: %w", err)
	}
	bodies, err := bench.ReadBodies(f, *src)
	f.Close()
	if err != nil {
		return err
	}
	w := stdout
	if *out != "-" {
		of, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer of.Close()
		w = of
		if err := bench.Generate(w, bodies, *n); err != nil {
			return err
		}
		return of.Close()
	}
	return bench.Generate(w, bodies, *n)
}
