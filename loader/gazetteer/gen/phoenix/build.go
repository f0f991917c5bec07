package main

import (
	"strconv"
	"strings"

	"newsgraph/loader/entities"
)

// org is one row of phoenix_orgs.tsv.
type org struct {
	Slug, Code, ISO3, Name string
	Aliases                []string
}

// builder turns actor entries into organisations, keeping count of what it left out.
type builder struct {
	f     *filter
	iso2  map[string]string // ISO3 → ISO2 of every country
	used  map[string]bool   // lower-cased names already given to an organisation
	slugs map[string]bool
	byKey map[string]int // code, country and key of a name → its organisation in out
	out   []org
	tally
}

func newBuilder(f *filter, iso2 map[string]string, slugs map[string]bool) *builder {
	return &builder{f: f, iso2: iso2, used: map[string]bool{}, slugs: slugs, byKey: map[string]int{}, tally: newTally()}
}

// tally counts the names left out by reason, with up to 40 examples of each.
type tally struct {
	dropped map[string]int // reason → names left out
	samples map[string][]string
}

func newTally() tally {
	return tally{dropped: map[string]int{}, samples: map[string][]string{}}
}

// stateSectors are the Phoenix sectors of a country code that make a body of the state.
var stateSectors = set("GOV", "MIL", "COP", "SPY", "JUD", "LEG")

// classify maps an entry's codes to an organisation code and country: IGO, NGO (also armed and
// opposition groups, as orgs.tsv codes them), or GOV with its country. Entries with a dated
// code are office holders, and multinationals, elites and bare country codes are no organisation
// here: ok is false for them.
func (b *builder) classify(cs []code) (kind, iso3 string, ok bool) {
	if len(cs) == 0 {
		return "", "", false
	}
	for _, c := range cs {
		if c.Dated {
			return "", "", false
		}
	}
	c := cs[0].Code
	country := func(s string) string {
		if len(s) >= 3 && b.iso2[s[:3]] != "" {
			return s[:3]
		}
		return ""
	}
	switch {
	case strings.HasPrefix(c, "IGO"):
		return "IGO", "", true
	case strings.HasPrefix(c, "NGO"):
		return "NGO", country(c[3:]), true
	case strings.HasPrefix(c, "IMG"):
		return "NGO", "", true
	case len(c) >= 6 && stateSectors[c[3:6]] && country(c) != "":
		return "GOV", c[:3], true
	case len(c) >= 6 && (c[3:6] == "REB" || c[3:6] == "OPP" || c[3:6] == "INS"):
		return "NGO", country(c), true
	}
	return "", "", false
}

// names returns an entry's usable names in order (each parenthesised acronym after its name),
// noting the reason of each name left out; known says whether a name is one of orgs.tsv.
func (b *builder) names(a actor) (keep []string, known bool) {
	for _, raw := range a.Names {
		d, paren := display(raw, b.f.words)
		for _, n := range append([]string{d}, paren...) {
			low := strings.ToLower(n)
			switch {
			case b.f.isKnown(n):
				known = true
				b.note("known", n)
			case b.used[low] || contains(keep, n):
				b.note("duplicate", n)
			default:
				if why := b.f.drop(n); why != "" {
					b.note(why, n)
					continue
				}
				keep = append(keep, n)
			}
		}
	}
	return keep, known
}

// note counts a name left out for the reason why, keeping it as an example.
func (t *tally) note(why, name string) {
	t.dropped[why]++
	if len(t.samples[why]) < 40 {
		t.samples[why] = append(t.samples[why], name)
	}
}

// group adds an entry whose names are all names of one organisation (the International and
// MilNonState files). An entry that shares a name with orgs.tsv is left to orgs.tsv.
func (b *builder) group(a actor) {
	kind, iso, ok := b.classify(a.Codes)
	if !ok {
		b.dropped["code"]++
		return
	}
	if len(a.Names) > 0 {
		// an entry headed by a person or role lists that person's other names
		d, _ := display(a.Names[0], b.f.words)
		if why := b.f.drop(d); why == "person" || why == "role" {
			b.note(why, d)
			return
		}
	}
	ns, known := b.names(a)
	if known || len(ns) == 0 {
		return
	}
	keep := ns[:1]
	for _, n := range ns[1:] {
		if related(ns[0], n) {
			keep = append(keep, n)
		} else {
			b.note("unrelated", n)
		}
	}
	b.add(kind, iso, keep)
}

// related reports whether a synonym names the same body as the head name: an acronym of it, a
// name sharing a significant word with it, or a name with a word naming a body. The MilNonState
// file lists a group's leaders among its synonyms ("Anwar al-Awlaki" under AQAP).
func related(head, n string) bool {
	if isAcronym(n) {
		// foreign initials ("AUC", "GRAPO") are short; long ones that match nothing are
		// mostly surnames in capitals ("AWLAQI")
		return isAcronym(head) || acronymOf(n, head) || len(n) <= 5
	}
	hs := map[string]bool{}
	for _, w := range wordsOf(strings.ToLower(head)) {
		if len(w) >= 4 && !lowerWords[w] {
			hs[w] = true
		}
	}
	for _, w := range wordsOf(strings.ToLower(n)) {
		if hs[w] || orgWords[w] {
			return true
		}
	}
	return false
}

