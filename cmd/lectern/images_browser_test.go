package main

import (
	"context"
	"encoding/base64"
	"fmt"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/quiztest"
	"github.com/lectern/lectern/internal/store"
)

// A new instructor on a phone imports a Moodle XML bank whose question
// shows a map, and an Anki deck whose card has an image on each side,
// through the browser; previews them (the images listed by name), publishes
// both sets; then a learner takes the theme's quiz and sees the map with
// the question, loaded, with its alt text, before and after answering; and
// studies the card: its front's image at once, its back's only once the
// answer is shown.
func TestBrowserImagesImportedPublishedStudied(t *testing.T) {
	// Two imports, a quiz and a deck: longer than one flow.
	ctx, cancel := browserContextFor(t, 4*time.Minute)
	defer cancel()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lectern.db")
	env := func(k string) string { return map[string]string{"LECTERN_DB": dbPath}[k] }
	if err := run(context.Background(), []string{"user", "add", "--email", "new@school.example", "--role", "instructor"}, env,
		strings.NewReader("a new teacher's words\n"), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	bg := context.Background()
	s, err := store.Open(bg, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.ImportCourse(bg, quiztest.Course(), 0); err != nil {
		t.Fatal(err)
	}
	rc, _ := s.FindCourse(bg, "rivers")
	if err := s.SetCourseStatus(bg, rc.ID, quiz.CoursePublished); err != nil {
		t.Fatal(err)
	}
	s.Close()
	ownCourse(t, dbPath, "rivers", "new@school.example")

	delta := ankitest.PNG(t, 120, 80, color.RGBA{20, 90, 200, 255})
	bank := `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Delta map</text></name>
    <questiontext format="html"><text><![CDATA[<p>The map shows where the Danube meets the sea.</p><p><img src="@@PLUGINFILE@@/delta.png" alt="A map of the Danube delta"></p>]]></text>
      <file name="delta.png" path="/" encoding="base64">` + base64.StdEncoding.EncodeToString(delta) + `</file>
    </questiontext>
    <generalfeedback format="plain_text"><text>The Danube ends in the Black Sea, in a delta.</text></generalfeedback>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
`
	xmlPath := filepath.Join(dir, "bank.xml")
	if err := os.WriteFile(xmlPath, []byte(bank), 0o644); err != nil {
		t.Fatal(err)
	}
	river := ankitest.PNG(t, 60, 40, color.RGBA{0, 150, 0, 255})
	mouth := ankitest.PNG(t, 50, 50, color.RGBA{200, 0, 0, 255})
	deck := ankitest.Collection{
		Models: []ankitest.Model{ankitest.Basic(1)},
		Decks:  map[int64]string{1: "Default"},
		Notes: []ankitest.Note{{ID: 100, Model: 1, Tags: []string{"maps"}, Cards: []int{0},
			Fields: []string{`Which river is this?<br><img src="river.png">`, `The Danube<div><img src="mouth.png"></div>`}}},
	}
	apkgPath := filepath.Join(dir, "Maps.apkg")
	if err := os.WriteFile(apkgPath, ankitest.Package21b(t, deck, map[string][]byte{"river.png": river, "mouth.png": mouth}), 0o644); err != nil {
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
		chromedp.SendKeys(chromedp.CSS(`#email`), "new@school.example"),
		chromedp.SendKeys(chromedp.CSS(`#password`), "a new teacher's words"),
		chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/teach"]`)),
	)
	for _, f := range []struct{ path, title, want string }{
		{xmlPath, "Moodle maps", "delta.png (PNG"},
		{apkgPath, "Anki maps", "river.png (PNG"},
	} {
		step("upload "+f.title,
			chromedp.Navigate(base+"/teach/courses/rivers/import"),
			chromedp.SetUploadFiles(chromedp.CSS(`#file`), []string{f.path}),
			chromedp.SetValue(chromedp.CSS(`#theme`), "danube"),
			chromedp.Clear(chromedp.CSS(`#title`)),
			chromedp.SendKeys(chromedp.CSS(`#title`), f.title),
			chromedp.Click(chromedp.CSS(`form[enctype] button[type="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="image-names"]`)),
		)
		if got := text(ctx, t, `[data-testid="image-names"]`); !strings.Contains(got, f.want) {
			t.Errorf("%s: the preview lists the images as %q", f.title, got)
		}
		if overflows(ctx, t) {
			t.Errorf("%s: the preview scrolls sideways at 360 pixels", f.title)
		}
		step("confirm "+f.title,
			chromedp.Click(chromedp.CSS(`[data-testid="confirm"]`)),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="flash"]`)),
		)
	}
	s, err = store.Open(bg, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	sets, err := s.ListSets(bg, rc.ID)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range sets {
		if st.Title != "Moodle maps" && st.Title != "Anki maps" {
			continue
		}
		step("publish "+st.Title,
			chromedp.Navigate(base+"/teach/courses/rivers"),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="sets"]`)),
			chromedp.Click(chromedp.CSS(fmt.Sprintf(`form[action="/teach/sets/%d/status"] button`, st.ID))),
			chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`form[action="/teach/sets/%d/status"] input[value="draft"] + button`, st.ID))),
		)
	}
	step("sign out",
		chromedp.Click(chromedp.CSS(`form[action="/logout"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/login"]`)),
	)

	// imageShown reports the alt text of the image in sel, and whether it
	// loaded (a broken or refused image has no natural width).
	imageShown := func(sel string) (string, bool) {
		t.Helper()
		res, err := chromedp.Run(ctx, chromedp.Evaluate[[]any](`(() => {
			const i = document.querySelector(`+"`"+sel+"`"+`);
			return i ? [i.alt, i.complete && i.naturalWidth > 0] : ["", false];
		})()`))
		if err != nil || len(res) != 2 {
			t.Fatalf("%s: %v", sel, err)
		}
		alt, _ := res[0].(string)
		loaded, _ := res[1].(bool)
		return alt, loaded
	}

	step("start the danube quiz",
		chromedp.Navigate(base+"/courses/rivers"),
		chromedp.Click(chromedp.CSS(`button[name="theme"][value="danube"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"]`)),
	)
	seen := false
	for n := 1; n <= 10; n++ {
		prompt := text(ctx, t, `#prompt`)
		ours := strings.HasPrefix(prompt, "The map shows")
		if ours {
			seen = true
			step("wait for the map", chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"] [data-testid="image"]`)))
			if alt, ok := imageShown(`[data-testid="question"] [data-testid="image"]`); alt != "A map of the Danube delta" || !ok {
				t.Errorf("the question's map: alt %q, loaded %v", alt, ok)
			}
			shot(ctx, t, "question-with-image")
			if overflows(ctx, t) {
				t.Error("the question with its map scrolls sideways at 360 pixels")
			}
		}
		// Any answer will do: the first choice, or a word typed.
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
			const c = document.querySelector('.choice input');
			if (c) { c.checked = true; return true; }
			const t = document.querySelector('form.answer-form input[type="text"], form.answer-form input[name="text"]');
			if (t) { t.value = "ten"; return true; }
			document.querySelectorAll('form.answer-form select').forEach(s => { s.selectedIndex = 1; });
			return true;
		})()`)); err != nil {
			t.Fatal(err)
		}
		step(fmt.Sprintf("answer %d", n),
			chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="feedback"]`)),
		)
		if ours {
			if alt, ok := imageShown(`[data-testid="question"] [data-testid="image"]`); alt != "A map of the Danube delta" || !ok {
				t.Errorf("after answering, the map: alt %q, loaded %v", alt, ok)
			}
		}
		label := text(ctx, t, `#next`)
		step("go on", chromedp.Click(chromedp.CSS(`#next`)))
		if label == "See your results" {
			break
		}
		step("next question", chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"]`)))
	}
	if !seen {
		t.Error("the danube quiz never asked the imported question with its map")
	}
	// The deck card's images (front before, back after Show answer) are
	// checked through the handlers (handlers/images_test.go): in a browser,
	// how many cards the queue puts before it depends on the answers given
	// above.
}
