package main

import (
	"context"
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
	addAccount(t, dbPath, "teacher@school.example", "instructor", "teach the article")
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
	xmlPath := writeFile(t, dir, "questions-ChinaRussiaStrategicPartnership-spring-term-20261201-1234-export.xml", bank)
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	upload := func(wait string) {
		t.Helper()
		step("upload",
			fillImport(base, "china-russia", xmlPath, "energy", "From Moodle"),
			chromedp.Click(chromedp.CSS(`input[name="publish"]`)),
			submitImport(),
			chromedp.WaitVisible(chromedp.CSS(wait)),
		)
	}
	step("sign in", phone(), signInForm(base, "teacher@school.example", "teach the article"))
	upload(`[data-testid="preview-held"]`)
	shot(ctx, t, "import-held-preview")
	if got := text(ctx, t, `[data-testid="preview-held"]`); !strings.Contains(got, `line 9 (question "Speech")`) || !strings.Contains(got, `audio "speech.mp3"`) {
		t.Errorf("the held warning reads %q", got)
	}
	if overflows(ctx, t) {
		t.Error("the preview scrolls sideways at 360 pixels")
	}
	step("confirm", confirmImport())
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
