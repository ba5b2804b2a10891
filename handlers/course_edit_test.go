package handlers_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/quiz"
)

// countCourses counts the courses in the store.
func countCourses(t *testing.T, a *app) int {
	t.Helper()
	cs, err := a.db.ListCourses(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(cs)
}

// TestNewCourseRefusesBadInput checks that every bad form is shown again
// with its message beside the field, what was typed kept, and nothing
// written.
func TestNewCourseRefusesBadInput(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	before := countCourses(t, a)
	good := url.Values{"title": {"Lake Baikal"}, "slug": {"baikal"}, "source": {"Notes"},
		"article": {lakeArticle}, "themes": {"1-2 Depth\n3-4 Life"}}
	with := func(k, v string) url.Values {
		f := url.Values{}
		for kk, vv := range good {
			f[kk] = vv
		}
		f.Set(k, v)
		return f
	}
	for _, tc := range []struct {
		name, field string
		form        url.Values
		want        string
	}{
		{"empty article", "article", with("article", " \n\n "), "Paste the article"},
		{"bad slug", "slug", with("slug", "Lake_Baikal!"), "lowercase"},
		{"taken slug", "slug", with("slug", "rivers"), "“rivers” exists already"},
		// A slug made from the title is named, as none was typed.
		{"taken slug from the title", "slug", func() url.Values { f := with("title", "Rivers"); f.Set("slug", ""); return f }(), "“rivers” exists already: choose another, such as rivers-2."},
		{"no title", "title", with("title", "  "), "title"},
		{"overlap", "themes", with("themes", "1-3 Depth\n3-4 Life"), "already belongs"},
		{"missing", "themes", with("themes", "1-2 Depth\n4 Life"), "belongs to no theme"},
		{"past the end", "themes", with("themes", "1-2 Depth\n3-5 Life"), "not in the article"},
		{"reversed", "themes", with("themes", "2-1 Depth\n3-4 Life"), "not in the article"},
		{"no title on a theme", "themes", with("themes", "1-2\n3-4 Life"), "should read like"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := b.post("/teach/courses/new", tc.form)
			wantStatus(t, p, http.StatusUnprocessableEntity)
			if msg := p.doc.Find("#" + tc.field + "-error").Text(); !strings.Contains(strings.ToLower(msg), strings.ToLower(tc.want)) {
				t.Errorf("message beside %s = %q, want %q", tc.field, msg, tc.want)
			}
			if got, _ := p.doc.Find("#title").Attr("value"); got != strings.TrimSpace(tc.form.Get("title")) {
				t.Errorf("title kept as %q", got)
			}
			if got := p.doc.Find("#themes").Text(); got != tc.form.Get("themes") {
				t.Errorf("themes kept as %q, want %q", got, tc.form.Get("themes"))
			}
			if got, _ := p.doc.Find("#source").Attr("value"); got != "Notes" {
				t.Errorf("source kept as %q", got)
			}
			if tc.field != "article" && p.doc.Find("#article").Text() != lakeArticle {
				t.Errorf("article not kept")
			}
			if n := countCourses(t, a); n != before {
				t.Errorf("%d courses after a refused form, want %d", n, before)
			}
		})
	}
}

// TestNewCourseSuggestsSlug checks that an empty short name is made from
// the title and shown with the proposed themes.
func TestNewCourseSuggestsSlug(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	p := b.proposed(t, url.Values{"title": {"Lake Baikal: the deepest lake"}, "article": {lakeArticle}})
	wantStatus(t, p, http.StatusOK)
	if got, _ := p.doc.Find("#slug").Attr("value"); got != "lake-baikal-the-deepest-lake" || !quiz.ValidSlug(got) {
		t.Errorf("suggested slug %q", got)
	}
}

// TestProposedThemesAreAccepted submits the proposed themes unchanged, for
// articles of several lengths: a proposal must always make a valid course.
func TestProposedThemesAreAccepted(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	sentences := []string{
		"The glacier advanced across the valley during the last ice age.",
		"Farmers later cleared the forest and planted barley on the terraces.",
		"A railway reached the town in 1880 and brought tourists from the cities.",
		"The river was dammed in 1952 to make electricity for the factories.",
		"Fishermen say the trout have grown fewer since the dam was built.",
		"Today the council debates whether to remove the dam altogether.",
	}
	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		var pars []string
		for i := range n {
			pars = append(pars, fmt.Sprintf("%s Paragraph %d adds its own detail.", sentences[i%len(sentences)], i+1))
		}
		article := strings.Join(pars, "\n\n")
		slug := fmt.Sprintf("valley-%d", n)
		p := b.proposed(t, url.Values{"title": {"Valley"}, "slug": {slug}, "article": {article}})
		wantStatus(t, p, http.StatusOK)
		themes := p.doc.Find("#themes").Text()
		if strings.TrimSpace(themes) == "" {
			t.Errorf("%d paragraphs: no themes proposed", n)
			continue
		}
		r := b.post("/teach/courses/new", url.Values{"title": {"Valley"}, "slug": {slug}, "article": {article}, "themes": {themes}})
		if r.status != http.StatusSeeOther {
			t.Errorf("%d paragraphs: proposed themes %q refused: %s", n, themes, r.doc.Find("#themes-error").Text())
		}
	}
}

