package graph

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// padForKV works around a bug of Cayley's key-value store (TestCayleyKVPadForKV pins it): in one
// ApplyDeltas, an added quad loses every node (subject, label, …) that the batch removes more often than it adds (the node
// goes to the "decrement" list, and the add looks its ID up only in the "increment" list). For
// each such node, padForKV repeats one of its additions until the count balances; the store skips
// the repeated quads, so only the nodes' reference counts are higher than they should be (such a
// node may stay in the node table after its last quad is gone; it matches no quad).
func padForKV(d []cgraph.Delta) []cgraph.Delta {
	net := map[string]int{}
	firstAdd := map[string]int{}
	for i, x := range d {
		n := 1
		if x.Action == cgraph.Delete {
			n = -1
		}
		for _, dir := range quad.Directions {
			v := x.Quad.Get(dir)
			if v == nil {
				continue
			}
			k := v.String()
			net[k] += n
			if _, ok := firstAdd[k]; !ok && n > 0 {
				firstAdd[k] = i
			}
		}
	}
	var pad []cgraph.Delta
	for k, i := range firstAdd {
		for ; net[k] < 0; net[k]++ {
			pad = append(pad, d[i])
			// the repeated quad raises its other nodes too
			for _, dir := range quad.Directions {
				if v := d[i].Quad.Get(dir); v != nil && v.String() != k {
					net[v.String()]++
				}
			}
		}
	}
	return append(d, pad...)
}
