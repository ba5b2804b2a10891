package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/store"
)

// Tokens taken from one address's bucket through two servers at once come
// from one bucket: of 16 taken at one instant from a bucket of 5, exactly
// 5 are given; the next comes one interval later, and a bucket full again
// is swept with the expired sessions, leaving the same allowance.
func TestTwoInstancesTakeTokensTogether(t *testing.T) {
	ctx := context.Background()
	db1, path := mustOpen(t)
	db2, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	dbs := []*store.DB{db1, db2}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	const burst, every = 5, 20 * time.Second
	given, errs := atOnce(16, func(i int) (time.Duration, error) {
		return dbs[i%2].TakeToken(ctx, "visitor", "203.0.113.9", now, burst, every)
	})
	if len(errs) > 0 || given != burst {
		t.Fatalf("16 tokens at once through two servers: %d given, errors %v; want %d", given, errs, burst)
	}
	if w, err := db1.TakeToken(ctx, "visitor", "203.0.113.9", now.Add(5*time.Second), burst, every); err != nil || w != 15*time.Second {
		t.Fatalf("5 s after the bucket emptied: wait %v, %v; want 15s", w, err)
	}
	if w, err := db2.TakeToken(ctx, "visitor", "203.0.113.9", now.Add(every), burst, every); err != nil || w != 0 {
		t.Fatalf("one interval later: wait %v, %v; want a token", w, err)
	}
	if w, err := db1.TakeToken(ctx, "visitor", "198.51.100.7", now, burst, every); err != nil || w != 0 {
		t.Fatalf("another address: wait %v, %v; want a token", w, err)
	}
	if w, err := db1.TakeToken(ctx, "other", "203.0.113.9", now, burst, every); err != nil || w != 0 {
		t.Fatalf("another scope: wait %v, %v; want a token", w, err)
	}

	later := now.Add(time.Hour)
	db1.Now = func() time.Time { return later }
	if _, err := db1.DeleteExpiredSessions(ctx); err != nil {
		t.Fatal(err)
	}
	raw, err := store.OpenSQL(path)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var rows int
	if err := raw.QueryRowContext(ctx, "SELECT COUNT(*) FROM address_buckets").Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 0 {
		t.Errorf("%d buckets left after the sweep, want 0: all are full again", rows)
	}
	given = 0
	for range burst + 1 {
		if w, err := db2.TakeToken(ctx, "visitor", "203.0.113.9", later, burst, every); err != nil {
			t.Fatal(err)
		} else if w == 0 {
			given++
		}
	}
	if given != burst {
		t.Errorf("after the sweep: %d tokens given at once, want %d", given, burst)
	}
}

// Giving back one of several tries recorded at the same instant gives back
// that one only.
func TestCancelTryGivesBackOne(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	count := func() int {
		n := -1
		if _, err := db.ReserveTry(ctx, "signup", "203.0.113.9", now, time.Hour, func(recent []time.Time) time.Duration {
			n = len(recent)
			return time.Minute // record nothing
		}); err != nil {
			t.Fatal(err)
		}
		return n
	}
	for range 3 {
		if _, err := db.ReserveTry(ctx, "signup", "203.0.113.9", now, time.Hour, func([]time.Time) time.Duration { return 0 }); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.CancelTry(ctx, "signup", "203.0.113.9", now); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 2 {
		t.Errorf("%d tries left after giving one of three back, want 2", n)
	}
}
