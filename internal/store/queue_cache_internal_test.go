package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
)

// openRivers opens a new SQLite file of that name holding the test course
// (rivers), closed when the test ends.
func openRivers(t *testing.T, name string) (*DB, *quiz.StoredCourse) {
	t.Helper()
	return openRiversAt(t, filepath.Join(t.TempDir(), name))
}

// openRiversAt is openRivers on the database file at path.
func openRiversAt(t *testing.T, path string) (*DB, *quiz.StoredCourse) {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.ImportCourse(ctx, quiztest.Course(), 0); err != nil {
		t.Fatal(err)
	}
	c, err := db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	return db, c
}

// openRiversLearner is openRivers with a new anonymous learner, whose id
// it returns.
func openRiversLearner(t *testing.T, name string) (*DB, *quiz.StoredCourse, int64) {
	t.Helper()
	db, c := openRivers(t, name)
	uid, err := db.CreateAnonymousLearner(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return db, c, uid
}

// A learner's queue counts are cached until their next write or until the
// next card falls due: a change behind the store's back is not seen, nor
// over a rating, which carries the counts over; another write of the
// learner's is, and so is a card coming due with no write at all.
func TestQueueCountsCachedUntilChangeOrDue(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, c, uid := openRiversLearner(t, "queue.db")
	t0 := time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)
	q := quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: t0, DayStart: t0.Add(-time.Hour), NewLimit: 20}
	counts := func(now time.Time) (due, left int) {
		t.Helper()
		q := q
		q.Now, q.CountOnly = now, true
		_, due, left, err := db.NextCard(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return due, left
	}
	first, due, left, err := db.NextCard(ctx, q)
	if err != nil || first == nil {
		t.Fatalf("no first card: %v", err)
	}
	if due != 0 || left < 2 {
		t.Fatalf("a new learner: %d due, %d new left; want 0 and at least 2", due, left)
	}

	// Another card made due behind the store's back: the cached counts
	// stand (which shows they come from the cache).
	var other int64
	if err := db.read.QueryRow("SELECT id FROM cards WHERE course_id = ? AND id <> ? ORDER BY id LIMIT 1", c.ID, first.ID).Scan(&other); err != nil {
		t.Fatal(err)
	}
	if _, err := db.write.Exec(`INSERT INTO card_states (user_id, card_id, state, due, added_at) VALUES (?, ?, 'review', ?, ?)`,
		uid, other, fmtTime(t0.Add(-time.Minute)), fmtTime(t0)); err != nil {
		t.Fatal(err)
	}
	if d, l := counts(t0); d != due || l != left {
		t.Errorf("counts after a change behind the store: %d due, %d left; want the cached %d and %d", d, l, due, left)
	}

	// A rating is a write of the learner's whose effect on the counts is
	// known: they are carried over it (queue_cache.go, carryQueue), so
	// the change behind the store is still not seen. The rated card falls
	// due ten minutes later.
	later := t0.Add(10 * time.Minute)
	ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: first.ID, ExpectReps: 0, Rating: 3, At: t0,
		After: quiz.CardState{State: "learning", Due: later, Reps: 1, LastReview: t0}})
	if err != nil || !ok {
		t.Fatalf("rating: %v %v", ok, err)
	}
	if d, l := counts(t0); d != due || l != left-1 {
		t.Errorf("after the rating: %d due, %d left; want the counts carried over it, %d and %d", d, l, due, left-1)
	}
	// Any other write of the learner's (a quiz started) has them read
	// afresh. The test course has fewer cards than the day allows, so the
	// new cards left are the unseen ones: two fewer than at first, the
	// rated card and the one changed behind the store.
	if _, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: c.Themes[0].ID, Mode: quiz.ModeTheme}); err != nil {
		t.Fatal(err)
	}
	if d, l := counts(t0); d != 1 || l != left-2 {
		t.Errorf("after another write: %d due, %d left; want 1 (the card changed behind the store) and %d", d, l, left-2)
	}
	// Just before the rated card falls due, nothing has changed; once it
	// has, it is counted, with no write in between.
	if d, _ := counts(later.Add(-time.Second)); d != 1 {
		t.Errorf("a second before the rated card falls due: %d due, want 1", d)
	}
	if d, _ := counts(later); d != 2 {
		t.Errorf("when the rated card falls due: %d due, want 2", d)
	}
}

