package store_test

import (
	"context"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestOnlyAdminCannotDeleteTheirAccount(t *testing.T) {
	db, _ := mustOpen(t)
	ctx := context.Background()
	root := mustCreateUser(t, db, "root@example.org", quiz.RoleAdmin)
	if _, err := db.DeleteLearner(ctx, root); quiz.KindOf(err) != quiz.EConflict {
		t.Fatalf("deleting the only admin: %v, want a conflict", err)
	}
	if _, err := db.FindUser(ctx, root); err != nil {
		t.Fatalf("the only admin is gone: %v", err)
	}
	second := mustCreateUser(t, db, "second@example.org", quiz.RoleAdmin)
	del, err := db.DeleteLearner(ctx, root)
	if err != nil || !del.Account {
		t.Fatalf("deleting one of two admins: %+v, %v", del, err)
	}
	if _, err := db.FindUser(ctx, root); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("the deleted admin is still found: %v", err)
	}
	if _, err := db.DeleteLearner(ctx, root); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("deleting twice: %v, want not found", err)
	}
	if d, err := db.LearnerData(ctx, second); err != nil || d.Account.Email != "second@example.org" || d.Account.Anonymous {
		t.Errorf("the other admin's data: %+v, %v", d, err)
	}
}
