package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/lectern/lectern/internal/quiz"
)

// ImportCourse validates c and writes it whole (paragraphs, themes, one
// published question set per theme, questions, cards) in one transaction.
// With an owner (ownerID > 0) the course is theirs and a draft; without,
// it belongs to the admins and is published.
// It fails with EConflict when the slug is taken, and writes nothing on
// any error.
func (db *DB) ImportCourse(ctx context.Context, c *quiz.Course, ownerID int64) (int64, error) {
	if err := quiz.Validate(c); err != nil {
		return 0, quiz.Errorf(quiz.EInvalid, "%v", err)
	}
	var id int64
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = db.importCourse(ctx, tx, c, ownerID)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: import course %q: %w", c.Course.Slug, err)
	}
	return id, nil
}

// EnsureCourse imports c unless a course with its slug exists already, in
// which case it changes nothing (so an instructor's later edits survive a
// restart). It reports whether it imported.
func (db *DB) EnsureCourse(ctx context.Context, c *quiz.Course) (bool, error) {
	if err := quiz.Validate(c); err != nil {
		return false, quiz.Errorf(quiz.EInvalid, "%v", err)
	}
	created := false
	err := db.contentTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM courses WHERE slug = ?", c.Course.Slug).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return nil
		}
		created = true
		_, err := db.importCourse(ctx, tx, c, 0)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store: ensure course %q: %w", c.Course.Slug, err)
	}
	return created, nil
}

