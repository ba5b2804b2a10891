package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// MoveSet moves a set one place up (delta -1) or down (+1) among its
// theme's sets.
func (db *DB) MoveSet(ctx context.Context, setID int64, delta int) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var themeID int64
		if err := tx.QueryRowContext(ctx, "SELECT theme_id FROM question_sets WHERE id = ?", setID).Scan(&themeID); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return notFound("There is no such question set.")
			}
			return err
		}
		return moveWithin(ctx, tx, "question_sets", "theme_id", themeID, setID, delta)
	})
	if err != nil {
		return fmt.Errorf("store: move set %d: %w", setID, err)
	}
	return nil
}

// MoveQuestion moves a question one place up (delta -1) or down (+1) in
// its set.
func (db *DB) MoveQuestion(ctx context.Context, questionID int64, delta int) error {
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var setID int64
		if err := tx.QueryRowContext(ctx, "SELECT set_id FROM questions WHERE id = ? AND deleted_at IS NULL", questionID).Scan(&setID); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return notFound("There is no such question.")
			}
			return err
		}
		return moveWithin(ctx, tx, "questions", "set_id", setID, questionID, delta)
	})
	if err != nil {
		return fmt.Errorf("store: move question %d: %w", questionID, err)
	}
	return nil
}

// moveWithin renumbers the rows of table that share parent (in their
// current order) with id moved delta places, clamped at the ends. table and
// column are constants of this package, never user input.
func moveWithin(ctx context.Context, tx *sql.Tx, table, column string, parent, id int64, delta int) error {
	extra := ""
	if table == "questions" {
		extra = " AND deleted_at IS NULL"
	}
	rows, err := tx.QueryContext(ctx, "SELECT id FROM "+table+" WHERE "+column+" = ?"+extra+" ORDER BY position, id", parent)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var x int64
		if err := rows.Scan(&x); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, x)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	at := -1
	for i, x := range ids {
		if x == id {
			at = i
		}
	}
	to := min(max(at+delta, 0), len(ids)-1)
	if at < 0 || to == at {
		return nil
	}
	ids[at], ids[to] = ids[to], ids[at]
	for i, x := range ids {
		if _, err := tx.ExecContext(ctx, "UPDATE "+table+" SET position = ? WHERE id = ?", i, x); err != nil {
			return err
		}
	}
	return nil
}
