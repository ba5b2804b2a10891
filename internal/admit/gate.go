// Package admit orders the requests that use the processor.
//
// Under load every request in flight shares the cores, so a question page
// that needs a quarter of a millisecond of work waits behind a hundred
// others for a slice of it, and its time grows with theirs. A Gate lets
// only so many requests work at once (one per core by default) and hands
// a free slot to the waiting requests in order of class: first those
// coming back from a wait (they have little left to do), then short
// steps (a question, an answer, a card), then longer pages. A long
// request that has waited MaxWait goes before the short ones, so none
// waits for ever.
//
// A request gives its slot up while it waits for something other than a
// core, such as the group commit that makes an answer durable: Wait
// releases it and the returned func takes one again.
package admit

import (
	"context"
	"runtime"
	"sync"
	"time"
)

// Class says how soon a request is let in when slots are short.
type Class int

const (
	// Short is a step of a quiz or a review: little work, and the learner
	// waits for it between two clicks.
	Short Class = iota
	// Long is any other page a learner opens.
	Long
	again // a request coming back from a wait
	classes
)

// DefaultMaxWait is how long a long request waits before it goes ahead of
// short ones.
const DefaultMaxWait = 250 * time.Millisecond

// Gate lets a bounded number of requests work at once.
type Gate struct {
	maxWait time.Duration

	mu     sync.Mutex
	free   int
	queues [classes][]*waiter
	// waited counts requests that had to queue, by class; granted all
	// grants.
	waited  [classes]int64
	granted int64
}

type waiter struct {
	ch      chan struct{}
	since   time.Time
	granted bool
}

// New makes a gate of size slots (the number of usable CPUs when size <
// 1); a long request waits at most maxWait before going first
// (DefaultMaxWait when maxWait <= 0).
func New(size int, maxWait time.Duration) *Gate {
	if size < 1 {
		size = runtime.GOMAXPROCS(0)
	}
	if maxWait <= 0 {
		maxWait = DefaultMaxWait
	}
	return &Gate{maxWait: maxWait, free: size}
}

// Stats reports how many slots were granted and how many requests of
// each class had to queue for theirs.
func (g *Gate) Stats() (granted int64, queuedShort, queuedLong int64) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.granted, g.waited[Short], g.waited[Long]
}

// acquire takes a slot, waiting in c's queue when none is free. It
// returns ctx's error if ctx ends first, holding nothing.
func (g *Gate) acquire(ctx context.Context, c Class) error {
	g.mu.Lock()
	if g.free > 0 && g.idle() {
		g.free--
		g.granted++
		g.mu.Unlock()
		return nil
	}
	w := &waiter{ch: make(chan struct{})}
	if c == Long {
		w.since = time.Now()
	}
	g.queues[c] = append(g.queues[c], w)
	g.waited[c]++
	g.mu.Unlock()
	select {
	case <-w.ch:
		return nil
	case <-ctx.Done():
	}
	g.mu.Lock()
	if w.granted {
		// Granted as ctx ended: pass the slot on.
		g.mu.Unlock()
		g.release()
		return ctx.Err()
	}
	q := g.queues[c]
	for i, x := range q {
		if x == w {
			g.queues[c] = append(q[:i:i], q[i+1:]...)
			break
		}
	}
	g.mu.Unlock()
	return ctx.Err()
}

// idle reports whether no request is queued. g.mu is held.
func (g *Gate) idle() bool {
	for _, q := range g.queues {
		if len(q) > 0 {
			return false
		}
	}
	return true
}

// release frees a slot, handing it to the next waiter if there is one.
func (g *Gate) release() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.free < 0 {
		// A slot lent by Borrow is being paid back.
		g.free++
		return
	}
	w := g.next()
	if w == nil {
		g.free++
		return
	}
	w.granted = true
	g.granted++
	close(w.ch)
}

// next pops the waiter to run next, or nil. g.mu is held.
func (g *Gate) next() *waiter {
	order := [...]Class{again, Short, Long}
	if q := g.queues[Long]; len(q) > 0 && time.Since(q[0].since) >= g.maxWait {
		order = [...]Class{Long, again, Short}
	}
	for _, c := range order {
		if q := g.queues[c]; len(q) > 0 {
			w := q[0]
			q[0] = nil
			g.queues[c] = q[1:]
			return w
		}
	}
	return nil
}

// ticket is a request's hold on a slot, carried in its context.
type ticket struct {
	g    *Gate
	mu   sync.Mutex
	held bool
	left bool // the request is done
}

type ticketKey struct{}

// Enter takes a slot of class c for the request whose context is ctx,
// waiting as long as it must. It returns the context to serve the request
// with (Wait finds the slot in it) and the func that gives the slot back,
// to call when the request is done. If ctx ends while waiting, Enter
// returns its error and holds nothing.
func (g *Gate) Enter(ctx context.Context, c Class) (context.Context, func(), error) {
	if err := g.acquire(ctx, c); err != nil {
		return ctx, func() {}, err
	}
	t := &ticket{g: g, held: true}
	return context.WithValue(ctx, ticketKey{}, t), t.leave, nil
}

func (t *ticket) leave() {
	t.mu.Lock()
	held := t.held
	t.held, t.left = false, true
	t.mu.Unlock()
	if held {
		t.g.release()
	}
}

// Wait gives up the slot ctx's request holds, if any, for a wait that uses
// no core; the returned func takes a slot again, ahead of requests not yet
// begun, and must be called once the wait is over. Where ctx holds no
// slot both do nothing.
func Wait(ctx context.Context) (resume func()) {
	t, _ := ctx.Value(ticketKey{}).(*ticket)
	if t == nil {
		return func() {}
	}
	t.mu.Lock()
	if !t.held {
		t.mu.Unlock()
		return func() {}
	}
	t.held = false
	t.mu.Unlock()
	t.g.release()
	return func() {
		// The wait is over and the request has little left to do; it
		// finishes even if its client has gone, so it waits on no ctx.
		t.g.acquire(context.Background(), again)
		t.mu.Lock()
		left := t.left
		t.held = !left
		t.mu.Unlock()
		if left {
			t.g.release()
		}
	}
}

// Borrow takes a slot at once for work that must not queue behind the
// requests (the group commit that they wait for), even if none is free:
// the next slot given back then goes to nobody. The returned func gives
// it back.
func (g *Gate) Borrow() (giveBack func()) {
	g.mu.Lock()
	g.free--
	g.mu.Unlock()
	return g.release
}
