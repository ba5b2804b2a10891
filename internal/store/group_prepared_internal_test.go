package store

import (
	"context"
	"database/sql"
	"testing"
)

// A write's statement runs unprepared the first time, is prepared on the
// write connection between batches, and then runs prepared, still in the
// group transaction committed with synchronous=FULL.
func TestGroupStatementsPreparedBetweenBatches(t *testing.T) {
	sqliteOnly(t)
	db := openScratch(t)
	ctx := context.Background()
	const insert = "INSERT INTO scratch (n) VALUES (?)"
	write := func(n int) (sync int) {
		t.Helper()
		if err := db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
			g := db.inGroup(tx)
			if _, err := g.ExecContext(ctx, insert, n); err != nil {
				return err
			}
			return g.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync)
		}); err != nil {
			t.Fatal(err)
		}
		return sync
	}
	if got := write(1); got != 2 {
		t.Errorf("synchronous in the first group commit: %d, want 2 (FULL)", got)
	}
	// The group commit goroutine prepares after acknowledging: one more
	// write waits for the batch that follows that pause.
	write(2)
	if _, ok := db.group.prep.stmts.Load(insert); !ok {
		t.Fatal("the insert is not prepared on the write connection after two batches")
	}
	if got := write(3); got != 2 {
		t.Errorf("synchronous with prepared statements: %d, want 2 (FULL)", got)
	}
	// A failing write rolls back alone, prepared as well.
	if err := db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		_, err := db.inGroup(tx).ExecContext(ctx, insert, 3)
		return err
	}); err == nil {
		t.Error("inserting 3 twice: no error")
	}
	var n, sum int
	if err := db.read.QueryRow("SELECT COUNT(*), SUM(n) FROM scratch").Scan(&n, &sum); err != nil {
		t.Fatal(err)
	}
	if n != 3 || sum != 6 {
		t.Errorf("rows: %d summing to %d, want 3 summing to 6", n, sum)
	}
}
