package pgtest

import (
	"fmt"
	"net"
	"testing"
)

// TestStartTakenPort holds the port the first start tries, as a test running beside it may:
// start tries another port and the cluster answers there.
func TestStartTakenPort(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a PostgreSQL cluster")
	}
	held, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	taken := held.Addr().(*net.TCPAddr).Port
	ports := []int{taken}
	c := newClusters(t, "newsgraph-port.", func() int {
		if len(ports) > 0 {
			p := ports[0]
			ports = ports[1:]
			return p
		}
		return freePort(t)
	})
	c.run("initdb", "-D", c.path("one"), "-U", "newsgraph", "--auth=trust", "--no-sync")
	got := c.start("one")
	if got == taken {
		t.Fatalf("start returned the port held by another listener (%d)", taken)
	}
	conn, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", got))
	if err != nil {
		t.Fatalf("the cluster started on port %d does not answer: %v", got, err)
	}
	conn.Close()
}
