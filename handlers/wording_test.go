package handlers_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/quiztest"
)

// missOneOfDanube takes the Danube quiz, missing its second question, and
// returns the attempt's path.
func missOneOfDanube(t *testing.T, b *browser) string {
	t.Helper()
	att := b.startQuiz("danube")
	for n := 1; n <= 3; n++ {
		path := att + "/q/" + itoaT(n)
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		wantStatus(t, b.post(path, answerForm(t, p, n != 2)), http.StatusSeeOther)
	}
	return att
}

func TestPercentagesRoundHalfUp(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := missOneOfDanube(t, b)
	res := b.get(att + "/results")
	wantStatus(t, res, http.StatusOK)
	if got := strings.Join(strings.Fields(res.doc.Find(`[data-testid="score"]`).Text()), " "); got != "2 of 3 right (67%)" {
		t.Errorf("score %q, want 2 of 3 right (67%%)", got)
	}
	course := b.get("/courses/rivers")
	wantStatus(t, course, http.StatusOK)
	theme := course.doc.Find(`[data-testid="theme"]`).First()
	if got := theme.Find(".pct").Text(); got != "67%" {
		t.Errorf("Danube mastery %q, want 67%%", got)
	}
}

func TestOneCardDueIsSingular(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	missOneOfDanube(t, b)
	course := b.get("/courses/rivers")
	wantStatus(t, course, http.StatusOK)
	if got := course.doc.Find(`[data-testid="theme-due"]`).Text(); got != "1 card due" {
		t.Errorf("theme says %q, want 1 card due", got)
	}
}

func TestMissedCardIsTaggedMissedNotNew(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	missOneOfDanube(t, b)
	id, p := b.frontCard("?theme=danube")
	if id == 0 {
		t.Fatalf("no card to review: %.500s", p.body)
	}
	if got := p.doc.Find(`[data-testid="counts"]`).Text(); !strings.HasPrefix(got, "1 card due") {
		t.Errorf("counts %q, want 1 card due first", got)
	}
	tags := p.doc.Find(`[data-testid="card"] .tags`).Text()
	if !strings.Contains(tags, "Missed in a quiz") || strings.Contains(tags, "New") {
		t.Errorf("the missed card is tagged %q, want Missed in a quiz", strings.Join(strings.Fields(tags), " "))
	}
}

