package store_test

import (
	"context"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The tests in this file each hold one statement whose meaning differed
// between SQLite and PostgreSQL; like every test of the package they run
// on both backends.

// TestListTestsListsASetWithTestRules: ListTests filtered on the column
// alias of its question count, which SQLite allows in WHERE and
// PostgreSQL refuses, so the course page failed there.
func TestListTestsListsASetWithTestRules(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	sets, err := db.ListSets(ctx, c.ID)
	if err != nil || len(sets) == 0 {
		t.Fatalf("no sets (%v)", err)
	}
	s := sets[0]
	tests, err := db.ListTests(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(tests) != 0 {
		t.Fatalf("a practice set is listed as a test: %+v", tests)
	}
	if err := db.SaveSetSettings(ctx, s.ID, quiz.SetSettings{Feedback: "end", MaxAttempts: 1}, false); err != nil {
		t.Fatal(err)
	}
	tests, err = db.ListTests(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(tests) != 1 || tests[0].ID != s.ID || tests[0].Questions != s.Questions || s.Questions == 0 {
		t.Fatalf("ListTests = %+v, want set %d with its %d questions", tests, s.ID, s.Questions)
	}
}
