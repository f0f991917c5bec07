package syntax

// The tagger scores its features in parts (weights.scoresCached), as the parser does (see
// parser_groups.go): those that read words one by one, then groups that read only tags, shapes
// and capitals, which recur from word to word and sentence to sentence. (The second pass's
// features of the first pass's tags around the word recur too seldom to gain: 70% of misses
// on EWT dev.)
const (
	tagPartWords   = iota // scored one by one
	tagPartContext        // the bias and the two previous tags
	tagPartShapes         // the shapes of the word and its neighbours, capitals
	numTagParts
)

// tagPart1 is the part of each feature of tagFeatures, in its order (template numbers in the
// comments); tagPart2 that of tagFeatures2.
var (
	tagPart1 = [...]uint8{
		tagPartContext,             // 1
		tagPartWords, tagPartWords, // 2–3
		tagPartWords, tagPartWords, tagPartWords, tagPartWords, // 4–7
		tagPartWords, tagPartWords, tagPartWords, // 8–10
		tagPartShapes,                                                // 11
		tagPartContext, tagPartContext, tagPartContext, tagPartWords, // 12–15
		tagPartWords, tagPartWords, tagPartWords, // 16–18
		tagPartWords, tagPartWords, tagPartWords, // 19–21
		tagPartShapes, tagPartShapes, // 22–23
		tagPartWords, tagPartWords, // 24–25
		tagPartWords, tagPartWords, tagPartWords, tagPartWords, // 26–29
		tagPartShapes, tagPartWords, tagPartWords, // 30–32
		tagPartWords, tagPartWords, tagPartWords, // 33–35
		tagPartWords, tagPartWords, tagPartWords, tagPartWords, // 36–39
		tagPartWords, tagPartShapes, tagPartWords, tagPartWords, // 40–43
		tagPartWords, tagPartWords, tagPartWords, // 44–46
	}
	tagPart2 = append(tagPart1[:len(tagPart1):len(tagPart1)],
		tagPartWords, tagPartWords, tagPartWords, tagPartWords, tagPartWords, // 60–64
		tagPartWords, tagPartWords, tagPartWords, tagPartWords, tagPartWords, // 65–69
	)
)

// tagOrder1 and tagEnds1 list tagFeatures' features part by part and the end of each part;
// tagOrder2 and tagEnds2 those of tagFeatures2.
var (
	tagOrder1, tagEnds1 = partOrder(tagPart1[:], numTagParts)
	tagOrder2, tagEnds2 = partOrder(tagPart2, numTagParts)
)

// tagCacheBits is the size of each of the tagger's sumCaches: 1<<11 slots (about 0.9 MB).
const tagCacheBits = 11
