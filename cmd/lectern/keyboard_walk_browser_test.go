package main

// Keyboard-only walks through Lectern at 360 pixels: Tab, Shift+Tab,
// Enter, Space and the arrow keys, with the focus checked after each step
// (where it is, that its ring shows, that it is on screen).

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// focused describes the element that has the focus.
type focused struct {
	Tag, ID, TestID, Text, Href, Type, Name string
	Ring                                    bool    // an outline or a shadow is drawn
	Region                                  bool    // a region the page moves the focus to (tabindex -1)
	Left, Right, Top, Bottom, Width         float64 // its box, in the viewport
	ViewW, ViewH                            float64
}

func (f focused) String() string {
	return fmt.Sprintf("<%s id=%q testid=%q type=%q name=%q href=%q> %q", f.Tag, f.ID, f.TestID, f.Type, f.Name, f.Href, f.Text)
}

const focusJS = `(() => {
	const e = document.activeElement || document.body;
	const s = getComputedStyle(e);
	const r = e.getBoundingClientRect();
	const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== 'none');
	return {Tag: e.tagName.toLowerCase(), ID: e.id || '', TestID: e.dataset ? (e.dataset.testid || '') : '',
		Text: (e.innerText || e.value || '').trim().slice(0, 60), Href: e.getAttribute('href') || '',
		Type: e.getAttribute('type') || '', Name: e.getAttribute('name') || '',
		Ring: ring, Region: e.getAttribute('tabindex') === '-1', Left: r.left, Right: r.right, Top: r.top, Bottom: r.bottom, Width: r.width,
		ViewW: window.innerWidth, ViewH: window.innerHeight};
})()`

// keyWalker presses keys and reads where the focus went.
type keyWalker struct {
	ctx context.Context
	t   *testing.T
}

func (w keyWalker) focus() focused {
	w.t.Helper()
	raw, err := chromedp.Run(w.ctx, chromedp.Evaluate[json.RawMessage](focusJS))
	if err != nil {
		w.t.Fatal(err)
	}
	var f focused
	if err := json.Unmarshal(raw, &f); err != nil {
		w.t.Fatal(err)
	}
	return f
}

func (w keyWalker) key(k string) {
	w.t.Helper()
	if err := chromedp.Do(w.ctx, chromedp.KeyEvent(k)); err != nil {
		w.t.Fatalf("key %q: %v", k, err)
	}
}

// tabTo presses Tab until the focused element matches the CSS selector,
// checking at every stop that the focus shows; it ends the test after 60.
func (w keyWalker) tabTo(sel string) focused {
	w.t.Helper()
	var seen []string
	for i := 0; i < 60; i++ {
		w.key(kb.Tab)
		f := w.focus()
		w.visible(f)
		ok, err := chromedp.Run(w.ctx, chromedp.Evaluate[bool](fmt.Sprintf(`!!document.activeElement && document.activeElement.matches(%q)`, sel)))
		if err != nil {
			w.t.Fatal(err)
		}
		if ok {
			return f
		}
		seen = append(seen, f.String())
	}
	w.t.Fatalf("Tab never reached %s; it went through:\n%s", sel, strings.Join(seen, "\n"))
	return focused{}
}

// visible reports a focus that does not show: no ring, or off the 360
// pixels of the screen.
func (w keyWalker) visible(f focused) {
	w.t.Helper()
	if f.Tag == "body" {
		return
	}
	if !f.Ring && !f.Region {
		w.t.Errorf("%s has the focus with no ring", f)
	}
	if f.Width > 0 && (f.Left < -1 || f.Right > f.ViewW+1) {
		w.t.Errorf("%s has the focus off the screen's width (%.0f to %.0f of %.0f px)", f, f.Left, f.Right, f.ViewW)
	}
	if f.Width > 0 && (f.Bottom < 0 || f.Top > f.ViewH) {
		w.t.Errorf("%s has the focus out of view (%.0f to %.0f of %.0f px)", f, f.Top, f.Bottom, f.ViewH)
	}
}

