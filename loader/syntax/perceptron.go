package syntax

import (
	"math"
	"sort"
)

// trainer is an averaged perceptron under training: each feature has a short list of the classes
// it has been updated for. Weights are integers, so that training is exact and deterministic.
type trainer struct {
	nClass int
	index  map[uint64]int32
	feats  [][]tentry
	step   int64 // number of updates seen (the clock of the averaging)
}

type tentry struct {
	class int32
	w     int32
	total int64 // sum of w over the clock up to ts
	ts    int64
}

func newTrainer(nClass int) *trainer {
	return &trainer{nClass: nClass, index: make(map[uint64]int32)}
}

// scores adds the current weights of the features into out (len nClass), after zeroing it.
func (t *trainer) scores(feats []uint64, out []float64) {
	for i := range out {
		out[i] = 0
	}
	for _, f := range feats {
		i, ok := t.index[f]
		if !ok {
			continue
		}
		for _, e := range t.feats[i] {
			out[e.class] += float64(e.w)
		}
	}
}

// tick advances the averaging clock by one example.
func (t *trainer) tick() { t.step++ }

// update adds delta to the weight of class for every feature.
func (t *trainer) update(feats []uint64, class int, delta int32) {
	for _, f := range feats {
		i, ok := t.index[f]
		if !ok {
			i = int32(len(t.feats))
			t.index[f] = i
			t.feats = append(t.feats, nil)
		}
		l := t.feats[i]
		j := 0
		for j < len(l) && int(l[j].class) != class {
			j++
		}
		if j == len(l) {
			t.feats[i] = append(l, tentry{class: int32(class), ts: t.step})
			l = t.feats[i]
		}
		e := &l[j]
		e.total += int64(e.w) * (t.step - e.ts)
		e.ts = t.step
		e.w += delta
	}
}

// average returns the averaged weights, dropping those whose magnitude is below prune, as a
// compact model. Iteration is in sorted key order so that the output is deterministic.
func (t *trainer) average(prune float64) *weights {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return keys[a] < keys[b] })
	w := &weights{nClass: t.nClass}
	for _, k := range keys {
		start := len(w.cls)
		for _, e := range t.feats[t.index[k]] {
			total := e.total + int64(e.w)*(t.step-e.ts)
			avg := float64(total) / float64(t.step)
			if math.Abs(avg) < prune {
				continue
			}
			w.cls = append(w.cls, uint8(e.class))
			w.val = append(w.val, float32(avg))
		}
		if len(w.cls) > start {
			w.keys = append(w.keys, k)
			w.off = append(w.off, uint32(start))
		}
	}
	w.off = append(w.off, uint32(len(w.cls)))
	w.build()
	return w
}

// weights is a trained model: for feature keys[i], classes cls[off[i]:off[i+1]] with weights val.
// For lookups, build packs them into an open-addressing table of 8-byte slots (a 32-bit
// fingerprint of the key, the start and count of its entries) and 4-byte entries (the weight in
// steps of quantum, the class), so that a lookup touches one slot and one run of entries.
type weights struct {
	nClass int
	keys   []uint64
	off    []uint32
	cls    []uint8
	val    []float32 // exact weights, only in models being trained (then scores reads them)
	table  []slot    // len power of two; sn == 0 marks an empty slot
	ents   []uint32
	mask   uint64
}

type slot struct {
	fp uint32 // high 32 bits of the key
	sn uint32 // start<<8 | count
}

const maxEntries = 1 << 24

func (w *weights) build() {
	if len(w.cls) >= maxEntries || len(w.ents) >= maxEntries {
		panic("syntax: too many weights")
	}
	n := 1
	for n < 2*len(w.keys)+1 {
		n <<= 1
	}
	w.table = make([]slot, n)
	w.mask = uint64(n - 1)
	if w.ents == nil {
		w.ents = make([]uint32, len(w.cls))
		for j := range w.cls {
			q := math.Max(-32767, math.Min(32767, math.Round(float64(w.val[j])/quantum)))
			w.ents[j] = uint32(uint16(int16(q)))<<16 | uint32(w.cls[j])
		}
	}
	for i, k := range w.keys {
		p := k & w.mask
		for w.table[p].sn != 0 {
			p = (p + 1) & w.mask
		}
		w.table[p] = slot{fp: uint32(k >> 32), sn: w.off[i]<<8 | (w.off[i+1] - w.off[i])}
	}
}

