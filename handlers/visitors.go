package handlers

import (
	"context"
	"net/http"
	"sync"
	"time"

	"github.com/lectern/lectern/views"
	"golang.org/x/time/rate"
)

// Sign-ups allowed per client address within an hour before each further
// one waits a growing delay: all sign-ups, and those refused because the
// email has an account (answers that would let a script test emails).
const (
	signupsFree        = 20
	signupsRefusedFree = 5
)

// VisitorLimit is how fast one client address may make anonymous learners
// (each a user, a session and what it starts): Burst at once, then one
// every Every.
type VisitorLimit struct {
	Burst int
	Every time.Duration
	// MaxAddresses bounds the addresses remembered; 0 means 10,000.
	MaxAddresses int
}

// DefaultVisitorLimit admits ten new visitors from one address at once,
// then one every 20 seconds (three a minute).
var DefaultVisitorLimit = VisitorLimit{Burst: 10, Every: 20 * time.Second, MaxAddresses: 10_000}

// visitorLimiter holds a token bucket per client address: in the
// database when shared is set (every server sharing it draws on one
// bucket), else in memory.
type visitorLimiter struct {
	lim    VisitorLimit
	shared sharedLimits

	mu      sync.Mutex
	buckets map[string]*rate.Limiter
}

func newVisitorLimiter(l VisitorLimit) *visitorLimiter {
	if l.Burst <= 0 || l.Every <= 0 {
		l.Burst, l.Every = DefaultVisitorLimit.Burst, DefaultVisitorLimit.Every
	}
	if l.MaxAddresses <= 0 {
		l.MaxAddresses = DefaultVisitorLimit.MaxAddresses
	}
	return &visitorLimiter{lim: l, buckets: map[string]*rate.Limiter{}}
}

// visitorScope is the visitor buckets' scope in the database.
const visitorScope = "visitor"

// visitorStoreFailWait is the wait given when the database fails to say:
// the learner it would make could not be written either.
const visitorStoreFailWait = 5 * time.Second

// share keeps the buckets in ls from now on.
func (v *visitorLimiter) share(ls sharedLimits) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.shared = ls
}

// allow takes a token for client at now, or says how long until one.
func (v *visitorLimiter) allow(client string, now time.Time) (bool, time.Duration) {
	v.mu.Lock()
	shared := v.shared
	v.mu.Unlock()
	if shared != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		wait, err := shared.TakeToken(ctx, visitorScope, client, now, v.lim.Burst, v.lim.Every)
		if err != nil {
			return false, visitorStoreFailWait
		}
		return wait == 0, wait
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	b, ok := v.buckets[client]
	if !ok {
		v.makeRoom(now)
		b = rate.NewLimiter(rate.Every(v.lim.Every), v.lim.Burst)
		v.buckets[client] = b
	}
	res := b.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// makeRoom drops the buckets that have refilled (a new one would be the
// same) when the map is full, and then, if it is still full, any tenth.
func (v *visitorLimiter) makeRoom(now time.Time) {
	if len(v.buckets) < v.lim.MaxAddresses {
		return
	}
	for k, b := range v.buckets {
		if b.TokensAt(now) >= float64(v.lim.Burst) {
			delete(v.buckets, k)
		}
	}
	for k := range v.buckets {
		if len(v.buckets) < v.lim.MaxAddresses-v.lim.MaxAddresses/10 {
			break
		}
		delete(v.buckets, k)
	}
}

// tooManyVisitors answers 429 when the client address has started too
// many anonymous learners lately, and reports whether it did.
func (h *Handler) tooManyVisitors(w http.ResponseWriter, r *http.Request) bool {
	ok, wait := h.visitors.allow(h.clientKey(r), h.now())
	if ok {
		return false
	}
	h.log.Warn("new visitors throttled", "client", h.clientAddr(r))
	setRetryAfter(w, wait)
	h.render(w, r, http.StatusTooManyRequests, views.ErrorPage(views.ErrorVM{
		Page:    h.page(r, "Too many new visitors"),
		Status:  http.StatusTooManyRequests,
		Heading: "Please wait a moment",
		Message: "Many new visitors have started a quiz from your network just now. Wait " + waitPhrase(wait) +
			", then try again. If you have an account, signing in first avoids the wait.",
	}))
	return true
}
