package store

import (
	"database/sql"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// databaseBefore makes a SQLite file as a Lectern from before migration
// before left it: the migrations numbered below it applied and recorded,
// then the rows given inserted. It returns the file's path, closed.
func databaseBefore(t *testing.T, before string, rows ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"); err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		if base >= before {
			continue
		}
		body, _ := migrations.ReadFile(n)
		if _, err := raw.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", base, err)
		}
		if _, err := raw.Exec("INSERT INTO schema_migrations VALUES (?, '2026-01-01')", base[:4]); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range rows {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// Two migration files of one number would leave the second unapplied: the
// embedded set has none, and the check refuses them.
func TestMigrationNumbersUnique(t *testing.T) {
	sqliteOnly(t)
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		num := strings.SplitN(base, "_", 2)[0]
		if prev, ok := seen[num]; ok {
			t.Errorf("migrations %s and %s share the number %s", prev, base, num)
		}
		seen[num] = base
	}
	type m struct {
		v int
		n string
	}
	key := func(x m) (int, string) { return x.v, x.n }
	if err := uniqueVersions([]m{{8, "0008_a.sql"}, {9, "0009_b.sql"}, {9, "0009_c.sql"}}, key); err == nil || !strings.Contains(err.Error(), "0009_c.sql") {
		t.Errorf("duplicate numbers: got %v, want an error naming 0009_c.sql", err)
	}
	if err := uniqueVersions([]m{{8, "0008_a.sql"}, {10, "0010_b.sql"}}, key); err != nil {
		t.Errorf("a gap in the numbers is allowed: %v", err)
	}
}
