package store

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"math/rand/v2"
	"reflect"
	"runtime"
	"sync"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// someAnswer answers q at random, right or wrong, so that attempts get
// different marks.
func someAnswer(q quiz.Question, r *rand.Rand) quiz.Answer {
	switch q.Type {
	case quiz.Single, quiz.TrueFalse, quiz.Multiple:
		return quiz.Answer{Choices: []int{r.IntN(max(len(q.Options), 2))}}
	case quiz.Matching:
		return quiz.Answer{Matches: r.Perm(len(q.Pairs))}
	}
	if r.IntN(2) == 0 && len(q.Answers) > 0 {
		return quiz.Answer{Text: q.Answers[0]}
	}
	return quiz.Answer{Text: "no idea"}
}

// sameSums reports how two scopes' kept statistics differ, "" when they
// agree (sums of floats to a rounding error).
func sameSums(got, want *quiz.CourseSums) string {
	close := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*max(1, math.Abs(b)) }
	if len(got.Questions) != len(want.Questions) || len(got.Sets) != len(want.Sets) {
		return "not the same questions or sets"
	}
	for id, w := range want.Questions {
		g := got.Questions[id]
		if g == nil || g.N != w.N || !close(g.SX, w.SX) || !close(g.SXX, w.SXX) || !close(g.SY, w.SY) || !close(g.SYY, w.SYY) || !close(g.SXY, w.SXY) ||
			!reflect.DeepEqual(g.Marks, w.Marks) || !reflect.DeepEqual(g.Rest, w.Rest) || !reflect.DeepEqual(g.Times, w.Times) || !reflect.DeepEqual(g.Options, w.Options) {
			return "question differs"
		}
	}
	for id, w := range want.Sets {
		g := got.Sets[id]
		if g == nil || g.N != w.N || !close(g.ST, w.ST) || !close(g.STT, w.STT) || !close(g.SS, w.SS) || !reflect.DeepEqual(g.Scores, w.Scores) {
			return "set differs"
		}
	}
	return ""
}

// The statistics of the attempts one group commit finishes are added up
// and written once, at the batch's end: the figures equal those worked
// out again from every response, when the batch finishes several attempts,
// two of one learner at one set (the later finished first, then the
// earlier, which takes its place as the first attempt), and holds a write
// that added an attempt's statistics and then failed, which must count
// nowhere.
func TestGroupCommitSumsFinishedAttemptsOnce(t *testing.T) {
	sqliteOnly(t)
	ctx := context.Background()
	db, c := openRivers(t, "stats.db")
	theme := c.Themes[0].ID
	r := rand.New(rand.NewPCG(3, 4))

	// Attempts with every question answered but the last.
	type pending struct {
		a    *quiz.Attempt
		last int
	}
	var open []pending
	start := func(uid int64) *quiz.Attempt {
		t.Helper()
		a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: theme, Mode: quiz.ModeTheme})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Items) < 2 {
			t.Fatalf("a quiz of %d items, want 2 at least", len(a.Items))
		}
		for i := range len(a.Items) - 1 {
			q := a.Items[i].Question.Question
			ans := someAnswer(q, r)
			if _, _, err := db.RecordResponse(ctx, a, i, ans, quiz.Grade(q, ans)); err != nil {
				t.Fatal(err)
			}
		}
		open = append(open, pending{a, len(a.Items) - 1})
		return a
	}
	twice, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	earlier := start(twice)
	later := start(twice)
	// The later attempt goes first in the batch.
	open[0], open[1] = open[1], open[0]
	for range 6 {
		uid, err := db.CreateAnonymousLearner(ctx)
		if err != nil {
			t.Fatal(err)
		}
		start(uid)
	}
	// An attempt finished before the batch, whose statistics a failing
	// write adds again inside it.
	done := start(twice)
	{
		q := done.Items[len(done.Items)-1].Question.Question
		ans := someAnswer(q, r)
		if _, _, err := db.RecordResponse(ctx, done, len(done.Items)-1, ans, quiz.Grade(q, ans)); err != nil {
			t.Fatal(err)
		}
		open = open[:len(open)-1]
	}

	// Hold the committer while the last answers queue, so that one
	// group commit takes them all.
	release, held := make(chan struct{}), make(chan struct{})
	holder := make(chan error, 1)
	go func() {
		holder <- db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
			close(held)
			<-release
			return nil
		})
	}()
	<-held
	before, _ := db.GroupStats()
	queued := func(n int) {
		for len(db.group.reqs) != n {
			runtime.Gosched()
		}
	}
	var wg sync.WaitGroup
	errs := make([]error, len(open))
	for i, p := range open {
		q := p.a.Items[p.last].Question.Question
		ans := someAnswer(q, r)
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, errs[i] = db.RecordResponse(ctx, p.a, p.last, ans, quiz.Grade(q, ans))
		}()
		queued(i + 1) // in this order in the batch
	}
	errRefused := errors.New("refused")
	failed := make(chan error, 1)
	go func() {
		failed <- db.groupTx(ctx, func(ctx context.Context, tx *sql.Tx) error {
			if err := statFinishAttempt(ctx, tx, db.inGroup(tx), done.ID); err != nil {
				return err
			}
			return errRefused
		})
	}()
	queued(len(open) + 1)
	close(release)
	wg.Wait()
	if err := <-holder; err != nil {
		t.Fatal(err)
	}
	if err := <-failed; !errors.Is(err, errRefused) {
		t.Fatalf("the failing write: %v, want its own error", err)
	}
	for i, err := range errs {
		if err != nil {
			t.Fatalf("last answer %d: %v", i, err)
		}
	}
	// The holder's commit, then one for every write queued behind it.
	if after, _ := db.GroupStats(); after != before+2 {
		t.Fatalf("%d group commits for the holder and the last answers, want 2", after-before)
	}

	kept := map[bool]*quiz.CourseSums{}
	for _, all := range []bool{true, false} {
		s, err := db.CourseStatistics(ctx, c.ID, all)
		if err != nil {
			t.Fatal(err)
		}
		kept[all] = s
	}
	if err := db.RebuildStatistics(ctx); err != nil {
		t.Fatal(err)
	}
	for _, all := range []bool{true, false} {
		want, err := db.CourseStatistics(ctx, c.ID, all)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Sets) == 0 {
			t.Fatal("no statistics worked out")
		}
		if d := sameSums(kept[all], want); d != "" {
			t.Errorf("all attempts %v: the kept statistics differ from those worked out again: %s", all, d)
		}
	}
	// The earlier attempt is the learner's first, in place of the later.
	var first int64
	if err := db.read.QueryRow("SELECT attempt_id FROM stat_firsts WHERE attempt_id IN (SELECT id FROM attempts WHERE user_id = ?)", twice).Scan(&first); err != nil {
		t.Fatal(err)
	}
	if first != earlier.ID {
		t.Errorf("first attempt %d, want the earlier %d (the later is %d)", first, earlier.ID, later.ID)
	}
}