func TestDoneDeckDoesNotSayANextCardIsDueNow(t *testing.T) {
	clk := &clock{time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()
	missOneOfDanube(t, b) // a Danube card is due now
	var done page
	for range 30 {
		id, p := b.frontCard("?theme=rhine-and-borders")
		if id == 0 {
			done = p
			break
		}
		wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	}
	if done.doc == nil || done.doc.Find(`[data-testid="review-done"]`).Length() != 1 {
		t.Fatal("the Rhine deck never ran out")
	}
	heading := done.doc.Find("h1").Text()
	if next := done.doc.Find(`[data-testid="next-due"]`).Text(); strings.Contains(next, "now") {
		t.Errorf("%q beside %q", heading, next)
	}
	if done.doc.Find(`[data-testid="due-elsewhere"] a[href="/courses/rivers/review"]`).Length() != 1 {
		t.Error("no link to the cards due in the other themes")
	}
}

func TestThemeWithoutSummaryShowsNoInShort(t *testing.T) {
	a := newApp(t)
	c := quiztest.Course()
	c.Course.Slug, c.Course.Title = "rivers-bare", "Bare rivers"
	for i := range c.Themes {
		c.Themes[i].Summary = ""
	}
	for i := range c.Questions {
		c.Questions[i].ID += "-bare"
	}
	for i := range c.Cards {
		c.Cards[i].ID += "-bare"
	}
	if _, err := a.db.ImportCourse(context.Background(), c, 0); err != nil {
		t.Fatal(err)
	}
	b := a.browser()
	for _, path := range []string{"/courses/rivers-bare/read", "/courses/rivers-bare/themes/danube", "/courses/rivers-bare"} {
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		if strings.Contains(p.body, "In short:") {
			t.Errorf("%s shows an empty In short:", path)
		}
		if n := p.doc.Find(".summary").FilterFunction(func(_ int, s *goquery.Selection) bool {
			return strings.TrimSpace(s.Text()) == ""
		}).Length(); n > 0 {
			t.Errorf("%s shows %d empty summaries", path, n)
		}
	}
}

func TestPagesListTheirKeyboardShortcuts(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := b.startQuiz("danube")
	choices := 0
	for n := 1; n <= 3; n++ {
		p := b.get(att + "/q/" + itoaT(n))
		wantStatus(t, p, http.StatusOK)
		if p.doc.Find(`.choices input`).Length() == 0 {
			continue
		}
		choices++
		if got := p.doc.Find(`details.shortcuts`).Text(); !strings.Contains(got, "choose an option") {
			t.Errorf("question %d lists the shortcuts %q", n, got)
		}
	}
	if choices == 0 {
		t.Fatal("no choice question in the quiz")
	}
	p := b.get(att + "/q/1")
	wantStatus(t, b.post(att+"/q/1", answerForm(t, p, true)), http.StatusSeeOther)
	fb := b.get(att + "/q/1")
	if got := strings.Join(strings.Fields(fb.doc.Find(`details.shortcuts`).Text()), " "); !strings.Contains(got, "Enter or N: go on") {
		t.Errorf("the feedback lists the shortcuts %q", got)
	}
	_, card := b.frontCard("")
	got := strings.Join(strings.Fields(card.doc.Find(`details.shortcuts`).Text()), " ")
	if !strings.Contains(got, "Space: show the answer") || !strings.Contains(got, "1 to 4: rate it") {
		t.Errorf("the flashcard lists the shortcuts %q", got)
	}
}

// headingsSkip returns the first heading that comes more than one level
// under the one before it, or "".
func headingsSkip(p page) string {
	prev, skip := 0, ""
	p.doc.Find("h1, h2, h3, h4, h5, h6").Each(func(_ int, s *goquery.Selection) {
		level := int(goquery.NodeName(s)[1] - '0')
		if skip == "" && level > prev+1 {
			skip = goquery.NodeName(s) + " " + strings.TrimSpace(s.Text())
		}
		prev = level
	})
	return skip
}

func TestHeadingsGoDownOneLevelAtATime(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := missOneOfDanube(t, b) // resume and due links on the course page
	b.startQuiz("rhine-and-borders")
	for _, path := range []string{"/", "/courses/rivers", "/courses/rivers/read", "/courses/rivers/themes/danube", att + "/q/1", att + "/results"} {
		p := b.get(path)
		wantStatus(t, p, http.StatusOK)
		if p.doc.Find("h1").Length() != 1 {
			t.Errorf("%s has %d h1", path, p.doc.Find("h1").Length())
		}
		if skip := headingsSkip(p); skip != "" {
			t.Errorf("%s skips a heading level at %q", path, skip)
		}
	}
}

func TestQuestionPromptIsThePageHeading(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	att := b.startQuiz("danube")
	p := b.get(att + "/q/1")
	wantStatus(t, p, http.StatusOK)
	qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
	want := questions[qid].Prompt
	if got := strings.TrimSpace(p.doc.Find("legend h1#prompt").Text()); got != want {
		t.Errorf("question page h1 %q, want the prompt %q", got, want)
	}
	wantStatus(t, b.post(att+"/q/1", answerForm(t, p, false)), http.StatusSeeOther)
	fb := b.get(att + "/q/1")
	if got := strings.TrimSpace(fb.doc.Find("h1").Text()); got != want {
		t.Errorf("feedback page h1 %q, want the prompt %q", got, want)
	}
	if skip := headingsSkip(fb); skip != "" {
		t.Errorf("the feedback skips a heading level at %q", skip)
	}
}

func TestStartQuizButtonNameBeginsWithItsWords(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	p := b.get("/courses/rivers")
	wantStatus(t, p, http.StatusOK)
	btn := p.doc.Find(`button[name="theme"][value="danube"]`)
	if label, ok := btn.Attr("aria-label"); ok {
		t.Errorf("the button is named %q, not by its words", label)
	}
	if got := strings.Join(strings.Fields(btn.Text()), " "); got != "Start quiz: The Danube" {
		t.Errorf("the button's name is %q, want Start quiz: The Danube", got)
	}
	if got := strings.TrimSpace(btn.Find(".visually-hidden").Text()); got != ": The Danube" {
		t.Errorf("the hidden part is %q", got)
	}
}

func TestSetPageNamesWhichQuestionEachControlActsOn(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	b.signIn("teacher@example.org", "teacher passphrase")
	c, err := a.db.FindCourse(context.Background(), "rivers")
	if err != nil {
		t.Fatal(err)
	}
	page := b.get("/teach/courses/rivers")
	wantStatus(t, page, http.StatusOK)
	href, _ := page.doc.Find(`[data-testid="set-row"] a[href^="/teach/sets/"]`).First().Attr("href")
	if href == "" {
		t.Fatalf("no set listed for %s", c.Title)
	}
	set := b.get(href)
	wantStatus(t, set, http.StatusOK)
	rows := set.doc.Find(`[data-testid="set-questions"] > li`)
	if rows.Length() < 2 {
		t.Fatalf("%d questions on the set page", rows.Length())
	}
	rows.Each(func(i int, row *goquery.Selection) {
		want := "question " + itoaT(i+1)
		name := func(s *goquery.Selection) string {
			if l, ok := s.Attr("aria-label"); ok {
				return l
			}
			return strings.Join(strings.Fields(s.Text()), " ")
		}
		if got := name(row.Find(`[data-testid="edit"]`)); got != "Edit "+want {
			t.Errorf("row %d: the edit link is named %q, want Edit %s", i+1, got, want)
		}
		if got := name(row.Find(`[data-testid="remove"]`)); got != "Remove "+want {
			t.Errorf("row %d: the remove button is named %q, want Remove %s", i+1, got, want)
		}
		if got := name(row.Find(`.move button[value="up"]`)); got != "Move "+want+" up" {
			t.Errorf("row %d: the up button is named %q", i+1, got)
		}
	})
}

func TestSetSettingsCountAgrees(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase")
	b := a.browser()
	b.signIn("teacher@example.org", "teacher passphrase")
	up := b.upload("/teach/courses/rivers/import", "one.gift", []byte("::rhine-sea:: The Rhine reaches the North Sea. {T}\n"),
		map[string]string{"theme": "rhine-and-borders", "title": "One question"})
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	page := b.get("/teach/courses/rivers")
	var href string
	page.doc.Find(`[data-testid="set-row"]`).Each(func(_ int, s *goquery.Selection) {
		if strings.Contains(s.Text(), "One question") {
			href, _ = s.Find(`a[href^="/teach/sets/"]`).First().Attr("href")
		}
	})
	if href == "" {
		t.Fatal("the imported set is not listed")
	}
	settings := b.get(href + "/settings")
	wantStatus(t, settings, http.StatusOK)
	if strings.Contains(settings.body, "1 questions") || !strings.Contains(settings.body, "1 question now") {
		t.Errorf("the settings say %q", strings.Join(strings.Fields(settings.doc.Find(".hint").Text()), " "))
	}
}
