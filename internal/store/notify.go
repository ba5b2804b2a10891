package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
)

// Several servers may share one PostgreSQL database. What one of them
// keeps in memory (the content snapshot, each learner's cached state,
// queue and cards, the attempts' shells) is dropped on the others through
// PostgreSQL's LISTEN/NOTIFY: every server listens on notifyChannel on a
// connection of its own, and a write that changes what is cached sends a
// notification naming what changed. A content write sends it inside its
// transaction, so it is delivered if and only if the write commits; a
// learner's write sends it right after committing, before the write
// returns. The listener drops what it hears of, as the server that wrote
// dropped it. When its connection breaks it reconnects, waiting longer
// each time (up to notifyMaxBackoff), and drops every cache on breaking
// and again on reconnecting: notifications sent meanwhile are lost.
// Sessions are not cached on PostgreSQL (sessions.go), so a sign-out,
// password change or role change on one server holds on every other at
// once. On SQLite (one process) nothing is sent and nothing listens.
//
// A notification's payload is "ORIGIN KIND [ARG]": ORIGIN is the sending
// store's random id (a server ignores its own), KIND one of the notify*
// constants.

// notifyChannel is the channel every Lectern server listens on.
const notifyChannel = "lectern_caches"

// What a notification says changed.
const (
	notifyContent = "c" // course content: the snapshot is stale
	notifyLearner = "l" // ARG, a learner id: their cached state is stale
	notifyForget  = "f" // ARG, a learner id: the learner's rows went (merged or deleted)
	notifyJob     = "j" // a job was queued
	notifyEnded   = "e" // ARG, a job id: the job ended
	notifyCancel  = "k" // ARG, a job id: cancel it where it runs
	notifySync    = "y" // ARG, a nonce: a barrier the sender waits for (SyncNotifications)
)

// notifyMaxBackoff is the longest wait between two tries to reconnect.
const notifyMaxBackoff = 10 * time.Second

// listener is a store's LISTEN connection and what it serves.
type listener struct {
	dsn    string
	origin string
	stop   context.CancelFunc
	done   chan struct{}
	pid    atomic.Uint32 // the listening connection's server process, 0 while none

	mu      sync.Mutex
	waiters map[string]chan struct{} // SyncNotifications barriers, by nonce
	jobs    jobHooks
	// drops counts the times every cache was dropped for a broken
	// connection (tests read it).
	drops atomic.Int64
	// reconnected, when set (by tests), hears of each reconnection, once
	// the caches are dropped.
	reconnected chan struct{}
}

// jobHooks are what a job runner wants to hear of other servers' jobs.
type jobHooks struct {
	queued func()
	ended  func(id int64)
	cancel func(id int64)
}

func newOrigin() string {
	b := make([]byte, 8)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// startListener starts listening for the other servers' notifications and
// returns once listening (or failing to).
func (db *DB) startListener(ctx context.Context, dsn string) error {
	l := &listener{dsn: dsn, origin: db.origin, done: make(chan struct{}), waiters: map[string]chan struct{}{}}
	conn, err := l.connect(ctx)
	if err != nil {
		return err
	}
	runCtx, stop := context.WithCancel(context.Background())
	l.stop = stop
	db.listen = l
	go db.listenLoop(runCtx, conn)
	return nil
}

// connect opens the listening connection and listens.
func (l *listener) connect(ctx context.Context) (*pgx.Conn, error) {
	conn, err := pgx.Connect(ctx, l.dsn)
	if err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, "LISTEN "+notifyChannel); err != nil {
		conn.Close(context.Background())
		return nil, err
	}
	l.pid.Store(conn.PgConn().PID())
	return conn, nil
}

// listenLoop applies the notifications heard on conn until ctx is done,
// reconnecting when the connection breaks.
func (db *DB) listenLoop(ctx context.Context, conn *pgx.Conn) {
	l := db.listen
	defer close(l.done)
	backoff := 100 * time.Millisecond
	for {
		for {
			n, err := conn.WaitForNotification(ctx)
			if err != nil {
				break
			}
			db.applyNotification(n.Payload)
		}
		conn.Close(context.Background())
		l.pid.Store(0)
		if ctx.Err() != nil {
			return
		}
		db.dropAllCaches()
		for {
			t := time.NewTimer(backoff)
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
			backoff = min(backoff*2, notifyMaxBackoff)
			c, err := l.connect(ctx)
			if err == nil {
				conn = c
				break
			}
		}
		backoff = 100 * time.Millisecond
		// Whatever was sent while no connection listened is lost.
		db.dropAllCaches()
		if l.reconnected != nil {
			select {
			case l.reconnected <- struct{}{}:
			default:
			}
		}
	}
}

// stopListener stops listening and waits for the listener to end.
func (db *DB) stopListener() {
	if db.listen == nil {
		return
	}
	db.listen.stop()
	<-db.listen.done
}

