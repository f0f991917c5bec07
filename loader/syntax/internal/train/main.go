// Command train rebuilds the embedded syntax model from UD English EWT (`make model`):
//
//	go run ./loader/syntax/internal/train -ud ../shared/corpus/ud-english-ewt -out loader/syntax/model/en_ewt.bin.gz
//
// It trains on the train split, chooses the number of passes on dev and never reads test.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"newsgraph/loader/syntax"
)

func main() {
	ud := flag.String("ud", "../shared/corpus/ud-english-ewt", "`DIR` of UD English EWT")
	out := flag.String("out", "loader/syntax/model/en_ewt.bin.gz", "model `FILE` to write")
	var opt syntax.TrainOptions
	flag.IntVar(&opt.TaggerEpochs, "tagger-epochs", 0, "passes of the tagger (0: default)")
	flag.IntVar(&opt.ParserEpochs, "parser-epochs", 0, "passes of the parser (0: default)")
	flag.IntVar(&opt.Folds, "folds", 0, "jackknife folds (0: default)")
	flag.BoolVar(&opt.TaggerOnly, "tagger-only", false, "train and score the tagger only (no model written)")
	flag.Parse()
	if err := run(*ud, *out, opt); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(ud, out string, opt syntax.TrainOptions) error {
	train, err := read(filepath.Join(ud, "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	dev, err := read(filepath.Join(ud, "en_ewt-ud-dev.conllu"))
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := syntax.Train(&buf, train, dev, opt, os.Stderr); err != nil {
		return err
	}
	if opt.TaggerOnly {
		return nil
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

func read(path string) ([]syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cs, err := syntax.ReadCoNLLU(f, path)
	if err != nil {
		return nil, err
	}
	out := make([]syntax.Sentence, len(cs))
	for i, c := range cs {
		out[i] = c.Sentence
	}
	return out, nil
}
