package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// IsPostgresURL reports whether dsnOrPath names a PostgreSQL database
// (postgres:// or postgresql://) rather than a SQLite file.
func IsPostgresURL(dsnOrPath string) bool {
	return strings.HasPrefix(dsnOrPath, "postgres://") || strings.HasPrefix(dsnOrPath, "postgresql://")
}

// openPostgres opens the PostgreSQL database at the URL dsn and brings its
// schema up to date. One pool serves reads and writes: PostgreSQL runs
// writers side by side, so there is no single writer and no group commit.
// Answers and ratings are READ COMMITTED with the learner's row locked
// (groupTx, lockLearner); every other write is SERIALIZABLE; either is run
// again when PostgreSQL reports a conflict with another (pgTxAt). That
// gives what SQLite's one writer gave: two answers or ratings for one
// learner, from two servers, are neither lost nor counted twice.
func openPostgres(ctx context.Context, dsn string) (*DB, error) {
	c, err := newPGConnector(dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open PostgreSQL: %w", err)
	}
	pool := sql.OpenDB(c)
	n := max(4, runtime.NumCPU()*2)
	pool.SetMaxOpenConns(n)
	pool.SetMaxIdleConns(n)
	pool.SetConnMaxIdleTime(5 * time.Minute)
	db := &DB{write: pool, read: pool, pg: c, caches: newCaches(), origin: newOrigin(), Now: func() time.Time { return time.Now().UTC() }}
	if err := db.Ping(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	err = db.migrateLocked(ctx, func() error {
		if _, err := pool.ExecContext(ctx, pgPrelude); err != nil {
			return fmt.Errorf("store: prepare PostgreSQL: %w", err)
		}
		return db.migrate(ctx)
	})
	if err != nil {
		pool.Close()
		return nil, err
	}
	// Listen before anything is cached: what another server changes from
	// now on is heard of.
	if err := db.startListener(ctx, dsn); err != nil {
		pool.Close()
		return nil, fmt.Errorf("store: listen for other servers: %w", err)
	}
	if err := db.refreshStats(ctx, 0); err != nil {
		db.stopListener()
		pool.Close()
		return nil, err
	}
	return db, nil
}

// migrateLock is the PostgreSQL advisory lock that servers starting at
// once on one database take in turn while they prepare and migrate it.
const migrateLock = 0x4c6563746572 // "Lecter"

// migrateLocked runs fn holding migrateLock, on a connection of the pool
// kept for the lock's time.
func (db *DB) migrateLocked(ctx context.Context, fn func() error) error {
	conn, err := db.write.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock(?)", migrateLock); err != nil {
		return fmt.Errorf("store: migrate: wait for another server's migration: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock(?)", migrateLock)
	return fn()
}

// loadIdentity records the tables whose id PostgreSQL numbers.
func (db *DB) loadIdentity(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT table_name FROM information_schema.columns
		WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'`)
	if err != nil {
		return err
	}
	defer rows.Close()
	m := map[string]bool{}
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return err
		}
		m[strings.ToLower(t)] = true
	}
	if err := rows.Err(); err != nil {
		return err
	}
	db.pg.identity.Store(&m)
	return nil
}

// syncIdentitiesSQL moves every identity column's next number past the
// largest in its table, after a migration or a copy that wrote rows with
// their ids (SQLite numbers from the largest id; PostgreSQL from its
// sequence). It is one statement, run in the server: the migrations (on
// database/sql) and the move from SQLite (on pgx) both run it.
const syncIdentitiesSQL = `DO $$ DECLARE r record; BEGIN
	FOR r IN SELECT table_name AS t, column_name AS c FROM information_schema.columns
		WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1 LOOP
		EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), COALESCE(MAX(%I), 0) + 1, false) FROM %I',
			quote_ident(r.t), r.c, r.c, r.t);
	END LOOP;
END $$`

// retryable reports whether err is PostgreSQL's refusal of a transaction
// that conflicted with another (serialization failure or deadlock): the
// transaction is run again.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// pgTx runs fn in a SERIALIZABLE transaction, again while PostgreSQL
// refuses it for a conflict with another, up to a bound.
func (db *DB) pgTx(ctx context.Context, fn func(*sql.Tx) error) error {
	return db.pgTxAt(ctx, sql.LevelSerializable, fn)
}

