package store

import (
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// A batch numbers each statement's placeholders after those of the
// statements before it, leaving quoted text alone, and its text is in
// PostgreSQL's dialect already: rewriting it again changes nothing.
func TestPGBatch(t *testing.T) {
	q, args := pgBatch([]batchStmt{
		{"SELECT pg_notify(?, ?) FROM users WHERE id = ? FOR NO KEY UPDATE", []any{"c", "p", 1}},
		{"INSERT OR IGNORE INTO t (a, b) VALUES (?, '?$1')", []any{2}},
		{"INSERT INTO u (a, b, c) SELECT ?1, ?2, ?2 FROM v WHERE w = ?3 AND x = IFNULL(?1, 0)", []any{3, 4, 5}},
	})
	want := "SELECT pg_notify($1, $2) FROM users WHERE id = $3 FOR NO KEY UPDATE;\n" +
		"INSERT INTO t (a, b) VALUES ($4, '?$1') ON CONFLICT DO NOTHING ;\n" +
		"INSERT INTO u (a, b, c) SELECT $5, $6, $6 FROM v WHERE w = $7 AND x = COALESCE($5, 0)"
	if q != want {
		t.Errorf("pgBatch =\n%s\nwant\n%s", q, want)
	}
	if len(args) != 7 {
		t.Errorf("%d arguments, want 7", len(args))
	}
	if again := rewriteSQL(q); again != q {
		t.Errorf("rewritten again:\n%s\nwas\n%s", again, q)
	}
}

// The statements the answer and the rating send in batches are rewritten
// once: a batch's text passes through pgRewrite again on its way out.
func TestBatchedStatementsRewriteOnce(t *testing.T) {
	db := &DB{Now: func() time.Time { return time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC) }}
	for _, st := range []batchStmt{
		db.queueMissedQuestion(1, 2, "now"), db.queueMissedInAttempt(1, 2, "now"), noteFinish(3),
		noteActivityStmt(1, 2, "now"), putCardStateStmt(1, 2, &quiz.CardState{}, "now"),
	} {
		once := rewriteSQL(st.query)
		if again := rewriteSQL(once); again != once {
			t.Errorf("rewritten again:\n%s\nwas\n%s", again, once)
		}
	}
}