// dropAllCaches forgets everything cached that another server may have
// changed, and releases whoever waits at a barrier (what they wait for
// may have been lost; the caches are empty now anyway).
func (db *DB) dropAllCaches() {
	db.gen.Add(1)
	db.learners.dropAll()
	db.shells.Purge()
	db.sessions.Purge()
	l := db.listen
	l.drops.Add(1)
	l.mu.Lock()
	for k, ch := range l.waiters {
		close(ch)
		delete(l.waiters, k)
	}
	l.mu.Unlock()
}

// applyNotification drops what another server's notification says
// changed.
func (db *DB) applyNotification(payload string) {
	l := db.listen
	origin, rest, _ := strings.Cut(payload, " ")
	kind, arg, _ := strings.Cut(rest, " ")
	if origin == l.origin {
		if kind == notifySync {
			l.mu.Lock()
			if ch, ok := l.waiters[arg]; ok {
				close(ch)
				delete(l.waiters, arg)
			}
			l.mu.Unlock()
		}
		return
	}
	id, _ := strconv.ParseInt(arg, 10, 64)
	l.mu.Lock()
	hooks := l.jobs
	l.mu.Unlock()
	switch kind {
	case notifyContent:
		db.gen.Add(1)
	case notifyLearner:
		db.learners.changed(id)
		db.learners.settingsChanged(id)
	case notifyForget:
		db.learners.changed(id)
		db.learners.settingsChanged(id)
		db.shells.Purge()
	case notifyJob:
		if hooks.queued != nil {
			hooks.queued()
		}
	case notifyEnded:
		if hooks.ended != nil {
			hooks.ended(id)
		}
	case notifyCancel:
		if hooks.cancel != nil {
			hooks.cancel(id)
		}
	}
}

// notifyQuery sends a notification; its arguments are the channel and the
// payload.
const notifyQuery = "SELECT pg_notify(?, ?)"

// publish tells the other servers that something changed, after the
// write that changed it committed; on SQLite it does nothing. A failure
// to send is not the write's: it is counted (publishFailures) and the
// other servers' caches of it stay until they expire or their next drop.
func (db *DB) publish(kind string, arg int64) {
	if db.listen == nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := db.write.ExecContext(ctx, notifyQuery, notifyChannel, db.payload(kind, arg)); err != nil {
		db.publishFailures.Add(1)
	}
}

// publishTx sends a notification with the transaction tx: it is delivered
// when tx commits, and never if it does not.
func (db *DB) publishTx(ctx context.Context, tx *sql.Tx, kind string) error {
	if db.listen == nil {
		return nil
	}
	_, err := tx.ExecContext(ctx, notifyQuery, notifyChannel, db.payload(kind, 0))
	return err
}

func (db *DB) payload(kind string, arg int64) string {
	p := db.origin + " " + kind
	if arg != 0 {
		p += " " + strconv.FormatInt(arg, 10)
	}
	return p
}

// settingsChanged drops a learner's kept settings here and on the other
// servers, once a write of them commits.
func (db *DB) settingsChanged(userID int64) {
	db.learners.settingsChanged(userID)
	db.publish(notifyLearner, userID)
}

// learnerChanged marks a learner's cached state as changed here and on
// every other server; call it once the write has committed.
func (db *DB) learnerChanged(userID int64) {
	db.learners.changed(userID)
	db.publish(notifyLearner, userID)
}

// SyncNotifications returns once this server has applied every
// notification sent before it was called (PostgreSQL delivers them in the
// order their transactions committed): it sends one of its own and waits
// for it to come back. On SQLite it returns at once. Tests use it where a
// page must be served after another server's write has been heard of.
func (db *DB) SyncNotifications(ctx context.Context) error {
	l := db.listen
	if l == nil {
		return nil
	}
	nonce := newOrigin()
	ch := make(chan struct{})
	l.mu.Lock()
	l.waiters[nonce] = ch
	l.mu.Unlock()
	if _, err := db.write.ExecContext(ctx, notifyQuery, notifyChannel, db.origin+" "+notifySync+" "+nonce); err != nil {
		l.mu.Lock()
		delete(l.waiters, nonce)
		l.mu.Unlock()
		return err
	}
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		l.mu.Lock()
		delete(l.waiters, nonce)
		l.mu.Unlock()
		return ctx.Err()
	}
}

// WatchJobs registers what a job runner does when another server queues a
// job (queued: look for it), ends one (ended) or is asked to cancel one
// (cancel: stop it if it runs here). It reports whether other servers may
// share this database's jobs (PostgreSQL); on SQLite it registers nothing
// and reports false.
func (db *DB) WatchJobs(queued func(), ended, cancel func(id int64)) bool {
	if db.listen == nil {
		return false
	}
	db.listen.mu.Lock()
	db.listen.jobs = jobHooks{queued, ended, cancel}
	db.listen.mu.Unlock()
	return true
}
