package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"time"
)

// Sign-in tries kept in the database (auth.TryStore), for servers that
// share it: each try is checked and recorded in one transaction, which
// PostgreSQL runs SERIALIZABLE, so two servers reserving a try for one key
// at once see each other's. Keys are kept as their SHA-256: neither the
// emails typed nor the addresses are stored.

// triesKept is how long a try is kept at most, whatever its throttle's
// window (15 minutes for sign-ins); knownKept how long a known pair is.
const (
	triesKept = 24 * time.Hour
	knownKept = 31 * 24 * time.Hour
)

func tryKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:])
}

// ReserveTry records a try for key in scope at now unless wait, given the
// tries within window, says to wait, and returns that wait.
func (db *DB) ReserveTry(ctx context.Context, scope, key string, now time.Time, window time.Duration, wait func([]time.Time) time.Duration) (time.Duration, error) {
	k := tryKey(key)
	var w time.Duration
	err := db.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM signin_tries WHERE scope = ? AND key = ? AND at <= ?",
			scope, k, fmtTime(now.Add(-window))); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, "SELECT at FROM signin_tries WHERE scope = ? AND key = ? ORDER BY at", scope, k)
		if err != nil {
			return err
		}
		var recent []time.Time
		for rows.Next() {
			var at string
			if err := rows.Scan(&at); err != nil {
				rows.Close()
				return err
			}
			recent = append(recent, parseTime(at))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if w = wait(recent); w > 0 {
			return nil
		}
		_, err = tx.ExecContext(ctx, "INSERT INTO signin_tries (scope, key, at) VALUES (?, ?, ?)", scope, k, fmtTime(now))
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: reserve sign-in try: %w", err)
	}
	return w, nil
}

// CancelTry gives back the try recorded for key in scope at at: one of
// them when several were recorded at the same instant.
func (db *DB) CancelTry(ctx context.Context, scope, key string, at time.Time) error {
	k, t := tryKey(key), fmtTime(at)
	err := db.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM signin_tries WHERE scope = ? AND key = ? AND at = ?", scope, k, t)
		if err != nil {
			return err
		}
		n, err := res.RowsAffected()
		if err != nil {
			return err
		}
		// Rows are alike and there is no portable DELETE of one: put back
		// all but one.
		for ; n > 1; n-- {
			if _, err := tx.ExecContext(ctx, "INSERT INTO signin_tries (scope, key, at) VALUES (?, ?, ?)", scope, k, t); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: cancel sign-in try: %w", err)
	}
	return nil
}

// ResetTries forgets key's tries in scope.
func (db *DB) ResetTries(ctx context.Context, scope, key string) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM signin_tries WHERE scope = ? AND key = ?", scope, tryKey(key))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: reset sign-in tries: %w", err)
	}
	return nil
}

// KnownPair reports whether the pair signed in successfully at or after
// since.
func (db *DB) KnownPair(ctx context.Context, pair string, since time.Time) (bool, error) {
	var n int
	err := db.read.QueryRowContext(ctx, "SELECT COUNT(*) FROM signin_known WHERE pair = ? AND at >= ?", tryKey(pair), fmtTime(since)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: known sign-in pair: %w", err)
	}
	return n > 0, nil
}

// RememberPair records a successful sign-in of the pair at at.
func (db *DB) RememberPair(ctx context.Context, pair string, at time.Time) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO signin_known (pair, at) VALUES (?, ?)
			ON CONFLICT (pair) DO UPDATE SET at = excluded.at`, tryKey(pair), fmtTime(at))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: remember sign-in pair: %w", err)
	}
	return nil
}

// SharesServers reports whether other servers may share this database
// (PostgreSQL): what must agree between them is then kept in it, such as
// the sign-in tries.
func (db *DB) SharesServers() bool { return db.pg != nil }

// sweepTries removes the tries and known pairs too old to count, and the
// address buckets full again.
func sweepTries(ctx context.Context, tx *sql.Tx, now time.Time) error {
	if err := sweepBuckets(ctx, tx, now); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM signin_tries WHERE at < ?", fmtTime(now.Add(-triesKept))); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM signin_known WHERE at < ?", fmtTime(now.Add(-knownKept)))
	return err
}
