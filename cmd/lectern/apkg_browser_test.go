package main

import (
	"context"
	"io"
	"os"
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
	env := func(k string) string { return map[string]string{"LECTERN_DB": dbPath}[k] }
	if err := run(context.Background(), []string{"user", "add", "--email", "teacher@school.example", "--role", "instructor"}, env,
		strings.NewReader("teach the article\n"), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	ownCourse(t, dbPath, "china-russia", "teacher@school.example")
	deck := ankitest.Sample()
	deck.Notes[0].Fields[1] = "In the <b>Black Sea</b><div>through a delta</div>"
	apkg := filepath.Join(dir, "Rivers.apkg")
	if err := os.WriteFile(apkg, ankitest.Package(t, deck, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	base, stop := startServer(t, dbPath)
	defer stop()
	step := func(name string, acts ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, acts...); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	step("sign in",
		chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2)),
		chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.CSS(`#email`), "teacher@school.example"),
		chromedp.SendKeys(chromedp.CSS(`#password`), "teach the article"),
		chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/teach"]`)),
	)
	step("upload",
		chromedp.Navigate(base+"/teach/courses/china-russia/import"),
		chromedp.SetUploadFiles(chromedp.CSS(`#file`), []string{apkg}),
		chromedp.SetValue(chromedp.CSS(`#theme`), "energy"),
		chromedp.Clear(chromedp.CSS(`#title`)),
		chromedp.SendKeys(chromedp.CSS(`#title`), "From Anki"),
		chromedp.Click(chromedp.CSS(`form[enctype] button[type="submit"]`)),
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
	step("confirm",
		chromedp.Click(chromedp.CSS(`[data-testid="confirm"]`)),
		// The page of what was imported says so.
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="flash"]`)),
	)
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
