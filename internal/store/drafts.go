package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// ReplaceDrafts stores freshly generated drafts for the given themes of a
// course, in one transaction: the themes' pending drafts are dropped and
// the new ones stored pending. Accepted and rejected drafts stay (with the
// text as generated; an accepted item lives on in its set or deck), so that
// the instructor's decisions survive generating a theme again. Each draft
// names its theme by ThemeID.
func (db *DB) ReplaceDrafts(ctx context.Context, courseID int64, themeIDs []int64, drafts []quiz.Draft) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		themes := map[int64]bool{}
		for _, id := range themeIDs {
			var n int
			if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM themes WHERE id = ? AND course_id = ?", id, courseID).Scan(&n); err != nil {
				return err
			}
			if n == 0 {
				return notFound("There is no such theme in this course.")
			}
			themes[id] = true
			if _, err := tx.ExecContext(ctx, "DELETE FROM drafts WHERE theme_id = ? AND status = 'pending'", id); err != nil {
				return err
			}
		}
		now := db.now()
		for _, d := range drafts {
			if !themes[d.ThemeID] {
				return quiz.Errorf(quiz.EInvalid, "A draft belongs to a theme that was not generated.")
			}
			kind, body, err := draftBody(d)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO drafts (course_id, theme_id, kind, body, paragraph, sentence, sentence_start, sentence_end,
				answer, rule, score, held, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				courseID, d.ThemeID, kind, body, d.Paragraph, d.Sentence, d.SentenceStart, d.SentenceEnd, d.Answer, d.Rule, d.Score, d.Held, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: save drafts: %w", err)
	}
	return nil
}

func draftBody(d quiz.Draft) (string, []byte, error) {
	switch {
	case d.Question != nil && d.Card == nil:
		b, err := json.Marshal(d.Question)
		return "question", b, err
	case d.Card != nil && d.Question == nil:
		b, err := json.Marshal(d.Card)
		return "card", b, err
	}
	return "", nil, quiz.Errorf(quiz.EInvalid, "A draft must be one question or one card.")
}

const draftColumns = `id, course_id, theme_id, kind, body, paragraph, sentence, sentence_start, sentence_end, answer, rule, score,
	status, held, edited, COALESCE(question_id, 0), COALESCE(card_id, 0), created_at`

func scanDraft(sc interface{ Scan(...any) error }) (*quiz.Draft, error) {
	var d quiz.Draft
	var kind, body, created string
	if err := sc.Scan(&d.ID, &d.CourseID, &d.ThemeID, &kind, &body, &d.Paragraph, &d.Sentence, &d.SentenceStart, &d.SentenceEnd,
		&d.Answer, &d.Rule, &d.Score, &d.Status, &d.Held, &d.Edited, &d.QuestionID, &d.CardID, &created); err != nil {
		return nil, err
	}
	d.CreatedAt = parseTime(created)
	if kind == "card" {
		d.Card = &quiz.Card{}
		if err := json.Unmarshal([]byte(body), d.Card); err != nil {
			return nil, err
		}
	} else {
		d.Question = &quiz.Question{}
		if err := json.Unmarshal([]byte(body), d.Question); err != nil {
			return nil, err
		}
	}
	return &d, nil
}

// ListDrafts returns a theme's drafts with the given status (all when
// status is empty), the held-back ones included: questions first, then
// cards, best score first.
func (db *DB) ListDrafts(ctx context.Context, themeID int64, status string) ([]quiz.Draft, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT `+draftColumns+` FROM drafts
		WHERE theme_id = ? AND (? = '' OR status = ?) ORDER BY kind DESC, score DESC, id`, themeID, status, status)
	if err != nil {
		return nil, fmt.Errorf("store: list drafts: %w", err)
	}
	defer rows.Close()
	var out []quiz.Draft
	for rows.Next() {
		d, err := scanDraft(rows)
		if err != nil {
			return nil, fmt.Errorf("store: list drafts: %w", err)
		}
		out = append(out, *d)
	}
	return out, rows.Err()
}

// FindDraft returns one draft.
func (db *DB) FindDraft(ctx context.Context, id int64) (*quiz.Draft, error) {
	d, err := findDraft(ctx, db.read, id)
	if err != nil {
		return nil, fmt.Errorf("store: find draft %d: %w", id, err)
	}
	return d, nil
}

func findDraft(ctx context.Context, q querier, id int64) (*quiz.Draft, error) {
	d, err := scanDraft(q.QueryRowContext(ctx, `SELECT `+draftColumns+` FROM drafts WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("There is no such draft.")
	}
	return d, err
}

