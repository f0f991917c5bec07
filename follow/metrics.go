package follow

import (
	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the follower's Prometheus counters:
//
//	newsgraph_follow_polls_total{result="ok|not_modified|error"}
//	newsgraph_follow_items_total{result="loaded|seen|bad"}
type Metrics struct {
	polls *prometheus.CounterVec
	items *prometheus.CounterVec
}

// NewMetrics registers the follower's metrics with reg.
func NewMetrics(reg prometheus.Registerer) (*Metrics, error) {
	m := &Metrics{
		polls: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsgraph_follow_polls_total",
			Help: "Polls of followed feeds, by result (ok, not_modified, error)."}, []string{"result"}),
		items: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "newsgraph_follow_items_total",
			Help: "Items of followed feeds, by result (loaded, seen before, bad)."}, []string{"result"}),
	}
	for _, c := range []prometheus.Collector{m.polls, m.items} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	for _, r := range []string{"ok", "not_modified", "error"} {
		m.polls.WithLabelValues(r)
	}
	for _, r := range []string{"loaded", "seen", "bad"} {
		m.items.WithLabelValues(r)
	}
	return m, nil
}

// observe counts one poll; a nil Metrics counts nothing.
func (m *Metrics) observe(c Counts, err error) {
	if m == nil {
		return
	}
	switch {
	case err != nil:
		m.polls.WithLabelValues("error").Inc()
	case c.NotModified:
		m.polls.WithLabelValues("not_modified").Inc()
	default:
		m.polls.WithLabelValues("ok").Inc()
	}
	m.items.WithLabelValues("loaded").Add(float64(c.Loaded))
	m.items.WithLabelValues("seen").Add(float64(c.Seen))
	m.items.WithLabelValues("bad").Add(float64(c.Bad))
}
