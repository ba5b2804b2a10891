package jobs_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/lectern/lectern/internal/jobs"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
)

// env is a runner on a real SQLite file with a course owned by an
// instructor.
type env struct {
	db               *store.DB
	path             string
	courseID, userID int64
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	e := &env{path: filepath.Join(t.TempDir(), "lectern.db")}
	e.db = e.open(t)
	var err error
	if e.userID, err = e.db.CreateUser(ctx, "owner@example.org", "x", quiz.RoleInstructor); err != nil {
		t.Fatal(err)
	}
	if e.courseID, err = e.db.ImportCourse(ctx, quiztest.Course(), e.userID); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) open(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), e.path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// start runs a runner until the test ends (or stop is called).
func (e *env) start(t *testing.T, kinds map[string]jobs.Kind, o jobs.Options, log io.Writer) (r *jobs.Runner, stop func()) {
	t.Helper()
	if log == nil {
		log = io.Discard
	}
	r = jobs.New(e.db, slog.New(slog.NewTextHandler(log, nil)), kinds, o)
	ctx, cancel := context.WithCancel(context.Background())
	if err := r.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop = func() { once.Do(func() { cancel(); r.Wait() }) }
	t.Cleanup(stop)
	return r, stop
}

func (e *env) job(kind string) quiz.Job {
	return quiz.Job{Kind: kind, CourseID: e.courseID, UserID: e.userID, Input: "{}"}
}

