package bench

import (
	"fmt"
	"sort"
	"time"
)

// Latencies summarises a set of timings: the count, the mean and the 50th, 90th, 99th
// percentiles and the maximum (nearest-rank percentiles).
type Latencies struct {
	N                   int
	Mean, P50, P90, P99 time.Duration
	Max                 time.Duration
}

// Percentiles summarises ds (which it sorts). An empty ds gives the zero Latencies.
func Percentiles(ds []time.Duration) Latencies {
	if len(ds) == 0 {
		return Latencies{}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	rank := func(p float64) time.Duration {
		k := int(p*float64(len(ds))+0.999999) - 1 // nearest rank, 1-based → 0-based
		if k < 0 {
			k = 0
		}
		if k >= len(ds) {
			k = len(ds) - 1
		}
		return ds[k]
	}
	return Latencies{N: len(ds), Mean: sum / time.Duration(len(ds)),
		P50: rank(0.50), P90: rank(0.90), P99: rank(0.99), Max: ds[len(ds)-1]}
}

// String formats the summary in milliseconds: "n=… mean=… p50=… p90=… p99=… max=…".
func (l Latencies) String() string {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d)/float64(time.Millisecond)) }
	return fmt.Sprintf("n=%d mean=%sms p50=%sms p90=%sms p99=%sms max=%sms",
		l.N, ms(l.Mean), ms(l.P50), ms(l.P90), ms(l.P99), ms(l.Max))
}
