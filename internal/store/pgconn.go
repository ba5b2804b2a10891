package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// pgConnector opens pgx connections that speak the store's SQL: each
// statement is rewritten by pgRewrite, booleans are sent as the integers
// the schema stores, and an INSERT into a table numbered by an identity
// column returns that number, so that database/sql's LastInsertId works
// as on SQLite.
type pgConnector struct {
	inner driver.Connector
	// identity holds the tables whose id column PostgreSQL numbers (a
	// map[string]bool, replaced whole after migrating).
	identity atomic.Pointer[map[string]bool]
	// trips counts the messages sent to the server (statements, batches,
	// BEGIN and COMMIT): each is a round trip (RoundTrips).
	trips tripCounter
}

// tripCounter is a pgx tracer that counts the queries sent: with the simple
// protocol each is one message to the server and one answer.
type tripCounter struct{ n atomic.Int64 }

func (t *tripCounter) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	t.n.Add(1)
	return ctx
}

func (t *tripCounter) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// RoundTrips returns how many statements (or batches of them, sent as one)
// this store has sent to PostgreSQL since it opened, BEGIN and COMMIT
// included: each costs a round trip to the server. It is 0 on SQLite.
func (db *DB) RoundTrips() int64 {
	if db.pg == nil {
		return 0
	}
	return db.pg.trips.n.Load()
}

func newPGConnector(dsn string) (*pgConnector, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	// Values travel inside the statement's text, escaped by pgx, so that
	// PostgreSQL types them from their place as SQLite does ('5' compares
	// with an integer column, NULL with anything) rather than failing to
	// infer a parameter's type.
	cfg.DefaultQueryExecMode = pgx.QueryExecModeSimpleProtocol
	c := &pgConnector{}
	cfg.Tracer = &c.trips
	c.inner = stdlib.GetConnector(*cfg)
	c.identity.Store(&map[string]bool{})
	return c, nil
}

func (c *pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.inner.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &pgConn{Conn: conn.(*stdlib.Conn), c: c}, nil
}

func (c *pgConnector) Driver() driver.Driver { return c.inner.Driver() }

type pgConn struct {
	*stdlib.Conn
	c *pgConnector
}

// CheckNamedValue sends booleans as 1 and 0, as the schema stores them in
// integer columns, and bytes as text (JSON, in TEXT columns) unless they
// are a blob (BYTEA).
func (p *pgConn) CheckNamedValue(nv *driver.NamedValue) error {
	switch v := nv.Value.(type) {
	case bool:
		if v {
			nv.Value = int64(1)
		} else {
			nv.Value = int64(0)
		}
	case []byte:
		if v != nil {
			nv.Value = string(v)
		}
	case blob:
		nv.Value = []byte(v)
	}
	return nil
}

func (p *pgConn) Prepare(query string) (driver.Stmt, error) {
	return p.PrepareContext(context.Background(), query)
}

// PrepareContext keeps the statement's text: with the simple protocol a
// prepared statement would bring nothing but a round trip.
func (p *pgConn) PrepareContext(_ context.Context, query string) (driver.Stmt, error) {
	return &pgStmt{conn: p, query: query}, nil
}

func (p *pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	q := pgRewrite(query)
	if table := insertTable(q); table != "" && (*p.c.identity.Load())[table] && !hasWord(q, "RETURNING") {
		rows, err := p.Conn.QueryContext(ctx, strings.TrimRight(q, " \t\n;")+" RETURNING id", args)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var res pgResult
		dest := make([]driver.Value, 1)
		for {
			err := rows.Next(dest)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return nil, err
			}
			res.n++
			if id, ok := dest[0].(int64); ok {
				res.id = id
			}
		}
		return res, nil
	}
	return p.Conn.ExecContext(ctx, q, args)
}

func (p *pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return p.Conn.QueryContext(ctx, pgRewrite(query), args)
}

type pgResult struct{ id, n int64 }

func (r pgResult) LastInsertId() (int64, error) { return r.id, nil }
func (r pgResult) RowsAffected() (int64, error) { return r.n, nil }

type pgStmt struct {
	conn  *pgConn
	query string
}

func (s *pgStmt) Close() error  { return nil }
func (s *pgStmt) NumInput() int { return -1 }

func (s *pgStmt) Exec(args []driver.Value) (driver.Result, error) {
	return nil, errors.New("store: Exec without a context")
}

func (s *pgStmt) Query(args []driver.Value) (driver.Rows, error) {
	return nil, errors.New("store: Query without a context")
}

func (s *pgStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	return s.conn.ExecContext(ctx, s.query, args)
}

func (s *pgStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	return s.conn.QueryContext(ctx, s.query, args)
}

// insertTable returns the table a single INSERT statement writes, in lower
// case, or "" for any other statement.
func insertTable(q string) string {
	s := strings.TrimLeft(q, " \t\n\r")
	ok, i := wordsEnd(s, 0, "INSERT", "INTO")
	if !ok {
		return ""
	}
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	j := i
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	if strings.Contains(s[j:], ";") && strings.TrimSpace(s[strings.LastIndexByte(s, ';')+1:]) != "" {
		return "" // more than one statement
	}
	return strings.ToLower(s[i:j])
}

// hasWord reports whether q holds word as a whole word, outside quotes.
func hasWord(q, word string) bool {
	for i := 0; i < len(q); {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			i = skipQuoted(q, i)
		case isWordStart(c):
			j := i
			for j < len(q) && isWordByte(q[j]) {
				j++
			}
			if strings.EqualFold(q[i:j], word) {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// needsSQLite is the error of what only SQLite can do.
func needsSQLite(what string) error {
	return fmt.Errorf("store: %s needs SQLite; this database is PostgreSQL", what)
}

// blob marks bytes bound for a BLOB column (BYTEA on PostgreSQL): other
// bytes the store passes are text, such as JSON.
type blob []byte

// Value gives SQLite's driver the bytes.
func (b blob) Value() (driver.Value, error) { return []byte(b), nil }
