package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Item statistics kept as attempts finish (migration 0031).
//
// When an attempt becomes finished, in the transaction that marks it so,
// each of its attempts at a set (its responses to the set's questions not
// deleted) is added to the sums of scope 1 (all attempts), and to those of
// scope 0 (first attempts) when it is the learner's lowest-numbered
// finished attempt at the set; an attempt that finishes after a later one
// of the same learner took its place in scope 0 takes it back. Deleting a
// learner subtracts what their attempts added; merging a learner into
// another works out the merged learner's first attempts again. Deleting a
// question changes the rest of every attempt at its set, so the set is
// marked stale and worked out again from its responses before the figures
// are next read (and when the store opens: the backfill of sets that
// existed before the sums did).

// Scopes of the kept statistics.
const (
	scopeFirst = 0
	scopeAll   = 1
)

// Bucket widths of the histograms: marks to the millionth, rest totals to
// the hundredth, times to the second up to an hour, set scores to the
// ten-thousandth.
const (
	markScale  = 1e6
	restScale  = 100
	scoreScale = 1e4
	timeCap    = 3600
)

// statResponse is a response as the kept statistics need it.
type statResponse struct {
	question, version int64
	mark              float64
	choices           []int
	seconds           float64 // negative when unknown
}

// statUnit is one attempt at one set: its responses there.
type statUnit struct {
	attempt, user, set int64
	rs                 []statResponse
}

func (u *statUnit) total() float64 {
	t := 0.0
	for _, r := range u.rs {
		t += r.mark
	}
	return t
}

// statUnitsQuery reads responses of finished attempts to questions not
// deleted, with their set; callers add a condition.
const statUnitsQuery = `SELECT r.attempt_id, r.user_id, q.set_id, r.question_id, r.version_id, r.answer, r.score,
		i.shown_at, r.answered_at
	FROM responses r
	JOIN questions q ON q.id = r.question_id
	JOIN attempts a ON a.id = r.attempt_id
	JOIN attempt_items i ON i.attempt_id = r.attempt_id AND i.idx = r.idx
	WHERE q.deleted_at IS NULL AND a.finished_at IS NOT NULL AND `

// readStatUnits reads the attempts at sets the condition keeps, in the
// order of attempt and set.
func readStatUnits(ctx context.Context, tx rowsQuerier, cond string, args ...any) ([]*statUnit, error) {
	rows, err := tx.QueryContext(ctx, statUnitsQuery+cond, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type key struct{ attempt, set int64 }
	byKey := map[key]*statUnit{}
	var out []*statUnit
	for rows.Next() {
		var u statUnit
		var r statResponse
		var answer, at string
		var shown sql.NullString
		if err := rows.Scan(&u.attempt, &u.user, &u.set, &r.question, &r.version, &answer, &r.mark, &shown, &at); err != nil {
			return nil, err
		}
		var a struct {
			Choices []int `json:"choices"`
		}
		if err := json.Unmarshal([]byte(answer), &a); err != nil {
			return nil, fmt.Errorf("response to question %d in attempt %d: %w", r.question, u.attempt, err)
		}
		r.choices = a.Choices
		r.seconds = -1
		if shown.Valid {
			ir := quiz.ItemResponse{ShownAt: parseTime(shown.String), AnsweredAt: parseTime(at)}
			r.seconds = ir.Seconds()
		}
		k := key{u.attempt, u.set}
		p := byKey[k]
		if p == nil {
			p = &statUnit{attempt: u.attempt, user: u.user, set: u.set}
			byKey[k] = p
			out = append(out, p)
		}
		p.rs = append(p.rs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].attempt != out[j].attempt {
			return out[i].attempt < out[j].attempt
		}
		return out[i].set < out[j].set
	})
	return out, nil
}