// DraftCounts tallies a course's drafts per theme id.
func (db *DB) DraftCounts(ctx context.Context, courseID int64) (map[int64]quiz.DraftCount, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT theme_id, status, held, COUNT(*) FROM drafts WHERE course_id = ? GROUP BY theme_id, status, held`, courseID)
	if err != nil {
		return nil, fmt.Errorf("store: count drafts: %w", err)
	}
	defer rows.Close()
	out := map[int64]quiz.DraftCount{}
	for rows.Next() {
		var id int64
		var status string
		var held bool
		var n int
		if err := rows.Scan(&id, &status, &held, &n); err != nil {
			return nil, fmt.Errorf("store: count drafts: %w", err)
		}
		c := out[id]
		switch {
		case status == quiz.DraftPending && held:
			c.Held += n
		case status == quiz.DraftPending:
			c.Pending += n
		case status == quiz.DraftAccepted:
			c.Accepted += n
		case status == quiz.DraftRejected:
			c.Rejected += n
		}
		out[id] = c
	}
	return out, rows.Err()
}

// MoreDrafts brings the n best drafts held back of a theme into its
// review queue, and returns how many it brought.
func (db *DB) MoreDrafts(ctx context.Context, themeID int64, n int) (int, error) {
	var k int64
	err := db.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE drafts SET held = 0 WHERE id IN (SELECT id FROM drafts
			WHERE theme_id = ? AND status = 'pending' AND held = 1 ORDER BY score DESC, id LIMIT ?)`, themeID, n)
		if err != nil {
			return err
		}
		k, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: more drafts: %w", err)
	}
	return int(k), nil
}

// DraftsSet returns the set a theme's accepted drafts go to, or 0 when
// none has been accepted yet (or the set was deleted).
func (db *DB) DraftsSet(ctx context.Context, themeID int64) (int64, error) {
	var id sql.NullInt64
	err := db.read.QueryRowContext(ctx, "SELECT drafts_set_id FROM themes WHERE id = ?", themeID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, notFound("There is no such theme.")
	}
	if err != nil {
		return 0, fmt.Errorf("store: drafts set: %w", err)
	}
	return id.Int64, nil
}

// AcceptDrafts accepts pending drafts as they are: each question joins its
// theme's set of reviewed drafts, each card the theme's deck. That set is
// chosen on first use: the theme's first published set that never held a
// question (a new course has one per theme), else a new published set
// named after the theme ("More questions: …" when a set has that name).
// Drafts no longer pending are left as they are, so a repeated request
// changes nothing. Every draft must be of the theme given, else nothing is
// accepted. It is all or nothing.
func (db *DB) AcceptDrafts(ctx context.Context, themeID int64, ids []int64, userID int64) (quiz.AcceptedDrafts, error) {
	var out quiz.AcceptedDrafts
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		for _, id := range ids {
			d, err := findDraft(ctx, tx, id)
			if err != nil {
				return err
			}
			if d.ThemeID != themeID {
				return errOtherTheme
			}
			if d.Status != quiz.DraftPending {
				continue
			}
			setID, err := db.acceptDraft(ctx, tx, d, userID, false)
			if err != nil {
				return err
			}
			if d.Card != nil {
				out.Cards++
			} else {
				out.Questions++
				out.SetID = setID
			}
		}
		return nil
	})
	if err != nil {
		return quiz.AcceptedDrafts{}, fmt.Errorf("store: accept drafts: %w", err)
	}
	return out, nil
}

