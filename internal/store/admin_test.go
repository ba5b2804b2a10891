package store_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

func mustCreateUser(t *testing.T, db *store.DB, email, role string) int64 {
	t.Helper()
	id, err := db.CreateUser(context.Background(), email, "hash", role)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestListAccountsAndCountAdmins(t *testing.T) {
	db, _ := mustOpen(t)
	ctx := context.Background()
	if _, err := db.CreateAnonymousLearner(ctx); err != nil {
		t.Fatal(err)
	}
	mustCreateUser(t, db, "zoe@example.org", quiz.RoleAdmin)
	mustCreateUser(t, db, "ada@example.org", quiz.RoleLearner)
	mustCreateUser(t, db, "max@example.org", quiz.RoleInstructor)

	accts, err := db.ListAccounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range accts {
		got = append(got, a.Email+" "+a.Role)
		if a.CreatedAt.IsZero() {
			t.Errorf("%s has no creation time", a.Email)
		}
	}
	want := []string{"ada@example.org learner", "max@example.org instructor", "zoe@example.org admin"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q (anonymous learners are not accounts)", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("account %d: got %q, want %q", i, got[i], want[i])
		}
	}
	if n, err := db.CountAdmins(ctx); err != nil || n != 1 {
		t.Errorf("CountAdmins = %d, %v; want 1", n, err)
	}
}

func TestChangeRoleRevokesSessionsAndKeepsAnAdmin(t *testing.T) {
	db, _ := mustOpen(t)
	ctx := context.Background()
	head := mustCreateUser(t, db, "head@example.org", quiz.RoleAdmin)
	pupil := mustCreateUser(t, db, "pupil@example.org", quiz.RoleLearner)
	anon, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	exp := time.Now().Add(time.Hour)
	for tok, uid := range map[string]int64{"pupil-session": pupil, "head-session": head} {
		if err := db.SaveSession(ctx, quiz.SessionRecord{TokenHash: tok, UserID: uid, Data: []byte("{}"), ExpiresAt: exp}); err != nil {
			t.Fatal(err)
		}
	}
	// Read the session once so that it is cached: revoking must reach the cache too.
	if s, err := db.FindSession(ctx, "pupil-session"); err != nil || s.User.Role != quiz.RoleLearner {
		t.Fatalf("session before: %+v, %v", s, err)
	}

	if err := db.ChangeRole(ctx, pupil, quiz.RoleInstructor); err != nil {
		t.Fatal(err)
	}
	if u, _ := db.FindUser(ctx, pupil); u.Role != quiz.RoleInstructor {
		t.Errorf("role after the change: %q", u.Role)
	}
	if _, err := db.FindSession(ctx, "pupil-session"); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("the changed account's session survived: %v", err)
	}
	if _, err := db.FindSession(ctx, "head-session"); err != nil {
		t.Errorf("another account's session was revoked: %v", err)
	}

	tests := []struct {
		name string
		id   int64
		role string
		want quiz.ErrorKind
	}{
		{"last admin demoted", head, quiz.RoleInstructor, quiz.EConflict},
		{"last admin stays admin", head, quiz.RoleAdmin, ""},
		{"unknown role", pupil, "king", quiz.EInvalid},
		{"anonymous learner", anon, quiz.RoleInstructor, quiz.ENotFound},
		{"no such user", 999999, quiz.RoleInstructor, quiz.ENotFound},
	}
	for _, tt := range tests {
		err := db.ChangeRole(ctx, tt.id, tt.role)
		if tt.want == "" && err != nil {
			t.Errorf("%s: %v", tt.name, err)
		}
		if tt.want != "" && quiz.KindOf(err) != tt.want {
			t.Errorf("%s: got %v (%s), want %s", tt.name, err, quiz.KindOf(err), tt.want)
		}
	}
	if n, _ := db.CountAdmins(ctx); n != 1 {
		t.Errorf("%d admins, want 1", n)
	}
}

// Two admins demoting each other at the same moment: one of them stays.
func TestChangeRoleConcurrentDemotionsLeaveAnAdmin(t *testing.T) {
	ctx := context.Background()
	for round := range 10 {
		db, _ := mustOpen(t)
		ids := []int64{
			mustCreateUser(t, db, "a@example.org", quiz.RoleAdmin),
			mustCreateUser(t, db, "b@example.org", quiz.RoleAdmin),
		}
		errs := make([]error, len(ids))
		var wg sync.WaitGroup
		for i, id := range ids {
			wg.Go(func() { errs[i] = db.ChangeRole(ctx, id, quiz.RoleLearner) })
		}
		wg.Wait()
		done := 0
		for _, err := range errs {
			switch {
			case err == nil:
				done++
			case quiz.KindOf(err) != quiz.EConflict:
				t.Fatalf("round %d: %v", round, err)
			}
		}
		if n, _ := db.CountAdmins(ctx); done != 1 || n != 1 {
			t.Fatalf("round %d: %d demotions went through, %d admins left; want 1 and 1", round, done, n)
		}
	}
}
