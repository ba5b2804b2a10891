package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestClassFiguresQueryStartsAtTheClass reads the plan of the class page's
// statement: every part starts at the class's members and reaches their
// states through the indexes by learner, never through the course's cards
// (which would read every learner's state of each card).
func TestClassFiguresQueryStartsAtTheClass(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "lectern.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	plan := explain(t, db, classFiguresQuery, 1, 1, "2026-03-01T09:00:00Z", "2026-03-01T08:00:00Z")
	for _, bad := range []string{"SCAN ", "card_states_card", "SEARCH c USING INDEX", "SEARCH c USING COVERING INDEX"} {
		if strings.Contains(plan, bad) {
			t.Errorf("the plan has %q:\n%s", bad, plan)
		}
	}
	if n := strings.Count(plan, "SEARCH m USING COVERING INDEX sqlite_autoindex_class_members_1 (class_id=?)"); n != 5 {
		t.Errorf("%d of 5 parts start at the class's members:\n%s", n, plan)
	}
}
