package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

const browserNumericXML = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="numerical">
    <name><text>grant-born</text></name>
    <questiontext format="html"><text><![CDATA[<p>In which year does the article say the pipeline deal was first discussed?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Paragraph 7 gives the year.</p>]]></text></generalfeedback>
    <answer fraction="100"><text>1822</text><tolerance>0</tolerance><feedback><text>Right.</text></feedback></answer>
    <answer fraction="50"><text>1822</text><tolerance>2</tolerance><feedback><text>Close: it was 1822.</text></feedback></answer>
    <answer fraction="0"><text>*</text><feedback><text>Not even close.</text></feedback></answer>
  </question>
</quiz>
`

// An instructor imports a Moodle XML numerical question with half marks
// for a near answer and a catch-all, and opens it in the editor on a
// phone: each row's marks and feedback and the catch-all's feedback are
// shown in labelled controls, and the page does not scroll sideways.
func TestBrowserNumericMarksInEditor(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lectern.db")
	// The built-in course belongs to the admins.
	addAccount(t, dbPath, "teacher@school.example", "admin", "teach the article")
	file := writeFile(t, dir, "bank.xml", browserNumericXML)
	// The file comes in through the command line: the upload form has its
	// own browser test.
	env := func(k string) string { return map[string]string{"LECTERN_DB": dbPath}[k] }
	if err := run(context.Background(), []string{"import", file, "--course", "china-russia", "--theme", "energy", "--set", "Numbers from Moodle"}, env,
		strings.NewReader(""), io.Discard, io.Discard); err != nil {
		t.Fatal(err)
	}
	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	step("sign in", signInForm(base, "teacher@school.example", "teach the article"))
	step("the course", chromedp.Navigate(base+"/teach/courses/china-russia"), chromedp.WaitVisible(chromedp.CSS(`[data-testid="sets"]`)))
	href := setLink(ctx, t, "Numbers from Moodle")
	step("open the editor on a phone", openEditorOnPhone(base, href))
	step("scroll to the numbers", chromedp.ScrollIntoView(chromedp.CSS(`#num-mark-1`)))
	shot(ctx, t, "editor-numeric-marks")
	if overflows(ctx, t) {
		t.Error("the editor scrolls sideways at 360 pixels")
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(() => {
		const s = document.querySelector('#num-mark-1');
		const l = document.querySelector('label[for="num-mark-1"]');
		return [s.value, l ? l.textContent.trim() : '', document.querySelector('#num-mark-0').value,
			document.querySelector('#num-feedback-1').value, document.querySelector('#catchall').value];
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"50", "Marks for row 2", "", "Close: it was 1822.", "Not even close."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the numeric rows in the editor: %q, want %q", got, want)
	}
}
