package store

import (
	"strings"
	"sync"
)

// The store's SQL is written once, in the SQLite dialect that both
// backends can run once a few forms are rewritten. On PostgreSQL every
// statement passes through pgRewrite (once per distinct text, then from a
// cache) before it reaches the server:
//
//   - placeholders: ? and ?N become $N (a bare ? takes the number after
//     the largest used so far, as SQLite numbers it);
//   - INSERT OR IGNORE INTO … becomes INSERT INTO … ON CONFLICT DO NOTHING;
//   - json_extract(doc, '$.key') becomes lectern_json_num, when it is
//     COALESCE'd with a number (COALESCE(json_extract(…), 0)), else
//     lectern_json_text: PostgreSQL's functions have one result type;
//   - CROSS JOIN t ON … (SQLite's join whose order its planner keeps)
//     becomes JOIN t ON …;
//   - SQLite's index hints, INDEXED BY name, go;
//   - a subquery in FROM or JOIN without a name gets one (lectern_subN);
//   - IFNULL(a, b) becomes COALESCE(a, b); the two-argument scalar
//     MAX(a, b) and MIN(a, b) become GREATEST and LEAST.
//
// String literals, quoted names and comments are copied untouched. What
// cannot be rewritten by form is given to PostgreSQL under the name SQLite
// uses (pgPrelude: a NOCASE collation, SUM over booleans, json_extract), so the store's
// SQL runs unchanged.

// maxRewrites bounds the cache of rewritten statements: the store's queries
// are fixed texts, but a few are built with a variable number of
// placeholders.
const maxRewrites = 4096

var rewrites = struct {
	sync.RWMutex
	m map[string]string
}{m: map[string]string{}}

// pgRewrite returns query in PostgreSQL's dialect.
func pgRewrite(query string) string {
	rewrites.RLock()
	out, ok := rewrites.m[query]
	rewrites.RUnlock()
	if ok {
		return out
	}
	out = rewriteSQL(query)
	rewrites.Lock()
	if len(rewrites.m) >= maxRewrites {
		clear(rewrites.m)
	}
	rewrites.m[query] = out
	rewrites.Unlock()
	return out
}

