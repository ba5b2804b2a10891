package main

import (
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

const browserMoodleXML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>half-credit</text></name>
    <questiontext format="html"><text><![CDATA[<p>What carries Russian oil to China, per the article?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Paragraph 7 names pipelines.</p>]]></text></generalfeedback>
    <single>true</single>
    <answer fraction="100"><text>Pipelines</text></answer>
    <answer fraction="50"><text>Pipelines and tankers</text><feedback><text>Half right: tankers are not named.</text></feedback></answer>
    <answer fraction="0"><text>Barter of grain</text></answer>
  </question>
</quiz>
`

// An instructor uploads a Moodle XML file with partial credit and opens the
// question in the editor on a phone: the marks are shown, chosen from a
// labelled list, and the page does not scroll sideways.
func TestBrowserMoodleXMLMarksInEditor(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lectern.db")
	addAccount(t, dbPath, "teacher@school.example", "instructor", "teach the article")
	ownCourse(t, dbPath, "china-russia", "teacher@school.example")
	file := writeFile(t, dir, "bank.xml", browserMoodleXML)
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	step("sign in", signInForm(base, "teacher@school.example", "teach the article"))
	step("upload",
		fillImport(base, "china-russia", file, "energy", "From Moodle XML"),
		submitImport(),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="preview"]`)),
	)
	if got := text(ctx, t, `[data-testid="preview-questions"]`); got != "1 question" {
		t.Fatalf("preview: %q", got)
	}
	step("confirm",
		confirmImport(),
		chromedp.Navigate(base+"/teach/courses/china-russia"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="sets"]`)),
	)
	href := setLink(ctx, t, "From Moodle XML")
	step("open the editor on a phone", openEditorOnPhone(base, href))
	step("scroll to the options", chromedp.ScrollIntoView(chromedp.CSS(`#opt-mark-1`)))
	shot(ctx, t, "editor-marks")
	if overflows(ctx, t) {
		t.Error("the editor scrolls sideways at 360 pixels")
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
		const s = document.querySelector('#opt-mark-1');
		const l = document.querySelector('label[for="opt-mark-1"]');
		return [s.value, l ? l.textContent.trim() : '', document.querySelector('#opt-mark-0').value];
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if got[0] != "50" || got[1] != "Marks for option 2" || got[2] != "" {
		t.Errorf("marks in the editor: %q", got)
	}
}
