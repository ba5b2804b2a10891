// Package jobs runs Lectern's long work in the background: drafting from a
// long article, large imports. Jobs are kept by the store, so that an
// instructor can leave a job's status page and come back, and a restart
// finds them; a bounded number of workers (one by default) run them, each
// job with its own context, cancelled when the job is cancelled or Lectern
// stops. A panic in a job fails that job, with the stack logged; the
// server goes on.
package jobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// Store is what the runner needs of Lectern's storage.
type Store interface {
	CreateJob(ctx context.Context, j quiz.Job) (int64, error)
	ClaimJob(ctx context.Context) (*quiz.Job, error)
	SetJobProgress(ctx context.Context, id int64, progress string) error
	FinishJob(ctx context.Context, id int64, out quiz.JobOutcome) error
	CancelJob(ctx context.Context, id int64) (string, error)
	RecoverJobs(ctx context.Context, resumable []string, maxRuns int) (resumed, failed int, err error)
}

// Shared is what a store offers when several servers share its jobs
// (PostgreSQL): WatchJobs registers what to do when another server queues
// a job, ends one or is asked to cancel one, and reports whether jobs are
// shared; RenewJob extends this server's claim on a job it runs.
type Shared interface {
	WatchJobs(queued func(), ended, cancel func(id int64)) bool
	RenewJob(ctx context.Context, id int64) error
	// RecoverLapsedJobs settles the running jobs whose claim has lapsed,
	// never this server's own.
	RecoverLapsedJobs(ctx context.Context, resumable []string, maxRuns int) (resumed, failed int, err error)
}

// Timings of shared jobs: a running job's claim is renewed every
// renewEvery (the store's claim holds a minute), and every recoverEvery
// an idle worker settles the jobs whose server stopped while they ran.
const (
	renewEvery   = 20 * time.Second
	recoverEvery = time.Minute
)

// Func does a job's work: it reports what it is doing through progress,
// stops early when ctx is done, and returns the result and its link. A
// job's writes should be one transaction, so that a job cancelled, failed
// or cut short by a restart writes nothing.
type Func func(ctx context.Context, j *quiz.Job, progress func(string)) (result, link string, err error)

// Kind is one kind of job.
type Kind struct {
	Run Func
	// Resumable says the job may run again from the start after a restart
	// cut it short, to the same end (its input is stored, its work
	// idempotent). Other jobs cut short fail with quiz.JobRestarted.
	Resumable bool
}

// Failure is a job's error with the message its status page shows; Err,
// when set, is what is logged.
type Failure struct {
	Message string
	Err     error
}

func (f *Failure) Error() string {
	if f.Err != nil {
		return f.Message + ": " + f.Err.Error()
	}
	return f.Message
}

func (f *Failure) Unwrap() error { return f.Err }

// Messages of jobs that end badly.
const (
	failedMessage    = "Lectern could not finish this job: the failure is logged for the administrator. Nothing was changed."
	cancelledMessage = "Cancelled: nothing was changed."
	cancellingNote   = "Cancelling: the job stops at its next step."
)

// maxRuns is how many times a resumable job is taken up before a restart
// that cuts it short fails it: a job that brings Lectern down does not
// bring it down again.
const maxRuns = 2

// Options tune a runner.
type Options struct {
	// Workers is how many jobs run at once; 0 means 1, which leaves the
	// other cores to serving pages.
	Workers int
	// Hook, when set, is called as each job starts, before its work, with
	// the job's context; tests hold a job there.
	Hook func(ctx context.Context, j *quiz.Job)
}

// Runner queues jobs in the store and runs them.
type Runner struct {
	store   Store
	kinds   map[string]Kind
	log     *slog.Logger
	workers int
	hook    func(ctx context.Context, j *quiz.Job)
	wake    chan struct{}
	wg      sync.WaitGroup

	// shared says other servers take jobs from the same store (Shared).
	shared    bool
	resumable []string

	mu        sync.Mutex
	running   map[int64]context.CancelFunc
	cancelled map[int64]bool
	done      map[int64]chan struct{}
}

// New makes a runner for the given kinds of job; Start sets it going.
func New(store Store, log *slog.Logger, kinds map[string]Kind, o Options) *Runner {
	if log == nil {
		log = slog.Default()
	}
	return &Runner{store: store, kinds: kinds, log: log, workers: max(o.Workers, 1), hook: o.Hook,
		wake: make(chan struct{}, 1), running: map[int64]context.CancelFunc{}, cancelled: map[int64]bool{}, done: map[int64]chan struct{}{}}
}

