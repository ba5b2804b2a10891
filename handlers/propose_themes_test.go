package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// TestProposedThemeOfShortArticleTakesTitle: a short article is proposed
// as one theme, titled as the course the form names (typed, or the
// article's heading), not after one of its phrases.
func TestProposedThemeOfShortArticleTakesTitle(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	for title, want := range map[string]string{"Lake Baikal": "1-4 Lake Baikal", "": "1-4 The Keeping of Bees"} {
		article := lakeArticle
		if title == "" {
			article = headedArticle
		}
		p := b.proposed(t, url.Values{"title": {title}, "article": {article}})
		wantStatus(t, p, http.StatusOK)
		if got := strings.TrimSpace(p.doc.Find("#themes").Text()); got != want {
			t.Errorf("title %q: proposed themes %q, want %q", title, got, want)
		}
	}
}

// TestNewCourseReadsMarkdownHeadings: an article's Markdown headings are
// not paragraphs: the first is the course's title and each later one
// begins a theme of its name; the form numbers the paragraphs it read, and
// the course made from it shows learners no "##".
func TestNewCourseReadsMarkdownHeadings(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	article := "# Bees on the Rooftops\n\n" +
		"Beekeepers in many cities now keep hives on the roofs of offices and flats. Some cities count more hives per square kilometre than the farmland around them.\n\n" +
		"## Why bees thrive in town\n\n" +
		"Parks and gardens flower from early spring to late autumn, far longer than a field of one crop. Streets and roofs stay warmer at night than the open country.\n\n" +
		"Few pesticides are sprayed in town, so foraging bees meet fewer poisons.\n\n" +
		"## The limits of the boom\n\n" +
		"Ecologists warn that too many hives leave too little pollen for wild bees. As one keeper put it, \"We should plant flowers before we add hives.\"\n"
	p := b.proposed(t, url.Values{"article": {article}})
	wantStatus(t, p, http.StatusOK)
	if got := p.doc.Find("#title").AttrOr("value", ""); got != "Bees on the Rooftops" {
		t.Errorf("title %q", got)
	}
	themes := strings.Split(strings.TrimSpace(p.doc.Find("#themes").Text()), "\n")
	if len(themes) != 3 || themes[1] != "2-3 Why bees thrive in town" || themes[2] != "4 The limits of the boom" {
		t.Fatalf("proposed themes %q", themes)
	}
	items := p.doc.Find(`[data-testid="openings"] li`)
	if items.Length() != 4 || !strings.HasPrefix(items.Eq(1).Text(), "Parks and gardens flower") {
		t.Errorf("numbered paragraphs: %d, second %q", items.Length(), items.Eq(1).Text())
	}
	c := b.post("/teach/courses/new", url.Values{"article": {article}, "themes": {strings.Join(themes, "\n")}, "then": {"empty"}})
	if c.status >= 400 {
		t.Fatalf("creating the course: %d", c.status)
	}
	b.publishCourse("bees-on-the-rooftops")
	l := a.browser()
	page := l.get("/courses/bees-on-the-rooftops/themes/why-bees-thrive-in-town")
	wantStatus(t, page, http.StatusOK)
	if strings.Contains(page.doc.Find("main").Text(), "#") {
		t.Errorf("the theme page shows a heading mark: %q", page.doc.Find("main").Text())
	}
}
