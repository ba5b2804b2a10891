package store_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// twoStores opens two stores on one database, as two servers would, with
// the test course imported and a new anonymous learner; it returns the
// stores, where the database is (for store.OpenSQL), the course and the
// learner's id.
func twoStores(t *testing.T) ([]*store.DB, string, *quiz.StoredCourse, int64) {
	t.Helper()
	ctx := context.Background()
	db1, path := mustOpen(t)
	c := mustImport(t, db1)
	db2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db2.Close() })
	uid, err := db1.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return []*store.DB{db1, db2}, path, c, uid
}

// Two servers on one database (two stores opened on the same SQLite file,
// or the same PostgreSQL database) record the same answer and the same
// rating at once, several times over: each is kept exactly once, neither
// lost nor counted twice.
func TestTwoInstancesRecordOnce(t *testing.T) {
	ctx := context.Background()
	dbs, _, c, uid := twoStores(t)
	db1, db2 := dbs[0], dbs[1]
	a := newAttempt(t, db1, c, uid, quiz.ModeTheme, c.Themes[0].ID)

	const writers = 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	recorded, applied := 0, 0
	var errs []error
	for i := range writers {
		wg.Go(func() {
			_, ok, err := dbs[i%2].RecordResponse(ctx, a, 0, quiz.Answer{Text: "no"}, quiz.Result{})
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
			}
			if ok {
				recorded++
			}
		})
	}
	wg.Wait()
	if len(errs) > 0 || recorded != 1 {
		t.Fatalf("the same answer from %d writers: recorded %d times, errors %v; want once", writers, recorded, errs)
	}

	// The missed question's card is due: rate it from both at once, each
	// writer having seen it unreviewed.
	now := time.Now().UTC()
	card, _, _, err := db2.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now, NewLimit: 20})
	if err != nil || card == nil {
		t.Fatalf("NextCard = %v, %v", card, err)
	}
	for i := range writers {
		wg.Go(func() {
			ok, err := dbs[i%2].RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, Rating: 3, At: now, ExpectReps: 0,
				After: quiz.CardState{State: "review", Due: now.AddDate(0, 0, 3), Reps: 1, LastReview: now, Stability: 3}})
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
			}
			if ok {
				applied++
			}
		})
	}
	wg.Wait()
	if len(errs) > 0 || applied != 1 {
		t.Fatalf("the same rating from %d writers: applied %d times, errors %v; want once", writers, applied, errs)
	}

	data, err := db1.LearnerData(ctx, uid)
	if err != nil {
		t.Fatal(err)
	}
	responses := 0
	for _, at := range data.Attempts {
		responses += len(at.Responses)
	}
	if responses != 1 || len(data.Reviews) != 1 {
		t.Errorf("stored: %d responses and %d reviews, want 1 and 1", responses, len(data.Reviews))
	}
	for _, cs := range data.Cards {
		if cs.Reps != 1 {
			t.Errorf("card %s: reps = %d, want 1", cs.CardID, cs.Reps)
		}
	}
}

// Sign-in tries reserved for one key through two servers at once are
// counted together: of 16 tries with 5 allowed, exactly 5 are recorded.
func TestTwoInstancesReserveTriesTogether(t *testing.T) {
	ctx := context.Background()
	db1, path := mustOpen(t)
	db2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	dbs := []*store.DB{db1, db2}
	now := time.Now().UTC()
	const allowed = 5
	wait := func(recent []time.Time) time.Duration {
		if len(recent) >= allowed {
			return time.Minute
		}
		return 0
	}
	ok, errs := atOnce(16, func(i int) (time.Duration, error) {
		return dbs[i%2].ReserveTry(ctx, "pair", "someone@example.org\x00127.0.0.1", now.Add(time.Duration(i)), 15*time.Minute, wait)
	})
	if len(errs) > 0 || ok != allowed {
		t.Fatalf("16 tries at once through two servers: %d recorded, errors %v; want %d", ok, errs, allowed)
	}
	// A success resets the key; tries past the window no longer count.
	if err := db2.ResetTries(ctx, "pair", "someone@example.org\x00127.0.0.1"); err != nil {
		t.Fatal(err)
	}
	if w, err := db1.ReserveTry(ctx, "pair", "someone@example.org\x00127.0.0.1", now, 15*time.Minute, wait); err != nil || w != 0 {
		t.Errorf("after a reset: wait %v, %v; want a try recorded", w, err)
	}
	if known, err := db1.KnownPair(ctx, "a\x00b", now.Add(-time.Hour)); err != nil || known {
		t.Errorf("a pair never remembered is known: %v, %v", known, err)
	}
	if err := db2.RememberPair(ctx, "a\x00b", now); err != nil {
		t.Fatal(err)
	}
	if known, err := db1.KnownPair(ctx, "a\x00b", now.Add(-time.Hour)); err != nil || !known {
		t.Errorf("a pair remembered through the other server: known %v, %v", known, err)
	}
}

// atOnce runs n calls of take at the same time and counts those that
// waited for nothing, and the errors.
func atOnce(n int, take func(i int) (time.Duration, error)) (given int, errs []error) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := range n {
		wg.Go(func() {
			w, err := take(i)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
			} else if w == 0 {
				given++
			}
		})
	}
	wg.Wait()
	return given, errs
}
