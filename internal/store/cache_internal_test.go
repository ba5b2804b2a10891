package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// TestCachesStayBoundedUnderManyLearners caches the course page's state
// of 100,000 distinct learners, most of them anonymous visitors who never
// come back, and a session for each: the caches hold no more entries than
// their bounds, while a learner still reading is served from the cache.
func TestCachesStayBoundedUnderManyLearners(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, c := openRivers(t, "lectern.db")
	now := db.Now()
	st, validUntil, err := db.findLearnerState(ctx, 1, c.ID, now)
	if err != nil {
		t.Fatal(err)
	}
	const learners = 100_000
	for uid := int64(1); uid <= learners; uid++ {
		// What FindLearnerState does, less the SQL read of the state,
		// which is the same for every learner who has done nothing.
		g := db.learners.generation(uid, db.gen.Load())
		if _, ok := db.learners.get(uid, c.ID, g, now); ok {
			t.Fatalf("learner %d, never seen, was cached", uid)
		}
		db.learners.put(uid, c.ID, g, st, validUntil)
		hash := fmt.Sprint("token-", uid)
		db.sessions.Add(hash, cachedSession{&quiz.SessionRecord{TokenHash: hash, UserID: uid, ExpiresAt: now.Add(time.Hour)}, now})
		if uid%10 == 0 {
			db.learners.changed(uid) // an answer or a review
		}
	}
	if n := db.learners.cache.Len(); n > maxLearners {
		t.Errorf("%d learners cached after %d, want at most %d", n, learners, maxLearners)
	}
	if n := db.sessions.Len(); n > maxCachedSessions {
		t.Errorf("%d sessions cached after %d, want at most %d", n, learners, maxCachedSessions)
	}
	// The latest learner's state is cached: reading it again hits.
	g := db.learners.generation(learners-1, db.gen.Load())
	if _, ok := db.learners.get(learners-1, c.ID, g, now); !ok {
		t.Error("the state of a learner just read is not cached")
	}
	// A learner evicted long ago starts again and is cached again.
	if _, err := db.FindLearnerState(ctx, 1, c.ID, now); err != nil {
		t.Fatal(err)
	}
	if _, ok := db.learners.get(1, c.ID, db.learners.generation(1, db.gen.Load()), now); !ok {
		t.Error("a returning learner's state is not cached")
	}
}

// TestLearnerStateNeverStaleAcrossEviction reads a learner's state, lets
// a write change the learner while the read is in flight and the cache
// evicts them: the state read before the write is not stored.
func TestLearnerStateNeverStaleAcrossEviction(t *testing.T) {
	sqliteOnly(t)
	l := learners{cache: newCaches().learners.cache}
	now := time.Now()
	st := &quiz.LearnerState{}

	g := l.generation(7, 1) // a read begins
	l.changed(7)            // a write commits
	l.put(7, 1, g, st, now.Add(time.Hour))
	if _, ok := l.get(7, 1, l.generation(7, 1), now); ok {
		t.Fatal("a state read before the learner changed was cached")
	}

	g = l.generation(8, 1) // a read begins
	for uid := int64(100); uid < 100+maxLearners; uid++ {
		l.generation(uid, 1) // other learners push learner 8 out
	}
	l.generation(8, 1) // learner 8 comes back, with a new generation
	l.changed(8)
	l.put(8, 1, g, st, now.Add(time.Hour))
	if _, ok := l.get(8, 1, l.generation(8, 1), now); ok {
		t.Fatal("a state read before an eviction and a change was cached after them")
	}

	// A state read under the content generation of before a content
	// write is not used after it.
	g = l.generation(9, 1)
	l.put(9, 1, g, st, now.Add(time.Hour))
	if _, ok := l.get(9, 1, l.generation(9, 2), now); ok {
		t.Fatal("a state from before a content write was used after it")
	}
	if _, ok := l.get(9, 1, l.generation(9, 1), now); !ok {
		t.Fatal("a fresh state was not cached")
	}
}
