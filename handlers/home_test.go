package handlers_test

import (
	"net/http"
	"strings"
	"testing"
)

// homeCard returns the home page's card of the course.
func homeCard(t *testing.T, b *browser) (kind, text, label, href string) {
	t.Helper()
	home := b.get("/")
	wantStatus(t, home, http.StatusOK)
	if n := home.doc.Find(`[data-testid="theme"]`).Length(); n != 0 {
		t.Errorf("the home page lists %d themes; they belong on the course page", n)
	}
	card := home.doc.Find(`[data-testid="course"]`)
	if card.Length() != 1 {
		t.Fatalf("%d course cards, want 1", card.Length())
	}
	if href, _ := card.Find(`[data-testid="course-link"]`).Attr("href"); href != "/courses/rivers" {
		t.Errorf("the card links to %q, want the course page", href)
	}
	next := card.Find(`[data-testid="next-step"]`)
	kind, _ = next.Attr("data-kind")
	btn := card.Find(`.actions .button`).First()
	href, _ = btn.Attr("href")
	if v, ok := card.Find(`.actions form input[name="theme"]`).Attr("value"); ok {
		href = "quiz:" + v
	}
	return kind, strings.TrimSpace(next.Text()), strings.TrimSpace(btn.Text()), href
}

// The home page shows each course as a card with the learner's next step
// in it: start, finish the quiz begun, review the cards due, practise the
// weakest theme.
func TestHomeCardOffersTheNextStep(t *testing.T) {
	a := newApp(t)
	b := a.browser()
	kind, text, label, href := homeCard(t, b)
	if kind != "read" || label != "Start the course" || href != "/courses/rivers/themes/danube" || !strings.Contains(text, "The Danube") {
		t.Errorf("a visitor's card: %s %q, button %q to %s; want to start with the Danube", kind, text, label, href)
	}
	att := b.startQuiz("danube")
	p := b.get(att + "/q/1")
	wantStatus(t, b.post(att+"/q/1", answerForm(t, p, false)), http.StatusSeeOther)
	if kind, _, label, href = homeCard(t, b); kind != "attempt" || href != att || label != "Finish the quiz" {
		t.Errorf("with a quiz begun: %s, button %q to %s; want to finish %s", kind, label, href, att)
	}
	for n := 2; n <= 3; n++ {
		path := att + "/q/" + itoaT(n)
		p := b.get(path)
		wantStatus(t, b.post(path, answerForm(t, p, true)), http.StatusSeeOther)
	}
	if kind, _, label, href = homeCard(t, b); kind != "cards" || label != "Review 1 card" || href != "/courses/rivers/review" {
		t.Errorf("with a missed question due: %s, button %q to %s; want to review 1 card", kind, label, href)
	}
	if got := b.get("/").doc.Find(`[data-testid="due-count"]`).Text(); got != "1 card due" {
		t.Errorf("the card counts %q, want 1 card due", got)
	}
}
