package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// actor is one entry of a TABARI actor file: its head name and '+' synonyms as written
// (upper case, words joined by '_'), and its codes.
type actor struct {
	Names []string
	Codes []code
	Line  int // the line of the head name, for messages
}

// code is one bracketed actor code ("IGOUNO", "USAGOV"); Dated says it carries a date range, as
// the codes of office holders do ("[IRQGOV 680717-790716]").
type code struct {
	Code  string
	Dated bool
}

var codeRE = regexp.MustCompile(`\[([^\]\s]*)\s*([^\]]*)\]`)

// parseActors reads a TABARI actor file: a line "NAME_ [CODE]" or "NAME_ # comment" starts an
// entry, "+SYNONYM_" lines add names to it, and indented "[CODE date]" lines add codes.
// Comments run from '#' to the end of the line.
func parseActors(r io.Reader) ([]actor, error) {
	var out []actor
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		line := raw
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		indented := raw[0] == ' ' || raw[0] == '\t'
		body := strings.TrimSpace(line)
		codes := parseCodes(body)
		if i := strings.IndexByte(body, '['); i >= 0 {
			body = strings.TrimSpace(body[:i])
		}
		switch {
		case indented && body == "" || body == "" && len(codes) > 0:
			if len(out) == 0 {
				return nil, fmt.Errorf("line %d: a code before any actor", n)
			}
			last := &out[len(out)-1]
			last.Codes = append(last.Codes, codes...)
		case strings.HasPrefix(body, "+"):
			if len(out) == 0 {
				return nil, fmt.Errorf("line %d: a synonym before any actor", n)
			}
			last := &out[len(out)-1]
			last.Names = append(last.Names, splitNames(body)...)
			last.Codes = append(last.Codes, codes...)
		default:
			out = append(out, actor{Names: splitNames(body), Codes: codes, Line: n})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// splitNames splits "+A_+B_" into its names, with spaces made underscores.
func splitNames(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "+") {
		p = strings.Join(strings.Fields(p), "_")
		if strings.Trim(p, "_") != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseCodes(s string) []code {
	var out []code
	for _, m := range codeRE.FindAllStringSubmatch(s, -1) {
		c := strings.TrimLeft(m[1], "~")
		if c == "" || strings.Trim(c, "-") == "" {
			continue
		}
		out = append(out, code{Code: c, Dated: strings.TrimSpace(m[2]) != ""})
	}
	return out
}
