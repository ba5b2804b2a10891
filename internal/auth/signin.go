package auth

import (
	"strings"
	"sync"
	"time"
)

// SignInGuard decides whether a password may be checked for an account
// from a client address. It throttles three ways, each reserving the
// attempt before the password is hashed:
//
//   - one account from one address (Pair): a few tries at once, then a
//     growing delay; this is what an attacker at one address meets, and
//     it slows the owner who mistypes rather than locking them out;
//   - one account from anywhere (Account): a higher allowance, against
//     guessing spread over many addresses;
//   - one address, any account (Client): a higher allowance still, against
//     trying one password on many accounts.
//
// An account and address that signed in successfully before (within
// KnownFor) skip the last two, so attacks from elsewhere, or from other
// people at a shared address, do not slow down an owner at an address they
// have used.
type SignInGuard struct {
	Pair, Account, Client *Throttle
	KnownFor              time.Duration
	MaxKnown              int

	mu    sync.Mutex
	known map[string]time.Time
	// shared, when set, keeps the known pairs instead of known (Share).
	shared TryStore
}

// Sign-in throttling defaults.
const (
	PairFree    = 5  // tries for one account from one address before the delay starts
	AccountFree = 30 // tries for one account from all addresses
	ClientFree  = 50 // tries from one address at all accounts
	// ThrottleWindow is how long a try counts.
	ThrottleWindow = 15 * time.Minute
)

// NewSignInGuard returns a guard with Lectern's limits: per account and
// address 5 tries, then waits of 30 s, 1 min, 2 min… up to 15 min between
// tries; per account 30 tries and per address 50 within 15 minutes before
// the same growing waits.
func NewSignInGuard() *SignInGuard {
	return &SignInGuard{
		Pair:     NewThrottle(PairFree, ThrottleWindow, 30*time.Second, ThrottleWindow),
		Account:  NewThrottle(AccountFree, ThrottleWindow, 30*time.Second, ThrottleWindow),
		Client:   NewThrottle(ClientFree, ThrottleWindow, 10*time.Second, ThrottleWindow),
		KnownFor: 30 * 24 * time.Hour,
		MaxKnown: defaultMaxKeys,
		known:    map[string]time.Time{},
	}
}

// Attempt is a reserved password check.
type Attempt struct {
	g        *SignInGuard
	pair     string
	at       time.Time
	reserved []keyed
}

type keyed struct {
	t   *Throttle
	key string
}

// maxKeyLen bounds what a typed email can make a throttle keep.
const maxKeyLen = 254

func accountKey(email string) string {
	email = strings.ToLower(strings.TrimSpace(email))
	if len(email) > maxKeyLen {
		email = email[:maxKeyLen]
	}
	return email
}

// Begin reserves a password check for the account (its email, as typed)
// from the client address at now. When refused, it returns nil and how
// long to wait.
func (g *SignInGuard) Begin(email, client string, now time.Time) (*Attempt, time.Duration) {
	acct := accountKey(email)
	a := &Attempt{g: g, pair: acct + "\x00" + client, at: now}
	steps := []keyed{{g.Pair, a.pair}}
	if !g.isKnown(a.pair, now) {
		steps = append(steps, keyed{g.Account, acct}, keyed{g.Client, client})
	}
	for _, s := range steps {
		ok, wait := s.t.Reserve(s.key, now)
		if !ok {
			a.Cancel()
			return nil, wait
		}
		a.reserved = append(a.reserved, s)
	}
	return a, 0
}

// Cancel gives the reservation back: the password was not checked.
func (a *Attempt) Cancel() {
	for _, s := range a.reserved {
		s.t.Cancel(s.key, a.at)
	}
	a.reserved = nil
}

// Succeeded records a right password: the account and address start
// afresh and are remembered as known, and the try does not count against
// the account or the address.
func (a *Attempt) Succeeded() {
	a.Cancel()
	a.g.Pair.Reset(a.pair)
	a.g.remember(a.pair, a.at)
}

// Failed records a wrong password. The try was counted when reserved; this
// only says so.
func (a *Attempt) Failed() { a.reserved = nil }

func (g *SignInGuard) isKnown(pair string, now time.Time) bool {
	if g.shared != nil {
		ctx, cancel := sharedCtx()
		defer cancel()
		ok, err := g.shared.KnownPair(ctx, pair, now.Add(-g.KnownFor))
		return ok && err == nil
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	at, ok := g.known[pair]
	return ok && now.Sub(at) < g.KnownFor
}

func (g *SignInGuard) remember(pair string, now time.Time) {
	if g.shared != nil {
		ctx, cancel := sharedCtx()
		defer cancel()
		g.shared.RememberPair(ctx, pair, now)
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, ok := g.known[pair]; !ok && len(g.known) >= g.MaxKnown {
		for k, at := range g.known {
			if now.Sub(at) >= g.KnownFor {
				delete(g.known, k)
			}
		}
		for k := range g.known { // still full: forget a tenth, any
			if len(g.known) < g.MaxKnown-g.MaxKnown/10 {
				break
			}
			delete(g.known, k)
		}
	}
	g.known[pair] = now
}
