package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"slices"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// CreateAttempt builds and stores an attempt: it picks the questions
// (current versions of published questions), shuffles their order and each
// question's option order, and fixes both for the life of the attempt.
func (db *DB) CreateAttempt(ctx context.Context, na quiz.NewAttempt) (*quiz.Attempt, error) {
	defer db.learnerChanged(na.UserID)
	if na.Rand == nil {
		na.Rand = mrand.New(mrand.NewPCG(mrand.Uint64(), mrand.Uint64()))
	}
	publicID, err := randomID()
	if err != nil {
		return nil, err
	}
	var id int64
	// The attempt's shell, as attemptShell would read it back: built from
	// what the insert writes and kept once the insert has committed, so
	// that the quiz's first page reads none of it again.
	var shell *quiz.Attempt
	err = db.tx(ctx, func(wtx *sql.Tx) error {
		shell = nil
		// The statements prepared once on the write connection, which this
		// transaction holds (group_prepared.go): a quiz's start parsed its
		// questions' query and each item's insert anew, a third of its
		// time under load.
		tx := db.inGroup(wtx)
		if na.SetID > 0 {
			// The limit is checked in the transaction that inserts the
			// attempt, which holds SQLite's write lock from its start: two
			// starts at once cannot both see the last attempt free.
			if err := attemptsLeft(ctx, tx, na.UserID, na.SetID); err != nil {
				return err
			}
		}
		qs, err := db.pickQuestions(ctx, tx, na)
		if err != nil {
			return err
		}
		if len(qs) == 0 {
			return quiz.Errorf(quiz.EInvalid, "There are no questions to practise here yet.")
		}
		var theme, retry, set, deadline any
		if na.ThemeID > 0 {
			theme = na.ThemeID
		}
		if na.RetryOf > 0 {
			retry = na.RetryOf
		}
		if na.SetID > 0 {
			set = na.SetID
		}
		var deadlineAt time.Time
		if na.TimeLimit > 0 {
			d := fmtTime(db.Now().Add(na.TimeLimit))
			deadline, deadlineAt = d, parseTime(d)
		}
		started := db.now()
		res, err := tx.ExecContext(ctx, `INSERT INTO attempts (public_id, user_id, course_id, theme_id, mode, retry_of, set_id, deadline, started_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, publicID, na.UserID, na.CourseID, theme, na.Mode, retry, set, deadline, started)
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		// The learner's activity and the items: one round trip on
		// PostgreSQL (execBatch).
		batch := []batchStmt{noteActivity(na.UserID, na.CourseID, started)}
		na.Rand.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
		a := &quiz.Attempt{ID: id, PublicID: publicID, UserID: na.UserID, CourseID: na.CourseID, ThemeID: max(na.ThemeID, 0),
			Mode: na.Mode, RetryOf: max(na.RetryOf, 0), SetID: max(na.SetID, 0), Deadline: deadlineAt, StartedAt: parseTime(started),
			Items: make([]quiz.AttemptItem, len(qs))}
		for i, q := range qs {
			perm := optionOrder(q.Question, na.Rand)
			order, _ := json.Marshal(perm)
			batch = append(batch, batchStmt{`INSERT INTO attempt_items (attempt_id, idx, question_id, version_id, option_order)
				VALUES (?, ?, ?, ?, ?)`, []any{id, i, q.ID, q.VersionID, order}})
			a.Items[i] = quiz.AttemptItem{Idx: i, Question: q, Order: perm}
		}
		if _, err = db.execBatch(ctx, tx, batch...); err != nil {
			return err
		}
		shell = a
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: create attempt: %w", err)
	}
	db.shells.Add(publicID, shell)
	return db.FindAttempt(ctx, publicID)
}

// attemptsLeft returns a conflict error when the learner has used every
// attempt the set allows; any error reading the set or the attempts is
// returned too, so that no attempt is made without the check.
func attemptsLeft(ctx context.Context, tx querier, userID, setID int64) error {
	var max, used int
	err := tx.QueryRowContext(ctx, `SELECT COALESCE(json_extract(s.settings, '$.max_attempts'), 0),
			(SELECT COUNT(*) FROM attempts a WHERE a.user_id = ? AND a.set_id = s.id)
		FROM question_sets s WHERE s.id = ?`, userID, setID).Scan(&max, &used)
	if errors.Is(err, sql.ErrNoRows) {
		return notFound("There is no such question set.")
	}
	if err != nil {
		return err
	}
	if rules := (quiz.SetSettings{MaxAttempts: max}); rules.LimitsAttempts() && rules.AttemptsLeft(used) == 0 {
		return quiz.Errorf(quiz.EConflict, "You have used all %d attempts at this test.", max)
	}
	return nil
}

// optionOrder shuffles what the learner chooses from: options for choice
// questions (true/false keeps True before False), right items for matching.
func optionOrder(q quiz.Question, r *mrand.Rand) []int {
	var n int
	switch q.Type {
	case quiz.Single, quiz.Multiple:
		n = len(q.Options)
	case quiz.Matching:
		n = len(q.Pairs)
	case quiz.TrueFalse:
		return []int{0, 1}
	default:
		return []int{}
	}
	return r.Perm(n)
}

// practiceRules is the SQL condition that a question set s has practice
// rules (quiz.SetSettings.Practice): theme and mixed quizzes draw only
// from such sets; a set with test rules is taken on its own.
var practiceRules = practiceOf("s")

// practiceOf is practiceRules for the question set aliased alias.
func practiceOf(alias string) string {
	return "(COALESCE(json_extract(" + alias + ".settings, '$.feedback'), '') <> 'end'" +
		" AND COALESCE(json_extract(" + alias + ".settings, '$.time_limit'), 0) = 0" +
		" AND COALESCE(json_extract(" + alias + ".settings, '$.max_attempts'), 0) = 0)"
}

func (db *DB) pickQuestions(ctx context.Context, tx rowsQuerier, na quiz.NewAttempt) ([]quiz.StoredQuestion, error) {
	currentQuestions := db.currentVersions
	const published = "s.status = 'published' AND "
	practice := published + practiceRules + " AND "
	switch {
	case na.SetID > 0:
		qs, err := currentQuestions(ctx, tx, published+"s.id = ? AND q.course_id = ?", na.SetID, na.CourseID)
		if err != nil {
			return nil, err
		}
		if na.Pool > 0 && na.Pool < len(qs) {
			na.Rand.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
			qs = qs[:na.Pool]
		}
		return qs, nil
	case na.Mode == quiz.ModeTheme && na.Paragraph > 0:
		// A paragraph's practice quiz: the course's practice questions
		// that cite it, a few at most.
		all, err := currentQuestions(ctx, tx, practice+"q.course_id = ?", na.CourseID)
		if err != nil {
			return nil, err
		}
		var qs []quiz.StoredQuestion
		for _, q := range all {
			if slices.Contains(q.Paragraphs, na.Paragraph) {
				qs = append(qs, q)
			}
		}
		na.Rand.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
		return qs[:min(len(qs), quiz.ParagraphQuizSize)], nil
	case na.Mode == quiz.ModeTheme:
		return currentQuestions(ctx, tx, practice+"s.theme_id = ? AND q.course_id = ?", na.ThemeID, na.CourseID)
	case na.Mode == quiz.ModeMixed:
		all, err := currentQuestions(ctx, tx, practice+"q.course_id = ?", na.CourseID)
		if err != nil {
			return nil, err
		}
		return sampleAcrossThemes(all, na.MixedSize, na.Rand), nil
	case na.Mode == quiz.ModeRetry:
		// Only questions still in published practice sets: a retry shows
		// the feedback, which a draft or a test must not give away.
		return currentQuestions(ctx, tx, practice+`q.id IN (
			SELECT r.question_id FROM responses r JOIN attempts a ON a.id = r.attempt_id
			WHERE a.id = ? AND a.user_id = ? AND r.correct = 0)`, na.RetryOf, na.UserID)
	}
	return nil, quiz.Errorf(quiz.EInvalid, "unknown quiz mode %q", na.Mode)
}

// rowsQuerier is what a read inside a write transaction needs: the
// transaction itself, or its statements prepared on the write connection.
type rowsQuerier interface {
	querier
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// currentVersions is currentQuestions for a new attempt: the same
// questions in the same order, each decoded through the cache of question
// versions (a version never changes), so that a quiz's start decodes none
// of the bodies another start or a question page has decoded already: a
// mixed quiz reads every practice question of the course. The questions
// returned share their slices with the cache and must not be modified.
func (db *DB) currentVersions(ctx context.Context, tx rowsQuerier, where string, args ...any) ([]quiz.StoredQuestion, error) {
	rows, err := tx.QueryContext(ctx, `SELECT q.id, v.id, v.version, t.slug
		FROM questions q
		JOIN question_versions v ON v.question_id = q.id AND v.version = q.current_version
		JOIN question_sets s ON s.id = q.set_id
		JOIN themes t ON t.id = s.theme_id
		WHERE q.deleted_at IS NULL AND `+where+`
		ORDER BY t.position, s.position, s.id, q.position, q.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []quiz.StoredQuestion
	for rows.Next() {
		var sq quiz.StoredQuestion
		if err := rows.Scan(&sq.ID, &sq.VersionID, &sq.Version, &sq.Theme); err != nil {
			return nil, err
		}
		out = append(out, sq)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Closed before the bodies are read: PostgreSQL runs one statement
	// at a time on a transaction's connection.
	rows.Close()
	for i := range out {
		sq := &out[i]
		q, err := db.questionVersion(sq.VersionID, func() (body string, err error) {
			err = tx.QueryRowContext(ctx, "SELECT body FROM question_versions WHERE id = ?", sq.VersionID).Scan(&body)
			return body, err
		})
		if err != nil {
			return nil, fmt.Errorf("question %d version %d: %w", sq.ID, sq.Version, err)
		}
		sq.Question = q
		sq.Question.Theme = sq.Theme
	}
	return out, nil
}

// sampleAcrossThemes takes up to size questions, one theme at a time in
// turn, so that a mixed quiz touches every theme before repeating one.
func sampleAcrossThemes(qs []quiz.StoredQuestion, size int, r *mrand.Rand) []quiz.StoredQuestion {
	if size <= 0 || size >= len(qs) {
		return qs
	}
	var order []string
	byTheme := map[string][]quiz.StoredQuestion{}
	for _, q := range qs {
		if _, ok := byTheme[q.Theme]; !ok {
			order = append(order, q.Theme)
		}
		byTheme[q.Theme] = append(byTheme[q.Theme], q)
	}
	for _, t := range order {
		b := byTheme[t]
		r.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
	}
	r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	var out []quiz.StoredQuestion
	for round := 0; len(out) < size; round++ {
		took := false
		for _, t := range order {
			if round < len(byTheme[t]) && len(out) < size {
				out = append(out, byTheme[t][round])
				took = true
			}
		}
		if !took {
			break
		}
	}
	return out
}

// FindAttempt returns an attempt with its items and responses. What never
// changes after creation (the header, the items, their versions and
// orders) is cached; the responses are kept with the learner, carried
// over each answer and dropped at any other write of theirs
// (attempt_answers.go).
func (db *DB) FindAttempt(ctx context.Context, publicID string) (*quiz.Attempt, error) {
	// Not cancellable: 8.6 µs of 159 saved a call (5 %, BenchmarkHotReads).
	ctx = context.WithoutCancel(ctx)
	shell, err := db.attemptShell(ctx, publicID)
	if err != nil {
		return nil, fmt.Errorf("store: find attempt: %w", err)
	}
	g := db.learners.generation(shell.UserID, 0)
	if ans, ok := db.learners.answers(shell.UserID, shell.ID, g); ok {
		return withAnswers(shell, ans), nil
	}
	st, err := db.prepared(ctx, "SELECT idx, answer, correct, score, answered_at FROM responses WHERE attempt_id = ?")
	if err != nil {
		return nil, fmt.Errorf("store: find attempt: %w", err)
	}
	rows, err := st.QueryContext(ctx, shell.ID)
	if err != nil {
		return nil, fmt.Errorf("store: find attempt: %w", err)
	}
	defer rows.Close()
	ans := make(attemptAnswers, len(shell.Items))
	for rows.Next() {
		var idx int
		var answer, at string
		resp := &quiz.Response{}
		if err := rows.Scan(&idx, &answer, &resp.Correct, &resp.Score, &at); err != nil {
			return nil, fmt.Errorf("store: find attempt: %w", err)
		}
		if err := json.Unmarshal([]byte(answer), &resp.Answer); err != nil {
			return nil, fmt.Errorf("store: find attempt: %w", err)
		}
		resp.AnsweredAt = parseTime(at)
		if idx >= 0 && idx < len(ans) {
			ans[idx] = resp
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: find attempt: %w", err)
	}
	db.learners.putAnswers(shell.UserID, shell.ID, g, ans)
	return withAnswers(shell, ans), nil
}

// attemptShell returns an attempt without its responses, from the cache or
// the database.
func (db *DB) attemptShell(ctx context.Context, publicID string) (*quiz.Attempt, error) {
	if a, ok := db.shells.Get(publicID); ok {
		return a, nil
	}
	a := &quiz.Attempt{}
	err := db.rtx(ctx, func(rtx *sql.Tx) error {
		// Every quiz's first page reads its shell: through statements
		// prepared once, not parsed anew.
		tx := preparedTx{db, rtx}
		var theme, retry, set sql.NullInt64
		var started string
		var deadline sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT id, public_id, user_id, course_id, theme_id, mode, retry_of, set_id, deadline, started_at
			FROM attempts WHERE public_id = ?`, publicID).
			Scan(&a.ID, &a.PublicID, &a.UserID, &a.CourseID, &theme, &a.Mode, &retry, &set, &deadline, &started)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no such quiz attempt.")
		}
		if err != nil {
			return err
		}
		a.ThemeID, a.RetryOf, a.SetID = theme.Int64, retry.Int64, set.Int64
		if deadline.Valid {
			a.Deadline = parseTime(deadline.String)
		}
		a.StartedAt = parseTime(started)
		rows, err := tx.QueryContext(ctx, `SELECT i.idx, i.option_order, q.id, v.id, v.version, t.slug
			FROM attempt_items i
			JOIN questions q ON q.id = i.question_id
			JOIN question_versions v ON v.id = i.version_id
			JOIN question_sets s ON s.id = q.set_id
			JOIN themes t ON t.id = s.theme_id
			WHERE i.attempt_id = ? ORDER BY i.idx`, a.ID)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var it quiz.AttemptItem
			var order string
			if err := rows.Scan(&it.Idx, &order, &it.Question.ID, &it.Question.VersionID, &it.Question.Version, &it.Question.Theme); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(order), &it.Order); err != nil {
				return err
			}
			a.Items = append(a.Items, it)
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		for i := range a.Items {
			it := &a.Items[i]
			vid := it.Question.VersionID
			q, err := db.questionVersion(vid, func() (body string, err error) {
				err = tx.QueryRowContext(ctx, "SELECT body FROM question_versions WHERE id = ?", vid).Scan(&body)
				return body, err
			})
			if err != nil {
				return err
			}
			it.Question.Question = q
			it.Question.Question.Theme = it.Question.Theme
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	db.shells.Add(publicID, a)
	return a, nil
}

// RecordResponse stores the answer to item idx of an attempt and marks the
// attempt finished when it was the last one. A response is written once: a
// second submission for the same item changes nothing and returns the first,
// with recorded false.
func (db *DB) RecordResponse(ctx context.Context, a *quiz.Attempt, idx int, ans quiz.Answer, res quiz.Result) (resp *quiz.Response, recorded bool, err error) {
	// Once committed, the attempt's responses kept for the learner carry
	// the stored response; on failure they are dropped (resp nil). Other
	// servers sharing the database drop the learner's state.
	notified := false
	defer func() {
		if err != nil {
			resp = nil
		}
		db.learners.answered(a.UserID, a.ID, idx, resp)
		if err != nil || !notified {
			db.publish(notifyLearner, a.UserID)
		}
	}()
	if idx < 0 || idx >= len(a.Items) {
		return nil, false, quiz.Errorf(quiz.EInvalid, "That question is not part of this quiz.")
	}
	it := a.Items[idx]
	body, err := json.Marshal(ans)
	if err != nil {
		return nil, false, err
	}
	now := db.now()
	err = db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
		g := db.inGroup(tx)
		// On PostgreSQL the statements go in three batches, a round trip
		// each (execBatch): the learner's lock and the response; the
		// mastery and the attempt's finish; the cards and the summary.
		var batch []batchStmt
		lock, ok, notifies := db.lockLearner(a.UserID)
		if ok {
			batch = append(batch, lock)
		}
		batch = append(batch, batchStmt{`INSERT INTO responses (attempt_id, idx, user_id, question_id, version_id, answer, correct, score, answered_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, idx) DO NOTHING`,
			[]any{a.ID, idx, a.UserID, it.Question.ID, it.Question.VersionID, body, res.Correct, res.Score, now}})
		n, err := db.execBatch(ctx, g, batch...)
		if err != nil {
			return err
		}
		notified = notifies
		recorded = n == 1
		if recorded {
			finished, err := db.execBatch(ctx, g, batchStmt{`INSERT INTO question_mastery (user_id, question_id, correct, score, answered_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_id, question_id) DO UPDATE
				SET correct = excluded.correct, score = excluded.score, answered_at = excluded.answered_at
				WHERE excluded.answered_at >= question_mastery.answered_at`,
				[]any{a.UserID, it.Question.ID, res.Correct, res.Score, now}},
				batchStmt{`UPDATE attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL
				AND (SELECT COUNT(*) FROM responses WHERE attempt_id = ?) = (SELECT COUNT(*) FROM attempt_items WHERE attempt_id = ?)`,
					[]any{now, a.ID, a.ID, a.ID}})
			if err != nil {
				return err
			}
			batch = batch[:0]
			// A missed question comes back as a card, once its card is in
			// the learner's deck: a test's only when the learner has taken
			// it, so at the end of the last attempt for its misses.
			if !res.Correct {
				batch = append(batch, db.queueMissedQuestion(a.UserID, it.Question.ID, now))
			}
			if finished == 1 && a.SetID > 0 {
				batch = append(batch, db.queueMissedInAttempt(a.UserID, a.ID, now))
			}
			// The learner's summary, and the item statistics, count an
			// attempt once it is finished.
			if finished == 1 {
				batch = append(batch, noteFinish(a.ID))
			} else {
				batch = append(batch, noteActivity(a.UserID, a.CourseID, now))
			}
			if _, err := db.execBatch(ctx, g, batch...); err != nil {
				return err
			}
			if finished == 1 {
				if err := statFinishAttempt(ctx, tx, g, a.ID); err != nil {
					return err
				}
			}
		}
		resp = &quiz.Response{}
		if recorded {
			// What was just stored, without reading it back.
			resp.Correct, resp.Score, resp.AnsweredAt = res.Correct, res.Score, parseTime(now)
			return json.Unmarshal(body, &resp.Answer)
		}
		var answer, at string
		if err := g.QueryRowContext(ctx, "SELECT answer, correct, score, answered_at FROM responses WHERE attempt_id = ? AND idx = ?", a.ID, idx).
			Scan(&answer, &resp.Correct, &resp.Score, &at); err != nil {
			return err
		}
		resp.AnsweredAt = parseTime(at)
		return json.Unmarshal([]byte(answer), &resp.Answer)
	})
	if err != nil {
		return nil, false, fmt.Errorf("store: record response: %w", err)
	}
	return resp, recorded, nil
}

// ThemeProgress returns a learner's progress on each theme of a course,
// keyed by theme id: mastered questions are those whose latest answer was
// right.
func (db *DB) ThemeProgress(ctx context.Context, userID, courseID int64) (map[int64]quiz.Progress, error) {
	st, err := db.FindLearnerState(ctx, userID, courseID, db.Now())
	if err != nil {
		return nil, err
	}
	return st.Progress, nil
}

func randomID() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// FindLearnerState reads a learner's progress and unfinished attempts on a
// course in one statement: the course page needs both on every view.
//
// The result is cached until the learner changes anything, the course
// content changes, or the next card falls due, whichever comes first. It is
// shared: do not modify it.
func (db *DB) FindLearnerState(ctx context.Context, userID, courseID int64, now time.Time) (*quiz.LearnerState, error) {
	gen := db.learners.generation(userID, db.gen.Load())
	if st, ok := db.learners.get(userID, courseID, gen, now); ok {
		return st, nil
	}
	st, validUntil, err := db.findLearnerState(ctx, userID, courseID, now)
	if err != nil {
		return nil, err
	}
	db.learners.put(userID, courseID, gen, st, validUntil)
	return st, nil
}

// learnerStateRows reads what the course page needs of a learner in one
// statement, a row per fact, its first column saying which: 0 the latest
// answer to a question (mastery), 1 an unfinished attempt (the newest
// three), 2 the cards due now per theme, 3 when the next card falls due,
// 4 the cards in the learner's deck per theme (learnerStateQuery only),
// 5 when the first running test attempt's time runs out. Parameters: ?1
// the learner, ?2 the course, ?3 now, ?4 the cutoff of running test
// attempts (see DB.cutoff).
var learnerStateRows = `SELECT 0, '', question_id, score, '', '', 0, 0, ''
			FROM question_mastery WHERE user_id = ?1
		UNION ALL
		SELECT * FROM (SELECT 1, a.public_id, COALESCE(a.theme_id, 0), 0, a.mode, a.started_at,
			(SELECT COUNT(*) FROM attempt_items i WHERE i.attempt_id = a.id),
			(SELECT COUNT(*) FROM responses r WHERE r.attempt_id = a.id),
			COALESCE((SELECT qs.title FROM question_sets qs WHERE qs.id = a.set_id), '')
			FROM attempts a WHERE a.user_id = ?1 AND a.course_id = ?2 AND a.finished_at IS NULL
			-- an attempt left behind when a later one of the same quiz was
			-- finished is not one to come back to
			AND NOT EXISTS (SELECT 1 FROM attempts b WHERE b.user_id = a.user_id AND b.course_id = a.course_id
				AND b.finished_at IS NOT NULL AND b.mode = a.mode
				AND COALESCE(b.set_id, 0) = COALESCE(a.set_id, 0) AND COALESCE(b.theme_id, 0) = COALESCE(a.theme_id, 0)
				AND (b.started_at > a.started_at OR (b.started_at = a.started_at AND b.id > a.id)))
			ORDER BY a.started_at DESC, a.id DESC LIMIT 3) unfinished
		UNION ALL
		SELECT 2, '', c.theme_id, 0, '', '', COUNT(*), 0, ''
			FROM card_states s JOIN cards c ON c.id = s.card_id
			WHERE s.user_id = ?1 AND c.course_id = ?2 AND s.suspended = 0 AND s.due <= ?3 AND ` + openCard("?1", "?4") + `
			GROUP BY c.theme_id
		UNION ALL
		SELECT 3, COALESCE(MIN(s.due), ''), 0, 0, '', '', 0, 0, ''
			FROM card_states s WHERE s.user_id = ?1 AND s.suspended = 0 AND s.due > ?3
		UNION ALL
		SELECT 5, COALESCE(MIN(a.deadline), ''), 0, 0, '', '', 0, 0, ''
			FROM attempts a WHERE a.user_id = ?1 AND a.set_id IS NOT NULL AND a.finished_at IS NULL AND a.deadline >= ?4`

// learnerStateQuery is learnerStateRows with the learner's deck counted
// per theme (4), for a course whose decks differ by learner.
var learnerStateQuery = keepPlan(learnerStateRows+`
		UNION ALL
		SELECT 4, '', c.theme_id, 0, '', '', COUNT(*), 0, ''
			FROM cards c WHERE c.course_id = ?2 AND `+openCard("?1", "?4")+`
			GROUP BY c.theme_id`,
	"bigint", "bigint", "text", "text")

// learnerStateShared is learnerStateRows for a course where every
// learner's deck is the same: its counts come with the course's themes
// (StoredTheme.Cards), and counting them again was half the statement's
// work on the course page (docs/benchmarks.md).
var learnerStateShared = keepPlan(learnerStateRows, "bigint", "bigint", "text", "text")

func (db *DB) findLearnerState(ctx context.Context, userID, courseID int64, now time.Time) (*quiz.LearnerState, time.Time, error) {
	// Not cancellable: 15 µs of 59 saved a call (26 %, BenchmarkHotReads).
	ctx = context.WithoutCancel(ctx)
	snap, err := db.snapshot(ctx)
	if err != nil {
		return nil, time.Time{}, err
	}
	c, ok := snap.byID[courseID]
	if !ok {
		return nil, time.Time{}, notFound("There is no such course.")
	}
	st := &quiz.LearnerState{Progress: make(map[int64]quiz.Progress, len(c.Themes)), CardsDue: map[int64]int{}, Cards: map[int64]int{}}
	for _, t := range c.Themes {
		st.Progress[t.ID] = quiz.Progress{Total: t.Questions}
	}
	query := learnerStateQuery
	if !snap.testDecks[courseID] {
		query = learnerStateShared
		for _, t := range c.Themes {
			if t.Cards > 0 {
				st.Cards[t.ID] = t.Cards
			}
		}
	}
	q, err := db.prepared(ctx, query)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("store: learner state: %w", err)
	}
	rows, err := q.QueryContext(ctx, userID, courseID, fmtTime(now), db.cutoff(now))
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("store: learner state: %w", err)
	}
	defer rows.Close()
	// Until the next card falls due, nothing here changes by itself.
	validUntil := now.Add(time.Hour)
	var testEnds time.Time
	for rows.Next() {
		var kind, items, answered int
		var publicID, mode, started, setTitle string
		var id int64
		var score float64
		if err := rows.Scan(&kind, &publicID, &id, &score, &mode, &started, &items, &answered, &setTitle); err != nil {
			return nil, time.Time{}, fmt.Errorf("store: learner state: %w", err)
		}
		switch kind {
		case 1:
			st.Open = append(st.Open, quiz.AttemptSummary{PublicID: publicID, ThemeID: id, Mode: mode,
				StartedAt: parseTime(started), Items: items, Answered: answered, SetTitle: setTitle})
			continue
		case 2:
			st.CardsDue[id] = items
			continue
		case 3:
			if publicID != "" {
				validUntil = parseTime(publicID)
			}
			continue
		case 4:
			st.Cards[id] = items
			continue
		case 5:
			// When a running test attempt's time runs out, a test may
			// have been taken, and its cards join the deck.
			if publicID != "" {
				testEnds = parseTime(publicID).Add(quiz.AnswerGrace)
			}
			continue
		}
		// Only questions that learners can see now, in this course, count.
		tid, live := snap.published[id]
		p, inCourse := st.Progress[tid]
		if !live || !inCourse {
			continue
		}
		p.Answered++
		p.Score += score
		if quiz.Full(score) {
			p.Mastered++
		}
		st.Progress[tid] = p
	}
	if err := rows.Err(); err != nil {
		return nil, time.Time{}, fmt.Errorf("store: learner state: %w", err)
	}
	if !testEnds.IsZero() && testEnds.Before(validUntil) {
		validUntil = testEnds.Add(time.Nanosecond)
	}
	return st, validUntil, nil
}
