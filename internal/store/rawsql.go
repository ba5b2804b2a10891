package store

import (
	"database/sql"
)

// OpenSQL opens a plain database/sql handle on the database at dsnOrPath
// (a SQLite file or a postgres:// URL) that speaks the store's SQL, as the
// store does: on PostgreSQL every statement is rewritten (pgRewrite) and
// booleans travel as integers. It runs no migration and keeps no cache:
// it is for tests and tools that read or change rows behind the store,
// which then serves what its caches hold until they expire.
func OpenSQL(dsnOrPath string) (*sql.DB, error) {
	if !IsPostgresURL(dsnOrPath) {
		return sql.Open("sqlite", dsn(dsnOrPath, false))
	}
	c, err := newPGConnector(dsnOrPath)
	if err != nil {
		return nil, err
	}
	return sql.OpenDB(c), nil
}
