package admit

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// queued waits until n requests in all are queued at g.
func queued(t *testing.T, g *Gate, n int) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); {
		g.mu.Lock()
		k := 0
		for _, q := range g.queues {
			k += len(q)
		}
		g.mu.Unlock()
		if k == n {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("%d requests never queued", n)
}

// enterAsync enters g in a goroutine, sends name on order once in, and
// leaves when hold is closed (at once when hold is nil).
func enterAsync(g *Gate, c Class, name string, order chan<- string, hold ...chan struct{}) {
	go func() {
		_, done, err := g.Enter(context.Background(), c)
		if err != nil {
			order <- "error"
			return
		}
		order <- name
		if len(hold) > 0 {
			<-hold[0]
		}
		done()
	}()
}

func TestShortStepsGoBeforeLongPagesAndReturnsBeforeBoth(t *testing.T) {
	g := New(1, time.Hour)
	ctx, done, err := g.Enter(context.Background(), Long)
	if err != nil {
		t.Fatal(err)
	}
	order := make(chan string, 8)
	enterAsync(g, Long, "long 1", order)
	queued(t, g, 1)
	hold := make(chan struct{})
	enterAsync(g, Short, "short 1", order, hold)
	queued(t, g, 2)
	enterAsync(g, Long, "long 2", order)
	queued(t, g, 3)
	enterAsync(g, Short, "short 2", order)
	queued(t, g, 4)

	// The holder waits for a commit, so its slot goes to the first short
	// step; coming back, it goes before everything still queued.
	resume := Wait(ctx)
	if got := <-order; got != "short 1" {
		t.Fatalf("first in after the holder waited: %s, want short 1", got)
	}
	back := make(chan struct{})
	go func() { resume(); close(back) }()
	queued(t, g, 4) // long 1, long 2, short 2 and the holder coming back
	close(hold)
	<-back // the holder came back before the rest
	select {
	case got := <-order:
		t.Fatalf("%s ran beside the holder in a gate of one", got)
	default:
	}
	done()
	var got []string
	for range 3 {
		got = append(got, <-order)
	}
	want := []string{"short 2", "long 1", "long 2"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("order after the holder: %v, want %v", got, want)
		}
	}
	if granted, qs, ql := g.Stats(); granted != 5+1 || qs != 2 || ql != 2 {
		t.Fatalf("stats: granted %d, queued short %d, long %d; want 6, 2, 2", granted, qs, ql)
	}
}

func TestALongPageWaitingPastMaxWaitGoesFirst(t *testing.T) {
	g := New(1, time.Nanosecond)
	_, done, _ := g.Enter(context.Background(), Short)
	order := make(chan string, 4)
	enterAsync(g, Long, "long", order)
	queued(t, g, 1)
	enterAsync(g, Short, "short", order)
	queued(t, g, 2)
	done()
	if got := <-order; got != "long" {
		t.Fatalf("first in: %s; a long page past its wait should go before a short step", got)
	}
	<-order
}

func TestARequestGoneWhileQueuedHoldsNothing(t *testing.T) {
	g := New(1, 0)
	_, done, _ := g.Enter(context.Background(), Short)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, _, err := g.Enter(ctx, Short)
		errc <- err
	}()
	queued(t, g, 1)
	cancel()
	if err := <-errc; !errors.Is(err, context.Canceled) {
		t.Fatalf("Enter after its context ended: %v", err)
	}
	queued(t, g, 0)
	done()
	// The one slot is free again: a new request gets in at once.
	_, done2, err := g.Enter(context.Background(), Long)
	if err != nil {
		t.Fatal(err)
	}
	done2()
	if g.free != 1 {
		t.Fatalf("free slots %d, want 1", g.free)
	}
}

func TestWaitWithoutASlotAndDoneTwiceChangeNothing(t *testing.T) {
	g := New(2, 0)
	Wait(context.Background())() // no ticket: nothing to give up
	ctx, done, _ := g.Enter(context.Background(), Short)
	resume := Wait(ctx)
	Wait(ctx)() // already given up: nothing more
	resume()
	done()
	done()
	if g.free != 2 {
		t.Fatalf("free slots %d, want 2", g.free)
	}
	// A request that ends while its resume is still to come (a panic
	// unwinding past it) gives back the slot resume takes.
	ctx, done, _ = g.Enter(context.Background(), Short)
	resume = Wait(ctx)
	done()
	resume()
	if g.free != 2 {
		t.Fatalf("free slots %d after a late resume, want 2", g.free)
	}
}

func TestNeverMoreAtOnceThanTheSlots(t *testing.T) {
	const size = 3
	g := New(size, time.Millisecond)
	var mu sync.Mutex
	in, peak := 0, 0
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, done, err := g.Enter(context.Background(), Class(i%2))
			if err != nil {
				t.Error(err)
				return
			}
			defer done()
			step := func() {
				mu.Lock()
				in++
				peak = max(peak, in)
				mu.Unlock()
				mu.Lock()
				in--
				mu.Unlock()
			}
			step()
			if i%3 == 0 {
				resume := Wait(ctx)
				resume()
				step()
			}
		}()
	}
	wg.Wait()
	if peak > size {
		t.Fatalf("%d requests worked at once in a gate of %d", peak, size)
	}
	if g.free != size {
		t.Fatalf("free slots %d after all left, want %d", g.free, size)
	}
}

// Borrow takes a slot at once even when none is free; the next slot given
// back goes to nobody, and the borrowed one, given back, to the queue.
func TestBorrowTakesASlotAtOnce(t *testing.T) {
	g := New(1, 0)
	_, leave, err := g.Enter(context.Background(), Short)
	if err != nil {
		t.Fatal(err)
	}
	giveBack := g.Borrow() // does not wait, though the only slot is held
	in := make(chan func(), 1)
	go func() {
		_, done, err := g.Enter(context.Background(), Short)
		if err != nil {
			t.Error(err)
		}
		in <- done
	}()
	queued(t, g, 1)
	leave()
	// The request's slot paid back the loan: the queued one still waits.
	gone, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := g.Enter(gone, Long); err == nil {
		t.Fatal("a slot was free while one was lent")
	}
	g.mu.Lock()
	still := len(g.queues[Short])
	g.mu.Unlock()
	if still != 1 {
		t.Fatal("the queued request got the slot that paid back the loan")
	}
	giveBack()
	done := <-in
	done()
	if _, done, err := g.Enter(gone, Long); err != nil {
		t.Fatal("no slot free after everything was given back")
	} else {
		done()
	}
}
