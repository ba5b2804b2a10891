package handlers_test

import (
	"bytes"
	"context"
	"image/color"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/quiz"
)

// imageDeck is an Anki package with one Basic note in the Danube deck:
// an image on the front (the question) and one on the back (the answer).
func imageDeck(t *testing.T, front, back []byte) []byte {
	c := ankitest.Collection{
		Models: []ankitest.Model{ankitest.Basic(1)},
		Decks:  map[int64]string{1: "Default", 10: "Rivers::Danube"},
		Notes: []ankitest.Note{{ID: 100, Model: 1, Tags: []string{"maps"}, Deck: 10, Cards: []int{0},
			Fields: []string{`Which river is this?<br><img src="river.png">`, `The Danube<div><img src="delta%20map.png"></div>`}}},
	}
	return ankitest.Package21b(t, c, map[string][]byte{"river.png": front, "delta map.png": back})
}

// An image imported with an Anki card is served only where the card may be
// seen: to its course's owner always; to learners and visitors only while
// the card is in their deck (its set published and practice). An image on
// a card's back is answer material: it stays hidden while the set is a
// draft or a test. The route answers with the sniffed type, nosniff and a
// long cache lifetime, and 404 for what may not be seen as for what does
// not exist.
func TestImageRouteFollowsTheAnswerKeyRules(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	front := ankitest.PNG(t, 3, 2, color.RGBA{200, 0, 0, 255})
	back := ankitest.PNG(t, 2, 3, color.RGBA{0, 200, 0, 255})
	up := b.upload("/teach/courses/rivers/import", "Maps.apkg", imageDeck(t, front, back), map[string]string{"theme": "danube", "title": "Maps"})
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	if got := preview.doc.Find(`[data-testid="image-names"]`).Text(); !strings.Contains(got, "river.png (PNG") || !strings.Contains(got, "delta map.png (PNG") {
		t.Errorf("the preview names the images as %q", got)
	}
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)

	c, err := a.db.ExportCourse(ctx, "rivers")
	if err != nil {
		t.Fatal(err)
	}
	var card *quiz.Card
	for i := range c.Cards {
		if c.Cards[i].Front == "Which river is this?" {
			card = &c.Cards[i]
		}
	}
	if card == nil || len(card.Images) != 2 {
		t.Fatalf("imported card %+v", card)
	}
	frontURL := "/images/" + quiz.ImagesOn(card.Images, quiz.SideFront)[0].Hash
	backURL := "/images/" + quiz.ImagesOn(card.Images, quiz.SideBack)[0].Hash
	if im := quiz.ImagesOn(card.Images, quiz.SideBack)[0]; im.Name != "delta map.png" || !bytes.Equal(im.Data, back) {
		t.Errorf("back image %s, %d bytes", im.Name, len(im.Data))
	}

	learner := a.browser()
	visitor := a.browser()
	learner.get("/courses/rivers") // a learner who has been here
	check := func(step string, who *browser, path string, want int) {
		t.Helper()
		p := who.get(path)
		if p.status != want {
			t.Errorf("%s: %s answered %d, want %d", step, path, p.status, want)
			return
		}
		if want == http.StatusOK {
			if ct := p.header.Get("Content-Type"); ct != "image/png" {
				t.Errorf("%s: Content-Type %q", step, ct)
			}
			if p.header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(p.header.Get("Cache-Control"), "max-age=31536000") {
				t.Errorf("%s: headers %v", step, p.header)
			}
		}
	}
	// A draft set: only the owner sees the images.
	for _, u := range []string{frontURL, backURL} {
		check("draft", b, u, http.StatusOK)
		check("draft", learner, u, http.StatusNotFound)
		check("draft", visitor, u, http.StatusNotFound)
	}
	check("no such image", b, "/images/"+strings.Repeat("0", 64), http.StatusNotFound)
	check("not a hash", b, "/images/..%2fetc", http.StatusNotFound)

	var setID int64
	sets, _ := a.db.ListSets(ctx, 1)
	for _, s := range sets {
		if s.Title == "Maps" {
			setID = s.ID
		}
	}
	set := "/teach/sets/" + strconv.FormatInt(setID, 10)
	wantStatus(t, b.post(set+"/status", url.Values{"status": {"published"}}), http.StatusSeeOther)
	for _, u := range []string{frontURL, backURL} {
		check("published", learner, u, http.StatusOK)
		check("published", visitor, u, http.StatusOK)
	}
	// The card in the learner's deck shows its front image, and its back
	// image only once the answer is shown.
	rev := learner.get("/courses/rivers/review?theme=danube")
	wantStatus(t, rev, http.StatusOK)
	for rev.doc.Find("#card-front").Text() != "Which river is this?" {
		show, ok := rev.doc.Find(`[data-testid="show"]`).Attr("href")
		if !ok {
			t.Fatal("the deck never showed the card with images")
		}
		back := learner.get(show)
		rate, _ := back.doc.Find("form.rate-form").Attr("action")
		form := url.Values{"rating": {"3"}}
		back.doc.Find("form.rate-form input[type=hidden]").Each(func(_ int, s *goquery.Selection) {
			form.Set(s.AttrOr("name", ""), s.AttrOr("value", ""))
		})
		learner.post(rate, form)
		rev = learner.get("/courses/rivers/review?theme=danube")
	}
	if src, _ := rev.doc.Find(`[data-testid="image"]`).Attr("src"); src != frontURL || rev.doc.Find(`[data-testid="image"]`).Length() != 1 {
		t.Errorf("the front shows %d images", rev.doc.Find(`[data-testid="image"]`).Length())
	}
	if alt, _ := rev.doc.Find(`[data-testid="image"]`).Attr("alt"); alt != "river.png" {
		t.Errorf("the front image's alt is %q, want its file name", alt)
	}
	show, _ := rev.doc.Find(`[data-testid="show"]`).Attr("href")
	revealed := learner.get(show)
	if src, _ := revealed.doc.Find(`#back [data-testid="image"]`).Attr("src"); src != backURL {
		t.Errorf("the back shows image %q, want %q", src, backURL)
	}

	// A test whose answers wait for the last attempt: its cards leave the
	// deck, and the back's image is answer material again.
	wantStatus(t, b.post(set+"/settings", url.Values{"feedback": {"end"}, "max_attempts": {"2"}, "show_answers": {"1"}, "show_explanations": {"1"}, "show_score": {"1"}}), http.StatusSeeOther)
	check("test", learner, backURL, http.StatusNotFound)
	check("test", visitor, backURL, http.StatusNotFound)
	check("test", b, backURL, http.StatusOK)

	// A feedback image is answer material: served to a learner only once
	// they have answered its question.
	checkFeedbackImageRules(t, a, b)
}