// split adds an entry whose names may be different bodies of one country coded alike (the
// Countries file lists the FBI and the DEA under one entry): each full name is an organisation
// of its own, with the acronyms whose letters are its initials.
func (b *builder) split(a actor) {
	kind, iso, ok := b.classify(a.Codes)
	if !ok {
		b.dropped["code"]++
		return
	}
	ns, known := b.names(a)
	if known && len(a.Names) == 1 {
		return
	}
	var full, acr []string
	for _, n := range ns {
		switch {
		case isAcronym(n):
			acr = append(acr, n)
		case bare(n) && !endsWithOther(n, ns):
			b.note("bare", n)
		default:
			full = append(full, n)
		}
	}
	taken := map[string]bool{}
	groups := map[string][]string{}
	var order []string
	for _, n := range full {
		head := suffixHead(n, full)
		for _, m := range full {
			if syllabicOf(n, m) {
				head = suffixHead(m, full) // "Centcom" is a name of "Central Command"
				break
			}
		}
		if _, ok := groups[head]; !ok {
			order = append(order, head)
		}
		groups[head] = append(groups[head], n)
	}
	for _, h := range order {
		names := groups[h]
		for _, x := range acr {
			if !taken[x] && (acronymOf(x, h) || syllabicOf(x, h)) {
				names = append(names, x)
				taken[x] = true
			}
		}
		b.add(kind, iso, names)
	}
	for _, x := range acr {
		if !taken[x] {
			b.add(kind, iso, []string{x})
		}
	}
}

// suffixHead returns the first of names that n ends with ("Peshmerga" for "Kurdish Peshmerga"),
// else n.
func suffixHead(n string, names []string) string {
	for _, m := range names {
		if m != n && strings.HasSuffix(n, " "+m) {
			return m
		}
	}
	return n
}

// endsWithOther reports whether n ends with another of the names ns, after a space.
func endsWithOther(n string, ns []string) bool {
	for _, m := range ns {
		if m != n && strings.HasSuffix(n, " "+m) {
			return true
		}
	}
	return false
}

// acronymOf reports whether acronym x abbreviates name n: its letters are, in order, initials of
// the name's words, the first one first ("FBI", "Federal Bureau of Investigation"; "USAID",
// "United States Agency for International Development"; "AQAP", "al-Qaeda in the Arabian
// Peninsula").
func acronymOf(x, n string) bool {
	x = strings.ToUpper(strings.ReplaceAll(x, ".", ""))
	in := strings.ToUpper(initials(n))
	if x == "" || in == "" || x[0] != in[0] {
		return false
	}
	i := 0
	for k := 0; k < len(in) && i < len(x); k++ {
		if in[k] == x[i] {
			i++
		}
	}
	return i == len(x)
}

// add records an organisation named by names: its display name is the first that is no acronym.
func (b *builder) add(kind, iso string, names []string) {
	var kept []string
	for _, n := range names {
		if low := strings.ToLower(n); !b.used[low] {
			b.used[low] = true
			kept = append(kept, n)
		}
	}
	if len(kept) == 0 {
		return
	}
	for _, n := range kept {
		if i, ok := b.byKey[kind+iso+b.f.key(n, iso)]; ok && !isAcronym(n) {
			b.out[i].Aliases = append(b.out[i].Aliases, kept...)
			b.out[i].Aliases = removeName(b.out[i].Aliases, b.out[i].Name)
			return
		}
	}
	main := 0
	for i, n := range kept {
		if !isAcronym(n) {
			main = i
			break
		}
	}
	o := org{Code: kind, ISO3: iso, Name: kept[main]}
	for i, n := range kept {
		if i != main {
			o.Aliases = append(o.Aliases, n)
		}
	}
	o.Slug = b.slug(o)
	for _, n := range kept {
		if !isAcronym(n) {
			b.byKey[kind+iso+b.f.key(n, iso)] = len(b.out)
		}
	}
	b.out = append(b.out, o)
}

// slug makes a unique slug from the organisation's first acronym of three letters or more, else
// from its name without its country; a national body's slug starts with the country's ISO2 code
// ("us-usaid", "iq-peshmerga").
func (b *builder) slug(o org) string {
	base := entities.Slug(b.f.key(o.Name, o.ISO3))
	for _, a := range o.Aliases {
		if isAcronym(a) && len(strings.ReplaceAll(a, ".", "")) >= 3 {
			base = entities.Slug(a)
			break
		}
	}
	if o.ISO3 != "" {
		base = strings.ToLower(b.iso2[o.ISO3]) + "-" + base
	}
	s := base
	for i := 2; b.slugs[s]; i++ {
		s = base + "-" + strconv.Itoa(i)
	}
	b.slugs[s] = true
	return s
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func removeName(xs []string, x string) []string {
	out := xs[:0]
	for _, y := range xs {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}

// syllabicOf reports whether the one-word name x is made of the beginnings of two or more words of
// n, in order ("Centcom", "CENTCOM": "Central Command").
func syllabicOf(x, n string) bool {
	if strings.ContainsAny(x, " -.") || !strings.Contains(n, " ") {
		return false
	}
	var ws []string
	for _, w := range wordsOf(strings.ToLower(n)) {
		if !lowerWords[w] {
			ws = append(ws, w)
		}
	}
	return syllables(strings.ToLower(x), ws, 0)
}

// syllables reports whether x is the beginnings of at least two of ws (with used already taken),
// in order, skipping any word.
func syllables(x string, ws []string, used int) bool {
	if x == "" {
		return used >= 2
	}
	for i, w := range ws {
		for k := min(len(w), len(x)); k >= 2; k-- {
			if x[:k] == w[:k] && syllables(x[k:], ws[i+1:], used+1) {
				return true
			}
		}
	}
	return false
}
