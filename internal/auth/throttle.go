package auth

import (
	"sync"
	"time"
)

// Throttle limits failed attempts per key (an account's email, a client
// address) within a sliding window. It is safe for concurrent use and keeps
// only recent failures.
type Throttle struct {
	Max    int           // failures allowed within Window
	Window time.Duration // how far back failures count

	mu   sync.Mutex
	hits map[string][]time.Time
}

// NewThrottle allows max failures per key within window.
func NewThrottle(max int, window time.Duration) *Throttle {
	return &Throttle{Max: max, Window: window, hits: map[string][]time.Time{}}
}

// Allowed reports whether key may try again at now, and if not, how long
// until it may.
func (t *Throttle) Allowed(key string, now time.Time) (bool, time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	recent := t.prune(key, now)
	if len(recent) < t.Max {
		return true, 0
	}
	return false, recent[0].Add(t.Window).Sub(now)
}

// Fail records a failed attempt for key at now.
func (t *Throttle) Fail(key string, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.hits[key] = append(t.prune(key, now), now)
	if len(t.hits) > 100000 { // bound memory under a flood of keys
		for k := range t.hits {
			if len(t.prune(k, now)) == 0 {
				delete(t.hits, k)
			}
		}
	}
}

// Reset forgets key's failures (after a successful login).
func (t *Throttle) Reset(key string) {
	t.mu.Lock()
	delete(t.hits, key)
	t.mu.Unlock()
}

func (t *Throttle) prune(key string, now time.Time) []time.Time {
	h := t.hits[key]
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
