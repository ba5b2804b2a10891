package store_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// The counts of the flashcard queue are the same whether a card is asked
// for or not, the new cards left are capped by the day's limit and by the
// unseen cards, and a count-only query chooses no card.
func TestNextCardCounts(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	uid, _ := db.CreateAnonymousLearner(ctx)
	now := time.Now()
	d, _, err := db.DeckCounts(ctx, uid, c.ID, now, now)
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, x := range d {
		total += x.Total
	}
	if total < 2 {
		t.Fatalf("the test course has %d cards, want at least 2", total)
	}
	for _, limit := range []int{0, 1, total - 1, total, total + 5} {
		q := quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now, NewLimit: limit}
		card, due, left, err := db.NextCard(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if want := min(limit, total); left != want || due != 0 {
			t.Errorf("limit %d: %d new left, %d due; want %d and 0", limit, left, due, want)
		}
		if (card != nil) != (left > 0) {
			t.Errorf("limit %d: card %v with %d new left", limit, card, left)
		}
		q.CountOnly = true
		card, due2, left2, err := db.NextCard(ctx, q)
		if err != nil || card != nil || due2 != due || left2 != left {
			t.Errorf("limit %d, counts only: card %v, %d due, %d left, %v; want no card, %d, %d", limit, card, due2, left2, err, due, left)
		}
	}
}

// Many learners opening their flashcards at once on a fresh start, when
// no statement is prepared yet, all get their card: a read transaction
// never waits for another connection of the pool (which deadlocked once
// every connection was held by a transaction waiting to prepare).
func TestNextCardManyAtOnceOnAFreshStart(t *testing.T) {
	ctx := context.Background()
	db, path := mustOpen(t)
	c := mustImport(t, db)
	var uids []int64
	for range 32 {
		uid, err := db.CreateAnonymousLearner(ctx)
		if err != nil {
			t.Fatal(err)
		}
		uids = append(uids, uid)
	}
	db.Close()
	for round := range 3 {
		db, err := store.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		start := make(chan struct{})
		errs := make(chan error, len(uids))
		for _, uid := range uids {
			go func() {
				<-start
				now := time.Now()
				card, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now, NewLimit: 20})
				if err == nil && card == nil {
					err = errors.New("no card offered")
				}
				if err == nil {
					_, err = db.FindCard(ctx, uid, card.ID)
				}
				errs <- err
			}()
		}
		close(start)
		for range uids {
			if err := <-errs; err != nil {
				t.Errorf("round %d: %v", round, err)
			}
		}
		db.Close()
	}
}
