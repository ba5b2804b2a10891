package handlers_test

import (
	"net/http"
	"net/url"
	"testing"
)

// The forms of a course's settings page and of a class page lay out their
// fields as every other form does (class "settings": the label above a
// full-width input), not as bare inputs beside their labels, which on a
// 360-pixel-wide phone left a date or a name field a few characters wide.
func TestTeachFormsLayOutTheirFields(t *testing.T) {
	a := newApp(t)
	teacher := teacherOn(t, a)
	made := teacher.post("/teach/courses/rivers/classes", url.Values{"name": {"Year 10"}})
	wantStatus(t, made, http.StatusSeeOther)
	for path, want := range map[string][]string{
		"/teach/courses/rivers/settings": {"class_name", "email", "title"},
		made.header.Get("Location"):      {"what", "due", "name"},
	} {
		p := teacher.get(path)
		wantStatus(t, p, http.StatusOK)
		for _, id := range want {
			field := p.doc.Find("main #" + id)
			if field.Length() != 1 {
				t.Errorf("%s: no field #%s", path, id)
				continue
			}
			if field.Closest("form.settings").Length() != 1 {
				t.Errorf("%s: the field #%s is in a form without the fields' layout (class %q)", path, id, field.Closest("form").AttrOr("class", ""))
			}
		}
	}
}
