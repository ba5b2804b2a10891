package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// TableCheck is what a move found of one table: its rows and content
// checksum on each side.
type TableCheck struct {
	Table                  string
	SourceRows, TargetRows int64
	// SourceSum and TargetSum are the SHA-256, in hex, of the table's rows
	// read in primary-key order with each value written as text (see
	// hashValue): equal when the content is.
	SourceSum, TargetSum string
}

// OK reports whether both sides hold the same rows.
func (c TableCheck) OK() bool {
	return c.SourceRows == c.TargetRows && c.SourceSum == c.TargetSum
}

// ErrTargetNotEmpty is returned (wrapped) by MoveToPostgres when the
// PostgreSQL database already holds Lectern's data.
var ErrTargetNotEmpty = errors.New("the PostgreSQL database is not empty")

// ErrMoveMismatch is returned (wrapped) by MoveToPostgres when a table read
// back from PostgreSQL differs from SQLite's; nothing was kept.
var ErrMoveMismatch = errors.New("the copy differs from the SQLite database")

// moveBeforeVerify, when set (by tests), runs inside the move's
// transaction after the copy and before the verification.
var moveBeforeVerify func(ctx context.Context, tx pgx.Tx) error

// moveTable is a table of the SQLite database, as the move copies it.
type moveTable struct {
	name    string
	cols    []string
	types   []string // declared types, upper case
	order   []string // the primary key's columns, else every column
	parents []string // tables its foreign keys name
}

// MoveToPostgres copies the whole SQLite database at from into the empty
// PostgreSQL database at the URL to, and verifies the copy. The target is
// first brought to this Lectern's schema (which must be the file's), then
// every table is copied in the order of its foreign keys, identity
// numbering is moved past the copied ids, and each table is read back and
// compared with the file by its row count and a checksum of its content,
// all in one transaction: when anything differs or fails, nothing is
// kept, and the error names the table. The file is only read.
func MoveToPostgres(ctx context.Context, from, to string) ([]TableCheck, error) {
	if IsPostgresURL(from) {
		return nil, errors.New("store: move: the source must be a SQLite file")
	}
	if !IsPostgresURL(to) {
		return nil, errors.New("store: move: the target must be a postgres:// URL")
	}
	src, err := OpenReadOnly(ctx, from)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	if err := prepareTarget(ctx, to); err != nil {
		return nil, err
	}
	conn, err := pgx.Connect(ctx, to)
	if err != nil {
		return nil, fmt.Errorf("store: move: connect to PostgreSQL: %w", err)
	}
	defer conn.Close(context.Background())

	// One read transaction on SQLite: one snapshot of the file, even if
	// something wrote to it meanwhile.
	stx, err := src.read.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: move: %w", err)
	}
	defer stx.Rollback()
	tables, err := sqliteTables(ctx, stx)
	if err != nil {
		return nil, fmt.Errorf("store: move: read the SQLite schema: %w", err)
	}

	ptx, err := conn.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: move: %w", err)
	}
	defer ptx.Rollback(context.Background())
	checks, err := moveTables(ctx, stx, ptx, tables)
	if err != nil {
		return checks, err
	}
	if err := ptx.Commit(ctx); err != nil {
		return checks, fmt.Errorf("store: move: commit: %w", err)
	}
	// The planner's statistics, for the first queries on the new data.
	if _, err := conn.Exec(ctx, "ANALYZE"); err != nil {
		return checks, fmt.Errorf("store: move: analyze: %w", err)
	}
	return checks, nil
}

// prepareTarget brings the PostgreSQL database to this Lectern's schema,
// as the server would on opening it.
func prepareTarget(ctx context.Context, to string) error {
	db, err := Open(ctx, to)
	if err != nil {
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "3D000" {
			return fmt.Errorf("store: move: %s; create it first (createdb), empty", pe.Message)
		}
		return fmt.Errorf("store: move: prepare the PostgreSQL database: %w", err)
	}
	return db.Close()
}

