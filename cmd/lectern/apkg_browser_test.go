package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/lectern/lectern/internal/ankitest"
)

// An instructor on a phone uploads an Anki package: the preview lists its
// cards as learners will see them, the cloze card with its hint and the
// line breaks of a field kept, without scrolling sideways at 360 pixels;
// confirming adds them to the course.
func TestBrowserImportAnkiPackage(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lectern.db")
	addAccount(t, dbPath, "teacher@school.example", "instructor", "teach the article")
	ownCourse(t, dbPath, "china-russia", "teacher@school.example")
	deck := ankitest.Sample()
	deck.Notes[0].Fields[1] = "In the <b>Black Sea</b><div>through a delta</div>"
	apkg := writeFile(t, dir, "Rivers.apkg", string(ankitest.Package(t, deck, nil)))
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	step("sign in", phone(), signInForm(base, "teacher@school.example", "teach the article"))
	step("upload",
		fillImport(base, "china-russia", apkg, "energy", "From Anki"),
		submitImport(),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="preview-card-list"]`)),
	)
	shot(ctx, t, "import-anki-preview")
	if overflows(ctx, t) {
		t.Error("the import preview scrolls sideways on a 360-pixel-wide screen")
	}
	if got := text(ctx, t, `[data-testid="preview-cards"]`); got != "10 flashcards written in the file" {
		t.Errorf("preview: %q", got)
	}
	// innerText gives the text as rendered: the field's two lines stay two.
	backs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('[data-testid="preview-card-list"] .answer-line')].map(e => e.innerText)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(backs) != 10 || backs[0] != "In the Black Sea\nthrough a delta" {
		t.Errorf("the first card's back reads %q", backs)
	}
	fronts, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`[...document.querySelectorAll('[data-testid="preview-card-list"] .card-front')].map(e => e.innerText)`))
	if err != nil {
		t.Fatal(err)
	}
	if len(fronts) != 10 || fronts[8] != "The Danube flows through [how many?] countries to the Black Sea." {
		t.Errorf("the fronts read %q", fronts)
	}
	step("confirm", confirmImport())
	after, _ := courseState(t, dbPath, "china-russia")
	n := 0
	for _, c := range after.Cards {
		if strings.HasPrefix(c.ID, "anki-") {
			n++
		}
	}
	if n != 10 {
		t.Errorf("%d cards from the package in the course, want 10", n)
	}
}
