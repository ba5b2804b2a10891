package handlers_test

import (
	"context"
	"net/http"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
)

// BenchmarkLongDraftingJob drafts a 1 MB article as a background job,
// through the server, while a learner loads the course and question pages
// one after another; it reports the job's time and the learner's median
// and 99th-percentile page times while the job runs against the same
// pages with nothing running, in the same run. It runs once whatever
// -benchtime says:
//
//	go test -run '^$' -bench LongDraftingJob -benchtime 1x ./handlers
//
// docs/benchmarks.md quotes the ratios.
func BenchmarkLongDraftingJob(b *testing.B) {
	ctx := context.Background()
	a := newApp(b, func(d *handlers.Deps) { d.JobWait = -1 })
	long := longCourse(b, 1<<20)
	if _, err := a.db.ImportCourse(ctx, long, 0); err != nil {
		b.Fatal(err)
	}
	owner := a.owner(b, "long", "owner@example.org")
	learner := a.browser()
	att := learner.startQuiz("danube")
	pages := []string{"/courses/rivers", att + "/q/1", "/courses/rivers/themes/danube"}
	load := func(i int) time.Duration {
		start := time.Now()
		p := learner.get(pages[i%len(pages)])
		d := time.Since(start)
		if p.status != http.StatusOK {
			b.Fatalf("%s: %d", pages[i%len(pages)], p.status)
		}
		return d
	}
	for i := range 30 { // warm the caches
		load(i)
	}
	var idle []time.Duration
	for i := range 600 {
		idle = append(idle, load(i))
	}

	b.ResetTimer()
	job := jobOf(b, owner.post("/teach/courses/long/drafts/generate", nil))
	id, err := strconv.ParseInt(job[len("/teach/jobs/"):], 10, 64)
	if err != nil {
		b.Fatal(err)
	}
	var busy []time.Duration
	var j *quiz.Job
	for i := 0; ; i++ {
		busy = append(busy, load(i))
		var err error
		if j, err = a.db.FindJob(ctx, id); err != nil {
			b.Fatal(err)
		}
		if j.Finished() {
			break
		}
	}
	b.StopTimer()
	if j.Status != quiz.JobDone {
		b.Fatalf("job %s: %s", j.Status, j.Error)
	}
	pct := func(ds []time.Duration, p float64) float64 {
		s := slices.Clone(ds)
		slices.Sort(s)
		return float64(s[int(p*float64(len(s)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(j.FinishedAt.Sub(j.StartedAt).Seconds(), "job-s")
	b.ReportMetric(float64(len(busy)), "requests-during")
	b.ReportMetric(pct(idle, .5), "idle-p50-ms")
	b.ReportMetric(pct(idle, .99), "idle-p99-ms")
	b.ReportMetric(pct(busy, .5), "busy-p50-ms")
	b.ReportMetric(pct(busy, .99), "busy-p99-ms")
	b.ReportMetric(pct(busy, .5)/pct(idle, .5), "p50-ratio")
	b.ReportMetric(pct(busy, .99)/pct(idle, .99), "p99-ratio")
	b.Logf("job: %s", j.Result)
}
