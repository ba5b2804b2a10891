package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/lectern/lectern/internal/quiz"
	"time"
)

// openCard is the SQL condition that a card (aliased c) is in the deck of
// learner user now: a card not removed that is drawn from a live question
// of a published set, or written for the course or for a published set;
// and whose set, if it has one, lets its answers reach the learner's
// flashcards (see setOpen). user and cutoff are SQL expressions, usually
// parameters: the learner's id (0 for a visitor) and the time now less
// AnswerGrace. With user "" the condition holds for every learner: the
// cards open to all, with no attempt counted.
func openCard(user, cutoff string) string {
	return "(c.deleted_at IS NULL" +
		" AND (c.question_id IS NULL OR EXISTS (SELECT 1 FROM questions lq JOIN question_sets ls ON ls.id = lq.set_id" +
		" WHERE lq.id = c.question_id AND ls.status = 'published' AND lq.deleted_at IS NULL AND " + setOpen("ls", user, cutoff) + "))" +
		" AND (c.set_id IS NULL OR EXISTS (SELECT 1 FROM question_sets lcs WHERE lcs.id = c.set_id AND lcs.status = 'published'" +
		" AND " + setOpen("lcs", user, cutoff) + ")))"
}

// setOpen is the SQL condition that the questions (and written cards) of
// the question set aliased s may be among the learner's flashcards: the set
// is practice, or the instructor added the test's questions to learners'
// flashcards, or the learner has taken the test (testTaken). A card shows
// its answer and explanation, so a test's cards wait until then.
func setOpen(s, user, cutoff string) string {
	open := "(" + practiceOf(s) + " OR " + s + ".test_cards = 1"
	if user != "" {
		open += " OR " + testTaken(s, user, cutoff)
	}
	return open + ")"
}

// testTaken is the SQL condition that the learner has used every attempt a
// test allows and none of them is still running (unfinished, and within
// its time limit with grace: cutoff is now less AnswerGrace), and that the
// test's review shows the answers and explanations: the domain's rule
// quiz.SetSettings.CardsWhenTaken, in SQL (TestDeckFollowsCardsWhenTaken
// holds them together). A test without a limit on attempts is never used
// up: its cards wait for the instructor.
func testTaken(s, user, cutoff string) string {
	limit := "COALESCE(json_extract(" + s + ".settings, '$.max_attempts'), 0)"
	return "(" + limit + " > 0" +
		" AND COALESCE(json_extract(" + s + ".settings, '$.hide_answers'), 0) = 0" +
		" AND COALESCE(json_extract(" + s + ".settings, '$.hide_explanations'), 0) = 0" +
		" AND (SELECT COUNT(*) FROM attempts ta WHERE ta.user_id = " + user + " AND ta.set_id = " + s + ".id) >= " + limit +
		" AND NOT EXISTS (SELECT 1 FROM attempts ta WHERE ta.user_id = " + user + " AND ta.set_id = " + s + ".id" +
		" AND ta.finished_at IS NULL AND (ta.deadline IS NULL OR ta.deadline >= " + cutoff + ")))"
}

// cutoff is the time before which a test attempt's deadline, with grace,
// has passed.
func (db *DB) cutoff(now time.Time) string { return fmtTime(now.Add(-quiz.AnswerGrace)) }

// FindSettings returns a learner's settings, the defaults if never saved.
// They are kept with the learner until a write of their settings
// (settings_cache.go).
func (db *DB) FindSettings(ctx context.Context, userID int64) (quiz.StudySettings, error) {
	if s, ok := db.learners.getSettings(userID); ok {
		return s, nil
	}
	g := db.learners.settingsGeneration(userID)
	// Not cancellable: 4.4 µs of 8.7 saved a call (50 %, BenchmarkHotReads).
	ctx = context.WithoutCancel(ctx)
	s := quiz.DefaultStudySettings()
	st, err := db.prepared(ctx, "SELECT desired_retention, new_per_day, day_start_hour, time_zone FROM learner_settings WHERE user_id = ?")
	if err != nil {
		return s, fmt.Errorf("store: find settings: %w", err)
	}
	err = st.QueryRowContext(ctx, userID).Scan(&s.DesiredRetention, &s.NewPerDay, &s.DayStartHour, &s.TimeZone)
	if errors.Is(err, sql.ErrNoRows) {
		s, err = quiz.DefaultStudySettings(), nil
	}
	if err != nil {
		return s, fmt.Errorf("store: find settings: %w", err)
	}
	db.learners.putSettings(userID, g, s)
	return s, nil
}

