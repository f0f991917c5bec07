package syntax

// state is a configuration of the arc-hybrid transition system. Words are 0..n-1; the root is n,
// always last in the buffer. Transitions: SHIFT pushes b0; LEFT-l makes b0 the head of s0 and
// pops it; RIGHT-l makes s1 the head of s0 and pops it. LEFT onto the root is allowed only when
// s0 is the last word on the stack, so that every parse is one tree.
type state struct {
	n      int
	stack  []int
	b      int
	heads  []int // -1 until assigned; n for the root
	labels []int
	l1, l2 []int // leftmost and second leftmost child, -1 for none
	r1, r2 []int // rightmost and second rightmost child
	nl, nr []int
	ls, rs []uint64 // sets of the labels of left and right children (bit l)
}

const (
	moveShift = iota
	moveLeft
	moveRight
)

func (st *state) reset(n int) {
	st.n = n
	st.stack = st.stack[:0]
	st.b = 0
	grow := func(s []int) []int {
		if cap(s) < n+1 {
			return make([]int, n+1)
		}
		return s[:n+1]
	}
	st.heads, st.labels = grow(st.heads), grow(st.labels)
	st.l1, st.l2, st.r1, st.r2 = grow(st.l1), grow(st.l2), grow(st.r1), grow(st.r2)
	st.nl, st.nr = grow(st.nl), grow(st.nr)
	if cap(st.ls) < n+1 {
		st.ls, st.rs = make([]uint64, n+1), make([]uint64, n+1)
	}
	st.ls, st.rs = st.ls[:n+1], st.rs[:n+1]
	for i := 0; i <= n; i++ {
		st.heads[i], st.labels[i] = -1, -1
		st.l1[i], st.l2[i], st.r1[i], st.r2[i] = -1, -1, -1, -1
		st.nl[i], st.nr[i], st.ls[i], st.rs[i] = 0, 0, 0, 0
	}
}

func (st *state) done() bool { return st.b == st.n && len(st.stack) == 0 }

// valid reports whether move (with label; rootLabel is the label of "root") may be applied.
func (st *state) valid(move, label, rootLabel int) bool {
	ns := len(st.stack)
	switch move {
	case moveShift:
		return st.b < st.n
	case moveRight:
		return ns >= 2 && label != rootLabel
	default: // moveLeft
		if ns == 0 {
			return false
		}
		if st.b == st.n {
			return ns == 1 && label == rootLabel
		}
		return label != rootLabel
	}
}

func (st *state) apply(move, label int) {
	switch move {
	case moveShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case moveLeft:
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.arc(st.b, s0, label)
	case moveRight:
		s0 := st.stack[len(st.stack)-1]
		s1 := st.stack[len(st.stack)-2]
		st.stack = st.stack[:len(st.stack)-1]
		st.arc(s1, s0, label)
	}
}

func (st *state) arc(h, d, label int) {
	st.heads[d], st.labels[d] = h, label
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		st.nl[h]++
		st.ls[h] |= bit
		switch {
		case st.l1[h] < 0 || d < st.l1[h]:
			st.l2[h], st.l1[h] = st.l1[h], d
		case st.l2[h] < 0 || d < st.l2[h]:
			st.l2[h] = d
		}
	} else {
		st.nr[h]++
		st.rs[h] |= bit
		switch {
		case d > st.r1[h]:
			st.r2[h], st.r1[h] = st.r1[h], d
		case d > st.r2[h]:
			st.r2[h] = d
		}
	}
}

// s returns the i-th word from the top of the stack, or -1.
func (st *state) s(i int) int {
	if i < len(st.stack) {
		return st.stack[len(st.stack)-1-i]
	}
	return -1
}

// bu returns the i-th word of the buffer (n for the root), or -1 past it.
func (st *state) bu(i int) int {
	if st.b+i <= st.n {
		return st.b + i
	}
	return -1
}
