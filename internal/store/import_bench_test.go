package store_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
)

// giftQuestions returns a GIFT file of n true-or-false questions.
func giftQuestions(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "::bulk-%d:: Statement number %d about the Danube is true. {T}\n\n", i+1, i+1)
	}
	return b.String()
}

// BenchmarkLargeImport imports a GIFT file of N questions into a course
// while another client saves a session again and again, as learners do
// on every page, and reports how long the longest of those saves waited
// for the writer (max-wait-ms) and how many went through during the
// import (saves). The import's own time is ns/op.
//
//	go test -run '^$' -bench LargeImport -benchtime 1x ./internal/store
func BenchmarkLargeImport(b *testing.B) {
	for _, n := range []int{1000, 5000, 100000} {
		b.Run(fmt.Sprintf("questions=%d", n), func(b *testing.B) {
			res, err := formats.ParseGIFT(strings.NewReader(giftQuestions(n)), formats.Options{})
			if err != nil {
				b.Fatal(err)
			}
			var maxWait time.Duration
			saves := 0
			for i := range b.N {
				b.StopTimer()
				ctx := context.Background()
				db, err := store.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("lectern-%d.db", i)))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := db.ImportCourse(ctx, quiztest.Course(), 0); err != nil {
					b.Fatal(err)
				}
				done := make(chan error, 1)
				b.StartTimer()
				go func() {
					_, err := db.ImportQuestions(ctx, quiz.ImportSet{Course: "rivers", Theme: "danube", Title: "Bulk", Questions: res.Questions})
					done <- err
				}()
			loop:
				for {
					select {
					case err := <-done:
						if err != nil {
							b.Fatal(err)
						}
						break loop
					default:
					}
					start := time.Now()
					if err := db.SaveSession(ctx, quiz.SessionRecord{TokenHash: "learner", Data: []byte("x"), ExpiresAt: start.Add(time.Hour)}); err != nil {
						b.Fatal(err)
					}
					maxWait = max(maxWait, time.Since(start))
					saves++
				}
				b.StopTimer()
				db.Close()
			}
			b.ReportMetric(float64(maxWait.Milliseconds()), "max-wait-ms")
			b.ReportMetric(float64(saves)/float64(b.N), "saves")
		})
	}
}
