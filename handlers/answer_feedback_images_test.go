package handlers_test

import (
	"bytes"
	"encoding/base64"
	"image/color"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/formats"
	"github.com/lectern/lectern/internal/quiz"
)

var quizFeedbackImages = quiz.FeedbackImagesOf

// answerFeedbackXML is a Moodle XML file of a short-answer and a numerical
// question, each answer's feedback (the catch-alls' too) showing an
// embedded image.
func answerFeedbackXML(sea, elseSea, ten, elseNum []byte) []byte {
	b64 := base64.StdEncoding.EncodeToString
	fb := func(text, name, alt string, data []byte) string {
		return `<feedback format="html"><text><![CDATA[<p>` + text + ` <img src="@@PLUGINFILE@@/` + name + `" alt="` + alt + `"></p>]]></text>
      <file name="` + name + `" path="/" encoding="base64">` + b64(data) + `</file></feedback>`
	}
	return []byte(`<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="shortanswer">
    <name><text>danube-sea</text></name>
    <questiontext format="plain_text"><text>Into which sea does the Danube flow?</text></questiontext>
    <usecase>0</usecase>
    <answer fraction="100"><text>Black Sea</text>` + fb("Right.", "black.png", "The Black Sea on a map", sea) + `</answer>
    <answer fraction="0"><text>*</text>` + fb("Look again.", "seas.png", "The seas of Europe", elseSea) + `</answer>
  </question>
  <question type="numerical">
    <name><text>danube-count</text></name>
    <questiontext format="plain_text"><text>How many countries does the Danube cross, as a number?</text></questiontext>
    <answer fraction="100"><text>10</text><tolerance>0</tolerance>` + fb("Yes.", "ten.png", "Ten flags", ten) + `</answer>
    <answer fraction="0"><text>*</text>` + fb("Count again.", "map.png", "The Danube's countries", elseNum) + `</answer>
  </question>
</quiz>`)
}

// Short-answer and numerical answers' feedback keep their images: imported
// through the form, shown to the owner on the set's page, to a learner
// with the feedback of the answer they gave (the route serving each only
// once they have answered), and written back by the Moodle XML export.
func TestShortAndNumericFeedbackImages(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	sea := ankitest.PNG(t, 2, 2, color.RGBA{0, 0, 0, 255})
	elseSea := ankitest.PNG(t, 3, 2, color.RGBA{0, 90, 200, 255})
	ten := ankitest.PNG(t, 2, 3, color.RGBA{200, 0, 0, 255})
	elseNum := ankitest.PNG(t, 3, 3, color.RGBA{0, 200, 0, 255})
	up := b.upload("/teach/courses/rivers/import", "answers.xml", answerFeedbackXML(sea, elseSea, ten, elseNum), map[string]string{"theme": "danube", "title": "Answers"})
	wantStatus(t, up, http.StatusSeeOther)
	preview := b.get(up.header.Get("Location"))
	if n := preview.doc.Find(`[data-testid="feedback-image"]`).Length(); n != 4 {
		t.Errorf("the preview shows %d feedback images, want 4", n)
	}
	if strings.Contains(preview.body, "[The Black Sea on a map]") {
		t.Error("an answer's feedback image was reduced to its alt text")
	}
	wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	var setID int64
	sets, _ := a.db.ListSets(t.Context(), 1)
	for _, s := range sets {
		if s.Title == "Answers" {
			setID = s.ID
		}
	}
	set := "/teach/sets/" + strconv.FormatInt(setID, 10)
	urls := map[string]string{"sea": imageURL(sea), "elseSea": imageURL(elseSea), "ten": imageURL(ten), "elseNum": imageURL(elseNum)}
	onSet := map[string]string{}
	b.get(set).doc.Find(`[data-testid="feedback-image"]`).Each(func(_ int, s *goquery.Selection) {
		onSet[s.AttrOr("src", "")] = s.AttrOr("alt", "")
	})
	if onSet[urls["sea"]] != "The Black Sea on a map" || onSet[urls["elseSea"]] != "The seas of Europe" || onSet[urls["ten"]] != "Ten flags" || onSet[urls["elseNum"]] != "The Danube's countries" {
		t.Errorf("the set's page shows %v", onSet)
	}
	wantStatus(t, b.post(set+"/status", url.Values{"status": {"published"}}), http.StatusSeeOther)

	learner, other := a.browser(), a.browser()
	learner.get("/courses/rivers")
	other.get("/courses/rivers")
	for _, u := range urls {
		if p := learner.get(u); p.status != http.StatusNotFound {
			t.Errorf("before answering, the learner gets %s: %d", u, p.status)
		}
	}
	// The learner answers the sea wrongly and the count rightly.
	att := learner.startQuiz("danube")
	shown := map[string]map[string]string{}
	for n := 1; ; n++ {
		path := att + "/q/" + strconv.Itoa(n)
		p := learner.get(path)
		if p.status != http.StatusOK || p.doc.Find("form.answer-form").Length() == 0 {
			break
		}
		qid, _ := p.doc.Find(`input[name="q"]`).Attr("value")
		var text string
		switch qid {
		case "danube-sea":
			text = "Caspian"
		case "danube-count":
			text = "10"
		default:
			wantStatus(t, learner.post(path, answerForm(t, p, true)), http.StatusSeeOther)
			continue
		}
		wantStatus(t, learner.post(path, url.Values{"q": {qid}, "text": {text}}), http.StatusSeeOther)
		fb := learner.get(path)
		shown[qid] = map[string]string{}
		fb.doc.Find(`[data-testid="feedback-image"]`).Each(func(_ int, s *goquery.Selection) {
			shown[qid][s.AttrOr("src", "")] = s.AttrOr("alt", "")
		})
	}
	if got := shown["danube-sea"]; len(got) != 1 || got[urls["elseSea"]] != "The seas of Europe" {
		t.Errorf("the wrong sea's feedback shows %v, want the catch-all's image", got)
	}
	if got := shown["danube-count"]; len(got) != 1 || got[urls["ten"]] != "Ten flags" {
		t.Errorf("the right count's feedback shows %v, want its answer's image", got)
	}
	for name, u := range urls {
		if p := learner.get(u); p.status != http.StatusOK {
			t.Errorf("after answering, the learner gets %s (%s): %d", name, u, p.status)
		}
		if p := other.get(u); p.status != http.StatusNotFound {
			t.Errorf("another learner, who has not answered, gets %s: %d", name, p.status)
		}
	}

	// The Moodle XML export writes each back in its answer's feedback.
	x := b.get(set + "/export/xml")
	wantStatus(t, x, http.StatusOK)
	res, err := formats.ParseMoodleXML(strings.NewReader(x.body), formats.Options{})
	if err != nil || len(res.Questions) != 2 {
		t.Fatalf("the export reads back as %+v, %v", res, err)
	}
	short, num := res.Questions[0], res.Questions[1]
	if len(short.Marked) != 2 || len(short.Marked[0].FeedbackImages) != 1 || !bytes.Equal(short.Marked[0].FeedbackImages[0].Data, sea) ||
		len(short.Marked[1].FeedbackImages) != 1 || !bytes.Equal(short.Marked[1].FeedbackImages[0].Data, elseSea) {
		t.Errorf("short answer exported as %+v", short.Marked)
	}
	if len(num.Numeric) != 2 || len(num.Numeric[0].FeedbackImages) != 1 || !bytes.Equal(num.Numeric[0].FeedbackImages[0].Data, ten) ||
		!num.Numeric[1].Any || len(num.Numeric[1].FeedbackImages) != 1 || !bytes.Equal(num.Numeric[1].FeedbackImages[0].Data, elseNum) {
		t.Errorf("numerical exported as %+v", num.Numeric)
	}
}

