package handlers_test

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

const lakeArticle = `Lake Baikal in Siberia is the deepest lake on Earth, reaching 1,642 metres.

It holds about a fifth of the world's unfrozen fresh water, more than all the
North American Great Lakes together.

The nerpa, a freshwater seal, lives only in Baikal, and scientists still
debate how it arrived there.

Pollution from a paper mill worried scientists for decades until the mill
closed in 2013.`

func TestCreateCourseFromArticle(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	// No themes given: Lectern proposes some and creates nothing yet.
	p := b.proposed(t, url.Values{"title": {"Lake Baikal"}, "article": {lakeArticle}})
	wantStatus(t, p, http.StatusOK)
	if p.doc.Find(`[data-testid="proposed"]`).Length() != 1 || strings.TrimSpace(p.doc.Find("#themes").Text()) == "" {
		t.Fatalf("no proposed themes: %.300s", p.doc.Find("#themes").Text())
	}
	if _, err := a.db.FindCourse(context.Background(), "lake-baikal"); err == nil {
		t.Fatal("a proposal created the course")
	}
	// Bad themes: an overlap, then a range past the end; input kept.
	for themes, want := range map[string]string{
		"1-2 Depth and water\n2-4 Life and pollution": "already belongs",
		"1-2 Depth and water\n3-9 Life":               "not in the article",
		"1-2 Depth and water":                         "Paragraphs 3 and 4 belong to no theme",
		"Depth and water":                             "should read like",
	} {
		r := b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "article": {lakeArticle}, "themes": {themes}})
		wantStatus(t, r, http.StatusUnprocessableEntity)
		if msg := r.doc.Find("#themes-error").Text(); !strings.Contains(msg, want) {
			t.Errorf("themes %q: message %q, want %q", themes, msg, want)
		}
		if r.doc.Find("#themes").Text() != themes {
			t.Errorf("themes not kept: %q", r.doc.Find("#themes").Text())
		}
	}
	bad := b.post("/teach/courses/new", url.Values{"title": {""}, "slug": {"Bad Slug"}, "article": {""}, "themes": {"1 x"}})
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	for _, f := range []string{"title", "slug", "article"} {
		if bad.doc.Find("#"+f+"-error").Length() != 1 {
			t.Errorf("no message beside %s", f)
		}
	}
	ok := b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "source": {"Written for tests"}, "article": {lakeArticle},
		"themes": {"1-2 Depth and water\n3-4 Life and pollution"}})
	wantStatus(t, ok, http.StatusSeeOther)
	b.publishCourse("lake-baikal")
	if loc := ok.header.Get("Location"); loc != "/teach/courses/lake-baikal" {
		t.Fatalf("created course at %q", loc)
	}
	taken := b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "article": {lakeArticle}, "themes": {"1-4 All"}})
	wantStatus(t, taken, http.StatusUnprocessableEntity)
	// A taken short name and themes that leave paragraphs out: both
	// messages at once, the paragraphs named together.
	both := b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "article": {lakeArticle}, "themes": {"1-2 Depth and water"}})
	wantStatus(t, both, http.StatusUnprocessableEntity)
	if both.doc.Find("#slug-error").Length() != 1 {
		t.Error("no message beside the taken short name")
	}
	if msg := both.doc.Find("#themes-error").Text(); !strings.Contains(msg, "Paragraphs 3 and 4 belong to no theme") {
		t.Errorf("themes message %q, want both loose paragraphs named", msg)
	}
	// Learners see it, its paragraphs joined from wrapped lines.
	read := a.browser().get("/courses/lake-baikal/read")
	wantStatus(t, read, http.StatusOK)
	if got := read.doc.Find("#p-2").Text(); !strings.Contains(got, "more than all the North American Great Lakes together") {
		t.Errorf("paragraph 2 reads %q", got)
	}
	if a.browser().get("/").doc.Find(`[data-testid="course"]`).Length() != 2 {
		t.Error("the new course is not on the home page")
	}
}

