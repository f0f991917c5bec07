// Command gen generates the event lexicon's data files (loader/lexicon/data) from the CAMEO verb
// dictionaries, the CAMEO→PLOVER table and the Phoenix agents dictionary in ../shared/reference.
// Run it with `go generate ./loader/lexicon` or `make lexicon`; the output is deterministic.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"newsgraph/internal/repo"
)

func main() {
	ref := flag.String("ref", "", "the reference folder holding petrarch2/ and plover/ (default: ../shared/reference beside the repository)")
	out := flag.String("out", "data", "the folder the data files are written to")
	stats := flag.Bool("stats", false, "print what was kept and dropped (the README's counts)")
	flag.Parse()
	if err := run(*ref, *out, *stats); err != nil {
		fmt.Fprintln(os.Stderr, "lexicon gen:", err)
		os.Exit(1)
	}
}

// run reads the sources under ref and writes the data files into out.
func run(ref, out string, stats bool) error {
	if ref == "" {
		root, err := repo.Root()
		if err != nil {
			return err
		}
		ref = filepath.Join(root, "..", "shared", "reference")
	}
	files, lx, err := generate(ref)
	if err != nil {
		return err
	}
	if stats {
		lx.printStats(os.Stdout)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	return nil
}