// An edit keeps the feedback's images, which the editor does not show:
// the general feedback's, and those of every option and answer it keeps.
func TestEditKeepsFeedbackImages(t *testing.T) {
	a := newApp(t)
	b := teacherOn(t, a)
	png := func(r uint8) []byte { return ankitest.PNG(t, 2, 2, color.RGBA{r, 10, 10, 255}) }
	for name, file := range map[string][]byte{
		"flags.xml":   feedbackXML(png(1), png(2), png(3)),
		"answers.xml": answerFeedbackXML(png(4), png(5), png(6), png(7)),
	} {
		up := b.upload("/teach/courses/rivers/import", name, file, map[string]string{"theme": "danube", "title": name})
		wantStatus(t, up, http.StatusSeeOther)
		wantStatus(t, b.post(up.header.Get("Location"), nil), http.StatusSeeOther)
	}
	c, _ := a.db.FindCourse(t.Context(), "rivers")
	sets, _ := a.db.ListSets(t.Context(), c.ID)
	want := map[string]int{"flags": 3, "danube-sea": 2, "danube-count": 2}
	for _, s := range sets {
		if s.Title != "flags.xml" && s.Title != "answers.xml" {
			continue
		}
		_, qs, err := a.db.FindSet(t.Context(), s.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, sq := range qs {
			path := "/teach/questions/" + strconv.FormatInt(sq.ID, 10)
			form := editorValues(b.get(path + "/edit"))
			if form.Get("prompt") == "" {
				t.Fatalf("the editor form has no prompt: %v", form)
			}
			form.Set("prompt", form.Get("prompt")+" (edited)")
			if form.Get("explanation") == "" {
				form.Set("explanation", "The map says so.")
			}
			if p := b.post(path, form); p.status != http.StatusSeeOther {
				t.Fatalf("%s: the edit answered %d: %v", sq.Question.ID, p.status, p.doc.Find(".field-error").Text())
			}
			after, _, err := a.db.FindQuestion(t.Context(), sq.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(after.Question.Prompt, "(edited)") {
				t.Errorf("%s: the edit was not saved: %q", sq.Question.ID, after.Question.Prompt)
			}
			if got := len(quizFeedbackImages(after.Question)); got != want[sq.Question.ID] {
				t.Errorf("%s keeps %d feedback images after an edit, want %d", sq.Question.ID, got, want[sq.Question.ID])
			}
			delete(want, sq.Question.ID)
		}
	}
	if len(want) > 0 {
		t.Errorf("questions not edited: %v", want)
	}
}
