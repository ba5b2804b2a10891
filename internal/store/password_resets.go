package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// resetGone is what a reset link that is unknown, used or out of date says.
const resetGone = "This reset link has expired or has been used. Ask an administrator for a new one."

// CreatePasswordReset stores a reset link (the SHA-256 of its token) for
// an account, valid until expires. Any earlier unused link of the account
// stops working: only the newest link counts.
func (db *DB) CreatePasswordReset(ctx context.Context, userID int64, tokenHash string, expires time.Time) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var email sql.NullString
		err := tx.QueryRowContext(ctx, "SELECT email FROM users WHERE id = ?", userID).Scan(&email)
		if errors.Is(err, sql.ErrNoRows) || err == nil && !email.Valid {
			return notFound("No such account.")
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM password_resets WHERE user_id = ?", userID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
			tokenHash, userID, db.now(), fmtTime(expires))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: create password reset: %w", err)
	}
	return nil
}

// FindPasswordReset returns the email of the account a live reset link is
// for, or a not-found error when the link is unknown, used or expired.
func (db *DB) FindPasswordReset(ctx context.Context, tokenHash string) (string, error) {
	var email string
	err := db.read.QueryRowContext(ctx, `SELECT u.email FROM password_resets p JOIN users u ON u.id = p.user_id
		WHERE p.token_hash = ? AND p.used_at IS NULL AND p.expires_at > ? AND u.email IS NOT NULL`,
		tokenHash, db.now()).Scan(&email)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("store: find password reset: %w", notFound(resetGone))
	}
	if err != nil {
		return "", fmt.Errorf("store: find password reset: %w", err)
	}
	return email, nil
}

// UsePasswordReset sets the account's new password through a live reset
// link, once: the link is spent and every session of the account ends. It
// returns the account's id.
func (db *DB) UsePasswordReset(ctx context.Context, tokenHash, passwordHash string) (int64, error) {
	var userID int64
	err := db.tx(ctx, func(tx *sql.Tx) error {
		now := db.now()
		err := tx.QueryRowContext(ctx, `UPDATE password_resets SET used_at = ?1
			WHERE token_hash = ?2 AND used_at IS NULL AND expires_at > ?1 RETURNING user_id`, now, tokenHash).Scan(&userID)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound(resetGone)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, userID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM sessions WHERE user_id = ?", userID)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: use password reset: %w", err)
	}
	db.dropUserSessions(userID)
	return userID, nil
}

// ChangeEmail gives an account a new email address; a conflict error
// says when another account has it.
func (db *DB) ChangeEmail(ctx context.Context, userID int64, email string) error {
	defer db.dropUserSessions(userID) // cached sessions carry the old address
	err := db.tx(ctx, func(tx *sql.Tx) error {
		if err := emailFree(ctx, tx, email); err != nil {
			return err
		}
		return execOne(ctx, tx, "No such account.", "UPDATE users SET email = ? WHERE id = ? AND email IS NOT NULL", email, userID)
	})
	if err != nil {
		return fmt.Errorf("store: change email: %w", err)
	}
	return nil
}
