package handlers_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/handlers"
)

// classWith makes a class of the rivers course through the teacher's form
// and has a new learner join it under each name; it returns the class's
// page.
func classWith(t *testing.T, a *app, teacher *browser, names ...string) string {
	t.Helper()
	made := teacher.post("/teach/courses/rivers/classes", url.Values{"name": {"Year 10"}})
	wantStatus(t, made, http.StatusSeeOther)
	classPath := made.header.Get("Location")
	code := teacher.get(classPath).doc.Find(`[data-testid="code"]`).Text()
	for _, n := range names {
		wantStatus(t, a.browser().post("/join/"+code, url.Values{"display_name": {n}}), http.StatusSeeOther)
	}
	return classPath
}

func manyVisitors(d *handlers.Deps) {
	d.Visitors = handlers.VisitorLimit{Burst: 50, Every: time.Minute}
}

// Learners named with numbers sort by their numbers, on the page and in
// its CSV: Learner 2 before Learner 10.
func TestClassLearnersSortNaturally(t *testing.T) {
	a := newApp(t, manyVisitors)
	teacher := teacherOn(t, a)
	classPath := classWith(t, a, teacher, "Learner 10", "Learner 2", "learner 11", "Learner 1", "Ann")
	p := teacher.get(classPath)
	wantStatus(t, p, http.StatusOK)
	got := p.doc.Find(`[data-testid="learner"] th`).Map(func(_ int, s *goquery.Selection) string { return strings.TrimSpace(s.Text()) })
	want := []string{"Ann", "Learner 1", "Learner 2", "Learner 10", "learner 11"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("the class page lists %q, want %q", got, want)
	}
	rows := readCSV(t, teacher.get(classPath+"/learners.csv"))
	var inCSV []string
	for _, r := range rows[1:] {
		inCSV = append(inCSV, r[0])
	}
	if strings.Join(inCSV, "|") != strings.Join(want, "|") {
		t.Errorf("the CSV lists %q, want %q", inCSV, want)
	}
	// Classes too, on the course's settings page.
	for _, n := range []string{"Group 10", "Group 2"} {
		wantStatus(t, teacher.post("/teach/courses/rivers/classes", url.Values{"name": {n}}), http.StatusSeeOther)
	}
	classes := teacher.get("/teach/courses/rivers/settings").doc.Find(`[data-testid="classes"] li a`).Map(func(_ int, s *goquery.Selection) string { return s.Text() })
	if strings.Join(classes, "|") != "Group 2|Group 10|Year 10" {
		t.Errorf("the classes are listed as %q", classes)
	}
}
