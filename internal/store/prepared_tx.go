package store

import (
	"context"
	"database/sql"
)

// preparedTx runs the queries of a read transaction through statements
// prepared once per pooled connection (see prepared): the deck queries
// carry the long openCard condition, and parsing it again on every
// flashcard page was the largest cost of a review under load.
type preparedTx struct {
	db *DB
	tx *sql.Tx // a transaction on the read pool
}

func (p preparedTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := p.db.prepared(ctx, query)
	if err != nil {
		return p.tx.QueryRowContext(ctx, query, args...) // reports the error
	}
	return p.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
}

func (p preparedTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := p.db.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return p.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
}
