package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// ErrNoDatabase is returned (wrapped) by OpenReadOnly when the file does
// not exist.
var ErrNoDatabase = errors.New("no such database file")

// roDSN builds a modernc.org/sqlite DSN that opens the file read-only
// (SQLite's mode=ro): SQLite refuses every write, never creates the file,
// and nothing changes the schema.
func roDSN(path string) string {
	q := url.Values{}
	q.Set("mode", "ro")
	for _, p := range []string{"busy_timeout(10000)", "query_only(ON)", "cache_size(-16000)", "temp_store(MEMORY)"} {
		q.Add("_pragma", p)
	}
	return "file:" + path + "?" + q.Encode()
}

// OpenReadOnly opens an existing Lectern database for reading only, for
// the commands that only read: the file is neither created nor migrated,
// and any write fails. A missing file is an error wrapping ErrNoDatabase;
// a file that is not a Lectern database, or whose schema is older or newer
// than this Lectern's, is refused with a message saying so.
func OpenReadOnly(ctx context.Context, path string) (*DB, error) {
	if IsPostgresURL(path) {
		return nil, needsSQLite("opening read-only")
	}
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("store: %s: %w", path, ErrNoDatabase)
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("store: %s is not a database file", path)
	}
	r, err := sql.Open("sqlite", roDSN(path))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w, err := sql.Open("sqlite", roDSN(path))
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	r.SetMaxOpenConns(4)
	r.SetMaxIdleConns(4)
	db := &DB{write: w, read: r, caches: newCaches(), readOnly: true, Now: func() time.Time { return time.Now().UTC() }}
	if err := db.checkSchema(ctx, path); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// checkSchema refuses a file that is not a Lectern database or whose
// schema is not the one this Lectern writes.
func (db *DB) checkSchema(ctx context.Context, path string) error {
	var have int
	err := db.read.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&have)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") || strings.Contains(err.Error(), "not a database") {
			return fmt.Errorf("store: %s is not a Lectern database", path)
		}
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	want, err := latestMigration()
	if err != nil {
		return err
	}
	switch {
	case have < want:
		return fmt.Errorf("store: %s has schema version %d, older than this Lectern's %d: run `lectern serve` on it once to bring it up to date", path, have, want)
	case have > want:
		return fmt.Errorf("store: %s has schema version %d, newer than this Lectern's %d: use a newer lectern", path, have, want)
	}
	return nil
}

// latestMigration is the number of the last embedded migration.
func latestMigration() (int, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return 0, err
	}
	latest := 0
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(name, "migrations/"), "_", 2)[0])
		if err != nil {
			return 0, fmt.Errorf("store: migration %s has no number", name)
		}
		latest = max(latest, v)
	}
	return latest, nil
}