// TestNewCourseForLearners creates a course with CRLF line ends and checks
// what learners see: the course and its themes on the home page, the
// paragraphs in the reader, and no failure on a theme without questions.
func TestNewCourseForLearners(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	article := strings.ReplaceAll(lakeArticle, "\n", "\r\n")
	r := b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "source": {"Field notes"}, "article": {article},
		"themes": {"1-2 Depth and water\r\n3-4 Life and pollution\r\n"}})
	wantStatus(t, r, http.StatusSeeOther)
	b.publishCourse("lake-baikal")
	teach := b.get("/teach/courses/lake-baikal")
	wantStatus(t, teach, http.StatusOK)

	learner := a.browser()
	home := learner.get("/")
	wantStatus(t, home, http.StatusOK)
	var course *goquery.Selection
	home.doc.Find(`[data-testid="course"]`).Each(func(_ int, s *goquery.Selection) {
		if strings.Contains(s.Text(), "Lake Baikal") {
			course = s
		}
	})
	if course == nil {
		t.Fatal("the new course is not on the home page")
	}
	if got := course.Find(`[data-testid="next-step"]`).Text(); !strings.Contains(got, "Depth and water") {
		t.Errorf("the course's card proposes %q, want to begin with its first theme", got)
	}
	page := learner.get("/courses/lake-baikal")
	if got := page.doc.Find(`[data-testid="theme"]`).Length(); got != 2 {
		t.Errorf("%d themes on the course's page, want 2", got)
	}
	for _, title := range []string{"Depth and water", "Life and pollution"} {
		if !strings.Contains(page.doc.Text(), title) {
			t.Errorf("theme %q not on the course's page", title)
		}
	}
	read := learner.get("/courses/lake-baikal/read")
	wantStatus(t, read, http.StatusOK)
	if got := read.doc.Find(`[id^="p-"]`).Length(); got != 4 {
		t.Errorf("%d paragraphs in the reader, want 4", got)
	}
	if got := read.doc.Find("#p-4").Text(); !strings.Contains(got, "until the mill closed in 2013") || strings.Contains(got, "\r") {
		t.Errorf("paragraph 4 reads %q", got)
	}
	wantStatus(t, learner.get("/courses/lake-baikal"), http.StatusOK)
	wantStatus(t, learner.get("/courses/lake-baikal/themes/depth-and-water"), http.StatusOK)
	// A quiz on a theme without questions is refused politely, never a 500.
	q := learner.post("/courses/lake-baikal/quiz", url.Values{"theme": {"depth-and-water"}})
	if q.status >= 500 {
		t.Errorf("quiz on an empty theme: status %d", q.status)
	}
	if rv := learner.get("/courses/lake-baikal/review"); rv.status >= 500 {
		t.Errorf("review of an empty course: status %d", rv.status)
	}
}

// TestNewCourseFromFile uploads a Markdown file with hard-wrapped
// paragraphs, and refuses a binary one.
func TestNewCourseFromFile(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	fields := map[string]string{"title": "Baikal", "slug": "baikal", "themes": "1-4 All of it"}
	r := b.upload("/teach/courses/new", "baikal.md", []byte(lakeArticle), fields)
	wantStatus(t, r, http.StatusSeeOther)
	c, err := a.db.ExportCourse(context.Background(), "baikal")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Paragraphs) != 4 || !strings.HasPrefix(c.Paragraphs[2].Text, "The nerpa, a freshwater seal, lives only in Baikal, and scientists still debate") {
		t.Errorf("paragraphs: %+v", c.Paragraphs)
	}
	before := countCourses(t, a)
	fields["slug"] = "baikal-2"
	bad := b.upload("/teach/courses/new", "baikal.md", []byte{0x89, 'P', 'N', 'G', 0, 0, 0xff}, fields)
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if bad.doc.Find("#article-error").Length() != 1 {
		t.Error("no message beside the article for a binary file")
	}
	if countCourses(t, a) != before {
		t.Error("a binary file made a course")
	}
}