// AcceptEditedDraft accepts a pending draft with the instructor's edit:
// q for a question draft, card for a card draft. It returns the set the
// question went to (0 for a card).
func (db *DB) AcceptEditedDraft(ctx context.Context, id int64, q *quiz.Question, card *quiz.Card, userID int64) (int64, error) {
	var setID int64
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		d, err := findDraft(ctx, tx, id)
		if err != nil {
			return err
		}
		if d.Status != quiz.DraftPending {
			return quiz.Errorf(quiz.EConflict, "This draft was already %s.", d.Status)
		}
		switch {
		case d.Question != nil && q != nil:
			if ps := quiz.ValidateQuestion(*q); len(ps) > 0 {
				return quiz.Errorf(quiz.EInvalid, "%s", ps[0].String())
			}
			q.ID = d.Question.ID
			d.Question = q
		case d.Card != nil && card != nil:
			if strings.TrimSpace(card.Front) == "" || strings.TrimSpace(card.Back) == "" {
				return quiz.Errorf(quiz.EInvalid, "A flashcard needs a front and a back.")
			}
			card.ID = d.Card.ID
			d.Card = card
		default:
			return quiz.Errorf(quiz.EInvalid, "The edit does not match the draft.")
		}
		setID, err = db.acceptDraft(ctx, tx, d, userID, true)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: accept draft %d: %w", id, err)
	}
	return setID, nil
}

