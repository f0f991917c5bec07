package pgtest

import (
	"fmt"
	"net"
	"os"
	"testing"
)

// TestStartTakenPort holds the port the first start tries, as a test running beside it may:
// start tries another port and the cluster answers there.
func TestStartTakenPort(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a PostgreSQL cluster")
	}
	bin := pgBin()
	if bin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but PostgreSQL's initdb and pg_ctl are missing")
		}
		t.Skip("no PostgreSQL tools")
	}
	held, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	taken := held.Addr().(*net.TCPAddr).Port
	ports := []int{taken}
	dir, err := os.MkdirTemp("", "newsgraph-port.") // t.TempDir's parent is closed to the postgres user
	if err != nil {
		t.Fatal(err)
	}
	c := &clusters{t: t, bin: bin, dir: dir, port: func() int {
		if len(ports) > 0 {
			p := ports[0]
			ports = ports[1:]
			return p
		}
		return freePort(t)
	}}
	t.Cleanup(c.stop)
	if err := c.own(dir); err != nil {
		t.Fatal(err)
	}
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
