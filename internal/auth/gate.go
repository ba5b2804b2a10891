package auth

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"time"
)

// ErrBusy means a password could not be hashed or checked because as many
// hashes as the gate allows were already running for longer than the wait:
// the server is busy, and the request should be answered 503.
var ErrBusy = errors.New("auth: too many passwords being hashed; try again shortly")

// Gate bounds how many argon2id hashes run at once. Each takes 19 MiB for
// the time it runs, so without a bound a burst of sign-ins can take the
// memory of the whole machine. A caller waits at most Wait for a slot.
type Gate struct {
	slots chan struct{}
	wait  time.Duration

	inFlight atomic.Int64
	peak     atomic.Int64
	total    atomic.Int64
}

// DefaultGateWait is how long a request waits for a hashing slot before it
// is answered "busy".
const DefaultGateWait = 2 * time.Second

// NewGate allows size hashes at once (the number of CPUs when size < 1);
// a caller waits at most wait for a slot (DefaultGateWait when wait <= 0).
func NewGate(size int, wait time.Duration) *Gate {
	if size < 1 {
		size = runtime.NumCPU()
	}
	if wait <= 0 {
		wait = DefaultGateWait
	}
	return &Gate{slots: make(chan struct{}, size), wait: wait}
}

// Size is how many hashes may run at once.
func (g *Gate) Size() int { return cap(g.slots) }

// Peak is the most hashes that ran at once since the gate was made.
func (g *Gate) Peak() int { return int(g.peak.Load()) }

// Total counts the hashes run through the gate.
func (g *Gate) Total() int { return int(g.total.Load()) }

// RetryAfter is what a busy answer suggests waiting, in whole seconds.
func (g *Gate) RetryAfter() int { return int((g.wait + time.Second - 1) / time.Second) }

// Do runs fn holding a slot, or returns ErrBusy when none frees up within
// the wait, or ctx's error when the caller goes away first. Hash, Verify
// and VerifyNothing use it; so should any other use of argon2id.
func (g *Gate) Do(ctx context.Context, fn func()) error {
	select {
	case g.slots <- struct{}{}:
	default:
		t := time.NewTimer(g.wait)
		defer t.Stop()
		select {
		case g.slots <- struct{}{}:
		case <-t.C:
			return ErrBusy
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	defer func() { <-g.slots }()
	n := g.inFlight.Add(1)
	defer g.inFlight.Add(-1)
	for p := g.peak.Load(); n > p && !g.peak.CompareAndSwap(p, n); p = g.peak.Load() {
	}
	g.total.Add(1)
	fn()
	return nil
}

// Hash is Hash run through the gate.
func (g *Gate) Hash(ctx context.Context, password string) (string, error) {
	var h string
	var err error
	if gerr := g.Do(ctx, func() { h, err = Hash(password) }); gerr != nil {
		return "", gerr
	}
	return h, err
}

// Verify is Verify run through the gate: ErrBusy (or the context's error)
// when the password could not be checked at all.
func (g *Gate) Verify(ctx context.Context, hash, password string) error {
	var err error
	if gerr := g.Do(ctx, func() { err = Verify(hash, password) }); gerr != nil {
		return gerr
	}
	return err
}

// VerifyNothing spends a Verify's time and memory for an unknown account,
// through the gate, and returns ErrMismatch (or why it could not run).
func (g *Gate) VerifyNothing(ctx context.Context, password string) error {
	if err := g.Do(ctx, func() { VerifyNothing(password) }); err != nil {
		return err
	}
	return ErrMismatch
}
