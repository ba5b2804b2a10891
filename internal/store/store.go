// Package store keeps Lectern's data in SQLite through database/sql and
// plain SQL. It owns the schema (embedded, numbered migrations) and offers
// one method per use case, each in its own transaction. Writes go through a
// single connection; reads through a pool. Times are stored as UTC text.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/lectern/lectern/internal/admit"
	"github.com/lectern/lectern/internal/quiz"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// timeFormat sorts as time and keeps nanoseconds.
const timeFormat = "2006-01-02T15:04:05.000000000Z07:00"

// DB is an open Lectern database.
type DB struct {
	write *sql.DB // one connection: SQLite has one writer
	read  *sql.DB // a pool for readers (WAL lets them run beside the writer)
	// Now returns the current time; tests replace it.
	Now func() time.Time

	gen   atomic.Int64            // bumped after every content write
	cache atomic.Pointer[content] // the content snapshot: one, replaced whole
	// stmts maps a query to its *sql.Stmt on the read pool; its keys are
	// the fixed queries of this package, so it needs no bound.
	stmts sync.Map
	// preparing holds the queries being prepared in the background
	// (prepared_tx.go).
	preparing sync.Map
	// background counts the statements being prepared in the background,
	// which Close waits for: one still opening a connection after Close
	// would recreate a database file just removed. closing stops new ones.
	background sync.WaitGroup
	bgMu       sync.Mutex
	closing    bool
	caches                   // the LRU caches of cache.go
	readOnly   bool          // opened by OpenReadOnly
	group      *committer    // commits answers and ratings together (commit.go)
	cores      *admit.Gate   // the gate the group commit takes a slot of (ShareCores)
	ckpt       *checkpointer // checkpoints the WAL off the commit path (checkpoint.go)
	pg         *pgConnector  // set on PostgreSQL (postgres.go), nil on SQLite
	// origin names this store in the notifications it sends (notify.go).
	origin string
	// listen hears the other servers' notifications; nil on SQLite.
	listen *listener
	// publishFailures counts the notifications that could not be sent.
	publishFailures atomic.Int64
}

// The page caches' bounds, in KiB: the write connection's, and each
// reading connection's (there are max(4, 2 × CPUs) of them). The write
// connection's cache stays valid across its own commits and holds the
// pages answers and ratings are added to; both had been 16 MB, which the
// database passes within minutes of a load run (docs/benchmarks.md,
// the seventh round).
const (
	writerCacheKB = 8000
	readerCacheKB = 2000
)

// dsn builds a modernc.org/sqlite DSN whose pragmas apply to every pooled
// connection, not only the first.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	for _, p := range []string{
		"journal_mode(WAL)",
		"busy_timeout(10000)",
		"foreign_keys(ON)",
		"synchronous(NORMAL)",
		"temp_store(MEMORY)",
		fmt.Sprintf("journal_size_limit(%d)", walSizeLimit),
	} {
		q.Add("_pragma", p)
	}
	if readOnly {
		// A reader's page cache is emptied whenever another connection
		// has committed since its last read (in WAL mode), which under
		// answers and ratings is nearly every read transaction: a large
		// cache there buys nothing but resident memory, up to its size on
		// each of the readers.
		q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", readerCacheKB))
		q.Add("_pragma", "query_only(ON)")
	} else {
		q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", writerCacheKB))
		// Checkpoints run off the commit path (checkpoint.go); a commit
		// checkpoints only if the WAL outgrows them.
		q.Add("_pragma", fmt.Sprintf("wal_autocheckpoint(%d)", walSafetyPages))
		// Take the write lock at BEGIN, so a transaction never fails
		// half-way on upgrading a read lock.
		q.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + q.Encode()
}

// Open opens (creating if needed) the database file at path and brings its
// schema up to date. A postgres:// URL opens that PostgreSQL database
// instead (postgres.go).
func Open(ctx context.Context, path string) (*DB, error) {
	if IsPostgresURL(path) {
		return openPostgres(ctx, path)
	}
	w, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	db := &DB{write: w, caches: newCaches(), Now: func() time.Time { return time.Now().UTC() }}
	if err := db.migrate(ctx); err != nil {
		w.Close()
		return nil, err
	}
	// The item statistics of sets marked stale (all of them, the first
	// time the kept statistics exist) are worked out before serving.
	if err := db.refreshStats(ctx, 0); err != nil {
		w.Close()
		return nil, err
	}
	r, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: open %s for reading: %w", path, err)
	}
	n := max(4, runtime.NumCPU()*2)
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	db.read = r
	if err := db.startCheckpointer(path); err != nil {
		r.Close()
		w.Close()
		return nil, err
	}
	db.startCommitter()
	return db, nil
}

