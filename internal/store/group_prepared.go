package store

import (
	"context"
	"database/sql"
	"sync"
)

// groupStmts holds the statements of answers and ratings prepared once on
// the write connection. Parsed afresh, they had been a third of the group
// commit goroutine's time under load.
//
// A statement is prepared only between batches, by the group commit
// goroutine, when the write connection is free: a write inside the group
// transaction holds the only write connection, so preparing there would
// wait for itself. A query not prepared yet runs unprepared and is queued
// for the next pause.
type groupStmts struct {
	stmts   sync.Map // query → *sql.Stmt on db.write
	mu      sync.Mutex
	pending map[string]bool // queries to prepare at the next pause
}

// execer is what a write needs of its transaction.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// groupTxn runs the statements of a write in the group transaction through
// the statements prepared on the write connection.
type groupTxn struct {
	db *DB
	tx *sql.Tx
}

// inGroup wraps the group transaction handed to a groupFn.
func (db *DB) inGroup(tx *sql.Tx) groupTxn { return groupTxn{db, tx} }

// stmt returns the transaction's copy of query's prepared statement, or nil
// when it is not prepared yet (it is then queued).
func (g groupTxn) stmt(ctx context.Context, query string) *sql.Stmt {
	c := g.db.group
	if c == nil {
		return nil
	}
	if s, ok := c.prep.stmts.Load(query); ok {
		// Prepared on the write connection, which the transaction holds:
		// database/sql reuses it there rather than preparing it again.
		return g.tx.StmtContext(ctx, s.(*sql.Stmt))
	}
	c.prep.mu.Lock()
	if c.prep.pending == nil {
		c.prep.pending = map[string]bool{}
	}
	c.prep.pending[query] = true
	c.prep.mu.Unlock()
	return nil
}

func (g groupTxn) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := g.stmt(ctx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return g.tx.ExecContext(ctx, query, args...)
}

func (g groupTxn) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := g.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return g.tx.QueryContext(ctx, query, args...)
}

func (g groupTxn) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := g.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return g.tx.QueryRowContext(ctx, query, args...)
}

// preparePending prepares on the write connection the queries the last
// batches ran unprepared. The group commit goroutine calls it between
// batches; a query that fails to prepare is tried again when next seen.
func (db *DB) preparePending() {
	c := db.group
	c.prep.mu.Lock()
	pending := c.prep.pending
	c.prep.pending = nil
	c.prep.mu.Unlock()
	for q := range pending {
		if _, ok := c.prep.stmts.Load(q); ok {
			continue
		}
		s, err := db.write.PrepareContext(context.Background(), q)
		if err != nil {
			continue
		}
		c.prep.stmts.Store(q, s)
	}
}

// closeGroupStmts closes the statements prepared on the write connection;
// the group commit goroutine has stopped.
func (db *DB) closeGroupStmts() {
	if db.group == nil {
		return
	}
	db.group.prep.stmts.Range(func(_, v any) bool {
		v.(*sql.Stmt).Close()
		return true
	})
}
