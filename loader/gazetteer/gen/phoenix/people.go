package main

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// person is one row of phoenix_people.tsv: a person's name as news writes it and the ISO3 code
// of their country.
type person struct {
	Name, ISO3 string
}

// titleWords, before a name, make it a title and a name, not a plain name ("Former President
// Ronald Reagan", "Gov. Reagan", "Sir Richard Posnett"), besides officeWords, roleWords and the
// gazetteer's titles; they are written without a final period.
var titleWords = set("former", "late", "ex", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady",
	"baron", "baroness", "viscount", "gov", "govenor", "sen", "rep", "gen", "lt", "col",
	"maj", "capt", "adm", "brig", "colonel", "captain", "admiral", "marshal", "field", "vice", "prime",
	"foreign", "defense", "defence", "acting", "interim", "incoming", "outgoing", "elect",
	"president-elect", "sultan", "ayatollah", "grand", "imam", "mullah", "sheik", "shaikh", "hojjat",
	"hojatolislam", "hojatoleslam", "hojjatoleslam", "archbishop", "bishop", "cardinal", "rev",
	"reverend", "father", "saint", "st", "honorable", "hon", "his", "her", "excellency", "majesty",
	"highness", "comrade", "chairwoman", "premier", "crown", "bundeskanzler", "kanzler", "sec", "min",
	"commodore", "rear", "princess", "pm")

// nameHonorifics are titles that are also part of a name when they come inside it ("Abdurahman
// Sheikh Mohammed", "Bandar bin Sultan", "Martin Luther King Jr.", "Francine Baron Royer").
var nameHonorifics = set("sheikh", "sheik", "shaikh", "sayyid", "sayyed", "seyyed", "sultan", "emir", "prince",
	"king", "saint", "st", "haji", "mullah", "baron")

// bodyWords name a body, a state or a group of people, not a person ("Reagan Administration",
// "Assad Regime", "Republic of Srpska"), besides orgWords.
var bodyWords = set("regime", "cabinet", "junta", "camp", "family", "dynasty", "clan", "supporters",
	"loyalists", "followers", "government", "administration", "era", "office", "republic", "state",
	"kingdom", "emirate", "socialist", "soviet")

// givenGroupWords are groupWords that are also given names ("Jihad Azour").
var givenGroupWords = set("jihad", "fatah", "ansar", "islami")

// phraseWords are English words that make a name a phrase, not a person's ("Baroness Royall of
// Blaisdon", "Minister for Foreign Affairs").
var phraseWords = set("of", "the", "for", "and")

// smallWords are English words written in lower case in names of bodies but capitalised in
// people's ("Chui Sai On", "Hwang In Sung").
var smallWords = set("of", "the", "and", "for", "on", "in", "to", "at", "by", "with", "from", "over", "a", "an")

// collectPeople returns the people among the actors of the Countries file, sorted by name, and
// the tally of what it left out: the entries whose codes are dated (office holders), name one
// country the gazetteer knows (iso2's keys) and whose head name looks like a person's; of each,
// the head name and the synonyms that are plain names. A name found under two countries is left
// out.
func collectPeople(f *filter, iso2 map[string]string, as []actor) ([]person, tally) {
	t := newTally()
	found := map[string]person{} // lower-cased name → person; ISO3 "" once ambiguous
	for _, a := range as {
		if len(a.Names) == 0 {
			continue
		}
		head := personDisplay(a.Names[0], f.words)
		iso, why := personCountry(a.Codes, iso2)
		if why == "" {
			why = f.personHead(head)
		}
		if why != "" {
			t.note(why, head)
			continue
		}
		for _, n := range f.plainNames(a, &t) {
			low := strings.ToLower(n)
			switch p, seen := found[low]; {
			case !seen:
				found[low] = person{Name: n, ISO3: iso}
			case p.ISO3 != iso:
				found[low] = person{Name: p.Name}
			}
		}
	}
	return sortedPeople(found, &t), t
}

