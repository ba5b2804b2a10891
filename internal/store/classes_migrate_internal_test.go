package store

import (
	"context"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A database from before courses had owners and a status keeps its
// courses published, and the creator of each becomes its owner.
func TestUpgradeKeepsCoursesPublished(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	now := "2026-01-01T00:00:00.000000000Z"
	path := databaseBefore(t, "0011",
		"INSERT INTO users (id, email, role, created_at) VALUES (7, 'teacher@example.org', 'instructor', '"+now+"')",
		"INSERT INTO courses (slug, title, owner_id, created_at, updated_at) VALUES ('theirs', 'Theirs', 7, '"+now+"', '"+now+"')",
		"INSERT INTO courses (slug, title, created_at, updated_at) VALUES ('built-in', 'Built in', '"+now+"', '"+now+"')",
	)

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