// Start settles the jobs a previous run left running (see Kind.Resumable),
// then starts the workers, which run queued jobs until ctx is done. Only
// the server starts a runner: a command that merely opens the database
// must not settle the jobs of a server still running.
//
// On a store that several servers share (Shared), each server's runner
// takes jobs from the same queue, each job by one runner; a runner wakes
// when another server queues a job, stops a job it runs when another
// server cancels it, renews its claim on the job it runs, and settles the
// jobs of a server that stopped while running them once their claim has
// lapsed.
func (r *Runner) Start(ctx context.Context) error {
	for name, k := range r.kinds {
		if k.Resumable {
			r.resumable = append(r.resumable, name)
		}
	}
	if s, ok := r.store.(Shared); ok {
		r.shared = s.WatchJobs(r.wakeUp, r.forget, r.cancelHere)
	}
	if err := r.recover(ctx); err != nil {
		return err
	}
	for range r.workers {
		r.wg.Add(1)
		go r.work(ctx)
	}
	return nil
}

// recover settles the jobs left running by a server that stopped.
func (r *Runner) recover(ctx context.Context) error {
	resumed, failed, err := r.store.RecoverJobs(ctx, r.resumable, maxRuns)
	if err != nil {
		return err
	}
	if resumed+failed > 0 {
		r.log.Info("jobs cut short by a restart", "resumed", resumed, "failed", failed)
	}
	return nil
}

// wakeUp wakes a worker to look for a queued job.
func (r *Runner) wakeUp() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// cancelHere stops a job another server was asked to cancel, if it runs
// here.
func (r *Runner) cancelHere(id int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cancelRunning(context.Background(), id)
}

// cancelRunning cancels the context of a job running here; r.mu is held.
func (r *Runner) cancelRunning(ctx context.Context, id int64) {
	if cancel, ok := r.running[id]; ok && !r.cancelled[id] {
		r.cancelled[id] = true
		cancel()
		if err := r.store.SetJobProgress(ctx, id, cancellingNote); err != nil {
			r.log.Error("job progress", "job_id", id, "err", err)
		}
	}
}

// Wait returns once the workers have stopped, after Start's context is
// done. A job they were running is left running in the store, for the
// next start to settle.
func (r *Runner) Wait() { r.wg.Wait() }

// Enqueue stores a job and wakes a worker. The channel is closed when the
// job ends in this process.
func (r *Runner) Enqueue(ctx context.Context, j quiz.Job) (int64, <-chan struct{}, error) {
	if _, ok := r.kinds[j.Kind]; !ok {
		return 0, nil, fmt.Errorf("jobs: no kind %q", j.Kind)
	}
	// The lock is held until the channel is registered, so that a worker
	// cannot end the job before anyone can wait for it.
	r.mu.Lock()
	id, err := r.store.CreateJob(ctx, j)
	if err != nil {
		r.mu.Unlock()
		return 0, nil, err
	}
	ch := make(chan struct{})
	r.done[id] = ch
	r.mu.Unlock()
	r.wakeUp()
	return id, ch, nil
}

// Cancel cancels a job: a queued one at once, a running one by cancelling
// its context (it ends cancelled unless its work was done already).
func (r *Runner) Cancel(ctx context.Context, id int64) error {
	status, err := r.store.CancelJob(ctx, id)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	switch status {
	case quiz.JobCancelled:
		r.closeDone(id)
	case quiz.JobRunning:
		r.cancelRunning(ctx, id) // elsewhere, the store told its server
	}
	return nil
}

// closeDone closes a job's channel; r.mu is held.
func (r *Runner) closeDone(id int64) {
	if ch, ok := r.done[id]; ok {
		close(ch)
		delete(r.done, id)
	}
}

func (r *Runner) work(ctx context.Context) {
	defer r.wg.Done()
	for ctx.Err() == nil {
		j, err := r.store.ClaimJob(ctx)
		if err != nil {
			if quiz.KindOf(err) != quiz.ENotFound && ctx.Err() == nil {
				r.log.Error("claim job", "err", err)
				// The store failed: try again a little later.
				t := time.NewTimer(5 * time.Second)
				select {
				case <-ctx.Done():
				case <-t.C:
				}
				t.Stop()
				continue
			}
			r.idle(ctx)
			continue
		}
		r.run(ctx, j)
	}
}

