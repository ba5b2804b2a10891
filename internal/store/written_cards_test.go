package store_test

import (
	"context"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// Written cards are added to a theme's deck, checked, edited, and removed
// from the deck (and the export) but not from the database.
func TestWrittenCards(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	water := c.Themes[0]
	deck := func() int {
		t.Helper()
		got, err := db.FindCourse(ctx, "lakes")
		if err != nil {
			t.Fatal(err)
		}
		th, _ := got.Theme("water")
		return th.Cards
	}
	for _, bad := range []quiz.Card{
		{Front: " ", Back: "deep", Paragraphs: []int{1}},
		{Front: "Baikal is…", Back: "deep"},
		{Front: "Baikal is…", Back: "deep", Paragraphs: []int{3}}, // another theme's paragraph
	} {
		if _, err := db.CreateCard(ctx, water.ID, bad); quiz.KindOf(err) != quiz.EInvalid {
			t.Errorf("card %+v: %v, want invalid", bad, err)
		}
	}
	if deck() != 0 {
		t.Fatal("a refused card reached the deck")
	}
	id, err := db.CreateCard(ctx, water.ID, quiz.Card{Front: "Baikal is…", Back: "deep", Paragraphs: []int{1}})
	if err != nil {
		t.Fatal(err)
	}
	if deck() != 1 {
		t.Fatalf("deck has %d cards, want the new one", deck())
	}
	if err := db.UpdateCard(ctx, id, quiz.Card{Front: "Lake Baikal is…", Back: "the deepest lake", Paragraphs: []int{1, 2}}); err != nil {
		t.Fatal(err)
	}
	wc, err := db.FindWrittenCard(ctx, id)
	if err != nil || wc.Front != "Lake Baikal is…" || wc.Back != "the deepest lake" || len(wc.Paragraphs) != 2 || wc.Theme != "water" {
		t.Fatalf("after the edit: %+v, %v", wc, err)
	}
	if err := db.UpdateCard(ctx, id, quiz.Card{Front: "x", Back: "", Paragraphs: []int{1}}); quiz.KindOf(err) != quiz.EInvalid {
		t.Errorf("an empty back: %v", err)
	}
	if err := db.DeleteCard(ctx, id); err != nil {
		t.Fatal(err)
	}
	if deck() != 0 {
		t.Error("a removed card is still in the deck")
	}
	if cards, _ := db.ThemeCards(ctx, water.ID); len(cards) != 0 {
		t.Errorf("a removed card is still listed: %+v", cards)
	}
	if err := db.DeleteCard(ctx, id); quiz.KindOf(err) != quiz.ENotFound {
		t.Errorf("removing twice: %v", err)
	}
	if exp, _ := db.ExportCourse(ctx, "lakes"); len(exp.Cards) != 0 {
		t.Errorf("a removed card is exported: %+v", exp.Cards)
	}
	// The same card can be written again after its removal.
	if _, err := db.CreateCard(ctx, water.ID, quiz.Card{Front: "Baikal is…", Back: "deep", Paragraphs: []int{1}}); err != nil {
		t.Errorf("writing the card again: %v", err)
	}
}