// moveTables does the work of MoveToPostgres inside its two transactions.
func moveTables(ctx context.Context, stx *sql.Tx, ptx pgx.Tx, tables []moveTable) ([]TableCheck, error) {
	target, err := pgColumns(ctx, ptx)
	if err != nil {
		return nil, fmt.Errorf("store: move: read the PostgreSQL schema: %w", err)
	}
	if err := sameTables(tables, target); err != nil {
		return nil, err
	}
	names := make([]string, len(tables))
	for i, t := range tables {
		names[i] = pgx.Identifier{t.name}.Sanitize()
	}
	// Nobody else reads or writes these tables until the copy is
	// committed or rolled back.
	if _, err := ptx.Exec(ctx, "LOCK TABLE "+strings.Join(names, ", ")+" IN ACCESS EXCLUSIVE MODE"); err != nil {
		return nil, fmt.Errorf("store: move: lock the PostgreSQL tables: %w", err)
	}
	if err := targetEmpty(ctx, stx, ptx, tables); err != nil {
		return nil, err
	}
	// Foreign keys are checked once everything is in: two tables name
	// each other (themes and question_sets), and attempts name attempts.
	fks, err := pgForeignKeys(ctx, ptx)
	if err != nil {
		return nil, fmt.Errorf("store: move: %w", err)
	}
	for _, fk := range fks {
		if _, err := ptx.Exec(ctx, "ALTER TABLE "+fk[0]+" ALTER CONSTRAINT "+fk[1]+" DEFERRABLE INITIALLY DEFERRED"); err != nil {
			return nil, fmt.Errorf("store: move: defer %s: %w", fk[1], err)
		}
	}
	// The file's own record of its migrations replaces the one just made.
	if _, err := ptx.Exec(ctx, "DELETE FROM schema_migrations"); err != nil {
		return nil, fmt.Errorf("store: move: %w", err)
	}

	checks := make([]TableCheck, 0, len(tables))
	for _, t := range dependencyOrder(tables) {
		c, err := copyTable(ctx, stx, ptx, t, target[t.name])
		if err != nil {
			return nil, err
		}
		checks = append(checks, c)
	}
	if _, err := ptx.Exec(ctx, "SET CONSTRAINTS ALL IMMEDIATE"); err != nil {
		return nil, fmt.Errorf("store: move: a foreign key does not hold in the copy: %w", err)
	}
	for _, fk := range fks {
		if _, err := ptx.Exec(ctx, "ALTER TABLE "+fk[0]+" ALTER CONSTRAINT "+fk[1]+" NOT DEFERRABLE"); err != nil {
			return nil, fmt.Errorf("store: move: restore %s: %w", fk[1], err)
		}
	}
	if _, err := ptx.Exec(ctx, syncIdentitiesSQL); err != nil {
		return nil, fmt.Errorf("store: move: advance the identity sequences: %w", err)
	}
	if moveBeforeVerify != nil {
		if err := moveBeforeVerify(ctx, ptx); err != nil {
			return nil, err
		}
	}

	byName := map[string]moveTable{}
	for _, t := range tables {
		byName[t.name] = t
	}
	var bad []string
	for i := range checks {
		n, sum, err := pgChecksum(ctx, ptx, byName[checks[i].Table])
		if err != nil {
			return checks, fmt.Errorf("store: move: read back %s: %w", checks[i].Table, err)
		}
		checks[i].TargetRows, checks[i].TargetSum = n, sum
		if !checks[i].OK() {
			bad = append(bad, checks[i].Table)
		}
	}
	if len(bad) > 0 {
		return checks, fmt.Errorf("store: move: %w in %s; nothing was kept in PostgreSQL", ErrMoveMismatch, strings.Join(bad, ", "))
	}
	return checks, nil
}