// idle waits for a job to be queued; with shared jobs, it also settles
// every recoverEvery the jobs of servers that stopped while running them.
func (r *Runner) idle(ctx context.Context) {
	var tick <-chan time.Time
	if r.shared {
		t := time.NewTimer(recoverEvery)
		defer t.Stop()
		tick = t.C
	}
	select {
	case <-ctx.Done():
	case <-r.wake:
	case <-tick:
		resumed, failed, err := r.store.(Shared).RecoverLapsedJobs(ctx, r.resumable, maxRuns)
		if err != nil && ctx.Err() == nil {
			r.log.Error("settle jobs of stopped servers", "err", err)
		}
		if resumed+failed > 0 {
			r.log.Info("jobs of a stopped server settled", "resumed", resumed, "failed", failed)
		}
	}
}

// renew keeps this server's claim on job id while ctx lasts.
func (r *Runner) renew(ctx context.Context, id int64) {
	s := r.store.(Shared)
	t := time.NewTicker(renewEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.RenewJob(ctx, id); err != nil && ctx.Err() == nil {
				r.log.Error("renew job claim", "job_id", id, "err", err)
			}
		}
	}
}

// run runs one job and records how it ended.
func (r *Runner) run(base context.Context, j *quiz.Job) {
	ctx, cancel := context.WithCancel(base)
	r.mu.Lock()
	r.running[j.ID] = cancel
	r.mu.Unlock()
	start := time.Now()
	if r.shared {
		go r.renew(ctx, j.ID)
	}
	result, link, err := r.call(ctx, j)
	cancel()

	r.mu.Lock()
	userCancelled := r.cancelled[j.ID]
	delete(r.running, j.ID)
	delete(r.cancelled, j.ID)
	r.mu.Unlock()

	out := quiz.JobOutcome{Status: quiz.JobDone, Result: result, Link: link}
	switch {
	case err == nil:
	case userCancelled:
		out = quiz.JobOutcome{Status: quiz.JobCancelled, Error: cancelledMessage}
	case base.Err() != nil:
		// Lectern is stopping: the job stays running, for the next start
		// to resume or fail.
		r.log.Info("job cut short by shutdown", "job_id", j.ID, "kind", j.Kind)
		r.forget(j.ID)
		return
	default:
		out = quiz.JobOutcome{Status: quiz.JobFailed, Error: failedMessage}
		var f *Failure
		if errors.As(err, &f) {
			out.Error = f.Message
		}
		if k := quiz.KindOf(err); f == nil && (k == quiz.EInvalid || k == quiz.EConflict || k == quiz.ENotFound) {
			out.Error = quiz.MessageOf(err)
		} else {
			r.log.Error("job failed", "job_id", j.ID, "kind", j.Kind, "err", err)
		}
	}
	// The outcome is written even when Lectern is stopping: the work is
	// over.
	if ferr := r.store.FinishJob(context.WithoutCancel(base), j.ID, out); ferr != nil {
		r.log.Error("finish job", "job_id", j.ID, "err", ferr)
	}
	r.log.Info("job ended", "job_id", j.ID, "kind", j.Kind, "status", out.Status, "ms", time.Since(start).Milliseconds())
	r.forget(j.ID)
}

func (r *Runner) forget(id int64) {
	r.mu.Lock()
	r.closeDone(id)
	r.mu.Unlock()
}

// call runs the job's function, turning a panic into an error and logging
// its stack.
func (r *Runner) call(ctx context.Context, j *quiz.Job) (result, link string, err error) {
	defer func() {
		if p := recover(); p != nil {
			r.log.Error("job panicked", "job_id", j.ID, "kind", j.Kind, "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			result, link, err = "", "", &Failure{Message: failedMessage, Err: fmt.Errorf("panic: %v", p)}
		}
	}()
	k, ok := r.kinds[j.Kind]
	if !ok {
		return "", "", fmt.Errorf("jobs: no kind %q", j.Kind)
	}
	if r.hook != nil {
		r.hook(ctx, j)
	}
	if err := ctx.Err(); err != nil {
		return "", "", err
	}
	progress := func(s string) {
		if ctx.Err() != nil {
			return // cancelled: the note says so already
		}
		if err := r.store.SetJobProgress(context.WithoutCancel(ctx), j.ID, s); err != nil {
			r.log.Error("job progress", "job_id", j.ID, "err", err)
		}
	}
	return k.Run(ctx, j, progress)
}