// pgTxAt runs fn in a transaction of the isolation level iso, again while
// PostgreSQL refuses it for a conflict with another (a serialization
// failure, or a deadlock at any level), up to a bound.
func (db *DB) pgTxAt(ctx context.Context, iso sql.IsolationLevel, fn func(*sql.Tx) error) error {
	const tries = 20
	var err error
	for i := 0; i < tries; i++ {
		err = db.pgTxOnce(ctx, iso, fn)
		if !retryable(err) {
			return err
		}
		if ctx.Err() != nil {
			return err
		}
		// Transactions that conflicted once tend to again if run again at
		// the same instant (several servers claiming a job, say): wait a
		// random while, growing with each try, up to 50 ms.
		t := time.NewTimer(rand.N(min(time.Millisecond<<i, 50*time.Millisecond)))
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
	}
	return err
}

func (db *DB) pgTxOnce(ctx context.Context, iso sql.IsolationLevel, fn func(*sql.Tx) error) error {
	tx, err := db.write.BeginTx(ctx, &sql.TxOptions{Isolation: iso})
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// lockLearner, on PostgreSQL, is the statement that locks a learner's
// row for the rest of its transaction and sends, with it, the
// notification that the learner's cached state changed: one round trip
// for both, and none more when it opens a batch (execBatch). Answers and
// ratings run under READ COMMITTED (groupTx), where each statement sees
// what committed before it; holding the learner's lock first makes one
// learner's answers and ratings, from any server, run one after the other,
// so that what each reads of the learner's rows (the card's review count,
// the attempt's responses, the learner's first attempt at a set) stays
// true until it commits. FOR NO KEY UPDATE leaves the row free for the
// foreign-key checks of other writers. notified says whether the
// notification goes with the transaction (delivered if and only if it
// commits). On SQLite, whose one writer runs writes one at a time, there
// is no statement (ok false).
func (db *DB) lockLearner(userID int64) (st batchStmt, ok, notified bool) {
	if db.pg == nil {
		return batchStmt{}, false, false
	}
	if db.listen == nil {
		return batchStmt{"SELECT id FROM users WHERE id = ? FOR NO KEY UPDATE", []any{userID}}, true, false
	}
	return batchStmt{"SELECT pg_notify(?, ?) FROM users WHERE id = ? FOR NO KEY UPDATE",
		[]any{notifyChannel, db.payload(notifyLearner, userID), userID}}, true, true
}

// batchStmt is a statement of a batch, with its arguments: exactly as
// many as its placeholders.
type batchStmt struct {
	query string
	args  []any
}

// execBatch runs the statements in order in tx (through g) and returns the
// number of rows the last one changed. On PostgreSQL they go as one
// message, one round trip: the simple protocol runs a message's statements
// in turn and stops at the first that fails, which fails the transaction.
// On SQLite, a call in the process, they run one by one.
func (db *DB) execBatch(ctx context.Context, g execer, stmts ...batchStmt) (int64, error) {
	if len(stmts) == 0 {
		return 0, nil
	}
	if db.pg == nil || len(stmts) == 1 {
		var res sql.Result
		for _, s := range stmts {
			r, err := g.ExecContext(ctx, s.query, s.args...)
			if err != nil {
				return 0, err
			}
			res = r
		}
		return res.RowsAffected()
	}
	q, args := pgBatch(stmts)
	res, err := g.ExecContext(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// pgBatch joins statements into one text in PostgreSQL's dialect, each
// one's placeholders numbered after those of the statements before it.
func pgBatch(stmts []batchStmt) (string, []any) {
	var b strings.Builder
	var args []any
	for i, s := range stmts {
		if i > 0 {
			b.WriteString(";\n")
		}
		b.WriteString(shiftParams(pgRewrite(s.query), len(args)))
		args = append(args, s.args...)
	}
	return b.String(), args
}

// shiftParams adds off to the number of every placeholder ($N) of q, a
// statement in PostgreSQL's dialect, outside quotes and comments.
func shiftParams(q string, off int) string {
	if off == 0 {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			j := skipQuoted(q, i)
			b.WriteString(q[i:j])
			i = j
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := lineCommentEnd(q, i)
			b.WriteString(q[i:j])
			i = j
		case c == '$' && i+1 < len(q) && q[i+1] >= '0' && q[i+1] <= '9' && (i == 0 || !isWordByte(q[i-1])):
			j := i + 1
			n := 0
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				n = n*10 + int(q[j]-'0')
				j++
			}
			b.WriteByte('$')
			b.WriteString(itoa(n + off))
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}
