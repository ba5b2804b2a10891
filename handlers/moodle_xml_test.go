package handlers_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
)

const moodleXMLFile = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Rhine and borders</text></category></question>
  <question type="shortanswer">
    <name><text>rhine-mouth</text></name>
    <questiontext format="html"><text><![CDATA[<p>Into which sea does the <b>Rhine</b> flow?</p><script>alert(1)</script>]]></text></questiontext>
    <answer fraction="100"><text>North Sea</text></answer>
    <answer fraction="50"><text>Baltic</text><feedback><text>Half marks: wrong sea, right idea.</text></feedback></answer>
    <answer fraction="0"><text>*</text><feedback><text>Look at paragraph 2.</text></feedback></answer>
    <tags><tag><text>geography</text></tag></tags>
  </question>
  <question type="description"><name><text>Intro</text></name><questiontext><text>Read first.</text></questiontext></question>
</quiz>
`

func TestImportAndExportMoodleXML(t *testing.T) {
	a := newApp(t)
	a.instructor("teacher@example.org", "teacher passphrase") // an owner of the rivers course
	b := a.browser()
	b.signIn("teacher@example.org", "teacher passphrase")
	ctx := context.Background()
	form := map[string]string{"theme": "danube", "title": "From Moodle XML", "publish": "1"}

	bad := b.upload("/teach/courses/rivers/import", "broken.xml", []byte("<quiz>\n<question type=\"truefalse\">\n<name>"), form)
	wantStatus(t, bad, http.StatusUnprocessableEntity)
	if !strings.Contains(bad.doc.Find(`[data-testid="file-errors"]`).Text(), "not well-formed XML") {
		t.Errorf("the error does not say what is wrong: %q", bad.doc.Find(`[data-testid="file-errors"]`).Text())
	}

	up := b.upload("/teach/courses/rivers/import", "bank.xml", []byte(moodleXMLFile), form)
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	if got := preview.doc.Find(`[data-testid="preview-questions"]`).Text(); got != "1 question" {
		t.Errorf("preview says %q", got)
	}
	if !strings.Contains(preview.doc.Find(`[data-testid="skipped"]`).Text(), "line 12") {
		t.Errorf("the description is not reported with its line: %q", preview.doc.Find(`[data-testid="skipped"]`).Text())
	}
	if strings.Contains(preview.body, "<script>alert") {
		t.Error("the question's HTML reached the page raw")
	}
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	after, _ := a.db.ExportCourse(ctx, "rivers")
	var q *quiz.Question
	for i := range after.Questions {
		if after.Questions[i].ID == "rhine-mouth" {
			q = &after.Questions[i]
		}
	}
	if q == nil || q.Theme != "rhine-and-borders" || q.Prompt != "Into which sea does the Rhine flow?" ||
		len(q.Marked) != 2 || q.Marked[0].Fraction != 0.5 || len(q.Tags) != 1 {
		t.Fatalf("imported question %+v", q)
	}

	x := b.get("/teach/courses/rivers/export/xml")
	wantStatus(t, x, http.StatusOK)
	if cd := x.header.Get("Content-Disposition"); cd != `attachment; filename="rivers.xml"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	if ct := x.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/xml") {
		t.Errorf("Content-Type %q", ct)
	}
	res, err := formats.ParseMoodleXML(strings.NewReader(x.body), formats.Options{})
	if err != nil || len(res.Questions) != len(after.Questions) || len(res.Skipped) != 0 {
		t.Fatalf("XML export reads back as %+v, %v", res, err)
	}
	for _, back := range res.Questions {
		if back.ID == "rhine-mouth" && (len(back.Marked) != 2 || back.Marked[1].Feedback != "Look at paragraph 2." || back.Tags[0] != "geography") {
			t.Errorf("exported question %+v", back)
		}
	}
	// The links are on the teaching page, and a learner cannot download.
	if b.get("/teach").doc.Find(`a[href="/teach/courses/rivers/export/xml"]`).Length() != 1 {
		t.Error("no Moodle XML export link on the teaching page")
	}
	learner := a.browser()
	if p := learner.get("/teach/courses/rivers/export/xml"); p.status == http.StatusOK {
		t.Error("a learner downloaded the course")
	}
}