func (db *DB) importCourse(ctx context.Context, tx *sql.Tx, c *quiz.Course, ownerID int64) (int64, error) {
	now := db.now()
	var owner any
	if ownerID > 0 {
		owner = ownerID
	}
	var exists int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM courses WHERE slug = ?", c.Course.Slug).Scan(&exists); err != nil {
		return 0, err
	}
	if exists > 0 {
		return 0, quiz.Errorf(quiz.EConflict, "a course with the slug %q exists already", c.Course.Slug)
	}
	// A course made by an instructor is theirs, and a draft until they
	// publish it; one imported without an owner (the built-in course)
	// belongs to the admins and is published at once.
	status := quiz.CoursePublished
	if ownerID > 0 {
		status = quiz.CourseDraft
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO courses (slug, title, source, owner_id, status, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, c.Course.Slug, c.Course.Title, c.Course.Source, owner, status, now, now)
	if err != nil {
		return 0, err
	}
	courseID, _ := res.LastInsertId()
	if ownerID > 0 {
		if _, err := tx.ExecContext(ctx, "INSERT INTO course_owners (course_id, user_id, added_at) VALUES (?, ?, ?)", courseID, ownerID, now); err != nil {
			return 0, err
		}
	}
	for _, p := range c.Paragraphs {
		if _, err := tx.ExecContext(ctx, "INSERT INTO paragraphs (course_id, n, text) VALUES (?, ?, ?)", courseID, p.N, p.Text); err != nil {
			return 0, err
		}
	}
	themeIDs := map[string]int64{}
	setIDs := map[string]int64{}
	for i, t := range c.Themes {
		res, err := tx.ExecContext(ctx, `INSERT INTO themes (course_id, slug, title, summary, position) VALUES (?, ?, ?, ?, ?)`,
			courseID, t.Slug, t.Title, t.Summary, i)
		if err != nil {
			return 0, err
		}
		tid, _ := res.LastInsertId()
		themeIDs[t.Slug] = tid
		for _, n := range t.Paragraphs {
			if _, err := tx.ExecContext(ctx, "INSERT INTO theme_paragraphs (theme_id, n) VALUES (?, ?)", tid, n); err != nil {
				return 0, err
			}
		}
		res, err = tx.ExecContext(ctx, `INSERT INTO question_sets (theme_id, title, status, position, created_at, updated_at)
			VALUES (?, ?, 'published', 0, ?, ?)`, tid, t.Title, now, now)
		if err != nil {
			return 0, err
		}
		setIDs[t.Slug], _ = res.LastInsertId()
	}
	for i, q := range c.Questions {
		if q.Images, err = storeImages(ctx, tx, q.Images, now); err != nil {
			return 0, err
		}
		if q.Options, err = storeOptionImages(ctx, tx, q.Options, now); err != nil {
			return 0, err
		}
		if q.FeedbackImages, err = storeImages(ctx, tx, q.FeedbackImages, now); err != nil {
			return 0, err
		}
		if err := storeAnswerImages(ctx, tx, &q, now); err != nil {
			return 0, err
		}
		body, err := json.Marshal(q)
		if err != nil {
			return 0, err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO questions (course_id, set_id, uid, position, current_version) VALUES (?, ?, ?, ?, 1)`,
			courseID, setIDs[q.Theme], q.ID, i)
		if err != nil {
			return 0, err
		}
		qid, _ := res.LastInsertId()
		if _, err := tx.ExecContext(ctx, `INSERT INTO question_versions (question_id, version, type, kind, body, created_at, created_by)
			VALUES (?, 1, ?, ?, ?, ?, ?)`, qid, q.Type, q.Kind, body, now, owner); err != nil {
			return 0, err
		}
		if err := linkQuestionImages(ctx, tx, qid, q.Images); err != nil {
			return 0, err
		}
		if err := linkOptionImages(ctx, tx, qid, q); err != nil {
			return 0, err
		}
		// Every question is also a flashcard.
		if _, err := tx.ExecContext(ctx, `INSERT INTO cards (course_id, theme_id, uid, front, back, paragraphs, question_id, created_at)
			VALUES (?, ?, ?, '', '', '[]', ?, ?)`, courseID, themeIDs[q.Theme], "q-"+q.ID, qid, now); err != nil {
			return 0, err
		}
	}
	for i, cd := range c.Cards {
		uid := cd.ID
		if uid == "" {
			uid = fmt.Sprintf("card-%d", i+1)
		}
		pars, _ := json.Marshal(cd.Paragraphs)
		if cd.Images, err = storeImages(ctx, tx, cd.Images, now); err != nil {
			return 0, err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO cards (course_id, theme_id, uid, front, back, paragraphs, created_at, tags, images)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, courseID, themeIDs[cd.Theme], uid, cd.Front, cd.Back, pars, now, tagsJSON(cd.Tags), imagesJSON(cd.Images))
		if err != nil {
			return 0, err
		}
		cid, _ := res.LastInsertId()
		if err := linkCardImages(ctx, tx, cid, cd.Images); err != nil {
			return 0, err
		}
	}
	return courseID, nil
}

// ListCourses returns every course with its themes, ordered by title.
// The courses are shared: do not modify them.
func (db *DB) ListCourses(ctx context.Context) ([]*quiz.StoredCourse, error) {
	c, err := db.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	return c.courses, nil
}

// FindCourse returns the course with the given slug and its themes. The
// course is shared: do not modify it.
func (db *DB) FindCourse(ctx context.Context, slug string) (*quiz.StoredCourse, error) {
	c, err := db.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	if cr, ok := c.bySlug[slug]; ok {
		return cr, nil
	}
	return nil, notFound("There is no such course.")
}

// FindCourseByID returns the course with the given id and its themes. The
// course is shared: do not modify it.
func (db *DB) FindCourseByID(ctx context.Context, id int64) (*quiz.StoredCourse, error) {
	c, err := db.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	if cr, ok := c.byID[id]; ok {
		return cr, nil
	}
	return nil, notFound("There is no such course.")
}

// Paragraphs returns a course's paragraphs in order. The slice is shared:
// do not modify it.
func (db *DB) Paragraphs(ctx context.Context, courseID int64) ([]quiz.Paragraph, error) {
	c, err := db.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	return c.paragraphs[courseID], nil
}

func findCourse(ctx context.Context, tx *sql.Tx, where string, arg any) (*quiz.StoredCourse, error) {
	c := &quiz.StoredCourse{}
	err := tx.QueryRowContext(ctx, "SELECT id, slug, title, source FROM courses WHERE "+where, arg).
		Scan(&c.ID, &c.Slug, &c.Title, &c.Source)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("There is no such course.")
	}
	if err != nil {
		return nil, err
	}
	c.Themes, err = findThemes(ctx, tx, c.ID)
	return c, err
}

func findThemes(ctx context.Context, tx *sql.Tx, courseID int64) ([]quiz.StoredTheme, error) {
	rows, err := tx.QueryContext(ctx, `SELECT t.id, t.slug, t.title, t.summary, t.position,
		(SELECT COUNT(*) FROM questions q JOIN question_sets s ON s.id = q.set_id
		  WHERE s.theme_id = t.id AND s.status = 'published' AND q.deleted_at IS NULL),
		(SELECT COUNT(*) FROM questions q JOIN question_sets s ON s.id = q.set_id
		  WHERE s.theme_id = t.id AND s.status = 'published' AND q.deleted_at IS NULL AND `+practiceRules+`),
		(SELECT COUNT(*) FROM cards c WHERE c.theme_id = t.id AND `+openCard("", "")+`)
		FROM themes t WHERE t.course_id = ? ORDER BY t.position, t.id`, courseID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ts []quiz.StoredTheme
	for rows.Next() {
		var t quiz.StoredTheme
		if err := rows.Scan(&t.ID, &t.Slug, &t.Title, &t.Summary, &t.Position, &t.Questions, &t.Practice, &t.Cards); err != nil {
			return nil, err
		}
		ts = append(ts, t)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	prow, err := tx.QueryContext(ctx, `SELECT tp.theme_id, tp.n FROM theme_paragraphs tp
		JOIN themes t ON t.id = tp.theme_id WHERE t.course_id = ? ORDER BY tp.n`, courseID)
	if err != nil {
		return nil, err
	}
	defer prow.Close()
	idx := map[int64]int{}
	for i, t := range ts {
		idx[t.ID] = i
	}
	for prow.Next() {
		var tid int64
		var n int
		if err := prow.Scan(&tid, &n); err != nil {
			return nil, err
		}
		if i, ok := idx[tid]; ok {
			ts[i].Paragraphs = append(ts[i].Paragraphs, n)
		}
	}
	return ts, prow.Err()
}

// ExportCourse reads a course back into the question-set JSON model, with
// the current version of every live question.
func (db *DB) ExportCourse(ctx context.Context, slug string) (*quiz.Course, error) {
	out := &quiz.Course{Version: quiz.FormatVersion}
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		c, err := findCourse(ctx, tx, "slug = ?", slug)
		if err != nil {
			return err
		}
		out.Course = quiz.CourseInfo{Slug: c.Slug, Title: c.Title, Source: c.Source}
		rows, err := tx.QueryContext(ctx, "SELECT n, text FROM paragraphs WHERE course_id = ? ORDER BY n", c.ID)
		if err != nil {
			return err
		}
		for rows.Next() {
			var p quiz.Paragraph
			if err := rows.Scan(&p.N, &p.Text); err != nil {
				rows.Close()
				return err
			}
			out.Paragraphs = append(out.Paragraphs, p)
		}
		rows.Close()
		for _, t := range c.Themes {
			out.Themes = append(out.Themes, quiz.Theme{Slug: t.Slug, Title: t.Title, Summary: t.Summary, Paragraphs: t.Paragraphs})
		}
		qs, err := currentQuestions(ctx, tx, "q.course_id = ?", c.ID)
		if err != nil {
			return err
		}
		for _, q := range qs {
			out.Questions = append(out.Questions, q.Question)
		}
		crow, err := tx.QueryContext(ctx, `SELECT cd.uid, t.slug, cd.front, cd.back, cd.paragraphs, cd.tags, cd.images FROM cards cd
			JOIN themes t ON t.id = cd.theme_id WHERE cd.course_id = ? AND cd.question_id IS NULL AND cd.deleted_at IS NULL ORDER BY cd.id`, c.ID)
		if err != nil {
			return err
		}
		defer crow.Close()
		for crow.Next() {
			var cd quiz.Card
			var pars, tags, imgs string
			if err := crow.Scan(&cd.ID, &cd.Theme, &cd.Front, &cd.Back, &pars, &tags, &imgs); err != nil {
				return err
			}
			if cd.Images, err = readImages(imgs); err != nil {
				return err
			}
			if err := json.Unmarshal([]byte(pars), &cd.Paragraphs); err != nil {
				return err
			}
			if cd.Tags, err = readTags(tags); err != nil {
				return err
			}
			out.Cards = append(out.Cards, cd)
		}
		if err := crow.Err(); err != nil {
			return err
		}
		// The images travel with the course, in the question-set JSON.
		return fillImageData(ctx, tx, out.Questions, out.Cards)
	})
	if err != nil {
		return nil, fmt.Errorf("store: export course %q: %w", slug, err)
	}
	return out, nil
}

// currentQuestions returns the current version of live questions matching
// where, in set and position order.
func currentQuestions(ctx context.Context, tx *sql.Tx, where string, args ...any) ([]quiz.StoredQuestion, error) {
	rows, err := tx.QueryContext(ctx, `SELECT q.id, v.id, v.version, t.slug, v.body
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
	return scanQuestions(rows)
}

func scanQuestions(rows *sql.Rows) ([]quiz.StoredQuestion, error) {
	var out []quiz.StoredQuestion
	for rows.Next() {
		var sq quiz.StoredQuestion
		var body string
		if err := rows.Scan(&sq.ID, &sq.VersionID, &sq.Version, &sq.Theme, &body); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(body), &sq.Question); err != nil {
			return nil, fmt.Errorf("question %d version %d: %w", sq.ID, sq.Version, err)
		}
		sq.Question.Theme = sq.Theme
		out = append(out, sq)
	}
	return out, rows.Err()
}
