package syntax

// Features of the parser (after Zhang & Nivre 2011, adapted to the arc-hybrid system): words and
// tags of the stack and buffer, children and their labels, distance and valency.

const noneVal = 0x6e6f6e65

// ctx holds the per-word values the features read: W (lower-case form) and P (tag) of words
// 0..n, where n is the root.
type ctx struct {
	W, P []uint64
}

func (c *ctx) w(i int) uint64 {
	if i < 0 {
		return noneVal
	}
	return c.W[i]
}

func (c *ctx) p(i int) uint64 {
	if i < 0 {
		return noneVal
	}
	return c.P[i]
}

func child(a []int, i int) int {
	if i < 0 {
		return -1
	}
	return a[i]
}

func lab(st *state, i int) uint64 {
	if i < 0 {
		return noneVal
	}
	return uint64(st.labels[i] + 1)
}

func dist(a, b int) uint64 {
	if a < 0 || b < 0 {
		return noneVal
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 5:
		return uint64(d)
	case d <= 10:
		return 6
	}
	return 7
}

func valency(a []int, i int) uint64 {
	if i < 0 {
		return noneVal
	}
	return uint64(a[i])
}

func set(a []uint64, i int) uint64 {
	if i < 0 {
		return noneVal
	}
	return a[i]
}

// parseFeatures appends the features of the configuration st.
func parseFeatures(buf []uint64, st *state, c *ctx) []uint64 {
	s0, s1, s2 := st.s(0), st.s(1), st.s(2)
	b0, b1, b2 := st.bu(0), st.bu(1), st.bu(2)
	s0l1, s0l2, s0r1, s0r2 := child(st.l1, s0), child(st.l2, s0), child(st.r1, s0), child(st.r2, s0)
	s1l1, s1r1, s1r2 := child(st.l1, s1), child(st.r1, s1), child(st.r2, s1)
	b0l1, b0l2 := child(st.l1, b0), child(st.l2, b0)
	s0w, s0p, s1w, s1p, s2w, s2p := c.w(s0), c.p(s0), c.w(s1), c.p(s1), c.w(s2), c.p(s2)
	b0w, b0p, b1w, b1p, b2w, b2p := c.w(b0), c.p(b0), c.w(b1), c.p(b1), c.w(b2), c.p(b2)
	d0, d1 := dist(s0, b0), dist(s1, s0)
	buf = append(buf,
		// unigrams
		f1(100, s0w), f1(101, s0p), f2(102, s0w, s0p),
		f1(103, s1w), f1(104, s1p), f2(105, s1w, s1p),
		f1(106, s2w), f1(107, s2p),
		f1(108, b0w), f1(109, b0p), f2(110, b0w, b0p),
		f1(111, b1w), f1(112, b1p), f2(113, b1w, b1p),
		f1(114, b2w), f1(115, b2p),
		// pairs
		f4(120, s0w, s0p, b0w, b0p), f3(121, s0w, s0p, b0w), f3(122, s0w, b0w, b0p),
		f3(123, s0w, s0p, b0p), f3(124, s0p, b0w, b0p), f2(125, s0w, b0w), f2(126, s0p, b0p),
		f2(127, b0p, b1p),
		f4(128, s1w, s1p, s0w, s0p), f2(129, s1w, s0w), f2(130, s1p, s0p), f3(131, s1w, s1p, s0p),
		f3(132, s1p, s0w, s0p), f2(133, s1p, b0p), f2(134, s1w, b0w), f2(135, b0w, b1w),
		// triples of tags
		f3(140, b0p, b1p, b2p), f3(141, s0p, b0p, b1p), f3(142, s1p, s0p, b0p), f3(143, s2p, s1p, s0p),
		f3(144, s0p, c.p(s0l1), b0p), f3(145, s0p, c.p(s0r1), b0p), f3(146, s0p, b0p, c.p(b0l1)),
		f3(147, s1p, s0p, c.p(s0l1)), f3(148, s1p, c.p(s1r1), s0p), f3(149, s1p, s0p, c.p(s0r1)),
		f3(150, s1p, c.p(s1l1), s0p),
		// distance
		f2(160, s0w, d0), f2(161, s0p, d0), f2(162, b0w, d0), f2(163, b0p, d0),
		f3(164, s0w, b0w, d0), f3(165, s0p, b0p, d0),
		f3(166, s1p, s0p, d1), f3(167, s1w, s0w, d1), f2(168, s1w, d1), f2(169, s0w, d1),
		// valency
		f2(170, s0w, valency(st.nr, s0)), f2(171, s0p, valency(st.nr, s0)),
		f2(172, s0w, valency(st.nl, s0)), f2(173, s0p, valency(st.nl, s0)),
		f2(174, s1w, valency(st.nr, s1)), f2(175, s1p, valency(st.nr, s1)),
		f2(176, s1p, valency(st.nl, s1)), f2(177, b0w, valency(st.nl, b0)),
		f2(178, b0p, valency(st.nl, b0)),
		// children
		f1(180, c.w(s0l1)), f1(181, c.p(s0l1)), f1(182, lab(st, s0l1)),
		f1(183, c.w(s0r1)), f1(184, c.p(s0r1)), f1(185, lab(st, s0r1)),
		f1(186, c.w(s1l1)), f1(187, c.p(s1l1)), f1(188, lab(st, s1l1)),
		f1(189, c.w(s1r1)), f1(190, c.p(s1r1)), f1(191, lab(st, s1r1)),
		f1(192, c.w(b0l1)), f1(193, c.p(b0l1)), f1(194, lab(st, b0l1)),
		f1(195, c.w(s0l2)), f1(196, c.p(s0l2)), f1(197, lab(st, s0l2)),
		f1(198, c.w(s0r2)), f1(199, c.p(s0r2)), f1(200, lab(st, s0r2)),
		f1(201, c.w(b0l2)), f1(202, c.p(b0l2)), f1(203, lab(st, b0l2)),
		f3(204, s0p, lab(st, s0l1), lab(st, s0l2)), f3(205, s0p, lab(st, s0r1), lab(st, s0r2)),
		f3(206, b0p, lab(st, b0l1), lab(st, b0l2)), f3(207, s1p, lab(st, s1r1), lab(st, s1r2)),
		f3(208, s0p, c.p(s0l1), c.p(s0l2)), f3(209, s0p, c.p(s0r1), c.p(s0r2)),
		f3(210, b0p, c.p(b0l1), c.p(b0l2)), f3(211, s1p, c.p(s1r1), c.p(s1r2)),
		f2(212, s0w, lab(st, s0l1)), f2(213, s0p, lab(st, s0r1)), f2(214, b0w, lab(st, b0l1)),
		// label sets
		f2(220, s0w, set(st.ls, s0)), f2(221, s0p, set(st.ls, s0)), f2(222, s0w, set(st.rs, s0)),
		f2(223, s0p, set(st.rs, s0)), f2(224, b0w, set(st.ls, b0)), f2(225, b0p, set(st.ls, b0)),
		f2(226, s1p, set(st.rs, s1)), f2(227, s1w, set(st.rs, s1)),
		// context words beside s0
		f3(230, s0p, c.p(s0-1), b0p), f3(231, s0p, c.p(next(s0)), b0p), f3(232, s0p, b0p, c.p(b0-1)),
	)
	return buf
}

func next(i int) int {
	if i < 0 {
		return -1
	}
	return i + 1
}
