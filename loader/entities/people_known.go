package entities

import (
	"strings"

	"newsgraph"
	"newsgraph/loader/gazetteer"
)

// personID builds a person's ID from the words of a name: the first given name (not an initial
// or a particle) and the last word, so "Olivier J.P. Nduhungirehe" and "Olivier Nduhungirehe"
// are one person, and so are "Kim Jong Un" and "Kim Jong-Un".
func personID(parts []string) (id, first, last string) {
	last = parts[len(parts)-1]
	for _, p := range parts[:len(parts)-1] {
		if !strings.HasSuffix(p, ".") && !nameParticleWords[strings.ToLower(p)] {
			first = p
			break
		}
	}
	if first != "" {
		return "person/" + Slug(first+" "+last), first, last
	}
	return "person/" + Slug(last), "", last
}

// applyKnown gives p the office of a well-known office holder, adding the country it belongs to.
func (f *Finder) applyKnown(st *state, p *docPerson, k gazetteer.Known) {
	p.office = k.Office
	p.officeOf = k.Of
	if iso, ok := strings.CutPrefix(k.Of, "country/"); ok {
		for _, c := range f.gz.Countries {
			if c.ISO3 == iso {
				f.addCountry(st.d, c)
			}
		}
	} else if o, ok := f.orgs[strings.TrimPrefix(k.Of, "org/")]; ok {
		if _, have := st.d.Entities[k.Of]; !have {
			st.d.Entities[k.Of] = &newsgraph.Entity{ID: k.Of, Type: newsgraph.Organization, Name: o.Name, Code: o.Code, Aliases: o.Aliases}
		}
	}
}

// indexKnown maps the well-known people by ID, and by surname where one person has it.
func (f *Finder) indexKnown() {
	f.known = map[string]gazetteer.Known{}
	f.knownSurname = map[string]string{}
	f.knownBare = map[string]string{}
	f.knownHead = map[string]string{}
	seen, heads := map[string]int{}, map[string]int{}
	for _, k := range f.gz.People {
		parts := nameParts(tokenize(k.Name, 0, len(k.Name), 0, nil))
		id, _, _ := personID(parts)
		f.known[id] = k
		l := strings.ToLower(familyName(parts, k.Of))
		seen[l]++
		f.knownSurname[l] = id
		if k.Bare {
			f.knownBare[l] = id
		}
		if headOffices[k.Office] {
			heads[l]++
			f.knownHead[l] = id
		}
	}
	for l, n := range seen {
		if n > 1 {
			delete(f.knownSurname, l)
			delete(f.knownBare, l)
		}
	}
	for l, n := range heads {
		if n > 1 {
			delete(f.knownHead, l)
		}
	}
}

// familyName returns the family name among the words parts of the name of someone serving of
// (a "country/ISO3" ID): the first word where names put it first (familyFirst: "Xi Jinping",
// "Moon Jae-in"), else the last.
func familyName(parts []string, of string) string {
	if len(parts) > 1 && familyFirst[strings.TrimPrefix(of, "country/")] {
		return parts[0]
	}
	return parts[len(parts)-1]
}

// familyFirst are the countries whose people's names are written, in English news too, family
// name first: China, Taiwan, Hong Kong, Macau, both Koreas, Vietnam, Cambodia. Japanese names
// are written given name first in English news.
var familyFirst = map[string]bool{"CHN": true, "TWN": true, "HKG": true, "MAC": true, "KOR": true, "PRK": true,
	"VNM": true, "KHM": true}

// headOffices are the offices whose holder heads a government: "the Clinton administration",
// "the Blair government" are that holder's.
var headOffices = map[string]bool{"President": true, "Prime Minister": true, "Chancellor": true, "Premier": true}

// governmentNouns name the government a head leads: after a surname, they make it the head's
// ("the Clinton administration" is Bill Clinton's, not Hillary Clinton's).
var governmentNouns = map[string]bool{"administration": true, "government": true, "cabinet": true, "regime": true}