// The card the queue chose, and whether a rating may be undone, are kept
// with the counts: a change behind the store's back is not seen, while a
// rating, an undo and an instructor's edit of the card are.
func TestQueueCardAndUndoCachedUntilChange(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openRiversLearner(t, "queue.db")
	now := db.Now()
	day := now.Add(-time.Hour)
	first, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: day, NewLimit: 20})
	if err != nil || first == nil {
		t.Fatalf("no first card: %v", err)
	}
	if first.Question != nil {
		t.Fatalf("the first new card is drawn from a question; the test course should start with a written card")
	}
	find := func() *quiz.StudyCard {
		t.Helper()
		got, err := db.FindCard(ctx, uid, first.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	undo := func() bool {
		t.Helper()
		rating, err := db.UndoableRating(ctx, uid, c.ID, day)
		if err != nil {
			t.Fatal(err)
		}
		return rating > 0
	}
	if undo() {
		t.Fatal("a new learner can undo a rating")
	}
	// Behind the store's back: the cached card and undo stand.
	if _, err := db.write.Exec("UPDATE cards SET front = 'behind' WHERE id = ?", first.ID); err != nil {
		t.Fatal(err)
	}
	if got := find(); got.Front != first.Front || got.State != nil {
		t.Fatalf("card after a change behind the store: %q, state %v; want the cached %q, no state", got.Front, got.State, first.Front)
	}

	// A rating: the learner's state of the card is read afresh, and it can
	// be undone; what the card shows is kept until the content changes
	// (cardBodies), so the change behind the store's back is still unseen.
	ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: first.ID, ExpectReps: 0, Rating: 3, At: now,
		After: quiz.CardState{State: "learning", Due: now.Add(10 * time.Minute), Reps: 1, LastReview: now}})
	if err != nil || !ok {
		t.Fatalf("rating: %v %v", ok, err)
	}
	if got := find(); got.Front != first.Front || got.State == nil || got.State.Reps != 1 {
		t.Fatalf("card after a rating: %q, state %+v; want the kept front and one review", got.Front, got.State)
	}
	if !undo() {
		t.Fatal("after a rating: cannot undo")
	}
	if _, _, err := db.UndoLastReview(ctx, uid, c.ID); err != nil {
		t.Fatal(err)
	}
	if undo() {
		t.Fatal("after the undo: can still undo")
	}
	if got := find(); got.State != nil {
		t.Fatalf("card after the undo: state %+v, want none", got.State)
	}

	// An instructor's edit changes the content: every learner reads it.
	find() // cached again
	if err := db.UpdateCard(ctx, first.ID, quiz.Card{Front: "edited", Back: first.Back, Paragraphs: first.Paragraphs}); err != nil {
		t.Fatal(err)
	}
	if got := find(); got.Front != "edited" {
		t.Fatalf("card after an edit: %q, want edited", got.Front)
	}
}

// Whether a learner may undo is carried over their rating as yes, for the
// rated card's course and the day starts not after it, with no read; a
// later day start, a rating that did not apply and any other write are
// read afresh.
func TestUndoCarriedOverARating(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, c, uid := openRiversLearner(t, "undo.db")
	now := db.Now()
	day, later := now.Add(-time.Hour), now.Add(time.Hour)
	undo := func(since time.Time) bool {
		t.Helper()
		rating, err := db.UndoableRating(ctx, uid, c.ID, since)
		if err != nil {
			t.Fatal(err)
		}
		return rating > 0
	}
	reps := map[int64]int{}
	rate := func(at time.Time) int64 {
		t.Helper()
		card, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: at, DayStart: day, NewLimit: 20})
		if err != nil || card == nil {
			t.Fatalf("no card to rate: %v", err)
		}
		// Asked as the review page asks, once the queue is read.
		undo(day)
		undo(later)
		ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, ExpectReps: reps[card.ID], Rating: 3, At: at,
			After: quiz.CardState{State: "review", Due: at.Add(48 * time.Hour), Reps: reps[card.ID] + 1, LastReview: at}})
		if err != nil || !ok {
			t.Fatalf("rating: %v %v", ok, err)
		}
		reps[card.ID]++
		return card.ID
	}
	undoneBehind := func() {
		t.Helper()
		if _, err := db.write.Exec("UPDATE review_log SET undone_at = ? WHERE user_id = ?", fmtTime(now), uid); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: day, NewLimit: 20}); err != nil {
		t.Fatal(err)
	}
	if undo(day) || undo(later) {
		t.Fatal("a new learner can undo a rating")
	}
	rate(now)
	// Carried: the ratings taken back behind the store's back are not seen.
	undoneBehind()
	if !undo(day) {
		t.Fatal("after a rating: cannot undo; want yes, carried over the rating")
	}
	// Not carried: a day start after the rating is read again, and the
	// database says no.
	if undo(later) {
		t.Fatal("a day start after the rating: can undo; want it read again")
	}
	card := rate(now)
	undoneBehind()
	if !undo(day) {
		t.Fatal("after a second rating: cannot undo; want yes, carried over")
	}
	// A rating that does not apply (a double submit) drops it.
	ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card, ExpectReps: 0, Rating: 3, At: now,
		After: quiz.CardState{State: "review", Due: now.Add(48 * time.Hour), Reps: 1, LastReview: now}})
	if err != nil || ok {
		t.Fatalf("a stale rating applied: %v %v", ok, err)
	}
	if undo(day) {
		t.Fatal("after a rating that did not apply: can undo; want it read again, and no")
	}
	// So does any other write of the learner's.
	rate(now)
	if !undo(day) {
		t.Fatal("after a third rating: cannot undo")
	}
	if _, _, err := db.UndoLastReview(ctx, uid, c.ID); err != nil {
		t.Fatal(err)
	}
	if undo(day) {
		t.Fatal("after the undo: can still undo")
	}
}