// sortedPeople returns the unambiguous people of found sorted by name, noting the ambiguous ones.
func sortedPeople(found map[string]person, t *tally) []person {
	keys := make([]string, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []person
	for _, k := range keys {
		if p := found[k]; p.ISO3 != "" {
			out = append(out, p)
		} else {
			t.note("ambiguous", p.Name)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// personCountry returns the one country of an office holder's codes: the first three letters of
// the codes that are an ISO3 code of iso2. Why says what else it is: "undated" (no dated code: no
// office holder), "country" (no code of a known country) or "countries" (codes of several).
func personCountry(cs []code, iso2 map[string]string) (iso3, why string) {
	dated := false
	for _, c := range cs {
		dated = dated || c.Dated
		if len(c.Code) < 3 || iso2[c.Code[:3]] == "" {
			continue
		}
		if iso3 != "" && iso3 != c.Code[:3] {
			return "", "countries"
		}
		iso3 = c.Code[:3]
	}
	switch {
	case !dated:
		return "", "undated"
	case iso3 == "":
		return "", "country"
	}
	return iso3, ""
}

// personHead returns why an entry's head name is no person's ("" if it may be one): a common
// word, a place, an office or role ("American Vice President"), a generic or body's name. A head
// of a title and a name ("Prince Norodom Sihanouk") or of a name ending in a role word
// ("Fowisya Mohamed Sheikh") is a person's, whose other names may be plain.
func (f *filter) personHead(head string) string {
	ws := wordsOf(head)
	switch why := f.drop(head); {
	case isBody(ws):
		return "body"
	case why == "word" && len(ws) > 1: // "Al Gore"
	case why == "role" && (!roleWords[strings.ToLower(ws[len(ws)-1])] || f.personLike(ws[:len(ws)-1])):
	case why != "" && why != "person" && why != "foreign" && why != "phrase":
		return why
	}
	return ""
}

// plainNames returns the names of an entry that are plain names of its person, as news writes
// them, noting why each other name is left out.
func (f *filter) plainNames(a actor, t *tally) []string {
	var out []string
	for _, raw := range a.Names {
		n := personDisplay(raw, f.words)
		if why := f.plainName(n); why != "" {
			t.note(why, n)
			continue
		}
		if !contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// plainName returns why a display name is no plain name of a person ("" keeps it): a single word
// ("single"), with a letter lost to the source's encoding ("garbled"), a country, place or
// organisation's name ("place", "known"), a title, office or role first or inside it ("title":
// "Gov. Reagan", "US President George Bush"), a word naming a body ("body": "Reagan
// Administration"), or an English phrase ("phrase": "Baroness Royall of Blaisdon").
func (f *filter) plainName(n string) string {
	ws := wordsOf(n)
	low := strings.ToLower(n)
	switch {
	case strings.IndexFunc(n, unicode.IsControl) >= 0 || strings.ContainsRune(n, utf8.RuneError):
		return "garbled" // a letter lost in the source's encoding ("LIAMINE_Z\x1aROUAL_")
	case len(strings.Fields(n)) < 2: // "Al-Maliki" too
		return "single"
	case f.places[low] || f.countries[low] != "":
		return "place"
	case f.isKnown(n):
		return "known"
	case f.isTitle(ws[0]) || f.innerTitle(ws[1:len(ws)-1]):
		return "title"
	case isBody(ws):
		return "body"
	case anyWord(ws, phraseWords):
		return "phrase"
	}
	return ""
}

// isTitle reports whether a word is a title, office or role ("Gov.", "President", "Sir").
func (f *filter) isTitle(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	return titleWords[lw] || officeWords[lw] || officeWords[lw+"."] || roleWords[lw] || f.titles[lw]
}

// innerTitle reports whether one of the words inside a name is a title, office or role that is
// no part of a name ("House Speaker John Boehner", "American Defense Secretary Donald Rumsfeld"):
// name honorifics, and short words without a period, are parts of names ("Song Min Soon").
func (f *filter) innerTitle(ws []string) bool {
	for _, w := range ws {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		if f.isTitle(w) && !nameHonorifics[lw] && (len(lw) > 3 || strings.HasSuffix(w, ".")) {
			return true
		}
	}
	return false
}

// isBody reports whether words name a body, not a person: one of them is a word naming a body
// ("Reagan Administration"), or the first is a word naming an armed group that is no given name
// ("Jaish al-Sha'bi", "Liwa Sumaysim"; not "Jihad Azour").
func isBody(ws []string) bool {
	first := strings.ToLower(ws[0])
	return anyWord(ws, orgWords) || anyWord(ws, bodyWords) || groupWords[first] && !givenGroupWords[first]
}

// anyWord reports whether one of the words, lower-cased, is in set.
func anyWord(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// personDisplay writes a TABARI name of a person as news writes it: as display does, without
// nicknames in quotes ("TZIPORA_"TZIPI"_LIVNI" is "Tzipora Livni"), what follows a comma or an
// unclosed parenthesis (", BARON_MARTONMERE", " (ACTING"), with each word in capitals
// capitalised ("Ehsan Zia", "Andrew H. Card Jr.") but for initials and regnal numbers
// ("Margrethe II").
func personDisplay(raw string, words map[string]bool) string {
	for strings.Count(raw, "\"") >= 2 {
		i := strings.IndexByte(raw, '"')
		j := i + 1 + strings.IndexByte(raw[i+1:], '"')
		raw = raw[:i] + "_" + raw[j+1:]
	}
	if i := strings.IndexByte(raw, ','); i >= 0 {
		raw = raw[:i]
	}
	if i := strings.LastIndexByte(raw, '('); i >= 0 && !strings.Contains(raw[i:], ")") {
		raw = raw[:i]
	}
	d, _ := display(raw, words)
	ws := strings.Fields(d)
	for i, w := range ws {
		parts := strings.Split(w, "-")
		for k, p := range parts {
			parts[k] = personWord(p, i == 0 && k == 0)
		}
		ws[i] = strings.Join(parts, "-")
	}
	return strings.Join(ws, " ")
}

// romanNumerals are the regnal numbers written in capitals after a name ("Baudouin I").
var romanNumerals = set("i", "ii", "iii", "iv", "vi", "vii", "viii", "ix")

// personWord writes one hyphen-separated part of a word of a person's name (first says whether
// it begins the name): regnal numbers after the first word in capitals; English small words
// capitalised ("Chui Sai On"); a part of two or more capitals, with at most a final period
// ("ZIA", "JR."), capitalised; the first part and the letter after an "O'" capitalised ("Al
// Gore", "O'Neill").
func personWord(p string, first bool) string {
	low := strings.ToLower(p)
	switch {
	case !first && romanNumerals[low]:
		return strings.ToUpper(p)
	case smallWords[low]:
		return upperFirst(low)
	}
	if letters := strings.TrimSuffix(p, "."); len(letters) >= 2 && !strings.Contains(letters, ".") && strings.ToUpper(letters) == letters {
		p = upperFirst(low)
	}
	if first {
		p = upperFirst(p)
	}
	if strings.HasPrefix(low, "o'") && len(p) > 2 {
		p = p[:2] + upperFirst(p[2:])
	}
	return p
}
