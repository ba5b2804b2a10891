package store

import (
	"context"
	"database/sql"
	"os"
	"testing"
)

// The write connection checkpoints only past the safety valve, so a
// group commit no longer copies the WAL into the database file; the
// store's own checkpoint copies every frame of committed answers, the
// next write starts the WAL again, and the WAL's file stays bounded
// however many commits are made. The commits stay FULL.
func TestCheckpointsOffTheCommitPath(t *testing.T) {
	sqliteOnly(t)
	db := openScratch(t)
	ctx := context.Background()
	var valve int
	if err := db.write.QueryRow("PRAGMA wal_autocheckpoint").Scan(&valve); err != nil {
		t.Fatal(err)
	}
	if valve != walSafetyPages {
		t.Fatalf("the write connection's wal_autocheckpoint is %d, want %d", valve, walSafetyPages)
	}
	if _, err := db.write.Exec("CREATE TABLE pages (n INTEGER PRIMARY KEY, b BLOB)"); err != nil {
		t.Fatal(err)
	}
	// Stop the goroutine, so that the test alone checkpoints.
	db.stopCheckpointer()
	var seq int
	var name, path string
	if err := db.write.QueryRow("PRAGMA database_list").Scan(&seq, &name, &path); err != nil {
		t.Fatal(err)
	}
	walPath := path + "-wal"
	write := func(from int) {
		t.Helper()
		for i := range 300 {
			var sync int
			if err := db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
				if err := tx.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&sync); err != nil {
					return err
				}
				// Four pages' worth of rows a commit.
				for j := range 4 {
					if _, err := tx.ExecContext(ctx, "INSERT INTO pages (n, b) VALUES (?, zeroblob(3000))", (from+i)*4+j); err != nil {
						return err
					}
				}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if sync != 2 {
				t.Fatalf("synchronous %d in a group commit, want 2 (FULL)", sync)
			}
		}
	}
	reopen := func() {
		t.Helper()
		c, err := sql.Open("sqlite", dsn(path, false))
		if err != nil {
			t.Fatal(err)
		}
		c.SetMaxOpenConns(1)
		db.ckpt.conn = c
	}
	reopen()
	t.Cleanup(func() { db.ckpt.conn.Close() })
	write(0)
	frames, copied, err := db.checkpoint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 300 commits of four pages: no commit checkpointed (one would
	// have, at SQLite's default of 1,000 pages, and the next commit
	// started the WAL again).
	if frames < 1200 || copied != frames {
		t.Fatalf("after 300 commits of four pages the WAL held %d frames and %d were copied; want at least 1200, all copied", frames, copied)
	}
	st, err := os.Stat(walPath)
	if err != nil {
		t.Fatal(err)
	}
	size := st.Size()
	for round := 1; round <= 5; round++ {
		write(round * 10000)
		f, c, err := db.checkpoint(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if c != f || f > frames+frames/2 {
			t.Fatalf("round %d: %d frames in the WAL, %d copied; want all copied and no more than the first round's %d and half", round, f, c, frames)
		}
	}
	st, err = os.Stat(walPath)
	if err != nil {
		t.Fatal(err)
	}
	if st.Size() > size+size/2 {
		t.Fatalf("the WAL's file grew from %d to %d bytes over five rounds of commits and checkpoints", size, st.Size())
	}
	var n int
	if err := db.read.QueryRow("SELECT COUNT(*) FROM pages").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 6*300*4 {
		t.Fatalf("%d rows kept, want %d", n, 6*300*4)
	}
}
