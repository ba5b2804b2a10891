package handlers_test

import (
	"bytes"
	"context"
	"image/color"
	"mime/multipart"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/ankitest"
)

// postImage posts the editor's form as multipart, with a file in its
// image input when name is not empty.
func (b *browser) postImage(path string, form url.Values, name string, content []byte) page {
	b.a.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, vs := range form {
		for _, v := range vs {
			mw.WriteField(k, v)
		}
	}
	if name != "" {
		fw, _ := mw.CreateFormFile("image", name)
		fw.Write(content)
	}
	mw.Close()
	req, _ := http.NewRequest("POST", b.a.srv.URL+path, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", b.a.srv.URL)
	return b.do(req)
}

// An instructor adds an image to a question in the editor: an SVG (named
// .png) is refused beside the field with everything typed kept and
// nothing saved; a PNG shown again in a preview stays chosen; saved, the
// question shows it with its alt text; an edit keeps it, and the box
// removes it. The form still works without a file, as a plain form too.
func TestEditorAddsAnImage(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	set := danubeSet(t, a)
	editor := b.get("/teach/sets/" + set + "/questions/new")
	wantStatus(t, editor, http.StatusOK)
	if enc, _ := editor.doc.Find(`form[data-testid="editor"]`).Attr("enctype"); enc != "multipart/form-data" || editor.doc.Find(`input[type="file"]#image`).Length() != 1 || editor.doc.Find(`label[for="image_alt"]`).Length() != 1 {
		t.Fatal("the editor has no labelled image field")
	}
	form := url.Values{
		"type": {"single"}, "kind": {"fact"}, "prompt": {"Which river is on the map?"},
		"opt-text-0": {"The Danube"}, "opt-text-1": {"The Rhine"}, "correct": {"0"}, "par": {"1"},
		"explanation": {"The map shows the Danube."}, "image_alt": {"A map of the Danube"},
	}
	questions := func() int {
		_, qs, err := a.db.FindSet(ctx, mustInt(t, set))
		if err != nil {
			t.Fatal(err)
		}
		return len(qs)
	}
	before := questions()
	svg := b.postImage("/teach/sets/"+set+"/questions", form, "map.png", []byte(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>`))
	wantStatus(t, svg, http.StatusUnprocessableEntity)
	if got := svg.doc.Find("#image-error").Text(); !strings.Contains(got, "not a PNG, JPEG, GIF or WebP image") {
		t.Errorf("the SVG is refused with %q", got)
	}
	if v, _ := svg.doc.Find("#image_alt").Attr("value"); v != "A map of the Danube" || svg.doc.Find("#prompt").AttrOr("value", svg.doc.Find("#prompt").Text()) == "" {
		t.Error("the form shown again lost what was typed")
	}
	if questions() != before {
		t.Fatal("a refused image saved the question")
	}

	png := ankitest.PNG(t, 5, 4, color.RGBA{0, 0, 255, 255})
	form.Set("preview", "1")
	prev := b.postImage("/teach/sets/"+set+"/questions", form, "danube map.png", png)
	wantStatus(t, prev, http.StatusOK)
	if prev.doc.Find(`[data-testid="pending-image"]`).Length() != 1 {
		t.Fatal("the chosen image is not kept in the form shown again")
	}
	pending := url.Values{}
	prev.doc.Find(`[data-testid="editor-images"] input[type="hidden"]`).Each(func(_ int, s *goquery.Selection) {
		pending.Set(s.AttrOr("name", ""), s.AttrOr("value", ""))
	})
	form.Del("preview")
	for k, v := range pending {
		form[k] = v
	}
	wantStatus(t, b.postImage("/teach/sets/"+set+"/questions", form, "", nil), http.StatusSeeOther)
	if questions() != before+1 {
		t.Fatal("the question was not saved")
	}
	setPage := b.get("/teach/sets/" + set)
	img := setPage.doc.Find(`[data-testid="image"]`)
	if img.Length() != 1 || img.AttrOr("alt", "") != "A map of the Danube" {
		t.Fatalf("the set's page shows %d images, alt %q", img.Length(), img.AttrOr("alt", ""))
	}
	served := b.get(img.AttrOr("src", ""))
	if served.status != http.StatusOK || !bytes.Equal([]byte(served.body), png) {
		t.Errorf("the image is served as %d, %d bytes", served.status, len(served.body))
	}

	// An edit without a file keeps the image; ticking its box removes it.
	_, qs, _ := a.db.FindSet(ctx, mustInt(t, set))
	q := qs[len(qs)-1]
	edit := "/teach/questions/" + strconv.FormatInt(q.ID, 10)
	page := b.get(edit + "/edit")
	hash := page.doc.Find(`input[name="remove_image"]`).AttrOr("value", "")
	if hash == "" {
		t.Fatal("the editor does not list the question's image")
	}
	form.Del("pending_name")
	form.Del("pending_data")
	form.Set("image_alt", "")
	form.Set("explanation", "The map shows the Danube, from the Black Forest.")
	wantStatus(t, b.post(edit, form), http.StatusSeeOther)
	sq, _, _ := a.db.FindQuestion(ctx, q.ID)
	if len(sq.Question.Images) != 1 {
		t.Fatalf("an edit without a file left %d images", len(sq.Question.Images))
	}
	form.Set("remove_image", hash)
	wantStatus(t, b.postImage(edit, form, "", nil), http.StatusSeeOther)
	sq, _, _ = a.db.FindQuestion(ctx, q.ID)
	if len(sq.Question.Images) != 0 {
		t.Fatalf("the removed image is still there: %+v", sq.Question.Images)
	}
}
