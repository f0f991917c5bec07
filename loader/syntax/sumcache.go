package syntax

// sumCache remembers the summed weights of groups of features that recur together: the tags,
// labels and distances around the parser's stack and buffer repeat across configurations and
// sentences far more often than the words do, and their features have weights for most
// classes. It is direct-mapped: a slot holds one group's feature hashes and the sum of their
// weights (in steps of quantum); a group whose hashes are not the slot's is summed from the
// table and takes the slot. The sums are integers, so a cached sum is exactly the table's.
// A slot's hashes and sums (two int32 to a uint64) lie side by side, so that a lookup reads
// neighbouring cache lines. A sumCache belongs to one goroutine (it lives in a parse's work).
type sumCache struct {
	w             *weights // the table the sums are of; another empties the cache
	nClass, width int
	stride        int // uint64s per slot: width hashes, then the sums two to a uint64
	mask          uint64
	lens          []uint8  // number of features in each slot, 0 for empty
	slots         []uint64 // stride per slot: keys then sums, side by side in memory
}

// newSumCache returns an empty cache of 1<<bits slots for groups of at most width features of
// a model of nClass classes (at most 256).
func newSumCache(bits uint, width, nClass int) *sumCache {
	if width > 255 || nClass > 256 {
		panic("syntax: sumCache groups of more than 255 features or models of more than 256 classes")
	}
	n, stride := 1<<bits, width+(nClass+1)/2
	return &sumCache{nClass: nClass, width: width, stride: stride, mask: uint64(n - 1),
		lens: make([]uint8, n), slots: make([]uint64, n*stride)}
}

// add adds to acc the summed weights in w of the features of group (at most c.width).
func (c *sumCache) add(acc *[256]int32, w *weights, group []uint64) {
	if c.w != w {
		clear(c.lens)
		c.w = w
	}
	h := uint64(len(group))
	for _, f := range group {
		h = h*0x9e3779b97f4a7c15 + f
	}
	s := int(mix64(h) & c.mask)
	slot := c.slots[s*c.stride : s*c.stride+c.stride]
	keys, sums := slot[:len(group)], slot[c.width:]
	if int(c.lens[s]) != len(group) || !equalHashes(keys, group) {
		var tmp [256]int32
		w.add(&tmp, group)
		for i := range sums {
			sums[i] = uint64(uint32(tmp[uint8(2*i)])) | uint64(uint32(tmp[uint8(2*i+1)]))<<32
		}
		copy(keys, group)
		c.lens[s] = uint8(len(group))
	}
	for i, v := range sums {
		acc[uint8(2*i)] += int32(uint32(v))
		acc[uint8(2*i+1)] += int32(uint32(v >> 32))
	}
}

func equalHashes(a, b []uint64) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// scoresCached sets out (len nClass) to the sum of the weights of feats, as scores does: the
// features before ends[0] one by one, then each group feats[ends[g-1]:ends[g]] through c. A
// model in training (exact float weights, whose sums depend on their order) goes through
// scores, in the order of feats.
func (w *weights) scoresCached(feats []uint64, ends []int, c *sumCache, out []float32) {
	if w.val != nil {
		w.scores(feats, out)
		return
	}
	var acc [256]int32
	w.add(&acc, feats[:ends[0]])
	for g := 1; g < len(ends); g++ {
		if ends[g] > ends[g-1] {
			c.add(&acc, w, feats[ends[g-1]:ends[g]])
		}
	}
	setScores(out, &acc)
}
