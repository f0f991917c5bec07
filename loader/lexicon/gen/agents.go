package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"newsgraph/loader/lexicon/lemma"
)

// agent is one agent phrase of Phoenix.agents.txt with its code ("GOV", "GOVFRM", "NGO").
type agent struct {
	lemma, code string
	line        int
}

var (
	agentRE = regexp.MustCompile(`^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]`)
	substRE = regexp.MustCompile(`^(![A-Z]+!)\s*=\s*(.*)$`)
)

// readAgents parses the agents dictionary: "PHRASE {PLURALS} [~CODE]" records and "!X! = a, b"
// substitution sets. Each phrase and each listed plural becomes a noun lemma.
func readAgents(name string, r io.Reader) ([]agent, error) {
	subst := map[string][]string{}
	var out []agent
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<!--") {
			continue
		}
		if m := substRE.FindStringSubmatch(line); m != nil {
			for _, w := range strings.Split(m[2], ",") {
				subst[m[1]] = append(subst[m[1]], strings.TrimSpace(w))
			}
			continue
		}
		m := agentRE.FindStringSubmatch(line)
		if m == nil {
			continue // a phrase without a code: no agent
		}
		code := strings.Trim(strings.TrimSpace(m[3]), "~")
		if code == "" || strings.ContainsAny(code, " ~") {
			return nil, fmt.Errorf("%s:%d: bad agent code %q", name, n, m[3])
		}
		phrases := []string{m[1]}
		phrases = append(phrases, strings.Fields(m[2])...)
		for _, ph := range phrases {
			for _, s := range expand(ph, subst) {
				if l := lemma.Noun(s); l != "" {
					out = append(out, agent{lemma: l, code: code, line: n})
				}
			}
		}
	}
	return out, sc.Err()
}

// expand replaces each "!X!" marker by every member of its set.
func expand(ph string, subst map[string][]string) []string {
	for k, vs := range subst {
		if strings.Contains(ph, k) {
			var out []string
			for _, v := range vs {
				out = append(out, expand(strings.Replace(ph, k, v, 1), subst)...)
			}
			return out
		}
	}
	return []string{ph}
}
