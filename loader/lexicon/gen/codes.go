package main

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// plover is one row of the CAMEO→PLOVER table, mapped to the contract's types.
type plover struct {
	code, typ, mode, table, desc string // table: the type the 2021 table names
}

// contractTypes are the 18 PLOVER types of CONTRACT.md.
var contractTypes = map[string]bool{
	"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "COOPERATE": true, "AID": true,
	"RETREAT": true, "DEMAND": true, "DISAPPROVE": true, "REJECT": true, "THREATEN": true,
	"INVESTIGATE": true, "PROTEST": true, "MOBILIZE": true, "SANCTION": true, "COERCE": true,
	"ASSAULT": true, "FIGHT": true,
}

var rowRE = regexp.MustCompile(`^(\d{3,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$`)

// readTable parses CAMEO2PLOVER-2021.txt: "code: TYPE, mode, context # description". Two-digit
// rows are section titles and are skipped; a repeated code keeps its first row.
func readTable(name string, r io.Reader) (map[string]plover, error) {
	rows := map[string]plover{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		m := rowRE.FindStringSubmatch(strings.TrimSpace(sc.Text()))
		if m == nil {
			continue
		}
		f := strings.Split(m[2], ",")
		for len(f) < 3 {
			f = append(f, "")
		}
		p := plover{code: m[1], table: strings.TrimSpace(f[0]), mode: strings.TrimSpace(f[1]),
			desc: strings.TrimSpace(m[3])}
		if strings.Contains(p.mode, "_") {
			p.mode = "" // a context in the mode column (175: "pro_autocracy"); modes use hyphens
		}
		p.typ = contractType(p.code, p.table, p.mode)
		if !contractTypes[p.typ] {
			return nil, fmt.Errorf("%s:%d: type %q (from %q) is not a contract type", name, n, p.typ, p.table)
		}
		if _, dup := rows[p.code]; !dup {
			rows[p.code] = p
		}
	}
	return rows, sc.Err()
}

// contractType maps the 2021 table's type names to the contract's: REQUEST is DEMAND; ACCUSE is
// INVESTIGATE in mode investigate, DISAPPROVE otherwise; ASSAULT by conventional military force
// (CAMEO 19x) is FIGHT.
func contractType(code, typ, mode string) string {
	switch {
	case typ == "REQUEST":
		return "DEMAND"
	case typ == "ACCUSE" && mode == "investigate":
		return "INVESTIGATE"
	case typ == "ACCUSE":
		return "DISAPPROVE"
	case typ == "ASSAULT" && strings.HasPrefix(code, "19"):
		return "FIGHT"
	}
	return typ
}

// extraRows are codes that the dictionaries use and the 2021 table lacks, mapped from the PLOVER
// manual.
var extraRows = map[string]plover{
	"176": {code: "176", typ: "COERCE", mode: "cyber", table: "COERCE",
		desc: "Attack cybernetically (CAMEO 2.0; not in the 2021 table: the PLOVER manual's COERCE mode cyber)"},
}

// resolve returns the row for a CAMEO code: its own, else its nearest parent's ("0256" → "025").
// A code without a row of its own or of a longer prefix falls back to its category's base code
// ("109" → "100", a two-digit "12" → "120"). Statements (01x) and appeals (02x) have no row: Type "", and mode "appeal" for 02x. ok is
// false for a code that has no row and no parent row.
func resolve(rows map[string]plover, code string) (p plover, ok bool) {
	switch {
	case strings.HasPrefix(code, "01"):
		return plover{code: code, desc: "statement (no PLOVER event)"}, true
	case strings.HasPrefix(code, "02"):
		return plover{code: code, mode: "appeal", desc: "appeal (no PLOVER event; DEMAND-lite)"}, true
	}
	if p, ok := extraRows[code]; ok {
		return p, true
	}
	parents := []string{}
	for c := code; len(c) >= 3; c = c[:len(c)-1] {
		parents = append(parents, c)
	}
	if len(code) >= 2 {
		parents = append(parents, code[:2]+"0")
	}
	for _, c := range parents {
		if p, ok := rows[c]; ok {
			p.code = code
			if c != code {
				p.desc += " (from " + c + ")"
			}
			return p, true
		}
	}
	return plover{code: code}, false
}
