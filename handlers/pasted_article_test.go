package handlers_test

import (
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
)

// pastedArticle is an article as an instructor pastes it from a web page
// (kept with the generator's test texts): a heading, a heading line over
// hard-wrapped lines, a quotation closing a paragraph, a bulleted list
// after its lead-in, a numbered list whose items are sentences, and HTML
// character references.
func pastedArticle(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../internal/generate/testdata/pasted-harbour.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestNewCoursePastedListsAndReferences: an article pasted into New
// course keeps its heading line, its lists and its quotation apart; its
// character references reach the drafts and the learner decoded once,
// while the form keeps the article as it was pasted; no draft runs two
// list items, or a lead-in and its list, or a heading and its paragraph
// together; and the reader shows each list as a list.
func TestNewCoursePastedListsAndReferences(t *testing.T) {
	article := pastedArticle(t)
	a := newApp(t, func(d *handlers.Deps) { d.MaxBodyBytes = 1 << 20 })
	b := teacherOn(t, a)
	p := b.proposed(t, url.Values{"slug": {"kessling"}, "article": {article}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusOK)
	if got := p.doc.Find("#title").AttrOr("value", ""); got != "The Harbour of Kessling" {
		t.Errorf("title %q", got)
	}
	if got := p.doc.Find("#article").Text(); got != article {
		t.Errorf("the article was not kept as pasted: %q", got)
	}
	var openings []string
	p.doc.Find(`[data-testid="openings"] li`).Each(func(_ int, s *goquery.Selection) { openings = append(openings, s.Text()) })
	if len(openings) != 6 || openings[1] != "Why the harbour silted" || !strings.HasPrefix(openings[3], "The council’s report of 1791") {
		t.Errorf("paragraphs read: %q", openings)
	}
	themes := p.doc.Find("#themes").Text()
	p = b.post("/teach/courses/new", url.Values{"title": {"The Harbour of Kessling"}, "slug": {"kessling"}, "article": {article}, "themes": {themes}, "then": {"drafts"}})
	wantStatus(t, p, http.StatusSeeOther)
	over := b.get(p.header.Get("Location"))
	wantStatus(t, over, http.StatusOK)
	var paths []string
	over.doc.Find(`[data-testid="draft-theme"] th a`).Each(func(_ int, s *goquery.Selection) { paths = append(paths, s.AttrOr("href", "")) })
	drafts, fromItem := 0, 0
	for _, path := range paths {
		_, ds := queue(t, b, path)
		for _, d := range ds {
			drafts++
			for _, text := range []string{d.prompt, d.mark, d.source} {
				if strings.Contains(text, "&#") || strings.Contains(text, "&rsquo;") || strings.Contains(text, "&amp;") {
					t.Errorf("draft %s shows a character reference: %q", d.id, text)
				}
			}
			if strings.Contains(d.mark, "silted The river") || strings.Contains(d.mark, "steps: ") || strings.Contains(d.mark, "silting: ") || strings.Contains(d.mark, "1793") && strings.Contains(d.mark, "1796") {
				t.Errorf("draft %s runs lines together: %q", d.id, d.mark)
			}
			if strings.HasPrefix(d.mark, "Workers built") || strings.HasPrefix(d.mark, "The town rebuilt") || strings.HasPrefix(d.mark, "Keepers flushed") {
				fromItem++
			}
		}
	}
	if drafts == 0 || fromItem == 0 {
		t.Errorf("%d drafts, %d from a numbered item", drafts, fromItem)
	}
	b.publishCourse("kessling")
	read := a.browser().get("/courses/kessling/read")
	wantStatus(t, read, http.StatusOK)
	causes := read.doc.Find("#p-4")
	if lead := causes.ChildrenFiltered("p").First().Text(); lead != "The council’s report of 1791 listed the causes of the silting:" {
		t.Errorf("lead-in %q", lead)
	}
	if items := causes.Find("ul > li"); items.Length() != 3 || items.Eq(2).Text() != "the narrow mouth of the basin" {
		t.Errorf("bulleted list: %d items, the last %q", items.Length(), items.Last().Text())
	}
	if items := read.doc.Find("#p-5 ol > li"); items.Length() != 3 || items.Eq(1).Text() != "The town rebuilt the sluice at the head of the basin in 1796." {
		t.Errorf("numbered list: %d items, the second %q", items.Length(), items.Eq(1).Text())
	}
	if got := read.doc.Find("#p-2").Text(); got != "2Why the harbour silted" {
		t.Errorf("heading line read as %q", got)
	}
	// The heading line is shown as a heading, under the theme's own
	// (h2 on the whole article, h1 on a theme's page); prose is not.
	if got := goquery.NodeName(read.doc.Find("#p-2")); got != "h3" {
		t.Errorf("the heading line is a <%s> in the reader, want <h3>", got)
	}
	if got := goquery.NodeName(read.doc.Find("#p-1")); got != "p" {
		t.Errorf("the first paragraph is a <%s>, want <p>", got)
	}
	seen := 0
	a.browser().get("/courses/kessling").doc.Find(`a[href^="/courses/kessling/themes/"]`).Each(func(_ int, s *goquery.Selection) {
		path := s.AttrOr("href", "")
		if strings.ContainsAny(path, "#?") || strings.Count(path, "/") != 4 {
			return
		}
		if h := a.browser().get(path).doc.Find("#p-2"); h.Length() == 1 {
			seen++
			if goquery.NodeName(h) != "h2" {
				t.Errorf("the heading line is a <%s> on the theme page %s, want <h2>", goquery.NodeName(h), path)
			}
		}
	})
	if seen == 0 {
		t.Error("no theme page shows the heading line")
	}
	if items := a.browser().get("/courses/kessling/map").doc.Find(`[data-testid="map-paragraph"]#p-4 ul > li`); items.Length() != 3 {
		t.Errorf("the article map shows %d items of the bulleted list", items.Length())
	}
	text := read.doc.Find("main").Text()
	for _, want := range []string{"Voss's piers", "Harbour & Dock Company", "communiqué"} {
		if !strings.Contains(text, want) {
			t.Errorf("the reader does not show %q", want)
		}
	}
}
