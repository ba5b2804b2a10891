package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/lectern/lectern/internal/store"
)

// An instructor on a phone uploads a Moodle XML bank, to publish at once,
// whose second question asks about a recording Lectern leaves out: the
// preview warns of it by its line and the audio, and it is kept a draft;
// the same bank uploaded again is answered beside the form that nothing
// in it is new.
func TestBrowserMoodleHeldQuestionAndReimport(t *testing.T) {
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
	bank := `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Pipeline</text></name>
    <questiontext format="plain_text"><text>The pipeline carries gas east.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="truefalse">
    <name><text>Speech</text></name>
    <questiontext format="html"><text><![CDATA[<p><a href="@@PLUGINFILE@@/speech.mp3">Listen:</a> the speaker welcomes the agreement.</p>]]></text>
      <file name="speech.mp3" encoding="base64">SUQz</file>
    </questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
`
	// A long file name with no space to break at, as Moodle names its
	// exports: the preview heading must wrap it at 360 pixels.
	xmlPath := filepath.Join(dir, "questions-ChinaRussiaStrategicPartnership-spring-term-20261201-1234-export.xml")
	if err := os.WriteFile(xmlPath, []byte(bank), 0o644); err != nil {
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
	upload := func(wait string) {
		t.Helper()
		step("upload",
			chromedp.Navigate(base+"/teach/courses/china-russia/import"),
			chromedp.SetUploadFiles(chromedp.CSS(`#file`), []string{xmlPath}),
			chromedp.SetValue(chromedp.CSS(`#theme`), "energy"),
			chromedp.Clear(chromedp.CSS(`#title`)),
			chromedp.SendKeys(chromedp.CSS(`#title`), "From Moodle"),
			chromedp.Click(chromedp.CSS(`input[name="publish"]`)),
			chromedp.Click(chromedp.CSS(`form[enctype] button[type="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(wait)),
		)
	}
	step("sign in",
		chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2)),
		chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.CSS(`#email`), "teacher@school.example"),
		chromedp.SendKeys(chromedp.CSS(`#password`), "teach the article"),
		chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/teach"]`)),
	)
	upload(`[data-testid="preview-held"]`)
	shot(ctx, t, "import-held-preview")
	if got := text(ctx, t, `[data-testid="preview-held"]`); !strings.Contains(got, `line 9 (question "Speech")`) || !strings.Contains(got, `audio "speech.mp3"`) {
		t.Errorf("the held warning reads %q", got)
	}
	if overflows(ctx, t) {
		t.Error("the preview scrolls sideways at 360 pixels")
	}
	step("confirm",
		chromedp.Click(chromedp.CSS(`[data-testid="confirm"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="flash"]`)),
	)
	after, c := courseState(t, dbPath, "china-russia")
	held := 0
	for _, q := range after.Questions {
		if q.Prompt == "Listen: the speaker welcomes the agreement." {
			held++
		}
	}
	if held != 1 {
		t.Errorf("the held question is in the course %d times", held)
	}
	s, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	sets, err := s.ListSets(context.Background(), c.ID)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]string{}
	for _, st := range sets {
		status[st.Title] = st.Status
	}
	if status["From Moodle"] != "published" || status["From Moodle (held for review)"] != "draft" {
		t.Errorf("the sets made: %v", status)
	}

	upload(`[data-testid="import-all-present"]`)
	if got := text(ctx, t, `[data-testid="import-all-present"]`); !strings.Contains(got, "Every item in this file is already in this course (2 questions)") {
		t.Errorf("the second upload is answered %q", got)
	}
}
