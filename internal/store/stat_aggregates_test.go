package store_test

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// randomAnswer answers q at random: any options, matches or right or
// wrong text, so that marks take partial values too.
func randomAnswer(q quiz.Question, r *rand.Rand) quiz.Answer {
	switch q.Type {
	case quiz.Single, quiz.TrueFalse:
		n := max(len(q.Options), 2)
		return quiz.Answer{Choices: []int{r.IntN(n)}}
	case quiz.Multiple:
		var cs []int
		for i := range q.Options {
			if r.IntN(2) == 0 {
				cs = append(cs, i)
			}
		}
		return quiz.Answer{Choices: cs}
	case quiz.Matching:
		return quiz.Answer{Matches: r.Perm(len(q.Pairs))}
	}
	if r.IntN(2) == 0 {
		return correctAnswer(q)
	}
	return quiz.Answer{Text: "no idea"}
}

// answerRandomly answers items from..to of a at random, each shown at the
// clock's time and answered a random number of seconds (with a fraction)
// later.
func answerRandomly(t *testing.T, db *store.DB, clock *time.Time, a *quiz.Attempt, r *rand.Rand, from, to int) {
	t.Helper()
	ctx := context.Background()
	for i := from; i < to && i < len(a.Items); i++ {
		if err := db.MarkShown(ctx, a.ID, i); err != nil {
			t.Fatal(err)
		}
		*clock = clock.Add(time.Duration(1+r.IntN(60_000)) * time.Millisecond)
		q := a.Items[i].Question.Question
		ans := randomAnswer(q, r)
		if _, _, err := db.RecordResponse(ctx, a, i, ans, quiz.Grade(q, ans)); err != nil {
			t.Fatal(err)
		}
	}
}

// expectedSums works out what the store should keep from the responses
// the exact scan returns, bucketed as the store buckets them.
func expectedSums(rs []quiz.ItemResponse) *quiz.CourseSums {
	type unit struct{ attempt, set int64 }
	totals := map[unit]float64{}
	counts := map[unit]int{}
	for _, r := range rs {
		u := unit{r.AttemptID, r.SetID}
		totals[u] += r.Score
		counts[u]++
	}
	out := &quiz.CourseSums{Questions: map[int64]*quiz.QuestionSums{}, Sets: map[int64]*quiz.SetSums{}}
	hist := map[[3]int64]int{} // question, kind (0 mark, 1 rest, 2 time), bucket
	for _, r := range rs {
		q := out.Questions[r.QuestionID]
		if q == nil {
			q = &quiz.QuestionSums{QuestionID: r.QuestionID, Options: map[int64]map[int]int{}}
			out.Questions[r.QuestionID] = q
		}
		x, y := r.Score, totals[unit{r.AttemptID, r.SetID}]-r.Score
		q.N++
		q.SX += x
		q.SXX += x * x
		q.SY += y
		q.SYY += y * y
		q.SXY += x * y
		hist[[3]int64{r.QuestionID, 0, int64(math.Round(x * 1e6))}]++
		hist[[3]int64{r.QuestionID, 1, int64(math.Round(y * 100))}]++
		if s := r.Seconds(); s >= 0 {
			hist[[3]int64{r.QuestionID, 2, int64(min(math.Round(s), 3600))}]++
		}
		if q.Options[r.VersionID] == nil {
			q.Options[r.VersionID] = map[int]int{}
		}
		q.Options[r.VersionID][-1]++
		for j, c := range r.Answer.Choices {
			if c >= 0 && !slices.Contains(r.Answer.Choices[:j], c) {
				q.Options[r.VersionID][c]++
			}
		}
	}
	keys := make([][3]int64, 0, len(hist))
	for k := range hist {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b [3]int64) int { return slices.Compare(a[:], b[:]) })
	for _, k := range keys {
		q := out.Questions[k[0]]
		switch k[1] {
		case 0:
			q.Marks = append(q.Marks, quiz.Bucket{Value: float64(k[2]) / 1e6, N: hist[k]})
		case 1:
			q.Rest = append(q.Rest, quiz.Bucket{Value: float64(k[2]) / 100, N: hist[k]})
		case 2:
			q.Times = append(q.Times, quiz.Bucket{Value: float64(k[2]), N: hist[k]})
		}
	}
	scores := map[[2]int64]int{}
	for u, total := range totals {
		s := out.Sets[u.set]
		if s == nil {
			s = &quiz.SetSums{SetID: u.set}
			out.Sets[u.set] = s
		}
		score := total / float64(counts[u])
		s.N++
		s.ST += total
		s.STT += total * total
		s.SS += score
		scores[[2]int64{u.set, int64(math.Round(score * 1e4))}]++
	}
	sk := make([][2]int64, 0, len(scores))
	for k := range scores {
		sk = append(sk, k)
	}
	slices.SortFunc(sk, func(a, b [2]int64) int { return slices.Compare(a[:], b[:]) })
	for _, k := range sk {
		s := out.Sets[k[0]]
		s.Scores = append(s.Scores, quiz.Bucket{Value: float64(k[1]) / 1e4, N: scores[k]})
	}
	return out
}