// rewriteSQL does the work of pgRewrite, uncached.
func rewriteSQL(q string) string {
	var b strings.Builder
	b.Grow(len(q) + 16)
	maxN := 0
	ignore := false // an INSERT OR IGNORE is open: ON CONFLICT goes at its end
	// conflictAt is where ON CONFLICT DO NOTHING goes in b: before a
	// RETURNING clause or a final semicolon, else at the end.
	conflictAt := -1
	// parens holds, for each open parenthesis, whether it opened a
	// subquery in FROM or JOIN, which PostgreSQL wants named.
	var parens []bool
	lastWord := "" // the last word written, if nothing but space followed
	subs := 0
	for i := 0; i < len(q); {
		c := q[i]
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && !isWordStart(c) {
			if c == '(' {
				sub := (strings.EqualFold(lastWord, "FROM") || strings.EqualFold(lastWord, "JOIN")) && hasWordsAt(q, i+1, "SELECT")
				parens = append(parens, sub)
			} else if c == ')' && len(parens) > 0 {
				sub := parens[len(parens)-1]
				parens = parens[:len(parens)-1]
				if sub && !aliasFollows(q, i+1) {
					subs++
					b.WriteString(") AS lectern_sub")
					b.WriteString(itoa(subs))
					i++
					lastWord = ""
					continue
				}
			}
			lastWord = ""
		}
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := skipQuoted(q, i)
			b.WriteString(q[i:j])
			i = j
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := lineCommentEnd(q, i)
			b.WriteString(q[i:j])
			i = j
		case c == '/' && i+1 < len(q) && q[i+1] == '*':
			j := strings.Index(q[i+2:], "*/")
			if j < 0 {
				b.WriteString(q[i:])
				i = len(q)
				break
			}
			b.WriteString(q[i : i+2+j+2])
			i += 2 + j + 2
		case c == '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			n := 0
			if j > i+1 {
				for _, d := range q[i+1 : j] {
					n = n*10 + int(d-'0')
				}
			} else {
				n = maxN + 1
			}
			maxN = max(maxN, n)
			b.WriteByte('$')
			b.WriteString(itoa(n))
			i = j
		case c == ';':
			if ignore && conflictAt < 0 {
				conflictAt = b.Len()
			}
			b.WriteByte(c)
			i++
		case isWordStart(c) && (i == 0 || !isWordByte(q[i-1])):
			j := i
			for j < len(q) && isWordByte(q[j]) {
				j++
			}
			word := q[i:j]
			switch {
			case strings.EqualFold(word, "INSERT") && hasWordsAt(q, j, "OR", "IGNORE"):
				b.WriteString(word)
				_, k := wordsEnd(q, j, "OR", "IGNORE")
				i = k
				ignore = true
				continue
			case strings.EqualFold(word, "RETURNING") && ignore && conflictAt < 0:
				conflictAt = b.Len()
			case strings.EqualFold(word, "json_extract") && nextNonSpace(q, j) == '(':
				word = "lectern_json_text"
				if numericDefault(q, j) {
					word = "lectern_json_num"
				}
			case strings.EqualFold(word, "CROSS") && crossJoinOn(q, j):
				// SQLite's CROSS JOIN … ON (an inner join whose order the
				// planner keeps) is PostgreSQL's JOIN … ON.
				_, i = wordsEnd(q, j, "JOIN")
				b.WriteString("JOIN")
				continue
			case strings.EqualFold(word, "INDEXED") && hasWordsAt(q, j, "BY"):
				// SQLite's index hint: PostgreSQL's planner takes none.
				_, k := wordsEnd(q, j, "BY")
				for k < len(q) && (q[k] == ' ' || q[k] == '\t' || q[k] == '\n') {
					k++
				}
				for k < len(q) && isWordByte(q[k]) {
					k++
				}
				i = k
				continue
			case strings.EqualFold(word, "IFNULL") && nextNonSpace(q, j) == '(':
				word = "COALESCE"
			case (strings.EqualFold(word, "MAX") || strings.EqualFold(word, "MIN")) && nextNonSpace(q, j) == '(' && scalarCall(q, j):
				if strings.EqualFold(word, "MAX") {
					word = "GREATEST"
				} else {
					word = "LEAST"
				}
			}
			b.WriteString(word)
			lastWord = word
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	out := b.String()
	if ignore {
		if conflictAt < 0 {
			conflictAt = len(strings.TrimRight(out, " \t\n"))
		}
		out = out[:conflictAt] + " ON CONFLICT DO NOTHING " + out[conflictAt:]
	}
	return out
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func isWordStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isWordByte(c byte) bool { return isWordStart(c) || c >= '0' && c <= '9' || c == '$' }

// skipQuoted returns the index just past the quoted text starting at i (a
// doubled quote stays inside).
func skipQuoted(q string, i int) int {
	quote := q[i]
	j := i + 1
	for j < len(q) {
		if q[j] == quote {
			if j+1 < len(q) && q[j+1] == quote {
				j += 2
				continue
			}
			return j + 1
		}
		j++
	}
	return len(q)
}

func nextNonSpace(q string, i int) byte {
	for i < len(q) {
		switch q[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return q[i]
		}
	}
	return 0
}

// hasWordsAt reports whether the words follow position i, separated by
// white space, in any case.
func hasWordsAt(q string, i int, words ...string) bool {
	ok, _ := wordsEnd(q, i, words...)
	return ok
}

func wordsEnd(q string, i int, words ...string) (bool, int) {
	for _, w := range words {
		for i < len(q) && (q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\r') {
			i++
		}
		if i+len(w) > len(q) || !strings.EqualFold(q[i:i+len(w)], w) || i+len(w) < len(q) && isWordByte(q[i+len(w)]) {
			return false, i
		}
		i += len(w)
	}
	return true, i
}

// callArgs scans the parenthesised arguments of the call whose name ends
// at i, skipping quoted text: it returns the index just past the closing
// bracket, whether a comma separates arguments at the top level, and
// whether the bracket closes at all.
func callArgs(q string, i int) (end int, twoOrMore, closed bool) {
	for i < len(q) && q[i] != '(' {
		i++
	}
	depth := 0
	for ; i < len(q); i++ {
		switch q[i] {
		case '\'', '"':
			i = skipQuoted(q, i) - 1
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1, twoOrMore, true
			}
		case ',':
			if depth == 1 {
				twoOrMore = true
			}
		}
	}
	return len(q), twoOrMore, false
}

// scalarCall reports whether the call whose name ends at i has two or more
// arguments at its top level (SQLite's scalar MAX and MIN).
func scalarCall(q string, i int) bool {
	_, two, _ := callArgs(q, i)
	return two
}

// notAliases are the words that may follow a subquery in FROM when it has
// no name.
var notAliases = map[string]bool{"UNION": true, "EXCEPT": true, "INTERSECT": true, "WHERE": true, "GROUP": true,
	"HAVING": true, "ORDER": true, "LIMIT": true, "OFFSET": true, "JOIN": true, "LEFT": true, "INNER": true,
	"CROSS": true, "NATURAL": true, "ON": true, "USING": true, "WINDOW": true, "RETURNING": true}

// aliasFollows reports whether a name follows position i (after a
// subquery's closing parenthesis).
func aliasFollows(q string, i int) bool {
	for i < len(q) && (q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\r') {
		i++
	}
	j := i
	for j < len(q) && isWordByte(q[j]) {
		j++
	}
	return j > i && !notAliases[strings.ToUpper(q[i:j])]
}

// crossJoinOn reports whether the CROSS ending at i starts CROSS JOIN
// table [alias] [INDEXED BY name] ON.
func crossJoinOn(q string, i int) bool {
	ok, i := wordsEnd(q, i, "JOIN")
	if !ok {
		return false
	}
	// The table, its alias if any, SQLite's INDEXED BY name if any, ON.
	for n := 0; n < 6; n++ {
		for i < len(q) && (q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\r') {
			i++
		}
		j := i
		for j < len(q) && isWordByte(q[j]) {
			j++
		}
		if j == i {
			return false
		}
		w := q[i:j]
		switch {
		case n > 0 && strings.EqualFold(w, "ON"):
			return true
		case n > 0 && strings.EqualFold(w, "INDEXED") && hasWordsAt(q, j, "BY"):
			_, j = wordsEnd(q, j, "BY")
			for j < len(q) && (q[j] == ' ' || q[j] == '\t' || q[j] == '\n' || q[j] == '\r') {
				j++
			}
			k := j
			for k < len(q) && isWordByte(q[k]) {
				k++
			}
			if k == j {
				return false
			}
			j = k
		case n > 1:
			return false
		}
		i = j
	}
	return false
}

// numericDefault reports whether the call whose name ends at i is followed
// by a number, as in COALESCE(json_extract(doc, '$.key'), 0).
func numericDefault(q string, i int) bool {
	end, _, closed := callArgs(q, i)
	if !closed || nextNonSpace(q, end) != ',' {
		return false
	}
	for q[end] != ',' {
		end++
	}
	c := nextNonSpace(q, end+1)
	return c == '-' || c >= '0' && c <= '9'
}

// pgDDL turns a migration written for SQLite into PostgreSQL's dialect:
// SQLite's 64-bit INTEGER becomes BIGINT, and an INTEGER PRIMARY KEY (an
// alias of the rowid, numbered by SQLite) an identity column; REAL becomes
// DOUBLE PRECISION, BLOB BYTEA; WITHOUT ROWID, STRICT and PRAGMA
// statements are dropped; SQLite's strftime('…', 'now') becomes the same
// text from now(). The statements then pass through pgRewrite.
func pgDDL(sql string) string {
	var b strings.Builder
	for i := 0; i < len(sql); {
		c := sql[i]
		switch {
		case c == '\'' || c == '"' || c == '`':
			j := skipQuoted(sql, i)
			b.WriteString(sql[i:j])
			i = j
		case c == '-' && i+1 < len(sql) && sql[i+1] == '-':
			j := strings.IndexByte(sql[i:], '\n')
			if j < 0 {
				j = len(sql) - i
			}
			i += j // comments go: they may hold words rewritten below
		case isWordStart(c) && (i == 0 || !isWordByte(sql[i-1])):
			j := i
			for j < len(sql) && isWordByte(sql[j]) {
				j++
			}
			word := sql[i:j]
			switch {
			case strings.EqualFold(word, "INTEGER") && hasWordsAt(sql, j, "PRIMARY", "KEY", "AUTOINCREMENT"):
				_, k := wordsEnd(sql, j, "PRIMARY", "KEY", "AUTOINCREMENT")
				b.WriteString("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
				i = k
				continue
			case strings.EqualFold(word, "INTEGER") && hasWordsAt(sql, j, "PRIMARY", "KEY"):
				_, k := wordsEnd(sql, j, "PRIMARY", "KEY")
				b.WriteString("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
				i = k
				continue
			case strings.EqualFold(word, "INTEGER"):
				word = "BIGINT"
			case strings.EqualFold(word, "REAL"):
				word = "DOUBLE PRECISION"
			case strings.EqualFold(word, "BLOB"):
				word = "BYTEA"
			case strings.EqualFold(word, "WITHOUT") && hasWordsAt(sql, j, "ROWID"):
				_, i = wordsEnd(sql, j, "ROWID")
				continue
			case strings.EqualFold(word, "STRICT") && nextNonSpace(sql, j) == ';':
				i = j
				continue
			case strings.EqualFold(word, "PRAGMA"):
				k := strings.IndexByte(sql[j:], ';')
				if k < 0 {
					i = len(sql)
				} else {
					i = j + k + 1
				}
				continue
			case strings.EqualFold(word, "strftime") && nextNonSpace(sql, j) == '(':
				// strftime('%Y-%m-%dT%H:%M:%S.000000000Z', 'now'): the only
				// form the migrations use.
				k := strings.IndexByte(sql[j:], ')')
				if k >= 0 && strings.Contains(sql[j:j+k], "'now'") {
					b.WriteString(`to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US000"Z"')`)
					i = j + k + 1
					continue
				}
			}
			b.WriteString(word)
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return rewriteSQL(b.String())
}

// pgPrelude gives PostgreSQL, before the first migration, what the store's
// SQL names as SQLite has it: a case-insensitive NOCASE collation (as
// SQLite's, for emails), and SUM over booleans (SQLite's comparisons are
// integers, so the store sums them to count), and json_extract's two
// result types as two functions.
const pgPrelude = `
CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE OR REPLACE FUNCTION lectern_sum_bool(bigint, boolean) RETURNS bigint
	LANGUAGE sql IMMUTABLE AS 'SELECT CASE WHEN $2 IS NULL THEN $1 ELSE COALESCE($1, 0) + CASE WHEN $2 THEN 1 ELSE 0 END END';
CREATE OR REPLACE FUNCTION lectern_json_text(doc text, path text) RETURNS text
	LANGUAGE sql IMMUTABLE AS 'SELECT doc::jsonb #>> string_to_array(substr(path, 3), ''.'')';
CREATE OR REPLACE FUNCTION lectern_json_num(doc text, path text) RETURNS double precision
	LANGUAGE sql IMMUTABLE AS 'SELECT CASE jsonb_typeof(v) WHEN ''number'' THEN (v #>> ''{}'')::double precision
		WHEN ''boolean'' THEN CASE WHEN v = ''true''::jsonb THEN 1 ELSE 0 END END
		FROM (SELECT doc::jsonb #> string_to_array(substr(path, 3), ''.'') AS v) j';
DO $$ BEGIN
	CREATE AGGREGATE sum(boolean) (SFUNC = lectern_sum_bool, STYPE = bigint);
EXCEPTION WHEN duplicate_function THEN NULL;
END $$;
`

// lineCommentEnd is where the "--" comment starting at q[i] ends: at its
// newline, which it leaves to what follows, or at the end of q.
func lineCommentEnd(q string, i int) int {
	j := strings.IndexByte(q[i:], '\n')
	if j < 0 {
		return len(q)
	}
	return i + j
}
