package handlers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"image/color"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/quiz"
)

// postFiles posts a form as multipart, with a file in each named input.
func (b *browser) postFiles(path string, form url.Values, files map[string][2]string) page {
	b.a.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, vs := range form {
		for _, v := range vs {
			mw.WriteField(k, v)
		}
	}
	for field, f := range files {
		fw, _ := mw.CreateFormFile(field, f[0])
		fw.Write([]byte(f[1]))
	}
	mw.Close()
	req, _ := http.NewRequest("POST", b.a.srv.URL+path, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", b.a.srv.URL)
	return b.do(req)
}

// countRows counts a table's rows.
func (a *app) countRows(t *testing.T, table string) int {
	t.Helper()
	var n int
	if err := a.rawDB().QueryRowContext(context.Background(), "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// An instructor puts an image beside an option in the editor. An image
// without alt text, an SVG and a file over 2 MB are each refused beside
// the option's row, with what was typed kept and nothing written; a sound
// image chosen in a form shown again stays chosen. Saved, the image shows
// beside the option on the set's page and, to a learner, on the question
// page before answering (with nothing marking the right option) and in
// the feedback; an edit keeps it and its box removes it.
func TestEditorPutsAnImageBesideAnOption(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	set := danubeSet(t, a)
	editor := b.get("/teach/sets/" + set + "/questions/new")
	wantStatus(t, editor, http.StatusOK)
	for i := 0; i < 4; i++ {
		n := strconv.Itoa(i)
		if editor.doc.Find(`label[for="opt-image-`+n+`"]`).Length() != 1 || editor.doc.Find(`input[type="file"]#opt-image-`+n).Length() != 1 ||
			editor.doc.Find(`label[for="opt-image-alt-`+n+`"]`).Length() != 1 {
			t.Fatalf("option %d has no labelled image field", i+1)
		}
	}
	form := url.Values{
		"type": {"single"}, "kind": {"fact"}, "prompt": {"Which flag flies over Vienna?"},
		"opt-text-0": {"Austria's"}, "opt-text-1": {"Hungary's"}, "correct": {"0"}, "par": {"1"},
		"opt-feedback-1": {"Budapest flies that one."},
		"explanation":    {"Vienna is Austria's capital."},
	}
	questions := func() int {
		_, qs, err := a.db.FindSet(ctx, mustInt(t, set))
		if err != nil {
			t.Fatal(err)
		}
		return len(qs)
	}
	before, images, versions := questions(), a.countRows(t, "images"), a.countRows(t, "question_versions")
	nothingWritten := func(step string) {
		t.Helper()
		if questions() != before || a.countRows(t, "images") != images || a.countRows(t, "question_versions") != versions {
			t.Fatalf("%s: something was written", step)
		}
	}
	flag := string(ankitest.PNG(t, 6, 4, color.RGBA{200, 16, 46, 255}))
	big := string(ankitest.PNG(t, 1, 1, color.RGBA{})) + strings.Repeat("\x00", 2<<20)
	for _, c := range []struct {
		name, file, data, alt, want string
	}{
		{"no alt", "flag.png", flag, "", "describe its image"},
		{"svg", "flag.png", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>`, "A red and white flag", "not a PNG, JPEG, GIF or WebP image"},
		{"too big", "flag.png", big, "A red and white flag", "more than the 2 MB"},
	} {
		form.Set("opt-image-alt-0", c.alt)
		p := b.postFiles("/teach/sets/"+set+"/questions", form, map[string][2]string{"opt-image-0": {c.file, c.data}})
		wantStatus(t, p, http.StatusUnprocessableEntity)
		if got := p.doc.Find("#opt-image-error-0").Text(); !strings.Contains(got, c.want) {
			t.Errorf("%s: the message beside option 1 is %q, want %q", c.name, got, c.want)
		}
		if p.doc.Find(`[data-testid="editor-errors"]`).Length() != 1 {
			t.Errorf("%s: the page does not say the question was not saved", c.name)
		}
		if v := p.doc.Find("textarea#opt-text-1").Text(); v != "Hungary's" {
			t.Errorf("%s: option text not kept: %q", c.name, v)
		}
		if v := p.doc.Find("#opt-image-alt-0").AttrOr("value", ""); v != c.alt {
			t.Errorf("%s: alt text not kept: %q", c.name, v)
		}
		if desc := p.doc.Find("#opt-image-alt-0").AttrOr("aria-describedby", ""); desc != "opt-image-error-0" {
			t.Errorf("%s: the alt field is described by %q", c.name, desc)
		}
		nothingWritten(c.name)
	}

	// Without alt text, a sound image stays chosen in the form shown again;
	// with it, the question is saved.
	form.Set("opt-image-alt-0", "")
	again := b.postFiles("/teach/sets/"+set+"/questions", form, map[string][2]string{"opt-image-0": {"austria.png", flag}})
	wantStatus(t, again, http.StatusUnprocessableEntity)
	if again.doc.Find(`[data-testid="pending-option-image"]`).Length() != 1 {
		t.Fatal("the chosen image is not kept in the form shown again")
	}
	nothingWritten("pending")
	again.doc.Find(`[data-testid="option-image-field"] input[type="hidden"]`).Each(func(_ int, s *goquery.Selection) {
		form.Set(s.AttrOr("name", ""), s.AttrOr("value", ""))
	})
	form.Set("opt-image-alt-0", "Red, white and red stripes")
	wantStatus(t, b.postFiles("/teach/sets/"+set+"/questions", form, nil), http.StatusSeeOther)
	if questions() != before+1 || a.countRows(t, "images") != images+1 {
		t.Fatal("the question and its option's image were not saved")
	}
	setPage := b.get("/teach/sets/" + set)
	img := setPage.doc.Find(`[data-testid="set-questions"] [data-testid="option-image"]`)
	if img.Length() != 1 || img.AttrOr("alt", "") != "Red, white and red stripes" {
		t.Fatalf("the set's page shows %d option images, alt %q", img.Length(), img.AttrOr("alt", ""))
	}
	src := img.AttrOr("src", "")
	if served := b.get(src); served.status != http.StatusOK || served.body != flag {
		t.Errorf("the image is served as %d, %d bytes", served.status, len(served.body))
	}

	// The exports carry it: JSON with its bytes, Moodle XML as the
	// answer's embedded file, which imports back beside the option.
	j := b.get("/teach/sets/" + set + "/export/json")
	wantStatus(t, j, http.StatusOK)
	var exported struct {
		Questions []quiz.Question `json:"questions"`
	}
	if err := json.Unmarshal([]byte(j.body), &exported); err != nil {
		t.Fatal(err)
	}
	var withImage int
	for _, q := range exported.Questions {
		for _, o := range q.Options {
			if o.Image != nil && string(o.Image.Data) == flag && o.Image.Alt == "Red, white and red stripes" && o.Image.Name == "austria.png" {
				withImage++
			}
		}
	}
	if withImage != 1 {
		t.Errorf("the JSON export holds %d options with their image", withImage)
	}
	x := b.get("/teach/sets/" + set + "/export/xml")
	wantStatus(t, x, http.StatusOK)
	if !strings.Contains(x.body, `<file name="austria.png" path="/" encoding="base64">`) {
		t.Fatal("the XML export does not embed the option's image")
	}
	// The question alone, asked anew (a course refuses a prompt twice).
	start := strings.LastIndex(x.body[:strings.Index(x.body, "austria.png")], "<question ")
	end := start + strings.Index(x.body[start:], "</question>") + len("</question>")
	one := "<quiz>" + strings.Replace(x.body[start:end], "Which flag flies over Vienna?", "Which flag is Austria's?", 1) + "</quiz>"
	up := b.upload("/teach/courses/rivers/import", "flags.xml", []byte(one), map[string]string{"theme": "danube", "title": "Flags"})
	if up.status != http.StatusSeeOther {
		t.Fatalf("import: %d %s", up.status, up.doc.Find(".field-error, [role=alert]").Text())
	}
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	if a.countRows(t, "images") != images+1 {
		t.Error("the image came back as a second copy")
	}
	var flags int64
	sets, _ := a.db.ListSets(ctx, 1)
	for _, s := range sets {
		if s.Title == "Flags" {
			flags = s.ID
		}
	}
	back := b.get("/teach/sets/" + strconv.FormatInt(flags, 10)).doc.Find(`[data-testid="option-image"]`)
	if back.Length() != 1 || back.AttrOr("src", "") != src || back.AttrOr("alt", "") != "Red, white and red stripes" {
		t.Errorf("the re-imported set shows %d option images (%q)", back.Length(), back.AttrOr("alt", ""))
	}

	// The JSON export imports back with it too: the question alone, asked
	// anew.
	var doc map[string]any
	if err := json.Unmarshal([]byte(j.body), &doc); err != nil {
		t.Fatal(err)
	}
	var keep []any
	for _, q := range doc["questions"].([]any) {
		if m := q.(map[string]any); m["prompt"] == "Which flag flies over Vienna?" {
			m["prompt"], m["id"] = "Whose flag is red, white and red?", "flag-json"
			keep = append(keep, m)
		}
	}
	doc["questions"], doc["cards"] = keep, nil
	oneJSON, _ := json.Marshal(doc)
	up = b.upload("/teach/courses/rivers/import", "flags.json", oneJSON, map[string]string{"theme": "danube", "title": "Flags again"})
	if up.status != http.StatusSeeOther {
		t.Fatalf("JSON import: %d %s", up.status, up.doc.Find(".field-error, [role=alert]").Text())
	}
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	sets, _ = a.db.ListSets(ctx, 1)
	for _, s := range sets {
		if s.Title == "Flags again" {
			flags = s.ID
		}
	}
	back = b.get("/teach/sets/" + strconv.FormatInt(flags, 10)).doc.Find(`[data-testid="option-image"]`)
	if back.Length() != 1 || back.AttrOr("src", "") != src || back.AttrOr("alt", "") != "Red, white and red stripes" {
		t.Errorf("the set imported from JSON shows %d option images (%q)", back.Length(), back.AttrOr("alt", ""))
	}

	// A learner meets it beside the option, before and after answering.
	learner := a.browser()
	att := learner.startQuiz("danube")
	seen := false
	for n := 1; ; n++ {
		path := att + "/q/" + strconv.Itoa(n)
		p := learner.get(path)
		if p.status != http.StatusOK {
			break
		}
		if p.doc.Find("#prompt").Text() != "Which flag flies over Vienna?" {
			wantStatus(t, learner.post(path, answerForm(t, p, true)), http.StatusSeeOther)
			continue
		}
		seen = true
		choice := p.doc.Find(".choice").FilterFunction(func(_ int, s *goquery.Selection) bool {
			return s.Find(`[data-testid="option-image"]`).Length() == 1
		})
		if choice.Length() != 1 || !strings.HasPrefix(strings.TrimSpace(choice.Find(".text").Text()), "Austria's") {
			t.Fatalf("the image is beside %d options", choice.Length())
		}
		if got := choice.Find("img").AttrOr("src", ""); got != src {
			t.Errorf("the learner's image is %q, want %q", got, src)
		}
		if p.doc.Find(".right, .mark, [data-testid=feedback]").Length() != 0 || strings.Contains(p.body, "Budapest flies") {
			t.Error("the page marks an answer before answering")
		}
		if got := learner.get(src); got.status != http.StatusOK {
			t.Errorf("the learner is refused the option's image: %d", got.status)
		}
		wantStatus(t, learner.post(path, url.Values{"q": {p.doc.Find(`input[name="q"]`).AttrOr("value", "")}, "choice": {choice.Find("input").AttrOr("value", "")}}), http.StatusSeeOther)
		fb := learner.get(path)
		if fb.doc.Find(`[data-testid="feedback"]`).Length() != 1 || fb.doc.Find(`.choice.right [data-testid="option-image"]`).AttrOr("src", "") != src {
			t.Error("the feedback does not show the image beside the right option")
		}
	}
	if !seen {
		t.Fatal("the quiz never asked the question")
	}

	// An edit keeps the image; its box removes it.
	_, qs, _ := a.db.FindSet(ctx, mustInt(t, set))
	q := qs[len(qs)-1]
	edit := "/teach/questions/" + strconv.FormatInt(q.ID, 10)
	page := b.get(edit + "/edit")
	hash := page.doc.Find(`input[name="opt-image-hash-0"]`).AttrOr("value", "")
	if hash == "" || page.doc.Find("#opt-image-alt-0").AttrOr("value", "") != "Red, white and red stripes" {
		t.Fatal("the editor does not show the option's image")
	}
	form = url.Values{}
	page.doc.Find(`form[data-testid="editor"] input, form[data-testid="editor"] textarea, form[data-testid="editor"] select`).Each(func(_ int, s *goquery.Selection) {
		name := s.AttrOr("name", "")
		switch {
		case name == "" || s.AttrOr("type", "") == "file" || s.AttrOr("type", "") == "submit":
		case s.Is("textarea"):
			form.Set(name, s.Text())
		case s.Is("select"):
			form.Set(name, s.Find("option[selected]").AttrOr("value", ""))
		case s.AttrOr("type", "") == "checkbox" || s.AttrOr("type", "") == "radio":
			if _, ok := s.Attr("checked"); ok {
				form.Add(name, s.AttrOr("value", ""))
			}
		default:
			form.Set(name, s.AttrOr("value", ""))
		}
	})
	form.Set("explanation", "Vienna is the capital of Austria.")
	wantStatus(t, b.postFiles(edit, form, nil), http.StatusSeeOther)
	sq, _, _ := a.db.FindQuestion(ctx, q.ID)
	if im := sq.Question.Options[0].Image; im == nil || im.Hash != hash || im.Alt != "Red, white and red stripes" {
		t.Fatalf("an edit without a file left the image %+v", im)
	}
	form.Set("opt-image-remove-0", "1")
	wantStatus(t, b.postFiles(edit, form, nil), http.StatusSeeOther)
	sq, _, _ = a.db.FindQuestion(ctx, q.ID)
	if sq.Question.Options[0].Image != nil {
		t.Fatal("the removed image is still there")
	}
	// A hash the question never had is not taken from the form.
	form.Del("opt-image-remove-0")
	form.Set("opt-image-hash-0", strings.Repeat("a", 64))
	wantStatus(t, b.postFiles(edit, form, nil), http.StatusSeeOther)
	sq, _, _ = a.db.FindQuestion(ctx, q.ID)
	if sq.Question.Options[0].Image != nil {
		t.Fatal("the form gave the option an image it never had")
	}
}