// statDelta is a change to the kept statistics, built in memory and
// written by flush.
type statDelta struct {
	questions map[[2]int64]*[6]float64 // (question, scope) → n, Σx, Σx², Σy, Σy², Σxy
	buckets   map[qBucket]int
	options   map[[4]int64]int         // (question, version, scope, choice)
	sets      map[[2]int64]*[4]float64 // (set, scope) → n, ΣX, ΣX², Σscore
	scores    map[[3]int64]int         // (set, scope, bucket)
}

type qBucket struct {
	question, scope int64
	kind            string
	bucket          int64
}

func newStatDelta() *statDelta {
	return &statDelta{questions: map[[2]int64]*[6]float64{}, buckets: map[qBucket]int{},
		options: map[[4]int64]int{}, sets: map[[2]int64]*[4]float64{}, scores: map[[3]int64]int{}}
}

// add adds (sign 1) or subtracts (sign −1) an attempt at a set in a scope.
func (d *statDelta) add(u *statUnit, scope int64, sign int) {
	s := float64(sign)
	total := u.total()
	for _, r := range u.rs {
		x, y := r.mark, total-r.mark
		k := [2]int64{r.question, scope}
		q := d.questions[k]
		if q == nil {
			q = &[6]float64{}
			d.questions[k] = q
		}
		q[0] += s
		q[1] += s * x
		q[2] += s * x * x
		q[3] += s * y
		q[4] += s * y * y
		q[5] += s * x * y
		d.buckets[qBucket{r.question, scope, "mark", int64(math.Round(x * markScale))}] += sign
		d.buckets[qBucket{r.question, scope, "rest", int64(math.Round(y * restScale))}] += sign
		if r.seconds >= 0 {
			d.buckets[qBucket{r.question, scope, "time", int64(min(math.Round(r.seconds), timeCap))}] += sign
		}
		d.options[[4]int64{r.question, r.version, scope, -1}] += sign
		for j, c := range r.choices {
			// An option counts once however often it is listed.
			if c >= 0 && !contains(r.choices[:j], c) {
				d.options[[4]int64{r.question, r.version, scope, int64(c)}] += sign
			}
		}
	}
	k := [2]int64{u.set, scope}
	st := d.sets[k]
	if st == nil {
		st = &[4]float64{}
		d.sets[k] = st
	}
	score := total / float64(len(u.rs))
	st[0] += s
	st[1] += s * total
	st[2] += s * total * total
	st[3] += s * score
	d.scores[[3]int64{u.set, scope, int64(math.Round(score * scoreScale))}] += sign
}