func (e *env) find(t *testing.T, id int64) *quiz.Job {
	t.Helper()
	j, err := e.db.FindJob(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return j
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestJobRunsToItsResult(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	r, _ := e.start(t, map[string]jobs.Kind{"echo": {Run: func(ctx context.Context, j *quiz.Job, progress func(string)) (string, string, error) {
		progress("Halfway")
		return "Echoed " + j.Input, "/teach", nil
	}}}, jobs.Options{}, nil)
	id, done, err := r.Enqueue(ctx, e.job("echo"))
	if err != nil {
		t.Fatal(err)
	}
	<-done
	j := e.find(t, id)
	if j.Status != quiz.JobDone || j.Result != "Echoed {}" || j.Link != "/teach" || j.Progress != "Halfway" || j.FinishedAt.IsZero() {
		t.Errorf("job: %+v", j)
	}
	if _, _, err := r.Enqueue(ctx, e.job("nothing")); err == nil {
		t.Error("a job of an unknown kind was queued")
	}
}

// A panic in a job fails that job with a message and its stack logged;
// the worker goes on to the next job.
func TestPanicFailsTheJobOnly(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	logs := &lockedBuffer{}
	r, _ := e.start(t, map[string]jobs.Kind{
		"boom": {Run: func(context.Context, *quiz.Job, func(string)) (string, string, error) {
			var items []string
			return items[len(items)], "", nil // out of range: a real runtime panic
		}},
		"bad": {Run: func(context.Context, *quiz.Job, func(string)) (string, string, error) {
			return "", "", quiz.Errorf(quiz.EInvalid, "The file has no questions.")
		}},
		"broken": {Run: func(context.Context, *quiz.Job, func(string)) (string, string, error) {
			return "", "", errors.New("disk full at /var/lib/secret")
		}},
		"fine": {Run: func(context.Context, *quiz.Job, func(string)) (string, string, error) { return "Fine", "", nil }},
	}, jobs.Options{}, logs)
	var ids []int64
	var last <-chan struct{}
	for _, k := range []string{"boom", "bad", "broken", "fine"} {
		id, done, err := r.Enqueue(ctx, e.job(k))
		if err != nil {
			t.Fatal(err)
		}
		ids, last = append(ids, id), done
	}
	<-last // one worker runs them in order
	boom, bad, broken, fine := e.find(t, ids[0]), e.find(t, ids[1]), e.find(t, ids[2]), e.find(t, ids[3])
	if boom.Status != quiz.JobFailed || !strings.Contains(boom.Error, "logged for the administrator") {
		t.Errorf("panicking job: %+v", boom)
	}
	if !strings.Contains(logs.String(), "job panicked") || !strings.Contains(logs.String(), "jobs_test.go") {
		t.Errorf("the panic's stack is not logged:\n%s", logs.String())
	}
	if bad.Status != quiz.JobFailed || bad.Error != "The file has no questions." {
		t.Errorf("job refused: %+v", bad)
	}
	if broken.Status != quiz.JobFailed || strings.Contains(broken.Error, "secret") || !strings.Contains(logs.String(), "disk full") {
		t.Errorf("job with an internal error: %+v (the error belongs in the log only)", broken)
	}
	if fine.Status != quiz.JobDone {
		t.Errorf("the job after a panic: %+v", fine)
	}
}

// Cancel stops a queued job before it runs and a running one through its
// context.
func TestCancel(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	started := make(chan int64, 2)
	ran := make(chan int64, 2)
	r, _ := e.start(t, map[string]jobs.Kind{"wait": {Run: func(ctx context.Context, j *quiz.Job, _ func(string)) (string, string, error) {
		ran <- j.ID
		return "", "", ctx.Err()
	}}}, jobs.Options{Hook: func(ctx context.Context, j *quiz.Job) {
		started <- j.ID
		<-ctx.Done() // held until cancelled
	}}, nil)
	first, firstDone, _ := r.Enqueue(ctx, e.job("wait"))
	second, secondDone, _ := r.Enqueue(ctx, e.job("wait"))
	if got := <-started; got != first {
		t.Fatalf("started %d, want %d", got, first)
	}
	if j := e.find(t, first); j.Status != quiz.JobRunning {
		t.Fatalf("held job: %s", j.Status)
	}
	if err := r.Cancel(ctx, second); err != nil {
		t.Fatal(err)
	}
	<-secondDone
	if j := e.find(t, second); j.Status != quiz.JobCancelled {
		t.Errorf("queued job after cancel: %s", j.Status)
	}
	if err := r.Cancel(ctx, first); err != nil {
		t.Fatal(err)
	}
	<-firstDone
	if j := e.find(t, first); j.Status != quiz.JobCancelled || !strings.Contains(j.Error, "nothing was changed") {
		t.Errorf("running job after cancel: %+v", j)
	}
	if len(ran) != 0 {
		t.Errorf("a cancelled job did its work")
	}
	if err := r.Cancel(ctx, 9999); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("cancel a missing job: %v", err)
	}
}

// Lectern stopping in the middle of a job leaves it running in the store;
// the next start runs a resumable job again, to its end, and fails any
// other with a clear message.
func TestRestartResumesOrFails(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	held := make(chan int64, 2)
	hold := jobs.Options{Hook: func(ctx context.Context, j *quiz.Job) {
		held <- j.ID
		<-ctx.Done()
	}}
	work := func(ctx context.Context, j *quiz.Job, _ func(string)) (string, string, error) {
		if err := ctx.Err(); err != nil {
			return "", "", err
		}
		return "Ran " + j.Kind, "", nil
	}
	kinds := map[string]jobs.Kind{"resumable": {Run: work, Resumable: true}, "once": {Run: work}}
	r, stop := e.start(t, kinds, hold, nil)
	resumable, _, _ := r.Enqueue(ctx, e.job("resumable"))
	<-held
	stop() // Lectern stops with the job running
	if j := e.find(t, resumable); j.Status != quiz.JobRunning {
		t.Fatalf("job after shutdown: %s, want still running", j.Status)
	}
	once, _ := e.db.CreateJob(ctx, e.job("once"))
	if _, err := e.db.ClaimJob(ctx); err != nil { // as a crashed server left it
		t.Fatal(err)
	}
	e.db.Close()

	e.db = e.open(t)
	r, _ = e.start(t, kinds, jobs.Options{}, nil)
	// Wait for the resumed job through a job queued after it: one worker
	// runs them in order.
	_, after, _ := r.Enqueue(ctx, e.job("resumable"))
	<-after
	if j := e.find(t, resumable); j.Status != quiz.JobDone || j.Result != "Ran resumable" || j.Runs != 2 {
		t.Errorf("resumed job: %+v", j)
	}
	if j := e.find(t, once); j.Status != quiz.JobFailed || j.Error != quiz.JobRestarted {
		t.Errorf("job that cannot resume: %+v", j)
	}
}
