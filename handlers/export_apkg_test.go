package handlers_test

import (
	"context"
	"image/color"
	"net/http"
	"testing"

	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
)

// An owner downloads a course as an Anki package: the cards imported from
// an Anki package, their images and tags, and every question as a Basic
// card come back when Lectern reads the download; the teaching page says
// what the package holds; a learner cannot download it.
func TestExportAnkiPackage(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	danube := ankitest.PNG(t, 4, 3, color.RGBA{0, 0, 200, 255})
	apkg := ankitest.Package(t, ankitest.Sample(), map[string][]byte{"danube.jpg": danube})
	up := b.upload("/teach/courses/rivers/import", "Rivers.apkg", apkg, map[string]string{"theme": "rhine-and-borders", "title": "From Anki", "publish": "1"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	course, err := a.db.ExportCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}

	x := b.get("/teach/courses/rivers/export/apkg")
	wantStatus(t, x, http.StatusOK)
	if cd := x.header.Get("Content-Disposition"); cd != `attachment; filename="rivers.apkg"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	res, err := formats.ParseAnki([]byte(x.body), formats.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A question whose prompt is a written card's front reads back once,
	// as Anki's duplicates do.
	fronts := map[string]bool{}
	for _, cd := range course.Cards {
		fronts[quiz.Normalize(cd.Front)] = true
	}
	for _, qc := range formats.QuestionCards(course.Questions) {
		fronts[quiz.Normalize(qc.Front)] = true
	}
	if got, want := len(res.Cards), len(fronts); got != want || want < len(course.Cards)+len(course.Questions)-1 {
		t.Errorf("the package reads back as %d cards, want %d of %d written and %d questions", got, want, len(course.Cards), len(course.Questions))
	}
	images := 0
	byFront := map[string]int{}
	for i, cd := range res.Cards {
		byFront[cd.Front] = i
	}
	for _, want := range course.Cards {
		i, ok := byFront[want.Front]
		if !ok {
			t.Errorf("card %q is not in the package", want.Front)
			continue
		}
		got := res.Cards[i]
		if got.Back != want.Back || got.Theme != want.Theme || len(got.Tags) != len(want.Tags) || len(got.Images) != len(want.Images) {
			t.Errorf("card %q reads back as %+v, want %+v", want.Front, got, want)
		}
		for j := range min(len(got.Images), len(want.Images)) {
			images++
			if got.Images[j].Hash != want.Images[j].Hash || got.Images[j].Side != want.Images[j].Side {
				t.Errorf("card %q: image %d reads back as %+v", want.Front, j, got.Images[j])
			}
		}
	}
	if images == 0 {
		t.Error("no image went through the package")
	}

	teach := b.get("/teach")
	if teach.doc.Find(`a[href="/teach/courses/rivers/export/apkg"]`).Length() != 1 || teach.doc.Find(`[data-testid="apkg-note"]`).Length() != 1 {
		t.Error("the teaching page has no Anki package link, or does not say what it holds")
	}
	if p := a.browser().get("/teach/courses/rivers/export/apkg"); p.status == http.StatusOK {
		t.Error("a visitor downloaded the course")
	}
}
