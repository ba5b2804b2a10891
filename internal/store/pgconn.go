package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
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
	// The statements prepared on a connection (keepPlan) are planned once,
	// for any values: left to choose, PostgreSQL planned the deck's
	// queries afresh on every call, never trusting a generic plan, and a
	// kept generic plan ran them in a third to a half of the time. Only
	// prepared statements are concerned; the rest are planned as sent.
	if cfg.RuntimeParams == nil {
		cfg.RuntimeParams = map[string]string{}
	}
	cfg.RuntimeParams["plan_cache_mode"] = "force_generic_plan"
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
	// plans holds the names of the kept plans (keepPlan) prepared on this
	// connection. database/sql uses a connection from one goroutine at a
	// time.
	plans map[string]bool
}

// pgPlan is a query whose plan each connection keeps: PREPARE once, then
// EXECUTE with the values.
type pgPlan struct{ name, prepare, execute string }

var (
	pgPlans     sync.Map // the query's text in the store's SQL → *pgPlan
	pgPlanCount atomic.Int64
)

// keepPlan returns query and marks it, on PostgreSQL, as one whose plan
// each connection keeps: it is prepared (PREPARE) the first time the
// connection runs it, with its parameters ?1…?N of the PostgreSQL types
// given, and run by EXECUTE from then on, where it would otherwise be
// parsed and planned on every call. For the store's busiest reads, whose
// planning costs PostgreSQL more than their running (the flashcard deck's
// conditions on every review page). Declared types leave nothing for
// PostgreSQL to infer, as values inside the text otherwise do.
func keepPlan(query string, types ...string) string {
	name := "lectern_plan" + itoa(int(pgPlanCount.Add(1)))
	params := make([]string, len(types))
	for i := range types {
		params[i] = "$" + itoa(i+1)
	}
	pgPlans.Store(query, &pgPlan{name: name,
		prepare: "PREPARE " + name + " (" + strings.Join(types, ", ") + ") AS " + rewriteSQL(query),
		execute: "EXECUTE " + name + "(" + strings.Join(params, ", ") + ")"})
	return query
}

// planned returns what to send for query: the EXECUTE of its kept plan,
// prepared on this connection first if need be, or "" for a query whose
// plan is not kept.
func (p *pgConn) planned(ctx context.Context, query string) (string, error) {
	v, ok := pgPlans.Load(query)
	if !ok {
		return "", nil
	}
	pl := v.(*pgPlan)
	if !p.plans[pl.name] {
		if _, err := p.Conn.ExecContext(ctx, pl.prepare, nil); err != nil {
			return "", err
		}
		if p.plans == nil {
			p.plans = map[string]bool{}
		}
		p.plans[pl.name] = true
	}
	return pl.execute, nil
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
	q, err := p.planned(ctx, query)
	if err != nil {
		return nil, err
	}
	if q == "" {
		q = pgRewrite(query)
	}
	return p.Conn.QueryContext(ctx, q, args)
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
