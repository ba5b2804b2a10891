package store_test

import (
	"context"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// Drafts held back are pending but counted apart; MoreDrafts releases the
// best of them, a given number at a time, and touches nothing else; a
// rejected draft restored comes back into the queue, not held back.
func TestMoreDraftsStore(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustAuthorCourse(t, db)
	water, life := c.Themes[0], c.Themes[1]
	d := func(theme int64, id string, score float64, held bool) quiz.Draft {
		x := shortDraft(theme, id, "Baikal is _____ ("+id+").", id, 1)
		x.Score, x.Held = score, held
		return x
	}
	all := []quiz.Draft{
		d(water.ID, "shown-1", 0.9, false), d(water.ID, "shown-2", 0.8, false),
		d(water.ID, "held-low", 0.1, true), d(water.ID, "held-best", 0.3, true), d(water.ID, "held-mid", 0.2, true),
		d(life.ID, "life-held", 0.5, true),
	}
	if err := db.ReplaceDrafts(ctx, c.ID, []int64{water.ID, life.ID}, all); err != nil {
		t.Fatal(err)
	}
	counts, err := db.DraftCounts(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := counts[water.ID]; got.Pending != 2 || got.Held != 3 {
		t.Errorf("water counts %+v, want 2 pending and 3 held back", got)
	}
	held := func(theme int64) map[string]bool {
		ds, err := db.ListDrafts(ctx, theme, quiz.DraftPending)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, d := range ds {
			out[d.Question.ID] = d.Held
		}
		return out
	}
	if _, err := db.RejectDrafts(ctx, water.ID, []int64{draftID(t, db, water.ID, "shown-2"), draftID(t, db, water.ID, "held-low")}, 0); err != nil {
		t.Fatal(err)
	}
	n, err := db.MoreDrafts(ctx, water.ID, 2)
	if err != nil || n != 2 {
		t.Fatalf("MoreDrafts: %d, %v; want 2", n, err)
	}
	if got := held(water.ID); got["held-best"] || got["held-mid"] || got["shown-1"] || len(got) != 3 {
		t.Errorf("after releasing two: %v, want shown-1, held-best and held-mid in the queue", got)
	}
	if got := held(life.ID); !got["life-held"] {
		t.Error("releasing water's drafts released another theme's")
	}
	if got := statuses(t, db, water.ID)["shown-2"]; got != quiz.DraftRejected {
		t.Errorf("the rejected draft is %s after More drafts", got)
	}
	if got := statuses(t, db, water.ID)["held-low"]; got != quiz.DraftRejected {
		t.Errorf("the rejected held-back draft is %s after More drafts", got)
	}
	if n, err := db.MoreDrafts(ctx, water.ID, 4); err != nil || n != 0 {
		t.Errorf("MoreDrafts with none left: %d, %v; want 0", n, err)
	}
	if err := db.RestoreDraft(ctx, draftID(t, db, water.ID, "held-low")); err != nil {
		t.Fatal(err)
	}
	if got, ok := held(water.ID)["held-low"]; !ok || got {
		t.Error("a restored draft did not come back into the queue")
	}
}
