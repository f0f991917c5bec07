package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ConllSentence is a sentence read from CoNLL-U: its comment lines and its syntactic words (range
// and empty-node lines are dropped). MISC holds each word's tenth column.
type ConllSentence struct {
	Comments []string
	Sentence Sentence
	Misc     []string
	Line     int // line of the sentence's first word in its file
}

// ReadCoNLLU reads the sentences of a CoNLL-U stream. Word lines must have ten tab-separated
// columns and consecutive IDs from 1; HEAD may be "_" (then 0). Errors name the file and line.
func ReadCoNLLU(r io.Reader, name string) ([]ConllSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	var out []ConllSentence
	var cur ConllSentence
	flush := func() {
		if len(cur.Sentence.Words) > 0 || len(cur.Comments) > 0 {
			out = append(out, cur)
		}
		cur = ConllSentence{}
	}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(text) == "":
			flush()
			continue
		case strings.HasPrefix(text, "#"):
			if len(cur.Sentence.Words) == 0 {
				cur.Comments = append(cur.Comments, text)
			}
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%s:%d: %d columns, want 10", name, line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(cur.Sentence.Words)+1 {
			return nil, fmt.Errorf("%s:%d: word ID %q, want %d", name, line, f[0], len(cur.Sentence.Words)+1)
		}
		head := 0
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil || head < 0 {
				return nil, fmt.Errorf("%s:%d: bad HEAD %q", name, line, f[6])
			}
		}
		if len(cur.Sentence.Words) == 0 {
			cur.Line = line
		}
		cur.Sentence.Words = append(cur.Sentence.Words, Word{ID: id, Form: f[1], Lemma: under(f[2]),
			UPOS: under(f[3]), XPOS: under(f[4]), Feats: under(f[5]), Head: head, Deprel: under(f[7])})
		cur.Misc = append(cur.Misc, f[9])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line, err)
	}
	flush()
	return out, nil
}

func under(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func orUnder(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// WriteCoNLLU writes one sentence block: the comments, one line a word (misc[i] is the tenth
// column of word i, "_" when absent), then a blank line.
func WriteCoNLLU(w io.Writer, comments []string, s *Sentence, misc []string) error {
	var b strings.Builder
	for _, c := range comments {
		b.WriteString(c)
		b.WriteByte('\n')
	}
	for i, wd := range s.Words {
		m := "_"
		if i < len(misc) && misc[i] != "" {
			m = misc[i]
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t_\t%s\n", wd.ID, wd.Form, orUnder(wd.Lemma),
			orUnder(wd.UPOS), orUnder(wd.XPOS), orUnder(wd.Feats), wd.Head, orUnder(wd.Deprel), m)
	}
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}
