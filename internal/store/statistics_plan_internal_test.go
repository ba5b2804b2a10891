package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestStatisticsQueriesUseIndexes reads the query plans of the statistics
// queries: no table of responses, attempts' items or card states is read
// whole.
func TestStatisticsQueriesUseIndexes(t *testing.T) {
	ctx, db := planDB(t)
	// Statistics are read on a database with data: let the planner know.
	if _, err := db.write.ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	plans := map[string]string{}
	for _, f := range []quiz.ResponseFilter{{}, {AllAttempts: true}, {Learners: []int64{1, 2}}, {AllAttempts: true, Learners: []int64{3}}} {
		q, args, _ := courseResponsesQuery(1, f)
		plans[q] = ""
		_ = args
		plans[q] = explain(t, db, q, args...)
	}
	plans["memories"] = explain(t, db, memoriesQuery+" AND s.user_id IN (?)", 1, 2)
	for q, plan := range plans {
		for _, line := range strings.Split(plan, "\n") {
			for _, table := range []string{"SCAN r", "SCAN i", "SCAN s", "SCAN responses", "SCAN card_states", "SCAN attempt_items"} {
				if strings.HasPrefix(strings.TrimSpace(line), table) && !strings.Contains(line, "USING") {
					t.Errorf("full scan %q in the plan of\n%s\n%s", line, q, plan)
				}
			}
		}
	}
}

func explain(t *testing.T, db *DB, q string, args ...any) string {
	t.Helper()
	rows, err := db.read.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+q, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		b.WriteString(detail + "\n")
	}
	return b.String()
}

// planDB skips in the PostgreSQL pass and opens a fresh SQLite database
// whose query plans a test reads; it is closed when the test ends.
func planDB(t *testing.T) (context.Context, *DB) {
	t.Helper()
	sqliteOnly(t)
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "lectern.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return ctx, db
}
