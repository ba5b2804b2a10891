package store

import (
	"strings"
	"testing"
)

// TestClassFiguresQueryStartsAtTheClass reads the plan of the class page's
// statement: every part starts at the class's members and reaches their
// states through the indexes by learner, never through the course's cards
// (which would read every learner's state of each card).
func TestClassFiguresQueryStartsAtTheClass(t *testing.T) {
	_, db := planDB(t)
	plan := explain(t, db, classFiguresQuery, 1, 1, "2026-03-01T09:00:00Z", "2026-03-01T08:00:00Z") +
		explain(t, db, classMasteryQuery, 1)
	for _, bad := range []string{"SCAN ", "card_states_card", "SEARCH c USING INDEX", "SEARCH c USING COVERING INDEX"} {
		if strings.Contains(plan, bad) {
			t.Errorf("the plan has %q:\n%s", bad, plan)
		}
	}
	if n := strings.Count(plan, "SEARCH m USING COVERING INDEX sqlite_autoindex_class_members_1 (class_id=?)"); n != 5 {
		t.Errorf("%d of 5 parts start at the class's members:\n%s", n, plan)
	}
	// A learner's leeches come from the small index of leeches, and an
	// assignment's state from the attempts' covering index (migration
	// 0057), not from rows scattered through the file.
	if !strings.Contains(plan, "card_states_leech (user_id=?)") {
		t.Errorf("the leeches are not read through their index:\n%s", plan)
	}
	done := explain(t, db, `SELECT m.user_id, a.id, `+doneAt+` FROM class_members m JOIN assignments a ON a.class_id = m.class_id WHERE m.class_id = ?`, 1)
	if !strings.Contains(done, "USING COVERING INDEX attempts_done") {
		t.Errorf("the assignments done are not read from the attempts' covering index:\n%s", done)
	}
}
