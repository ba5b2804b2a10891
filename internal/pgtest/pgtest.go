// Package pgtest gives tests a PostgreSQL database of their own, on the
// server named by LECTERN_TEST_POSTGRES (a postgres:// URL to a server
// where the tests may create and drop databases).
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// Env is the variable naming the test server.
const Env = "LECTERN_TEST_POSTGRES"

// URL returns the test server's URL, or "" when none is set.
func URL() string { return os.Getenv(Env) }

// Check reports whether the server named by Env answers; "" means no
// server is set.
func Check(ctx context.Context) error {
	u := URL()
	if u == "" {
		return fmt.Errorf("%s is not set", Env)
	}
	db, err := sql.Open("pgx", u)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return db.PingContext(ctx)
}

// Require skips t with a clear message when no server is set, and fails
// it when CI=true (CI must run the PostgreSQL tests) or when the server set
// does not answer.
func Require(t testing.TB) {
	t.Helper()
	if URL() == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true and %s is not set: the PostgreSQL tests must run in CI", Env)
		}
		t.Skipf("PostgreSQL tests skipped: set %s to a postgres:// URL of a server where tests may create databases", Env)
	}
	if err := Check(context.Background()); err != nil {
		t.Fatalf("the PostgreSQL server of %s does not answer: %v", Env, err)
	}
}

// NewDatabase creates an empty database on the test server and returns its
// URL; the database is dropped when t ends. Call Require first.
func NewDatabase(t testing.TB) string {
	t.Helper()
	base := URL()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "lectern_test_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", Env, err)
	}
	u.Path = "/" + name
	return u.String()
}