// TestThemeEditValidates checks the themes form: titles and summaries
// change, a bad range or an empty title is refused with what was typed.
func TestThemeEditValidates(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	page := b.get("/teach/courses/rivers/themes")
	wantStatus(t, page, http.StatusOK)
	form := url.Values{}
	page.doc.Find(`input[name="id"]`).Each(func(_ int, s *goquery.Selection) {
		v, _ := s.Attr("value")
		form.Add("id", v)
	})
	form["summary"] = []string{"Ten countries.", "Alps to sea."}
	for _, tc := range []struct {
		titles, ranges []string
		want           string
	}{
		{[]string{"", "Rhine"}, []string{"1", "2-3"}, "needs a title"},
		{[]string{"Danube", "Rhine"}, []string{"1", "2-4"}, "paragraph"},
		{[]string{"Danube", "Rhine"}, []string{"one", "2-3"}, "like 1-3"},
		{[]string{"Danube", "Rhine"}, []string{"1-2", "2-3"}, "already belongs"},
	} {
		form["title"], form["range"] = tc.titles, tc.ranges
		r := b.post("/teach/courses/rivers/themes", form)
		wantStatus(t, r, http.StatusUnprocessableEntity)
		if msg := r.doc.Find(`[data-testid="themes-error"]`).Text(); !strings.Contains(msg, tc.want) {
			t.Errorf("titles %q ranges %q: message %q, want %q", tc.titles, tc.ranges, msg, tc.want)
		}
		if got, _ := r.doc.Find("#range-1").Attr("value"); got != tc.ranges[1] {
			t.Errorf("range kept as %q", got)
		}
	}
	c, _ := a.db.FindCourse(context.Background(), "rivers")
	if c.Themes[0].Title != "The Danube" || c.Themes[0].Summary != "A river of ten countries." {
		t.Errorf("a refused form changed the themes: %+v", c.Themes)
	}
	// Titles and summaries change even after learners answered.
	learner := a.browser()
	att := learner.startQuiz("danube")
	learner.post(att+"/q/1", answerForm(t, learner.get(att+"/q/1"), true))
	form["title"], form["range"] = []string{"Danube basin", "Rhine"}, []string{"1", "2-3"}
	wantStatus(t, b.post("/teach/courses/rivers/themes", form), http.StatusSeeOther)
	c, _ = a.db.FindCourse(context.Background(), "rivers")
	if c.Themes[0].Title != "Danube basin" || c.Themes[1].Summary != "Alps to sea." {
		t.Errorf("themes after the edit: %+v", c.Themes)
	}
	home := learner.get("/")
	if !strings.Contains(home.body, "Danube basin") {
		t.Error("the new title is not on the home page")
	}
}

// TestCreateAndRenameSet adds a draft set to a theme and renames it.
func TestCreateAndRenameSet(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	for _, f := range []url.Values{
		{"theme": {"danube"}, "title": {"  "}},
		{"theme": {"no-such-theme"}, "title": {"Extra"}},
	} {
		wantStatus(t, b.post("/teach/courses/rivers/sets", f), http.StatusUnprocessableEntity)
	}
	r := b.post("/teach/courses/rivers/sets", url.Values{"theme": {"danube"}, "title": {"Extra practice"}})
	wantStatus(t, r, http.StatusSeeOther)
	loc := r.header.Get("Location")
	var id int64
	if _, err := fmt.Sscanf(loc, "/teach/sets/%d", &id); err != nil {
		t.Fatalf("created set at %q", loc)
	}
	s, qs, err := a.db.FindSet(context.Background(), id)
	if err != nil || s.Status != "draft" || s.Title != "Extra practice" || len(qs) != 0 {
		t.Fatalf("new set: %+v, %d questions, %v", s, len(qs), err)
	}
	wantStatus(t, b.post(loc+"/rename", url.Values{"title": {"Danube drill"}}), http.StatusSeeOther)
	if !strings.Contains(b.get(loc).body, "Danube drill") {
		t.Error("the renamed set's page does not show its new title")
	}
	// A draft set stays out of learners' sight.
	if strings.Contains(a.browser().get("/courses/rivers").body, "Danube drill") {
		t.Error("learners see a draft set")
	}
}

