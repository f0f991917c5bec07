package main

import (
	"context"
	"flag"

	"newsgraph/graph"
)

// storeFlags are the two flags of every command that opens a store (CONTRACT.md), with their
// defaults from NEWSGRAPH_BACKEND and NEWSGRAPH_DB.
type storeFlags struct {
	backend, db string
}

func (s *storeFlags) register(fs *flag.FlagSet, e *env) {
	backend := e.getenv("NEWSGRAPH_BACKEND")
	if backend == "" {
		backend = "bolt"
	}
	db := e.getenv("NEWSGRAPH_DB")
	if db == "" {
		db = "./newsgraph.db"
	}
	fs.StringVar(&s.backend, "backend", backend, "store `backend`: bolt, memory or postgres (env NEWSGRAPH_BACKEND)")
	fs.StringVar(&s.db, "db", db, "bolt folder (created when missing), or PostgreSQL URL (env NEWSGRAPH_DB)")
}

// open opens the store; readMostly is for commands that only read (export): they open it
// read-only too (see graph.Config), so that they can read a PostgreSQL hot standby.
func (s *storeFlags) open(ctx context.Context, e *env, readMostly bool) (*graph.Store, error) {
	return graph.Open(ctx, s.config(readMostly), e.log)
}

// config is the graph.Config of the flags; readMostly as for open.
func (s *storeFlags) config(readMostly bool) graph.Config {
	return graph.Config{Backend: s.backend, Addr: s.db, ReadMostly: readMostly, ReadOnly: readMostly}
}
