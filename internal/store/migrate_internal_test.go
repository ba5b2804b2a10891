package store

import (
	"io/fs"
	"strings"
	"testing"
)

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