func contains(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// flush adds the delta to the kept statistics and drops the histogram
// rows it brought to nothing.
func (d *statDelta) flush(ctx context.Context, tx *sql.Tx) error {
	return d.flushWith(ctx, tx, nil, false)
}

// maxUpsertRows bounds the rows of one multi-row upsert.
const maxUpsertRows = 200

// flushWith is flush with the statements run through g when g is not nil:
// the group commit's statements, prepared once on the write connection,
// rather than prepared again for each flush. With multi (on PostgreSQL,
// where each statement is a round trip to the server), each table's rows
// go in one INSERT of many rows rather than one statement a row.
//
// The rows are added in the order of their keys, so that two writers
// adding to the same rows lock them in the same order and never wait for
// each other in a circle.
func (d *statDelta) flushWith(ctx context.Context, tx *sql.Tx, g execer, multi bool) error {
	// Without g, each statement is prepared once per flush.
	prepare := g == nil
	if g == nil {
		g = tx
	}
	// upsert runs an insert-or-add for each row (the VALUES tuple holds
	// the row's placeholders; the key is every column but the last,
	// or the first keyLen), and for a row that was subtracted from, drops
	// it once it counts nothing.
	upsert := func(head, tuple, tail, del string, keyLen int, rows [][]any, subtracted []bool) error {
		if len(rows) == 0 {
			return nil
		}
		order := make([]int, len(rows))
		for i := range order {
			order[i] = i
		}
		sort.Slice(order, func(a, b int) bool { return lessKey(rows[order[a]][:keyLen], rows[order[b]][:keyLen]) })
		if multi {
			for from := 0; from < len(order); from += maxUpsertRows {
				part := order[from:min(from+maxUpsertRows, len(order))]
				var b strings.Builder
				args := make([]any, 0, len(part)*len(rows[0]))
				b.WriteString(head + " VALUES ")
				for j, i := range part {
					if j > 0 {
						b.WriteString(", ")
					}
					b.WriteString(tuple)
					args = append(args, rows[i]...)
				}
				b.WriteString(tail)
				if _, err := g.ExecContext(ctx, b.String(), args...); err != nil {
					return err
				}
			}
		} else {
			ins := g
			if prepare {
				st, err := tx.PrepareContext(ctx, head+" VALUES "+tuple+tail)
				if err != nil {
					return err
				}
				defer st.Close()
				ins = stmtExecer{st}
			}
			for _, i := range order {
				if _, err := ins.ExecContext(ctx, head+" VALUES "+tuple+tail, rows[i]...); err != nil {
					return err
				}
			}
		}
		if del == "" {
			return nil
		}
		for _, i := range order {
			if subtracted[i] {
				if _, err := g.ExecContext(ctx, del, rows[i][:len(rows[i])-1]...); err != nil {
					return err
				}
			}
		}
		return nil
	}
	var rows [][]any
	for k, v := range d.questions {
		rows = append(rows, []any{k[0], k[1], int64(math.Round(v[0])), v[1], v[2], v[3], v[4], v[5]})
	}
	if err := upsert(`INSERT INTO stat_questions (question_id, scope, n, sx, sxx, sy, syy, sxy)`, `(?, ?, ?, ?, ?, ?, ?, ?)`, `
		ON CONFLICT (question_id, scope) DO UPDATE SET n = stat_questions.n + excluded.n, sx = stat_questions.sx + excluded.sx, sxx = stat_questions.sxx + excluded.sxx,
			sy = stat_questions.sy + excluded.sy, syy = stat_questions.syy + excluded.syy, sxy = stat_questions.sxy + excluded.sxy`, "", 2, rows, nil); err != nil {
		return err
	}
	rows = nil
	var sub []bool
	for k, n := range d.buckets {
		if n != 0 {
			rows = append(rows, []any{k.question, k.scope, k.kind, k.bucket, n})
			sub = append(sub, n < 0)
		}
	}
	if err := upsert(`INSERT INTO stat_question_buckets (question_id, scope, kind, bucket, n)`, `(?, ?, ?, ?, ?)`, `
		ON CONFLICT (question_id, scope, kind, bucket) DO UPDATE SET n = stat_question_buckets.n + excluded.n`,
		"DELETE FROM stat_question_buckets WHERE question_id = ? AND scope = ? AND kind = ? AND bucket = ? AND n <= 0", 4, rows, sub); err != nil {
		return err
	}
	rows, sub = nil, nil
	for k, n := range d.options {
		if n != 0 {
			rows = append(rows, []any{k[0], k[1], k[2], k[3], n})
			sub = append(sub, n < 0)
		}
	}
	if err := upsert(`INSERT INTO stat_options (question_id, version_id, scope, choice, n)`, `(?, ?, ?, ?, ?)`, `
		ON CONFLICT (question_id, version_id, scope, choice) DO UPDATE SET n = stat_options.n + excluded.n`,
		"DELETE FROM stat_options WHERE question_id = ? AND version_id = ? AND scope = ? AND choice = ? AND n <= 0", 4, rows, sub); err != nil {
		return err
	}
	rows = nil
	for k, v := range d.sets {
		rows = append(rows, []any{k[0], k[1], int64(math.Round(v[0])), v[1], v[2], v[3]})
	}
	if err := upsert(`INSERT INTO stat_sets (set_id, scope, n, st, stt, ss)`, `(?, ?, ?, ?, ?, ?)`, `
		ON CONFLICT (set_id, scope) DO UPDATE SET n = stat_sets.n + excluded.n, st = stat_sets.st + excluded.st,
			stt = stat_sets.stt + excluded.stt, ss = stat_sets.ss + excluded.ss`, "", 2, rows, nil); err != nil {
		return err
	}
	rows, sub = nil, nil
	for k, n := range d.scores {
		if n != 0 {
			rows = append(rows, []any{k[0], k[1], k[2], n})
			sub = append(sub, n < 0)
		}
	}
	return upsert(`INSERT INTO stat_set_scores (set_id, scope, bucket, n)`, `(?, ?, ?, ?)`, `
		ON CONFLICT (set_id, scope, bucket) DO UPDATE SET n = stat_set_scores.n + excluded.n`,
		"DELETE FROM stat_set_scores WHERE set_id = ? AND scope = ? AND bucket = ? AND n <= 0", 3, rows, sub)
}

// stmtExecer runs a prepared statement, whatever query it is given.
type stmtExecer struct{ st *sql.Stmt }

func (s stmtExecer) ExecContext(ctx context.Context, _ string, args ...any) (sql.Result, error) {
	return s.st.ExecContext(ctx, args...)
}

// lessKey orders two keys of int64 and string columns.
func lessKey(a, b []any) bool {
	for i := range a {
		switch x := a[i].(type) {
		case int64:
			if y := b[i].(int64); x != y {
				return x < y
			}
		case string:
			if y := b[i].(string); x != y {
				return x < y
			}
		}
	}
	return false
}

// statFinishAttempt adds a finished attempt to the kept statistics: to
// every attempt's scope, and to first attempts' where it is the learner's
// first at a set. It runs in the group commit, its statements through g.
func statFinishAttempt(ctx context.Context, tx *sql.Tx, g groupTxn, attemptID int64) error {
	// Read for each finishing answer in a group commit: through its
	// prepared statements, not parsed anew.
	units, err := readStatUnits(ctx, g, "r.attempt_id = ?", attemptID)
	if err != nil {
		return err
	}
	d := newStatDelta()
	for _, u := range units {
		d.add(u, scopeAll, 1)
		var first int64
		err := g.QueryRowContext(ctx, `SELECT attempt_id FROM stat_firsts
			WHERE attempt_id IN (SELECT id FROM attempts WHERE user_id = ?) AND set_id = ?`, u.user, u.set).Scan(&first)
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return err
		case first < u.attempt:
			continue
		default:
			// A later attempt finished first: this one takes its place.
			old, err := readStatUnits(ctx, g, "r.attempt_id = ? AND q.set_id = ?", first, u.set)
			if err != nil {
				return err
			}
			for _, o := range old {
				d.add(o, scopeFirst, -1)
			}
			if _, err := g.ExecContext(ctx, "DELETE FROM stat_firsts WHERE attempt_id = ? AND set_id = ?", first, u.set); err != nil {
				return err
			}
		}
		if _, err := g.ExecContext(ctx, "INSERT INTO stat_firsts (attempt_id, set_id) VALUES (?, ?)", u.attempt, u.set); err != nil {
			return err
		}
		d.add(u, scopeFirst, 1)
	}
	if b, ok := ctx.Value(batchStatsKey{}).(*batchStats); ok {
		// In a group commit: added to the batch's, written once at its end.
		b.add(d)
		return nil
	}
	return d.flushWith(ctx, tx, g, g.db.pg != nil)
}

