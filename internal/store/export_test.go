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

// ImageHashes returns the hashes of the images stored, read through the
// store's own connections, so that a test sees them on either backend.
func (db *DB) ImageHashes(t testing.TB) map[string]bool {
	t.Helper()
	rows, err := db.read.Query("SELECT hash FROM images")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			t.Fatal(err)
		}
		out[h] = true
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
