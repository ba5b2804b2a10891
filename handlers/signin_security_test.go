package handlers_test

import (
	"context"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/auth"
	"github.com/lectern/lectern/internal/quiz"
)

// syncClock is a clock that tests move forward, safe for parallel use.
type syncClock struct {
	mu sync.Mutex
	t  time.Time
}

func newSyncClock() *syncClock {
	return &syncClock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
}

func (c *syncClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *syncClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// behindProxy makes the test server's loopback peer a trusted proxy, so
// that X-Forwarded-For names the client.
func behindProxy(d *handlers.Deps) {
	d.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
}

// answer is a response read without failing the test, for use from many
// goroutines at once.
type answer struct {
	status int
	header http.Header
	body   string
	err    error
}

// send posts a form as a browser without cookies, with X-Forwarded-For
// set to from when it is not empty, and an optional session cookie.
func (a *app) send(path, from, cookie string, form url.Values) answer {
	req, _ := http.NewRequest("POST", a.srv.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", a.srv.URL)
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	if from != "" {
		req.Header.Set("X-Forwarded-For", from)
	}
	if cookie != "" {
		req.AddCookie(&http.Cookie{Name: "lectern", Value: cookie})
	}
	// A round trip, not a client: a client would refuse to read a Location
	// header a browser would follow.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // only a hung server trips this
	defer cancel()
	resp, err := http.DefaultTransport.RoundTrip(req.WithContext(ctx))
	if err != nil {
		return answer{err: err}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return answer{status: resp.StatusCode, header: resp.Header, body: string(body), err: err}
}

// parallel runs n requests at once and returns their answers in order.
func parallel(n int, req func(i int) answer) []answer {
	out := make([]answer, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			out[i] = req(i)
		}()
	}
	close(start)
	wg.Wait()
	return out
}

// A burst of sign-ins, sign-ups and password changes never has more
// argon2id hashes running than the gate allows, and every request is
// answered: those that cannot get a slot in time get 503 with Retry-After.
func TestParallelPasswordWorkIsBoundedAndAnswered(t *testing.T) {
	gate := auth.NewGate(2, 0)
	a := newApp(t, func(d *handlers.Deps) { d.Hashes = gate })
	var cookies []string
	for i := range 4 {
		email := "changer" + strconv.Itoa(i) + "@example.org"
		a.account(email, "changer's first passphrase", quiz.RoleLearner)
		b := a.browser()
		wantStatus(t, b.signIn(email, "changer's first passphrase"), http.StatusSeeOther)
		cookies = append(cookies, b.cookie())
	}
	const signIns, signUps, changes = 24, 8, 4
	got := parallel(signIns+signUps+changes, func(i int) answer {
		switch {
		case i < signIns:
			return a.send("/login", "", "", url.Values{"email": {"nobody" + strconv.Itoa(i) + "@example.org"}, "password": {"a guessed passphrase"}})
		case i < signIns+signUps:
			return a.send("/signup", "", "", url.Values{"email": {"new" + strconv.Itoa(i) + "@example.org"}, "password": {"a brand new passphrase"}})
		default:
			k := i - signIns - signUps
			return a.send("/password", "", cookies[k], url.Values{"current": {"changer's first passphrase"}, "password": {"changer's second passphrase"}})
		}
	})
	allowed := map[int]bool{200: true, 303: true, 401: true, 429: true, 503: true}
	for i, r := range got {
		if r.err != nil {
			t.Fatalf("request %d got no answer: %v", i, r.err)
		}
		if !allowed[r.status] {
			t.Errorf("request %d answered %d: %.300s", i, r.status, r.body)
		}
		if r.status == 503 && r.header.Get("Retry-After") == "" {
			t.Errorf("request %d: 503 without Retry-After", i)
		}
	}
	if p := gate.Peak(); p > 2 {
		t.Fatalf("%d hashes ran at once, want at most 2", p)
	}
	if gate.Total() == 0 {
		t.Fatal("no password was hashed through the gate")
	}
}

// A full gate answers 503 with Retry-After at once for a sign-in that
// cannot get a slot within the wait, and the try does not count against
// the account.
func TestBusyHashingAnswers503(t *testing.T) {
	gate := auth.NewGate(1, time.Millisecond)
	a := newApp(t, func(d *handlers.Deps) { d.Hashes = gate })
	a.account("busy@example.org", "busy person's passphrase", quiz.RoleLearner)
	hold, held, done := make(chan struct{}), make(chan struct{}), make(chan error)
	go func() { done <- gate.Do(context.Background(), func() { close(held); <-hold }) }() // a long hash under way
	<-held
	r := a.send("/login", "", "", url.Values{"email": {"busy@example.org"}, "password": {"busy person's passphrase"}})
	close(hold)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
		t.Fatalf("with every slot taken: status %d, Retry-After %q", r.status, r.header.Get("Retry-After"))
	}
	for range auth.PairFree {
		if r := a.send("/login", "", "", url.Values{"email": {"busy@example.org"}, "password": {"wrong"}}); r.status != http.StatusUnauthorized {
			t.Fatalf("a wrong password: %d", r.status)
		}
	}
}

// Forty wrong passwords sent at once for one account are not all checked:
// the tries are reserved before the password is hashed, so only the free
// ones are; a right password hidden among them cannot ride the race.
func TestParallelGuessesAreCountedBeforeChecking(t *testing.T) {
	gate := auth.NewGate(2, time.Minute)
	a := newApp(t, func(d *handlers.Deps) { d.Hashes = gate })
	a.account("head@example.org", "the head's own passphrase", quiz.RoleAdmin)
	got := parallel(40, func(i int) answer {
		pw := "guess number " + strconv.Itoa(i)
		if i == 17 {
			pw = "the head's own passphrase"
		}
		return a.send("/login", "", "", url.Values{"email": {"head@example.org"}, "password": {pw}})
	})
	checked := 0
	// The right password, when its try is one of the free ones, signs in
	// and a sign-in forgets the account's tries (auth.Throttle.Reset):
	// tries still in flight then count afresh, at most as many again.
	limit := auth.PairFree
	if got[17].status == http.StatusSeeOther {
		limit = 2 * auth.PairFree
	}
	for i, r := range got {
		switch r.status {
		case http.StatusUnauthorized, http.StatusSeeOther:
			checked++
		case http.StatusTooManyRequests:
			if r.header.Get("Retry-After") == "" {
				t.Errorf("request %d: 429 without Retry-After", i)
			}
		default:
			t.Errorf("request %d answered %d", i, r.status)
		}
	}
	if checked > limit || gate.Total() > limit {
		t.Fatalf("%d passwords checked (%d hashed) out of 40 parallel tries, want at most %d", checked, gate.Total(), limit)
	}
}

// The redirect after sign-in goes only to a path on this site as a browser
// reads it: a browser drops tabs and line breaks and reads "\" as "/".
func TestSignInRedirectStaysOnSite(t *testing.T) {
	a := newApp(t)
	a.account("fa@example.org", "fa's passphrase", quiz.RoleLearner)
	for _, c := range []struct{ next, want string }{
		{"/settings", "/settings"},
		{"/courses/rivers?x=1#p-2", "/courses/rivers?x=1#p-2"},
		{"/cour\tses/rivers", "/courses/rivers"},
		{"//evil.example/x", "/"},
		{"///evil.example", "/"},
		{"https://evil.example", "/"},
		{"http:/evil.example", "/"},
		{"javascript:alert(1)", "/"},
		{"/\\evil.example", "/"},
		{"\\/evil.example", "/"},
		{"/\t/evil.example", "/"},
		{"\t//evil.example", "/"},
		{"/\r\n/evil.example", "/"},
		{"/\n\\evil.example", "/"},
		{"/x\\..\\\\evil.example", "/"},
		{"/%2F/evil.example", "/"},
		{"/\x00/evil.example", "/"},
		{"/\x1b/evil.example", "/"},
		{" //evil.example", "/"},
		{"evil.example", "/"},
		{"", "/"},
	} {
		r := a.send("/login", "", "", url.Values{"email": {"fa@example.org"}, "password": {"fa's passphrase"}, "next": {c.next}})
		if r.status != http.StatusSeeOther {
			t.Fatalf("next=%q: status %d, %v", c.next, r.status, r.err)
		}
		if loc := r.header.Get("Location"); loc != c.want {
			t.Errorf("next=%q redirects to %q, want %q", c.next, loc, c.want)
		}
	}
}

// An attacker guessing from one address slows down only themselves: the
// owner signs in from another address at once, and the owner who mistypes
// at their own address waits seconds, not a quarter of an hour.
func TestAttackerElsewhereCannotLockOutOwner(t *testing.T) {
	clock := newSyncClock()
	a := newApp(t, behindProxy, func(d *handlers.Deps) { d.Now = clock.now })
	a.instructor("owner@example.org", "the owner's passphrase")
	for i := range 40 {
		r := a.send("/login", "203.0.113.9", "", url.Values{"email": {"owner@example.org"}, "password": {"guess " + strconv.Itoa(i)}})
		if r.status != http.StatusUnauthorized && r.status != http.StatusTooManyRequests {
			t.Fatalf("guess %d: status %d", i, r.status)
		}
		clock.add(time.Second)
	}
	if r := a.send("/login", "203.0.113.9", "", url.Values{"email": {"owner@example.org"}, "password": {"guess again"}}); r.status != http.StatusTooManyRequests {
		t.Fatalf("the attacker's address is not slowed: %d", r.status)
	}
	if r := a.send("/login", "198.51.100.7", "", url.Values{"email": {"owner@example.org"}, "password": {"the owner's passphrase"}}); r.status != http.StatusSeeOther {
		t.Fatalf("the owner at another address was refused: %d %.300s", r.status, r.body)
	}

	// The owner mistypes five times at their own address: the next try
	// waits half a minute, and then goes through.
	for range auth.PairFree {
		a.send("/login", "198.51.100.7", "", url.Values{"email": {"owner@example.org"}, "password": {"a typo"}})
	}
	r := a.send("/login", "198.51.100.7", "", url.Values{"email": {"owner@example.org"}, "password": {"the owner's passphrase"}})
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "30" {
		t.Fatalf("after five typos: status %d, Retry-After %q, want 429 for 30 s", r.status, r.header.Get("Retry-After"))
	}
	clock.add(30 * time.Second)
	if r := a.send("/login", "198.51.100.7", "", url.Values{"email": {"owner@example.org"}, "password": {"the owner's passphrase"}}); r.status != http.StatusSeeOther {
		t.Fatalf("the owner waited and was refused: %d", r.status)
	}
}

// X-Forwarded-For is believed only from a trusted proxy: a client talking
// to Lectern directly cannot pick a new address for every guess, while
// behind a trusted proxy the clients it names are told apart.
func TestForwardedForTrustedOnlyFromProxies(t *testing.T) {
	direct := newApp(t)
	direct.account("cy@example.org", "cy's passphrase", quiz.RoleLearner)
	for i := range auth.PairFree {
		direct.send("/login", "192.0.2."+strconv.Itoa(i+1), "", url.Values{"email": {"cy@example.org"}, "password": {"a guess"}})
	}
	if r := direct.send("/login", "198.51.100.7", "", url.Values{"email": {"cy@example.org"}, "password": {"cy's passphrase"}}); r.status != http.StatusTooManyRequests {
		t.Fatalf("a forged X-Forwarded-For from an untrusted peer was believed: %d", r.status)
	}

	proxied := newApp(t, behindProxy)
	proxied.account("cy@example.org", "cy's passphrase", quiz.RoleLearner)
	for range auth.PairFree {
		proxied.send("/login", "203.0.113.9", "", url.Values{"email": {"cy@example.org"}, "password": {"a guess"}})
	}
	// A client behind the proxy cannot forge its way out either: the
	// proxy appends the address it saw, and that is the one counted.
	if r := proxied.send("/login", "198.51.100.7, 203.0.113.9", "", url.Values{"email": {"cy@example.org"}, "password": {"cy's passphrase"}}); r.status != http.StatusTooManyRequests {
		t.Fatalf("an address written before the proxy's was believed: %d", r.status)
	}
	if r := proxied.send("/login", "198.51.100.7", "", url.Values{"email": {"cy@example.org"}, "password": {"cy's passphrase"}}); r.status != http.StatusSeeOther {
		t.Fatalf("another client behind the trusted proxy was refused: %d", r.status)
	}
}

// Sign-ups are limited per address, and above all the answers that an
// email cannot be used: a script cannot test many emails for accounts,
// even in parallel. The answer does not say that the account exists.
func TestSignupIsThrottledPerAddress(t *testing.T) {
	a := newApp(t, behindProxy, func(d *handlers.Deps) { d.Hashes = auth.NewGate(2, time.Minute) })
	a.account("taken@example.org", "taken's own passphrase", quiz.RoleLearner)
	got := parallel(40, func(i int) answer {
		return a.send("/signup", "203.0.113.9", "", url.Values{"email": {"taken@example.org"}, "password": {"a test passphrase " + strconv.Itoa(i)}})
	})
	refused := 0
	for i, r := range got {
		switch r.status {
		case http.StatusUnprocessableEntity:
			refused++
			if strings.Contains(strings.ToLower(r.body), "exists") {
				t.Errorf("the answer says the account exists: %.300s", r.body)
			}
		case http.StatusTooManyRequests:
			if r.header.Get("Retry-After") == "" {
				t.Errorf("request %d: 429 without Retry-After", i)
			}
		default:
			t.Errorf("request %d answered %d", i, r.status)
		}
	}
	if refused > 5 {
		t.Fatalf("%d of 40 parallel sign-ups were told the email cannot be used, want at most 5", refused)
	}
	// Another address signs up as usual, up to its own allowance of new
	// accounts.
	for i := range 20 {
		r := a.send("/signup", "198.51.100.7", "", url.Values{"email": {"pupil" + strconv.Itoa(i) + "@example.org"}, "password": {"a pupil's passphrase"}})
		if r.status != http.StatusSeeOther {
			t.Fatalf("sign-up %d from another address: %d", i, r.status)
		}
	}
	if r := a.send("/signup", "198.51.100.7", "", url.Values{"email": {"one.more@example.org"}, "password": {"a pupil's passphrase"}}); r.status != http.StatusTooManyRequests {
		t.Fatalf("sign-up 21 from one address within the hour: %d", r.status)
	}
}

// Weak passwords are refused on sign-up and on a password change, with a
// message beside the field that says why, and what was typed kept except
// the password.
func TestWeakPasswordsAreRefused(t *testing.T) {
	a := newApp(t)
	for pw, why := range map[string]string{
		"aaaaaaaa":  "repeated",
		"abcdefgh":  "sequences",
		"Passw0rd!": "look-alike",
		"        ":  "repeated",
		"password1": "most used",
	} {
		p := a.browser().post("/signup", url.Values{"email": {"weak@example.org"}, "password": {pw}})
		wantStatus(t, p, http.StatusUnprocessableEntity)
		if msg := p.doc.Find("#password-error").Text(); !strings.Contains(msg, why) || !strings.Contains(msg, "unrelated words") {
			t.Errorf("sign-up with %q: message %q, want why (%q) and what would do", pw, msg, why)
		}
		if v, _ := p.doc.Find("#email").Attr("value"); v != "weak@example.org" {
			t.Errorf("sign-up with %q: email not kept: %q", pw, v)
		}
		if v, ok := p.doc.Find("#password").Attr("value"); ok && v != "" {
			t.Errorf("sign-up with %q: the password is echoed back", pw)
		}
	}
	if _, err := a.db.FindAccount(context.Background(), "weak@example.org"); err == nil {
		t.Fatal("an account was made with a weak password")
	}
	a.account("gi@example.org", "gi's passphrase", quiz.RoleLearner)
	b := a.browser()
	wantStatus(t, b.signIn("gi@example.org", "gi's passphrase"), http.StatusSeeOther)
	p := b.post("/password", url.Values{"current": {"gi's passphrase"}, "password": {"abcdefgh"}})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	if msg := p.doc.Find("#password-error").Text(); !strings.Contains(msg, "sequences") {
		t.Errorf("password change to abcdefgh: message %q", msg)
	}
}
