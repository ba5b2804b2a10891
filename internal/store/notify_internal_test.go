package store

import (
	"context"
	"testing"

	"github.com/lectern/lectern/internal/pgtest"
	"github.com/lectern/lectern/internal/quiztest"
)

// Two stores on one PostgreSQL database: a rename through one shows in
// the other's snapshot once it has heard of it. When the other's listening
// connection is cut (its server process ended, as a restart of PostgreSQL
// or a network fault would), it reconnects, drops every cache (what was
// sent meanwhile is lost) and hears the next changes again.
func TestListenerReconnectsAndDropsCaches(t *testing.T) {
	if !onPostgres {
		t.Skip("PostgreSQL only: runs in the PostgreSQL pass")
	}
	pgtest.Require(t)
	ctx := context.Background()
	url := pgtest.NewDatabase(t)
	one, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer one.Close()
	if _, err := one.ImportCourse(ctx, quiztest.Course(), 0); err != nil {
		t.Fatal(err)
	}
	two, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer two.Close()
	two.listen.reconnected = make(chan struct{}, 1)
	title := func() string {
		t.Helper()
		if err := two.SyncNotifications(ctx); err != nil {
			t.Fatal(err)
		}
		c, err := two.FindCourse(ctx, "rivers")
		if err != nil {
			t.Fatal(err)
		}
		return c.Title
	}
	c, err := one.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	before := title() // the second store's snapshot is built
	if err := one.RenameCourse(ctx, c.ID, "Renamed once"); err != nil {
		t.Fatal(err)
	}
	if got := title(); got != "Renamed once" {
		t.Fatalf("after a rename through the first store, the second shows %q (was %q)", got, before)
	}

	pid := two.listen.pid.Load()
	if _, err := one.write.ExecContext(ctx, "SELECT pg_terminate_backend(?)", int64(pid)); err != nil {
		t.Fatal(err)
	}
	<-two.listen.reconnected
	if two.listen.drops.Load() < 2 {
		t.Errorf("caches dropped %d times over a lost connection, want on losing it and on reconnecting", two.listen.drops.Load())
	}
	if got := two.listen.pid.Load(); got == pid || got == 0 {
		t.Fatalf("listening on process %d after process %d was ended", got, pid)
	}
	if err := one.RenameCourse(ctx, c.ID, "Renamed twice"); err != nil {
		t.Fatal(err)
	}
	if got := title(); got != "Renamed twice" {
		t.Errorf("after reconnecting, the second store shows %q, want the second rename", got)
	}
}
