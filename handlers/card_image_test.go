package handlers_test

import (
	"context"
	"image/color"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/quiz"
)

// An instructor puts an image on each side of a written card. An image
// without alt text, an SVG and a file over 2 MB are refused beside the
// side's field, with what was typed kept and nothing written. Saved, the
// card's list shows them; a learner reviewing it sees the front's image,
// and the back's only once the answer is shown; an edit keeps them and a
// box removes one.
func TestCardEditorAddsImages(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	path := "/teach/courses/rivers/themes/danube/cards"
	form := b.get(path)
	wantStatus(t, form, http.StatusOK)
	if enc := form.doc.Find(`form[data-testid="card-editor"]`).AttrOr("enctype", ""); enc != "multipart/form-data" {
		t.Errorf("the card form is sent as %q", enc)
	}
	for _, id := range []string{"front_image", "front_image_alt", "back_image", "back_image_alt"} {
		if form.doc.Find(`label[for="`+id+`"]`).Length() != 1 || form.doc.Find("#"+id).Length() != 1 {
			t.Errorf("no labelled field %s", id)
		}
	}
	c, _ := a.db.FindCourse(ctx, "rivers")
	th, _ := c.Theme("danube")
	cards := func() int {
		cs, err := a.db.ThemeCards(ctx, th.ID)
		if err != nil {
			t.Fatal(err)
		}
		return len(cs)
	}
	before, images := cards(), a.countRows(t, "images")
	fields := url.Values{"front": {"Which river is on this map?"}, "back": {"The Danube"}, "par": {"1"},
		"front_image_alt": {"A map of a river through Vienna"}, "back_image_alt": {"The Danube's delta"}}
	river := string(ankitest.PNG(t, 4, 3, color.RGBA{0, 0, 200, 255}))
	delta := string(ankitest.PNG(t, 3, 4, color.RGBA{0, 160, 0, 255}))
	big := string(ankitest.PNG(t, 1, 1, color.RGBA{})) + strings.Repeat("\x00", 2<<20)
	for _, c := range []struct {
		name, side, data, alt, want string
	}{
		{"no alt", "front", river, "", "Describe the image"},
		{"svg", "back", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>`, "The Danube's delta", "not a PNG, JPEG, GIF or WebP image"},
		{"too big", "back", big, "The Danube's delta", "more than the 2 MB"},
	} {
		f := url.Values{}
		for k, v := range fields {
			f[k] = v
		}
		f.Set(c.side+"_image_alt", c.alt)
		p := b.postFiles(path, f, map[string][2]string{c.side + "_image": {"map.png", c.data}})
		wantStatus(t, p, http.StatusUnprocessableEntity)
		if got := p.doc.Find("#" + c.side + "_image-error").Text(); !strings.Contains(got, c.want) {
			t.Errorf("%s: the message beside the %s's image is %q, want %q", c.name, c.side, got, c.want)
		}
		if got := p.doc.Find("#front").Text(); got != "Which river is on this map?" {
			t.Errorf("%s: the front is not kept: %q", c.name, got)
		}
		if got := p.doc.Find("#"+c.side+"_image_alt").AttrOr("value", ""); got != c.alt {
			t.Errorf("%s: the alt text is not kept: %q", c.name, got)
		}
		if cards() != before || a.countRows(t, "images") != images {
			t.Fatalf("%s: something was written", c.name)
		}
		if c.name == "no alt" && p.doc.Find(`[data-testid="front-pending-image"]`).Length() != 1 {
			t.Errorf("the chosen image is not kept while its alt text is missing")
		}
	}
	wantStatus(t, b.postFiles(path, fields, map[string][2]string{"front_image": {"river.png", river}, "back_image": {"delta.png", delta}}), http.StatusSeeOther)
	if cards() != before+1 || a.countRows(t, "images") != images+2 {
		t.Fatal("the card and its images were not saved")
	}
	list := b.get(path)
	if msg := list.doc.Find(`[data-testid="flash"]`).Text(); !strings.Contains(msg, "The card is saved.") {
		t.Errorf("the list says %q", msg)
	}
	shown := list.doc.Find(`[data-testid="written-cards"] [data-testid="image"]`)
	if shown.Length() != 2 || shown.Eq(0).AttrOr("alt", "") != "A map of a river through Vienna" || shown.Eq(1).AttrOr("alt", "") != "The Danube's delta" {
		t.Fatalf("the list shows %d images", shown.Length())
	}
	frontURL, backURL := shown.Eq(0).AttrOr("src", ""), shown.Eq(1).AttrOr("src", "")

	// A learner meets the card in review: the back's image only after
	// Show answer.
	learner := a.browser()
	learner.startQuiz("danube")
	rev := learner.get("/courses/rivers/review?theme=danube")
	for n := 0; rev.doc.Find("#card-front").Text() != "Which river is on this map?"; n++ {
		show, ok := rev.doc.Find(`[data-testid="show"]`).Attr("href")
		if !ok || n > 50 {
			t.Fatal("the deck never showed the card with images")
		}
		back := learner.get(show)
		rate, _ := back.doc.Find("form.rate-form").Attr("action")
		f := url.Values{"rating": {"3"}}
		back.doc.Find("form.rate-form input[type=hidden]").Each(func(_ int, s *goquery.Selection) {
			f.Set(s.AttrOr("name", ""), s.AttrOr("value", ""))
		})
		learner.post(rate, f)
		rev = learner.get("/courses/rivers/review?theme=danube")
	}
	if src := rev.doc.Find(`[data-testid="image"]`).AttrOr("src", ""); src != frontURL || rev.doc.Find(`[data-testid="image"]`).Length() != 1 {
		t.Errorf("the front shows %d images", rev.doc.Find(`[data-testid="image"]`).Length())
	}
	if strings.Contains(rev.body, backURL) {
		t.Error("the front's page holds the back's image")
	}
	revealed := learner.get(rev.doc.Find(`[data-testid="show"]`).AttrOr("href", ""))
	if src := revealed.doc.Find(`#back [data-testid="image"]`).AttrOr("src", ""); src != backURL {
		t.Errorf("the back shows image %q, want %q", src, backURL)
	}
	if p := learner.get(backURL); p.status != http.StatusOK || p.body != delta {
		t.Errorf("the back's image answered %d to the learner", p.status)
	}

	// An edit without a file keeps both; a box removes the back's.
	cs, _ := a.db.ThemeCards(ctx, th.ID)
	id := strconv.FormatInt(cs[len(cs)-1].ID, 10)
	edit := b.get("/teach/cards/" + id + "/edit")
	hash := edit.doc.Find(`input[name="back_remove_image"]`).AttrOr("value", "")
	if hash == "" || edit.doc.Find(`input[name="front_remove_image"]`).Length() != 1 {
		t.Fatal("the edit form does not list the card's images")
	}
	fields.Set("back", "The Danube, near its delta")
	wantStatus(t, b.postFiles("/teach/cards/"+id, fields, nil), http.StatusSeeOther)
	wc, _ := a.db.FindWrittenCard(ctx, cs[len(cs)-1].ID)
	if len(wc.Images) != 2 || wc.Back != "The Danube, near its delta" {
		t.Fatalf("an edit without a file left %d images", len(wc.Images))
	}
	fields.Set("back_remove_image", hash)
	wantStatus(t, b.postFiles("/teach/cards/"+id, fields, nil), http.StatusSeeOther)
	wc, _ = a.db.FindWrittenCard(ctx, cs[len(cs)-1].ID)
	if len(wc.Images) != 1 || wc.Images[0].Side != quiz.SideFront {
		t.Fatalf("after removing the back's image the card has %+v", wc.Images)
	}
	if p := learner.get(backURL); p.status != http.StatusNotFound {
		t.Errorf("the removed image still answers %d to a learner", p.status)
	}
}