// SaveSettings stores a learner's settings; the caller has validated them.
func (db *DB) SaveSettings(ctx context.Context, userID int64, s quiz.StudySettings) error {
	defer db.settingsChanged(userID)
	err := db.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO learner_settings (user_id, desired_retention, new_per_day, day_start_hour, time_zone, updated_at)
			VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET desired_retention = excluded.desired_retention,
			new_per_day = excluded.new_per_day, day_start_hour = excluded.day_start_hour, time_zone = excluded.time_zone,
			updated_at = excluded.updated_at`, userID, s.DesiredRetention, s.NewPerDay, s.DayStartHour, s.TimeZone, db.now())
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save settings: %w", err)
	}
	return nil
}

// DeckCounts returns, per theme of a course, how many cards are due now
// and how many are new; and how many new cards the learner has started
// since dayStart.
func (db *DB) DeckCounts(ctx context.Context, userID, courseID int64, now, dayStart time.Time) (map[int64]quiz.DeckCount, int, error) {
	// Not cancellable: 35 µs of 93 saved a call (37 %, BenchmarkHotReads).
	ctx = context.WithoutCancel(ctx)
	out := map[int64]quiz.DeckCount{}
	st, err := db.prepared(ctx, `SELECT c.theme_id, COUNT(*),
			COALESCE(SUM(s.card_id IS NOT NULL AND s.suspended = 0 AND s.due <= ?3), 0),
			COALESCE(SUM(s.card_id IS NULL), 0),
			COALESCE(SUM(s.leech = 1), 0)
		FROM cards c LEFT JOIN card_states s ON s.card_id = c.id AND s.user_id = ?1
		WHERE c.course_id = ?2 AND `+openCard("?1", "?4")+` GROUP BY c.theme_id`)
	if err != nil {
		return nil, 0, fmt.Errorf("store: deck counts: %w", err)
	}
	rows, err := st.QueryContext(ctx, userID, courseID, fmtTime(now), db.cutoff(now))
	if err != nil {
		return nil, 0, fmt.Errorf("store: deck counts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var d quiz.DeckCount
		if err := rows.Scan(&id, &d.Total, &d.Due, &d.New, &d.Leeches); err != nil {
			return nil, 0, fmt.Errorf("store: deck counts: %w", err)
		}
		out[id] = d
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: deck counts: %w", err)
	}
	var gen learnerGen
	if userID > 0 {
		gen = db.learners.generation(userID, db.gen.Load())
	}
	started, err := db.newStartedCached(ctx, db.read, userID, dayStart, gen, userID > 0)
	if err != nil {
		return nil, 0, err
	}
	return out, started, nil
}

// NewCardsStarted returns how many new cards the learner has started
// since dayStart: DeckCounts's second result, without counting the decks
// (the review page with no card left needs only this).
func (db *DB) NewCardsStarted(ctx context.Context, userID int64, dayStart time.Time) (int, error) {
	ctx = context.WithoutCancel(ctx)
	var gen learnerGen
	if userID > 0 {
		gen = db.learners.generation(userID, db.gen.Load())
	}
	return db.newStartedCached(ctx, db.read, userID, dayStart, gen, userID > 0)
}

type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// newStartedQuery counts a learner's (?1) new cards started since ?2; it
// reads the learner's first ratings only, through review_log_new
// (TestNewStartedPlan), not every review of the day.
const newStartedQuery = `SELECT COUNT(*) FROM review_log l
	WHERE l.user_id = ?1 AND l.state_before = 'new' AND l.undone_at IS NULL AND l.reviewed_at >= ?2
	AND NOT EXISTS (SELECT 1 FROM card_states s WHERE s.user_id = ?1 AND s.card_id = l.card_id AND s.missed = 1)`

// newStartedCached is newStartedSince, kept with the learner's record
// under gen when cache is set (see startedEntry).
func (db *DB) newStartedCached(ctx context.Context, q querier, userID int64, dayStart time.Time, gen learnerGen, cache bool) (int, error) {
	if cache {
		if n, ok := db.learners.getStarted(userID, dayStart, gen); ok {
			return n, nil
		}
	}
	n, err := db.newStartedSince(ctx, q, userID, dayStart)
	if err == nil && cache {
		db.learners.putStarted(userID, dayStart, gen, n)
	}
	return n, err
}

// newStartedSince counts the new cards a learner rated for the first time
// since t (undone ratings do not count, nor cards queued by a missed
// question: those come due, they are not taken from the new cards).
func (db *DB) newStartedSince(ctx context.Context, q querier, userID int64, t time.Time) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, newStartedQuery, userID, fmtTime(t)).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: new cards started: %w", err)
	}
	return n, nil
}

// NextCard returns the card to study next: the most overdue card due now,
// else a new card while the day's new-card limit allows, else nil. It also
// returns how many cards are due now and how many new ones remain today.
func (db *DB) NextCard(ctx context.Context, q quiz.NextCardQuery) (card *quiz.StudyCard, due, newLeft int, err error) {
	// Not cancellable: 119 µs of 1,081 saved a call (11 %, BenchmarkHotReads).
	ctx = context.WithoutCancel(ctx)
	// The counts, from the cache when the learner has not changed since.
	cache := q.UserID > 0
	// The content generation before the read transaction begins: a card's
	// body read in it is kept under it (cardBodies).
	content := db.gen.Load()
	var gen learnerGen
	var cached queueEntry
	var until time.Time // how long the card chosen may be kept
	counted := false
	if cache {
		gen = db.learners.generation(q.UserID, content)
		cached, counted = db.learners.getQueue(q.UserID, keyOf(q), gen, q.Now)
		if counted && q.CountOnly {
			return nil, cached.due, cached.newLeft, nil
		}
	}
	err = db.rtx(ctx, func(rtx *sql.Tx) error {
		tx := preparedTx{db, rtx}
		themeArg := any(nil)
		if q.ThemeID > 0 {
			themeArg = q.ThemeID
		}
		cutoff := db.cutoff(q.Now)
		if counted {
			due, newLeft, until = cached.due, cached.newLeft, cached.validUntil
			err := db.pickCard(ctx, tx, q, themeArg, cutoff, due, newLeft, content, &card)
			if !errors.Is(err, sql.ErrNoRows) {
				return err
			}
			// The counts promised a card that is not there: count afresh.
		}
		if err := tx.QueryRowContext(ctx, dueCountQuery, q.UserID, fmtTime(q.Now), q.CourseID, themeArg, cutoff).Scan(&due); err != nil {
			return err
		}
		started, err := db.newStartedCached(ctx, tx, q.UserID, q.DayStart, gen, cache)
		if err != nil {
			return err
		}
		// New cards left: the day's allowance, at most the unseen cards,
		// which are counted only up to the allowance (counting them all
		// costs a pass over the deck).
		newLeft = max(q.NewLimit-started, 0)
		if newLeft > 0 {
			var unseen int
			if err := tx.QueryRowContext(ctx, unseenCountQuery, q.CourseID, themeArg, q.UserID, cutoff, newLeft).Scan(&unseen); err != nil {
				return err
			}
			newLeft = min(newLeft, unseen)
		}
		if cache {
			until, err = db.queueValidUntil(ctx, tx, q.UserID, q.Now)
			if err != nil {
				return err
			}
			db.learners.putQueue(q.UserID, keyOf(q), gen, queueEntry{due: due, newLeft: newLeft, validUntil: until})
		}
		if q.CountOnly {
			return nil
		}
		return db.pickCard(ctx, tx, q, themeArg, cutoff, due, newLeft, content, &card)
	})
	if err != nil {
		return nil, 0, 0, fmt.Errorf("store: next card: %w", err)
	}
	if cache && card != nil {
		// The card's answer and its rating read it next.
		db.learners.putCard(q.UserID, gen, card, until)
	}
	return card, due, newLeft, nil
}

// pickNewCard is the next new card of a learner's deck (?3) in a course
// (?1), or of one theme (?2), at cutoff ?4.
// CROSS JOIN keeps the themes outside: left to itself, SQLite may start
// at the course's cards and sort them all.
var pickNewCard = keepPlan(`SELECT c.id FROM themes t CROSS JOIN cards c
	WHERE t.course_id = ?1 AND (?2 IS NULL OR t.id = ?2) AND c.theme_id = t.id AND c.course_id = ?1
	AND NOT EXISTS (SELECT 1 FROM card_states s WHERE s.card_id = c.id AND s.user_id = ?3)
	AND `+openCard("?3", "?4")+`
	ORDER BY t.position, c.question_id IS NOT NULL, c.id LIMIT 1`, "bigint", "bigint", "bigint", "text")

// dueCardQuery is the most overdue card due now (?2) in a learner's (?1)
// deck in a course (?3), or one theme of it (?4), at cutoff ?5, with the
// learner's state of it (cardStateColumns), read from the row the pick
// has found rather than by a query of its own.
var dueCardQuery = keepPlan(`SELECT s.card_id, `+cardStateColumns+` FROM card_states s JOIN cards c ON c.id = s.card_id
				WHERE s.user_id = ?1 AND s.suspended = 0 AND s.due <= ?2 AND c.course_id = ?3 AND (?4 IS NULL OR c.theme_id = ?4)
				AND `+openCard("?1", "?5")+` ORDER BY s.due, s.card_id LIMIT 1`, "bigint", "text", "bigint", "bigint", "text")

// dueCountQuery counts the cards dueCardQuery chooses from.
var dueCountQuery = keepPlan(`SELECT COUNT(*) FROM card_states s JOIN cards c ON c.id = s.card_id
			WHERE s.user_id = ?1 AND s.suspended = 0 AND s.due <= ?2 AND c.course_id = ?3 AND (?4 IS NULL OR c.theme_id = ?4) AND `+openCard("?1", "?5"),
	"bigint", "text", "bigint", "bigint", "text")

// unseenCountQuery counts, up to ?5, the cards of a course (?1), or one
// theme of it (?2), in a learner's (?3) deck at cutoff ?4 that the
// learner has never seen. LIMIT +?5, not LIMIT ?5: SQLite marks a bare
// parameter in LIMIT to re-prepare the statement whenever a new value is
// bound to it, which made this prepared statement parse again on nearly
// every call; the unary plus keeps the value out of the plan.
var unseenCountQuery = keepPlan(`SELECT COUNT(*) FROM (SELECT 1 FROM cards c
				WHERE c.course_id = ?1 AND (?2 IS NULL OR c.theme_id = ?2) AND `+openCard("?3", "?4")+`
				AND NOT EXISTS (SELECT 1 FROM card_states s WHERE s.card_id = c.id AND s.user_id = ?3) LIMIT +?5) unseen`,
	"bigint", "bigint", "bigint", "text", "bigint")

// pickCard chooses the card to study next, given the queue's counts: the
// most overdue card due now, else the next new card, else none.
func (db *DB) pickCard(ctx context.Context, tx preparedTx, q quiz.NextCardQuery, themeArg any, cutoff string, due, newLeft int, content int64, card **quiz.StudyCard) error {
	var id int64
	var err error
	// The pick knows the learner's state of the card it finds: a due card
	// comes with its row of card_states, and a new card has none (the
	// query wants none, in the same snapshot).
	var state *quiz.CardState
	if due > 0 {
		state = &quiz.CardState{}
		row := tx.QueryRowContext(ctx, dueCardQuery, q.UserID, fmtTime(q.Now), q.CourseID, themeArg, cutoff)
		err = scanCardState(row, state, &id)
	} else if newLeft > 0 {
		// New cards in course order: theme by theme, written cards
		// before those drawn from questions. The themes are walked in
		// order (themes_course_position) and each one's cards sorted, so
		// the walk stops at the first theme with a card to show: sorting
		// every card of the course first, each checked against the deck,
		// cost nine times as much (pickNewCardPlan).
		err = tx.QueryRowContext(ctx, pickNewCard, q.CourseID, themeArg, q.UserID, cutoff).Scan(&id)
	} else {
		return nil
	}
	if err != nil {
		return err
	}
	*card, err = db.cardWithState(ctx, tx, q.UserID, id, content, state)
	return err
}

// FindCard returns a card in the learner's deck (see openCard) with the
// learner's state of it; any other card, such as one of an unpublished set
// or of a test the learner has not taken, is not found.
func (db *DB) FindCard(ctx context.Context, userID, cardID int64) (*quiz.StudyCard, error) {
	// Not cancellable: 21 µs of 277 saved a call (7 %, BenchmarkHotReads).
	ctx = context.WithoutCancel(ctx)
	content := db.gen.Load()
	var gen learnerGen
	if userID > 0 {
		gen = db.learners.generation(userID, content)
		if c, ok := db.learners.getCard(userID, cardID, gen, db.Now()); ok {
			return c, nil
		}
	}
	var c *quiz.StudyCard
	err := db.rtx(ctx, func(rtx *sql.Tx) error {
		tx := preparedTx{db, rtx}
		var open int
		err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM cards c WHERE c.id = ?1 AND "+openCard("?2", "?3"),
			cardID, userID, db.cutoff(db.Now())).Scan(&open)
		if err != nil {
			return err
		}
		if open == 0 {
			return notFound("There is no such card.")
		}
		c, err = db.findCard(ctx, tx, userID, cardID, content)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: find card %d: %w", cardID, err)
	}
	if userID > 0 {
		db.learners.putCard(userID, gen, c, db.learners.queueUntil(userID, gen))
	}
	return c, nil
}

func (db *DB) findCard(ctx context.Context, tx querier, userID, cardID int64, content int64) (*quiz.StudyCard, error) {
	c, qid, err := db.cardBodyOf(ctx, tx, cardID, content)
	if err != nil {
		return nil, err
	}
	c.State, err = findCardState(ctx, tx, userID, cardID)
	if err != nil {
		return nil, err
	}
	return c, db.missedScore(ctx, tx, userID, c, qid)
}

// cardWithState is findCard for a card whose state the caller has read
// already (nil: the learner has none).
func (db *DB) cardWithState(ctx context.Context, tx querier, userID, cardID int64, content int64, state *quiz.CardState) (*quiz.StudyCard, error) {
	c, qid, err := db.cardBodyOf(ctx, tx, cardID, content)
	if err != nil {
		return nil, err
	}
	c.State = state
	return c, db.missedScore(ctx, tx, userID, c, qid)
}

// cardBodyOf is a card's body, from the cache when it was read under the
// content generation content; the card returned is the caller's own.
func (db *DB) cardBodyOf(ctx context.Context, tx querier, cardID int64, content int64) (*quiz.StudyCard, sql.NullInt64, error) {
	var c *quiz.StudyCard
	var qid sql.NullInt64
	if b, ok := db.cardBodies.Get(cardID); ok && b.content == content {
		cc := b.card
		c, qid = &cc, b.question
	} else {
		var err error
		if c, qid, err = db.readCardBody(ctx, tx, cardID); err != nil {
			return nil, qid, err
		}
		db.cardBodies.Add(cardID, cardBody{card: *c, question: qid, content: content})
	}
	return c, qid, nil
}

// missedScore adds to a card queued from a quiz how its question was
// answered: a partly right answer is not simply missed.
func (db *DB) missedScore(ctx context.Context, tx querier, userID int64, c *quiz.StudyCard, qid sql.NullInt64) error {
	if c.State == nil || !c.State.Missed || !qid.Valid {
		return nil
	}
	err := tx.QueryRowContext(ctx, "SELECT score FROM question_mastery WHERE user_id = ? AND question_id = ?", userID, qid.Int64).Scan(&c.State.MissedScore)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return err
}

// cardBody is what a card shows, without any learner's state of it, as
// read under a content generation (cardBodies).
type cardBody struct {
	card     quiz.StudyCard
	question sql.NullInt64
	content  int64
}

// readCardBody reads what a card shows: its row and, for a question's
// card, the question's current version.
func (db *DB) readCardBody(ctx context.Context, tx querier, cardID int64) (*quiz.StudyCard, sql.NullInt64, error) {
	c := &quiz.StudyCard{ID: cardID}
	var pars, tags, imgs string
	var qid sql.NullInt64
	err := tx.QueryRowContext(ctx, "SELECT uid, course_id, theme_id, front, back, paragraphs, question_id, tags, images FROM cards WHERE id = ?", cardID).
		Scan(&c.UID, &c.CourseID, &c.ThemeID, &c.Front, &c.Back, &pars, &qid, &tags, &imgs)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, qid, notFound("There is no such card.")
	}
	if err != nil {
		return nil, qid, err
	}
	if err := json.Unmarshal([]byte(pars), &c.Paragraphs); err != nil {
		return nil, qid, err
	}
	if c.Tags, err = readTags(tags); err != nil {
		return nil, qid, err
	}
	if c.Images, err = readImages(imgs); err != nil {
		return nil, qid, err
	}
	if qid.Valid {
		var vid int64
		if err := tx.QueryRowContext(ctx, `SELECT v.id FROM questions q JOIN question_versions v
			ON v.question_id = q.id AND v.version = q.current_version WHERE q.id = ?`, qid.Int64).Scan(&vid); err != nil {
			return nil, qid, err
		}
		q, err := db.questionVersion(vid, func() (body string, err error) {
			err = tx.QueryRowContext(ctx, "SELECT body FROM question_versions WHERE id = ?", vid).Scan(&body)
			return body, err
		})
		if err != nil {
			return nil, qid, err
		}
		c.Question = &q
		c.Paragraphs = q.Paragraphs
	}
	return c, qid, nil
}

func findCardState(ctx context.Context, tx querier, userID, cardID int64) (*quiz.CardState, error) {
	s := &quiz.CardState{}
	err := scanCardState(tx.QueryRowContext(ctx, `SELECT `+cardStateColumns+` FROM card_states s WHERE user_id = ? AND card_id = ?`, userID, cardID), s)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// cardStateColumns are the columns of card_states (aliased s) that
// scanCardState reads.
const cardStateColumns = `s.state, s.due, s.stability, s.difficulty, s.elapsed_days, s.scheduled_days, s.step, s.reps, s.lapses,
		s.last_review, s.leech, s.suspended, s.missed`

// scanCardState reads cardStateColumns into s, after the values of
// first, which come before them in the row.
func scanCardState(row *sql.Row, s *quiz.CardState, first ...any) error {
	var due string
	var last sql.NullString
	dest := append(first, &s.State, &due, &s.Stability, &s.Difficulty, &s.ElapsedDays, &s.ScheduledDays, &s.Step, &s.Reps, &s.Lapses,
		&last, &s.Leech, &s.Suspended, &s.Missed)
	if err := row.Scan(dest...); err != nil {
		return err
	}
	s.Due = parseTime(due)
	if last.Valid {
		s.LastReview = parseTime(last.String)
	}
	return nil
}

func putCardState(ctx context.Context, tx execer, userID, cardID int64, s *quiz.CardState, now string) error {
	st := putCardStateStmt(userID, cardID, s, now)
	_, err := tx.ExecContext(ctx, st.query, st.args...)
	return err
}

// putCardStateStmt is putCardState's statement, for a batch.
func putCardStateStmt(userID, cardID int64, s *quiz.CardState, now string) batchStmt {
	var last any
	if !s.LastReview.IsZero() {
		last = fmtTime(s.LastReview)
	}
	return batchStmt{`INSERT INTO card_states (user_id, card_id, state, due, stability, difficulty, elapsed_days,
			scheduled_days, step, reps, lapses, last_review, leech, suspended, added_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (user_id, card_id) DO UPDATE SET state = excluded.state, due = excluded.due, stability = excluded.stability,
			difficulty = excluded.difficulty, elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
			step = excluded.step, reps = excluded.reps, lapses = excluded.lapses, last_review = excluded.last_review,
			leech = excluded.leech, suspended = excluded.suspended`,
		[]any{userID, cardID, s.State, fmtTime(s.Due), s.Stability, s.Difficulty, s.ElapsedDays, s.ScheduledDays, s.Step,
			s.Reps, s.Lapses, last, s.Leech, s.Suspended, now}}
}

// RecordReview applies a rating: it checks that the card is in the state
// the learner rated (its review count unchanged, so a double submit applies
// once), stores the new state and logs the review with the old state, for
// undo. It reports whether it applied the rating.
func (db *DB) RecordReview(ctx context.Context, r quiz.Review) (bool, error) {
	snap := db.learners.snapshotStarted(r.UserID)
	applied := false
	rc := ratedCard{at: r.At, after: r.After, rating: r.Rating}
	notified := false
	var err error
	defer func() {
		if applied {
			db.learners.rated(r.UserID, snap, rc)
		} else {
			db.learners.rated(r.UserID, startedSnapshot{rec: snap.rec}, ratedCard{at: r.At})
		}
		if err != nil || !notified {
			db.publish(notifyLearner, r.UserID)
		}
	}()
	err = db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) (err error) {
		applied = false // run again after a failed group commit
		rc = ratedCard{at: r.At, after: r.After, rating: r.Rating}
		g := db.inGroup(tx)
		if lock, ok, notifies := db.lockLearner(r.UserID); ok {
			if _, err := db.execBatch(ctx, g, lock); err != nil {
				return err
			}
			notified = notifies
		}
		before, err := findCardState(ctx, g, r.UserID, r.CardID)
		if err != nil {
			return err
		}
		reps, stateBefore := 0, "new"
		if before != nil {
			reps, stateBefore = before.Reps, before.State
		}
		// A first rating counts among the day's new cards unless its
		// card was queued by a missed question (newStartedQuery).
		rc.first = stateBefore == "new" && (before == nil || !before.Missed)
		// What the queue counted it as (the counts' queries, NextCard).
		rc.unseen = before == nil
		rc.due = before != nil && !before.Suspended && !before.Due.After(r.At)
		if reps != r.ExpectReps {
			return nil
		}
		prev, err := json.Marshal(before)
		if err != nil {
			return err
		}
		now := db.now()
		// One round trip on PostgreSQL (execBatch).
		if _, err := db.execBatch(ctx, g, putCardStateStmt(r.UserID, r.CardID, &r.After, now),
			batchStmt{`INSERT INTO review_log (user_id, card_id, reviewed_at, rating, state_before, state_after,
				elapsed_days, scheduled_days, stability, difficulty, due, prev)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, []any{r.UserID, r.CardID, fmtTime(r.At), r.Rating, stateBefore, r.After.State,
				r.ElapsedDays, r.After.ScheduledDays, r.After.Stability, r.After.Difficulty, fmtTime(r.After.Due), prev}}); err != nil {
			return err
		}
		// The card's course comes back, for what the cache carries over
		// (rated), and its theme with it.
		if err := g.QueryRowContext(ctx, `INSERT INTO learner_courses (user_id, course_id, last_activity)
			SELECT ?, course_id, ? FROM cards WHERE id = ? ON CONFLICT (user_id, course_id) DO UPDATE SET `+laterActivity+`
			RETURNING course_id, (SELECT theme_id FROM cards WHERE id = ?)`,
			r.UserID, fmtTime(r.At), r.CardID, r.CardID).Scan(&rc.course, &rc.theme); err != nil {
			return err
		}
		applied = true
		return nil
	})
	if err != nil {
		applied = false
		return false, fmt.Errorf("store: record review: %w", err)
	}
	return applied, nil
}

