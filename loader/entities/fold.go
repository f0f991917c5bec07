package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldKey returns the lower-case word w without its accents, as the gazetteer's index keys
// names: news writes "Gujarat" and "Bogota" where the ISO and GeoNames names are "Gujarāt" and
// "Bogotá", and the other way round. Marks are removed after canonical decomposition (NFD);
// letters that do not decompose ("ł", "ø", "ı") fold by accentFold.
func foldKey(w string) string {
	if isASCII(w) {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := accentFold[r]; ok {
			r = f
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
