package handlers_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

// Titles are bounded in characters, as the forms' maxlength counts them,
// not in bytes: 200 accented letters (400 bytes) are a title, 201 are
// refused beside the field with what was typed kept, and nothing is
// written.
func TestTitlesAreBoundedInCharacters(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	fits, over := strings.Repeat("é", 200), strings.Repeat("é", 201)

	// A new course: the title and the source line.
	long := b.post("/teach/courses/new", url.Values{"title": {over}, "source": {strings.Repeat("s", 301)}, "article": {lakeArticle},
		"themes": {"1-2 Depth and water\n3-4 Life and pollution"}})
	wantStatus(t, long, http.StatusUnprocessableEntity)
	for _, f := range []string{"title", "source"} {
		if msg := long.doc.Find("#" + f + "-error").Text(); !strings.Contains(msg, "at most") {
			t.Errorf("%s: message %q", f, msg)
		}
	}
	if got, _ := long.doc.Find("#title").Attr("value"); got != over {
		t.Errorf("the title typed was not kept (%d characters back)", len([]rune(got)))
	}
	if _, err := a.db.FindCourse(context.Background(), "lake-baikal"); err == nil {
		t.Fatal("a course with an over-long title was created")
	}
	ok := b.post("/teach/courses/new", url.Values{"title": {fits}, "slug": {"lake-baikal"}, "article": {lakeArticle},
		"themes": {"1-2 Depth and water\n3-4 Life and pollution"}})
	wantStatus(t, ok, http.StatusSeeOther)

	// Renaming the course.
	wantStatus(t, b.post("/teach/courses/lake-baikal/rename", url.Values{"title": {over}}), http.StatusUnprocessableEntity)
	wantStatus(t, b.post("/teach/courses/lake-baikal/rename", url.Values{"title": {fits + " "}}), http.StatusSeeOther)
	if c, _ := a.db.FindCourse(context.Background(), "lake-baikal"); strings.TrimSpace(c.Title) != fits {
		t.Errorf("title after the rename has %d characters", len([]rune(c.Title)))
	}

	// A new set, and renaming a set.
	wantStatus(t, b.post("/teach/courses/rivers/sets", url.Values{"theme": {"danube"}, "title": {over}}), http.StatusUnprocessableEntity)
	r := b.post("/teach/courses/rivers/sets", url.Values{"theme": {"danube"}, "title": {fits}})
	wantStatus(t, r, http.StatusSeeOther)
	loc := r.header.Get("Location")
	wantStatus(t, b.post(loc+"/rename", url.Values{"title": {over}}), http.StatusUnprocessableEntity)
	if !strings.Contains(b.get(loc).body, fits) {
		t.Error("the set's title changed after a refused rename")
	}
}
