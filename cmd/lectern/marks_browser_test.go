package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
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
	env := func(k string) string { return map[string]string{"LECTERN_DB": dbPath}[k] }
	if err := run(context.Background(), []string{"user", "add", "--email", "teacher@school.example", "--role", "instructor"}, env,
		strings.NewReader("teach the article\n"), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	ownCourse(t, dbPath, "china-russia", "teacher@school.example")
	file := filepath.Join(dir, "bank.xml")
	if err := os.WriteFile(file, []byte(browserMoodleXML), 0o644); err != nil {
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
		chromedp.Navigate(base+"/login"),
		chromedp.SendKeys(chromedp.CSS(`#email`), "teacher@school.example"),
		chromedp.SendKeys(chromedp.CSS(`#password`), "teach the article"),
		chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href="/teach"]`)),
	)
	step("upload",
		chromedp.Navigate(base+"/teach/courses/china-russia/import"),
		chromedp.SetUploadFiles(chromedp.CSS(`#file`), []string{file}),
		chromedp.SetValue(chromedp.CSS(`#theme`), "energy"),
		chromedp.Clear(chromedp.CSS(`#title`)),
		chromedp.SendKeys(chromedp.CSS(`#title`), "From Moodle XML"),
		chromedp.Click(chromedp.CSS(`form[enctype] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="preview"]`)),
	)
	if got := text(ctx, t, `[data-testid="preview-questions"]`); got != "1 question" {
		t.Fatalf("preview: %q", got)
	}
	step("confirm",
		chromedp.Click(chromedp.CSS(`[data-testid="confirm"]`)),
		// The page of what was imported says so.
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="flash"]`)),
		chromedp.Navigate(base+"/teach/courses/china-russia"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="sets"]`)),
	)
	href, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`[...document.querySelectorAll('[data-testid="set-row"] a')].find(a => a.textContent.trim() === 'From Moodle XML').getAttribute('href')`))
	if err != nil || href == "" {
		t.Fatalf("the imported set is not listed: %v", err)
	}
	step("open the editor on a phone",
		chromedp.EmulateViewport(360, 740, chromedp.EmulateScale(2)),
		chromedp.Navigate(base+href),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="set-questions"]`)),
		chromedp.Click(chromedp.CSS(`[data-testid="edit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="editor"]`)),
	)
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
