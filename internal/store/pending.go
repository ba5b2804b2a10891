package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"github.com/lectern/lectern/internal/quiz"
	"time"
)

// pendingTTL is how long an unconfirmed upload is kept.
const pendingTTL = 24 * time.Hour

// SavePendingImport stores an upload for confirmation and returns its id.
// Uploads older than a day are removed on the way.
func (db *DB) SavePendingImport(ctx context.Context, p quiz.PendingImport) (string, error) {
	id, err := randomID()
	if err != nil {
		return "", err
	}
	err = db.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM pending_imports WHERE created_at < ?", fmtTime(db.Now().Add(-pendingTTL))); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO pending_imports (id, user_id, course_id, theme, title, publish, file_name, format, body, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, p.UserID, p.CourseID, p.Theme, p.Title, p.Publish, p.FileName, p.Format, blob(p.Body), db.now())
		return err
	})
	if err != nil {
		return "", fmt.Errorf("store: save pending import: %w", err)
	}
	return id, nil
}

// FindPendingImport returns a user's pending upload; another user's, or an
// expired one, is not found.
func (db *DB) FindPendingImport(ctx context.Context, userID int64, id string) (*quiz.PendingImport, error) {
	p := &quiz.PendingImport{}
	var created string
	err := db.read.QueryRowContext(ctx, `SELECT id, user_id, course_id, theme, title, publish, file_name, format, body, created_at
		FROM pending_imports WHERE id = ? AND user_id = ? AND created_at >= ?`, id, userID, fmtTime(db.Now().Add(-pendingTTL))).
		Scan(&p.ID, &p.UserID, &p.CourseID, &p.Theme, &p.Title, &p.Publish, &p.FileName, &p.Format, &p.Body, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("This upload is not waiting any more: upload the file again.")
	}
	if err != nil {
		return nil, fmt.Errorf("store: find pending import: %w", err)
	}
	p.CreatedAt = parseTime(created)
	return p, nil
}

// DeletePendingImport removes a user's pending upload.
func (db *DB) DeletePendingImport(ctx context.Context, userID int64, id string) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM pending_imports WHERE id = ? AND user_id = ?", id, userID)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: delete pending import: %w", err)
	}
	return nil
}
