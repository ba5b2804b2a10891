package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
	"github.com/lectern/lectern/internal/quiz"
)

// newsArticle is an article the generator was never tuned on by hand in
// these tests: a news report kept with the generator's test texts.
func newsArticle(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../internal/generate/testdata/harbour-rail.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// generatedCourse makes the "valmora" course from the news article through
// the new-course form, asking for drafts, and returns the overview page.
func generatedCourse(t *testing.T, b *browser) page {
	t.Helper()
	article := newsArticle(t)
	p := b.proposed(t, url.Values{"title": {"Valmora rail link"}, "slug": {"valmora"}, "article": {article}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusOK)
	themes := p.doc.Find("#themes").Text()
	if themes == "" {
		t.Fatal("no themes proposed")
	}
	if v, ok := p.doc.Find(`input[name="then"][value="drafts"]`).Attr("checked"); !ok {
		t.Fatalf("the drafts choice was not kept: %q", v)
	}
	p = b.post("/teach/courses/new", url.Values{"title": {"Valmora rail link"}, "slug": {"valmora"}, "article": {article}, "themes": {themes}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusSeeOther)
	b.publishCourse("valmora")
	loc := p.header.Get("Location")
	if !regexp.MustCompile(`^/teach/courses/valmora/drafts\?drafted=[1-9]\d*$`).MatchString(loc) {
		t.Fatalf("new course went to %q, want its drafts", loc)
	}
	over := b.get(loc)
	wantStatus(t, over, http.StatusOK)
	return over
}

type queuedDraft struct {
	id                   string
	prompt, mark, answer string
	source               string
	lead                 string // the sentence quoted before a statement
}

// queue reads a theme's review queue.
func queue(t *testing.T, b *browser, path string) (page, []queuedDraft) {
	t.Helper()
	p := b.get(path)
	wantStatus(t, p, http.StatusOK)
	var out []queuedDraft
	p.doc.Find(`[data-testid="drafts"] > li`).Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("id")
		ans, _ := s.Find("[data-answer]").Attr("data-answer")
		out = append(out, queuedDraft{id: strings.TrimPrefix(id, "d-"), prompt: s.Find(".prompt").Text(),
			mark: s.Find(`[data-testid="draft-source"] mark`).Text(), answer: ans, source: s.Find(`[data-testid="draft-source"] p`).Text(),
			lead: s.Find(".lead-quote blockquote").Text()})
	})
	return p, out
}

// TestGenerateReviewPublish walks the whole path: an instructor makes a
// course from an article with drafts, reviews a theme (accept, reject, an
// edit refused then saved, bulk accept), and learners get exactly what was
// accepted; drafting again keeps every decision.
func TestGenerateReviewPublish(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	over := generatedCourse(t, b)
	total := 0
	var themePaths []string
	over.doc.Find(`[data-testid="draft-theme"]`).Each(func(_ int, s *goquery.Selection) {
		n, _ := strconv.Atoi(s.Find(`[data-testid="pending"]`).Text())
		total += n
		href, _ := s.Find("th a").Attr("href")
		themePaths = append(themePaths, href)
	})
	if total == 0 || len(themePaths) == 0 {
		t.Fatalf("overview: %d drafts in %d themes", total, len(themePaths))
	}
	if !strings.Contains(over.doc.Find(".flash").Text(), "drafted "+strconv.Itoa(total)+" items") {
		t.Errorf("overview says %q, counts %d", over.doc.Find(".flash").Text(), total)
	}

	if got := b.get("/teach").doc.Find(`a[href="/teach/courses/valmora/drafts"]`).Text(); got != "Review "+strconv.Itoa(total)+" drafts" {
		t.Errorf("the dashboard's link to the queue reads %q", got)
	}

	// Nothing reaches learners before review.
	learner := a.browser()
	ctx := context.Background()
	c, err := a.db.FindCourse(ctx, "valmora")
	if err != nil {
		t.Fatal(err)
	}
	for _, th := range c.Themes {
		if th.Questions != 0 || th.Cards != 0 {
			t.Fatalf("theme %s has %d questions and %d cards before review", th.Slug, th.Questions, th.Cards)
		}
	}
	wantStatus(t, learner.get("/courses/valmora"), http.StatusOK)

	// The richest theme's queue: every draft shows its sentence marked in
	// its paragraph, and what it tests is in that sentence.
	best, bestPath := []queuedDraft(nil), ""
	for _, path := range themePaths {
		_, ds := queue(t, b, path)
		for _, d := range ds {
			if d.mark == "" || !strings.Contains(d.source, d.mark) {
				t.Errorf("draft %s: sentence %q not marked in its paragraph %q", d.id, d.mark, d.source)
			}
			if d.answer != "" && !strings.Contains(strings.ToLower(d.mark), strings.ToLower(d.answer)) {
				t.Errorf("draft %s tests %q, which is not in its sentence %q", d.id, d.answer, d.mark)
			}
		}
		if len(ds) > len(best) {
			best, bestPath = ds, path
		}
	}
	if len(best) < 4 {
		t.Fatalf("the richest theme has %d drafts; need 4 to review", len(best))
	}
	themeSlug := bestPath[strings.LastIndex(bestPath, "/")+1:]
	theme, _ := c.Theme(themeSlug)

	// Accept the first: the redirect brings the next into view.
	p := b.post("/teach/drafts/"+best[0].id+"/accept", nil)
	wantStatus(t, p, http.StatusSeeOther)
	if want := bestPath + "#d-" + best[1].id; p.header.Get("Location") != want {
		t.Errorf("accept went to %q, want %q", p.header.Get("Location"), want)
	}
	if msg := b.get(bestPath).doc.Find(`[data-testid="flash"]`).Text(); !strings.Contains(msg, "Accepted 1 draft.") {
		t.Errorf("after accepting, the queue says %q", msg)
	}
	wantStatus(t, b.post("/teach/drafts/"+best[1].id+"/reject", nil), http.StatusSeeOther)

	// Edit the next question draft: a bad edit is shown again with the
	// message beside the field and what was typed; a good one is accepted.
	var edit queuedDraft
	var form url.Values
	for _, d := range best[2:] {
		e := b.get("/teach/drafts/" + d.id + "/edit")
		wantStatus(t, e, http.StatusOK)
		if e.doc.Find(`[data-testid="editor"]`).Length() == 1 {
			if got := e.doc.Find(`mark[data-testid="source-sentence"]`).Text(); got != d.mark {
				t.Errorf("editor marks %q, want %q", got, d.mark)
			}
			edit, form = d, formValues(e.doc.Find(`[data-testid="editor"]`))
			break
		}
	}
	if edit.id == "" {
		t.Fatal("no question draft to edit")
	}
	form.Set("prompt", "")
	form.Set("explanation", "Kept explanation.")
	bad := b.post("/teach/drafts/"+edit.id+"/edit", form)
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if bad.doc.Find("#prompt-error").Length() != 1 || bad.doc.Find("#explanation").Text() != "Kept explanation." {
		t.Fatalf("bad edit: message %q, explanation %q", bad.doc.Find("#prompt-error").Text(), bad.doc.Find("#explanation").Text())
	}
	form.Set("prompt", "EDITED: "+edit.prompt)
	wantStatus(t, b.post("/teach/drafts/"+edit.id+"/edit", form), http.StatusSeeOther)

	// Bulk accept with nothing ticked says so and changes nothing.
	none := b.post(bestPath+"/bulk", url.Values{"action": {"accept"}})
	wantStatus(t, none, http.StatusSeeOther)
	if msg := b.get(none.header.Get("Location")).doc.Find(".flash").Text(); !strings.Contains(msg, "No draft was ticked") {
		t.Errorf("an empty bulk action says %q", msg)
	}
	// Bulk accept the rest.
	q, rest := queue(t, b, bestPath)
	if len(rest) != len(best)-3 {
		t.Fatalf("%d drafts left, want %d", len(rest), len(best)-3)
	}
	// Accept all asks first, on a page of its own that accepts nothing.
	if href, _ := q.doc.Find(`a[data-testid="accept-all"]`).Attr("href"); href != bestPath+"/accept-all" {
		t.Fatalf("Accept all links to %q, want its confirmation page", href)
	}
	confirm := b.get(bestPath + "/accept-all")
	wantStatus(t, confirm, http.StatusOK)
	want := "Accept all " + strconv.Itoa(len(rest)) + " drafts"
	if len(rest) == 1 {
		want = "Accept all 1 draft "
	}
	if h := confirm.doc.Find("h1").Text(); !strings.Contains(h, want) {
		t.Errorf("the confirmation asks %q, want %d drafts", h, len(rest))
	}
	if _, still := queue(t, b, bestPath); len(still) != len(rest) {
		t.Fatalf("opening the confirmation accepted %d drafts", len(rest)-len(still))
	}
	if v, _ := confirm.doc.Find(`form[action="` + bestPath + `/bulk"] input[name="action"]`).Attr("value"); v != "accept-all" {
		t.Fatalf("the confirmation's form sends action=%q", v)
	}
	wantStatus(t, b.post(bestPath+"/bulk", url.Values{"action": {"accept-all"}}), http.StatusSeeOther)
	q, rest = queue(t, b, bestPath)
	if len(rest) != 0 || q.doc.Find(`[data-testid="queue-empty"]`).Length() != 1 {
		t.Fatalf("after accepting all: %d drafts left", len(rest))
	}
	if got := q.doc.Find(`[data-testid="accepted"] li`).Length(); got != len(best)-1 {
		t.Errorf("%d accepted listed, want %d", got, len(best)-1)
	}

	// Learners now get the accepted questions, the edit included, in a
	// published set, and the accepted cards in the theme's deck.
	ds, err := a.db.ListDrafts(ctx, theme.ID, quiz.DraftAccepted)
	if err != nil {
		t.Fatal(err)
	}
	accQ, accC := 0, 0
	for _, d := range ds {
		if d.Card != nil {
			accC++
		} else {
			accQ++
		}
	}
	c, _ = a.db.FindCourse(ctx, "valmora")
	th, _ := c.Theme(themeSlug)
	if th.Questions != accQ || th.Cards != accQ+accC {
		t.Errorf("learners have %d questions and %d cards, want %d and %d", th.Questions, th.Cards, accQ, accQ+accC)
	}
	setHref, _ := q.doc.Find(`[data-testid="drafts-set"]`).Attr("href")
	set := b.get(setHref)
	wantStatus(t, set, http.StatusOK)
	if !strings.Contains(set.doc.Find(`[data-testid="set-questions"]`).Text(), "EDITED: ") {
		t.Error("the edited question is not in the set")
	}
	if accQ > 0 {
		start := learner.post("/courses/valmora/quiz", url.Values{"theme": {themeSlug}})
		wantStatus(t, start, http.StatusSeeOther)
		first := learner.get(start.header.Get("Location"))
		if got, want := first.doc.Find(`[data-testid="progress"] p`).Text(), "of "+strconv.Itoa(accQ); !strings.HasSuffix(got, want) {
			t.Errorf("the learner's quiz: %q, want %q", got, want)
		}
	}

	// Drafting the theme again keeps the decisions and proposes nothing
	// that a decided draft tested from the same sentence.
	wantStatus(t, b.post("/teach/courses/valmora/drafts/generate", url.Values{"theme": {themeSlug}}), http.StatusSeeOther)
	_, again := queue(t, b, bestPath)
	for _, d := range again {
		for _, old := range best {
			if d.mark == old.mark && strings.EqualFold(d.answer, old.answer) {
				t.Errorf("drafting again proposed %q from %q again", d.answer, d.mark)
			}
		}
	}
	c, _ = a.db.FindCourse(ctx, "valmora")
	if th2, _ := c.Theme(themeSlug); th2.Questions != accQ {
		t.Errorf("drafting again changed the published questions: %d, want %d", th2.Questions, accQ)
	}
}

// formValues reads a form's fields as the browser would submit them.
func formValues(f *goquery.Selection) url.Values {
	v := url.Values{}
	f.Find("input, textarea, select").Each(func(_ int, s *goquery.Selection) {
		name, ok := s.Attr("name")
		if !ok {
			return
		}
		switch {
		case s.Is("textarea"):
			v.Add(name, s.Text())
		case s.Is("select"):
			if o := s.Find("option[selected]"); o.Length() > 0 {
				val, _ := o.Attr("value")
				v.Add(name, val)
			} else if o := s.Find("option").First(); o.Length() > 0 {
				val, _ := o.Attr("value")
				v.Add(name, val)
			}
		case s.Is(`[type="checkbox"], [type="radio"]`):
			if _, on := s.Attr("checked"); on {
				val, _ := s.Attr("value")
				v.Add(name, val)
			}
		case s.Is(`[type="submit"]`):
		default:
			val, _ := s.Attr("value")
			v.Add(name, val)
		}
	})
	return v
}

// TestDraftQueueRefusals: a bulk form naming another theme's draft changes
// nothing; a card edit with an empty back is shown again, input kept.
func TestDraftQueueRefusals(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	generatedCourse(t, b)
	ctx := context.Background()
	c, _ := a.db.FindCourse(ctx, "valmora")
	var own, other []quiz.Draft
	for i, th := range c.Themes {
		ds, err := a.db.ListDrafts(ctx, th.ID, quiz.DraftPending)
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) > 0 && own == nil {
			own = ds
			continue
		}
		if len(ds) > 0 && other == nil && i > 0 {
			other = ds
		}
	}
	if own == nil || other == nil {
		t.Fatal("need two themes with drafts")
	}
	th, _ := c.ThemeByID(own[0].ThemeID)
	p := b.post("/teach/courses/valmora/drafts/"+th.Slug+"/bulk", url.Values{"action": {"accept"},
		"id": {strconv.FormatInt(own[0].ID, 10), strconv.FormatInt(other[0].ID, 10)}})
	if p.status != http.StatusUnprocessableEntity && p.status != http.StatusBadRequest {
		t.Fatalf("forged bulk: status %d", p.status)
	}
	for _, d := range []quiz.Draft{own[0], other[0]} {
		got, _ := a.db.FindDraft(ctx, d.ID)
		if got.Status != quiz.DraftPending {
			t.Errorf("draft %d is %s after a refused bulk action", d.ID, got.Status)
		}
	}
	// A card draft: an empty back is refused beside the field.
	for _, d := range append(own, other...) {
		if d.Card == nil {
			continue
		}
		id := strconv.FormatInt(d.ID, 10)
		r := b.post("/teach/drafts/"+id+"/edit", url.Values{"front": {"My own front"}, "back": {" "}, "par": {strconv.Itoa(d.Paragraph)}})
		wantStatus(t, r, http.StatusUnprocessableEntity)
		if r.doc.Find("#back-error").Length() != 1 || r.doc.Find("#front").Text() != "My own front" {
			t.Errorf("card edit: %q / %q", r.doc.Find("#back-error").Text(), r.doc.Find("#front").Text())
		}
		if got, _ := a.db.FindDraft(ctx, d.ID); got.Status != quiz.DraftPending {
			t.Errorf("a refused card edit changed the draft to %s", got.Status)
		}
		r = b.post("/teach/drafts/"+id+"/edit", url.Values{"front": {"My own front"}, "back": {"My own back"}, "par": {strconv.Itoa(d.Paragraph)}})
		wantStatus(t, r, http.StatusSeeOther)
		got, _ := a.db.FindDraft(ctx, d.ID)
		if got.Status != quiz.DraftAccepted || !got.Edited || got.CardID == 0 {
			t.Errorf("card edit: %+v", got)
		}
		return
	}
	t.Fatal("no card draft")
}