// batchStatsKey carries a *batchStats in the context of a write run in a
// group commit.
type batchStatsKey struct{}

// batchStats gathers the statistics of the attempts a group commit's write
// finished. The group commit adds them up across its batch, once the write
// has kept its changes, and writes their sum once, before it commits: about
// six upserts per question and scope for the whole batch rather than for
// each finished attempt.
type batchStats struct{ d *statDelta }

func (b *batchStats) add(d *statDelta) {
	if b.d == nil {
		b.d = d
		return
	}
	b.d.merge(d)
}

// merge adds o to d.
func (d *statDelta) merge(o *statDelta) {
	for k, v := range o.questions {
		q := d.questions[k]
		if q == nil {
			q = &[6]float64{}
			d.questions[k] = q
		}
		for i := range v {
			q[i] += v[i]
		}
	}
	for k, n := range o.buckets {
		d.buckets[k] += n
	}
	for k, n := range o.options {
		d.options[k] += n
	}
	for k, v := range o.sets {
		st := d.sets[k]
		if st == nil {
			st = &[4]float64{}
			d.sets[k] = st
		}
		for i := range v {
			st[i] += v[i]
		}
	}
	for k, n := range o.scores {
		d.scores[k] += n
	}
}

// statForgetLearner subtracts a learner's attempts from the kept
// statistics, before they are deleted or merged. With firstsOnly, only
// from the first attempts' scope.
func statForgetLearner(ctx context.Context, tx *sql.Tx, userID int64, firstsOnly bool) error {
	units, err := readStatUnits(ctx, tx, "r.user_id = ?", userID)
	if err != nil {
		return err
	}
	firsts := map[[2]int64]bool{}
	const ofLearner = "attempt_id IN (SELECT id FROM attempts WHERE user_id = ?)"
	err = each(ctx, tx, "SELECT set_id, attempt_id FROM stat_firsts WHERE "+ofLearner, userID, func(rows *sql.Rows) error {
		var set, attempt int64
		if err := rows.Scan(&set, &attempt); err != nil {
			return err
		}
		firsts[[2]int64{set, attempt}] = true
		return nil
	})
	if err != nil {
		return err
	}
	d := newStatDelta()
	for _, u := range units {
		if !firstsOnly {
			d.add(u, scopeAll, -1)
		}
		if firsts[[2]int64{u.set, u.attempt}] {
			d.add(u, scopeFirst, -1)
		}
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM stat_firsts WHERE "+ofLearner, userID); err != nil {
		return err
	}
	return d.flush(ctx, tx)
}

