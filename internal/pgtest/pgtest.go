// Package pgtest gives tests a PostgreSQL database of their own, on the
// server named by LECTERN_TEST_POSTGRES (a postgres:// URL to a server
// where the tests may create and drop databases).
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"sync"
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
	return NewDatabaseFrom(t, "")
}

// NewDatabaseFrom is NewDatabase with a copy of the database template (a
// name Template returned) in place of an empty one.
func NewDatabaseFrom(t testing.TB, template string) string {
	t.Helper()
	base := URL()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	name := newName()
	ctx := context.Background()
	create := "CREATE DATABASE " + name
	if template != "" {
		create += " TEMPLATE " + template
	}
	if _, err := admin.ExecContext(ctx, create); err != nil {
		admin.Close()
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u, err := withName(name)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

func newName() string {
	var b [6]byte
	rand.Read(b[:])
	return "lectern_test_" + hex.EncodeToString(b[:])
}

func withName(name string) (string, error) {
	u, err := url.Parse(URL())
	if err != nil {
		return "", fmt.Errorf("%s: %w", Env, err)
	}
	u.Path = "/" + name
	return u.String(), nil
}

var templates struct {
	sync.Mutex
	names map[string]string // key → database name
}

// Template returns the name of a database made once per test process by
// fill (given its URL), for NewDatabaseFrom to copy: a schema migrated
// once instead of for every test. DropTemplates drops them.
func Template(key string, fill func(url string) error) (string, error) {
	templates.Lock()
	defer templates.Unlock()
	if name, ok := templates.names[key]; ok {
		return name, nil
	}
	admin, err := sql.Open("pgx", URL())
	if err != nil {
		return "", err
	}
	defer admin.Close()
	name := newName()
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		return "", fmt.Errorf("create template database: %w", err)
	}
	u, err := withName(name)
	if err == nil {
		err = fill(u)
	}
	if err != nil {
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
		return "", err
	}
	if templates.names == nil {
		templates.names = map[string]string{}
	}
	templates.names[key] = name
	return name, nil
}

// DropTemplates drops the databases Template made.
func DropTemplates() error {
	templates.Lock()
	defer templates.Unlock()
	if len(templates.names) == 0 {
		return nil
	}
	admin, err := sql.Open("pgx", URL())
	if err != nil {
		return err
	}
	defer admin.Close()
	var errs []error
	for k, name := range templates.names {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			errs = append(errs, err)
		}
		delete(templates.names, k)
	}
	return errors.Join(errs...)
}
