package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
)

// eachSharedBackend runs test with two whole handler stacks on one
// database, behind a trusted proxy and on one clock: a SQLite file, and a
// PostgreSQL database when LECTERN_TEST_POSTGRES names a server.
func eachSharedBackend(t *testing.T, test func(t *testing.T, clock *syncClock, one, two *app)) {
	targets := map[string]func(t *testing.T) string{
		"sqlite": func(t *testing.T) string { return filepath.Join(t.TempDir(), "lectern.db") },
		"postgres": func(t *testing.T) string {
			pgtest.Require(t)
			return pgtest.NewDatabase(t)
		},
	}
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			path := targets[name](t)
			db, err := store.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			_, err = db.ImportCourse(context.Background(), quiztest.Course(), 0)
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			clock := newSyncClock()
			opts := func(d *handlers.Deps) {
				behindProxy(d)
				d.Now = clock.now
				d.Visitors = handlers.VisitorLimit{Burst: 10, Every: 20 * time.Second}
			}
			test(t, clock, openApp(t, path, opts), openApp(t, path, opts))
		})
	}
}

// New anonymous learners from one address, started on two servers in
// turn, draw on one allowance: ten at once, then one every 20 seconds, as
// on one server.
func TestTwoServersShareTheNewVisitorLimit(t *testing.T) {
	eachSharedBackend(t, func(t *testing.T, clock *syncClock, one, two *app) {
		servers := []*app{one, two}
		start := func(srv *app) answer {
			return srv.send("/courses/rivers/quiz", "203.0.113.9", "", url.Values{"theme": {"danube"}})
		}
		for i := range 10 {
			if r := start(servers[i%2]); r.status != http.StatusSeeOther {
				t.Fatalf("start %d on server %d: %d", i+1, i%2+1, r.status)
			}
		}
		for i, srv := range servers {
			if r := start(srv); r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "20" {
				t.Fatalf("server %d after ten starts spread over both: %d, Retry-After %q, want 429 and 20", i+1, r.status, r.header.Get("Retry-After"))
			}
		}
		clock.add(20 * time.Second)
		if r := start(two); r.status != http.StatusSeeOther {
			t.Fatalf("after 20 s: %d", r.status)
		}
		if r := start(one); r.status != http.StatusTooManyRequests {
			t.Fatalf("a second start within 20 s, on the other server: %d", r.status)
		}
		if n, err := one.db.CountAnonymousLearners(context.Background()); err != nil || n != 11 {
			t.Fatalf("%d anonymous learners (%v), want 11", n, err)
		}
	})
}

// Sign-ups from one address spread over two servers meet one allowance of
// twenty an hour, and the refusals for a taken email one of five.
func TestTwoServersShareTheSignupLimits(t *testing.T) {
	eachSharedBackend(t, func(t *testing.T, clock *syncClock, one, two *app) {
		servers := []*app{one, two}
		one.account("taken@example.org", "taken's own passphrase", quiz.RoleLearner)
		for i := range 5 {
			r := servers[i%2].send("/signup", "198.51.100.7", "", url.Values{"email": {"taken@example.org"}, "password": {"a test passphrase " + strconv.Itoa(i)}})
			if r.status != http.StatusUnprocessableEntity {
				t.Fatalf("taken email %d: %d", i+1, r.status)
			}
			clock.add(time.Second)
		}
		for i, srv := range servers {
			r := srv.send("/signup", "198.51.100.7", "", url.Values{"email": {"taken@example.org"}, "password": {"a test passphrase"}})
			if r.status != http.StatusTooManyRequests {
				t.Fatalf("server %d after five refusals spread over both: %d, want 429", i+1, r.status)
			}
		}
		for i := range 20 {
			r := servers[i%2].send("/signup", "203.0.113.9", "", url.Values{"email": {"pupil" + strconv.Itoa(i) + "@example.org"}, "password": {"a pupil's passphrase"}})
			if r.status != http.StatusSeeOther {
				t.Fatalf("sign-up %d on server %d: %d", i+1, i%2+1, r.status)
			}
			clock.add(time.Second)
		}
		for i, srv := range servers {
			r := srv.send("/signup", "203.0.113.9", "", url.Values{"email": {"one.more@example.org"}, "password": {"a pupil's passphrase"}})
			if r.status != http.StatusTooManyRequests {
				t.Fatalf("server %d after twenty sign-ups spread over both: %d, want 429", i+1, r.status)
			}
		}
	})
}

// Class codes that name no class, tried on two servers in turn from one
// address, meet one allowance of twenty an hour.
func TestTwoServersShareTheClassCodeLimit(t *testing.T) {
	eachSharedBackend(t, func(t *testing.T, clock *syncClock, one, two *app) {
		servers := []*app{one, two}
		wrong := func(i int) string {
			al := quiz.ClassCodeAlphabet
			return string([]byte{al[i%len(al)], al[i/len(al)%len(al)], 'A', 'A', 'A', 'A'})
		}
		for i := range 20 {
			r := servers[i%2].send("/join", "203.0.113.9", "", url.Values{"code": {wrong(i)}, "display_name": {"Sam Lee"}})
			if r.status != http.StatusUnprocessableEntity {
				t.Fatalf("wrong code %d on server %d: %d", i+1, i%2+1, r.status)
			}
			clock.add(time.Second)
		}
		for i, srv := range servers {
			r := srv.send("/join", "203.0.113.9", "", url.Values{"code": {wrong(20 + i)}, "display_name": {"Sam Lee"}})
			if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") == "" {
				t.Fatalf("server %d after twenty wrong codes spread over both: %d, Retry-After %q, want 429", i+1, r.status, r.header.Get("Retry-After"))
			}
		}
	})
}
