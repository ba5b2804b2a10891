package store

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// freshAnswers reads an attempt's responses from the database, past every
// cache, as item index → the stored answer and mark.
func freshAnswers(t *testing.T, db *DB, attemptID int64) map[int]string {
	t.Helper()
	rows, err := db.read.Query("SELECT idx, answer, correct, score, answered_at FROM responses WHERE attempt_id = ?", attemptID)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int]string{}
	for rows.Next() {
		var idx int
		var answer, at string
		var correct bool
		var score float64
		if err := rows.Scan(&idx, &answer, &correct, &score, &at); err != nil {
			t.Fatal(err)
		}
		var a quiz.Answer
		if err := json.Unmarshal([]byte(answer), &a); err != nil {
			t.Fatal(err)
		}
		out[idx] = responseKey(&quiz.Response{Answer: a, Correct: correct, Score: score, AnsweredAt: parseTime(at)})
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func responseKey(r *quiz.Response) string {
	b, _ := json.Marshal(r.Answer)
	return fmt.Sprintf("%s %v %v %s", b, r.Correct, r.Score, r.AnsweredAt.UTC().Format("2006-01-02T15:04:05.000000000"))
}

func attemptAnswersOf(a *quiz.Attempt) map[int]string {
	out := map[int]string{}
	for i, it := range a.Items {
		if it.Response != nil {
			out[i] = responseKey(it.Response)
		}
	}
	return out
}

func openAnswersDB(t *testing.T) (*DB, *quiz.StoredCourse, int64) {
	t.Helper()
	sqliteOnly(t)
	return openRiversLearner(t, "answers.db")
}

// An attempt's responses are kept with its learner: an answer carries
// them over with its own response, so the feedback that follows the
// answer reads no row; a response written behind the store's back is not
// seen until the learner's next other write, which drops them.
func TestAttemptAnswersKeptAcrossAnswers(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openAnswersDB(t)
	a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: c.Themes[0].ID, Mode: quiz.ModeTheme})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Items) < 3 {
		t.Fatalf("a theme quiz of %d items, want 3 at least", len(a.Items))
	}
	find := func() *quiz.Attempt {
		t.Helper()
		got, err := db.FindAttempt(ctx, a.PublicID)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := find(); got.Answered() != 0 {
		t.Fatalf("a new attempt has %d answers", got.Answered())
	}
	for i := 0; i < 2; i++ {
		it := a.Items[i]
		ans := quiz.Answer{Text: "wrong", Choices: []int{0}}
		if _, _, err := db.RecordResponse(ctx, a, i, ans, quiz.Grade(it.Question.Question, ans)); err != nil {
			t.Fatal(err)
		}
		got := find()
		if want := freshAnswers(t, db, a.ID); !reflect.DeepEqual(attemptAnswersOf(got), want) {
			t.Fatalf("after answer %d: kept %v, stored %v", i, attemptAnswersOf(got), want)
		}
		if _, ok := db.learners.answers(uid, a.ID, db.learners.generation(uid, 0)); !ok {
			t.Fatalf("after answer %d the attempt's responses are not kept", i)
		}
	}
	// Behind the store's back: the kept responses are served.
	if _, err := db.write.Exec(`INSERT INTO responses (attempt_id, idx, user_id, question_id, version_id, answer, correct, score, answered_at)
		VALUES (?, 2, ?, ?, ?, '{}', 0, 0, ?)`, a.ID, uid, a.Items[2].Question.ID, a.Items[2].Question.VersionID, db.now()); err != nil {
		t.Fatal(err)
	}
	if got := find(); got.Items[2].Response != nil {
		t.Fatal("a response written behind the store's back was read: nothing is kept")
	}
	// Any other write of the learner's drops them.
	if _, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: c.Themes[1].ID, Mode: quiz.ModeTheme}); err != nil {
		t.Fatal(err)
	}
	got := find()
	if want := freshAnswers(t, db, a.ID); !reflect.DeepEqual(attemptAnswersOf(got), want) || len(want) != 3 {
		t.Fatalf("after another write: %v, stored %v", attemptAnswersOf(got), want)
	}
	if !got.Finished() {
		t.Error("an attempt with every item answered is not finished")
	}
}

// Many answers of one learner at once, to two attempts, some to the same
// item, with reads between: each answer's poster then finds its item
// answered as stored (the feedback after the post), every response read
// is the one stored, and at the end what is kept equals the database.
func TestAttemptAnswersUnderConcurrentAnswers(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openAnswersDB(t)
	var attempts []*quiz.Attempt
	for _, th := range c.Themes[:2] {
		a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: th.ID, Mode: quiz.ModeTheme})
		if err != nil {
			t.Fatal(err)
		}
		attempts = append(attempts, a)
	}
	type seen struct {
		attempt *quiz.Attempt
		got     map[int]string
	}
	var (
		mu    sync.Mutex
		reads []seen
		wg    sync.WaitGroup
	)
	errs := make(chan error, 64)
	for _, a := range attempts {
		for i := range a.Items {
			for try := 0; try < 2; try++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					it := a.Items[i]
					ans := quiz.Answer{Choices: []int{try}, Text: fmt.Sprint("answer ", try)}
					if _, _, err := db.RecordResponse(ctx, a, i, ans, quiz.Grade(it.Question.Question, ans)); err != nil {
						errs <- err
						return
					}
					got, err := db.FindAttempt(ctx, a.PublicID)
					if err != nil {
						errs <- err
						return
					}
					if got.Items[i].Response == nil {
						errs <- fmt.Errorf("attempt %d item %d: answered, then read unanswered", a.ID, i)
						return
					}
					mu.Lock()
					reads = append(reads, seen{a, attemptAnswersOf(got)})
					mu.Unlock()
				}()
			}
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, a := range attempts {
		want := freshAnswers(t, db, a.ID)
		if len(want) != len(a.Items) {
			t.Fatalf("attempt %d: %d responses stored, want %d", a.ID, len(want), len(a.Items))
		}
		got, err := db.FindAttempt(ctx, a.PublicID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(attemptAnswersOf(got), want) {
			t.Errorf("attempt %d: kept %v, stored %v", a.ID, attemptAnswersOf(got), want)
		}
	}
	for _, r := range reads {
		want := freshAnswers(t, db, r.attempt.ID)
		for i, k := range r.got {
			if want[i] != k {
				t.Errorf("attempt %d item %d read as %s, stored as %s", r.attempt.ID, i, k, want[i])
			}
		}
	}
}