// lastReviewQuery finds a learner's (?1) last rating not undone in a
// course (?2) of a card still open to them (?3 the cutoff of openCard).
var lastReviewQuery = `SELECT l.id, l.card_id, l.prev, l.rating FROM review_log l JOIN cards c ON c.id = l.card_id
	WHERE l.user_id = ?1 AND c.course_id = ?2 AND l.undone_at IS NULL AND ` + openCard("?1", "?3") + `
	ORDER BY l.reviewed_at DESC, l.id DESC LIMIT 1`

// UndoLastReview takes back the learner's latest rating of a card still in
// their deck in a course: the
// card returns to the state it had, and the log entry is marked undone. It
// returns the card's id and the rating taken back (1 again to 4 easy), or
// a not-found error when there is nothing to undo.
func (db *DB) UndoLastReview(ctx context.Context, userID, courseID int64) (int64, int, error) {
	defer db.learnerChanged(userID)
	var cardID int64
	var rating int
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var logID int64
		var prev string
		err := tx.QueryRowContext(ctx, lastReviewQuery, userID, courseID, db.cutoff(db.Now())).Scan(&logID, &cardID, &prev, &rating)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("There is no rating to undo.")
		}
		if err != nil {
			return err
		}
		var before *quiz.CardState
		if err := json.Unmarshal([]byte(prev), &before); err != nil {
			return err
		}
		if before == nil {
			if _, err := tx.ExecContext(ctx, "DELETE FROM card_states WHERE user_id = ? AND card_id = ?", userID, cardID); err != nil {
				return err
			}
		} else if err := putCardState(ctx, tx, userID, cardID, before, db.now()); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "UPDATE review_log SET undone_at = ? WHERE id = ?", db.now(), logID); err != nil {
			return err
		}
		// The rating no longer counts as the learner's latest activity.
		return refreshLearnerCourses(ctx, tx, userID)
	})
	if err != nil {
		return 0, 0, fmt.Errorf("store: undo review: %w", err)
	}
	return cardID, rating, nil
}