// checkKept compares the kept statistics of both scopes with those worked
// out from the exact scan of the responses.
func checkKept(t *testing.T, db *store.DB, courseID int64, when string) {
	t.Helper()
	ctx := context.Background()
	for _, all := range []bool{false, true} {
		rs, err := db.CourseResponses(ctx, courseID, quiz.ResponseFilter{AllAttempts: all})
		if err != nil {
			t.Fatal(err)
		}
		got, err := db.CourseStatistics(ctx, courseID, all)
		if err != nil {
			t.Fatal(err)
		}
		want := expectedSums(rs)
		close := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
		if len(got.Questions) != len(want.Questions) || len(got.Sets) != len(want.Sets) {
			t.Errorf("%s (all attempts %v): %d questions and %d sets kept, want %d and %d", when, all,
				len(got.Questions), len(got.Sets), len(want.Questions), len(want.Sets))
		}
		for id, w := range want.Questions {
			g := got.Questions[id]
			if g == nil {
				t.Errorf("%s (all %v): question %d not kept", when, all, id)
				continue
			}
			if g.N != w.N || !close(g.SX, w.SX) || !close(g.SXX, w.SXX) || !close(g.SY, w.SY) || !close(g.SYY, w.SYY) || !close(g.SXY, w.SXY) {
				t.Errorf("%s (all %v): question %d sums %+v, want %+v", when, all, id, *g, *w)
			}
			if !slices.Equal(g.Marks, w.Marks) || !slices.Equal(g.Rest, w.Rest) || !slices.Equal(g.Times, w.Times) {
				t.Errorf("%s (all %v): question %d histograms\n%v %v %v\nwant\n%v %v %v", when, all, id, g.Marks, g.Rest, g.Times, w.Marks, w.Rest, w.Times)
			}
			for v, counts := range w.Options {
				for c, n := range counts {
					if g.Options[v][c] != n {
						t.Errorf("%s (all %v): question %d version %d option %d chosen %d times, want %d", when, all, id, v, c, g.Options[v][c], n)
					}
				}
			}
		}
		for id, w := range want.Sets {
			g := got.Sets[id]
			if g == nil || g.N != w.N || !close(g.ST, w.ST) || !close(g.STT, w.STT) || !close(g.SS, w.SS) || !slices.Equal(g.Scores, w.Scores) {
				t.Errorf("%s (all %v): set %d kept %+v, want %+v", when, all, id, g, w)
			}
		}
	}
}