// sqliteTables lists the SQLite database's tables (not SQLite's own), with
// their columns, order and foreign keys.
func sqliteTables(ctx context.Context, tx *sql.Tx) ([]moveTable, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name FROM sqlite_master
		WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, err
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	tables := make([]moveTable, 0, len(names))
	for _, name := range names {
		t := moveTable{name: name}
		rows, err := tx.QueryContext(ctx, "SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", name)
		if err != nil {
			return nil, err
		}
		pk := map[int]string{}
		for rows.Next() {
			var col, typ string
			var k int
			if err := rows.Scan(&col, &typ, &k); err != nil {
				rows.Close()
				return nil, err
			}
			t.cols = append(t.cols, col)
			t.types = append(t.types, strings.ToUpper(typ))
			if k > 0 {
				pk[k] = col
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for k := 1; k <= len(pk); k++ {
			t.order = append(t.order, pk[k])
		}
		if len(t.order) == 0 {
			t.order = t.cols
		}
		rows, err = tx.QueryContext(ctx, `SELECT DISTINCT "table" FROM pragma_foreign_key_list(?) ORDER BY 1`, name)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var p string
			if err := rows.Scan(&p); err != nil {
				rows.Close()
				return nil, err
			}
			t.parents = append(t.parents, strings.ToLower(p))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		tables = append(tables, t)
	}
	return tables, nil
}

// pgColumns maps each table of the PostgreSQL schema to its columns' data
// types.
func pgColumns(ctx context.Context, tx pgx.Tx) (map[string]map[string]string, error) {
	rows, err := tx.Query(ctx, `SELECT c.table_name, c.column_name, c.data_type
		FROM information_schema.columns c JOIN information_schema.tables t
		  ON t.table_schema = c.table_schema AND t.table_name = c.table_name
		WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]map[string]string{}
	for rows.Next() {
		var t, c, typ string
		if err := rows.Scan(&t, &c, &typ); err != nil {
			return nil, err
		}
		if out[t] == nil {
			out[t] = map[string]string{}
		}
		out[t][c] = typ
	}
	return out, rows.Err()
}

// sameTables refuses a target whose tables or columns are not the file's.
func sameTables(tables []moveTable, target map[string]map[string]string) error {
	var missing []string
	for _, t := range tables {
		cols, ok := target[t.name]
		if !ok {
			missing = append(missing, t.name)
			continue
		}
		for _, c := range t.cols {
			if _, ok := cols[c]; !ok {
				missing = append(missing, t.name+"."+c)
			}
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("store: move: the PostgreSQL schema lacks %s, which the SQLite file has: they were not made by the same Lectern", strings.Join(missing, ", "))
	}
	return nil
}

// targetEmpty refuses a target holding any row of Lectern's but its record
// of migrations, and one whose migrations are not the file's.
func targetEmpty(ctx context.Context, stx *sql.Tx, ptx pgx.Tx, tables []moveTable) error {
	var full []string
	for _, t := range tables {
		if t.name == "schema_migrations" {
			continue
		}
		var n int64
		if err := ptx.QueryRow(ctx, "SELECT COUNT(*) FROM "+pgx.Identifier{t.name}.Sanitize()).Scan(&n); err != nil {
			return fmt.Errorf("store: move: count %s: %w", t.name, err)
		}
		switch {
		case n == 1:
			full = append(full, t.name+" (1 row)")
		case n > 1:
			full = append(full, fmt.Sprintf("%s (%d rows)", t.name, n))
		}
	}
	if len(full) > 0 {
		return fmt.Errorf("store: move: %w: it holds %s; migrate-db copies into an empty database only (create a new one with createdb, and start no server on it before the copy)",
			ErrTargetNotEmpty, strings.Join(full, ", "))
	}
	versions := func(q func() ([]int64, error)) (string, error) {
		vs, err := q()
		if err != nil {
			return "", err
		}
		s := make([]string, len(vs))
		for i, v := range vs {
			s[i] = strconv.FormatInt(v, 10)
		}
		return strings.Join(s, ","), nil
	}
	have, err := versions(func() ([]int64, error) {
		rows, err := ptx.Query(ctx, "SELECT version FROM schema_migrations ORDER BY version")
		if err != nil {
			return nil, err
		}
		return pgx.CollectRows(rows, pgx.RowTo[int64])
	})
	if err != nil {
		return fmt.Errorf("store: move: %w", err)
	}
	want, err := versions(func() ([]int64, error) {
		rows, err := stx.QueryContext(ctx, "SELECT version FROM schema_migrations ORDER BY version")
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var vs []int64
		for rows.Next() {
			var v int64
			if err := rows.Scan(&v); err != nil {
				return nil, err
			}
			vs = append(vs, v)
		}
		return vs, rows.Err()
	})
	if err != nil {
		return fmt.Errorf("store: move: %w", err)
	}
	if have != want {
		return fmt.Errorf("store: move: the PostgreSQL database has the migrations %s, the SQLite file %s: they must be the same Lectern's", have, want)
	}
	return nil
}

// pgForeignKeys lists the foreign keys of the schema as (table, constraint),
// quoted.
func pgForeignKeys(ctx context.Context, tx pgx.Tx) ([][2]string, error) {
	rows, err := tx.Query(ctx, `SELECT t.relname, c.conname FROM pg_constraint c
		JOIN pg_class t ON t.oid = c.conrelid
		JOIN pg_namespace n ON n.oid = c.connamespace
		WHERE c.contype = 'f' AND n.nspname = current_schema() ORDER BY 1, 2`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out [][2]string
	for rows.Next() {
		var t, c string
		if err := rows.Scan(&t, &c); err != nil {
			return nil, err
		}
		out = append(out, [2]string{pgx.Identifier{t}.Sanitize(), pgx.Identifier{c}.Sanitize()})
	}
	return out, rows.Err()
}

// dependencyOrder returns the tables with every table after those its
// foreign keys name, where no cycle prevents it (the foreign keys are
// checked at the end in any case); ties by name.
func dependencyOrder(tables []moveTable) []moveTable {
	byName := map[string]moveTable{}
	for _, t := range tables {
		byName[strings.ToLower(t.name)] = t
	}
	done := map[string]bool{}
	var out []moveTable
	for len(out) < len(tables) {
		progress := false
		for _, t := range tables {
			key := strings.ToLower(t.name)
			if done[key] {
				continue
			}
			ready := true
			for _, p := range t.parents {
				if _, ok := byName[p]; ok && p != key && !done[p] {
					ready = false
					break
				}
			}
			if ready {
				done[key] = true
				out = append(out, t)
				progress = true
			}
		}
		if !progress { // a cycle: take the first table left
			for _, t := range tables {
				if key := strings.ToLower(t.name); !done[key] {
					done[key] = true
					out = append(out, t)
					break
				}
			}
		}
	}
	return out
}

// orderBy is the ORDER BY clause that reads t in the same order on both
// databases: by its primary key (else every column), text compared byte
// by byte, NULL first.
func orderBy(t moveTable, pg bool) string {
	parts := make([]string, len(t.order))
	for i, c := range t.order {
		p := pgx.Identifier{c}.Sanitize()
		text := true
		for j, col := range t.cols {
			if col == c {
				typ := t.types[j]
				text = !strings.Contains(typ, "INT") && !strings.Contains(typ, "REAL") && !strings.Contains(typ, "FLOA") && !strings.Contains(typ, "DOUB")
			}
		}
		switch {
		case pg && text:
			p += ` COLLATE "C" NULLS FIRST`
		case pg:
			p += " NULLS FIRST"
		case text:
			p += " COLLATE BINARY"
		}
		parts[i] = p
	}
	return " ORDER BY " + strings.Join(parts, ", ")
}

func selectAll(t moveTable, pg bool) string {
	cols := make([]string, len(t.cols))
	for i, c := range t.cols {
		cols[i] = pgx.Identifier{c}.Sanitize()
	}
	return "SELECT " + strings.Join(cols, ", ") + " FROM " + pgx.Identifier{t.name}.Sanitize() + orderBy(t, pg)
}

// copyTable copies one table with PostgreSQL's COPY, hashing the rows as
// SQLite gives them.
func copyTable(ctx context.Context, stx *sql.Tx, ptx pgx.Tx, t moveTable, types map[string]string) (TableCheck, error) {
	rows, err := stx.QueryContext(ctx, selectAll(t, false))
	if err != nil {
		return TableCheck{}, fmt.Errorf("store: move: read %s: %w", t.name, err)
	}
	defer rows.Close()
	src := &copySource{rows: rows, t: t, h: sha256.New(), vals: make([]any, len(t.cols)), out: make([]any, len(t.cols))}
	src.ptrs = make([]any, len(t.cols))
	for i := range src.vals {
		src.ptrs[i] = &src.vals[i]
	}
	src.types = make([]string, len(t.cols))
	for i, c := range t.cols {
		src.types[i] = types[c]
	}
	n, err := ptx.CopyFrom(ctx, pgx.Identifier{t.name}, t.cols, src)
	if err != nil {
		return TableCheck{}, fmt.Errorf("store: move: copy %s: %w", t.name, err)
	}
	if n != src.n {
		return TableCheck{}, fmt.Errorf("store: move: copy %s: %d rows read, %d written", t.name, src.n, n)
	}
	return TableCheck{Table: t.name, SourceRows: src.n, SourceSum: hex.EncodeToString(src.h.Sum(nil))}, nil
}

// copySource feeds COPY from SQLite's rows, each value converted to its
// PostgreSQL column's type, and hashes them as read.
type copySource struct {
	rows  *sql.Rows
	t     moveTable
	types []string
	h     hash.Hash
	vals  []any
	ptrs  []any
	out   []any
	n     int64
	err   error
}

func (s *copySource) Next() bool {
	if s.err != nil || !s.rows.Next() {
		return false
	}
	if err := s.rows.Scan(s.ptrs...); err != nil {
		s.err = err
		return false
	}
	for i, v := range s.vals {
		if err := hashValue(s.h, v); err != nil {
			s.err = fmt.Errorf("column %s: %w", s.t.cols[i], err)
			return false
		}
		out, err := toPG(v, s.types[i])
		if err != nil {
			s.err = fmt.Errorf("row %d, column %s: %w", s.n+1, s.t.cols[i], err)
			return false
		}
		s.out[i] = out
	}
	s.n++
	return true
}

func (s *copySource) Values() ([]any, error) { return s.out, nil }

func (s *copySource) Err() error {
	if s.err != nil {
		return s.err
	}
	return s.rows.Err()
}

// toPG converts a value read from SQLite to what PostgreSQL's column of
// type typ takes, refusing what would change it.
func toPG(v any, typ string) (any, error) {
	if v == nil {
		return nil, nil
	}
	switch typ {
	case "bigint", "integer", "smallint":
		switch x := v.(type) {
		case int64:
			return x, nil
		case float64:
			if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
				return int64(x), nil
			}
		case string:
			if n, err := strconv.ParseInt(x, 10, 64); err == nil {
				return n, nil
			}
		case []byte:
			if n, err := strconv.ParseInt(string(x), 10, 64); err == nil {
				return n, nil
			}
		}
	case "double precision", "real", "numeric":
		switch x := v.(type) {
		case float64:
			return x, nil
		case int64:
			return float64(x), nil
		case string:
			if f, err := strconv.ParseFloat(x, 64); err == nil {
				return f, nil
			}
		}
	case "text", "character varying":
		switch x := v.(type) {
		case string:
			if utf8.ValidString(x) && !strings.ContainsRune(x, 0) {
				return x, nil
			}
		case []byte:
			if utf8.Valid(x) && !strings.ContainsRune(string(x), 0) {
				return string(x), nil
			}
		case int64:
			return strconv.FormatInt(x, 10), nil
		case float64:
			return strconv.FormatFloat(x, 'g', -1, 64), nil
		}
	case "bytea":
		switch x := v.(type) {
		case []byte:
			return x, nil
		case string:
			return []byte(x), nil
		}
	case "boolean":
		switch x := v.(type) {
		case int64:
			return x != 0, nil
		case bool:
			return x, nil
		}
	default:
		return v, nil
	}
	return nil, fmt.Errorf("the value %.40q (%T) does not fit PostgreSQL's %s", fmt.Sprint(v), v, typ)
}

// hashValue writes v to h as text, the same for a value of SQLite's and
// its copy in PostgreSQL: NULL is a tag of its own, numbers are written in
// decimal (a float's shortest form), text and bytes as they are, each
// after its length.
func hashValue(h hash.Hash, v any) error {
	var s string
	switch x := v.(type) {
	case nil:
		h.Write([]byte{0})
		return nil
	case int64:
		s = strconv.FormatInt(x, 10)
	case int32:
		s = strconv.FormatInt(int64(x), 10)
	case int16:
		s = strconv.FormatInt(int64(x), 10)
	case float64:
		s = strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		s = x
	case []byte:
		s = string(x)
	case bool:
		s = "0"
		if x {
			s = "1"
		}
	default:
		return fmt.Errorf("a value of type %T cannot be compared", v)
	}
	var n [binary.MaxVarintLen64 + 1]byte
	n[0] = 1
	k := binary.PutUvarint(n[1:], uint64(len(s)))
	h.Write(n[:1+k])
	h.Write([]byte(s))
	return nil
}

// pgChecksum counts and hashes a table of the PostgreSQL database as
// copyTable hashed it on SQLite.
func pgChecksum(ctx context.Context, tx pgx.Tx, t moveTable) (int64, string, error) {
	rows, err := tx.Query(ctx, selectAll(t, true))
	if err != nil {
		return 0, "", err
	}
	defer rows.Close()
	h := sha256.New()
	var n int64
	for rows.Next() {
		vals, err := rows.Values()
		if err != nil {
			return 0, "", err
		}
		for i, v := range vals {
			if err := hashValue(h, v); err != nil {
				return 0, "", fmt.Errorf("column %s: %w", t.cols[i], err)
			}
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return 0, "", err
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}