// press presses Enter or Space on the focused element and waits for sel.
func (w keyWalker) press(k, waitSel string) focused {
	w.t.Helper()
	// The page in view is marked, so that what is waited for is on the
	// page the key leads to, not still on this one.
	if err := chromedp.Do(w.ctx,
		discard(chromedp.Evaluate[bool](`document.body.dataset.walked = "1"; true`)),
		chromedp.KeyEvent(k),
		chromedp.WaitReady(chromedp.CSS(`body:not([data-walked])`)),
		chromedp.WaitVisible(chromedp.CSS(waitSel))); err != nil {
		w.t.Fatalf("after %q, waiting for %s: %v", k, waitSel, err)
	}
	if overflows(w.ctx, w.t) {
		u, _ := chromedp.Run(w.ctx, chromedp.Location())
		w.t.Errorf("%s scrolls sideways at 360 px", u)
	}
	return w.focus()
}

// A learner, with the keyboard alone at 360 pixels: home, a course, a
// theme's quiz answered question by question (choice, several choices,
// true or false, a typed answer) with the focus on each feedback, the
// results, flashcards (show, rate, undo), progress, and settings down to
// deleting the data with its confirmation. After a rating the focus is on
// the next card, after an undo or a deletion on the message that says so.
func TestBrowserKeyboardLearner(t *testing.T) {
	ctx, cancel := browserContextFor(t, 120*time.Second)
	defer cancel()
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	base, stop := startServer(t, dbPath)
	defer stop()
	w := keyWalker{ctx, t}
	step := stepper(ctx, t)
	step("home", phone(), chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS(`[data-testid="course"]`)))
	w.tabTo(`a[href="/courses/china-russia"]`)
	f := w.press(kb.Enter, `button[name="theme"]`)
	// This theme's quiz asks every kind: one choice, several, true or
	// false, a typed answer and a matching question.
	w.tabTo(`button[name="theme"][value="beyond-the-two"]`)
	f = w.press(kb.Enter, `[data-testid="question"]`)
	kinds := map[string]bool{}
	for n := 1; n <= 12; n++ {
		f = w.focus()
		kind, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => { const i = document.querySelector('form.answer-form input:not([type=hidden]), form.answer-form select'); return i ? (i.tagName.toLowerCase() === 'select' ? 'select' : i.type) : '' })()`))
		kinds[kind] = true
		switch kind {
		case "radio":
			w.tabTo(`form.answer-form input[type=radio]`)
			w.key(kb.ArrowDown)
		case "checkbox":
			w.tabTo(`form.answer-form input[type=checkbox]`)
			w.key(" ")
		case "text":
			if !strings.Contains(f.Tag, "input") {
				w.tabTo(`form.answer-form input[type=text]`)
			}
			step("type", chromedp.KeyEvent("ten"))
		case "select":
			// Each item's list, in turn: Tab to it, an arrow key picks.
			w.tabTo(`form.answer-form select`)
			w.key(kb.ArrowDown)
			for i := 0; i < 10; i++ {
				left, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`[...document.querySelectorAll('form.answer-form select')].some(s => s.selectedIndex <= 0)`))
				if err != nil {
					t.Fatal(err)
				}
				if !left {
					break
				}
				w.tabTo(`form.answer-form select`)
				w.key(kb.ArrowDown)
			}
		default:
			t.Fatalf("question %d: answer input %q", n, kind)
		}
		w.tabTo(`[data-testid="submit"]`)
		if n == 1 {
			// Shift+Tab goes back to the answer, Tab forward to the button.
			if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab, chromedp.KeyModifiers(kb.ModifierShift))); err != nil {
				t.Fatal(err)
			}
			onAnswer, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement.matches('form.answer-form input:not([type=hidden]), form.answer-form select')`))
			if err != nil {
				t.Fatal(err)
			}
			if f := w.focus(); !onAnswer {
				t.Errorf("Shift+Tab from the answer button went to %s, not the answer", f)
			} else {
				w.visible(f)
			}
			w.tabTo(`[data-testid="submit"]`)
		}
		f = w.press(kb.Enter, `[data-testid="feedback"]`)
		if f.ID != "feedback" {
			t.Errorf("question %d: after answering, the focus is on %s, not the feedback", n, f)
		}
		w.visible(f)
		label := text(ctx, t, `#next`)
		w.tabTo(`#next`)
		if label == "See your results" {
			f = w.press(kb.Enter, `[data-testid="results"]`)
			break
		}
		w.press(kb.Enter, `[data-testid="question"]`)
	}
	for _, k := range []string{"radio", "checkbox", "text", "select"} {
		if !kinds[k] {
			t.Errorf("the quiz asked no question answered with a %s", k)
		}
	}
	w.tabTo(`.actions a[href="/courses/china-russia"]`)
	w.press(kb.Enter, `button[name="theme"]`)
	w.tabTo(`a[href="/courses/china-russia/review"]`)
	f = w.press(kb.Enter, `#show`)
	w.tabTo(`#show`)
	f = w.press(kb.Enter, `[data-testid="back"]`)
	w.visible(f)
	w.tabTo(`[data-testid="rate-3"]`)
	f = w.press(kb.Enter, `[data-testid="undo"]`)
	if f.TestID != "card" {
		t.Errorf("after rating a card, the focus is on %s, not the next card", f)
	}
	w.visible(f)
	w.tabTo(`[data-testid="undo"]`)
	f = w.press(kb.Enter, `[data-testid="flash"]`)
	if f.TestID != "flash" {
		t.Errorf("after undoing a rating, the focus is on %s, not the message", f)
	}
	w.visible(f)
	w.tabTo(`a[href="/progress"]`)
	f = w.press(kb.Enter, `h1`)
	w.tabTo(`a[href="/settings"]`)
	f = w.press(kb.Enter, `[data-testid="download-data"]`)
	w.tabTo(`[data-testid="download-data"]`)
	w.tabTo(`[data-testid="delete-data"]`)
	f = w.press(kb.Enter, `[data-testid="confirm-delete"]`)
	w.tabTo(`[data-testid="confirm-delete"]`)
	f = w.press(kb.Enter, `[data-testid="flash"]`)
	if f.TestID != "flash" {
		t.Errorf("after deleting the data, the focus is on %s, not the message", f)
	}
	w.visible(f)
}

