package main

import (
	"context"
	"fmt"
	"image/color"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/store"
)

// An instructor on a phone writes a question whose right option shows a
// flag, uploading it in the editor with its alt text; a learner then takes
// the theme's quiz on a 360-pixel-wide phone and sees the flag beside the
// option, loaded, with its alt text, no wider than the page, before and
// after answering.
func TestBrowserOptionImageWrittenAndSeen(t *testing.T) {
	ctx, cancel := browserContextFor(t, 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "lectern.db")
	addAccount(t, dbPath, "new@school.example", "instructor", "a new teacher's words")
	rc := publishedRivers(t, dbPath, "new@school.example")
	s, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	sets, err := s.ListSets(context.Background(), rc.ID)
	s.Close()
	if err != nil || len(sets) == 0 {
		t.Fatal(err)
	}
	var setID int64
	for _, st := range sets {
		if st.Status == quiz.SetPublished && setID == 0 {
			if th, ok := rc.ThemeByID(st.ThemeID); ok && th.Slug == "danube" {
				setID = st.ID
			}
		}
	}
	if setID == 0 {
		t.Fatal("no published danube set")
	}
	flag := ankitest.PNG(t, 900, 600, color.RGBA{200, 16, 46, 255}) // wider than a phone
	flagPath := writeFile(t, dir, "austria.png", string(flag))

	base, stop := startServer(t, dbPath)
	defer stop()
	step := stepper(ctx, t)
	step("sign in", phone(), signInForm(base, "new@school.example", "a new teacher's words"))
	step("write the question",
		chromedp.Navigate(fmt.Sprintf("%s/teach/sets/%d/questions/new", base, setID)),
		chromedp.WaitVisible(chromedp.CSS(`#prompt`)),
		chromedp.SendKeys(chromedp.CSS(`#prompt`), "Which flag flies over Vienna?"),
		chromedp.SendKeys(chromedp.CSS(`#opt-text-0`), "Austria's"),
		chromedp.SendKeys(chromedp.CSS(`#opt-text-1`), "Hungary's"),
		chromedp.Click(chromedp.CSS(`input[name="correct"][value="0"]`)),
		chromedp.Click(chromedp.CSS(`[data-testid="option-image-field"] summary`)),
		chromedp.WaitVisible(chromedp.CSS(`#opt-image-0`)),
		chromedp.SetUploadFiles(chromedp.CSS(`#opt-image-0`), []string{flagPath}),
		chromedp.SendKeys(chromedp.CSS(`#opt-image-alt-0`), "Red, white and red stripes"),
		chromedp.SendKeys(chromedp.CSS(`#explanation`), "Vienna is Austria's capital."),
		chromedp.Click(chromedp.CSS(`input[name="par"][value="1"]`)),
	)
	if overflows(ctx, t) {
		t.Error("the editor scrolls sideways at 360 pixels")
	}
	step("save",
		chromedp.Click(chromedp.CSS(`[data-testid="save"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="flash"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="set-questions"] [data-testid="option-image"]`)),
		signOut(),
	)

	// optionImage reports the alt text of the option's image, whether it
	// loaded, and whether it fits inside its option.
	optionImage := func() (string, bool, bool) {
		t.Helper()
		res, err := chromedp.Run(ctx, chromedp.Evaluate[[]any](`(() => {
			const i = document.querySelector('.choice [data-testid="option-image"]');
			if (!i) return ["", false, false];
			const box = i.closest('.choice').getBoundingClientRect(), r = i.getBoundingClientRect();
			return [i.alt, i.complete && i.naturalWidth > 0, r.width > 0 && r.right <= box.right && r.width <= window.innerWidth];
		})()`))
		if err != nil || len(res) != 3 {
			t.Fatalf("option image: %v", err)
		}
		alt, _ := res[0].(string)
		loaded, _ := res[1].(bool)
		fits, _ := res[2].(bool)
		return alt, loaded, fits
	}
	step("start the danube quiz",
		chromedp.Navigate(base+"/courses/rivers"),
		chromedp.Click(chromedp.CSS(`button[name="theme"][value="danube"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="question"]`)),
	)
	seen := answerAnything(ctx, t,
		func(prompt string) bool { return prompt == "Which flag flies over Vienna?" },
		func() {
			step("wait for the flag", chromedp.WaitVisible(chromedp.CSS(`.choice [data-testid="option-image"]`)))
			if alt, loaded, fits := optionImage(); alt != "Red, white and red stripes" || !loaded || !fits {
				t.Errorf("the option's flag: alt %q, loaded %v, fits %v", alt, loaded, fits)
			}
			if n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('.choice.right, .mark').length`)); err != nil || n != 0 {
				t.Errorf("the question marks an answer before answering (%d, %v)", n, err)
			}
			shot(ctx, t, "option-with-image")
			if overflows(ctx, t) {
				t.Error("the question with its flag scrolls sideways at 360 pixels")
			}
		},
		func() {
			if alt, loaded, fits := optionImage(); alt != "Red, white and red stripes" || !loaded || !fits {
				t.Errorf("after answering, the option's flag: alt %q, loaded %v, fits %v", alt, loaded, fits)
			}
		})
	if !seen {
		t.Error("the danube quiz never asked the question with the flag")
	}
}
