package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"

	"github.com/lectern/lectern/internal/admit"
)

// Group commit for answers and ratings.
//
// An acknowledged answer or rating must survive a power cut, so its
// transaction commits with synchronous=FULL: in WAL mode SQLite then
// fsyncs the WAL before COMMIT returns, and a commit whose WAL frames are
// on disk is recovered after any crash. An fsync costs about a
// millisecond, so committing every answer on its own would cap a school at
// a few hundred answers a second. Instead one goroutine takes every answer
// and rating waiting at that moment, runs each in a savepoint of one
// transaction (a failing one rolls back alone), commits them with one
// fsync, and only then tells each caller its result: none is acknowledged
// before the commit that holds it is on disk. The WAL is appended in
// order, so that fsync also makes durable every commit made before it
// (the learner's session, the attempt the answer belongs to).
//
// Other writes keep synchronous=NORMAL: they survive a crash of the
// process, and a power cut may take back the last of them unless an
// answer or rating was committed after them.

// maxBatch bounds the writes committed together.
const maxBatch = 256

// groupFn is a write to run in the group transaction. ctx cannot be
// cancelled: a write once taken is finished, so that an interrupted
// statement never aborts the writes beside it.
type groupFn func(ctx context.Context, tx *sql.Tx) error

type groupReq struct {
	ctx   context.Context
	fn    groupFn
	err   error
	panic any
	done  chan struct{}
}

type committer struct {
	reqs    chan *groupReq
	closing chan struct{}
	wg      sync.WaitGroup
	stop    sync.Once
	sending sync.RWMutex // held to send; taken whole to close
	closed  bool
	prep    groupStmts // statements prepared on the write connection
	// batches and writes count what was committed, for tests.
	mu      sync.Mutex
	batches int
	writes  int
}

var errClosed = errors.New("store: the database is closed")

// startCommitter starts the goroutine that commits answers and ratings.
func (db *DB) startCommitter() {
	c := &committer{reqs: make(chan *groupReq, maxBatch), closing: make(chan struct{})}
	db.group = c
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		for {
			var first *groupReq
			select {
			case first = <-c.reqs:
			case <-c.closing:
				// Writes sent as it closed are refused, not left waiting.
				for {
					select {
					case r := <-c.reqs:
						r.err = errClosed
						close(r.done)
					default:
						return
					}
				}
			}
			batch := []*groupReq{first}
		more:
			for len(batch) < maxBatch {
				select {
				case r := <-c.reqs:
					batch = append(batch, r)
				default:
					break more
				}
			}
			db.commitBatch(batch)
			c.mu.Lock()
			c.batches++
			c.writes += len(batch)
			c.mu.Unlock()
			for _, r := range batch {
				close(r.done)
			}
			db.kickCheckpoint()
			// Acknowledged first: the learners do not wait for this.
			db.preparePending()
		}
	}()
}

// stopCommitter waits for the batch under way and stops the goroutine;
// writes sent afterwards fail.
func (db *DB) stopCommitter() {
	if db.group == nil {
		return
	}

	db.group.stop.Do(func() {
		db.group.sending.Lock() // no send under way, none after
		db.group.closed = true
		db.group.sending.Unlock()
		close(db.group.closing)
	})
	db.group.wg.Wait()
}

// groupTx runs fn in the next group commit and returns once that commit
// is on disk (or failed). A panic in fn is raised again here.
func (db *DB) groupTx(ctx context.Context, fn groupFn) error {
	if db.pg != nil {
		// PostgreSQL commits writers side by side: each answer or rating
		// is its own READ COMMITTED transaction, its counters added to
		// in place and the learner's rows locked (lockLearner).
		return db.pgTxAt(ctx, sql.LevelReadCommitted, func(tx *sql.Tx) error { return fn(ctx, tx) })
	}
	if db.group == nil {
		return db.tx(ctx, func(tx *sql.Tx) error { return fn(ctx, tx) })
	}
	r, err := db.sendGroup(ctx, fn)
	if err != nil {
		return err
	}
	// The request gives up its turn at the cores while the commit runs.
	resume := admit.Wait(ctx)
	<-r.done
	resume()
	if r.panic != nil {
		panic(r.panic)
	}
	return r.err
}

// groupTxNoWait sends fn to the next group commit and returns without
// waiting for it: for a write nobody is told the outcome of, whose loss in
// a crash loses nothing acknowledged (when a question was first shown).
// The commits take their writes in the order sent, so a write a request
// sends before its response commits no later than any write the learner
// makes after reading that response. Where there is no group commit it
// waits, as groupTx does.
func (db *DB) groupTxNoWait(ctx context.Context, fn groupFn) error {
	if db.pg != nil || db.group == nil {
		return db.groupTx(ctx, fn)
	}
	_, err := db.sendGroup(ctx, fn)
	return err
}

