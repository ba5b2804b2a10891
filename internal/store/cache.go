package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// content is an in-memory snapshot of every course's structure (courses,
// themes, paragraphs): read on nearly every page, written rarely. It is
// rebuilt after any content write, which bumps db.gen once it commits.
// Snapshots are shared: callers must not modify what they get from them.
type content struct {
	gen        int64
	courses    []*quiz.StoredCourse
	bySlug     map[string]*quiz.StoredCourse
	byID       map[int64]*quiz.StoredCourse
	paragraphs map[int64][]quiz.Paragraph
	// published maps each live question in a published set to its theme.
	published map[int64]int64
	// practice holds the live questions of published practice sets.
	practice map[int64]bool
}

// contentTx runs a write transaction that changes course content, and marks
// the content snapshot stale once it commits. Every method that writes
// courses, themes, paragraphs, question sets or questions goes through it.
func (db *DB) contentTx(ctx context.Context, fn func(*sql.Tx) error) error {
	err := db.tx(ctx, fn)
	db.gen.Add(1)
	return err
}

// snapshot returns the current content snapshot, rebuilding it when a
// content write has committed since it was taken.
func (db *DB) snapshot(ctx context.Context) (*content, error) {
	g := db.gen.Load()
	if c := db.cache.Load(); c != nil && c.gen == g {
		return c, nil
	}
	c := &content{gen: g, bySlug: map[string]*quiz.StoredCourse{}, byID: map[int64]*quiz.StoredCourse{}, paragraphs: map[int64][]quiz.Paragraph{}, published: map[int64]int64{}, practice: map[int64]bool{}}
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT id, slug, title, source FROM courses ORDER BY title, id")
		if err != nil {
			return err
		}
		for rows.Next() {
			cr := &quiz.StoredCourse{}
			if err := rows.Scan(&cr.ID, &cr.Slug, &cr.Title, &cr.Source); err != nil {
				rows.Close()
				return err
			}
			c.courses = append(c.courses, cr)
			c.bySlug[cr.Slug] = cr
			c.byID[cr.ID] = cr
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, cr := range c.courses {
			if cr.Themes, err = findThemes(ctx, tx, cr.ID); err != nil {
				return err
			}
		}
		qrow, err := tx.QueryContext(ctx, `SELECT q.id, s.theme_id, `+practiceRules+` FROM questions q
			JOIN question_sets s ON s.id = q.set_id AND s.status = 'published'
			WHERE q.deleted_at IS NULL`)
		if err != nil {
			return err
		}
		for qrow.Next() {
			var q, t int64
			var practice bool
			if err := qrow.Scan(&q, &t, &practice); err != nil {
				qrow.Close()
				return err
			}
			c.published[q] = t
			c.practice[q] = practice
		}
		qrow.Close()
		if err := qrow.Err(); err != nil {
			return err
		}
		prow, err := tx.QueryContext(ctx, "SELECT course_id, n, text FROM paragraphs ORDER BY course_id, n")
		if err != nil {
			return err
		}
		defer prow.Close()
		for prow.Next() {
			var id int64
			var p quiz.Paragraph
			if err := prow.Scan(&id, &p.N, &p.Text); err != nil {
				return err
			}
			c.paragraphs[id] = append(c.paragraphs[id], p)
		}
		return prow.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: load content: %w", err)
	}
	db.cache.Store(c)
	return c, nil
}

// prepared returns a statement on the read pool, prepared once per pooled
// connection and reused: SQLite spends more time parsing a query than
// running these small ones.
func (db *DB) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := db.stmts.Load(query); ok {
		return s.(*sql.Stmt), nil
	}
	s, err := db.read.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if prev, loaded := db.stmts.LoadOrStore(query, s); loaded {
		s.Close()
		return prev.(*sql.Stmt), nil
	}
	return s, nil
}

// versions caches decoded question versions by id. A version never changes
// once written (an edit adds a new one), so entries never go stale; the
// cache is emptied when it grows past maxVersions.
type versions struct {
	mu sync.RWMutex
	m  map[int64]quiz.Question
}

const maxVersions = 20000

func (v *versions) get(id int64) (quiz.Question, bool) {
	v.mu.RLock()
	q, ok := v.m[id]
	v.mu.RUnlock()
	return q, ok
}

func (v *versions) put(id int64, q quiz.Question) {
	v.mu.Lock()
	if v.m == nil || len(v.m) >= maxVersions {
		v.m = make(map[int64]quiz.Question)
	}
	v.m[id] = q
	v.mu.Unlock()
}

// questionVersion decodes a version's body, through the cache.
func (db *DB) questionVersion(id int64, body func() (string, error)) (quiz.Question, error) {
	if q, ok := db.versions.get(id); ok {
		return q, nil
	}
	b, err := body()
	if err != nil {
		return quiz.Question{}, err
	}
	var q quiz.Question
	if err := json.Unmarshal([]byte(b), &q); err != nil {
		return quiz.Question{}, fmt.Errorf("question version %d: %w", id, err)
	}
	db.versions.put(id, q)
	return q, nil
}

// shells caches attempts without their responses, by public id: an
// attempt's questions, versions and orders never change once created.
type shells struct {
	mu sync.RWMutex
	m  map[string]*quiz.Attempt
}

const maxShells = 10000

func (c *shells) get(id string) (*quiz.Attempt, bool) {
	c.mu.RLock()
	a, ok := c.m[id]
	c.mu.RUnlock()
	return a, ok
}

// clear empties the cache, when attempts change owner.
func (c *shells) clear() {
	c.mu.Lock()
	c.m = nil
	c.mu.Unlock()
}

func (c *shells) put(id string, a *quiz.Attempt) {
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxShells {
		c.m = make(map[string]*quiz.Attempt)
	}
	c.m[id] = a
	c.mu.Unlock()
}

// learners caches each learner's state per course (see FindLearnerState).
// Every write that changes what a learner has done bumps the learner's
// generation after it commits; an entry read under an older generation, or
// past its validity, is not used.
type learners struct {
	mu   sync.Mutex
	gens map[int64]uint64
	m    map[[2]int64]learnerEntry
}

type learnerEntry struct {
	st         *quiz.LearnerState
	gen        uint64
	validUntil time.Time
}

const maxLearnerEntries = 50000

// generation combines the learner's own generation with the content's.
func (l *learners) generation(userID int64, content int64) uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.gens[userID]<<32 ^ uint64(content)
}

func (l *learners) get(userID, courseID int64, gen uint64, now time.Time) (*quiz.LearnerState, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	e, ok := l.m[[2]int64{userID, courseID}]
	if !ok || e.gen != gen || !now.Before(e.validUntil) {
		return nil, false
	}
	return e.st, true
}

func (l *learners) put(userID, courseID int64, gen uint64, st *quiz.LearnerState, validUntil time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.m == nil || len(l.m) >= maxLearnerEntries {
		l.m = map[[2]int64]learnerEntry{}
	}
	l.m[[2]int64{userID, courseID}] = learnerEntry{st, gen, validUntil}
}

// changed marks a learner's state as changed; call it after the write
// commits (and on failure too: it only costs a cache miss).
func (l *learners) changed(userID int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.gens == nil {
		l.gens = map[int64]uint64{}
	}
	l.gens[userID]++
}
