package auth

import (
	"slices"
	"sync"
	"time"
)

// Throttle spaces out attempts per key (an account and a client address,
// say). Within Window, the first Free attempts go through at once; after
// that each one must wait a delay that doubles from Delay up to MaxDelay
// after the one before. An attempt is recorded when it is reserved, before
// the work it guards, so parallel attempts cannot all slip through one
// check; a reservation that turns out not to count is given back with
// Cancel. It is safe for concurrent use and keeps at most MaxKeys keys.
type Throttle struct {
	Free     int           // attempts allowed at once within Window
	Window   time.Duration // how far back attempts count
	Delay    time.Duration // the wait after the first attempt past Free
	MaxDelay time.Duration // the longest wait between attempts
	MaxKeys  int           // keys kept at most; the least recent go first

	mu   sync.Mutex
	hits map[string][]time.Time
	// shared, when set, keeps the attempts instead of hits, under scope
	// (shared.go).
	shared TryStore
	scope  string
}

// defaultMaxKeys bounds a throttle's memory under a flood of keys.
const defaultMaxKeys = 100_000

// NewThrottle allows free attempts per key within window, then one attempt
// after a delay that doubles from delay up to maxDelay.
func NewThrottle(free int, window, delay, maxDelay time.Duration) *Throttle {
	return &Throttle{Free: free, Window: window, Delay: delay, MaxDelay: maxDelay, MaxKeys: defaultMaxKeys,
		hits: map[string][]time.Time{}}
}

// Reserve records an attempt for key at now when one is allowed, and
// reports whether it was; if not, nothing is recorded and wait says how
// long until one will be. Checking and recording are one step.
func (t *Throttle) Reserve(key string, now time.Time) (ok bool, wait time.Duration) {
	if t.shared != nil {
		return t.reserveShared(key, now)
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	recent := t.prune(key, now)
	if wait := t.wait(recent, now); wait > 0 {
		return false, wait
	}
	if _, known := t.hits[key]; !known {
		t.makeRoom(now)
	}
	t.hits[key] = append(recent, now)
	return true, 0
}

// Wait reports how long key must wait at now before an attempt, without
// reserving one.
func (t *Throttle) Wait(key string, now time.Time) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.wait(t.prune(key, now), now)
}

// wait is how long after now the next attempt may be made, given the
// attempts within the window (oldest first).
func (t *Throttle) wait(recent []time.Time, now time.Time) time.Duration {
	over := len(recent) - t.Free
	if over < 0 {
		return 0
	}
	d := t.Delay
	for i := 0; i < over && d < t.MaxDelay; i++ {
		d *= 2
	}
	if d > t.MaxDelay {
		d = t.MaxDelay
	}
	if w := recent[len(recent)-1].Add(d).Sub(now); w > 0 {
		return w
	}
	return 0
}

// Cancel gives back an attempt reserved for key at at: it did not happen
// or does not count.
func (t *Throttle) Cancel(key string, at time.Time) {
	if t.shared != nil {
		ctx, cancel := sharedCtx()
		defer cancel()
		t.shared.CancelTry(ctx, t.scope, key, at) // failing, the try counts: the safe side
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	h := t.hits[key]
	for i := len(h) - 1; i >= 0; i-- {
		if h[i].Equal(at) {
			h = append(h[:i:i], h[i+1:]...)
			break
		}
	}
	if len(h) == 0 {
		delete(t.hits, key)
		return
	}
	t.hits[key] = h
}

// Reset forgets key's attempts (after a successful sign-in).
func (t *Throttle) Reset(key string) {
	if t.shared != nil {
		ctx, cancel := sharedCtx()
		defer cancel()
		t.shared.ResetTries(ctx, t.scope, key)
		return
	}
	t.mu.Lock()
	delete(t.hits, key)
	t.mu.Unlock()
}

// Len is how many keys the throttle holds.
func (t *Throttle) Len() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return len(t.hits)
}

func (t *Throttle) prune(key string, now time.Time) []time.Time {
	h, ok := t.hits[key]
	if !ok {
		return nil
	}
	i := 0
	for i < len(h) && now.Sub(h[i]) >= t.Window {
		i++
	}
	h = h[i:]
	if len(h) == 0 {
		delete(t.hits, key)
		return nil
	}
	t.hits[key] = h
	return h
}

// makeRoom keeps the map under MaxKeys before a new key is added: keys
// whose attempts have all left the window go first, then the tenth of the
// keys least recently tried.
func (t *Throttle) makeRoom(now time.Time) {
	limit := t.MaxKeys
	if limit <= 0 {
		limit = defaultMaxKeys
	}
	if len(t.hits) < limit {
		return
	}
	for k := range t.hits {
		t.prune(k, now)
	}
	if len(t.hits) < limit {
		return
	}
	evict := len(t.hits) - limit + limit/10 + 1
	cut := oldestLast(t.hits, evict)
	for k, h := range t.hits {
		if evict > 0 && !h[len(h)-1].After(cut) {
			delete(t.hits, k)
			evict--
		}
	}
}

// oldestLast returns a time such that at least n keys were last tried at
// or before it: the n-th smallest last attempt.
func oldestLast(hits map[string][]time.Time, n int) time.Time {
	last := make([]time.Time, 0, len(hits))
	for _, h := range hits {
		last = append(last, h[len(h)-1])
	}
	// Sorting is enough: this runs once per tenth of MaxKeys new keys.
	slices.SortFunc(last, time.Time.Compare)
	if n > len(last) {
		n = len(last)
	}
	return last[n-1]
}