// A course made without drafts offers to draft them from its page; doing so
// drafts every theme.
func TestDraftLaterFromCoursePage(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	article := newsArticle(t)
	p := b.proposed(t, url.Values{"title": {"Valmora"}, "slug": {"valmora"}, "article": {article}, "then": {"empty"}})
	wantStatus(t, p, http.StatusOK)
	themes := p.doc.Find("#themes").Text()
	p = b.post("/teach/courses/new", url.Values{"title": {"Valmora"}, "slug": {"valmora"}, "article": {article}, "themes": {themes}, "then": {"empty"}})
	wantStatus(t, p, http.StatusSeeOther)
	if loc := p.header.Get("Location"); loc != "/teach/courses/valmora" {
		t.Fatalf("a course without drafts went to %q", loc)
	}
	c, _ := a.db.FindCourse(context.Background(), "valmora")
	if counts, _ := a.db.DraftCounts(context.Background(), c.ID); len(counts) != 0 {
		t.Fatalf("drafts were made: %v", counts)
	}
	page := b.get("/teach/courses/valmora")
	action, ok := page.doc.Find(`[data-testid="generate-all"]`).Parent().Attr("action")
	if !ok {
		t.Fatal("the course page does not offer to draft questions")
	}
	g := b.post(action, nil)
	wantStatus(t, g, http.StatusSeeOther)
	if !regexp.MustCompile(`^/teach/courses/valmora/drafts\?drafted=[1-9]\d*$`).MatchString(g.header.Get("Location")) {
		t.Fatalf("drafting went to %q", g.header.Get("Location"))
	}
	counts, _ := a.db.DraftCounts(context.Background(), c.ID)
	if len(counts) != len(c.Themes) {
		t.Errorf("drafts in %d of %d themes", len(counts), len(c.Themes))
	}
	if b.get("/teach/courses/valmora").doc.Find(`[data-testid="review-drafts"]`).Length() != 1 {
		t.Error("the course page does not link to the drafts once made")
	}
}