// statFindFirsts adds a learner's first attempts at each set to the first
// attempts' scope, after statForgetLearner(…, true) took them away.
func statFindFirsts(ctx context.Context, tx *sql.Tx, userID int64) error {
	units, err := readStatUnits(ctx, tx, "r.user_id = ?", userID)
	if err != nil {
		return err
	}
	d := newStatDelta()
	seen := map[int64]bool{}
	for _, u := range units { // in attempt order: the first seen is the first
		if seen[u.set] {
			continue
		}
		seen[u.set] = true
		if _, err := tx.ExecContext(ctx, "INSERT INTO stat_firsts (attempt_id, set_id) VALUES (?, ?)", u.attempt, u.set); err != nil {
			return err
		}
		d.add(u, scopeFirst, 1)
	}
	return d.flush(ctx, tx)
}

// markSetStale asks for a set's kept statistics to be worked out again.
func markSetStale(ctx context.Context, tx *sql.Tx, setID int64) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO stat_stale (set_id) VALUES (?) ON CONFLICT (set_id) DO NOTHING", setID)
	return err
}

// rebuildSetStats works out a set's kept statistics again from its
// responses.
func rebuildSetStats(ctx context.Context, tx *sql.Tx, setID int64) error {
	for _, q := range []string{
		"DELETE FROM stat_questions WHERE question_id IN (SELECT id FROM questions WHERE set_id = ?1)",
		"DELETE FROM stat_question_buckets WHERE question_id IN (SELECT id FROM questions WHERE set_id = ?1)",
		"DELETE FROM stat_options WHERE question_id IN (SELECT id FROM questions WHERE set_id = ?1)",
		"DELETE FROM stat_sets WHERE set_id = ?1",
		"DELETE FROM stat_set_scores WHERE set_id = ?1",
		"DELETE FROM stat_firsts WHERE set_id = ?1",
	} {
		if _, err := tx.ExecContext(ctx, q, setID); err != nil {
			return err
		}
	}
	units, err := readStatUnits(ctx, tx, "q.set_id = ?", setID)
	if err != nil {
		return err
	}
	d := newStatDelta()
	firsts := map[int64]bool{}
	ins, err := tx.PrepareContext(ctx, "INSERT INTO stat_firsts (attempt_id, set_id) VALUES (?, ?)")
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, u := range units {
		d.add(u, scopeAll, 1)
		if !firsts[u.user] {
			firsts[u.user] = true
			if _, err := ins.ExecContext(ctx, u.attempt, u.set); err != nil {
				return err
			}
			d.add(u, scopeFirst, 1)
		}
	}
	if err := d.flush(ctx, tx); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "DELETE FROM stat_stale WHERE set_id = ?", setID)
	return err
}

