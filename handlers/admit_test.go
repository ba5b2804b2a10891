package handlers_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/admit"
)

// The learners' pages go through the gate, so that with every slot taken
// a question page waits for one; signing in, health checks and the
// instructor area do not.
func TestLearnersPagesWaitAtTheGateWhenItIsFull(t *testing.T) {
	g := admit.New(1, 0)
	a := newApp(t, func(d *handlers.Deps) { d.Gate = g })
	b := a.browser()
	attempt := b.startQuiz("danube")

	_, done, err := g.Enter(context.Background(), admit.Long) // the only slot
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/healthz", "/login", "/forgot"} {
		p := b.get(path)
		if p.status != http.StatusOK {
			t.Fatalf("GET %s with the gate full: status %d", path, p.status)
		}
	}
	_, short, long := g.Stats()
	if short != 0 || long != 0 {
		t.Fatalf("pages outside the gate queued at it: short %d, long %d", short, long)
	}

	got := make(chan page, 1)
	go func() { got <- b.get(attempt + "/q/1") }()
	for deadline := time.Now().Add(10 * time.Second); ; {
		if _, short, _ := g.Stats(); short == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the question page never queued at the full gate")
		}
		time.Sleep(time.Millisecond)
	}
	select {
	case p := <-got:
		t.Fatalf("the question page was served (status %d) while the only slot was held", p.status)
	default:
	}
	done()
	wantStatus(t, <-got, http.StatusOK)
}
