package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
)

// ErrBackupExists is returned (wrapped) by Backup when the destination
// file exists: a backup never overwrites a file.
var ErrBackupExists = errors.New("the backup file exists already")

// Backup writes a consistent copy of the database file src to dest with
// SQLite's VACUUM INTO, while a server may be using src: the copy is one
// read snapshot, taken while writers go on, and holds every transaction
// committed before the snapshot began. It refuses an existing dest and a
// missing src, and syncs the copy to disk before returning.
func Backup(ctx context.Context, src, dest string) error {
	if IsPostgresURL(src) {
		return fmt.Errorf("%w: back a PostgreSQL database up with pg_dump", needsSQLite("lectern backup"))
	}
	if st, err := os.Stat(src); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("store: %s: %w", src, ErrNoDatabase)
	} else if err != nil {
		return fmt.Errorf("store: %w", err)
	} else if !st.Mode().IsRegular() {
		return fmt.Errorf("store: %s is not a database file", src)
	}
	abs, err := filepath.Abs(dest)
	if err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	if _, err := os.Lstat(abs); err == nil {
		return fmt.Errorf("store: backup: %s: %w", dest, ErrBackupExists)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("store: backup: %w", err)
	}
	// VACUUM INTO itself refuses a file that exists and is not empty, so a
	// file created meanwhile is not overwritten either.
	// mode=rw: never create src. VACUUM INTO only reads src, but SQLite
	// refuses it on a connection opened read-only.
	q := url.Values{}
	q.Set("mode", "rw")
	q.Add("_pragma", "busy_timeout(10000)")
	conn, err := sql.Open("sqlite", "file:"+src+"?"+q.Encode())
	if err != nil {
		return fmt.Errorf("store: open %s: %w", src, err)
	}
	defer conn.Close()
	db := &DB{read: conn}
	if err := db.checkSchema(ctx, src); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "VACUUM INTO ?", abs); err != nil {
		return fmt.Errorf("store: backup to %s: %w", dest, err)
	}
	if err := syncFile(abs); err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	if err := syncFile(filepath.Dir(abs)); err != nil {
		return fmt.Errorf("store: backup: %w", err)
	}
	return nil
}

func syncFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
