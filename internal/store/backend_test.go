package store_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/store"
)

// The tests of this package run twice: on SQLite, then, when
// LECTERN_TEST_POSTGRES names a server, on PostgreSQL, each test with a
// database of its own (mustOpen). LECTERN_TEST_ONLY=postgres or =sqlite
// runs one pass only.
var onPostgres bool

func TestMain(m *testing.M) {
	only := os.Getenv("LECTERN_TEST_ONLY")
	code := 0
	if only != "postgres" {
		code = m.Run()
	}
	if only == "sqlite" || pgtest.URL() == "" {
		os.Exit(code)
	}
	if err := pgtest.Check(context.Background()); err != nil {
		fmt.Fprintf(os.Stderr, "store tests on PostgreSQL: the server of %s does not answer: %v\n", pgtest.Env, err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "store tests: the PostgreSQL pass")
	onPostgres = true
	store.SetPostgresPass(true)
	if c := m.Run(); c != 0 {
		code = c
	}
	if err := pgtest.DropTemplates(); err != nil {
		fmt.Fprintln(os.Stderr, "store tests: drop the template database:", err)
	}
	os.Exit(code)
}

// TestPostgresPass says whether the tests ran on PostgreSQL too: it skips
// with the reason when no server is set, and fails under CI=true.
func TestPostgresPass(t *testing.T) {
	pgtest.Require(t)
}

// openTarget returns where a test's store lives: a new file on SQLite, a
// new database on PostgreSQL.
func openTarget(t *testing.T) string {
	t.Helper()
	if onPostgres {
		// A copy of a database migrated once: migrating costs some seconds
		// on PostgreSQL, for each of the package's tests.
		tmpl, err := pgtest.Template("store", func(url string) error {
			db, err := store.Open(context.Background(), url)
			if err != nil {
				return err
			}
			return db.Close()
		})
		if err != nil {
			t.Fatal(err)
		}
		return pgtest.NewDatabaseFrom(t, tmpl)
	}
	return filepath.Join(t.TempDir(), "lectern.db")
}
