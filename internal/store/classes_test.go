package store_test

import (
	"context"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
)

func TestCourseOwnersAndStatus(t *testing.T) {
	db, _ := mustOpen(t)
	ctx := context.Background()
	teacher := mustCreateUser(t, db, "teacher@example.org", quiz.RoleInstructor)
	mustCreateUser(t, db, "pupil@example.org", quiz.RoleLearner)
	co := mustCreateUser(t, db, "co@example.org", quiz.RoleAdmin)
	id, err := db.ImportCourse(ctx, quiztest.Course(), teacher)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := db.FindCourseByID(ctx, id)
	if c.Status != quiz.CourseDraft || len(c.Owners) != 1 || c.Owners[0] != teacher {
		t.Fatalf("a course made by an instructor: status %q, owners %v", c.Status, c.Owners)
	}
	if _, err := db.AddCourseOwner(ctx, id, "pupil@example.org"); quiz.KindOf(err) != quiz.EInvalid {
		t.Errorf("a learner as owner: %v", err)
	}
	if err := db.RemoveCourseOwner(ctx, id, teacher); quiz.KindOf(err) != quiz.EConflict {
		t.Errorf("removing the last owner: %v", err)
	}
	if got, err := db.AddCourseOwner(ctx, id, "Co@Example.org"); err != nil || got != co {
		t.Fatalf("adding an admin: %d, %v", got, err)
	}
	if _, err := db.AddCourseOwner(ctx, id, "co@example.org"); err != nil {
		t.Errorf("adding an owner twice: %v", err)
	}
	if c, _ := db.FindCourseByID(ctx, id); len(c.Owners) != 2 {
		t.Errorf("owners %v, want two", c.Owners)
	}
	if err := db.RemoveCourseOwner(ctx, id, teacher); err != nil {
		t.Fatal(err)
	}
	if err := db.SetCourseStatus(ctx, id, quiz.CoursePublished); err != nil {
		t.Fatal(err)
	}
	if c, _ := db.FindCourseByID(ctx, id); c.Status != quiz.CoursePublished || len(c.Owners) != 1 || c.Owners[0] != co {
		t.Errorf("after publishing: %q, owners %v", c.Status, c.Owners)
	}
	// Deleting: refused once a learner has used the course.
	learner, _ := db.CreateAnonymousLearner(ctx)
	if _, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: learner, CourseID: id, Mode: quiz.ModeMixed, MixedSize: 3}); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteCourse(ctx, id); quiz.KindOf(err) != quiz.EConflict {
		t.Errorf("deleting a used course: %v", err)
	}
}

func TestClassesMembersAndAssignments(t *testing.T) {
	db, _ := mustOpen(t)
	ctx := context.Background()
	c := mustImport(t, db)
	if _, err := db.CreateClass(ctx, c.ID, " ", 0); quiz.KindOf(err) != quiz.EInvalid {
		t.Errorf("a class without a name: %v", err)
	}
	codes := map[string]bool{}
	var k *quiz.Class
	for range 50 {
		var err error
		if k, err = db.CreateClass(ctx, c.ID, "Year 9", 0); err != nil {
			t.Fatal(err)
		}
		if _, err := quiz.ParseClassCode(k.Code); err != nil || codes[k.Code] {
			t.Fatalf("code %q: %v, or given twice", k.Code, err)
		}
		codes[k.Code] = true
	}
	if got, err := db.FindClassByCode(ctx, k.Code); err != nil || got.ID != k.ID || got.CourseSlug != "rivers" {
		t.Fatalf("by code: %+v, %v", got, err)
	}
	old := k.Code
	code, err := db.NewClassCode(ctx, k.ID)
	if err != nil || code == old {
		t.Fatalf("new code %q (was %q): %v", code, old, err)
	}
	if _, err := db.FindClassByCode(ctx, old); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("the old code still finds the class: %v", err)
	}
	learner, _ := db.CreateAnonymousLearner(ctx)
	for i, want := range []bool{true, false} {
		if joined, err := db.JoinClass(ctx, k.ID, learner); err != nil || joined != want {
			t.Errorf("join %d: %v, %v", i, joined, err)
		}
	}
	th, _ := c.Theme("danube")
	for _, a := range []quiz.Assignment{
		{ClassID: k.ID, ThemeID: th.ID, DueOn: "31/01/2030"},
		{ClassID: k.ID, DueOn: "2030-01-31"},
		{ClassID: k.ID, SetID: 999999, DueOn: "2030-01-31"},
	} {
		if _, err := db.CreateAssignment(ctx, a); quiz.KindOf(err) != quiz.EInvalid {
			t.Errorf("%+v: %v, want invalid", a, err)
		}
	}
	if _, err := db.CreateAssignment(ctx, quiz.Assignment{ClassID: k.ID, ThemeID: th.ID, DueOn: "2030-01-31"}); err != nil {
		t.Fatal(err)
	}
	las, err := db.LearnerAssignments(ctx, learner, c.ID)
	if err != nil || len(las) != 1 || las[0].Title != th.Title || las[0].ClassName != "Year 9" || !las[0].DoneAt.IsZero() {
		t.Fatalf("the learner's assignments: %+v, %v", las, err)
	}
	if _, err := db.DeleteLearner(ctx, learner); err != nil {
		t.Fatal(err)
	}
	if ms, _ := db.ClassMembers(ctx, k.ID); len(ms) != 0 {
		t.Errorf("a deleted learner is still in the class: %+v", ms)
	}
	if err := db.LeaveClass(ctx, k.ID, learner); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("leaving a class one is not in: %v", err)
	}
}