// TestThinThemeNoted: a theme drafted fewer items than a quiz needs is
// flagged on the drafts overview; a theme with enough is not.
func TestThinThemeNoted(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	// Two sentences: one theme, too few sentences for four items.
	article := "The Carrow ferry carried cars across the estuary from 1950 until the bridge opened in 1988.\n\n" +
		"The old ferry slipway is now a small harbour for fishing boats."
	p := b.proposed(t, url.Values{"title": {"Carrow ferry"}, "slug": {"carrow"}, "article": {article}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusOK)
	themes := p.doc.Find("#themes").Text()
	p = b.post("/teach/courses/new", url.Values{"title": {"Carrow ferry"}, "slug": {"carrow"}, "article": {article}, "themes": {themes}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusSeeOther)
	over := b.get("/teach/courses/carrow/drafts")
	wantStatus(t, over, http.StatusOK)
	rows := over.doc.Find(`[data-testid="draft-theme"]`)
	if rows.Length() != 1 {
		t.Fatalf("%d themes, want 1", rows.Length())
	}
	pending, _ := strconv.Atoi(rows.Find(`[data-testid="pending"]`).Text())
	if pending >= 4 {
		t.Fatalf("%d drafts: not a thin theme", pending)
	}
	if rows.Find(`[data-testid="thin-note"]`).Length() != 1 {
		t.Errorf("a theme of %d drafts carries no note", pending)
	}
	// The note points to held-back drafts only where there are some.
	held, _ := strconv.Atoi(rows.Find(`[data-testid="held"]`).Text())
	if note := rows.Find(`[data-testid="thin-note"]`).Text(); strings.Contains(note, "see the held-back drafts") != (held > 0) {
		t.Errorf("%d drafts held back, and the note says %q", held, strings.Join(strings.Fields(note), " "))
	}
	if held == 0 {
		t.Error("the ferry article holds nothing back: it no longer tests the note's pointer to held-back drafts")
	}
	// A theme with nothing held back is not sent to look for any.
	article = "The Carrow ferry carried cars and cattle across the estuary until the Tarn bridge opened.\n\nThe crossing was slow."
	p = b.proposed(t, url.Values{"title": {"Carrow crossing"}, "slug": {"crossing"}, "article": {article}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusOK)
	p = b.post("/teach/courses/new", url.Values{"title": {"Carrow crossing"}, "slug": {"crossing"}, "article": {article}, "themes": {p.doc.Find("#themes").Text()}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusSeeOther)
	rows = b.get("/teach/courses/crossing/drafts").doc.Find(`[data-testid="draft-theme"]`)
	note := strings.Join(strings.Fields(rows.Find(`[data-testid="thin-note"]`).Text()), " ")
	if held, _ := strconv.Atoi(rows.Find(`[data-testid="held"]`).Text()); held != 0 || !strings.Contains(note, "none is held back") || strings.Contains(note, "see the held-back") {
		t.Errorf("%d drafts held back, and the note says %q", held, note)
	}

	// The news article's themes each draft four items or more.
	over = generatedCourse(t, b)
	over.doc.Find(`[data-testid="draft-theme"]`).Each(func(_ int, s *goquery.Selection) {
		n, _ := strconv.Atoi(s.Find(`[data-testid="pending"]`).Text())
		if got := s.Find(`[data-testid="thin-note"]`).Length() == 1; got != (n < 4) {
			t.Errorf("theme %q: %d drafts, note shown %v", s.Find("th a").Text(), n, got)
		}
	})
}

// TestDraftsPageParagraphRanges: the drafts overview writes each theme's
// paragraphs as the course page does ("¶ 1–3" with an en dash), not as the
// themes form's input ("1-3").
func TestDraftsPageParagraphRanges(t *testing.T) {
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	over := generatedCourse(t, b)
	var ranges []string
	over.doc.Find("span.muted.small").Each(func(_ int, s *goquery.Selection) {
		if txt := strings.TrimSpace(s.Text()); strings.HasPrefix(txt, "¶") {
			ranges = append(ranges, txt)
		}
	})
	if len(ranges) == 0 {
		t.Fatal("the drafts overview shows no theme's paragraphs")
	}
	span := regexp.MustCompile(`^¶ \d+(?:–\d+|(?:, \d+)+)?$`)
	multi := false
	for _, r := range ranges {
		if !span.MatchString(r) {
			t.Errorf("theme paragraphs read %q, want like \"¶ 1–3\"", r)
		}
		multi = multi || strings.Contains(r, "–")
	}
	if !multi {
		t.Errorf("no theme spans several paragraphs in %q: the test text no longer tests the dash", ranges)
	}
}

// The course page's link to the drafts counts those left to review, and
// says when none is left rather than “(0)”.
func TestCoursePageSaysWhenNoDraftIsLeft(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	c, err := a.db.FindCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	th := c.Themes[0]
	card := &quiz.Card{Front: "Into which sea does the Danube flow?", Back: "The Black Sea"}
	if err := a.db.ReplaceDrafts(ctx, c.ID, []int64{th.ID}, []quiz.Draft{{ThemeID: th.ID, Card: card, Paragraph: 1, Sentence: "It ends in the Black Sea.", Answer: "Black Sea", Rule: "test"}}); err != nil {
		t.Fatal(err)
	}
	label := func() string {
		p := b.get("/teach/courses/rivers")
		wantStatus(t, p, http.StatusOK)
		return strings.Join(strings.Fields(p.doc.Find(`[data-testid="review-drafts"]`).Text()), " ")
	}
	if got := label(); got != "Review drafts (1)" {
		t.Errorf("with one draft pending the link reads %q", got)
	}
	pending, err := a.db.ListDrafts(ctx, th.ID, "pending")
	if err != nil || len(pending) != 1 {
		t.Fatalf("pending drafts: %d, %v", len(pending), err)
	}
	if _, err := a.db.RejectDrafts(ctx, th.ID, []int64{pending[0].ID}, a.userID(b)); err != nil {
		t.Fatal(err)
	}
	if got := label(); got != "Drafts: none left to review" {
		t.Errorf("with none pending the link reads %q", got)
	}
}