// canUndoQuery finds the rating (1 to 4) of a learner's (?1) last rating
// since ?2 of a card of a course (?3) still open to them (?4 the cutoff of
// openCard), not undone: the one UndoLastReview takes back (lastReviewQuery
// orders the same way, so a later one would be found here too).
var canUndoQuery = `SELECT l.rating, l.reviewed_at FROM review_log l JOIN cards c ON c.id = l.card_id
	WHERE l.user_id = ?1 AND l.reviewed_at >= ?2 AND c.course_id = ?3 AND l.undone_at IS NULL AND ` + openCard("?1", "?4") + `
	ORDER BY l.reviewed_at DESC, l.id DESC LIMIT 1`

// UndoableRating returns the rating (1 again to 4 easy) that
// UndoLastReview would take back, when it was made since a time: the
// learner's last rating, not taken back, of a card of the course still in
// their deck. It returns 0 when there is none since then.
func (db *DB) UndoableRating(ctx context.Context, userID, courseID int64, since time.Time) (int, error) {
	// Cached with the learner's queue (queue_cache.go): the review page
	// and the card's answer both ask, with nothing changed between.
	now := db.Now()
	gen := db.learners.generation(userID, db.gen.Load())
	k := undoKey{courseID, since.UnixNano()}
	if rating, hit := db.learners.getUndo(userID, k, gen, now); hit {
		return rating, nil
	}
	var rating int
	var at string
	// Prepared: parsed afresh, the statement was also parsed twice, SQLite
	// re-preparing it at its first step whenever a parameter compared by
	// equality is bound to 0 or 1 (as the first course's id is).
	st, err := db.prepared(ctx, canUndoQuery)
	if err == nil {
		err = st.QueryRowContext(ctx, userID, fmtTime(since), courseID, db.cutoff(now)).Scan(&rating, &at)
		if errors.Is(err, sql.ErrNoRows) {
			err = nil
		}
	}
	if err != nil {
		return 0, fmt.Errorf("store: can undo review: %w", err)
	}
	db.learners.putUndo(userID, k, gen, undoEntry{rating: rating, at: parseTime(at)}, db.learners.queueUntil(userID, gen))
	return rating, nil
}

