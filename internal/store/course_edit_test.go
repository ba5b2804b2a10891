package store_test

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// mustAuthorCourse imports a course of five paragraphs in three themes and
// no questions, as the instructor area makes it from an article.
func mustAuthorCourse(t *testing.T, db *store.DB) *quiz.StoredCourse {
	t.Helper()
	ctx := context.Background()
	c := &quiz.Course{Course: quiz.CourseInfo{Slug: "lakes", Title: "Lakes"}}
	for i, p := range []string{"Baikal is deep.", "It holds fresh water.", "Seals live there.", "A mill polluted it.", "The mill closed."} {
		c.Paragraphs = append(c.Paragraphs, quiz.Paragraph{N: i + 1, Text: p})
	}
	c.Themes = []quiz.Theme{
		{Slug: "water", Title: "Water", Paragraphs: []int{1, 2}},
		{Slug: "life", Title: "Life", Paragraphs: []int{3}},
		{Slug: "pollution", Title: "Pollution", Paragraphs: []int{4, 5}},
	}
	if _, err := db.ImportCourse(ctx, c, 0); err != nil {
		t.Fatal(err)
	}
	got, err := db.FindCourse(ctx, "lakes")
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// themeEdits keeps c's titles and summaries and gives its first themes
// the ranges, in order.
func themeEdits(c *quiz.StoredCourse, ranges ...[]int) []quiz.ThemeEdit {
	var out []quiz.ThemeEdit
	for i, r := range ranges {
		t := c.Themes[i]
		out = append(out, quiz.ThemeEdit{ID: t.ID, Title: t.Title, Summary: t.Summary, Paragraphs: r})
	}
	return out
}

func TestAuthoredCourseHasEmptySets(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	sets, err := db.ListSets(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(sets) != 3 {
		t.Fatalf("%d sets, want one per theme", len(sets))
	}
	for _, s := range sets {
		if s.Questions != 0 || s.Status != "published" {
			t.Errorf("set %q: %d questions, %s", s.Title, s.Questions, s.Status)
		}
	}
}

func TestUpdateThemes(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	e := themeEdits(c, []int{1}, []int{2, 3}, []int{4, 5})
	e[0].Title, e[0].Summary = "Deep water", "How deep it is."
	if err := db.UpdateThemes(ctx, c.ID, e); err != nil {
		t.Fatal(err)
	}
	// The content snapshot follows at once.
	cs, _ := db.ListCourses(ctx)
	var got *quiz.StoredCourse
	for _, cc := range cs {
		if cc.Slug == "lakes" {
			got = cc
		}
	}
	if got == nil || got.Themes[0].Title != "Deep water" || got.Themes[0].Summary != "How deep it is." ||
		len(got.Themes[0].Paragraphs) != 1 || len(got.Themes[1].Paragraphs) != 2 || got.Themes[0].Slug != "water" {
		t.Fatalf("themes after the edit: %+v", got)
	}
	for name, bad := range map[string][]quiz.ThemeEdit{
		"overlap":     themeEdits(got, []int{1, 2}, []int{2, 3}, []int{4, 5}),
		"gap":         themeEdits(got, []int{1}, []int{3}, []int{4, 5}),
		"past end":    themeEdits(got, []int{1}, []int{2, 3}, []int{4, 5, 6}),
		"empty title": append(themeEdits(got, []int{1}, []int{2, 3}, []int{4, 5})[:2], quiz.ThemeEdit{ID: got.Themes[2].ID, Paragraphs: []int{4, 5}}),
		"missing":     themeEdits(got, []int{1}, []int{2, 3}, []int{4, 5})[:2],
		"foreign":     append(themeEdits(got, []int{1}, []int{2, 3}), quiz.ThemeEdit{ID: 9999, Title: "Elsewhere", Paragraphs: []int{4, 5}}),
	} {
		if err := db.UpdateThemes(ctx, c.ID, bad); quiz.KindOf(err) != quiz.EInvalid {
			t.Errorf("%s: err = %v, want invalid", name, err)
		}
	}
	after, _ := db.FindCourse(ctx, "lakes")
	if len(after.Themes[0].Paragraphs) != 1 || after.Themes[2].Title != "Pollution" {
		t.Errorf("a refused edit changed the themes: %+v", after.Themes)
	}
}

func TestUpdateThemesKeepsAnsweredParagraphs(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	setID, err := db.CreateSet(ctx, c.Themes[0].ID, "Depth")
	if err != nil {
		t.Fatal(err)
	}
	q := quiz.Question{ID: "depth", Type: quiz.TrueFalse, Kind: quiz.Fact, Prompt: "Baikal is deep.",
		Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}, Paragraphs: []int{1}}
	if _, err := db.CreateQuestion(ctx, setID, q, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.SetStatus(ctx, setID, "published"); err != nil {
		t.Fatal(err)
	}
	// Before any answer the theme may be re-cut.
	c, _ = db.FindCourse(ctx, "lakes")
	if err := db.UpdateThemes(ctx, c.ID, themeEdits(c, []int{1}, []int{2, 3}, []int{4, 5})); err != nil {
		t.Fatalf("re-cut before any answer: %v", err)
	}
	if err := db.UpdateThemes(ctx, c.ID, themeEdits(c, []int{1, 2}, []int{3}, []int{4, 5})); err != nil {
		t.Fatalf("re-cut back before any answer: %v", err)
	}
	uid, _ := db.CreateAnonymousLearner(ctx)
	c, _ = db.FindCourse(ctx, "lakes")
	a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: c.Themes[0].ID, Mode: quiz.ModeTheme, Rand: rand.New(rand.NewPCG(1, 2))})
	if err != nil || len(a.Items) != 1 {
		t.Fatalf("attempt: %v", err)
	}
	ans := correctAnswer(a.Items[0].Question.Question)
	if _, _, err := db.RecordResponse(ctx, a, 0, ans, quiz.Grade(a.Items[0].Question.Question, ans)); err != nil {
		t.Fatal(err)
	}
	// Now the answered theme's paragraphs stay, whichever side moves.
	for name, e := range map[string][]quiz.ThemeEdit{
		"shrink": themeEdits(c, []int{1}, []int{2, 3}, []int{4, 5}),
		"grow":   themeEdits(c, []int{1, 2, 3}, []int{4}, []int{5}),
	} {
		if err := db.UpdateThemes(ctx, c.ID, e); quiz.KindOf(err) != quiz.EConflict {
			t.Errorf("%s: err = %v, want a conflict", name, err)
		}
	}
	// Its title may change, and the other themes may be re-cut.
	e := themeEdits(c, []int{1, 2}, []int{3, 4}, []int{5})
	e[0].Title = "Deep water"
	if err := db.UpdateThemes(ctx, c.ID, e); err != nil {
		t.Fatalf("a title change and a re-cut of unanswered themes: %v", err)
	}
	c, _ = db.FindCourse(ctx, "lakes")
	if c.Themes[0].Title != "Deep water" || len(c.Themes[0].Paragraphs) != 2 || len(c.Themes[1].Paragraphs) != 2 {
		t.Errorf("themes: %+v", c.Themes)
	}
}

func TestCreateAndRenameSet(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	first, err := db.CreateSet(ctx, c.Themes[0].ID, "Drill")
	if err != nil {
		t.Fatal(err)
	}
	second, _ := db.CreateSet(ctx, c.Themes[0].ID, "More drill")
	s1, _, _ := db.FindSet(ctx, first)
	s2, _, _ := db.FindSet(ctx, second)
	if s1.Status != "draft" || s1.Title != "Drill" || s2.Position <= s1.Position {
		t.Errorf("new sets: %+v, %+v", s1, s2)
	}
	if err := db.RenameSet(ctx, first, "Depth drill"); err != nil {
		t.Fatal(err)
	}
	if s, _, _ := db.FindSet(ctx, first); s.Title != "Depth drill" {
		t.Errorf("renamed set is called %q", s.Title)
	}
	if err := db.RenameSet(ctx, 9999, "Nothing"); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("renaming a missing set: %v", err)
	}
}
