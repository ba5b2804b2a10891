package auth

import (
	"context"
	"time"
)

// TryStore keeps sign-in tries where every server sharing a database sees
// them, so that a guess spread over several servers counts as one run of
// guesses. Each method is one step: ReserveTry checks and records in one
// transaction.
type TryStore interface {
	// ReserveTry records a try for key in scope at now unless wait, given
	// the scope's tries for key within window (oldest first), says to
	// wait; it returns that wait (0 when the try was recorded).
	ReserveTry(ctx context.Context, scope, key string, now time.Time, window time.Duration, wait func(recent []time.Time) time.Duration) (time.Duration, error)
	// CancelTry gives back the try recorded for key in scope at at.
	CancelTry(ctx context.Context, scope, key string, at time.Time) error
	// ResetTries forgets key's tries in scope.
	ResetTries(ctx context.Context, scope, key string) error
	// KnownPair reports whether the account and address pair signed in
	// successfully at or after since.
	KnownPair(ctx context.Context, pair string, since time.Time) (bool, error)
	// RememberPair records a successful sign-in of the pair at at.
	RememberPair(ctx context.Context, pair string, at time.Time) error
}

// sharedTimeout bounds each call to a TryStore.
const sharedTimeout = 5 * time.Second

// storeFailWait is the wait given when the TryStore fails: the database
// that would check the password is failing too.
const storeFailWait = 5 * time.Second

// Share keeps g's tries and known pairs in ts instead of in memory, for
// servers that share one database.
func (g *SignInGuard) Share(ts TryStore) {
	g.shared = ts
	g.Pair.share(ts, "pair")
	g.Account.share(ts, "account")
	g.Client.share(ts, "client")
}

// Share keeps t's attempts in ts under scope instead of in memory, so that
// every server sharing the database counts them together.
func (t *Throttle) Share(ts TryStore, scope string) { t.share(ts, scope) }

func (t *Throttle) share(ts TryStore, scope string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.shared, t.scope = ts, scope
}

func sharedCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), sharedTimeout)
}

// reserveShared is Reserve through the TryStore.
func (t *Throttle) reserveShared(key string, now time.Time) (bool, time.Duration) {
	ctx, cancel := sharedCtx()
	defer cancel()
	wait, err := t.shared.ReserveTry(ctx, t.scope, key, now, t.Window, func(recent []time.Time) time.Duration {
		return t.wait(recent, now)
	})
	if err != nil {
		return false, storeFailWait
	}
	return wait == 0, wait
}
