package store_test

import (
	"context"
	"database/sql"
	"image/color"
	"testing"

	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// testPNG returns a 2 by 2 PNG of one colour.
func testPNG(t *testing.T, c color.RGBA) []byte {
	t.Helper()
	return ankitest.PNG(t, 2, 2, c)
}

func storedImages(t *testing.T, db *store.DB) map[string]bool {
	t.Helper()
	return db.ImageHashes(t)
}

func setNamed(t *testing.T, db *store.DB, courseID int64, title string) *quiz.QuestionSet {
	t.Helper()
	sets, err := db.ListSets(context.Background(), courseID)
	if err != nil {
		t.Fatal(err)
	}
	for i := range sets {
		if sets[i].Title == title {
			return &sets[i]
		}
	}
	t.Fatalf("no set %q", title)
	return nil
}

// An image stays stored while a question version or a card shows it: a
// removed question keeps its image (Undo brings it back); deleting a set
// removes the images only it showed, not one another set shows; deleting
// the course removes the rest; SweepImages removes an image nothing names.
func TestOrphanedImagesAreRemoved(t *testing.T) {
	ctx := context.Background()
	db, path := mustOpen(t)
	c := mustImport(t, db)
	img := func(name string, col color.RGBA) quiz.Image {
		im, err := quiz.NewImage(name, "", testPNG(t, col))
		if err != nil {
			t.Fatal(err)
		}
		return im
	}
	a, b, cardImg := img("a.png", color.RGBA{255, 0, 0, 255}), img("b.png", color.RGBA{0, 255, 0, 255}), img("c.png", color.RGBA{0, 0, 255, 255})
	cardImg.Side = quiz.SideBack
	tf := func(id, prompt string, im quiz.Image) quiz.Question {
		return quiz.Question{ID: id, Theme: "danube", Type: quiz.TrueFalse, Kind: quiz.Fact, Prompt: prompt,
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}, Images: []quiz.Image{im}}
	}
	if _, err := db.ImportFile(ctx, quiz.ParsedFile{
		Questions: []quiz.Question{tf("img-a", "The map shows the Danube.", a), tf("img-b", "The map shows the Rhine.", b)},
		Cards:     []quiz.Card{{ID: "img-c", Theme: "danube", Front: "Which delta?", Back: "This one", Images: []quiz.Image{cardImg}}},
	}, quiz.ImportSet{Course: "rivers", Title: "One"}); err != nil {
		t.Fatal(err)
	}
	a2 := a
	if _, err := db.ImportFile(ctx, quiz.ParsedFile{Questions: []quiz.Question{tf("img-a2", "The same map shows Vienna.", a2)}},
		quiz.ImportSet{Course: "rivers", Title: "Two"}); err != nil {
		t.Fatal(err)
	}
	if got := storedImages(t, db); len(got) != 3 || !got[a.Hash] || !got[b.Hash] || !got[cardImg.Hash] {
		t.Fatalf("stored images %v, want the three", got)
	}

	one := setNamed(t, db, c.ID, "One")
	_, qs, err := db.FindSet(ctx, one.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Question.ID == "img-b" {
			if err := db.DeleteQuestion(ctx, q.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if n, err := db.SweepImages(ctx); err != nil || n != 0 {
		t.Errorf("SweepImages after a question was removed = %d, %v; want 0: Undo may bring it back", n, err)
	}
	if got := storedImages(t, db); !got[b.Hash] {
		t.Error("the removed question's image went, though Undo may bring it back")
	}

	if err := db.DeleteSet(ctx, one.ID); err != nil {
		t.Fatal(err)
	}
	if got := storedImages(t, db); len(got) != 1 || !got[a.Hash] {
		t.Errorf("after deleting the set, stored images %v; want only the one the other set shows", got)
	}

	if onPostgres {
		return // what follows writes the SQLite file behind the store's back
	}
	// An image left behind (as by a crash of an older Lectern) is swept.
	raw, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	orphan := img("o.png", color.RGBA{9, 9, 9, 255})
	if _, err := raw.Exec("INSERT INTO images (hash, type, size, data, created_at) VALUES (?, ?, ?, ?, ?)", orphan.Hash, orphan.Type, len(orphan.Data), orphan.Data, "2026-01-01T00:00:00Z"); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if n, err := db.SweepImages(ctx); err != nil || n != 1 {
		t.Errorf("SweepImages = %d, %v; want the one orphan", n, err)
	}
	if got := storedImages(t, db); len(got) != 1 || !got[a.Hash] {
		t.Errorf("after the sweep, stored images %v", got)
	}

	if err := db.DeleteCourse(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if got := storedImages(t, db); len(got) != 0 {
		t.Errorf("after deleting the course, %d images stay", len(got))
	}
}
