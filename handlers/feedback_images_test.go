package handlers_test

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"image/color"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/ankitest"
)

// feedbackXML is a Moodle XML file of one question whose general feedback
// and whose answers' feedback each show an embedded image.
func feedbackXML(general, right, wrong []byte) []byte {
	b64 := base64.StdEncoding.EncodeToString
	return []byte(`<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>flags</text></name>
    <questiontext format="plain_text"><text>Which flag is red?</text></questiontext>
    <generalfeedback format="html">
      <text><![CDATA[<p>Flags of the river boats.</p><p><img src="@@PLUGINFILE@@/boats.png" alt="Three boats"></p>]]></text>
      <file name="boats.png" path="/" encoding="base64">` + b64(general) + `</file>
    </generalfeedback>
    <single>true</single>
    <answer fraction="100" format="plain_text"><text>Red</text>
      <feedback format="html"><text><![CDATA[<p>Right. <img src="@@PLUGINFILE@@/red.png" alt="The red flag"></p>]]></text>
      <file name="red.png" path="/" encoding="base64">` + b64(right) + `</file></feedback>
    </answer>
    <answer fraction="0" format="plain_text"><text>Blue</text>
      <feedback format="html"><text><![CDATA[<p>No. <img src="@@PLUGINFILE@@/blue.png" alt="The blue flag"></p>]]></text>
      <file name="blue.png" path="/" encoding="base64">` + b64(wrong) + `</file></feedback>
    </answer>
  </question>
</quiz>`)
}

func imageURL(data []byte) string {
	sum := sha256.Sum256(data)
	return "/images/" + hex.EncodeToString(sum[:])
}

