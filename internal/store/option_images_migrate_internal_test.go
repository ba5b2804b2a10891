package store

import (
	"context"
	"strings"
	"testing"
)

// Migration 0050 rebuilds image_refs to allow an option's image: the
// references made before stay, with their sides, and the table takes the
// new side with its position, and still refuses an unknown side.
func TestOptionImagesMigrationKeepsReferences(t *testing.T) {
	ctx := context.Background()
	hash := strings.Repeat("ab", 32)
	path := databaseBefore(t, "0050",
		"INSERT INTO images (hash, type, size, data, created_at) VALUES ('"+hash+"', 'image/png', 1, x'89', '2026-01-01')",
		"INSERT INTO image_refs (hash, side) VALUES ('"+hash+"', 'stem')",
		"INSERT INTO image_refs (hash, side) VALUES ('"+hash+"', 'back')",
	)

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
