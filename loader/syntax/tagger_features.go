package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokHash holds the hashes of one word's forms that the tagger's features read.
type tokHash struct {
	lower, form, shape, amb uint64
	suf                     [4]uint64 // suffixes of 1 to 4 bytes of the lower-case form
	pre                     [3]uint64 // prefixes of 1 to 3 bytes
	title                   bool
	dict                    int // class from the tag dictionary, or -1
}

// unseenAmb is the ambiguity class of a word seen fewer than three times in training.
const unseenAmb = 0x7a11

var padTok = tokHash{lower: 0x51ab, form: 0x51ab, shape: 0x51ab, amb: 0x51ab,
	suf: [4]uint64{0x51ab, 0x51ab, 0x51ab, 0x51ab}, pre: [3]uint64{0x51ab, 0x51ab, 0x51ab}}

// titleForms are abbreviated titles before a name that the treebank holds too seldom for the
// model to learn their part ("Sen. John McCain", "Lt. Gen. Michael Flynn" came out as two
// subjects, or with the title as the head of the name). The tagger and the parser read each as
// "Mr.", the title the treebank holds most, which plays the same part: a title before a name.
var titleForms = map[string]bool{"Sen.": true, "Rep.": true, "Gov.": true, "Gen.": true, "Lt.": true,
	"Col.": true, "Capt.": true, "Sgt.": true, "Maj.": true, "Adm.": true, "Cmdr.": true, "Pres.": true,
	"Amb.": true, "Prof.": true, "Rev.": true, "Cpl.": true, "Brig.": true}

// featureForm returns the form whose features stand for form: "Mr." for a title of titleForms,
// else form itself.
func featureForm(form string) string {
	if titleForms[form] {
		return "Mr."
	}
	return form
}

// lowerWord is the lower-case form with digits folded to 0 for words that contain letters or
// are long numbers, so that "1,234" and "5,678" share weights.
func lowerWord(s string) string {
	l := strings.ToLower(normPunct(s))
	if strings.IndexFunc(l, unicode.IsDigit) < 0 {
		return l
	}
	b := []byte(l)
	for i, c := range b {
		if c >= '1' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// punctNorm maps typographic punctuation to the ASCII forms that the treebank mostly uses.
var punctNorm = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "—", "--", "–", "--", "…", "...", "″", "\"")

func normPunct(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return punctNorm.Replace(s)
		}
	}
	return s
}

// shape maps letters to X/x, digits to d and keeps other characters, collapsing runs: "McCain" →
// "XxXx", "2024-05-06" → "d-d-d".
func shape(s string) string {
	var b strings.Builder
	var last rune = -1
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b.WriteRune(c)
		}
		last = c
		if b.Len() > 12 {
			break
		}
	}
	return b.String()
}

func hashTok(form string, amb map[string]uint64, dict map[string]uint8) tokHash {
	form = featureForm(form)
	l := lowerWord(form)
	t := tokHash{lower: hstr(l), form: hstr(form), shape: hstr(shape(form)), dict: -1}
	if c, ok := dict[l]; ok {
		t.dict = int(c)
	}
	r, _ := utf8.DecodeRuneInString(form)
	t.title = unicode.IsUpper(r)
	if a, ok := amb[l]; ok {
		t.amb = a
	} else {
		t.amb = unseenAmb
	}
	for k := 1; k <= 4; k++ {
		if k <= len(l) {
			t.suf[k-1] = hstr(l[len(l)-k:]) + uint64(k)
		} else {
			t.suf[k-1] = 0x5f5f + uint64(k)
		}
	}
	for k := 1; k <= 3; k++ {
		if k <= len(l) {
			t.pre[k-1] = hstr(l[:k]) + uint64(k)
		} else {
			t.pre[k-1] = 0x9f9f + uint64(k)
		}
	}
	return t
}

// tagFeatures2 appends to the features of tagFeatures those that read the tags of the first
// pass (first) around word i: the second pass sees the right context.
func tagFeatures2(buf []uint64, toks []tokHash, i int, p1, p2 uint64, first []uint8) []uint64 {
	buf = tagFeatures(buf, toks, i, p1, p2)
	ft := func(j int) uint64 {
		if j < 0 || j >= len(first) {
			return 0
		}
		return uint64(first[j]) + 1
	}
	c, n1, n2 := ft(i), ft(i+1), ft(i+2)
	w := &toks[i]
	return append(buf, f1(60, n1), f2(61, n1, n2), f2(62, p1, n1), f2(63, w.lower, n1), f1(64, c),
		f2(65, c, w.lower), f2(66, w.suf[2], n1), f3(67, p1, c, n1), f2(68, c, n1), f2(69, w.shape, n1))
}

// tagFeatures appends the features of word i of toks, given the two previous predicted tags
// (class+1, 0 for none).
func tagFeatures(buf []uint64, toks []tokHash, i int, p1, p2 uint64) []uint64 {
	at := func(j int) *tokHash {
		if j < 0 || j >= len(toks) {
			return &padTok
		}
		return &toks[j]
	}
	w, wm1, wm2, wp1, wp2 := at(i), at(i-1), at(i-2), at(i+1), at(i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	if w.title {
		first += 2
	}
	return append(buf,
		f1(1, 0),
		f1(2, w.lower), f1(3, w.form),
		f1(4, w.suf[0]), f1(5, w.suf[1]), f1(6, w.suf[2]), f1(7, w.suf[3]),
		f1(8, w.pre[0]), f1(9, w.pre[1]), f1(10, w.pre[2]),
		f1(11, w.shape),
		f1(12, p1), f1(13, p2), f2(14, p1, p2), f2(15, p1, w.lower),
		f1(16, wm1.lower), f1(17, wm1.suf[2]), f1(18, wm2.lower),
		f1(19, wp1.lower), f1(20, wp1.suf[2]), f1(21, wp2.lower),
		f1(22, wm1.shape), f1(23, wp1.shape),
		f2(24, w.lower, wp1.lower), f2(25, wm1.lower, w.lower),
		f1(26, wp1.amb), f1(27, wp2.amb), f1(28, w.amb), f2(29, p1, wp1.amb),
		f2(30, first, w.shape), f2(31, wm1.lower, wp1.lower), f2(32, p1, w.suf[2]),
		f2(33, w.amb, wp1.amb), f2(34, p1, w.amb), f2(35, w.shape, wp1.amb),
		f2(36, p1, wp1.lower), f2(37, p1, wm1.lower), f1(38, wp1.suf[1]), f1(39, wm1.suf[1]),
		f2(40, w.shape, wm1.lower), f1(41, caps(wm1, w, wp1)), f2(42, p2, w.lower), f1(43, wp2.suf[2]),
		f2(44, w.lower, wp1.amb), f3(45, wm1.lower, w.lower, wp1.lower), f2(46, w.lower, wm1.amb),
	)
}

// caps is the capitalization pattern of three words.
func caps(a, b, c *tokHash) uint64 {
	v := uint64(0)
	for _, t := range []*tokHash{a, b, c} {
		v <<= 1
		if t.title {
			v |= 1
		}
	}
	return v
}