// What a card shows is kept across learners and their ratings, and read
// again after any content write: a written card's edit and a question's
// new version are seen by a learner who had the card and by one who never
// had it.
func TestCardBodiesFollowContentWrites(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, c := openRivers(t, "bodies.db")
	var written, asked int64
	var question int64
	if err := db.read.QueryRow("SELECT id FROM cards WHERE course_id = ? AND question_id IS NULL ORDER BY id LIMIT 1", c.ID).Scan(&written); err != nil {
		t.Fatal(err)
	}
	if err := db.read.QueryRow("SELECT id, question_id FROM cards WHERE course_id = ? AND question_id IS NOT NULL ORDER BY id LIMIT 1", c.ID).Scan(&asked, &question); err != nil {
		t.Fatal(err)
	}
	find := func(uid, card int64) *quiz.StudyCard {
		t.Helper()
		got, err := db.FindCard(ctx, uid, card)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	first, _ := db.CreateAnonymousLearner(ctx)
	w, a := find(first, written), find(first, asked)
	if a.Question == nil {
		t.Fatal("a question's card has no question")
	}
	if _, ok := db.cardBodies.Get(written); !ok {
		t.Fatal("a card read is not kept")
	}
	if err := db.UpdateCard(ctx, written, quiz.Card{Front: "Edited front", Back: w.Back, Paragraphs: w.Paragraphs}); err != nil {
		t.Fatal(err)
	}
	q := *a.Question
	q.Prompt = "An edited prompt?"
	if _, err := db.UpdateQuestion(ctx, question, q, 0); err != nil {
		t.Fatal(err)
	}
	second, _ := db.CreateAnonymousLearner(ctx)
	for _, uid := range []int64{first, second} {
		if got := find(uid, written); got.Front != "Edited front" {
			t.Errorf("learner %d: written card shows %q after its edit", uid, got.Front)
		}
		if got := find(uid, asked); got.Question == nil || got.Question.Prompt != "An edited prompt?" {
			t.Errorf("learner %d: question's card shows %+v after the question's edit", uid, got.Question)
		}
	}
}

// The rating an undo would take back is named, read or carried over a
// rating: the latest one made, as UndoLastReview takes it back, even when
// a rating made earlier (its answer shown before another card's) comes
// last.
func TestUndoableRatingIsTheLatest(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, c, uid := openRiversLearner(t, "undoable.db")
	now := db.Now()
	day := now.Add(-time.Hour)
	rating := func() int {
		t.Helper()
		n, err := db.UndoableRating(ctx, uid, c.ID, day)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	rate := func(at time.Time, n int) {
		t.Helper()
		card, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: day, NewLimit: 20})
		if err != nil || card == nil {
			t.Fatalf("no card to rate: %v", err)
		}
		rating() // asked as the review page asks
		ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, ExpectReps: 0, Rating: n, At: at,
			After: quiz.CardState{State: "review", Due: now.Add(48 * time.Hour), Reps: 1, LastReview: at}})
		if err != nil || !ok {
			t.Fatalf("rating: %v %v", ok, err)
		}
	}
	if got := rating(); got != 0 {
		t.Fatalf("a new learner's rating to undo: %d, want none", got)
	}
	rate(now, 4)
	if got := rating(); got != 4 {
		t.Fatalf("after an Easy: %d, want 4 carried over", got)
	}
	rate(now.Add(-time.Minute), 2) // made before the Easy
	if got := rating(); got != 4 {
		t.Fatalf("after a Hard made before the Easy: %d, want the Easy (4), the latest", got)
	}
	rate(now.Add(time.Minute), 1)
	if got := rating(); got != 1 {
		t.Fatalf("after an Again: %d, want 1", got)
	}
	for _, want := range []int{1, 4, 2} {
		_, n, err := db.UndoLastReview(ctx, uid, c.ID)
		if err != nil || n != want {
			t.Fatalf("undo took back %d (%v), want %d", n, err, want)
		}
		if next := map[int]int{1: 4, 4: 2, 2: 0}[want]; rating() != next {
			t.Fatalf("after undoing %d: %d to undo, want %d", want, rating(), next)
		}
	}
}
