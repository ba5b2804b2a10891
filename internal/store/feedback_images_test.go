package store_test

import (
	"bytes"
	"context"
	"image/color"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// The images of a question's feedback are stored with it, survive the
// orphaned-image sweep, come back with their bytes for an export, and go
// when their set is deleted.
func TestFeedbackImagesAreKeptAndSwept(t *testing.T) {
	ctx := context.Background()
	db, _ := mustOpen(t)
	c := mustImport(t, db)
	img := func(name string, col color.RGBA) quiz.Image {
		im, err := quiz.NewImage(name, "alt "+name, testPNG(t, col))
		if err != nil {
			t.Fatal(err)
		}
		return im
	}
	general, option := img("g.png", color.RGBA{10, 20, 30, 255}), img("o.png", color.RGBA{30, 20, 10, 255})
	q := quiz.Question{ID: "fb-img", Theme: "danube", Type: quiz.TrueFalse, Kind: quiz.Fact, Prompt: "The Danube flows east.",
		Explanation:    "To the Black Sea.",
		FeedbackImages: []quiz.Image{general},
		Options:        []quiz.Option{{Text: "True", Correct: true, Feedback: "Yes.", FeedbackImages: []quiz.Image{option}}, {Text: "False"}}}
	if _, err := db.ImportFile(ctx, quiz.ParsedFile{Questions: []quiz.Question{q}}, quiz.ImportSet{Course: "rivers", Title: "Feedback"}); err != nil {
		t.Fatal(err)
	}
	if got := storedImages(t, db); !got[general.Hash] || !got[option.Hash] {
		t.Fatalf("stored images %v, want the feedback's two", got)
	}
	if n, err := db.SweepImages(ctx); err != nil || n != 0 {
		t.Errorf("the sweep removed %d images (%v), want none", n, err)
	}
	set := setNamed(t, db, c.ID, "Feedback")
	exported, _, err := db.ExportSet(ctx, set.ID)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.ImageData(ctx, exported.Questions, nil); err != nil {
		t.Fatal(err)
	}
	var got *quiz.Question
	for i := range exported.Questions {
		if exported.Questions[i].ID == "fb-img" {
			got = &exported.Questions[i]
		}
	}
	if got == nil || len(got.FeedbackImages) != 1 || got.FeedbackImages[0].Alt != "alt g.png" || len(got.Options[0].FeedbackImages) != 1 {
		t.Fatalf("exported question %+v", got)
	}
	if !bytes.Equal(got.FeedbackImages[0].Data, testPNG(t, color.RGBA{10, 20, 30, 255})) || len(got.Options[0].FeedbackImages[0].Data) == 0 {
		t.Error("the export does not carry the feedback images' bytes")
	}
	if err := db.DeleteSet(ctx, set.ID); err != nil {
		t.Fatal(err)
	}
	if got := storedImages(t, db); got[general.Hash] || got[option.Hash] {
		t.Errorf("after the set's deletion, stored images %v still hold the feedback's", got)
	}
}
