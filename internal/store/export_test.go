package store

import "testing"

// onPostgres is set for the pass of this package's tests that runs them on
// PostgreSQL (backend_test.go).
var onPostgres bool

// SetPostgresPass marks the pass that runs on PostgreSQL.
func SetPostgresPass(on bool) { onPostgres = on }

// sqliteOnly skips, in the PostgreSQL pass, a test of SQLite itself (its
// plans, its single writer, its files), which the SQLite pass runs.
func sqliteOnly(t testing.TB) {
	t.Helper()
	if onPostgres {
		t.Skip("tests SQLite itself: run in the SQLite pass")
	}
}
