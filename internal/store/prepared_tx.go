package store

import (
	"context"
	"database/sql"
)

// preparedTx runs the queries of a read transaction through statements
// prepared once per pooled connection (see prepared): the deck queries
// carry the long openCard condition, and parsing it again on every
// flashcard page was the largest cost of a review under load.
//
// A transaction holds one of the pool's connections, so it must never wait
// for another: preparing a statement on the pool from inside a read
// transaction deadlocks once every connection is held by a transaction
// doing the same. A query not yet prepared therefore runs unprepared on
// the transaction, and is prepared on the pool in the background for the
// next time; a prepared one is bound to the transaction's own connection.
type preparedTx struct {
	db *DB
	tx *sql.Tx // a transaction on the read pool
}

// stmt returns the transaction's copy of the query's prepared statement,
// or nil when it is not prepared yet.
func (p preparedTx) stmt(ctx context.Context, query string) *sql.Stmt {
	if s, ok := p.db.stmts.Load(query); ok {
		return p.tx.StmtContext(ctx, s.(*sql.Stmt))
	}
	if _, busy := p.db.preparing.LoadOrStore(query, true); !busy {
		p.db.bgMu.Lock()
		defer p.db.bgMu.Unlock()
		if p.db.closing {
			return nil
		}
		p.db.background.Add(1)
		go func() {
			defer p.db.background.Done()
			if _, err := p.db.prepared(context.Background(), query); err != nil {
				p.db.preparing.Delete(query) // try again another time
			}
		}()
	}
	return nil
}

func (p preparedTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := p.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return p.tx.QueryRowContext(ctx, query, args...)
}

func (p preparedTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := p.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return p.tx.QueryContext(ctx, query, args...)
}
