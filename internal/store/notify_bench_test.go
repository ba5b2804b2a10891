package store

import (
	"context"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/quiz"
)

// BenchmarkNotifyRoundTrip times SyncNotifications on PostgreSQL: one
// notification sent and heard back on the store's own listening
// connection, the delay another server sees between a commit and the
// notification that drops its caches. BenchmarkFindSessionPostgres times
// the session read every request makes there (no cache), to compare with
// it and with the SQLite pass's cached read.
func BenchmarkNotifyRoundTrip(b *testing.B) {
	db := benchPostgres(b)
	ctx := context.Background()
	for b.Loop() {
		if err := db.SyncNotifications(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindSessionPostgres(b *testing.B) {
	db := benchPostgres(b)
	ctx := context.Background()
	uid, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if err := db.SaveSession(ctx, quiz.SessionRecord{TokenHash: "bench", UserID: uid, Data: []byte("{}"), ExpiresAt: time.Now().Add(time.Hour)}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := db.FindSession(ctx, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

func benchPostgres(b *testing.B) *DB {
	b.Helper()
	pgtest.Require(b)
	db, err := Open(context.Background(), pgtest.NewDatabase(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}
