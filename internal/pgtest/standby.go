package pgtest

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Standby starts a throw-away PostgreSQL primary and a streaming hot standby of it, made with
// Debian's PostgreSQL tools (initdb, pg_basebackup -R), both on 127.0.0.1 with trust
// authentication, and returns the URLs of the database newsgraph on each. They are stopped and
// removed when the test ends. Without the tools the test is skipped, or fails when CI is set.
// As root, the clusters belong to the postgres user (initdb refuses root).
func Standby(t testing.TB) (primary, standby string) {
	t.Helper()
	c := newClusters(t, "newsgraph-standby.", func() int { return freePort(t) })
	c.run("initdb", "-D", c.path("primary"), "-U", "newsgraph", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
	p1 := c.start("primary")
	c.run("createdb", "-h", "127.0.0.1", "-p", strconv.Itoa(p1), "-U", "newsgraph", "newsgraph")
	// -R writes standby.signal and primary_conninfo: the copy starts as a streaming standby
	c.run("pg_basebackup", "-h", "127.0.0.1", "-p", strconv.Itoa(p1), "-U", "newsgraph", "-D", c.path("standby"), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync")
	p2 := c.start("standby")
	url := func(port int) string {
		return fmt.Sprintf("postgres://newsgraph@127.0.0.1:%d/newsgraph?sslmode=disable", port)
	}
	return url(p1), url(p2)
}

// newClusters returns clusters in a new folder (named from prefix, given to the user the clusters
// run as) that try the ports port returns; they are stopped and removed when the test ends.
// Without PostgreSQL's server tools the test is skipped, or fails when CI is set.
func newClusters(t testing.TB, prefix string, port func() int) *clusters {
	t.Helper()
	bin := pgBin()
	if bin == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but PostgreSQL's initdb, pg_ctl and pg_basebackup are missing (apt-get install postgresql-15)")
		}
		t.Skip("no PostgreSQL tools (initdb, pg_ctl, pg_basebackup): the test needs Debian's postgresql-15")
	}
	dir, err := os.MkdirTemp("", prefix) // not t.TempDir: its parent is closed to the postgres user
	if err != nil {
		t.Fatal(err)
	}
	c := &clusters{t: t, bin: bin, dir: dir, port: port}
	t.Cleanup(c.stop)
	if err := c.own(dir); err != nil {
		t.Fatal(err)
	}
	return c
}

// pgBin returns the folder of PostgreSQL's server tools, "" when they are missing.
func pgBin() string {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	dirs = append([]string{"/usr/lib/postgresql/15/bin"}, dirs...)
	if p, err := exec.LookPath("initdb"); err == nil {
		dirs = append(dirs, filepath.Dir(p))
	}
	for _, d := range dirs {
		if isExec(filepath.Join(d, "initdb")) && isExec(filepath.Join(d, "pg_basebackup")) && isExec(filepath.Join(d, "pg_ctl")) {
			return d
		}
	}
	return ""
}

func isExec(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode()&0o111 != 0
}

// clusters runs PostgreSQL's tools in dir, as the postgres user when this process is root.
type clusters struct {
	t       testing.TB
	bin     string
	dir     string
	port    func() int // a port to try (freePort)
	started []string
}

func (c *clusters) path(name string) string { return filepath.Join(c.dir, name) }

func (c *clusters) asRoot() bool { return os.Geteuid() == 0 }

// own gives the folder to the user the clusters run as.
func (c *clusters) own(dir string) error {
	if err := os.Chmod(dir, 0o755); err != nil || !c.asRoot() {
		return err
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return fmt.Errorf("running as root needs the postgres user (Debian's postgresql package creates it): %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return os.Chown(dir, uid, gid)
}

// command returns the command running tool with args.
func (c *clusters) command(tool string, args ...string) *exec.Cmd {
	argv := append([]string{filepath.Join(c.bin, tool)}, args...)
	if !c.asRoot() {
		return exec.Command(argv[0], argv[1:]...)
	}
	quoted := make([]string, len(argv))
	for i, a := range argv {
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return exec.Command("su", "postgres", "-s", "/bin/sh", "-c", strings.Join(quoted, " "))
}

func (c *clusters) run(tool string, args ...string) {
	c.t.Helper()
	if out, err := c.command(tool, args...).CombinedOutput(); err != nil {
		c.t.Fatalf("%s %s: %v\n%s", tool, strings.Join(args, " "), err, out)
	}
}

// start starts the cluster name on a free port and returns the port. A port that freePort found
// free may be taken before the server binds it (by a connection or a listener of a test running
// beside this one): the start is then tried again on another port, at most three times. Any
// other failure stops the test with the end of the server's log, which the clean-up removes.
func (c *clusters) start(name string) int {
	c.t.Helper()
	log := c.path(name + ".log")
	for try := 1; ; try++ {
		port := c.port()
		opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -k %s -c fsync=off -c full_page_writes=off", port, c.dir)
		out, err := c.command("pg_ctl", "-D", c.path(name), "-l", log, "-w", "-o", opts, "start").CombinedOutput()
		if err == nil {
			c.started = append(c.started, name)
			return port
		}
		text, _ := os.ReadFile(log)
		if bytes.Contains(text, []byte("could not bind")) && try < 3 {
			c.t.Logf("%s: port %d was taken before the server bound it; trying another", name, port)
			os.Remove(log)
			continue
		}
		c.t.Fatalf("pg_ctl start %s on port %d: %v\n%s\n%s:\n%s", name, port, err, out, log, tail(text, 2000))
	}
}

// tail returns the last n bytes of b, or all of it.
func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// stop stops the clusters, standby first, and removes their folder.
func (c *clusters) stop() {
	for i := len(c.started) - 1; i >= 0; i-- {
		c.command("pg_ctl", "-D", c.path(c.started[i]), "-m", "immediate", "-w", "stop").Run()
	}
	os.RemoveAll(c.dir)
}

// freePort asks the kernel for a free port on 127.0.0.1.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
