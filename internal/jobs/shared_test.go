package jobs_test

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/jobs"
	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
)

// twoServers opens one new PostgreSQL database twice, as two servers
// would, with a course owned by an instructor.
func twoServers(t *testing.T) (one, two *env) {
	t.Helper()
	pgtest.Require(t)
	url := pgtest.NewDatabase(t)
	one = &env{path: url}
	one.db = one.open(t)
	ctx := context.Background()
	var err error
	if one.userID, err = one.db.CreateUser(ctx, "owner@example.org", "x", quiz.RoleInstructor); err != nil {
		t.Fatal(err)
	}
	if one.courseID, err = one.db.ImportCourse(ctx, quiztest.Course(), one.userID); err != nil {
		t.Fatal(err)
	}
	two = &env{path: url, courseID: one.courseID, userID: one.userID}
	two.db = two.open(t)
	return one, two
}

// Two servers' runners on one database, with two workers each, take the
// jobs queued through both: every job runs once, on one of them.
func TestTwoServersRunEachJobOnce(t *testing.T) {
	one, two := twoServers(t)
	ctx := context.Background()
	var mu sync.Mutex
	runs := map[int64]int{}
	by := map[*store.DB]int{}
	kinds := func(db *store.DB) map[string]jobs.Kind {
		return map[string]jobs.Kind{"count": {Run: func(ctx context.Context, j *quiz.Job, _ func(string)) (string, string, error) {
			mu.Lock()
			runs[j.ID]++
			by[db]++
			mu.Unlock()
			return "counted", "", nil
		}}}
	}
	r1, _ := one.start(t, kinds(one.db), jobs.Options{Workers: 2}, nil)
	r2, _ := two.start(t, kinds(two.db), jobs.Options{Workers: 2}, nil)
	const n = 40
	var done []<-chan struct{}
	var ids []int64
	for i := range n {
		r := []*jobs.Runner{r1, r2}[i%2]
		id, ch, err := r.Enqueue(ctx, one.job("count"))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		done = append(done, ch)
	}
	// Each channel closes when its job ends, on either server (the other
	// server hears of the end by notification).
	wait, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for i, ch := range done {
		select {
		case <-ch:
		case <-wait.Done():
			t.Fatalf("job %d never ended", ids[i])
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, id := range ids {
		if runs[id] != 1 {
			t.Errorf("job %d ran %d times, want once", id, runs[id])
		}
		if j := one.find(t, id); j.Status != quiz.JobDone || j.Runs != 1 {
			t.Errorf("job %d: %s after %d runs, want done after 1", id, j.Status, j.Runs)
		}
	}
	t.Logf("jobs run by the first server: %d, by the second: %d", by[one.db], by[two.db])
}

// A job one server runs is left alone by another server starting (its
// claim holds), cancelled from the other server's page, and settled by the
// other server once its claim has lapsed, as when its server crashed.
func TestTwoServersShareRunningJobs(t *testing.T) {
	one, two := twoServers(t)
	ctx := context.Background()
	started := make(chan int64, 4)
	kinds := map[string]jobs.Kind{"wait": {Run: func(ctx context.Context, j *quiz.Job, _ func(string)) (string, string, error) {
		return "", "", ctx.Err()
	}, Resumable: true}}
	r1, stop1 := one.start(t, kinds, jobs.Options{Hook: func(ctx context.Context, j *quiz.Job) {
		started <- j.ID
		<-ctx.Done() // held until cancelled
	}}, nil)
	id, done, err := r1.Enqueue(ctx, one.job("wait"))
	if err != nil {
		t.Fatal(err)
	}
	if got := <-started; got != id {
		t.Fatalf("started %d, want %d", got, id)
	}
	// The second server starts: the job it finds running is the first's.
	r2 := jobs.New(two.db, slog.New(slog.NewTextHandler(io.Discard, nil)), kinds, jobs.Options{})
	ctx2, stop2 := context.WithCancel(ctx)
	defer stop2()
	if err := r2.Start(ctx2); err != nil {
		t.Fatal(err)
	}
	if j := two.find(t, id); j.Status != quiz.JobRunning || j.Runs != 1 {
		t.Fatalf("after another server started, the running job is %s after %d runs; want running, once", j.Status, j.Runs)
	}
	// Cancelled through the second server, it stops on the first.
	if err := r2.Cancel(ctx, id); err != nil {
		t.Fatal(err)
	}
	<-done
	if j := one.find(t, id); j.Status != quiz.JobCancelled {
		t.Fatalf("a job cancelled through the other server: %s, want cancelled", j.Status)
	}

	stop2()
	r2.Wait()
	stop1() // no runner takes the job settled below

	// A job claimed by a third server that then crashed (its claim never
	// renewed) is settled by another once the claim has lapsed, and not
	// before.
	crashed, err := store.Open(ctx, one.path)
	if err != nil {
		t.Fatal(err)
	}
	defer crashed.Close()
	left, err := crashed.CreateJob(ctx, one.job("wait"))
	if err != nil {
		t.Fatal(err)
	}
	if j, err := crashed.ClaimJob(ctx); err != nil || j.ID != left {
		t.Fatalf("claim: %v, %v", j, err)
	}
	if resumed, failed, err := two.db.RecoverJobs(ctx, []string{"wait"}, 2); err != nil || resumed+failed != 0 {
		t.Fatalf("while its claim holds, another server settled %d+%d jobs (%v); want none", resumed, failed, err)
	}
	later := time.Now().Add(store.JobLease + time.Second)
	two.db.Now = func() time.Time { return later }
	crashed.Now = two.db.Now
	// A running server's periodic settling never takes its own jobs.
	if resumed, failed, err := crashed.RecoverLapsedJobs(ctx, []string{"wait"}, 2); err != nil || resumed+failed != 0 {
		t.Fatalf("a server's periodic settling took %d+%d of its own jobs (%v); want none", resumed, failed, err)
	}
	if resumed, failed, err := two.db.RecoverLapsedJobs(ctx, []string{"wait"}, 2); err != nil || resumed != 1 || failed != 0 {
		t.Fatalf("once its claim lapsed, another server resumed %d and failed %d jobs (%v); want 1 resumed", resumed, failed, err)
	}
	if j := two.find(t, left); j.Status != quiz.JobQueued {
		t.Errorf("the crashed server's job is %s, want queued again", j.Status)
	}
}
