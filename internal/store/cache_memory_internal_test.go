package store

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// liveHeap is the heap's live bytes after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestCachesAtTheirBoundsFitTheMemoryLimit fills every one of the store's
// caches past its bound with entries like those a school makes (decoded
// questions, card bodies, quizzes' shells, learners' states and sessions,
// each a copy of its own, as decoding gives) and measures the live heap
// they hold: it stays under CacheHeapBudget, below serve's default soft
// memory limit with room to spare, so that the collector never has to run
// without pause to keep the limit.
func TestCachesAtTheirBoundsFitTheMemoryLimit(t *testing.T) {
	sqliteOnly(t)
	if testing.Short() {
		t.Skip("fills every cache")
	}
	ctx := context.Background()
	db, c := openRivers(t, "lectern.db")
	uid, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, Mode: quiz.ModeMixed})
	if err != nil {
		t.Fatal(err)
	}
	var cardID int64
	if err := db.read.QueryRow("SELECT id FROM cards ORDER BY id LIMIT 1").Scan(&cardID); err != nil {
		t.Fatal(err)
	}
	card, qid, err := db.readCardBody(ctx, db.read, cardID)
	if err != nil {
		t.Fatal(err)
	}
	state, validUntil, err := db.findLearnerState(ctx, uid, c.ID, db.Now())
	if err != nil {
		t.Fatal(err)
	}
	var questions [][]byte // the course's questions, as stored
	for _, it := range a.Items {
		b, err := json.Marshal(it.Question.Question)
		if err != nil {
			t.Fatal(err)
		}
		questions = append(questions, b)
	}
	cardJSON, err := json.Marshal(card)
	if err != nil {
		t.Fatal(err)
	}
	// A shell of ten items, as a theme's quiz has.
	shell := *a
	shell.Items = shell.Items[:min(10, len(shell.Items))]
	db.caches = newCaches()

	before := liveHeap()
	now := db.Now()
	for i := range int64(maxVersions + 1000) {
		var q quiz.Question
		if err := json.Unmarshal(questions[i%int64(len(questions))], &q); err != nil {
			t.Fatal(err)
		}
		db.versions.Add(i, q)
	}
	for i := range int64(maxCardBodies + 1000) {
		var sc quiz.StudyCard
		if err := json.Unmarshal(cardJSON, &sc); err != nil {
			t.Fatal(err)
		}
		db.cardBodies.Add(i, cardBody{card: sc, question: qid, content: 1})
	}
	for i := range maxShellItems {
		s := shell
		s.PublicID = fmt.Sprint("attempt-", i)
		s.Items = slices.Clone(shell.Items)
		for j := range s.Items {
			s.Items[j].Order = slices.Clone(s.Items[j].Order)
			s.Items[j].Question.Theme = strings.Clone(s.Items[j].Question.Theme)
		}
		db.shells.Add(s.PublicID, &s)
	}
	data := []byte(strings.Repeat("x", 200)) // an encoded session's values
	for uid := int64(1); uid <= maxCachedSessions+1000; uid++ {
		g := db.learners.generation(uid, db.gen.Load())
		db.learners.put(uid, c.ID, g, state, validUntil)
		hash := fmt.Sprint("token-", uid)
		db.sessions.Add(hash, cachedSession{&quiz.SessionRecord{TokenHash: hash, UserID: uid, Data: slices.Clone(data), ExpiresAt: now.Add(time.Hour)}, now})
	}
	after := liveHeap()
	held := int64(after) - int64(before)
	t.Logf("caches at their bounds hold %.1f MB live: %d versions, %d card bodies, %d shells (%d items), %d sessions, %d learners",
		float64(held)/1e6, db.versions.Len(), db.cardBodies.Len(), db.shells.Len(), db.shells.Weight(), db.sessions.Len(), db.learners.cache.Len())
	if held > CacheHeapBudget {
		t.Errorf("the caches at their bounds hold %d bytes live, over their budget of %d", held, CacheHeapBudget)
	}
	runtime.KeepAlive(db)
}