// scores sets out (len nClass) to the sum of the weights of the features.
func (w *weights) scores(feats []uint64, out []float32) {
	if w.val != nil { // a model in training: its exact weights
		for i := range out {
			out[i] = 0
		}
		var buf [128]uint32
		for _, sn := range w.find(feats, buf[:0]) {
			for j := sn >> 8; j < sn>>8+sn&0xff; j++ {
				out[w.ents[j]&0xff] += w.val[j]
			}
		}
		return
	}
	var acc [256]int32
	w.add(&acc, feats)
	setScores(out, &acc)
}

// setScores sets out to the sums of acc, in steps of quantum.
func setScores(out []float32, acc *[256]int32) {
	for i := range out {
		out[i] = float32(acc[i]) * quantum
	}
}

// find appends to runs the start<<8|count of the entries of each feature the table holds.
func (w *weights) find(feats []uint64, runs []uint32) []uint32 {
	for _, f := range feats {
		p := f & w.mask
		fp := uint32(f >> 32)
		for {
			s := w.table[p]
			if s.sn == 0 {
				break
			}
			if s.fp == fp {
				runs = append(runs, s.sn)
				break
			}
			p = (p + 1) & w.mask
		}
	}
	return runs
}

// add adds to acc (indexed by class, in steps of quantum) the weights of the features.
//
// The table and the entries are far larger than the caches, so nearly every feature costs two
// memory misses. The work goes in passes so that the misses of different features overlap
// (each pass's loads do not depend on each other): find every feature's slot, touch the first
// entry of every run, then add the runs up.
func (w *weights) add(acc *[256]int32, feats []uint64) {
	var buf [128]uint32
	runs := w.find(feats, buf[:0])
	var touch uint32
	for _, sn := range runs {
		touch |= w.ents[sn>>8]
	}
	if touch == 1<<31 {
		// never true (no stored entry is class 0 with weight -32768), and harmless if it were
		// (class 255 is past every model's classes, see model.check): the test keeps the
		// compiler from dropping the loads above
		acc[255]++
	}
	for _, sn := range runs {
		addRun(acc, w.ents[sn>>8:sn>>8+sn&0xff])
	}
}

// quantum is the step of the stored weights (they are written as 16-bit integers).
const quantum = 1.0 / 64

// compact returns x without the weights whose magnitude is below prune, the others rounded to
// a multiple of quantum (within the 16-bit range), as they will be stored.
func compact(x *weights, prune float64) *weights {
	w := &weights{nClass: x.nClass}
	for i, k := range x.keys {
		start := len(w.cls)
		for j := x.off[i]; j < x.off[i+1]; j++ {
			v := float64(x.val[j])
			if math.Abs(v) < prune {
				continue
			}
			q := math.Round(v / quantum)
			q = math.Max(-32767, math.Min(32767, q))
			if q == 0 {
				continue
			}
			w.cls = append(w.cls, x.cls[j])
			w.val = append(w.val, float32(q*quantum))
		}
		if len(w.cls) > start {
			w.keys = append(w.keys, k)
			w.off = append(w.off, uint32(start))
		}
	}
	w.off = append(w.off, uint32(len(w.cls)))
	w.build()
	return w
}

// addRun adds the weights of the entries es to acc, four at a time.
func addRun(acc *[256]int32, es []uint32) {
	for len(es) >= 4 {
		e0, e1, e2, e3 := es[0], es[1], es[2], es[3]
		acc[uint8(e0)] += int32(int16(e0 >> 16))
		acc[uint8(e1)] += int32(int16(e1 >> 16))
		acc[uint8(e2)] += int32(int16(e2 >> 16))
		acc[uint8(e3)] += int32(int16(e3 >> 16))
		es = es[4:]
	}
	for _, e := range es {
		acc[uint8(e)] += int32(int16(e >> 16))
	}
}