// SetSuspended suspends or restores one of the learner's cards.
func (db *DB) SetSuspended(ctx context.Context, userID, cardID int64, suspended bool) error {
	defer db.learnerChanged(userID)
	err := db.tx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "That card is not in your queue.",
			"UPDATE card_states SET suspended = ? WHERE user_id = ? AND card_id = ?", suspended, userID, cardID)
	})
	if err != nil {
		return fmt.Errorf("store: suspend card: %w", err)
	}
	return nil
}

// Leeches returns the learner's leech cards in a course, among the cards
// in their deck.
func (db *DB) Leeches(ctx context.Context, userID, courseID int64) ([]*quiz.StudyCard, error) {
	// Not cancellable: 35 µs of 351 saved a call (10 %, BenchmarkHotReads).
	ctx = context.WithoutCancel(ctx)
	content := db.gen.Load()
	var out []*quiz.StudyCard
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := preparedTx{db, tx}.QueryContext(ctx, `SELECT s.card_id FROM card_states s JOIN cards c ON c.id = s.card_id
			WHERE s.user_id = ?1 AND c.course_id = ?2 AND s.leech = 1 AND `+openCard("?1", "?3")+`
			ORDER BY s.lapses DESC, c.id`, userID, courseID, db.cutoff(db.Now()))
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		for _, id := range ids {
			c, err := db.findCard(ctx, preparedTx{db, tx}, userID, id, content)
			if err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: leeches: %w", err)
	}
	return out, nil
}

