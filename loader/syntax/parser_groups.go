package syntax

// The parser scores its features in parts (weights.scoresCached): first those that read words
// (and the tag triples across places), one by one, then groups of features that read only tags,
// labels, distances and valency around one place, which recur together and are summed through
// a sumCache. Which part a feature is in changes no score (the sums are integers and a cached
// group is checked hash by hash); it only decides what the cache can reuse.
const (
	partWords    = iota // scored one by one
	partPair            // s0 and b0: their tags and distance
	partBuffer          // the tags of b1 and b2 with b0's
	partStack           // the tags of s1 and s2 with s0's, their distance
	partS0Left          // the left children of s0: tags, labels, valency, label set
	partS0Right         // the right children of s0
	partS1Kids          // the children of s1
	partB0Kids          // the children of b0
	partKidWords        // the words of children that are absent (see kidWord)
	numParseParts
	// kidWord marks the features of the word of a child: scored one by one when the child is
	// there, in the group partKidWords when it is not (the feature is then the template's
	// hash of no word, the same in every configuration, and weighs for most classes).
	kidWord = numParseParts
)

// parsePart is the part of each feature of parseFeatures, in its order (template numbers in the
// comments).
var parsePart = [...]uint8{
	// unigrams 100–115
	partWords, partPair, partWords, partWords, partStack, partWords, partWords, partStack,
	partWords, partPair, partWords, partWords, partBuffer, partWords, partWords, partBuffer,
	// pairs 120–135
	partWords, partWords, partWords, partWords, partWords, partWords, partPair, partBuffer,
	partWords, partWords, partStack, partWords, partWords, partWords, partWords, partWords,
	// triples of tags 140–150
	partBuffer, partWords, partWords, partStack, partWords, partWords, partWords, partWords,
	partWords, partWords, partWords,
	// distance 160–169
	partWords, partPair, partWords, partPair, partWords, partPair, partStack, partWords,
	partWords, partWords,
	// valency 170–178
	partWords, partS0Right, partWords, partS0Left, partWords, partS1Kids, partS1Kids, partWords,
	partB0Kids,
	// children 180–214
	kidWord, partS0Left, partS0Left, kidWord, partS0Right, partS0Right, // 180–185
	kidWord, partS1Kids, partS1Kids, kidWord, partS1Kids, partS1Kids, // 186–191
	kidWord, partB0Kids, partB0Kids, kidWord, partS0Left, partS0Left, // 192–197
	kidWord, partS0Right, partS0Right, kidWord, partB0Kids, partB0Kids, // 198–203
	partS0Left, partS0Right, partB0Kids, partS1Kids, // 204–207
	partS0Left, partS0Right, partB0Kids, partS1Kids, // 208–211
	partWords, partS0Right, partWords, // 212–214
	// label sets 220–227
	partWords, partS0Left, partWords, partS0Right, partWords, partB0Kids, partS1Kids, partWords,
	// context words beside s0 230–232
	partWords, partWords, partWords,
}

// parseOrder lists the positions of parseFeatures' features part by part (kidWord last),
// parseEnds the end of each part in that list.
var parseOrder, parseEnds = partOrder(parsePart[:], numParseParts+1)

// kidNone holds, at the position of each feature of a child's word, its hash when there is no
// child: the features of a configuration without arcs.
var kidNone = func() []uint64 {
	var st state
	st.reset(1)
	st.apply(moveShift, 0)
	c := ctx{W: make([]uint64, 2), P: make([]uint64, 2)}
	return parseFeatures(nil, &st, &c)
}()

// split sets parts to feats part by part and ends to the end of each part, for scoresCached:
// the features of parts partWords then the words of the children that are there, one by one,
// then each group, the words of absent children last (an empty group is left out).
func split(parts []uint64, ends []int, feats []uint64) ([]uint64, []int) {
	parts, ends = gather(parts[:0], feats, parseOrder[:parseEnds[partWords]]), ends[:0]
	kids := parseOrder[parseEnds[numParseParts-1]:]
	for _, k := range kids {
		if feats[k] != kidNone[k] {
			parts = append(parts, feats[k])
		}
	}
	ends = append(ends, len(parts))
	for g := partWords + 1; g < partKidWords; g++ {
		parts = gather(parts, feats, parseOrder[parseEnds[g-1]:parseEnds[g]])
		ends = append(ends, len(parts))
	}
	n := len(parts)
	for _, k := range kids {
		if feats[k] == kidNone[k] {
			parts = append(parts, feats[k])
		}
	}
	if len(parts) > n {
		ends = append(ends, len(parts))
	}
	return parts, ends
}

// gather appends feats[i] for each i of order.
func gather(buf, feats []uint64, order []int) []uint64 {
	for _, i := range order {
		buf = append(buf, feats[i])
	}
	return buf
}

// partOrder returns the positions of part 0, then of part 1 and so on (each in order), and the
// end of each part in that list.
func partOrder(part []uint8, n int) (order []int, ends []int) {
	for p := 0; p < n; p++ {
		for i, q := range part {
			if int(q) == p {
				order = append(order, i)
			}
		}
		ends = append(ends, len(order))
	}
	return order, ends
}

// widest returns the size of the largest group.
func widest(ends []int) int {
	w := 0
	for g := 1; g < len(ends); g++ {
		w = max(w, ends[g]-ends[g-1])
	}
	return w
}
