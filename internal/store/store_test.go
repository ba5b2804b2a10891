package store_test

import (
	"context"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
)

func mustOpen(t *testing.T) (*store.DB, string) {
	t.Helper()
	path := openTarget(t)
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func mustImport(t *testing.T, db *store.DB) *quiz.StoredCourse {
	t.Helper()
	ctx := context.Background()
	if _, err := db.ImportCourse(ctx, quiztest.Course(), 0); err != nil {
		t.Fatal(err)
	}
	c, err := db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestOpenMigratesOnceAndReopens(t *testing.T) {
	ctx := context.Background()
	db, path := mustOpen(t)
	v, err := db.SchemaVersion(ctx)
	if err != nil || v < 1 {
		t.Fatalf("SchemaVersion = %d, %v; want >= 1", v, err)
	}
	mustImport(t, db)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer db2.Close()
	v2, _ := db2.SchemaVersion(ctx)
	if v2 != v {
		t.Fatalf("schema version after reopen = %d, want %d", v2, v)
	}
	if _, err := db2.FindCourse(ctx, "rivers"); err != nil {
		t.Fatalf("course lost on reopen: %v", err)
	}
}

func TestImportRoundTrip(t *testing.T) {
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	if len(c.Themes) != 2 || c.Themes[1].Slug != "rhine-and-borders" || len(c.Themes[1].Paragraphs) != 2 {
		t.Fatalf("themes = %+v", c.Themes)
	}
	if c.Themes[0].Questions != 3 {
		t.Errorf("theme danube has %d published questions, want 3", c.Themes[0].Questions)
	}
	got, err := db.ExportCourse(context.Background(), "rivers")
	if err != nil {
		t.Fatal(err)
	}
	want := quiztest.Course()
	want.Version = quiz.FormatVersion
	if len(got.Questions) != len(want.Questions) || len(got.Cards) != 1 || len(got.Paragraphs) != 3 {
		t.Fatalf("export has %d questions, %d cards, %d paragraphs", len(got.Questions), len(got.Cards), len(got.Paragraphs))
	}
	for i := range want.Questions {
		g, w := got.Questions[i], want.Questions[i]
		if g.ID != w.ID || g.Prompt != w.Prompt || g.Type != w.Type || len(g.Options) != len(w.Options) || len(g.Pairs) != len(w.Pairs) {
			t.Errorf("question %d: got %+v, want %+v", i, g, w)
		}
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	bad := quiztest.Course()
	bad.Questions[2].Paragraphs = []int{42}
	_, err := db.ImportCourse(ctx, bad, 0)
	if quiz.KindOf(err) != quiz.EInvalid {
		t.Fatalf("import of an invalid course: %v, want an invalid error", err)
	}
	if _, err := db.FindCourse(ctx, "rivers"); quiz.KindOf(err) != quiz.ENotFound {
		t.Fatalf("a failed import left a course behind: %v", err)
	}
	mustImport(t, db)
	if _, err := db.ImportCourse(ctx, quiztest.Course(), 0); quiz.KindOf(err) != quiz.EConflict {
		t.Fatalf("second import: %v, want conflict", err)
	}
}

func TestEnsureCourseKeepsExisting(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	created, err := db.EnsureCourse(ctx, quiztest.Course())
	if err != nil || !created {
		t.Fatalf("first EnsureCourse = %v, %v", created, err)
	}
	changed := quiztest.Course()
	changed.Course.Title = "Something else"
	created, err = db.EnsureCourse(ctx, changed)
	if err != nil || created {
		t.Fatalf("second EnsureCourse = %v, %v; want false, nil", created, err)
	}
	c, _ := db.FindCourse(ctx, "rivers")
	if c.Title != "Rivers of Europe" {
		t.Fatalf("EnsureCourse overwrote the course: title %q", c.Title)
	}
	cs, _ := db.ListCourses(ctx)
	if len(cs) != 1 {
		t.Fatalf("%d courses, want 1", len(cs))
	}
}

func newAttempt(t *testing.T, db *store.DB, c *quiz.StoredCourse, uid int64, mode string, theme int64) *quiz.Attempt {
	t.Helper()
	a, err := db.CreateAttempt(context.Background(), quiz.NewAttempt{
		UserID: uid, CourseID: c.ID, ThemeID: theme, Mode: mode, MixedSize: 4, Rand: rand.New(rand.NewPCG(1, 2)),
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAttemptLifecycle(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	uid, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := newAttempt(t, db, c, uid, quiz.ModeTheme, c.Themes[0].ID)
	if len(a.Items) != 3 {
		t.Fatalf("theme attempt has %d items, want 3", len(a.Items))
	}
	for _, it := range a.Items {
		if it.Question.Theme != "danube" {
			t.Errorf("item from theme %q in a danube quiz", it.Question.Theme)
		}
	}
	// Answer all; the first one wrong.
	for i, it := range a.Items {
		ans := correctAnswer(it.Question.Question)
		if i == 0 {
			ans = quiz.Answer{Text: "wrong", Choices: []int{99}}
		}
		res := quiz.Grade(it.Question.Question, ans)
		resp, recorded, err := db.RecordResponse(ctx, a, i, ans, res)
		if err != nil || !recorded {
			t.Fatalf("RecordResponse %d = %v, %v", i, recorded, err)
		}
		if resp.Correct != (i != 0) {
			t.Errorf("response %d correct = %v", i, resp.Correct)
		}
	}
	// A second answer to the same item changes nothing.
	resp, recorded, err := db.RecordResponse(ctx, a, 0, correctAnswer(a.Items[0].Question.Question), quiz.Result{Correct: true, Score: 1})
	if err != nil || recorded || resp.Correct {
		t.Fatalf("double submit: recorded=%v correct=%v err=%v; want the first answer kept", recorded, resp.Correct, err)
	}
	got, err := db.FindAttempt(ctx, a.PublicID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Finished() || got.Answered() != 3 {
		t.Fatalf("finished=%v answered=%d", got.Finished(), got.Answered())
	}
	prog, err := db.ThemeProgress(ctx, uid, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if p := prog[c.Themes[0].ID]; p.Total != 3 || p.Answered != 3 || p.Mastered != 2 {
		t.Fatalf("progress = %+v, want 3 total, 3 answered, 2 mastered", p)
	}
	// Retry holds exactly the missed question.
	r, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, Mode: quiz.ModeRetry, RetryOf: got.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Items) != 1 || r.Items[0].Question.ID != a.Items[0].Question.ID {
		t.Fatalf("retry items = %d, want the one missed question", len(r.Items))
	}
}

func TestOptionOrderIsStableWithinAttempt(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	uid, _ := db.CreateAnonymousLearner(ctx)
	a := newAttempt(t, db, c, uid, quiz.ModeMixed, 0)
	if len(a.Items) != 4 {
		t.Fatalf("mixed quiz of size 4 has %d items", len(a.Items))
	}
	themes := map[string]bool{}
	for _, it := range a.Items {
		themes[it.Question.Theme] = true
	}
	if len(themes) != 2 {
		t.Errorf("mixed quiz covers %d themes, want both", len(themes))
	}
	again, _ := db.FindAttempt(ctx, a.PublicID)
	for i := range a.Items {
		if a.Items[i].Question.ID != again.Items[i].Question.ID || len(a.Items[i].Order) != len(again.Items[i].Order) {
			t.Fatalf("item %d changed between reads", i)
		}
		for j := range a.Items[i].Order {
			if a.Items[i].Order[j] != again.Items[i].Order[j] {
				t.Fatalf("option order of item %d changed between reads", i)
			}
		}
	}
}

// Concurrent answers to the same item record exactly one response.
func TestConcurrentDoubleSubmitRecordsOnce(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	uid, _ := db.CreateAnonymousLearner(ctx)
	a := newAttempt(t, db, c, uid, quiz.ModeTheme, c.Themes[0].ID)
	var wg sync.WaitGroup
	var mu sync.Mutex
	recorded := 0
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok, err := db.RecordResponse(ctx, a, 0, quiz.Answer{Text: "x"}, quiz.Result{})
			if err != nil {
				t.Error(err)
			}
			if ok {
				mu.Lock()
				recorded++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if recorded != 1 {
		t.Fatalf("%d goroutines recorded a response, want 1", recorded)
	}
}

func TestSessions(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	uid, _ := db.CreateAnonymousLearner(ctx)
	if err := db.SaveSession(ctx, quiz.SessionRecord{TokenHash: "h1", UserID: uid, Data: []byte("x"), ExpiresAt: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	s, err := db.FindSession(ctx, "h1")
	if err != nil || s.UserID != uid || string(s.Data) != "x" {
		t.Fatalf("FindSession = %+v, %v", s, err)
	}
	now = now.Add(2 * time.Hour)
	if _, err := db.FindSession(ctx, "h1"); quiz.KindOf(err) != quiz.ENotFound {
		t.Fatalf("expired session found: %v", err)
	}
	if n, err := db.DeleteExpiredSessions(ctx); err != nil || n != 1 {
		t.Fatalf("DeleteExpiredSessions = %d, %v", n, err)
	}
	db.SaveSession(ctx, quiz.SessionRecord{TokenHash: "h2", UserID: uid, Data: []byte("y"), ExpiresAt: now.Add(time.Hour)})
	// Read it, so that it is cached, then revoke: revoking must win.
	if s, err := db.FindSession(ctx, "h2"); err != nil || s.User == nil || s.User.ID != uid {
		t.Fatalf("FindSession h2 = %+v, %v", s, err)
	}
	if err := db.DeleteUserSessions(ctx, uid); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FindSession(ctx, "h2"); !errors.As(err, new(*quiz.Error)) {
		t.Fatalf("session survived DeleteUserSessions: %v", err)
	}
}

func correctAnswer(q quiz.Question) quiz.Answer {
	var a quiz.Answer
	for i, o := range q.Options {
		if o.Correct {
			a.Choices = append(a.Choices, i)
		}
	}
	if len(q.Answers) > 0 {
		a.Text = q.Answers[0]
	}
	for i := range q.Pairs {
		a.Matches = append(a.Matches, i)
	}
	if len(q.Numeric) > 0 {
		a.Text = "2"
	}
	return a
}

func TestDeletedSessionIsGoneAtOnce(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	now := time.Now()
	db.SaveSession(ctx, quiz.SessionRecord{TokenHash: "h", Data: []byte("{}"), ExpiresAt: now.Add(time.Hour)})
	if _, err := db.FindSession(ctx, "h"); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteSession(ctx, "h"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FindSession(ctx, "h"); quiz.KindOf(err) != quiz.ENotFound {
		t.Fatalf("deleted session still found: %v", err)
	}
}

func BenchmarkLearnerState(b *testing.B) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "l.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	db.ImportCourse(ctx, quiztest.Course(), 0)
	c, _ := db.FindCourse(ctx, "rivers")
	uid, _ := db.CreateAnonymousLearner(ctx)
	db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, Mode: quiz.ModeMixed})
	for b.Loop() {
		if _, err := db.FindLearnerState(ctx, uid, c.ID, time.Now()); err != nil {
			b.Fatal(err)
		}
	}
}

// The learner state is cached, but never stale: a write by the learner
// shows at once, and a card shows as due as soon as its time comes.
func TestLearnerStateIsNeverStale(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	uid, _ := db.CreateAnonymousLearner(ctx)
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	st, err := db.FindLearnerState(ctx, uid, c.ID, now)
	if err != nil || len(st.Open) != 0 || len(st.CardsDue) != 0 {
		t.Fatalf("fresh learner state = %+v, %v", st, err)
	}
	a := newAttempt(t, db, c, uid, quiz.ModeTheme, c.Themes[0].ID)
	if st, _ := db.FindLearnerState(ctx, uid, c.ID, now); len(st.Open) != 1 {
		t.Fatalf("a new attempt is not open in the state: %+v", st.Open)
	}
	db.RecordResponse(ctx, a, 0, quiz.Answer{Text: "no"}, quiz.Result{})
	st, _ = db.FindLearnerState(ctx, uid, c.ID, now)
	if p := st.Progress[c.Themes[0].ID]; p.Answered != 1 || st.CardsDue[c.Themes[0].ID] != 1 {
		t.Fatalf("after a wrong answer: progress %+v, due %v", p, st.CardsDue)
	}
	// Rate that card: due again in ten minutes.
	card, _, _, _ := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now, NewLimit: 20})
	ok, err := db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, ExpectReps: 0, Rating: 3, At: now,
		After: quiz.CardState{State: "learning", Due: now.Add(10 * time.Minute), Reps: 1, LastReview: now}})
	if !ok || err != nil {
		t.Fatalf("RecordReview = %v, %v", ok, err)
	}
	if st, _ := db.FindLearnerState(ctx, uid, c.ID, now.Add(9*time.Minute)); st.CardsDue[c.Themes[0].ID] != 0 {
		t.Fatalf("9 minutes on, %d cards due, want 0", st.CardsDue[c.Themes[0].ID])
	}
	if st, _ := db.FindLearnerState(ctx, uid, c.ID, now.Add(10*time.Minute)); st.CardsDue[c.Themes[0].ID] != 1 {
		t.Fatalf("10 minutes on, %d cards due, want 1", st.CardsDue[c.Themes[0].ID])
	}
}

func TestAccountsAndMerge(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	acct, err := db.CreateUser(ctx, "Ada@Example.org", "hash1", quiz.RoleLearner)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateUser(ctx, "ada@example.ORG", "hash2", quiz.RoleLearner); quiz.KindOf(err) != quiz.EConflict {
		t.Fatalf("a second account with the same email in other case: %v", err)
	}
	a, err := db.FindAccount(ctx, "ADA@example.org")
	if err != nil || a.ID != acct || a.PasswordHash != "hash1" {
		t.Fatalf("FindAccount = %+v, %v", a, err)
	}
	// The account answered question 0 wrongly yesterday; the anonymous
	// learner answered it rightly today and another question too.
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now.Add(-24 * time.Hour) }
	at := newAttempt(t, db, c, acct, quiz.ModeTheme, c.Themes[0].ID)
	db.RecordResponse(ctx, at, 0, quiz.Answer{Text: "no"}, quiz.Result{})
	db.Now = func() time.Time { return now }
	anon, _ := db.CreateAnonymousLearner(ctx)
	an := newAttempt(t, db, c, anon, quiz.ModeTheme, c.Themes[0].ID)
	for i, it := range an.Items {
		res := quiz.Result{Correct: true, Score: 1}
		if it.Question.ID != at.Items[0].Question.ID && i > 1 {
			continue
		}
		db.RecordResponse(ctx, an, i, quiz.Answer{Text: "x"}, res)
	}
	before, _ := db.ThemeProgress(ctx, anon, c.ID)
	if err := db.MergeLearner(ctx, anon, acct); err != nil {
		t.Fatal(err)
	}
	after, _ := db.ThemeProgress(ctx, acct, c.ID)
	p := after[c.Themes[0].ID]
	if p.Answered != before[c.Themes[0].ID].Answered || p.Mastered != before[c.Themes[0].ID].Mastered {
		t.Fatalf("after merge %+v; the anonymous learner had %+v (newer answers win)", p, before[c.Themes[0].ID])
	}
	if _, err := db.FindUser(ctx, anon); quiz.KindOf(err) != quiz.ENotFound {
		t.Fatalf("anonymous learner still there: %v", err)
	}
	got, err := db.FindAttempt(ctx, an.PublicID)
	if err != nil || got.UserID != acct {
		t.Fatalf("merged attempt belongs to %d, %v", got.UserID, err)
	}
	if err := db.MergeLearner(ctx, acct, acct); quiz.KindOf(err) != quiz.EConflict {
		t.Fatalf("merging an account: %v", err)
	}
}

func TestUpgradeAnonymousAndRevocation(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	anon, _ := db.CreateAnonymousLearner(ctx)
	db.SaveSession(ctx, quiz.SessionRecord{TokenHash: "s", UserID: anon, Data: []byte("{}"), ExpiresAt: time.Now().Add(time.Hour)})
	if err := db.UpgradeAnonymous(ctx, anon, "bo@example.org", "h"); err != nil {
		t.Fatal(err)
	}
	if err := db.UpgradeAnonymous(ctx, anon, "other@example.org", "h"); quiz.KindOf(err) != quiz.EConflict {
		t.Fatalf("upgrading twice: %v", err)
	}
	u, _ := db.FindUser(ctx, anon)
	if u.Email != "bo@example.org" || u.Anonymous() {
		t.Fatalf("upgraded user = %+v", u)
	}
	if _, err := db.FindSession(ctx, "s"); err != nil {
		t.Fatalf("session lost on upgrade: %v", err)
	}
	if err := db.SetPassword(ctx, anon, "h2"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FindSession(ctx, "s"); quiz.KindOf(err) != quiz.ENotFound {
		t.Fatalf("a password change left the session alive: %v", err)
	}
}

// Cards drawn from questions in a draft set stay out of every deck.
func TestDraftQuestionsMakeNoCards(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	uid, _ := db.CreateAnonymousLearner(ctx)
	now := time.Now()
	counts := func() int {
		d, _, err := db.DeckCounts(ctx, uid, c.ID, now, now)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, x := range d {
			n += x.Total
		}
		return n
	}
	before := counts()
	_, err := db.ImportQuestions(ctx, quiz.ImportSet{Course: "rivers", Theme: "danube", Title: "Draft", Questions: []quiz.Question{{
		ID: "draft-1", Type: quiz.Short, Kind: quiz.Fact, Prompt: "A draft question?", Answers: []string{"yes"}, Explanation: "x",
	}}})
	if err != nil {
		t.Fatal(err)
	}
	if after := counts(); after != before {
		t.Fatalf("a draft question added a card: %d cards, was %d", after, before)
	}
	for range 20 {
		card, _, _, err := db.NextCard(ctx, quiz.NextCardQuery{UserID: uid, CourseID: c.ID, Now: now, DayStart: now, NewLimit: 100})
		if err != nil || card == nil {
			break
		}
		if card.Question != nil && card.Question.ID == "draft-1" {
			t.Fatal("a draft question's card is offered for review")
		}
		db.RecordReview(ctx, quiz.Review{UserID: uid, CardID: card.ID, Rating: 4, At: now,
			After: quiz.CardState{State: "review", Due: now.Add(48 * time.Hour), Reps: 1, LastReview: now}})
	}
}

// TestThemePracticeCountsPracticeSetsOnly checks that a theme's Practice
// count leaves out the questions of sets with test rules, as theme quizzes
// do, while Questions still counts them.
func TestThemePracticeCountsPracticeSetsOnly(t *testing.T) {
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	ctx := context.Background()
	for _, th := range c.Themes {
		if th.Practice != th.Questions || th.Questions == 0 {
			t.Fatalf("theme %s: %d practice of %d questions, want all", th.Slug, th.Practice, th.Questions)
		}
	}
	sets, err := db.ListSets(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	uid := mustCreateUser(t, db, "pupil@example.org", quiz.RoleLearner)
	for _, st := range []quiz.SetSettings{{Feedback: "end"}, {TimeLimit: 5}, {MaxAttempts: 2}} {
		if err := db.SaveSetSettings(ctx, sets[0].ID, st, false); err != nil {
			t.Fatal(err)
		}
		c, err := db.FindCourse(ctx, "rivers")
		if err != nil {
			t.Fatal(err)
		}
		th, _ := c.ThemeByID(sets[0].ThemeID)
		if th.Practice != 0 || th.Questions == 0 {
			t.Errorf("%+v: theme %s has %d practice of %d questions, want 0 practice", st, th.Slug, th.Practice, th.Questions)
		}
		na := quiz.NewAttempt{UserID: uid, CourseID: c.ID, Mode: quiz.ModeTheme, ThemeID: th.ID}
		if _, err := db.CreateAttempt(ctx, na); quiz.KindOf(err) != quiz.EInvalid {
			t.Errorf("%+v: a theme quiz with nothing to practise: %v", st, err)
		}
	}
	if err := db.SaveSetSettings(ctx, sets[0].ID, quiz.SetSettings{}, false); err != nil {
		t.Fatal(err)
	}
	c, _ = db.FindCourse(ctx, "rivers")
	if th, _ := c.ThemeByID(sets[0].ThemeID); th.Practice != th.Questions {
		t.Errorf("practice again: %d practice of %d questions", th.Practice, th.Questions)
	}
}
