package store_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// One learner answers the same question in several attempts at once, each
// answer sent twice, through two servers on one database; then rates one
// card round after round, each rating sent by eight writers through both.
// Nothing fails, every answer and rating is kept exactly once, and the
// counters kept beside them (the attempts finished, the item statistics,
// the first attempt at a set) equal what the rows say.
func TestTwoInstancesHammerOneLearner(t *testing.T) {
	ctx := context.Background()
	dbs, path, c, uid := twoStores(t)
	db1, db2 := dbs[0], dbs[1]
	const attempts = 6
	var as []*quiz.Attempt
	for range attempts {
		as = append(as, newAttempt(t, db1, c, uid, quiz.ModeTheme, c.Themes[0].ID))
	}
	items := len(as[0].Items)
	question := as[0].Items[0].Question.ID

	var wg sync.WaitGroup
	var mu sync.Mutex
	recorded := 0
	var errs []error
	start := make(chan struct{})
	for _, a := range as {
		for i, it := range a.Items {
			// Every other question answered wrong, so that cards are
			// queued too.
			ans := quiz.Answer{Text: "no"}
			if i%2 == 0 {
				ans = correctAnswer(it.Question.Question)
			}
			res := quiz.Grade(it.Question.Question, ans)
			for w := range 2 {
				wg.Go(func() {
					<-start
					_, ok, err := dbs[w].RecordResponse(ctx, a, i, ans, res)
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
		}
	}
	close(start)
	wg.Wait()
	if len(errs) > 0 || recorded != attempts*items {
		t.Fatalf("%d answers, each sent twice at once: recorded %d, errors %v; want each once", attempts*items, recorded, errs)
	}

	raw, err := store.OpenSQL(path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var finished, responses, firsts, nAll, nFirst int
	if err := raw.QueryRowContext(ctx, "SELECT COUNT(*) FROM attempts WHERE user_id = ? AND finished_at IS NOT NULL", uid).Scan(&finished); err != nil {
		t.Fatal(err)
	}
	if err := raw.QueryRowContext(ctx, "SELECT COUNT(*) FROM responses WHERE user_id = ?", uid).Scan(&responses); err != nil {
		t.Fatal(err)
	}
	if err := raw.QueryRowContext(ctx, `SELECT COUNT(*) FROM stat_firsts f JOIN attempts a ON a.id = f.attempt_id
		WHERE a.user_id = ?`, uid).Scan(&firsts); err != nil {
		t.Fatal(err)
	}
	if err := raw.QueryRowContext(ctx, "SELECT COALESCE(SUM(CASE WHEN scope = 1 THEN n END), 0), COALESCE(SUM(CASE WHEN scope = 0 THEN n END), 0) FROM stat_questions WHERE question_id = ?",
		question).Scan(&nAll, &nFirst); err != nil {
		t.Fatal(err)
	}
	if finished != attempts || responses != attempts*items || nAll != attempts || nFirst != 1 {
		t.Errorf("stored: %d attempts finished, %d responses, question counted %d times (first attempts %d); want %d, %d, %d, 1",
			finished, responses, nAll, nFirst, attempts, attempts*items, attempts)
	}
	var sets int
	if err := raw.QueryRowContext(ctx, `SELECT COUNT(DISTINCT q.set_id) FROM responses r JOIN questions q ON q.id = r.question_id
		WHERE r.user_id = ?`, uid).Scan(&sets); err != nil {
		t.Fatal(err)
	}
	if firsts != sets {
		t.Errorf("%d first attempts kept for the learner, want one for each of the %d sets answered", firsts, sets)
	}
	var kept int
	if err := raw.QueryRowContext(ctx, "SELECT attempts_finished FROM learner_courses WHERE user_id = ? AND course_id = ?", uid, c.ID).Scan(&kept); err != nil {
		t.Fatal(err)
	}
	if kept != attempts {
		t.Errorf("the learner's summary counts %d attempts finished, want %d", kept, attempts)
	}
	checkKept(t, db1, c.ID, "after the answers from two servers")

	// Rate one card round after round: in each, eight writers through
	// both servers send the rating of the same review count.
	now := time.Now().UTC()
	card, _, _, err := db2.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now, NewLimit: 20})
	if err != nil || card == nil {
		t.Fatalf("NextCard = %v, %v", card, err)
	}
	const rounds, writers = 5, 8
	for round := range rounds {
		applied := 0
		at := now.Add(time.Duration(round) * time.Minute)
		for w := range writers {
			wg.Go(func() {
				ok, err := dbs[w%2].RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, Rating: 3, At: at, ExpectReps: round,
					After: quiz.CardState{State: "review", Due: at.AddDate(0, 0, 3), Reps: round + 1, LastReview: at, Stability: 3}})
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
			t.Fatalf("round %d: the same rating from %d writers applied %d times, errors %v; want once", round, writers, applied, errs)
		}
	}
	var logged, reps int
	if err := raw.QueryRowContext(ctx, "SELECT COUNT(*) FROM review_log WHERE user_id = ? AND card_id = ?", uid, card.ID).Scan(&logged); err != nil {
		t.Fatal(err)
	}
	if err := raw.QueryRowContext(ctx, "SELECT reps FROM card_states WHERE user_id = ? AND card_id = ?", uid, card.ID).Scan(&reps); err != nil {
		t.Fatal(err)
	}
	if logged != rounds || reps != rounds {
		t.Errorf("the card: %d reviews logged, reps %d; want %d and %d", logged, reps, rounds, rounds)
	}
}