// FindReviewStats returns the learner's reviews since a time and when the
// next card falls due.
func (db *DB) FindReviewStats(ctx context.Context, userID, courseID int64, since time.Time) (quiz.ReviewStats, error) {
	// Not cancellable: 103 µs of 408 saved a call (25 %, BenchmarkHotReads).
	ctx = context.WithoutCancel(ctx)
	var st quiz.ReviewStats
	var next sql.NullString
	// Read on every review page with no card left: prepared once.
	q, err := db.prepared(ctx, reviewStatsQuery)
	if err != nil {
		return st, fmt.Errorf("store: review stats: %w", err)
	}
	err = q.QueryRowContext(ctx, userID, courseID, fmtTime(since), db.cutoff(db.Now())).Scan(&st.Reviewed, &st.Recalled, &next)
	if err != nil {
		return st, fmt.Errorf("store: review stats: %w", err)
	}
	if next.Valid {
		st.NextDue = parseTime(next.String)
	}
	return st, nil
}

// reviewStatsQuery counts a learner's (?1) reviews in a course (?2) since
// ?3, and those recalled, in one pass over the day's reviews read from
// review_log_user alone (TestDroppedIndexesQueriesStillSearch), and finds the next due time
// of their open cards (?4: the cutoff of openCard).
var reviewStatsQuery = `SELECT COUNT(*), COALESCE(SUM(CASE WHEN l.rating > 1 THEN 1 ELSE 0 END), 0),
			(SELECT MIN(s.due) FROM card_states s JOIN cards c ON c.id = s.card_id
			 WHERE s.user_id = ?1 AND c.course_id = ?2 AND s.suspended = 0 AND ` + openCard("?1", "?4") + `)
			FROM review_log l JOIN cards c ON c.id = l.card_id
			WHERE l.user_id = ?1 AND c.course_id = ?2 AND l.reviewed_at >= ?3 AND l.undone_at IS NULL`

