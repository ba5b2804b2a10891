package main

import (
	"context"
	"encoding/base64"
	"fmt"
	"image/color"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/lectern/lectern/internal/ankitest"
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
	addAccount(t, dbPath, "new@school.example", "instructor", "a new teacher's words")
	rc := publishedRivers(t, dbPath, "new@school.example")

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
	xmlPath := writeFile(t, dir, "bank.xml", bank)
	river := ankitest.PNG(t, 60, 40, color.RGBA{0, 150, 0, 255})
	mouth := ankitest.PNG(t, 50, 50, color.RGBA{200, 0, 0, 255})
	deck := ankitest.Collection{
		Models: []ankitest.Model{ankitest.Basic(1)},
		Decks:  map[int64]string{1: "Default"},
		Notes: []ankitest.Note{{ID: 100, Model: 1, Tags: []string{"maps"}, Cards: []int{0},
			Fields: []string{`Which river is this?<br><img src="river.png">`, `The Danube<div><img src="mouth.png"></div>`}}},
	}
	apkgPath := writeFile(t, dir, "Maps.apkg", string(ankitest.Package21b(t, deck, map[string][]byte{"river.png": river, "mouth.png": mouth})))

	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	step("sign in", phone(), signInForm(base, "new@school.example", "a new teacher's words"))
	for _, f := range []struct{ path, title, want string }{
		{xmlPath, "Moodle maps", "delta.png (PNG"},
		{apkgPath, "Anki maps", "river.png (PNG"},
	} {
		step("upload "+f.title,
			fillImport(base, "rivers", f.path, "danube", f.title),
			submitImport(),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="image-names"]`)),
		)
		if got := text(ctx, t, `[data-testid="image-names"]`); !strings.Contains(got, f.want) {
			t.Errorf("%s: the preview lists the images as %q", f.title, got)
		}
		if overflows(ctx, t) {
			t.Errorf("%s: the preview scrolls sideways at 360 pixels", f.title)
		}
		step("confirm "+f.title, confirmImport())
	}
	bg := context.Background()
	s, err := store.Open(bg, dbPath)
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
	step("sign out", signOut())

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
	seen := answerAnything(ctx, t,
		func(prompt string) bool { return strings.HasPrefix(prompt, "The map shows") },
		func() {
			step("wait for the map", chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"] [data-testid="image"]`)))
			if alt, ok := imageShown(`[data-testid="question"] [data-testid="image"]`); alt != "A map of the Danube delta" || !ok {
				t.Errorf("the question's map: alt %q, loaded %v", alt, ok)
			}
			shot(ctx, t, "question-with-image")
			if overflows(ctx, t) {
				t.Error("the question with its map scrolls sideways at 360 pixels")
			}
		},
		func() {
			if alt, ok := imageShown(`[data-testid="question"] [data-testid="image"]`); alt != "A map of the Danube delta" || !ok {
				t.Errorf("after answering, the map: alt %q, loaded %v", alt, ok)
			}
		})
	if !seen {
		t.Error("the danube quiz never asked the imported question with its map")
	}
	// The deck card's images (front before, back after Show answer) are
	// checked through the handlers (handlers/images_test.go): in a browser,
	// how many cards the queue puts before it depends on the answers given
	// above.
}
