package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/lectern/lectern/internal/quiz"
)

// ChangeRole gives an account another role and revokes its sessions, so the
// new role applies at its next sign-in. It refuses, with the conflict kind,
// to take the role of the last admin: the count and the change are one
// statement, so two admins demoting each other at once leave one admin.
func (db *DB) ChangeRole(ctx context.Context, userID int64, role string) error {
	switch role {
	case quiz.RoleLearner, quiz.RoleInstructor, quiz.RoleAdmin:
	default:
		return quiz.Errorf(quiz.EInvalid, "Choose learner, instructor or admin.")
	}
	defer db.dropUserSessions(userID)
	err := db.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE users SET role = ?1
			WHERE id = ?2 AND email IS NOT NULL
				AND (?1 = 'admin' OR role <> 'admin'
					OR (SELECT COUNT(*) FROM users WHERE role = 'admin' AND email IS NOT NULL) > 1)`,
			role, userID)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			var current string
			err := tx.QueryRowContext(ctx, "SELECT role FROM users WHERE id = ? AND email IS NOT NULL", userID).Scan(&current)
			if errors.Is(err, sql.ErrNoRows) {
				return notFound("There is no such account.")
			}
			if err != nil {
				return err
			}
			return quiz.Errorf(quiz.EConflict, "This is the last admin account: make someone else an admin first.")
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM sessions WHERE user_id = ?", userID)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: change role of user %d: %w", userID, err)
	}
	return nil
}