// acceptDraft writes an accepted draft into the course and marks it.
func (db *DB) acceptDraft(ctx context.Context, tx *sql.Tx, d *quiz.Draft, userID int64, edited bool) (int64, error) {
	now := db.now()
	var themeSlug, themeTitle string
	var setID sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT t.slug, t.title, s.id FROM themes t LEFT JOIN question_sets s ON s.id = t.drafts_set_id WHERE t.id = ?`,
		d.ThemeID).Scan(&themeSlug, &themeTitle, &setID); err != nil {
		return 0, err
	}
	if d.Card != nil {
		cardID, err := insertWrittenCard(ctx, tx, d.CourseID, d.ThemeID, *d.Card, now)
		if err != nil {
			return 0, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE drafts SET status = 'accepted', edited = ?, card_id = ?, decided_at = ?, decided_by = ? WHERE id = ?`,
			edited, cardID, now, userRef(userID), d.ID)
		return 0, err
	}
	if !setID.Valid {
		// A published set that never held a question, like the one a new
		// course has per theme, takes the drafts; else a new one is made.
		var empty int64
		err := tx.QueryRowContext(ctx, `SELECT s.id FROM question_sets s WHERE s.theme_id = ? AND s.status = 'published'
			AND NOT EXISTS (SELECT 1 FROM questions q WHERE q.set_id = s.id) ORDER BY s.position, s.id LIMIT 1`, d.ThemeID).Scan(&empty)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return 0, err
		}
		if empty > 0 {
			setID = sql.NullInt64{Int64: empty, Valid: true}
			if _, err := tx.ExecContext(ctx, "UPDATE themes SET drafts_set_id = ? WHERE id = ?", empty, d.ThemeID); err != nil {
				return 0, err
			}
		}
	}
	if !setID.Valid {
		var pos, same int
		if err := tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(position), -1) + 1, COUNT(CASE WHEN title = ? THEN 1 END) FROM question_sets WHERE theme_id = ?",
			themeTitle, d.ThemeID).Scan(&pos, &same); err != nil {
			return 0, err
		}
		title := themeTitle
		if same > 0 {
			title = "More questions: " + themeTitle // learners see both sets
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO question_sets (theme_id, title, status, position, created_at, updated_at)
			VALUES (?, ?, 'published', ?, ?, ?)`, d.ThemeID, title, pos, now, now)
		if err != nil {
			return 0, err
		}
		id, _ := res.LastInsertId()
		setID = sql.NullInt64{Int64: id, Valid: true}
		if _, err := tx.ExecContext(ctx, "UPDATE themes SET drafts_set_id = ? WHERE id = ?", id, d.ThemeID); err != nil {
			return 0, err
		}
	}
	qid, err := insertQuestion(ctx, tx, d.CourseID, setID.Int64, d.ThemeID, themeSlug, *d.Question, userID, now)
	if err != nil {
		return 0, err
	}
	_, err = tx.ExecContext(ctx, `UPDATE drafts SET status = 'accepted', edited = ?, question_id = ?, decided_at = ?, decided_by = ? WHERE id = ?`,
		edited, qid, now, userRef(userID), d.ID)
	return setID.Int64, err
}

// freeCardUID makes a card id unique in a course.
func freeCardUID(ctx context.Context, tx *sql.Tx, courseID int64, base string) (string, error) {
	if base == "" {
		base = "card"
	}
	return freeIn(ctx, tx, "cards", courseID, base)
}

// RejectDrafts rejects pending drafts of a theme; others are left as they
// are. A draft of another theme refuses the whole request.
func (db *DB) RejectDrafts(ctx context.Context, themeID int64, ids []int64, userID int64) (int, error) {
	n := 0
	err := db.tx(ctx, func(tx *sql.Tx) error {
		now := db.now()
		for _, id := range ids {
			var theme int64
			err := tx.QueryRowContext(ctx, "SELECT theme_id FROM drafts WHERE id = ?", id).Scan(&theme)
			if errors.Is(err, sql.ErrNoRows) {
				return notFound("There is no such draft.")
			}
			if err != nil {
				return err
			}
			if theme != themeID {
				return errOtherTheme
			}
			res, err := tx.ExecContext(ctx, `UPDATE drafts SET status = 'rejected', decided_at = ?, decided_by = ? WHERE id = ? AND status = 'pending'`, now, userRef(userID), id)
			if err != nil {
				return err
			}
			k, _ := res.RowsAffected()
			n += int(k)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: reject drafts: %w", err)
	}
	return n, nil
}

// errOtherTheme refuses a request naming a draft of another theme.
var errOtherTheme = quiz.Errorf(quiz.EInvalid, "The form named a draft of another theme.")

// RestoreDraft puts a rejected draft back in the queue.
func (db *DB) RestoreDraft(ctx context.Context, id int64) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		return execOne(ctx, tx, "Only a rejected draft can go back to the queue.",
			"UPDATE drafts SET status = 'pending', held = 0, decided_at = NULL, decided_by = NULL WHERE id = ? AND status = 'rejected'", id)
	})
	if err != nil {
		return fmt.Errorf("store: restore draft %d: %w", id, err)
	}
	return nil
}

// DraftingContext returns a course as the generator should see it to draft
// more: its paragraphs and themes, every question (of any set) and card,
// and every draft already accepted or rejected, so none is proposed again.
func (db *DB) DraftingContext(ctx context.Context, slug string) (*quiz.Course, error) {
	c, err := db.ExportCourse(ctx, slug)
	if err != nil {
		return nil, err
	}
	rows, err := db.read.QueryContext(ctx, `SELECT `+draftColumns+` FROM drafts d
		WHERE course_id = (SELECT id FROM courses WHERE slug = ?) AND status != 'pending' ORDER BY id`, slug)
	if err != nil {
		return nil, fmt.Errorf("store: drafting context: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		d, err := scanDraft(rows)
		if err != nil {
			return nil, fmt.Errorf("store: drafting context: %w", err)
		}
		if d.Question != nil {
			c.Questions = append(c.Questions, *d.Question)
		} else {
			c.Cards = append(c.Cards, *d.Card)
		}
	}
	return c, rows.Err()
}

// userRef is a user id for a column that may be NULL (0: no user).
func userRef(id int64) any {
	if id > 0 {
		return id
	}
	return nil
}