// Close checkpoints the WAL and closes every connection.
func (db *DB) Close() error {
	db.bgMu.Lock()
	db.closing = true
	db.bgMu.Unlock()
	db.background.Wait()
	db.stopCommitter()
	db.closeGroupStmts()
	var errs []error
	errs = append(errs, db.stopCheckpointer())
	db.stmts.Range(func(_, v any) bool {
		v.(*sql.Stmt).Close()
		return true
	})
	if db.pg != nil {
		db.stopListener()
		return errors.Join(db.releaseJobs(), db.write.Close())
	}
	if db.read != nil {
		errs = append(errs, db.read.Close())
	}
	if !db.readOnly {
		_, err := db.write.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
		errs = append(errs, err)
	}
	errs = append(errs, db.write.Close())
	return errors.Join(errs...)
}

// Ping reports whether the database answers a query.
func (db *DB) Ping(ctx context.Context) error {
	var one int
	if err := db.read.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("store: ping: %w", err)
	}
	return nil
}

// SchemaVersion returns the number of the last migration applied.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := db.read.QueryRowContext(ctx, "SELECT COALESCE(MAX(version), 0) FROM schema_migrations").Scan(&v)
	return v, err
}

func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	type mig struct {
		version int
		name    string
	}
	var ms []mig
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("store: migration %s has no number", name)
		}
		ms = append(ms, mig{v, name})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	if err := uniqueVersions(ms, func(m mig) (int, string) { return m.version, m.name }); err != nil {
		return err
	}
	for _, m := range ms {
		err := db.tx(ctx, func(tx *sql.Tx) error {
			var done int
			if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM schema_migrations WHERE version = ?", m.version).Scan(&done); err != nil {
				return err
			}
			if done > 0 {
				return nil
			}
			body, err := migrations.ReadFile(m.name)
			if err != nil {
				return err
			}
			text := string(body)
			if db.pg != nil {
				text = pgDDL(text)
			}
			if _, err := tx.ExecContext(ctx, text); err != nil {
				return fmt.Errorf("%s: %w", m.name, err)
			}
			if db.pg != nil {
				if _, err := tx.ExecContext(ctx, syncIdentitiesSQL); err != nil {
					return fmt.Errorf("%s: %w", m.name, err)
				}
			}
			_, err = tx.ExecContext(ctx, "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", m.version, db.now())
			return err
		})
		if err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
	}
	if db.pg != nil {
		if err := db.tx(ctx, func(tx *sql.Tx) error { return db.loadIdentity(ctx, tx) }); err != nil {
			return fmt.Errorf("store: migrate: %w", err)
		}
	}
	return nil
}

// uniqueVersions refuses two migrations of one number: the second would
// otherwise be skipped as already applied. ms is sorted by version.
func uniqueVersions[M any](ms []M, key func(M) (int, string)) error {
	for i := 1; i < len(ms); i++ {
		v, name := key(ms[i])
		pv, pname := key(ms[i-1])
		if v == pv {
			return fmt.Errorf("store: migrations %s and %s share the number %d", pname, name, v)
		}
	}
	return nil
}

// tx runs fn in a write transaction, committing when it returns nil.
func (db *DB) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	if db.pg != nil {
		return db.pgTx(ctx, fn)
	}
	// One write at a time holds the write connection, so a write needs no
	// turn at the cores besides (package admit): the request gives its
	// turn up while it waits for the connection and while it writes, and
	// the requests that only read go on meanwhile.
	resume := admit.Wait(ctx)
	defer resume()
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	db.kickCheckpoint()
	return nil
}

// rtx runs fn in a read transaction, so that it sees one snapshot.
func (db *DB) rtx(ctx context.Context, fn func(*sql.Tx) error) error {
	opts := &sql.TxOptions{ReadOnly: true}
	if db.pg != nil {
		opts.Isolation = sql.LevelRepeatableRead
	}
	tx, err := db.read.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(tx)
}

func (db *DB) now() string { return fmtTime(db.Now()) }

func fmtTime(t time.Time) string { return t.UTC().Format(timeFormat) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(timeFormat, s)
	return t
}

func notFound(format string, args ...any) error {
	return quiz.Errorf(quiz.ENotFound, format, args...)
}

// execOne runs a statement that must change at least one row; when it
// changes none, the error is the not-found kind with msg.
func execOne(ctx context.Context, tx *sql.Tx, msg, query string, args ...any) error {
	res, err := tx.ExecContext(ctx, query, args...)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return notFound("%s", msg)
	}
	return nil
}
