package store

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// Migration 0050 rebuilds image_refs to allow an option's image: the
// references made before stay, with their sides, and the table takes the
// new side with its position, and still refuses an unknown side.
func TestOptionImagesMigrationKeepsReferences(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"); err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		if base >= "0050" {
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
	hash := strings.Repeat("ab", 32)
	for _, q := range []string{
		"INSERT INTO images (hash, type, size, data, created_at) VALUES ('" + hash + "', 'image/png', 1, x'89', '2026-01-01')",
		"INSERT INTO image_refs (hash, side) VALUES ('" + hash + "', 'stem')",
		"INSERT INTO image_refs (hash, side) VALUES ('" + hash + "', 'back')",
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()

	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var sides string
	if err := db.read.QueryRowContext(ctx, "SELECT group_concat(side, ',') FROM (SELECT side FROM image_refs WHERE hash = ? ORDER BY side)", hash).Scan(&sides); err != nil {
		t.Fatal(err)
	}
	if sides != "back,stem" {
		t.Errorf("after the migration the references are %q", sides)
	}
	if _, err := db.write.ExecContext(ctx, "INSERT INTO image_refs (hash, side, position) VALUES (?, 'option', 2)", hash); err != nil {
		t.Errorf("an option's reference is refused: %v", err)
	}
	if _, err := db.write.ExecContext(ctx, "INSERT INTO image_refs (hash, side) VALUES (?, 'elsewhere')", hash); err == nil {
		t.Error("an unknown side is accepted")
	}
}
