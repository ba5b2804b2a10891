package store

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// The reads of the pages a learner meets on every round (a quiz's shell,
// the learner's classes, and, with no card left, the review statistics
// and the leeches) run through statements prepared once: the first call
// runs unprepared and prepares in the background, the next ones use the
// statement and give the same answers.
func TestLearnerReadsPreparedOnce(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openAnswersDB(t)
	t0 := time.Now().UTC()
	q := quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: t0, DayStart: t0.Add(-time.Hour), NewLimit: 20}
	card, _, _, err := db.NextCard(ctx, q)
	if err != nil || card == nil {
		t.Fatalf("no card: %v", err)
	}
	// A lapse of a card in review makes it a leech only after many; one
	// rating gives the statistics something to count.
	if ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, Rating: 3, At: t0,
		After: quiz.CardState{State: "learning", Due: t0.Add(10 * time.Minute), Reps: 1, LastReview: t0}}); err != nil || !ok {
		t.Fatalf("rating: %v %v", ok, err)
	}
	if _, err := db.write.Exec("UPDATE card_states SET leech = 1, lapses = 8 WHERE user_id = ? AND card_id = ?", uid, card.ID); err != nil {
		t.Fatal(err)
	}
	a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, Mode: quiz.ModeMixed, MixedSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	type reads struct {
		Stats   quiz.ReviewStats
		Leeches []int64
		Classes []quiz.Class
		Shell   []int64
	}
	read := func() reads {
		t.Helper()
		var r reads
		var err error
		if r.Stats, err = db.FindReviewStats(ctx, uid, c.ID, t0.Add(-time.Hour)); err != nil {
			t.Fatal(err)
		}
		ls, err := db.Leeches(ctx, uid, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range ls {
			r.Leeches = append(r.Leeches, l.ID)
		}
		if r.Classes, err = db.LearnerClasses(ctx, uid); err != nil {
			t.Fatal(err)
		}
		db.shells.Remove(a.PublicID) // read the shell from the database
		sh, err := db.attemptShell(ctx, a.PublicID)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range sh.Items {
			r.Shell = append(r.Shell, it.Question.VersionID)
		}
		return r
	}
	first := read()
	db.background.Wait()
	for _, part := range []string{"l.rating > 1", "s.leech = 1 AND", "class_members WHERE user_id", "FROM attempts WHERE public_id", "FROM attempt_items i"} {
		found := false
		db.stmts.Range(func(k, _ any) bool {
			found = found || strings.Contains(k.(string), part)
			return !found
		})
		if !found {
			t.Errorf("the query with %q is not prepared after a first call", part)
		}
	}
	second := read()
	if !reflect.DeepEqual(first, second) {
		t.Errorf("prepared reads differ from the first:\n got %+v\nwant %+v", second, first)
	}
	if first.Stats.Reviewed != 1 || first.Stats.Recalled != 1 || len(first.Leeches) != 1 || len(first.Shell) != 4 {
		t.Errorf("reads %+v: want one review recalled, one leech and a shell of 4 items", first)
	}
}

// The day's new cards started, as the review page with no card left
// reads them alone, are those DeckCounts gives with the decks' counts:
// none at first, one more for each new card rated, none before the day.
func TestNewCardsStartedAgreesWithDeckCounts(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openAnswersDB(t)
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	day := t0.Add(-time.Hour)
	check := func(want int) {
		t.Helper()
		got, err := db.NewCardsStarted(ctx, uid, day)
		if err != nil {
			t.Fatal(err)
		}
		_, counted, err := db.DeckCounts(ctx, uid, c.ID, t0, day)
		if err != nil {
			t.Fatal(err)
		}
		if got != counted || got != want {
			t.Errorf("new cards started: %d, DeckCounts %d, want %d", got, counted, want)
		}
	}
	check(0)
	q := quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: t0, DayStart: day, NewLimit: 20}
	for i := range 2 {
		card, _, _, err := db.NextCard(ctx, q)
		if err != nil || card == nil {
			t.Fatalf("no card: %v", err)
		}
		if ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, Rating: 3, At: t0,
			After: quiz.CardState{State: "learning", Due: t0.Add(time.Hour), Reps: 1, LastReview: t0}}); err != nil || !ok {
			t.Fatalf("rating: %v %v", ok, err)
		}
		check(i + 1)
	}
	if n, err := db.NewCardsStarted(ctx, uid, t0.Add(time.Minute)); err != nil || n != 0 {
		t.Errorf("new cards started after the ratings: %d, %v; want 0", n, err)
	}
}
