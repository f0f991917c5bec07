package entities

import (
	"slices"
	"strings"
	"unicode"
)

// arabicVariants returns the other spellings news gives the name of a place in an
// Arabic-speaking country, as GeoNames transliterates it: without the article ("Al Fallūjah",
// "Ar Raqqah": "Fallūjah", "Raqqah") and with the closing "-ah" of the feminine ending written
// "-a" ("Basrah": "Basra"; "Misratah": "Misrata"). The name itself is not among them, nor a
// spelling of fewer than four letters.
func arabicVariants(name string) []string {
	var out []string
	add := func(v string) {
		if v != name && len([]rune(v)) >= 4 && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	bases := []string{name}
	if f := strings.Fields(name); len(f) > 1 && arabicArticles[f[0]] {
		bare := strings.Join(f[1:], " ")
		add(bare)
		bases = append(bases, bare)
	}
	for _, b := range bases {
		for _, v := range withoutMarks(b) {
			add(v)
			bases = append(bases, v)
		}
	}
	for _, b := range bases {
		if v, ok := openFeminine(b); ok {
			add(v)
		}
	}
	return out
}

// openFeminine returns name with a closing "-ah" after a consonant written "-a" ("Basrah" →
// "Basra"), and whether it had one.
func openFeminine(name string) (string, bool) {
	rs := []rune(name)
	n := len(rs)
	if n < 4 || rs[n-1] != 'h' || rs[n-2] != 'a' && rs[n-2] != 'ā' || strings.ContainsRune("aeiouāīū", rs[n-3]) {
		return name, false
	}
	return string(rs[:n-1]), true
}

// withoutMarks returns name without the ayn (‘) and hamza (’) signs GeoNames writes and news
// leaves out: dropped, and where an ayn stands between a consonant and a vowel, also with that
// vowel doubled ("Dar‘ā": "Darā", "Daraa"; "Ṣan‘ā’": "Ṣanā", "Ṣanaa"). None if name has no sign.
func withoutMarks(name string) []string {
	if !strings.ContainsAny(name, "‘’") {
		return nil
	}
	rs := []rune(name)
	var plain, doubled []rune
	for i, r := range rs {
		switch {
		case r == '’':
		case r == '‘':
			if i > 0 && i+1 < len(rs) && unicode.IsLetter(rs[i-1]) && !isVowel(rs[i-1]) && isVowel(rs[i+1]) {
				doubled = append(doubled, plainVowel(rs[i+1]))
			}
		default:
			plain = append(plain, r)
			doubled = append(doubled, r)
		}
	}
	out := []string{string(plain)}
	if string(doubled) != string(plain) {
		out = append(out, string(doubled))
	}
	return out
}

// isVowel reports whether r is a vowel letter of a romanised Arabic name.
func isVowel(r rune) bool { return strings.ContainsRune("aeiouāīūAEIOUĀĪŪ", r) }

// plainVowel returns the vowel r without its length mark ("ā": "a").
func plainVowel(r rune) rune {
	switch r {
	case 'ā':
		return 'a'
	case 'ī':
		return 'i'
	case 'ū':
		return 'u'
	}
	return r
}

// arabicArticles are the forms of the Arabic article "al-" that GeoNames writes as a word of
// its own before a place's name, assimilated to the sound after it ("Ar Raqqah", "As Sulaymānīyah").
var arabicArticles = setOf("Al", "Ar", "As", "Az", "Ad", "At", "An", "Ash", "Ath", "Adh", "Aş", "Aţ", "Aḑ", "Aẓ", "Aḩ")

// arabicSpeaking are the ISO 3166 codes of the members of the Arab League, where place names are
// transliterated from Arabic.
var arabicSpeaking = setOf("DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
	"MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM")

// articleSpaced returns name with the Arabic article inside it written apart rather than joined by
// a hyphen ("Ansar al-Sharia": "Ansar al Sharia"), as news writes it as often; name itself when
// it has none.
func articleSpaced(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		if a, rest, ok := strings.Cut(w, "-"); ok && i > 0 && rest != "" && lowerArticles[a] {
			f[i] = a + " " + rest
		}
	}
	return strings.Join(f, " ")
}

// lowerArticles are the Arabic article as names inside a name write it ("al-Sharia", "ad-Din").
var lowerArticles = setOf("al", "el", "ar", "as", "az", "ad", "at", "an", "ash", "ath", "adh")
