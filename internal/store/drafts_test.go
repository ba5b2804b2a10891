package store_test

import (
	"context"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// shortDraft is a generated-looking short-answer draft on paragraph n.
func shortDraft(themeID int64, id, sentence, answer string, n int) quiz.Draft {
	q := &quiz.Question{ID: id, Type: quiz.Short, Kind: quiz.Fact, Prompt: "Fill in the blank: " + sentence,
		Answers: []string{answer}, Explanation: "The article says so.", Paragraphs: []int{n}}
	return quiz.Draft{ThemeID: themeID, Question: q, Paragraph: n, Sentence: sentence, SentenceEnd: len(sentence), Answer: answer, Rule: "cloze-short"}
}

func statuses(t *testing.T, db *store.DB, themeID int64) map[string]string {
	t.Helper()
	ds, err := db.ListDrafts(context.Background(), themeID, "")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range ds {
		if d.Question != nil {
			out[d.Question.ID] = d.Status
		} else {
			out[d.Card.ID] = d.Status
		}
	}
	return out
}

func draftID(t *testing.T, db *store.DB, themeID int64, id string) int64 {
	t.Helper()
	ds, err := db.ListDrafts(context.Background(), themeID, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Question != nil && d.Question.ID == id || d.Card != nil && d.Card.ID == id {
			return d.ID
		}
	}
	t.Fatalf("no draft %q", id)
	return 0
}

func themeCounts(t *testing.T, db *store.DB, slug string) (questions, cards int) {
	t.Helper()
	c, err := db.FindCourse(context.Background(), "lakes")
	if err != nil {
		t.Fatal(err)
	}
	th, _ := c.Theme(slug)
	return th.Questions, th.Cards
}

// Drafts reach learners only once accepted; decisions survive drafting a
// theme again; a rejected draft can come back; an edit is checked.
func TestDraftReview(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	water, life := c.Themes[0], c.Themes[1]
	card := quiz.Draft{ThemeID: water.ID, Card: &quiz.Card{ID: "water-c1", Theme: "water", Front: "Baikal is _____.", Back: "deep", Paragraphs: []int{1}},
		Paragraph: 1, Sentence: "Baikal is deep.", SentenceEnd: 15, Answer: "deep"}
	first := []quiz.Draft{
		shortDraft(water.ID, "water-1", "Baikal is _____.", "deep", 1),
		shortDraft(water.ID, "water-2", "It holds _____ water.", "fresh", 2),
		card,
		shortDraft(life.ID, "life-1", "_____ live there.", "Seals", 3),
	}
	if err := db.ReplaceDrafts(ctx, c.ID, []int64{water.ID, life.ID}, first); err != nil {
		t.Fatal(err)
	}
	counts, err := db.DraftCounts(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if counts[water.ID].Pending != 3 || counts[life.ID].Pending != 1 {
		t.Fatalf("pending drafts %+v", counts)
	}
	if q, cd := themeCounts(t, db, "water"); q != 0 || cd != 0 {
		t.Fatalf("before review learners have %d questions and %d cards", q, cd)
	}

	// Accept a question and the card: both reach learners, the question
	// in the theme's empty published set.
	res, err := db.AcceptDrafts(ctx, water.ID, []int64{draftID(t, db, water.ID, "water-1"), draftID(t, db, water.ID, "water-c1")}, 0)
	if err != nil {
		t.Fatal(err)
	}
	sets, _ := db.ListSets(ctx, c.ID)
	if res.Questions != 1 || res.Cards != 1 || res.SetID != sets[0].ID {
		t.Fatalf("accepted %+v, want 1 question into set %d and 1 card", res, sets[0].ID)
	}
	if q, cd := themeCounts(t, db, "water"); q != 1 || cd != 2 {
		t.Errorf("after accepting learners have %d questions and %d cards, want 1 and 2 (the question's card too)", q, cd)
	}
	_, qs, err := db.FindSet(ctx, res.SetID)
	if err != nil || len(qs) != 1 || qs[0].Prompt != first[0].Question.Prompt || qs[0].Theme != "water" {
		t.Fatalf("set holds %+v, %v", qs, err)
	}
	if set, err := db.DraftsSet(ctx, water.ID); err != nil || set != res.SetID {
		t.Errorf("drafts set %d, %v; want %d", set, err, res.SetID)
	}
	// Accepting again changes nothing.
	again, err := db.AcceptDrafts(ctx, water.ID, []int64{draftID(t, db, water.ID, "water-1")}, 0)
	if err != nil || again.Questions != 0 {
		t.Errorf("accepting twice: %+v, %v", again, err)
	}
	if n, err := db.RejectDrafts(ctx, water.ID, []int64{draftID(t, db, water.ID, "water-2"), draftID(t, db, water.ID, "water-1")}, 0); err != nil || n != 1 {
		t.Errorf("rejected %d, %v; want only the pending one", n, err)
	}

	// Drafting the theme again replaces only what waits for review.
	if err := db.ReplaceDrafts(ctx, c.ID, []int64{water.ID}, []quiz.Draft{shortDraft(water.ID, "water-3", "_____ is deep.", "Baikal", 1)}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"water-1": "accepted", "water-2": "rejected", "water-c1": "accepted", "water-3": "pending"}
	if got := statuses(t, db, water.ID); len(got) != len(want) {
		t.Errorf("drafts after drafting again: %v, want %v", got, want)
	} else {
		for k, v := range want {
			if got[k] != v {
				t.Errorf("draft %s is %s, want %s", k, got[k], v)
			}
		}
	}
	if got := statuses(t, db, life.ID); got["life-1"] != "pending" {
		t.Errorf("the other theme's draft: %v", got)
	}
	// The generator is told of the decided drafts, not the pending one.
	qc, err := db.DraftingContext(ctx, "lakes")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, q := range qc.Questions {
		seen[q.Prompt]++
	}
	if seen[first[1].Question.Prompt] != 1 || seen[first[0].Question.Prompt] != 2 || seen["Fill in the blank: _____ is deep."] != 0 {
		t.Errorf("drafting context prompts %v", seen)
	}

	// A rejected draft can go back to the queue; an accepted one cannot.
	if err := db.RestoreDraft(ctx, draftID(t, db, water.ID, "water-2")); err != nil {
		t.Fatal(err)
	}
	if err := db.RestoreDraft(ctx, draftID(t, db, water.ID, "water-1")); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("restoring an accepted draft: %v", err)
	}

	// An edit is checked; a bad one writes nothing.
	id3 := draftID(t, db, water.ID, "water-3")
	bad := quiz.Question{Type: quiz.Short, Kind: quiz.Fact, Prompt: "", Answers: []string{"Baikal"}, Paragraphs: []int{1}}
	if _, err := db.AcceptEditedDraft(ctx, id3, &bad, nil, 0); quiz.KindOf(err) != quiz.EInvalid {
		t.Errorf("bad edit: %v", err)
	}
	if q, _ := themeCounts(t, db, "water"); q != 1 {
		t.Errorf("a refused edit left %d questions, want 1", q)
	}
	good := *first[0].Question
	good.Prompt = "Which lake is the deepest in the article?"
	good.Answers = []string{"Baikal"}
	if set, err := db.AcceptEditedDraft(ctx, id3, &good, nil, 0); err != nil || set != res.SetID {
		t.Fatalf("edit: set %d, %v", set, err)
	}
	d, _ := db.FindDraft(ctx, id3)
	if d.Status != quiz.DraftAccepted || !d.Edited || d.QuestionID == 0 {
		t.Errorf("edited draft: %+v", d)
	}
	if d.Question.Prompt != "Fill in the blank: _____ is deep." {
		t.Errorf("the draft keeps the generated text, has %q", d.Question.Prompt)
	}
	sq, _, err := db.FindQuestion(ctx, d.QuestionID)
	if err != nil || sq.Prompt != good.Prompt {
		t.Errorf("accepted question %+v, %v", sq, err)
	}
	if _, err := db.AcceptEditedDraft(ctx, id3, &good, nil, 0); quiz.KindOf(err) != quiz.EConflict {
		t.Errorf("editing an accepted draft: %v", err)
	}
	// A card edit for a question draft is refused.
	id2 := draftID(t, db, water.ID, "water-2")
	if _, err := db.AcceptEditedDraft(ctx, id2, nil, &quiz.Card{Front: "a", Back: "b"}, 0); quiz.KindOf(err) != quiz.EInvalid {
		t.Errorf("card edit of a question draft: %v", err)
	}

	// With its set deleted, the theme's next accepted draft makes a new
	// published set named after the theme.
	if err := db.DeleteSet(ctx, res.SetID); err != nil {
		t.Fatal(err)
	}
	got, err := db.AcceptDrafts(ctx, water.ID, []int64{id2}, 0)
	if err != nil || got.SetID == 0 || got.SetID == res.SetID {
		t.Fatalf("accept after deleting the set: %+v, %v", got, err)
	}
	s, err := db.FindSetInfo(ctx, got.SetID)
	if err != nil || s.Title != "Water" || s.Status != "published" {
		t.Errorf("new drafts set %+v, %v", s, err)
	}
}

// A batch with a draft of a theme not being drafted is refused whole.
func TestReplaceDraftsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	water, life := c.Themes[0], c.Themes[1]
	if err := db.ReplaceDrafts(ctx, c.ID, []int64{water.ID}, []quiz.Draft{shortDraft(water.ID, "water-1", "Baikal is _____.", "deep", 1)}); err != nil {
		t.Fatal(err)
	}
	err := db.ReplaceDrafts(ctx, c.ID, []int64{water.ID}, []quiz.Draft{
		shortDraft(water.ID, "water-2", "It holds _____ water.", "fresh", 2),
		shortDraft(life.ID, "life-1", "_____ live there.", "Seals", 3),
	})
	if quiz.KindOf(err) != quiz.EInvalid {
		t.Fatalf("mixed batch: %v", err)
	}
	if got := statuses(t, db, water.ID); len(got) != 1 || got["water-1"] != "pending" {
		t.Errorf("after a refused batch: %v", got)
	}
	if err := db.ReplaceDrafts(ctx, c.ID, []int64{999}, nil); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("unknown theme: %v", err)
	}
}

