package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// TestMoreDrafts: the queue shows only the drafts the ranker proposes;
// "More drafts" brings the best of those held back into it, a few at a
// time, without touching the decisions taken; Accept all takes only what
// is shown; drafting again never brings back what was decided.
func TestMoreDrafts(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	// One theme for the whole article: more candidates than a theme
	// proposes, so that some are held back. The headline is the title and
	// not a paragraph: nine remain.
	p := b.post("/teach/courses/new", url.Values{"title": {"Valmora rail link"}, "slug": {"valmora"}, "article": {newsArticle(t)},
		"themes": {"1-9 The rail link"}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusSeeOther)
	over := b.get(p.header.Get("Location"))
	wantStatus(t, over, http.StatusOK)
	ctx := context.Background()
	c, err := a.db.FindCourse(ctx, "valmora")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Themes) != 1 {
		t.Fatalf("%d themes, want 1", len(c.Themes))
	}
	theme := c.Themes[0]
	heldShown, _ := strconv.Atoi(over.doc.Find(`[data-testid="draft-theme"] [data-testid="held"]`).Text())
	if heldShown < 5 {
		t.Fatalf("the theme holds back %d drafts; need 5 or more", heldShown)
	}
	if got := over.doc.Find(".flash").Text(); !strings.Contains(got, strconv.Itoa(heldShown)+" more were held back") {
		t.Errorf("the overview says %q, not that %d were held back", got, heldShown)
	}
	// The note on what was held back belongs to the drafting's message
	// alone: another message on the same page (publishing) comes without it.
	pub := b.post("/teach/courses/valmora/status", url.Values{"status": {"published"}, "back": {"/teach/courses/valmora/drafts"}})
	wantStatus(t, pub, http.StatusSeeOther)
	if got := strings.TrimSpace(b.get(pub.header.Get("Location")).doc.Find(".flash").Text()); got != "The course is published: learners see it now." {
		t.Errorf("after publishing, the overview says %q", got)
	}
	path := "/teach/courses/valmora/drafts/" + theme.Slug

	split := func() (shown, held []quiz.Draft) {
		t.Helper()
		all, err := a.db.ListDrafts(ctx, theme.ID, quiz.DraftPending)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range all {
			if d.Held {
				held = append(held, d)
			} else {
				shown = append(shown, d)
			}
		}
		sort.SliceStable(held, func(i, j int) bool { return held[i].Score > held[j].Score })
		return shown, held
	}
	ids := func(ds []quiz.Draft) map[string]bool {
		m := map[string]bool{}
		for _, d := range ds {
			m[strconv.FormatInt(d.ID, 10)] = true
		}
		return m
	}
	checkQueue := func(when, url string) (page, []queuedDraft, []quiz.Draft) {
		t.Helper()
		p, ds := queue(t, b, url)
		shown, held := split()
		want := ids(shown)
		if len(ds) != len(shown) {
			t.Errorf("%s: the queue shows %d drafts, want the %d not held back", when, len(ds), len(shown))
		}
		for _, d := range ds {
			if !want[d.id] {
				t.Errorf("%s: the queue shows draft %s, which is held back", when, d.id)
			}
		}
		btn := p.doc.Find(`[data-testid="more-drafts"]`)
		if len(held) == 0 {
			if btn.Length() != 0 {
				t.Errorf("%s: More drafts offered with nothing held back", when)
			}
		} else if got, want := strings.TrimSpace(btn.Text()), "More drafts ("+strconv.Itoa(len(held))+")"; got != want {
			t.Errorf("%s: the button reads %q, want %q", when, got, want)
		}
		return p, ds, held
	}

	p, ds, held := checkQueue("first", path)
	if len(ds) < 4 {
		t.Fatalf("the theme proposes %d drafts, want at least 4", len(ds))
	}
	if len(held) != heldShown {
		t.Errorf("the overview counts %d held back, the store %d", heldShown, len(held))
	}
	// The form posts without script, and names what it does.
	form := p.doc.Find(`form[data-testid="more-drafts-form"]`)
	if m, _ := form.Attr("method"); m != "post" {
		t.Errorf("More drafts is a %q form", m)
	}
	if d, _ := form.Find("button").Attr("aria-describedby"); d == "" || p.doc.Find("#"+d).Length() != 1 {
		t.Errorf("More drafts is described by %q, which is not on the page", d)
	}

	// Decide two drafts, then ask for more.
	accepted, rejected := ds[0].id, ds[1].id
	wantStatus(t, b.post("/teach/drafts/"+accepted+"/accept", nil), http.StatusSeeOther)
	wantStatus(t, b.post("/teach/drafts/"+rejected+"/reject", nil), http.StatusSeeOther)
	before := ids(nil)
	for _, d := range ds[2:] {
		before[d.id] = true
	}
	next := ids(held[:4])
	r := b.post(path+"/more", url.Values{})
	wantStatus(t, r, http.StatusSeeOther)
	if loc := r.header.Get("Location"); loc != path+"#queue" {
		t.Errorf("More drafts went to %q", loc)
	}
	p, ds, held2 := checkQueue("after More drafts", path)
	if got := p.doc.Find(".flash").Text(); !strings.Contains(got, "Brought 4 more drafts into the queue.") {
		t.Errorf("after More drafts the page says %q", got)
	}
	if len(held2) != len(held)-4 {
		t.Errorf("%d held back after More drafts, want %d", len(held2), len(held)-4)
	}
	for _, d := range ds {
		if !before[d.id] && !next[d.id] {
			t.Errorf("More drafts brought draft %s, not among the four best held back", d.id)
		}
		delete(next, d.id)
		if d.id == accepted || d.id == rejected {
			t.Errorf("draft %s, decided, is back in the queue", d.id)
		}
	}
	if len(next) != 0 {
		t.Errorf("More drafts left the best held-back drafts %v out of the queue", next)
	}
	sum := p.doc.Find(`[data-testid="queue-summary"]`)
	if a, _ := sum.Attr("data-accepted"); a != "1" {
		t.Errorf("accepted after More drafts: %s, want 1", a)
	}
	if r, _ := sum.Attr("data-rejected"); r != "1" {
		t.Errorf("rejected after More drafts: %s, want 1", r)
	}

	// Accept all takes the drafts shown, not those still held back.
	shown, _ := split()
	wantStatus(t, b.post(path+"/bulk", url.Values{"action": {"accept-all"}}), http.StatusSeeOther)
	_, ds, held3 := checkQueue("after Accept all", path)
	if len(ds) != 0 || len(held3) != len(held2) {
		t.Errorf("after Accept all: %d shown, %d held back; want 0 and %d", len(ds), len(held3), len(held2))
	}
	all, err := a.db.ListDrafts(ctx, theme.ID, quiz.DraftAccepted)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(shown)+1 {
		t.Errorf("%d accepted, want the %d shown and the first", len(all), len(shown)+1)
	}

	// Drafting the theme again replaces what waits, held back or not, and
	// proposes nothing decided.
	decided := map[string]bool{}
	for _, st := range []string{quiz.DraftAccepted, quiz.DraftRejected} {
		ds, err := a.db.ListDrafts(ctx, theme.ID, st)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range ds {
			decided[d.Sentence+"|"+strings.ToLower(d.Answer)] = true
		}
	}
	wantStatus(t, b.post("/teach/courses/valmora/drafts/generate", url.Values{"theme": {theme.Slug}}), http.StatusSeeOther)
	again, err := a.db.ListDrafts(ctx, theme.ID, quiz.DraftPending)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range again {
		if decided[d.Sentence+"|"+strings.ToLower(d.Answer)] {
			t.Errorf("drafting again proposed %q from %q again (held back: %v)", d.Answer, d.Sentence, d.Held)
		}
	}
	n, err := a.db.ListDrafts(ctx, theme.ID, quiz.DraftAccepted)
	if err != nil {
		t.Fatal(err)
	}
	if len(n) != len(all) {
		t.Errorf("drafting again changed the accepted drafts: %d, want %d", len(n), len(all))
	}
}
