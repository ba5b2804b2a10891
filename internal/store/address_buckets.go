package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// TakeToken takes a token at now from the bucket of key in scope, which
// holds burst tokens and gains one every every, and returns 0; or, when the
// bucket is empty, takes nothing and returns how long until it holds a
// token. The bucket is one row (when it is full again), read and written
// in one transaction, so servers sharing the database draw on one bucket.
func (db *DB) TakeToken(ctx context.Context, scope, key string, now time.Time, burst int, every time.Duration) (time.Duration, error) {
	k := tryKey(key)
	var wait time.Duration
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var s string
		fullAt := now
		err := tx.QueryRowContext(ctx, "SELECT full_at FROM address_buckets WHERE scope = ? AND key = ?", scope, k).Scan(&s)
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return err
		default:
			if t := parseTime(s); t.After(now) {
				fullAt = t
			}
		}
		// A token is there while the bucket is full again within the time
		// burst-1 tokens take to come.
		if w := fullAt.Sub(now) - time.Duration(burst-1)*every; w > 0 {
			wait = w
			return nil
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO address_buckets (scope, key, full_at) VALUES (?, ?, ?)
			ON CONFLICT (scope, key) DO UPDATE SET full_at = excluded.full_at`, scope, k, fmtTime(fullAt.Add(every)))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: take token: %w", err)
	}
	return wait, nil
}

// sweepBuckets removes the buckets full again by now: no row says the same.
func sweepBuckets(ctx context.Context, tx *sql.Tx, now time.Time) error {
	_, err := tx.ExecContext(ctx, "DELETE FROM address_buckets WHERE full_at < ?", fmtTime(now))
	return err
}
