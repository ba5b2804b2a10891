package store

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A database from before courses had owners and a status keeps its
// courses published, and the creator of each becomes its owner.
func TestUpgradeKeepsCoursesPublished(t *testing.T) {
	sqliteOnly(t)
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
		if base >= "0011" {
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
	now := "2026-01-01T00:00:00.000000000Z"
	for _, q := range []string{
		"INSERT INTO users (id, email, role, created_at) VALUES (7, 'teacher@example.org', 'instructor', '" + now + "')",
		"INSERT INTO courses (slug, title, owner_id, created_at, updated_at) VALUES ('theirs', 'Theirs', 7, '" + now + "', '" + now + "')",
		"INSERT INTO courses (slug, title, created_at, updated_at) VALUES ('built-in', 'Built in', '" + now + "', '" + now + "')",
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
	theirs, err := db.FindCourse(ctx, "theirs")
	if err != nil {
		t.Fatal(err)
	}
	builtIn, _ := db.FindCourse(ctx, "built-in")
	if theirs.Status != quiz.CoursePublished || builtIn.Status != quiz.CoursePublished {
		t.Errorf("after the upgrade: %q and %q, want both published", theirs.Status, builtIn.Status)
	}
	if len(theirs.Owners) != 1 || theirs.Owners[0] != 7 || len(builtIn.Owners) != 0 {
		t.Errorf("owners %v and %v, want [7] and none", theirs.Owners, builtIn.Owners)
	}
	teacher := &quiz.User{ID: 7, Email: "teacher@example.org", Role: quiz.RoleInstructor}
	if !theirs.OwnedBy(teacher) || builtIn.OwnedBy(teacher) {
		t.Error("the instructor should own their course and not the built-in one")
	}
}