// TestKeptStatisticsMatchTheScan drives learners through the store and
// checks, after each change that adds or takes away responses, that the
// kept statistics equal those worked out from every response.
func TestKeptStatisticsMatchTheScan(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	clock := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return clock }
	r := rand.New(rand.NewPCG(7, 8))
	checkKept(t, db, c.ID, "before any answer")

	var learners []int64
	for range 8 {
		id, err := db.CreateAnonymousLearner(ctx)
		if err != nil {
			t.Fatal(err)
		}
		learners = append(learners, id)
		for range 1 + r.IntN(3) {
			a := newAttempt(t, db, c, id, quiz.ModeTheme, c.Themes[r.IntN(len(c.Themes))].ID)
			answerRandomly(t, db, &clock, a, r, 0, len(a.Items))
		}
		// A mixed quiz is an attempt at several sets at once.
		a := newAttempt(t, db, c, id, quiz.ModeMixed, 0)
		answerRandomly(t, db, &clock, a, r, 0, len(a.Items))
	}
	// An unfinished attempt counts nowhere.
	open := newAttempt(t, db, c, learners[0], quiz.ModeTheme, c.Themes[0].ID)
	answerRandomly(t, db, &clock, open, r, 0, 1)
	checkKept(t, db, c.ID, "after the first attempts")

	// A learner begins two attempts at a theme and finishes the later one
	// first: the earlier, once finished, becomes the first attempt.
	late, _ := db.CreateAnonymousLearner(ctx)
	earlier := newAttempt(t, db, c, late, quiz.ModeTheme, c.Themes[1].ID)
	answerRandomly(t, db, &clock, earlier, r, 0, 1)
	later := newAttempt(t, db, c, late, quiz.ModeTheme, c.Themes[1].ID)
	answerRandomly(t, db, &clock, later, r, 0, len(later.Items))
	checkKept(t, db, c.ID, "with the later attempt finished")
	answerRandomly(t, db, &clock, earlier, r, 1, len(earlier.Items))
	checkKept(t, db, c.ID, "with the earlier attempt finished after it")
	if all, err := db.CourseStatistics(ctx, c.ID, true); err != nil || len(all.Sets) == 0 || len(all.Questions) == 0 {
		t.Fatalf("kept statistics %+v, %v; want some", all, err)
	}

	// Editing a question adds a version: its option counts start afresh,
	// the old version's stay.
	q := learnerQuestion(t, db, c, quiz.Single)
	q.Question.Options = append(q.Question.Options, quiz.Option{Text: "A new distractor"})
	if _, err := db.UpdateQuestion(ctx, q.ID, q.Question, 0); err != nil {
		t.Fatal(err)
	}
	for _, id := range learners[:3] {
		a := newAttempt(t, db, c, id, quiz.ModeTheme, c.Themes[0].ID)
		answerRandomly(t, db, &clock, a, r, 0, len(a.Items))
	}
	checkKept(t, db, c.ID, "after a question was edited")

	// A learner deletes their data.
	if _, err := db.DeleteLearner(ctx, learners[1]); err != nil {
		t.Fatal(err)
	}
	checkKept(t, db, c.ID, "after a learner deleted their data")

	// An anonymous learner's attempts merge into an account that has
	// attempts of its own: its first attempts are worked out again.
	acct, err := db.CreateUser(ctx, "ada@example.org", "hash", quiz.RoleLearner)
	if err != nil {
		t.Fatal(err)
	}
	a := newAttempt(t, db, c, acct, quiz.ModeTheme, c.Themes[0].ID)
	answerRandomly(t, db, &clock, a, r, 0, len(a.Items))
	if err := db.MergeLearner(ctx, learners[2], acct); err != nil {
		t.Fatal(err)
	}
	checkKept(t, db, c.ID, "after a merge")

	// Idle anonymous learners are removed.
	clock = clock.Add(200 * 24 * time.Hour)
	if n, err := db.DeleteIdleLearners(ctx, 90*24*time.Hour); err != nil || n == 0 {
		t.Fatalf("DeleteIdleLearners = %d, %v; want some removed", n, err)
	}
	checkKept(t, db, c.ID, "after idle learners were removed")

	// A question deleted takes its marks out of every attempt's total.
	for range 3 {
		id, err := db.CreateAnonymousLearner(ctx)
		if err != nil {
			t.Fatal(err)
		}
		a := newAttempt(t, db, c, id, quiz.ModeTheme, c.Themes[1].ID)
		answerRandomly(t, db, &clock, a, r, 0, len(a.Items))
	}
	if err := db.DeleteQuestion(ctx, learnerQuestion(t, db, c, quiz.Multiple).ID); err != nil {
		t.Fatal(err)
	}
	checkKept(t, db, c.ID, "after a question was deleted")

	// Worked out again from nothing, the figures are the same.
	if err := db.RebuildStatistics(ctx); err != nil {
		t.Fatal(err)
	}
	checkKept(t, db, c.ID, "after a rebuild")
}

// learnerQuestion finds the course's first question of a type.
func learnerQuestion(t *testing.T, db *store.DB, c *quiz.StoredCourse, typ quiz.QuestionType) quiz.StoredQuestion {
	t.Helper()
	sets, err := db.ListSets(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		_, qs, err := db.FindSet(context.Background(), s.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range qs {
			if q.Type == typ {
				return q
			}
		}
	}
	t.Fatalf("no %s question", typ)
	return quiz.StoredQuestion{}
}
