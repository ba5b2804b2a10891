package store

import (
	"context"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
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
		noteActivity(1, 2, "now"), putCardStateStmt(1, 2, &quiz.CardState{}, "now"),
	} {
		once := rewriteSQL(st.query)
		if again := rewriteSQL(once); again != once {
			t.Errorf("rewritten again:\n%s\nwas\n%s", again, once)
		}
	}
}

// A kept plan is prepared once on a connection, planned once for any
// values (generic), and gives what the statement sent as text gives.
func TestKeptPlans(t *testing.T) {
	if !onPostgres {
		t.Skip("PostgreSQL only: runs in the PostgreSQL pass")
	}
	pgtest.Require(t)
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	db, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ImportCourse(ctx, quiztest.Course(), 0); err != nil {
		t.Fatal(err)
	}
	c, err := db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	uid, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := OpenSQL(url)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	raw.SetMaxOpenConns(1) // one connection: its prepared statements are seen
	now := db.now()
	for _, theme := range []any{nil, c.Themes[0].ID, nil} {
		var kept, sent int
		if err := raw.QueryRowContext(ctx, unseenCountQuery, c.ID, theme, uid, now, 1000).Scan(&kept); err != nil {
			t.Fatal(err)
		}
		// The same text behind a comment is not kept: it is sent whole.
		if err := raw.QueryRowContext(ctx, "-- sent\n"+unseenCountQuery, c.ID, theme, uid, now, 1000).Scan(&sent); err != nil {
			t.Fatal(err)
		}
		if kept != sent || kept == 0 {
			t.Errorf("theme %v: %d unseen cards by the kept plan, %d by the text; want the same, not 0", theme, kept, sent)
		}
	}
	var n, generic, custom int
	if err := raw.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(generic_plans), 0), COALESCE(SUM(custom_plans), 0)
		FROM pg_prepared_statements WHERE name LIKE 'lectern_plan%'`).Scan(&n, &generic, &custom); err != nil {
		t.Fatal(err)
	}
	if n != 1 || generic != 3 || custom != 0 {
		t.Errorf("%d statements prepared, run by %d generic plans and %d custom ones; want 1, 3 and 0", n, generic, custom)
	}
}
