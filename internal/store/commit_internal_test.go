package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

func openScratch(t *testing.T) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "lectern.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.write.Exec("CREATE TABLE scratch (n INTEGER PRIMARY KEY)"); err != nil {
		t.Fatal(err)
	}
	return db
}

// Writes waiting while a group commit runs are committed together in the
// next one; a write that fails is rolled back alone and its error goes to
// its caller; a panic is raised in its caller.
func TestGroupCommitBatchesAndIsolates(t *testing.T) {
	sqliteOnly(t)
	db := openScratch(t)
	ctx := context.Background()
	const n = 40
	release, started := make(chan struct{}), make(chan struct{})
	first := make(chan error, 1)
	go func() {
		first <- db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
			close(started)
			<-release // hold the committer while the others queue
			_, err := tx.ExecContext(ctx, "INSERT INTO scratch (n) VALUES (0)")
			return err
		})
	}()
	<-started
	errBad := errors.New("refused")
	var wg sync.WaitGroup
	errs := make([]error, n)
	panics := make([]any, n)
	for i := 1; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { panics[i] = recover() }()
			errs[i] = db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
				if _, err := tx.ExecContext(ctx, "INSERT INTO scratch (n) VALUES (?)", i); err != nil {
					return err
				}
				switch i % 10 {
				case 3:
					return errBad // after its insert: the insert must be rolled back
				case 7:
					panic(fmt.Sprintf("write %d", i))
				}
				return nil
			})
		}()
	}
	for len(db.group.reqs) != n-1 {
		runtime.Gosched()
	}
	close(release)
	wg.Wait()
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	batches, writes := db.GroupStats()
	if batches != 2 || writes != n {
		t.Errorf("%d writes in %d group commits, want %d in 2", writes, batches, n)
	}
	for i := 1; i < n; i++ {
		var count int
		if err := db.read.QueryRow("SELECT COUNT(*) FROM scratch WHERE n = ?", i).Scan(&count); err != nil {
			t.Fatal(err)
		}
		switch i % 10 {
		case 3:
			if !errors.Is(errs[i], errBad) || count != 0 {
				t.Errorf("write %d failed: error %v, %d rows; want its error and no row", i, errs[i], count)
			}
		case 7:
			if panics[i] != fmt.Sprintf("write %d", i) || count != 0 {
				t.Errorf("write %d panicked: caller saw %v, %d rows; want the panic and no row", i, panics[i], count)
			}
		default:
			if errs[i] != nil || panics[i] != nil || count != 1 {
				t.Errorf("write %d: error %v, panic %v, %d rows; want one row", i, errs[i], panics[i], count)
			}
		}
	}
}

// Answers and ratings commit with synchronous=FULL (the WAL is fsynced
// before the commit returns); other writes keep NORMAL.
func TestGroupCommitIsFull(t *testing.T) {
	sqliteOnly(t)
	db := openScratch(t)
	ctx := context.Background()
	var inGroup, inTx int
	if err := db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&inGroup)
	}); err != nil {
		t.Fatal(err)
	}
	if err := db.tx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, "PRAGMA synchronous").Scan(&inTx)
	}); err != nil {
		t.Fatal(err)
	}
	if inGroup != 2 || inTx != 1 {
		t.Errorf("synchronous: %d in a group commit, %d in another write; want 2 (FULL) and 1 (NORMAL)", inGroup, inTx)
	}
}

// A write sent after Close is refused, never left waiting.
func TestGroupCommitAfterClose(t *testing.T) {
	sqliteOnly(t)
	db := openScratch(t)
	db.Close()
	err := db.groupTx(context.Background(), func(ctx context.Context, tx *sql.Tx) error { return nil })
	if !errors.Is(err, errClosed) {
		t.Fatalf("write after close: %v, want errClosed", err)
	}
}
