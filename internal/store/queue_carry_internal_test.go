package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// openRiversAndReader opens the test course with a new anonymous learner,
// and a second store on the same file that reads it past the first one's
// caches.
func openRiversAndReader(t *testing.T) (db, other *DB, c *quiz.StoredCourse, uid int64) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "queue.db")
	db, c = openRiversAt(t, path)
	other, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	if uid, err = db.CreateAnonymousLearner(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db, other, c, uid
}

// A learner's queue counts are carried over their ratings rather than
// counted again: a first rating takes a new card from the decks that hold
// the card, a due card's rating takes one from the cards due, and the
// counts kept hold no longer than the rated card's new due time. Where
// the change cannot be worked out from the counts (a first rating of a
// card another deck does not hold, a card due again at once), they are
// counted again. At every step the counts kept equal those a second
// store on the same file counts from scratch.
func TestQueueCountsCarriedOverRatings(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, other, c, uid := openRiversAndReader(t)
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	dayStart := t0.Add(-time.Hour)
	// The whole course's deck, and its first theme's.
	decks := func(now time.Time) []quiz.NextCardQuery {
		q := quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: dayStart, NewLimit: 4}
		th := q
		th.ThemeID = c.Themes[0].ID
		return []quiz.NextCardQuery{q, th}
	}
	// read has the queue count each deck and keeps the counts.
	read := func(now time.Time) *quiz.StudyCard {
		t.Helper()
		var first *quiz.StudyCard
		for i, q := range decks(now) {
			card, _, _, err := db.NextCard(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				first = card
			}
		}
		return first
	}
	check := func(step string, now time.Time, wantCarried bool) {
		t.Helper()
		for _, q := range decks(now) {
			g := db.learners.generation(uid, db.gen.Load())
			e, carried := db.learners.getQueue(uid, keyOf(q), g, now)
			if carried != wantCarried {
				t.Fatalf("%s, deck of theme %d: counts kept %v, want %v", step, q.ThemeID, carried, wantCarried)
			}
			other.learners.dropAll()
			fq := q
			fq.CountOnly = true
			_, due, newLeft, err := other.NextCard(ctx, fq)
			if err != nil {
				t.Fatal(err)
			}
			if carried && (e.due != due || e.newLeft != newLeft) {
				t.Fatalf("%s, deck of theme %d: kept %d due and %d new, counted %d and %d", step, q.ThemeID, e.due, e.newLeft, due, newLeft)
			}
			_, gotDue, gotNew, err := db.NextCard(ctx, fq)
			if err != nil {
				t.Fatal(err)
			}
			if gotDue != due || gotNew != newLeft {
				t.Fatalf("%s, deck of theme %d: the queue gives %d due and %d new, counted %d and %d", step, q.ThemeID, gotDue, gotNew, due, newLeft)
			}
		}
	}
	rate := func(cardID int64, reps int, at time.Time, after quiz.CardState) {
		t.Helper()
		ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: cardID, ExpectReps: reps, Rating: 3, At: at, After: after})
		if err != nil || !ok {
			t.Fatalf("rating card %d: %v %v", cardID, ok, err)
		}
	}
	learning := func(at time.Time, reps int, due time.Duration) quiz.CardState {
		return quiz.CardState{State: "learning", Due: at.Add(due), Reps: reps, LastReview: at}
	}

	// First ratings of the first theme's new cards, the course's deck
	// choosing them: both decks hold each card.
	now := t0
	var rated []*quiz.StudyCard
	for i := range 3 {
		card := read(now)
		if card == nil || card.ThemeID != c.Themes[0].ID {
			t.Fatalf("new card %d: %+v, want one of the first theme", i, card)
		}
		rate(card.ID, 0, now, learning(now, 1, 10*time.Minute+time.Duration(i)*time.Minute))
		rated = append(rated, card)
		now = now.Add(time.Second)
		check("after a first rating", now, true)
	}
	// The first card falls due: counted again (the counts expired), then
	// its rating takes it from the cards due, in both decks.
	now = t0.Add(10*time.Minute + 30*time.Second)
	if card := read(now); card == nil || card.ID != rated[0].ID {
		t.Fatalf("the card due: %+v, want card %d", card, rated[0].ID)
	}
	check("the first card due", now, true)
	rate(rated[0].ID, 1, now, learning(now, 2, time.Hour))
	now = now.Add(time.Second)
	check("after a due card's rating", now, true)
	// Rated again at once and due at once: counted again.
	read(now)
	rate(rated[0].ID, 2, now, learning(now, 3, 0))
	now = now.Add(time.Second)
	check("after a rating due at once", now, false)
	// A card suspended by its rating (a leech) leaves the cards due.
	now = t0.Add(12*time.Minute + 30*time.Second)
	read(now)
	sus := learning(now, 2, 24*time.Hour)
	sus.Suspended, sus.Leech = true, true
	check("before the suspending rating", now, true)
	due := rated[1]
	if d := rated[0]; d.ID == due.ID {
		t.Fatal("the same card twice")
	}
	rate(due.ID, 1, now, sus)
	now = now.Add(time.Second)
	check("after a rating that suspends", now, true)
	// A first rating of a card the theme's deck does not hold: the
	// course's deck carries it over; the theme's allowance changed
	// unseen, so its counts are read again.
	var elsewhere int64
	if err := db.read.QueryRow(`SELECT id FROM cards c WHERE course_id = ? AND theme_id <> ? AND NOT EXISTS
		(SELECT 1 FROM card_states s WHERE s.card_id = c.id AND s.user_id = ?) ORDER BY id LIMIT 1`, c.ID, c.Themes[0].ID, uid).Scan(&elsewhere); err != nil {
		t.Fatal(err)
	}
	read(now)
	rate(elsewhere, 0, now, learning(now, 1, time.Hour))
	now = now.Add(time.Second)
	q := decks(now)
	g := db.learners.generation(uid, db.gen.Load())
	if _, ok := db.learners.getQueue(uid, keyOf(q[0]), g, now); !ok {
		t.Error("the course's deck's counts were not carried over a first rating of one of its cards")
	}
	if _, ok := db.learners.getQueue(uid, keyOf(q[1]), g, now); ok {
		t.Error("the theme's deck's counts were carried over a first rating of a card it does not hold")
	}
	other.learners.dropAll()
	for _, dq := range q {
		fq := dq
		fq.CountOnly = true
		_, fd, fn, err := other.NextCard(ctx, fq)
		if err != nil {
			t.Fatal(err)
		}
		_, gd, gn, err := db.NextCard(ctx, fq)
		if err != nil {
			t.Fatal(err)
		}
		if gd != fd || gn != fn {
			t.Fatalf("deck of theme %d: the queue gives %d due and %d new, counted %d and %d", dq.ThemeID, gd, gn, fd, fn)
		}
	}
	// The day's allowance used up (four started): no new card is left.
	if _, _, n, _ := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: dayStart, NewLimit: 4, CountOnly: true}); n != 0 {
		t.Errorf("%d new cards left after four started, want 0", n)
	}
}

// Ratings written at once, with the queue counted between them, leave the
// counts the queue gives equal to those counted from scratch.
func TestQueueCountsUnderConcurrentRatings(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, other, c, uid := openRiversAndReader(t)
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	q := quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: t0.Add(time.Minute), DayStart: t0.Add(-time.Hour), NewLimit: 20, CountOnly: true}
	cards := courseCardIDs(t, db, c.ID)
	if _, _, _, err := db.NextCard(ctx, q); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 2*len(cards))
	for _, id := range cards {
		go func() {
			_, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: id, Rating: 3, At: t0,
				After: quiz.CardState{State: "learning", Due: t0.Add(10 * time.Minute), Reps: 1, LastReview: t0}})
			errs <- err
		}()
		go func() {
			_, _, _, err := db.NextCard(ctx, q)
			errs <- err
		}()
	}
	for range 2 * len(cards) {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	_, due, newLeft, err := db.NextCard(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	_, fd, fn, err := other.NextCard(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if due != fd || newLeft != fn || fn != max(20-len(cards), 0) && fn != 0 {
		t.Fatalf("after %d ratings at once: the queue gives %d due and %d new, counted %d and %d", len(cards), due, newLeft, fd, fn)
	}
}
