package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"newsgraph/loader/syntax"
)

// runParse prints the parser's reading of text, or of the words of CoNLL-U files (--conllu), as
// CoNLL-U: one block per sentence.
func runParse(ctx context.Context, e *env) error {
	fs := newFlags(e, "parse", "parse [--conllu] [FILE|-]...")
	conllu := fs.Bool("conllu", false, "read CoNLL-U and parse the words of its FORM column")
	if err := parse(fs, e.args); err != nil {
		return err
	}
	p, err := syntax.Default()
	if err != nil {
		return err
	}
	out := bufio.NewWriterSize(e.stdout, 256<<10)
	for _, path := range inputs(fs) {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := parseFile(p, e, path, *conllu, out); err != nil {
			return err
		}
	}
	return out.Flush()
}

func parseFile(p *syntax.Parser, e *env, path string, conllu bool, out io.Writer) error {
	var in io.Reader = e.stdin
	name := "standard input"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		in, name = f, path
	}
	if conllu {
		return parseCoNLLU(p, in, name, out)
	}
	data, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return parseText(p, string(data), out)
}

// parseCoNLLU parses the words of each sentence of a CoNLL-U stream, keeping its comments and
// MISC column.
func parseCoNLLU(p *syntax.Parser, in io.Reader, name string, out io.Writer) error {
	sents, err := syntax.ReadCoNLLU(in, name)
	if err != nil {
		return err
	}
	for _, cs := range sents {
		s := syntax.Sentence{Words: make([]syntax.Word, len(cs.Sentence.Words))}
		for i, w := range cs.Sentence.Words {
			s.Words[i] = syntax.Word{ID: w.ID, Form: w.Form}
		}
		p.Parse(&s)
		if err := syntax.WriteCoNLLU(out, cs.Comments, &s, cs.Misc); err != nil {
			return err
		}
	}
	return nil
}

// parseText splits text into sentences and parses them; MISC gives each word's TokenRange in
// code points of the text, and SpaceAfter=No where the next word follows without a space.
func parseText(p *syntax.Parser, text string, out io.Writer) error {
	sents := p.ParseText(text)
	runes := runeOffsets(text)
	for k, s := range sents {
		comments := []string{fmt.Sprintf("# sent_id = %d", k+1),
			"# text = " + strings.Join(strings.Fields(text[s.Start:s.End]), " ")}
		misc := make([]string, len(s.Words))
		for i, w := range s.Words {
			misc[i] = fmt.Sprintf("TokenRange=%d:%d", runes(w.Start), runes(w.End))
			if next := nextStart(sents, k, i); next == w.End {
				misc[i] = "SpaceAfter=No|" + misc[i]
			}
		}
		if err := syntax.WriteCoNLLU(out, comments, &s, misc); err != nil {
			return err
		}
	}
	return nil
}

// nextStart returns the start of the word after word i of sentence k, or -1 at the end.
func nextStart(sents []syntax.Sentence, k, i int) int {
	if i+1 < len(sents[k].Words) {
		return sents[k].Words[i+1].Start
	}
	if k+1 < len(sents) && len(sents[k+1].Words) > 0 {
		return sents[k+1].Words[0].Start
	}
	return -1
}

// runeOffsets returns a function from byte offsets of text (increasing or not) to code-point
// offsets.
func runeOffsets(text string) func(int) int {
	idx := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		_, size := utf8.DecodeRuneInString(text[i:])
		for j := 0; j < size; j++ {
			idx[i+j] = n
		}
		i += size
		n++
	}
	idx[len(text)] = n
	return func(b int) int { return int(idx[b]) }
}