// refreshStats works out again the sets marked stale, of one course (or
// of every course when courseID is 0), each in its own transaction.
func (db *DB) refreshStats(ctx context.Context, courseID int64) error {
	if db.readOnly {
		return nil
	}
	var sets []int64
	// Read where reads go once the store is open: a page's check must not
	// wait behind the writer.
	q := db.write
	if db.read != nil {
		q = db.read
	}
	rows, err := q.QueryContext(ctx, `SELECT st.set_id FROM stat_stale st
		JOIN question_sets s ON s.id = st.set_id JOIN themes t ON t.id = s.theme_id
		WHERE ?1 = 0 OR t.course_id = ?1 ORDER BY st.set_id`, courseID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		sets = append(sets, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range sets {
		if err := db.tx(ctx, func(tx *sql.Tx) error { return rebuildSetStats(ctx, tx, id) }); err != nil {
			return fmt.Errorf("store: statistics of set %d: %w", id, err)
		}
	}
	return nil
}

// RebuildStatistics works out every set's kept statistics again from the
// responses: after `lectern demo` wrote responses directly, or to check
// the kept figures against a fresh count.
func (db *DB) RebuildStatistics(ctx context.Context) error {
	if err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "INSERT INTO stat_stale (set_id) SELECT id FROM question_sets WHERE true ON CONFLICT (set_id) DO NOTHING")
		return err
	}); err != nil {
		return fmt.Errorf("store: rebuild statistics: %w", err)
	}
	return db.refreshStats(ctx, 0)
}

