package syntax

import "testing"

// TestForced checks forced against the transition system: it names a class exactly when that
// class is the only valid one, in every configuration of short sentences reached by valid moves.
func TestForced(t *testing.T) {
	p := mustDefault(t).m.parser
	seen := map[bool]int{}
	var walk func(st *state, depth int)
	walk = func(st *state, depth int) {
		if st.done() || depth > 12 {
			return
		}
		var valid []int
		for cl := 0; cl < p.nClass(); cl++ {
			if m, l := p.move(cl); st.valid(m, l, p.rootLabel) {
				valid = append(valid, cl)
			}
		}
		got, ok := p.forced(st)
		seen[ok]++
		if ok && (len(valid) != 1 || valid[0] != got) {
			t.Fatalf("stack %v b %d: forced %d, valid %v", st.stack, st.b, got, valid)
		}
		if !ok && len(valid) == 1 {
			t.Errorf("stack %v b %d: only %d is valid, forced says none", st.stack, st.b, valid[0])
		}
		// one move of each kind is enough to reach every stack and buffer shape
		for _, m := range []int{moveShift, moveLeft, moveRight} {
			for _, cl := range valid {
				if mv, l := p.move(cl); mv == m {
					next := cloneState(st)
					next.apply(mv, l)
					walk(next, depth+1)
					break
				}
			}
		}
	}
	for n := 1; n <= 4; n++ {
		st := &state{}
		st.reset(n)
		walk(st, 0)
	}
	if seen[true] == 0 || seen[false] == 0 {
		t.Errorf("configurations forced/not: %d/%d, want both", seen[true], seen[false])
	}
}

func cloneState(st *state) *state {
	c := *st
	c.stack = append([]int(nil), st.stack...)
	c.heads = append([]int(nil), st.heads...)
	c.labels = append([]int(nil), st.labels...)
	c.l1, c.l2 = append([]int(nil), st.l1...), append([]int(nil), st.l2...)
	c.r1, c.r2 = append([]int(nil), st.r1...), append([]int(nil), st.r2...)
	c.nl, c.nr = append([]int(nil), st.nl...), append([]int(nil), st.nr...)
	c.ls, c.rs = append([]uint64(nil), st.ls...), append([]uint64(nil), st.rs...)
	return &c
}
