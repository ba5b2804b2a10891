package auth_test

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/auth"
)

func TestHashAndVerify(t *testing.T) {
	h, err := auth.Hash("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("hash %q lacks the argon2id parameters", h)
	}
	if err := auth.Verify(h, "correct horse battery"); err != nil {
		t.Fatalf("right password: %v", err)
	}
	if err := auth.Verify(h, "correct horse batterY"); err != auth.ErrMismatch {
		t.Fatalf("wrong password: %v", err)
	}
	h2, _ := auth.Hash("correct horse battery")
	if h2 == h {
		t.Fatal("two hashes of one password are equal: no salt")
	}
	for _, bad := range []string{"", "$argon2i$v=19$m=1,t=1,p=1$AA$AA", "$argon2id$v=19$m=99999999,t=2,p=1$AA$AA", "$argon2id$v=19$m=19456,t=2,p=1$!!$AA"} {
		if err := auth.Verify(bad, "x"); err == nil || err == auth.ErrMismatch {
			t.Errorf("malformed hash %q: %v", bad, err)
		}
	}
}

func TestCheckPolicy(t *testing.T) {
	cases := map[string]bool{
		"short":                   false,
		"password":                false,
		"Password123":             false,
		"12345678":                false,
		"me@example.org":          false,
		"aaaaaaaa":                false,
		"abcdefgh":                false,
		"Passw0rd!":               false,
		"        ":                false,
		"qwertyuiop":              false,
		"p@ssw0rd":                false,
		"example2026":             false,
		"a reasonable passphrase": true,
		"correct horse battery":   true,
		"Tr0ub4dor&3":             true,
		strings.Repeat("x", 300):  false,
	}
	for pw, ok := range cases {
		if msg := auth.CheckPolicy(pw, "me@example.org"); (msg == "") != ok {
			t.Errorf("CheckPolicy(%.20q) = %q, want ok=%v", pw, msg, ok)
		}
	}
}

// The message says why a password is weak, and what would do.
func TestCheckPolicySaysWhy(t *testing.T) {
	for pw, why := range map[string]string{
		"aaaaaaaa":      "repeated",
		"abcdefgh":      "sequences",
		"Passw0rd!":     "look-alike",
		"qwertyuiop":    "most used",
		"ada.lovelace1": "email",
		"adalovelace!":  "email",
	} {
		msg := auth.CheckPolicy(pw, "ada.lovelace@school.example")
		if !strings.Contains(msg, why) || !strings.Contains(msg, "unrelated words") {
			t.Errorf("CheckPolicy(%q) = %q, want it to mention %q and what would do", pw, msg, why)
		}
	}
}

func TestThrottleSlowsDownAfterTheFreeTries(t *testing.T) {
	th := auth.NewThrottle(3, time.Hour, time.Minute, 10*time.Minute)
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 3; i++ {
		if ok, _ := th.Reserve("a", now); !ok {
			t.Fatalf("free try %d refused", i)
		}
	}
	ok, wait := th.Reserve("a", now)
	if ok || wait != time.Minute {
		t.Fatalf("fourth try: ok=%v wait=%v, want refused for 1m", ok, wait)
	}
	if ok, _ := th.Reserve("b", now); !ok {
		t.Fatal("another key is throttled")
	}
	// The delay doubles with each try past the free ones, up to the cap.
	at := now
	for _, d := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 8 * time.Minute, 10 * time.Minute, 10 * time.Minute} {
		at = at.Add(d)
		if ok, wait := th.Reserve("a", at.Add(-time.Second)); ok || wait != time.Second {
			t.Fatalf("a second early for the wait of %v: ok=%v wait=%v", d, ok, wait)
		}
		if ok, _ := th.Reserve("a", at); !ok {
			t.Fatalf("refused after waiting %v", d)
		}
	}
	// A cancelled try does not count; a reset forgets all.
	th.Reserve("c", now)
	th.Reserve("c", now.Add(time.Second))
	th.Reserve("c", now.Add(2*time.Second))
	th.Cancel("c", now.Add(2*time.Second))
	if ok, _ := th.Reserve("c", now.Add(3*time.Second)); !ok {
		t.Fatal("a cancelled try still counts")
	}
	th.Reset("c")
	if w := th.Wait("c", now.Add(4*time.Second)); w != 0 {
		t.Fatalf("Reset did not clear: wait %v", w)
	}
	if ok, _ := th.Reserve("a", at.Add(time.Hour+10*time.Minute)); !ok {
		t.Fatal("still throttled after the window")
	}
}

// A throttle keeps at most MaxKeys keys, dropping the least recently tried.
func TestThrottleMemoryIsBounded(t *testing.T) {
	th := auth.NewThrottle(1, time.Hour, time.Minute, time.Hour)
	th.MaxKeys = 100
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 1000; i++ {
		th.Reserve(fmt.Sprint("k", i), now.Add(time.Duration(i)*time.Millisecond))
		if th.Len() > 100 {
			t.Fatalf("%d keys kept after %d, want at most 100", th.Len(), i+1)
		}
	}
	if w := th.Wait("k999", now.Add(time.Second)); w == 0 {
		t.Fatal("the most recent key was dropped")
	}
}

// Parallel tries for one account from one address are counted as they are
// reserved: no more than the free ones get through, however many race.
func TestSignInGuardReservesBeforeChecking(t *testing.T) {
	g := auth.NewSignInGuard()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	var through atomic.Int32
	tries := make([]*auth.Attempt, 40)
	for i := range tries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if tries[i], _ = g.Begin("owner@example.org", "192.0.2.1", now); tries[i] != nil {
				through.Add(1)
			}
		}()
	}
	wg.Wait() // every check is made before any password is found wrong
	for _, try := range tries {
		if try != nil {
			try.Failed()
		}
	}
	if n := through.Load(); n != auth.PairFree {
		t.Fatalf("%d of 40 parallel tries got through, want %d", n, auth.PairFree)
	}
	// Another address is not slowed by it; an address that signed in
	// before skips the per-account and per-address allowances.
	try, _ := g.Begin("Owner@example.org", "198.51.100.7", now)
	if try == nil {
		t.Fatal("the owner at another address is refused")
	}
	try.Succeeded()
}
