package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/lectern/lectern/internal/lru"
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
	// testDecks holds the courses with a published set whose cards are not
	// open to every learner (a test whose cards wait until it is taken):
	// only there do two learners' decks differ, so only there is the deck
	// counted per learner (findLearnerState).
	testDecks map[int64]bool
}

// contentTx runs a write transaction that changes course content, and marks
// the content snapshot stale once it commits. Every method that writes
// courses, themes, paragraphs, question sets or questions goes through it.
func (db *DB) contentTx(ctx context.Context, fn func(*sql.Tx) error) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		if err := fn(tx); err != nil {
			return err
		}
		// The other servers drop their snapshots if this commits.
		return db.publishTx(ctx, tx, notifyContent)
	})
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
	c := &content{gen: g, bySlug: map[string]*quiz.StoredCourse{}, byID: map[int64]*quiz.StoredCourse{}, paragraphs: map[int64][]quiz.Paragraph{}, published: map[int64]int64{}, practice: map[int64]bool{}, testDecks: map[int64]bool{}}
	err := db.rtx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, "SELECT id, slug, title, source, status FROM courses ORDER BY title, id")
		if err != nil {
			return err
		}
		for rows.Next() {
			cr := &quiz.StoredCourse{}
			if err := rows.Scan(&cr.ID, &cr.Slug, &cr.Title, &cr.Source, &cr.Status); err != nil {
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
		orow, err := tx.QueryContext(ctx, "SELECT course_id, user_id FROM course_owners ORDER BY course_id, user_id")
		if err != nil {
			return err
		}
		for orow.Next() {
			var cid, uid int64
			if err := orow.Scan(&cid, &uid); err != nil {
				orow.Close()
				return err
			}
			if cr, ok := c.byID[cid]; ok {
				cr.Owners = append(cr.Owners, uid)
			}
		}
		orow.Close()
		if err := orow.Err(); err != nil {
			return err
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
		trow, err := tx.QueryContext(ctx, `SELECT DISTINCT t.course_id FROM question_sets s JOIN themes t ON t.id = s.theme_id
			WHERE s.status = 'published' AND NOT (`+practiceOf("s")+` OR s.test_cards = 1)`)
		if err != nil {
			return err
		}
		for trow.Next() {
			var cid int64
			if err := trow.Scan(&cid); err != nil {
				trow.Close()
				return err
			}
			c.testDecks[cid] = true
		}
		trow.Close()
		if err := trow.Err(); err != nil {
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

// caches are the store's in-memory caches, each an LRU bounded in entries
// (the attempts' shells in their items).
// Every value in them is shared: callers must not modify what they get.
type caches struct {
	versions *lru.Cache[int64, quiz.Question]  // decoded question versions, by version id
	shells   *lru.Cache[string, *quiz.Attempt] // attempts without responses, by public id
	// cardBodies holds what cards show, without a learner's state, by
	// card id, each under the content generation it was read in: any
	// content write makes them all stale.
	cardBodies *lru.Cache[int64, cardBody]
	sessions   *lru.Cache[string, cachedSession] // recently read sessions, by token hash
	learners   learners                          // learner state per course
}

// The caches' bounds, in entries. At their bounds, with entries like a
// school's, they hold some 30 MB of the heap (CacheHeapBudget); the
// bounds had been two to five times these, up to 86 MB, which the
// collector's headroom would have doubled.
const (
	// A version never changes once written (an edit adds a new one), so
	// its entry never goes stale. About 0.8 KB decoded: a few courses'
	// questions.
	maxVersions = 10000
	// An attempt's questions, versions and orders never change once it
	// is created. Its shell weighs one for itself and one per item, about
	// half a kilobyte each: some 1,000 quizzes of ten questions, far more
	// than are under way at once (a learner's quiz is read on each of its
	// pages, seldom after its results).
	maxShellItems = 10000
	// Card bodies, about 1.2 KB each: a course's cards, a few courses'
	// worth.
	maxCardBodies = 5000
	// Sessions are kept for sessionTTL at most; about 0.4 KB each.
	maxCachedSessions = 10000
	// Learners whose states per course are kept, the anonymous included;
	// about 0.8 KB each for one course's state.
	maxLearners = 10000
)

func newCaches() caches {
	return caches{
		versions:   lru.New[int64, quiz.Question](maxVersions),
		shells:     lru.NewWeighted(maxShellItems, func(_ string, a *quiz.Attempt) int { return 1 + len(a.Items) }),
		cardBodies: lru.New[int64, cardBody](maxCardBodies),
		sessions:   lru.New[string, cachedSession](maxCachedSessions),
		learners:   learners{cache: lru.New[int64, *learnerRecord](maxLearners)},
	}
}

// questionVersion decodes a version's body, through the cache.
func (db *DB) questionVersion(id int64, body func() (string, error)) (quiz.Question, error) {
	if q, ok := db.versions.Get(id); ok {
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
	db.versions.Add(id, q)
	return q, nil
}

// learners caches each learner's state per course (see FindLearnerState).
// Every write that changes what a learner has done calls changed once it
// commits, which gives the learner a new generation and drops their
// states; a state read under an older generation is never stored, and one
// read under an older content generation is never used. Each learner's
// record is one entry of an LRU: a learner evicted starts again, at their
// next read, with a generation never given out before, so no state read
// before the eviction can be stored after it.
type learners struct {
	mu    sync.Mutex // orders generation changes against puts
	last  uint64     // the last generation given out
	reads uint64     // the last queue read numbered (queueEntry.read)
	cache *lru.Cache[int64, *learnerRecord]
}

type learnerRecord struct {
	gen    uint64
	states map[int64]learnerEntry  // by course id
	queues map[queueKey]queueEntry // flashcard queue counts (queue_cache.go)
	// until is the validUntil of the counts last stored, read under the
	// content generation untilContent: how long the cards and undo below
	// may be kept.
	until        time.Time
	untilContent int64
	cards        map[int64]cardEntry // cards of the queue, by id
	undo         map[undoKey]undoEntry
	// started holds the day's new cards started, by day start
	// (queue_cache.go); each entry says the generation it holds under.
	started map[int64]*startedEntry
	rating  int // ratings being written (snapshotStarted to rated)
	// answers holds the responses of the learner's attempts, by attempt
	// id (attempt_answers.go).
	answers map[int64]attemptAnswers
	// settings are the learner's study settings, read under settingsGen,
	// which only a write of the settings moves (settings_cache.go): they
	// are kept across the learner's other writes.
	settingsGen uint64
	settings    *quiz.StudySettings
}

type learnerEntry struct {
	st         *quiz.LearnerState
	content    int64
	validUntil time.Time
}

// learnerGen is what a learner state is read under: the learner's
// generation and the content's.
type learnerGen struct {
	learner uint64
	content int64
}

// generation returns the learner's generation with the content's, making
// the learner a record when they have none.
func (l *learners) generation(userID int64, content int64) learnerGen {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok {
		l.last++
		r = &learnerRecord{gen: l.last, settingsGen: l.last, states: map[int64]learnerEntry{}}
		l.cache.Add(userID, r)
	}
	return learnerGen{r.gen, content}
}

func (l *learners) get(userID, courseID int64, g learnerGen, now time.Time) (*quiz.LearnerState, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return nil, false
	}
	e, ok := r.states[courseID]
	if !ok || e.content != g.content || !now.Before(e.validUntil) {
		return nil, false
	}
	return e.st, true
}

// put stores a state read under g, unless the learner has changed since.
func (l *learners) put(userID, courseID int64, g learnerGen, st *quiz.LearnerState, validUntil time.Time) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.gen != g.learner {
		return
	}
	r.states[courseID] = learnerEntry{st, g.content, validUntil}
}

// changed marks a learner's state as changed; call it after the write
// commits (and on failure too: it only costs a cache miss).
func (l *learners) changed(userID int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.changedLocked(userID)
}

// dropAll forgets every learner's record: each starts again, at their
// next read, with a generation never given out before.
func (l *learners) dropAll() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.cache.Purge()
}

func (l *learners) changedLocked(userID int64) {
	if r, ok := l.cache.Get(userID); ok {
		l.last++
		r.gen = l.last
		clear(r.states)
		clear(r.queues)
		clear(r.cards)
		clear(r.undo)
		clear(r.answers)
		r.until = time.Time{}
	}
}

// CacheHeapBudget bounds what the store's caches hold in the heap when
// every one is at its bound, with entries like a school's
// (TestCachesAtTheirBoundsFitTheMemoryLimit); serve's default soft memory
// limit leaves the collector room above it and the handlers' own caches.
const CacheHeapBudget = 40 << 20
