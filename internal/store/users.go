package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// User is a learner, instructor or admin. Anonymous learners have no email.
type User struct {
	ID          int64
	Email       string
	Role        string
	DisplayName string
	CreatedAt   time.Time
}

// Anonymous reports whether the user has no account yet.
func (u *User) Anonymous() bool { return u.Email == "" }

// CreateAnonymousLearner adds a learner with no account, for a browser that
// has just done something worth keeping.
func (db *DB) CreateAnonymousLearner(ctx context.Context) (int64, error) {
	var id int64
	err := db.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "INSERT INTO users (role, created_at) VALUES ('learner', ?)", db.now())
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: create anonymous learner: %w", err)
	}
	return id, nil
}

// FindUser returns the user with the given id.
func (db *DB) FindUser(ctx context.Context, id int64) (*User, error) {
	ctx = context.WithoutCancel(ctx)
	u := &User{}
	var email sql.NullString
	var created string
	st, err := db.prepared(ctx, "SELECT id, email, role, display_name, created_at FROM users WHERE id = ?")
	if err != nil {
		return nil, fmt.Errorf("store: find user %d: %w", id, err)
	}
	err = st.QueryRowContext(ctx, id).Scan(&u.ID, &email, &u.Role, &u.DisplayName, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("There is no such user.")
	}
	if err != nil {
		return nil, fmt.Errorf("store: find user %d: %w", id, err)
	}
	u.Email = email.String
	u.CreatedAt = parseTime(created)
	return u, nil
}