// CourseStatistics returns the kept statistics of a course's questions
// (those not deleted) and sets, for first attempts or all: a few rows per
// question, whatever the number of responses. Sets marked stale are
// worked out again first.
func (db *DB) CourseStatistics(ctx context.Context, courseID int64, allAttempts bool) (*quiz.CourseSums, error) {
	if err := db.refreshStats(ctx, courseID); err != nil {
		return nil, err
	}
	scope := scopeFirst
	if allAttempts {
		scope = scopeAll
	}
	out := &quiz.CourseSums{Questions: map[int64]*quiz.QuestionSums{}, Sets: map[int64]*quiz.SetSums{}}
	q := func(id int64) *quiz.QuestionSums {
		s := out.Questions[id]
		if s == nil {
			s = &quiz.QuestionSums{QuestionID: id, Options: map[int64]map[int]int{}}
			out.Questions[id] = s
		}
		return s
	}
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		const ofCourse = "SELECT id FROM questions WHERE course_id = ?1 AND deleted_at IS NULL"
		err := each2(ctx, tx, `SELECT question_id, n, sx, sxx, sy, syy, sxy FROM stat_questions
			WHERE scope = ?2 AND n > 0 AND question_id IN (`+ofCourse+`)`, courseID, scope, func(rows *sql.Rows) error {
			var id int64
			var v quiz.QuestionSums
			if err := rows.Scan(&id, &v.N, &v.SX, &v.SXX, &v.SY, &v.SYY, &v.SXY); err != nil {
				return err
			}
			s := q(id)
			s.N, s.SX, s.SXX, s.SY, s.SYY, s.SXY = v.N, v.SX, v.SXX, v.SY, v.SYY, v.SXY
			return nil
		})
		if err != nil {
			return err
		}
		err = each2(ctx, tx, `SELECT question_id, kind, bucket, n FROM stat_question_buckets
			WHERE scope = ?2 AND n > 0 AND question_id IN (`+ofCourse+`) ORDER BY question_id, kind, bucket`, courseID, scope,
			func(rows *sql.Rows) error {
				var id, bucket int64
				var kind string
				var n int
				if err := rows.Scan(&id, &kind, &bucket, &n); err != nil {
					return err
				}
				s := q(id)
				switch kind {
				case "mark":
					s.Marks = append(s.Marks, quiz.Bucket{Value: float64(bucket) / markScale, N: n})
				case "rest":
					s.Rest = append(s.Rest, quiz.Bucket{Value: float64(bucket) / restScale, N: n})
				case "time":
					s.Times = append(s.Times, quiz.Bucket{Value: float64(bucket), N: n})
				}
				return nil
			})
		if err != nil {
			return err
		}
		err = each2(ctx, tx, `SELECT question_id, version_id, choice, n FROM stat_options
			WHERE scope = ?2 AND n > 0 AND question_id IN (`+ofCourse+`)`, courseID, scope, func(rows *sql.Rows) error {
			var id, version int64
			var choice, n int
			if err := rows.Scan(&id, &version, &choice, &n); err != nil {
				return err
			}
			s := q(id)
			if s.Options[version] == nil {
				s.Options[version] = map[int]int{}
			}
			s.Options[version][choice] = n
			return nil
		})
		if err != nil {
			return err
		}
		const setsOfCourse = "SELECT s.id FROM question_sets s JOIN themes t ON t.id = s.theme_id WHERE t.course_id = ?1"
		err = each2(ctx, tx, `SELECT set_id, n, st, stt, ss FROM stat_sets WHERE scope = ?2 AND n > 0 AND set_id IN (`+setsOfCourse+`)`,
			courseID, scope, func(rows *sql.Rows) error {
				s := &quiz.SetSums{}
				if err := rows.Scan(&s.SetID, &s.N, &s.ST, &s.STT, &s.SS); err != nil {
					return err
				}
				out.Sets[s.SetID] = s
				return nil
			})
		if err != nil {
			return err
		}
		return each2(ctx, tx, `SELECT set_id, bucket, n FROM stat_set_scores WHERE scope = ?2 AND n > 0 AND set_id IN (`+setsOfCourse+`)
			ORDER BY set_id, bucket`, courseID, scope, func(rows *sql.Rows) error {
			var id, bucket int64
			var n int
			if err := rows.Scan(&id, &bucket, &n); err != nil {
				return err
			}
			if s := out.Sets[id]; s != nil {
				s.Scores = append(s.Scores, quiz.Bucket{Value: float64(bucket) / scoreScale, N: n})
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: course statistics: %w", err)
	}
	// A question whose sums were subtracted to nothing has no responses.
	for id, s := range out.Questions {
		if s.N <= 0 {
			delete(out.Questions, id)
		}
	}
	return out, nil
}

// each2 runs a query with two arguments and calls fn for every row.
func each2(ctx context.Context, tx *sql.Tx, query string, a, b any, fn func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, query, a, b)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// questionSet is the set of a question, or 0.
func questionSet(ctx context.Context, tx *sql.Tx, questionID int64) int64 {
	var id int64
	tx.QueryRowContext(ctx, "SELECT set_id FROM questions WHERE id = ?", questionID).Scan(&id)
	return id
}