// checkFeedbackImageRules imports a Moodle XML question with feedback
// images into a set of its own, publishes it, and checks that the image
// route serves a feedback image to a learner only once they have answered
// the question (404 before, 200 after, 404 to another learner and to a
// visitor), that the feedback shows the images with their alt text, and
// that the page before answering does not name them.
func checkFeedbackImageRules(t *testing.T, a *app, b *browser) {
	t.Helper()
	general := ankitest.PNG(t, 4, 2, color.RGBA{90, 90, 0, 255})
	right := ankitest.PNG(t, 2, 4, color.RGBA{220, 0, 0, 255})
	wrong := ankitest.PNG(t, 3, 3, color.RGBA{0, 0, 220, 255})
	up := b.upload("/teach/courses/rivers/import", "flags.xml", feedbackXML(general, right, wrong), map[string]string{"theme": "danube", "title": "Flags"})
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	wantStatus(t, preview, http.StatusOK)
	// The preview shows the feedback's images, served from the upload.
	fbs := preview.doc.Find(`[data-testid="feedback-image"]`)
	if fbs.Length() != 3 || fbs.First().AttrOr("alt", "") != "Three boats" {
		t.Errorf("the preview shows %d feedback images", fbs.Length())
	}
	if p := b.get(fbs.First().AttrOr("src", "")); p.status != http.StatusOK || p.header.Get("Content-Type") != "image/png" {
		t.Errorf("the preview's feedback image answered %d", p.status)
	}
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	var setID int64
	sets, _ := a.db.ListSets(t.Context(), 1)
	for _, s := range sets {
		if s.Title == "Flags" {
			setID = s.ID
		}
	}
	set := "/teach/sets/" + strconv.FormatInt(setID, 10)
	urls := []string{imageURL(general), imageURL(right), imageURL(wrong)}
	// The set's page shows them to its owner, with the feedback.
	onSet := map[string]string{}
	b.get(set).doc.Find(`[data-testid="feedback-image"]`).Each(func(_ int, s *goquery.Selection) {
		onSet[s.AttrOr("src", "")] = s.AttrOr("alt", "")
	})
	if onSet[urls[0]] != "Three boats" || onSet[urls[1]] != "The red flag" || onSet[urls[2]] != "The blue flag" {
		t.Errorf("the set's page shows feedback images %v", onSet)
	}
	for _, u := range urls {
		if p := b.get(u); p.status != http.StatusOK {
			t.Errorf("the owner gets %s: %d", u, p.status)
		}
	}
	wantStatus(t, b.post(set+"/status", url.Values{"status": {"published"}}), http.StatusSeeOther)

	learner, other, visitor := a.browser(), a.browser(), a.browser()
	learner.get("/courses/rivers")
	other.get("/courses/rivers")
	for _, u := range urls {
		for name, who := range map[string]*browser{"learner": learner, "other learner": other, "visitor": visitor} {
			if p := who.get(u); p.status != http.StatusNotFound {
				t.Errorf("before answering, the %s gets %s: %d, want 404", name, u, p.status)
			}
		}
	}

	// The learner answers the quiz, the flags question wrongly.
	att := learner.startQuiz("danube")
	var feedback page
	for n := 1; ; n++ {
		path := att + "/q/" + strconv.Itoa(n)
		p := learner.get(path)
		if p.status != http.StatusOK || p.doc.Find("form.answer-form").Length() == 0 {
			break
		}
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		if qid != "flags" {
			wantStatus(t, learner.post(path, answerForm(t, p, true)), http.StatusSeeOther)
			continue
		}
		for _, u := range urls {
			if strings.Contains(p.body, strings.TrimPrefix(u, "/images/")) {
				t.Errorf("the question, not answered yet, names feedback image %s", u)
			}
		}
		form := url.Values{"q": {qid}}
		p.doc.Find(".choice").Each(func(_ int, s *goquery.Selection) {
			if strings.TrimSpace(s.Find(".text").Text()) == "Blue" {
				form.Set("choice", s.Find("input").AttrOr("value", ""))
			}
		})
		wantStatus(t, learner.post(path, form), http.StatusSeeOther)
		feedback = learner.get(path)
		wantStatus(t, feedback, http.StatusOK)
	}
	if feedback.doc == nil {
		t.Fatal("the quiz never asked the flags question")
	}
	shown := map[string]string{}
	feedback.doc.Find(`[data-testid="feedback-image"]`).Each(func(_ int, s *goquery.Selection) {
		shown[s.AttrOr("src", "")] = s.AttrOr("alt", "")
	})
	if shown[urls[0]] != "Three boats" || shown[urls[2]] != "The blue flag" || len(shown) != 2 {
		t.Errorf("the feedback shows images %v, want the general feedback's and the chosen option's", shown)
	}
	if got := feedback.doc.Find(".explanation").Text(); strings.Contains(got, "[Three boats]") {
		t.Errorf("the explanation still reads %q", got)
	}
	for _, u := range urls {
		if p := learner.get(u); p.status != http.StatusOK || p.header.Get("Content-Type") != "image/png" {
			t.Errorf("after answering, the learner gets %s: %d %s", u, p.status, p.header.Get("Content-Type"))
		}
		if p := other.get(u); p.status != http.StatusNotFound {
			t.Errorf("another learner, who has not answered, gets %s: %d", u, p.status)
		}
		if p := visitor.get(u); p.status != http.StatusNotFound {
			t.Errorf("a visitor gets %s: %d", u, p.status)
		}
	}

	// The Moodle XML export writes each image back in its feedback.
	x := b.get(set + "/export/xml")
	wantStatus(t, x, http.StatusOK)
	gf := x.body[strings.Index(x.body, "<generalfeedback"):strings.Index(x.body, "</generalfeedback>")]
	if !strings.Contains(gf, `<file name="boats.png"`) {
		t.Errorf("the general feedback is exported as\n%s", gf)
	}
	if strings.Count(x.body, "<feedback format=\"html\">") != 2 || !strings.Contains(x.body, `<file name="red.png"`) || !strings.Contains(x.body, `<file name="blue.png"`) {
		t.Errorf("the answers' feedback images are not exported:\n%s", x.body)
	}
}
