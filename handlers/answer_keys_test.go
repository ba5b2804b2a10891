package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// TestAttemptLimitHoldsUnderParallelStarts starts a test with a limit of
// two attempts twenty times at once, from one learner: two attempts are
// created and every other start is refused.
func TestAttemptLimitHoldsUnderParallelStarts(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	set := danubeSet(t, a)
	wantStatus(t, b.post("/teach/sets/"+set+"/settings", url.Values{"feedback": {"end"}, "max_attempts": {"2"}, "show_score": {"1"}}), http.StatusSeeOther)
	learner := a.browser()
	learner.startQuiz("rhine-and-borders") // the learner exists before the race
	const n = 20
	statuses := make([]int, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			req, _ := http.NewRequest("POST", a.srv.URL+"/courses/rivers/quiz", strings.NewReader(url.Values{"set": {set}}.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Origin", a.srv.URL)
			resp, err := learner.c.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			statuses[i] = resp.StatusCode
		}()
	}
	close(start)
	wg.Wait()
	started, refused := 0, 0
	for _, s := range statuses {
		switch s {
		case http.StatusSeeOther:
			started++
		case http.StatusConflict:
			refused++
		default:
			t.Errorf("a start answered %d", s)
		}
	}
	setID, _ := strconv.ParseInt(set, 10, 64)
	stored, err := a.db.CountAttempts(context.Background(), a.userID(learner), setID)
	if err != nil {
		t.Fatal(err)
	}
	if started != 2 || refused != n-2 || stored != 2 {
		t.Fatalf("%d starts accepted, %d refused, %d attempts stored; want 2, %d, 2", started, refused, stored, n-2)
	}
}
