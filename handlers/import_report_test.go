package handlers_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/quiz"
)

// A file refused for several problems lists each as its own point: a
// duplicate id and a bad type read apart, not run together in one.
func TestImportProblemsAreSeparatePoints(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	src := `{"questions":[
		{"id":"a","theme":"danube","type":"single","kind":"fact","prompt":"P?","options":[{"text":"x","correct":true},{"text":"y"}],"paragraphs":[1]},
		{"id":"a","theme":"danube","type":"single","kind":"fact","prompt":"Q?","options":[{"text":"x","correct":true},{"text":"y"}],"paragraphs":[1]},
		{"id":"b","theme":"danube","type":"zzz","kind":"fact","prompt":"R?","paragraphs":[1]}]}`
	p := b.upload("/teach/courses/rivers/import", "bank.json", []byte(src), map[string]string{"theme": "danube", "title": "S"})
	wantStatus(t, p, http.StatusUnprocessableEntity)
	var items []string
	p.doc.Find(`[data-testid="file-errors"] li`).Each(func(_ int, s *goquery.Selection) { items = append(items, s.Text()) })
	var dup, typ int
	for _, it := range items {
		if strings.Contains(it, "\n") || strings.Contains(it, "problem(s)") {
			t.Errorf("a point runs several problems together: %q", it)
		}
		if strings.Contains(it, "used twice") {
			dup++
		}
		if strings.Contains(it, `"zzz"`) {
			typ++
		}
	}
	if dup != 1 || typ != 1 || len(items) != 2 {
		t.Errorf("the problems read %q; want the duplicate and the bad type, one point each", items)
	}
}

// After confirming an import, the set made says what was imported into
// it and, a draft, offers to publish it there; publishing comes back to
// the set's page and says so.
func TestImportSaysWhatAndWhere(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	up := b.upload("/teach/courses/rivers/import", "rhine.gift", []byte(giftFile), map[string]string{"theme": "rhine-and-borders", "title": "From Moodle"})
	done := b.post(up.header.Get("Location"), nil)
	wantStatus(t, done, http.StatusSeeOther)
	loc := done.header.Get("Location")
	if !strings.HasPrefix(loc, "/teach/sets/") {
		t.Fatalf("after the import the instructor goes to %s, want the set made", loc)
	}
	set := b.get(loc)
	wantStatus(t, set, http.StatusOK)
	if got := flashText(set); got != "2 questions imported into the draft set “From Moodle”. Learners see nothing until you publish it: check the questions below, then publish it here." {
		t.Errorf("the set page says %q", got)
	}
	if again := b.get(loc); flashText(again) != "" || again.doc.Find(`[data-testid="set-publish"]`).Length() != 1 {
		t.Errorf("on reload: message %q, and the set page should offer Publish", flashText(again))
	}
	form := set.doc.Find(`[data-testid="flash"] form`)
	action, _ := form.Attr("action")
	vals := map[string][]string{}
	form.Find(`input`).Each(func(_ int, s *goquery.Selection) {
		n, _ := s.Attr("name")
		v, _ := s.Attr("value")
		vals[n] = append(vals[n], v)
	})
	published := b.post(action, vals)
	wantStatus(t, published, http.StatusSeeOther)
	if got := published.header.Get("Location"); got != loc {
		t.Errorf("Publish goes to %s, want back to %s", got, loc)
	}
	if got := flashText(b.get(loc)); !strings.HasPrefix(got, "Published") {
		t.Errorf("after Publish the set page says %q", got)
	}
	sets, _ := a.db.ListSets(context.Background(), 1)
	for _, s := range sets {
		if s.Title == "From Moodle" && s.Status != quiz.SetPublished {
			t.Errorf("the set is %s", s.Status)
		}
	}
}