func TestCreateCourseFromUploadedFile(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("title", "Baikal notes")
	mw.WriteField("themes", "1-4 Everything")
	fw, _ := mw.CreateFormFile("file", "baikal.md")
	fw.Write([]byte(lakeArticle))
	mw.Close()
	req, _ := http.NewRequest("POST", a.srv.URL+"/teach/courses/new", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", a.srv.URL)
	r := b.do(req)
	wantStatus(t, r, http.StatusSeeOther)
	c, err := a.db.ExportCourse(context.Background(), "baikal-notes")
	if err != nil || len(c.Paragraphs) != 4 || len(c.Themes) != 1 {
		t.Fatalf("course from the file: %v", err)
	}
}

func TestEditThemesAndAddSet(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	page := b.get("/teach/courses/rivers/themes")
	wantStatus(t, page, http.StatusOK)
	form := url.Values{}
	page.doc.Find(`input[name="id"]`).Each(func(i int, s *goquery.Selection) {
		v, _ := s.Attr("value")
		form.Add("id", v)
	})
	form["title"] = []string{"The Danube, renamed", "The Rhine and borders"}
	form["summary"] = []string{"A river of ten countries.", "From the Alps to the North Sea."}
	form["range"] = []string{"1-2", "3"}
	wantStatus(t, b.post("/teach/courses/rivers/themes", form), http.StatusSeeOther)
	c, _ := a.db.FindCourse(context.Background(), "rivers")
	if c.Themes[0].Title != "The Danube, renamed" || len(c.Themes[0].Paragraphs) != 2 {
		t.Fatalf("themes after the edit: %+v", c.Themes)
	}
	// Once a learner answered in a theme, its paragraphs stay.
	learner := a.browser()
	att := learner.startQuiz("danube")
	q := learner.get(att + "/q/1")
	learner.post(att+"/q/1", answerForm(t, q, true))
	form["range"] = []string{"1", "2-3"}
	r := b.post("/teach/courses/rivers/themes", form)
	wantStatus(t, r, http.StatusUnprocessableEntity)
	if !strings.Contains(r.doc.Find(`[data-testid="themes-error"]`).Text(), "Learners have answered") {
		t.Errorf("message: %q", r.doc.Find(`[data-testid="themes-error"]`).Text())
	}
	form["range"] = []string{"1", "3"}
	r = b.post("/teach/courses/rivers/themes", form)
	wantStatus(t, r, http.StatusUnprocessableEntity) // paragraph 2 in no theme
	// A new empty set in a theme.
	add := b.post("/teach/courses/rivers/sets", url.Values{"theme": {"rhine-and-borders"}, "title": {"Extra practice"}})
	wantStatus(t, add, http.StatusSeeOther)
	if !strings.Contains(b.get(add.header.Get("Location")).body, "Extra practice") {
		t.Error("the new set's page does not show its title")
	}
}

// headedArticle opens with a title line, ends a paragraph with a quotation
// and has a bulleted list.
const headedArticle = `The Keeping of Bees

A beekeeper in Lyon keeps forty hives on the roof of the opera house, and
visitors often ask her what the bees find to eat in a city.

"They find more than in the fields," she told a reporter. "The city has no pesticides."

She names three plants that feed the hives in summer:

- lime trees along the river
- lavender in the public gardens
- clover on the railway banks

Each hive gives about twenty kilograms of honey in a good year.
`

func TestCreateCourseTakesHeadingAsTitle(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	// Proposing: the title line arrives as the title, with no message.
	p := b.proposed(t, url.Values{"title": {""}, "article": {headedArticle}})
	wantStatus(t, p, http.StatusOK)
	if got, _ := p.doc.Find("#title").Attr("value"); got != "The Keeping of Bees" {
		t.Errorf("proposed title = %q, want the title line", got)
	}
	if msg := p.doc.Find("#title-error").Text(); msg != "" {
		t.Errorf("title message %q", msg)
	}
	// Four paragraphs without the title line: a theme past 4 is refused.
	over := b.post("/teach/courses/new", url.Values{"title": {""}, "article": {headedArticle}, "themes": {"1-5 Bees"}})
	wantStatus(t, over, http.StatusUnprocessableEntity)
	// Creating with the title left empty: the title line is the title and
	// not a paragraph, and the list is one paragraph after its lead-in,
	// one item a line.
	ok := b.post("/teach/courses/new", url.Values{"title": {""}, "article": {headedArticle}, "themes": {"1-4 Bees"}})
	wantStatus(t, ok, http.StatusSeeOther)
	c, err := a.db.FindCourse(context.Background(), "the-keeping-of-bees")
	if err != nil {
		t.Fatal(err)
	}
	paras, err := a.db.Paragraphs(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "The Keeping of Bees" || len(paras) != 4 {
		t.Fatalf("course %q with %d paragraphs %v, want the title line and 4", c.Title, len(paras), paras)
	}
	if got := paras[0].Text; !strings.HasPrefix(got, "A beekeeper") {
		t.Errorf("paragraph 1 = %q", got)
	}
	if got := paras[1].Text; !strings.HasSuffix(got, `"The city has no pesticides."`) {
		t.Errorf("paragraph 2 = %q", got)
	}
	if got, want := paras[2].Text, "She names three plants that feed the hives in summer:\n- lime trees along the river\n- lavender in the public gardens\n- clover on the railway banks"; got != want {
		t.Errorf("list paragraph = %q, want %q", got, want)
	}
	// A title the instructor typed is kept.
	typed := b.proposed(t, url.Values{"title": {"Urban Bees"}, "article": {headedArticle}})
	if got, _ := typed.doc.Find("#title").Attr("value"); got != "Urban Bees" {
		t.Errorf("typed title replaced by %q", got)
	}
}

// A slug Lectern made from a title follows the title actually used: a
// title typed, shown with a message, then cleared for the article's
// heading gives the heading's slug, not the slug of the title typed
// before; the form shown again with a message keeps that slug; and a
// slug the instructor typed is kept whatever the title.
func TestNewCourseSlugFollowsTheTitleUsed(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	slugOf := func(p page) (shown, made string) {
		shown, _ = p.doc.Find("#slug").Attr("value")
		made, _ = p.doc.Find(`input[name="slug_made"]`).Attr("value")
		return shown, made
	}
	// A title typed, the article forgotten: the slug is made from the title.
	first := b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "article": {""}, "then": {"empty"}})
	wantStatus(t, first, http.StatusUnprocessableEntity)
	if shown, made := slugOf(first); shown != "lake-baikal" || made != "lake-baikal" {
		t.Fatalf("the slug shown is %q (made %q), want lake-baikal made from the title", shown, made)
	}
	// The title cleared, an article with a heading pasted, the themes
	// wrong: the heading is the title and the slug is made from it.
	form := formValues(first.doc.Find("form[data-testid=new-course]"))
	form.Set("title", "")
	form.Set("article", headedArticle)
	form.Set("themes", "1-5 Bees")
	again := b.post("/teach/courses/new", form)
	wantStatus(t, again, http.StatusUnprocessableEntity)
	if got, _ := again.doc.Find("#title").Attr("value"); got != "The Keeping of Bees" {
		t.Fatalf("title %q, want the heading", got)
	}
	if shown, made := slugOf(again); shown != "the-keeping-of-bees" || made != "the-keeping-of-bees" {
		t.Errorf("after the heading became the title the slug is %q (made %q), want the-keeping-of-bees", shown, made)
	}
	// Sent back as it is, with the themes mended: stable, and the course
	// is made at the heading's slug.
	form = formValues(again.doc.Find("form[data-testid=new-course]"))
	form.Set("themes", "1-4 Bees")
	made := b.post("/teach/courses/new", form)
	wantStatus(t, made, http.StatusSeeOther)
	if loc := made.header.Get("Location"); loc != "/teach/courses/the-keeping-of-bees" {
		t.Errorf("the course is made at %q, want /teach/courses/the-keeping-of-bees", loc)
	}
	if _, err := a.db.FindCourse(context.Background(), "lake-baikal"); err == nil {
		t.Error("the course took the slug of the title typed before")
	}
	// A slug the instructor typed is theirs, with no title typed too.
	typed := b.post("/teach/courses/new", url.Values{"title": {""}, "slug": {"town-bees"}, "article": {headedArticle}, "themes": {"1-5 Bees"}})
	wantStatus(t, typed, http.StatusUnprocessableEntity)
	if shown, made := slugOf(typed); shown != "town-bees" || made != "" {
		t.Errorf("a typed slug shows as %q (made %q), want town-bees, not made", shown, made)
	}
	// With neither title nor heading, the title's message alone says what
	// is missing: the empty slug made from nothing has none of its own.
	none := b.post("/teach/courses/new", url.Values{"title": {""}, "article": {lakeArticle}, "themes": {"1-4 All"}})
	wantStatus(t, none, http.StatusUnprocessableEntity)
	if none.doc.Find("#title-error").Length() != 1 || none.doc.Find("#slug-error").Length() != 0 {
		t.Errorf("messages: title %q, slug %q; want the title's alone", none.doc.Find("#title-error").Text(), none.doc.Find("#slug-error").Text())
	}
}

// The slug made while Lectern proposed the themes follows the title too:
// a title typed, then cleared on the proposed form, gives the heading's.
func TestProposedFormSlugFollowsTheTitleUsed(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	p := b.proposed(t, url.Values{"title": {"Urban Bees"}, "article": {headedArticle}, "then": {"empty"}})
	if got, _ := p.doc.Find("#slug").Attr("value"); got != "urban-bees" {
		t.Fatalf("proposed form's slug %q, want urban-bees", got)
	}
	form := formValues(p.doc.Find("form[data-testid=new-course]"))
	form.Set("title", "")
	made := b.post("/teach/courses/new", form)
	wantStatus(t, made, http.StatusSeeOther)
	if loc := made.header.Get("Location"); loc != "/teach/courses/the-keeping-of-bees" {
		t.Errorf("the course is made at %q, want /teach/courses/the-keeping-of-bees", loc)
	}
}
