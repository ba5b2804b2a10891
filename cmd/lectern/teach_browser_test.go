package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

const browserGIFT = `$CATEGORY: energy

::pipeline-q:: What carries Russian oil and gas to China, per the article? {
=Pipelines and long-term contracts#Right: the article names both.
~Tankers chartered by Europe#The article does not mention tankers.
~Barter of grain#The article says nothing about grain.
}

::axis-q:: The article calls the energy link between Russia and China an "energy axis". {T}
`

// An instructor signs in, imports a GIFT file into a theme as a draft,
// edits one of its questions, publishes the set; a visitor then takes the
// theme's quiz and meets the edited question.
func TestBrowserInstructorImportEditPublish(t *testing.T) {
	ctx, cancel := browserContext(t)
	defer cancel()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lectern.db")
	// The built-in course belongs to the admins.
	addAccount(t, dbPath, "teacher@school.example", "admin", "teach the article")
	gift := writeFile(t, dir, "energy.gift", browserGIFT)
	base, stop := startServer(t, dbPath)
	defer stop()

	step := stepper(ctx, t)
	step("sign in", signInForm(base, "teacher@school.example", "teach the article"))
	step("upload",
		fillImport(base, "china-russia", gift, "energy", "From Moodle"),
		submitImport(),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="preview"]`)),
	)
	shot(ctx, t, "import-preview")
	if got := text(ctx, t, `[data-testid="preview-questions"]`); got != "2 questions" {
		t.Fatalf("preview: %q", got)
	}
	step("confirm",
		confirmImport(),
		chromedp.Navigate(base+"/teach/courses/china-russia"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="sets"]`)),
	)
	// Open the new draft set and edit its first question.
	href := setLink(ctx, t, "From Moodle")
	step("open the set",
		chromedp.Navigate(base+href),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="set-questions"]`)),
	)
	// The reorder buttons are targets of 24 by 24 pixels at least (WCAG
	// 2.5.8), apart from one another.
	sizes, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
		const b = [...document.querySelectorAll('.move button')].slice(0, 2).map(e => e.getBoundingClientRect());
		return [b[0].width, b[0].height, b[1].width, b[1].height, b[1].left - b[0].right];
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	if sizes[0] < 24 || sizes[1] < 24 || sizes[2] < 24 || sizes[3] < 24 || sizes[4] < 4 {
		t.Errorf("reorder buttons %v×%v and %v×%v px, %v px apart; want 24×24 at least, apart", sizes[0], sizes[1], sizes[2], sizes[3], sizes[4])
	}
	step("open the editor",
		chromedp.Click(chromedp.CSS(`[data-testid="edit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="editor"]`)),
	)
	shot(ctx, t, "editor")
	step("edit",
		chromedp.Clear(chromedp.CSS(`#prompt`)),
		chromedp.SendKeys(chromedp.CSS(`#prompt`), "EDITED: what carries Russian oil and gas to China?"),
		// Moodle's file had no general feedback; Lectern asks for an explanation.
		chromedp.SendKeys(chromedp.CSS(`#explanation`), "Paragraph 7 names pipelines and long-term contracts."),
		chromedp.Click(chromedp.CSS(`[data-testid="save"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="set-questions"]`)),
	)
	if !strings.Contains(text(ctx, t, `[data-testid="set-questions"]`), "EDITED: what carries") {
		t.Fatal("the edit is not on the set page")
	}
	setID := strings.TrimPrefix(href, "/teach/sets/")
	step("publish",
		chromedp.Navigate(base+"/teach/courses/china-russia"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="sets"]`)),
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`form[action="/teach/sets/%s/status"] button`, setID))),
		// The reloaded page offers to unpublish the set: only then is it published.
		chromedp.WaitVisible(chromedp.CSS(fmt.Sprintf(`form[action="/teach/sets/%s/status"] input[value="draft"] + button`, setID))),
		signOut(),
	)

	// A visitor takes the energy quiz: 8 written questions and the 2 imported.
	step("start quiz",
		chromedp.Navigate(base+"/courses/china-russia"),
		chromedp.Click(chromedp.CSS(`button[name="theme"][value="energy"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"]`)),
	)
	if got := text(ctx, t, `[data-testid="progress"] p`); got != "Question 1 of 10" {
		t.Fatalf("the theme quiz: %q, want 10 questions", got)
	}
	met := false
	for n := 1; n <= 10; n++ {
		// The answer form is on a question page only, never on its feedback.
		step(fmt.Sprintf("question %d", n), chromedp.WaitVisible(chromedp.CSS(`form.answer-form`)))
		prompt := text(ctx, t, `form.answer-form legend .prompt`)
		if strings.HasPrefix(prompt, "EDITED: ") {
			met = true
		}
		// Answer anything: the first option, some text, the first match.
		step(fmt.Sprintf("answer %d", n),
			discard(chromedp.Evaluate[bool](`(() => {
				const c = document.querySelector('.answer-form .choices input'); if (c) c.checked = true;
				const t = document.querySelector('#text-answer'); if (t) t.value = '1';
				document.querySelectorAll('.matching select').forEach(s => s.selectedIndex = 1);
				return true })()`)),
			chromedp.Click(chromedp.CSS(`[data-testid="submit"]`)),
			chromedp.WaitVisible(chromedp.CSS(`#next`)),
			chromedp.Click(chromedp.CSS(`#next`)),
		)
	}
	if !met {
		t.Fatal("the learner never met the edited question")
	}
	step("results", chromedp.WaitVisible(chromedp.CSS(`[data-testid="results"]`)))
}
