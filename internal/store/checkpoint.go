package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"
)

// Checkpoints off the commit path.
//
// In WAL mode every commit appends the pages it changed to the WAL, and a
// checkpoint copies them back into the database file. SQLite's own
// checkpoint runs inside the commit that takes the WAL past
// wal_autocheckpoint pages (1,000 by default): under answers and ratings
// that was one group commit in a few, which then also copied and synced
// some thousand pages while every learner in its batch waited. The write
// connection's threshold is now a safety valve (walSafetyPages), and a
// goroutine of the store checkpoints instead, PASSIVE (it never blocks the
// writer or a reader), on a connection of its own, at most once every
// checkpointInterval and only after a commit. A hot page (an index's leaf,
// a learner's counters) written many times between two checkpoints is
// copied once.
//
// A checkpoint changes nothing of what a commit promises: the commit is
// durable once its WAL frames are synced (synchronous=FULL for answers and
// ratings, commit.go); the checkpoint only copies frames already durable
// and, in WAL mode, syncs the WAL before and the database file after.
//
// The WAL stays bounded: each checkpoint that copies every frame lets the
// next write start the WAL again from its beginning, the valve takes over
// if the goroutine falls behind, and journal_size_limit truncates a WAL
// that had grown past it.

const (
	// checkpointInterval is the least time between two background
	// checkpoints.
	checkpointInterval = 500 * time.Millisecond
	// walSafetyPages is the write connection's wal_autocheckpoint: it
	// checkpoints in the commit only if the WAL grows past it.
	walSafetyPages = 20000
	// walSizeLimit is the journal_size_limit, in bytes, that a WAL
	// started again is truncated to.
	walSizeLimit = 64 << 20
)

type checkpointer struct {
	conn    *sql.DB // one connection of its own
	kick    chan struct{}
	closing chan struct{}
	wg      sync.WaitGroup
	stop    sync.Once
	// runs counts the checkpoints made, for tests.
	mu   sync.Mutex
	runs int
}

// startCheckpointer opens the checkpoint's connection and starts its
// goroutine.
func (db *DB) startCheckpointer(path string) error {
	c, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return fmt.Errorf("store: open %s for checkpoints: %w", path, err)
	}
	c.SetMaxOpenConns(1)
	c.SetConnMaxIdleTime(0)
	cp := &checkpointer{conn: c, kick: make(chan struct{}, 1), closing: make(chan struct{})}
	db.ckpt = cp
	cp.wg.Add(1)
	go func() {
		defer cp.wg.Done()
		for {
			select {
			case <-cp.kick:
			case <-cp.closing:
				return
			}
			// A failed checkpoint is tried again after the next commit;
			// the valve bounds the WAL meanwhile.
			_, _, _ = db.checkpoint(context.Background())
			t := time.NewTimer(checkpointInterval)
			select {
			case <-t.C:
			case <-cp.closing:
				t.Stop()
				return
			}
		}
	}()
	return nil
}

// kickCheckpoint asks for a checkpoint after a commit, without waiting.
func (db *DB) kickCheckpoint() {
	if db.ckpt == nil {
		return
	}
	select {
	case db.ckpt.kick <- struct{}{}:
	default:
	}
}

// checkpoint copies the WAL's frames into the database file (PASSIVE: as
// many as no reader still needs). It returns the frames in the WAL and
// those copied.
func (db *DB) checkpoint(ctx context.Context) (frames, copied int, err error) {
	var busy int
	if err := db.ckpt.conn.QueryRowContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)").Scan(&busy, &frames, &copied); err != nil {
		return 0, 0, fmt.Errorf("store: checkpoint: %w", err)
	}
	db.ckpt.mu.Lock()
	db.ckpt.runs++
	db.ckpt.mu.Unlock()
	return frames, copied, nil
}

// stopCheckpointer waits for a checkpoint under way and closes its
// connection.
func (db *DB) stopCheckpointer() error {
	if db.ckpt == nil {
		return nil
	}
	var err error
	db.ckpt.stop.Do(func() {
		close(db.ckpt.closing)
		db.ckpt.wg.Wait()
		err = db.ckpt.conn.Close()
	})
	return err
}
