package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// mapLevel returns the shade and figure of paragraph n on the map.
func mapLevel(t *testing.T, p page, n string) (level, figure string) {
	t.Helper()
	s := p.doc.Find(`[data-testid="map-paragraph"]#p-` + n)
	if s.Length() != 1 {
		t.Fatalf("no paragraph %s on the map", n)
	}
	return s.AttrOr("data-level", ""), strings.TrimSpace(s.Find(`[data-testid="map-figure"]`).Text())
}

// The map shades each paragraph by what the learner knows of the items
// citing it, says it in words, and offers a short quiz on each paragraph
// drawn from the questions citing it.
func TestArticleMap(t *testing.T) {
	clk := &clock{t: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}
	a := newApp(t, withClock(clk))
	b := a.browser()

	// A visitor: every paragraph unstudied, nothing stored.
	p := b.get("/courses/rivers/map")
	wantStatus(t, p, http.StatusOK)
	if c := p.header.Get("Set-Cookie"); c != "" {
		t.Errorf("viewing the map set a cookie: %s", c)
	}
	for _, n := range []string{"1", "2", "3"} {
		if lv, fig := mapLevel(t, p, n); lv != "unstudied" || !strings.HasPrefix(fig, "Not studied yet") {
			t.Errorf("visitor, paragraph %s: %s %q", n, lv, fig)
		}
	}
	if n := countUsers(t, a); n != 0 {
		t.Errorf("%d users after viewing the map", n)
	}
	if b.get("/courses/rivers").doc.Find(`a[href="/courses/rivers/map"]`).Length() == 0 {
		t.Error("the course page does not link to the map")
	}

	// All three danube questions (citing paragraph 1) answered right.
	at := b.startQuiz("danube")
	for n := 1; n <= 3; n++ {
		q := b.get(at + "/q/" + itoaT(n))
		wantStatus(t, b.post(at+"/q/"+itoaT(n), answerForm(t, q, true)), http.StatusSeeOther)
	}
	p = b.get("/courses/rivers/map")
	if lv, fig := mapLevel(t, p, "1"); lv != "high" || fig != "Known 100%: 3 of 3 questions right the last time." {
		t.Errorf("paragraph 1 after three right: %s %q", lv, fig)
	}
	if lv, _ := mapLevel(t, p, "2"); lv != "unstudied" {
		t.Errorf("paragraph 2 before study: %s", lv)
	}

	// Paragraph 2's practice quiz asks the two questions citing it.
	r := b.post("/courses/rivers/quiz", url.Values{"paragraph": {"2"}})
	wantStatus(t, r, http.StatusSeeOther)
	loc := strings.TrimSuffix(r.header.Get("Location"), "/q/1")
	att, err := a.db.FindAttempt(context.Background(), strings.TrimPrefix(loc, "/attempts/"))
	if err != nil {
		t.Fatal(err)
	}
	if len(att.Items) != 2 {
		t.Fatalf("paragraph 2 quiz has %d questions, want 2", len(att.Items))
	}
	for _, it := range att.Items {
		if !strings.HasPrefix(it.Question.Question.ID, "rhine-") {
			t.Errorf("paragraph 2 quiz asks %s", it.Question.Question.ID)
		}
	}
	q := b.get(loc + "/q/1")
	b.post(loc+"/q/1", answerForm(t, q, false))
	p = b.get("/courses/rivers/map")
	if lv, fig := mapLevel(t, p, "2"); lv != "low" || !strings.Contains(fig, "0 of 1 question right") || !strings.Contains(fig, "1 not answered yet") {
		t.Errorf("paragraph 2 after a miss: %s %q", lv, fig)
	}

	// A reviewed card not yet due adds its recall probability (Easy
	// puts it days away).
	id, _ := b.frontCard("")
	wantStatus(t, b.rate(id, 4, 0), http.StatusSeeOther)
	clk.add(30 * time.Minute)
	p = b.get("/courses/rivers/map")
	found := false
	for _, n := range []string{"1", "2", "3"} {
		if _, fig := mapLevel(t, p, n); strings.Contains(fig, "1 card reviewed and not yet due, ") {
			found = true
		}
	}
	if !found {
		t.Errorf("no paragraph counts the reviewed card: %s", p.doc.Find(`[data-testid="article-map"]`).Text())
	}

	// A paragraph that does not exist is refused, nothing started.
	for _, v := range []string{"99", "abc", "-1"} {
		if r := b.post("/courses/rivers/quiz", url.Values{"paragraph": {v}}); r.status != http.StatusNotFound {
			t.Errorf("paragraph %q: status %d, want 404", v, r.status)
		}
	}
}

// Each "Practise this paragraph" button names its paragraph to a screen
// reader as a phrase, "Practise this paragraph 2", not "paragraph(2)".
func TestArticleMapPracticeButtonsNameTheirParagraph(t *testing.T) {
	a := newApp(t)
	p := a.browser().get("/courses/rivers/map")
	wantStatus(t, p, http.StatusOK)
	buttons := p.doc.Find(`[data-testid="map-practice"]`)
	if buttons.Length() == 0 {
		t.Fatal("the map offers no practice")
	}
	buttons.Each(func(i int, s *goquery.Selection) {
		n := s.Closest("form").Find(`input[name="paragraph"]`).AttrOr("value", "?")
		if got, want := s.Text(), "Practise this paragraph "+n; got != want {
			t.Errorf("practice button %d is named %q, want %q", i, got, want)
		}
	})
}
