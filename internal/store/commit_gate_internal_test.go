package store

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/admit"
)

// A request waiting for the group commit that holds its answer gives its
// turn at the cores to the next request (package admit), and takes one
// again when the commit is done.
func TestAGroupCommitWaitGivesUpTheRequestsSlot(t *testing.T) {
	db, _, _ := openAnswersDB(t)
	g := admit.New(1, 0)

	// Hold the group commit inside another write.
	started, release, held := make(chan struct{}), make(chan struct{}), make(chan error, 1)
	go func() {
		held <- db.groupTx(context.Background(), func(context.Context, *sql.Tx) error {
			close(started)
			<-release
			return nil
		})
	}()
	<-started

	// A request holding the gate's only slot sends its write and waits.
	ctx, done, err := g.Enter(context.Background(), admit.Short)
	if err != nil {
		t.Fatal(err)
	}
	wrote := make(chan error, 1)
	go func() {
		defer done()
		wrote <- db.groupTx(ctx, func(context.Context, *sql.Tx) error { return nil })
	}()

	// Meanwhile another request gets the slot; it could not if the
	// waiting request still held it.
	guard, cancel := context.WithTimeout(context.Background(), 30*time.Second) // a guard, not a wait
	defer cancel()
	_, done2, err := g.Enter(guard, admit.Short)
	if err != nil {
		t.Fatalf("no slot while the other request waited for its commit: %v", err)
	}
	granted, _, _ := g.Stats()
	close(release)
	if err := <-held; err != nil {
		t.Fatal(err)
	}
	// The waiting request's commit is done, but it cannot finish until it
	// has a slot again.
	select {
	case <-wrote:
		t.Fatal("the write returned without taking a slot again")
	default:
	}
	done2()
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}
	if now, _, _ := g.Stats(); now != granted+1 {
		t.Fatalf("slots granted %d after the commit, want %d: the write came back through the gate", now, granted+1)
	}
}

// A request's other writes give up its slot too, while they wait for the
// write connection and while they write: one write at a time holds the
// connection, so the gate need not count them.
func TestAWriteGivesUpTheRequestsSlot(t *testing.T) {
	db, _, _ := openAnswersDB(t)
	g := admit.New(1, 0)

	// Hold the write connection inside another write.
	started, release, held := make(chan struct{}), make(chan struct{}), make(chan error, 1)
	go func() {
		held <- db.tx(context.Background(), func(*sql.Tx) error {
			close(started)
			<-release
			return nil
		})
	}()
	<-started

	ctx, done, err := g.Enter(context.Background(), admit.Long)
	if err != nil {
		t.Fatal(err)
	}
	wrote := make(chan error, 1)
	go func() {
		defer done()
		wrote <- db.tx(ctx, func(*sql.Tx) error { return nil })
	}()
	guard, cancel := context.WithTimeout(context.Background(), 30*time.Second) // a guard, not a wait
	defer cancel()
	_, done2, err := g.Enter(guard, admit.Short)
	if err != nil {
		t.Fatalf("no slot while the other request waited for the write connection: %v", err)
	}
	close(release)
	if err := <-held; err != nil {
		t.Fatal(err)
	}
	done2()
	if err := <-wrote; err != nil {
		t.Fatal(err)
	}
}

// The group commit takes a turn at the cores ahead of every request while
// it runs its writes, without queueing for it: the requests wait for
// their answers' commit, so it must not wait behind them.
func TestAGroupCommitTakesACoreWithoutQueueing(t *testing.T) {
	db, _, _ := openAnswersDB(t)
	g := admit.New(1, 0)
	db.ShareCores(g)
	gone, cancel := context.WithCancel(context.Background())
	cancel()
	// slotFree reports whether a request could start now: a request
	// whose client has gone is let in only to a free slot.
	slotFree := func() bool {
		_, done, err := g.Enter(gone, admit.Short)
		done()
		return err == nil
	}
	if !slotFree() {
		t.Fatal("no free slot at the start")
	}

	// A request holds the only slot; the commit runs all the same, and
	// while it runs no slot is free even after the request leaves.
	_, leave, err := g.Enter(context.Background(), admit.Short)
	if err != nil {
		t.Fatal(err)
	}
	var during bool
	if err := db.groupTx(context.Background(), func(context.Context, *sql.Tx) error {
		leave()
		during = slotFree()
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if during {
		t.Error("a request could start while the group commit ran its writes")
	}
	if !slotFree() {
		t.Error("the group commit kept its slot after committing")
	}
}