// An instructor, with the keyboard alone at 360 pixels: signs in, pastes
// an article into New course, takes the proposed themes, accepts, rejects
// and edits drafts in a theme's queue, asks for more drafts, accepts the
// rest, publishes the course, makes a class and reads its join code, and
// chooses what the statistics count. After each form the focus is on the
// page's message or on the next draft.
func TestBrowserKeyboardInstructor(t *testing.T) {
	ctx, cancel := browserContextFor(t, 240*time.Second)
	defer cancel()
	article, err := os.ReadFile("../../../shared/eval/generation/howto.txt")
	if err != nil {
		t.Skipf("the development article is not there: %v", err)
	}
	dbPath := filepath.Join(t.TempDir(), "lectern.db")
	addAccount(t, dbPath, "teacher@school.example", "instructor", "teach the article")
	base, stop := startServer(t, dbPath)
	defer stop()
	w := keyWalker{ctx, t}
	step := stepper(ctx, t)
	typeIn := func(s string) { step("type", chromedp.KeyEvent(s)) }
	step("login", phone(), chromedp.Navigate(base+"/login"), chromedp.WaitVisible(chromedp.CSS(`#email`)))
	w.tabTo(`#email`)
	typeIn("teacher@school.example")
	w.tabTo(`#password`)
	typeIn("teach the article")
	f := w.press(kb.Enter, `a[href="/teach/courses/new"]`)
	w.tabTo(`a[href="/teach/courses/new"]`)
	f = w.press(kb.Enter, `#article`)
	w.tabTo(`#title`)
	typeIn("How to")
	w.tabTo(`#article`)
	step("paste", chromedp.SetValue(chromedp.CSS(`#article`), string(article)))
	w.tabTo(`[data-testid="create"]`)
	f = w.press(kb.Enter, `[data-testid="proposed"]`)
	if f.TestID != "proposed" {
		t.Errorf("the new course's proposed themes open with the focus on %s, not the message", f)
	}
	w.tabTo(`[data-testid="create"]`)
	f = w.press(kb.Enter, `[data-testid="draft-themes"]`)
	if f.TestID != "flash" {
		t.Errorf("the drafts overview opens with the focus on %s, not the message", f)
	}
	w.tabTo(`[data-testid="draft-theme"] th a`)
	f = w.press(kb.Enter, `[data-testid="drafts"]`)
	w.tabTo(`[data-action="accept"]`)
	f = w.press(kb.Enter, `[data-testid="drafts"]`)
	if f.Tag != "li" {
		t.Errorf("after accepting a draft the focus is on %s, not the next draft", f)
	}
	w.tabTo(`[data-action="reject"]`)
	f = w.press(kb.Enter, `[data-testid="drafts"]`)
	if f.Tag != "li" {
		t.Errorf("after rejecting a draft the focus is on %s, not the next draft", f)
	}
	w.tabTo(`[data-action="edit"]`)
	f = w.press(kb.Enter, `[data-testid="save"]`)
	w.tabTo(`[data-testid="save"]`)
	f = w.press(kb.Enter, `[data-testid="drafts"], [data-testid="queue-empty"]`)
	if f.Tag != "li" {
		t.Errorf("after saving an edited draft the focus is on %s, not the next draft", f)
	}
	more, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`!!document.querySelector('[data-testid="more-drafts"]')`))
	if more {
		w.tabTo(`[data-testid="more-drafts"]`)
		f = w.press(kb.Enter, `[data-testid="drafts"]`)
	}
	w.tabTo(`[data-testid="accept-all"]`)
	f = w.press(kb.Enter, `[data-testid="confirm-button"]`)
	w.tabTo(`[data-testid="confirm-button"]`)
	f = w.press(kb.Enter, `[data-testid="queue-empty"]`)
	if f.TestID != "flash" {
		t.Errorf("after accepting every draft the focus is on %s, not the message", f)
	}
	w.tabTo(`.crumbs a[href^="/teach/courses/"]`)
	f = w.press(kb.Enter, `[data-testid="sets"]`)
	w.tabTo(`a[href$="/settings"]:not([href="/settings"])`)
	f = w.press(kb.Enter, `[data-testid="publishing"]`)
	w.tabTo(`[data-testid="publish-course"]`)
	f = w.press(kb.Enter, `[data-testid="unpublish-course"]`)
	if f.TestID != "flash" {
		t.Errorf("after publishing the focus is on %s, not the message", f)
	}
	w.tabTo(`#class_name`)
	typeIn("Year 10")
	w.tabTo(`[data-testid="create-class"]`)
	f = w.press(kb.Enter, `main`)
	if f.TestID != "flash" {
		t.Errorf("the new class's page opens with the focus on %s, not the message", f)
	}
	if code := text(ctx, t, `[data-testid="code"]`); len(code) < 4 {
		t.Errorf("the class's join code reads %q", code)
	}
	// Every control of the class's page takes the focus visibly, the
	// assignment's date field too.
	w.tabTo(`[data-testid="delete-class"]`)
	w.tabTo(`.crumbs a[href="/teach"]`)
	w.press(kb.Enter, `a[href="/teach/courses/how-to"]`)
	w.tabTo(`a[href="/teach/courses/how-to"]`)
	w.press(kb.Enter, `[data-testid="sets"]`)
	w.tabTo(`a[href$="/statistics"]`)
	f = w.press(kb.Enter, `#attempts`)
	w.tabTo(`#attempts`)
	w.key(kb.ArrowDown)
	w.tabTo(`.stats-filter button`)
	f = w.press(kb.Enter, `#attempts`)
}