// TestNewCourseSlugAvoidsRoutes checks that a course cannot take a slug
// that a fixed route uses: typed, it is refused beside the slug field; made
// from the title, a free one is used instead.
func TestNewCourseSlugAvoidsRoutes(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	before := countCourses(t, a)
	typed := b.post("/teach/courses/new", url.Values{"title": {"Lake Baikal"}, "slug": {"new"}, "article": {lakeArticle}, "themes": {"1-4 All"}})
	wantStatus(t, typed, http.StatusUnprocessableEntity)
	if msg := typed.doc.Find("#slug-error").Text(); !strings.Contains(msg, "Lectern’s own pages") {
		t.Errorf("message beside the slug: %q", msg)
	}
	if countCourses(t, a) != before {
		t.Fatal("a course was made with the slug new")
	}
	// Proposed from the title "New": the slug shown is a free one.
	p := b.proposed(t, url.Values{"title": {"New"}, "article": {lakeArticle}})
	wantStatus(t, p, http.StatusOK)
	if got, _ := p.doc.Find("#slug").Attr("value"); got != "new-course" {
		t.Errorf("slug proposed for the title New: %q", got)
	}
	for _, want := range []string{"new-course", "new-course-2"} {
		r := b.post("/teach/courses/new", url.Values{"title": {"New"}, "article": {lakeArticle}, "themes": {"1-4 All"}})
		wantStatus(t, r, http.StatusSeeOther)
		b.publishCourse(want)
		if loc := r.header.Get("Location"); loc != "/teach/courses/"+want {
			t.Errorf("course made at %q, want /teach/courses/%s", loc, want)
		}
		wantStatus(t, a.browser().get("/courses/"+want), http.StatusOK)
	}
	// The form is still at its address.
	form := b.get("/teach/courses/new")
	wantStatus(t, form, http.StatusOK)
	if form.doc.Find(`[data-testid="new-course"]`).Length() != 1 {
		t.Error("/teach/courses/new no longer shows the new-course form")
	}
}

// TestNewCourseParagraphPerLine makes a course from an article written one
// paragraph per line with a single blank line after its heading: each
// line stays a paragraph of its own, and the heading is no paragraph.
func TestNewCourseParagraphPerLine(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	pars := []string{
		"Lake Baikal in Siberia is the deepest lake on Earth, reaching 1,642 metres, and at twenty-five million years the oldest.",
		"It holds about a fifth of the world's unfrozen fresh water, more than all the North American Great Lakes together.",
		"The nerpa, a freshwater seal, lives only in Baikal, and scientists still debate how it arrived there from the sea.",
	}
	article := "Lake Baikal\n\n" + strings.Join(pars, "\n") + "\n"
	p := b.proposed(t, url.Values{"title": {"Baikal"}, "article": {article}})
	wantStatus(t, p, http.StatusOK)
	r := b.post("/teach/courses/new", url.Values{"title": {"Baikal"}, "article": {article}, "themes": {"1-3 All of it"}})
	wantStatus(t, r, http.StatusSeeOther)
	b.publishCourse("baikal")
	c, err := a.db.ExportCourse(context.Background(), "baikal")
	if err != nil {
		t.Fatal(err)
	}
	want := pars
	if len(c.Paragraphs) != len(want) {
		t.Fatalf("%d paragraphs, want %d: %+v", len(c.Paragraphs), len(want), c.Paragraphs)
	}
	read := a.browser().get("/courses/baikal/read")
	for i, w := range want {
		if c.Paragraphs[i].Text != w {
			t.Errorf("paragraph %d reads %q, want %q", i+1, c.Paragraphs[i].Text, w)
		}
		if got := read.doc.Find("#p-" + itoaT(i+1)).Text(); !strings.Contains(got, w) {
			t.Errorf("the reader shows paragraph %d as %q", i+1, got)
		}
	}
}

// TestNewCourseEmptyThemesWithOtherErrors leaves the themes box empty and
// another field wrong: the other field's message is shown at once, the
// themes get no message, and no job is started to propose them (it starts
// once the form is right).
func TestNewCourseEmptyThemesWithOtherErrors(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	before := countCourses(t, a)
	for _, tc := range []struct {
		name    string
		form    url.Values
		errors  []string
		propose bool
	}{
		{"no title", url.Values{"title": {" "}, "article": {lakeArticle}, "themes": {" \n "}}, []string{"title"}, false},
		{"taken slug", url.Values{"title": {"Baikal"}, "slug": {"rivers"}, "article": {lakeArticle}}, []string{"slug"}, false},
		{"no title, no article", url.Values{"title": {""}, "article": {""}, "themes": {""}}, []string{"title", "article"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := b.post("/teach/courses/new", tc.form)
			wantStatus(t, p, http.StatusUnprocessableEntity)
			for _, f := range tc.errors {
				if p.doc.Find("#"+f+"-error").Length() != 1 {
					t.Errorf("no message beside %s", f)
				}
			}
			if msg := p.doc.Find("#themes-error").Text(); msg != "" {
				t.Errorf("message beside the empty themes: %q", msg)
			}
			proposed := p.doc.Find(`[data-testid="proposed"]`).Length() == 1
			themes := strings.TrimSpace(p.doc.Find("#themes").Text())
			if proposed != tc.propose || (themes != "") != tc.propose {
				t.Errorf("proposed %v with themes %q, want a proposal: %v", proposed, themes, tc.propose)
			}
		})
	}
	if countCourses(t, a) != before {
		t.Error("a refused form made a course")
	}
	if jobs := b.get("/teach/jobs"); jobs.doc.Find("[data-testid=job]").Length() != 0 {
		t.Error("a refused form started a job")
	}
}
