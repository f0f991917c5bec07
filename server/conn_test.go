package server_test

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"newsgraph/schema/schematest"
	"newsgraph/server"
)

// closedWithin reports whether the server closes conn within d (a read returns EOF or a reset).
func closedWithin(conn net.Conn, d time.Duration) bool {
	conn.SetReadDeadline(time.Now().Add(d))
	_, err := io.Copy(io.Discard, conn)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		return false
	}
	return true
}

// TestConnectionTimeouts: a client that sends half a request (slowloris) and a client that keeps
// an idle connection are both cut off.
func TestConnectionTimeouts(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	_, base, _ := start(t, server.Config{ReadTimeout: 300 * time.Millisecond, IdleTimeout: 300 * time.Millisecond}, st, nil)
	addr := strings.TrimPrefix(base, "http://")

	slow, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	slow.Write([]byte("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Le"))
	if !closedWithin(slow, 3*time.Second) {
		t.Errorf("half a request: the connection is still open after 3 s, want it closed after the read timeout")
	}

	idle, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer idle.Close()
	idle.Write([]byte("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"))
	resp, err := http.ReadResponse(bufio.NewReader(idle), nil)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz on a raw connection: %v %v", resp, err)
	}
	io.Copy(io.Discard, resp.Body)
	if !closedWithin(idle, 3*time.Second) {
		t.Errorf("idle keep-alive connection still open after 3 s, want it closed after the idle timeout")
	}
}

// TestPanicRecovered: a handler that panics gets a 500 JSON answer and the server goes on.
func TestPanicRecovered(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	web := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic("boom") })
	_, base, logs := start(t, server.Config{Web: web}, st, nil)
	a := send(t, "GET", base+"/explore", nil, "")
	if a.Status != 500 || a.code() != "internal" || strings.Contains(a.Body, "boom") {
		t.Errorf("panicking handler: got %d %s, want 500 internal without the panic's text", a.Status, a.Body)
	}
	if a := send(t, "GET", base+"/healthz", nil, ""); a.Status != 200 {
		t.Errorf("after a panic: healthz got %d, want 200", a.Status)
	}
	if !strings.Contains(logs.String(), "boom") {
		t.Errorf("the panic is not in the log")
	}
}
