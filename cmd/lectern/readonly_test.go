package main

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/store"
	"github.com/lectern/lectern/quizzes"
)

// export, and import --dry-run, given a database file that does not exist
// (a mistyped -db), fail naming it and create nothing.
func TestReadOnlyCommandsRefuseAMissingDatabase(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "lectren.db")
	gift := writeFile(t, dir, "unit.gift", "::q1:: The Danube ends in the Black Sea. {T}\n")
	for _, args := range [][]string{
		{"export", "-db", missing},
		{"export", "-db", missing, "--course", "china-russia", "--format", "csv"},
		{"export", "-db", missing, "--set", "1"},
		{"import", gift, "-db", missing, "--course", "china-russia", "--theme", "energy", "--dry-run"},
	} {
		out, _, err := lectern(t, "", nil, args...)
		if err == nil || !strings.Contains(err.Error(), missing) || !strings.Contains(err.Error(), "does not exist") {
			t.Errorf("%s: err = %v, want one saying %s does not exist", strings.Join(args, " "), err, missing)
		}
		if out != "" {
			t.Errorf("%s printed %q", strings.Join(args, " "), out)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if e.Name() != "unit.gift" {
				t.Fatalf("%s created %s", strings.Join(args, " "), e.Name())
			}
		}
	}
}

// export reads a database without changing it: a database without the
// built-in course is not seeded with it, and the file stays the same byte
// for byte.
func TestExportLeavesTheDatabaseAsItIs(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lectern.db")
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	builtin, err := quizzes.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c := *builtin[0]
	c.Course.Slug, c.Course.Title = "my-course", "My course"
	if _, err := s.ImportCourse(ctx, &c, 0); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	out, _, err := lectern(t, "", nil, "export", "-db", path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := quizzes.Decode([]byte(out))
	if err != nil || got.Course.Slug != "my-course" {
		t.Fatalf("export printed %v, %v", got, err)
	}
	if strings.Contains(out, `"china-russia"`) {
		t.Error("export seeded the built-in course")
	}
	if _, _, err := lectern(t, "", nil, "export", "-db", path, "--course", "china-russia"); err == nil {
		t.Error("the built-in course was found in a database that does not hold it")
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("export changed the database file")
	}
	if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
		t.Errorf("export left %d bytes in the write-ahead log", wal.Size())
	}
}

// A file that is not a Lectern database is refused, not migrated.
func TestExportRefusesAForeignFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(path, []byte("not a database"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := lectern(t, "", nil, "export", "-db", path)
	if err == nil || !strings.Contains(err.Error(), "not a Lectern database") {
		t.Fatalf("err = %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "not a database" {
		t.Errorf("the file was changed to %q", data)
	}
	if _, err := os.Stat(path + "-wal"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a write-ahead log was created: %v", err)
	}
}