// The truefalse fixture of Moodle's tests embeds logo.jpg in each question
// text: imported through the form, the image is stored once, shown with
// its alt text on the set's page and, once the set is published, to
// learners; the XML export writes it back as an embedded file that reads
// back byte for byte.
func TestMoodleXMLImagesImportAndExport(t *testing.T) {
	dir := os.Getenv("LECTERN_FIXTURES")
	if dir == "" {
		dir = "../../shared/fixtures/import"
	}
	data, err := os.ReadFile(filepath.Join(dir, "moodle-xml", "truefalse.xml"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skipf("Moodle XML fixture not found (set LECTERN_FIXTURES): %v", err)
	}
	a := newApp(t)
	b := teacherOn(t, a)
	ctx := context.Background()
	up := b.upload("/teach/courses/rivers/import", "truefalse.xml", data, map[string]string{"theme": "danube", "title": "Acronyms"})
	wantStatus(t, up, http.StatusSeeOther)
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	var setID int64
	sets, _ := a.db.ListSets(ctx, 1)
	for _, s := range sets {
		if s.Title == "Acronyms" {
			setID = s.ID
		}
	}
	setPage := b.get("/teach/sets/" + strconv.FormatInt(setID, 10))
	imgs := setPage.doc.Find(`[data-testid="image"]`)
	if imgs.Length() != 2 || imgs.AttrOr("alt", "") != "Moodle logo" {
		t.Fatalf("the set's page shows %d images, alt %q", imgs.Length(), imgs.AttrOr("alt", ""))
	}
	src := imgs.AttrOr("src", "")
	if src != imgs.Eq(1).AttrOr("src", "") {
		t.Error("the same logo is stored twice")
	}
	var n int
	// The logo once, and the three images of the feedback (infos.jpg in
	// the general feedback, thumbup.jpg and thumbdown.jpg in the answers').
	if err := a.rawDB().QueryRowContext(ctx, "SELECT COUNT(*) FROM images").Scan(&n); err != nil || n != 4 {
		t.Errorf("%d images stored, want 4 (%v)", n, err)
	}
	learner := a.browser()
	if p := learner.get(src); p.status != http.StatusNotFound {
		t.Errorf("a draft set's image answered %d to a learner", p.status)
	}
	wantStatus(t, b.post("/teach/sets/"+strconv.FormatInt(setID, 10)+"/status", url.Values{"status": {"published"}}), http.StatusSeeOther)
	p := learner.get(src)
	wantStatus(t, p, http.StatusOK)
	if p.header.Get("Content-Type") != "image/jpeg" || len(p.body) != 898 {
		t.Errorf("served %q, %d bytes; want image/jpeg, 898", p.header.Get("Content-Type"), len(p.body))
	}

	x := b.get("/teach/sets/" + strconv.FormatInt(setID, 10) + "/export/xml")
	wantStatus(t, x, http.StatusOK)
	if !strings.Contains(x.body, `<file name="logo.jpg" path="/" encoding="base64">`) || !strings.Contains(x.body, "@@PLUGINFILE@@/logo.jpg") {
		t.Errorf("the export does not embed the image:\n%s", x.body[:min(len(x.body), 2000)])
	}
	g := b.get("/teach/sets/" + strconv.FormatInt(setID, 10) + "/export/gift")
	if !strings.Contains(g.body, "// GIFT cannot hold images: logo.jpg, infos.jpg") {
		t.Errorf("the GIFT export does not say the image is left out:\n%s", g.body)
	}
}