// sendGroup hands fn to the committer, for the next group commit.
func (db *DB) sendGroup(ctx context.Context, fn groupFn) (*groupReq, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Not cancellable: fn runs in a transaction shared with other
	// requests, which one request's going away must not abort. (Checked
	// above: a request already gone joins no commit.)
	r := &groupReq{ctx: context.WithoutCancel(ctx), fn: fn, done: make(chan struct{})}
	db.group.sending.RLock()
	defer db.group.sending.RUnlock()
	if db.group.closed {
		return nil, errClosed
	}
	select {
	case db.group.reqs <- r:
		return r, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// GroupStats reports how many group commits ran and how many writes they
// held.
func (db *DB) GroupStats() (batches, writes int) {
	if db.group == nil {
		return 0, 0
	}
	db.group.mu.Lock()
	defer db.group.mu.Unlock()
	return db.group.batches, db.group.writes
}

// commitBatch commits the batch in one transaction, each write in a
// savepoint. If the transaction itself fails, each write is tried again
// in a transaction of its own, so that one write's trouble is its own.
// The writes are idempotent (an answer is stored once per question of an
// attempt, a rating once per review count), so running one again after a
// failed commit stores it once.
func (db *DB) commitBatch(batch []*groupReq) {
	err := db.runGroup(batch)
	if err == nil {
		return
	}
	if len(batch) == 1 {
		if batch[0].err == nil && batch[0].panic == nil {
			batch[0].err = err
		}
		return
	}
	for _, r := range batch {
		r.err, r.panic = nil, nil
		if err := db.runGroup([]*groupReq{r}); err != nil && r.err == nil && r.panic == nil {
			r.err = err
		}
	}
}

// runGroup runs the writes in one transaction committed with
// synchronous=FULL. A write that fails is rolled back to its savepoint and
// keeps its error; the error returned is the transaction's.
func (db *DB) runGroup(batch []*groupReq) (err error) {
	ctx := context.Background()
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA synchronous=FULL"); err != nil {
		return err
	}
	defer func() {
		if _, serr := conn.ExecContext(ctx, "PRAGMA synchronous=NORMAL"); serr != nil && err == nil {
			err = serr
		}
	}()
	// The requests wait for this commit, so it takes a turn at the cores
	// ahead of them, without queueing: while it runs, one request fewer
	// works beside it, and it is not starved of the processor by the
	// requests whose answers it holds. (Run beside every request, as one
	// more goroutine among a hundred, it got a small share of a core:
	// answer p99 48-62 ms against 34-41 ms so, at the same rate;
	// docs/benchmarks.md, thirteenth round.)
	if db.cores != nil {
		defer db.cores.Borrow()()
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	g := db.inGroup(tx)
	// The statistics of the attempts the batch finishes, summed and
	// written once after the last write (statFinishAttempt).
	var stats batchStats
	for _, r := range batch {
		if _, err := g.ExecContext(ctx, "SAVEPOINT w"); err != nil {
			tx.Rollback()
			return err
		}
		var mine batchStats
		r.panic, r.err = runOne(r, tx, &mine)
		if r.err != nil || r.panic != nil {
			if _, err := g.ExecContext(ctx, "ROLLBACK TO w"); err != nil {
				tx.Rollback()
				return fmt.Errorf("store: group commit: %w", err)
			}
		} else if mine.d != nil {
			stats.add(mine.d)
		}
		if _, err := g.ExecContext(ctx, "RELEASE w"); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: group commit: %w", err)
		}
	}
	if stats.d != nil {
		// A failure here fails the transaction: commitBatch then runs
		// each write again on its own, its statistics with it.
		if err := stats.d.flushWith(ctx, tx, g, false); err != nil {
			tx.Rollback()
			return fmt.Errorf("store: group commit: statistics: %w", err)
		}
	}
	return tx.Commit()
}

// ShareCores makes the group commit take a slot of g (the gate the
// learners' requests take their turns at) while it runs, ahead of every
// request.
func (db *DB) ShareCores(g *admit.Gate) { db.cores = g }

func runOne(r *groupReq, tx *sql.Tx, stats *batchStats) (p any, err error) {
	defer func() {
		if v := recover(); v != nil {
			p = v
		}
	}()
	return nil, r.fn(context.WithValue(r.ctx, batchStatsKey{}, stats), tx)
}