// Re-cutting a theme drops its drafts still waiting for review (they came
// from the old paragraphs) and keeps the decided ones and other themes'.
func TestRecutThemeDropsPendingDrafts(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	water, life, pollution := c.Themes[0], c.Themes[1], c.Themes[2]
	if err := db.ReplaceDrafts(ctx, c.ID, []int64{water.ID, life.ID, pollution.ID}, []quiz.Draft{
		shortDraft(water.ID, "water-1", "Baikal is _____.", "deep", 1),
		shortDraft(water.ID, "water-2", "It holds _____ water.", "fresh", 2),
		shortDraft(life.ID, "life-1", "_____ live there.", "Seals", 3),
		shortDraft(pollution.ID, "pollution-1", "A _____ polluted it.", "mill", 4),
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AcceptDrafts(ctx, water.ID, []int64{draftID(t, db, water.ID, "water-1")}, 0); err != nil {
		t.Fatal(err)
	}
	// Paragraph 3 moves from "life" to "water"; "pollution" is unchanged.
	if err := db.UpdateThemes(ctx, c.ID, themeEdits(c, []int{1, 2, 3}, []int{}, []int{4, 5})); err == nil {
		t.Fatal("a theme without paragraphs was accepted")
	}
	if err := db.UpdateThemes(ctx, c.ID, themeEdits(c, []int{1}, []int{2, 3}, []int{4, 5})); err != nil {
		t.Fatal(err)
	}
	if got := statuses(t, db, water.ID); len(got) != 1 || got["water-1"] != "accepted" {
		t.Errorf("water's drafts after re-cutting: %v, want only the accepted one", got)
	}
	if got := statuses(t, db, life.ID); len(got) != 0 {
		t.Errorf("life's drafts after re-cutting: %v, want none", got)
	}
	if got := statuses(t, db, pollution.ID); got["pollution-1"] != "pending" {
		t.Errorf("an unchanged theme lost its drafts: %v", got)
	}
}

// In a theme whose set named after it holds questions already (as in the
// first course), accepted drafts go to a new set with a distinct name.
func TestDraftsSetNameIsDistinct(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	water := c.Themes[0]
	sets, _ := db.ListSets(ctx, c.ID)
	if _, err := db.CreateQuestion(ctx, sets[0].ID, quiz.Question{Type: quiz.Short, Kind: quiz.Fact, Prompt: "How deep is Baikal?",
		Answers: []string{"deep"}, Explanation: "Paragraph 1.", Paragraphs: []int{1}}, 0); err != nil {
		t.Fatal(err)
	}
	if err := db.ReplaceDrafts(ctx, c.ID, []int64{water.ID}, []quiz.Draft{shortDraft(water.ID, "water-1", "It holds _____ water.", "fresh", 2)}); err != nil {
		t.Fatal(err)
	}
	res, err := db.AcceptDrafts(ctx, water.ID, []int64{draftID(t, db, water.ID, "water-1")}, 0)
	if err != nil || res.SetID == sets[0].ID {
		t.Fatalf("accepted into %d (the written set is %d): %v", res.SetID, sets[0].ID, err)
	}
	s, _ := db.FindSetInfo(ctx, res.SetID)
	if s.Title != "More questions: Water" || s.Status != "published" {
		t.Errorf("the drafts' set: %q, %s", s.Title, s.Status)
	}
}