// queueMissedQuestion puts the card of a question the learner missed in a
// quiz into their queue, due now; a card already there is brought due now,
// its memory state kept. A card not in the learner's deck (see openCard),
// such as one of a test not yet taken, is left out.
func (db *DB) queueMissedQuestion(userID, questionID int64, now string) batchStmt {
	return batchStmt{`INSERT INTO card_states (user_id, card_id, state, due, added_at, missed)
		SELECT ?1, c.id, 'new', ?2, ?2, 1 FROM cards c WHERE c.question_id = ?3 AND ` + openCard("?1", "?4") + `
		ON CONFLICT (user_id, card_id) DO UPDATE SET due = MIN(card_states.due, excluded.due)`,
		[]any{userID, now, questionID, db.cutoff(db.Now())}}
}

// queueMissedInAttempt queues, as queueMissedQuestion does, the cards of
// every question missed in an attempt: at the end of a test, those of its
// questions that have just joined the learner's deck.
func (db *DB) queueMissedInAttempt(userID, attemptID int64, now string) batchStmt {
	return batchStmt{`INSERT INTO card_states (user_id, card_id, state, due, added_at, missed)
		SELECT ?1, c.id, 'new', ?2, ?2, 1 FROM cards c JOIN responses r ON r.question_id = c.question_id
		WHERE r.attempt_id = ?3 AND r.correct = 0 AND ` + openCard("?1", "?4") + `
		ON CONFLICT (user_id, card_id) DO UPDATE SET due = MIN(card_states.due, excluded.due)`,
		[]any{userID, now, attemptID, db.cutoff(db.Now())}}
}
