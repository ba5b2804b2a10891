package formats

import (
	"bytes"
	"encoding/base64"
	"image/color"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/quiz"
)

// Images in a question's general feedback and in an answer's feedback are
// kept with the feedback, not reduced to their alt text, and written back
// as <file>s of the same element.
func TestMoodleXMLFeedbackImages(t *testing.T) {
	red := ankitest.PNG(t, 2, 2, color.RGBA{200, 0, 0, 255})
	blue := ankitest.PNG(t, 3, 1, color.RGBA{0, 0, 200, 255})
	b64 := func(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
	in := `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>flags</text></name>
    <questiontext format="plain_text"><text>Which flag is red?</text></questiontext>
    <generalfeedback format="html">
      <text><![CDATA[<p>Flags of the sea.</p><p><img src="@@PLUGINFILE@@/red%20flag.png" alt="A red flag"></p>]]></text>
      <file name="red flag.png" path="/" encoding="base64">` + b64(red) + `</file>
    </generalfeedback>
    <single>true</single>
    <answer fraction="100" format="plain_text"><text>Red</text>
      <feedback format="html"><text><![CDATA[<p>Right: <img src="@@PLUGINFILE@@/red.png" alt="Red"></p>]]></text>
      <file name="red.png" path="/" encoding="base64">` + b64(red) + `</file></feedback>
    </answer>
    <answer fraction="0" format="plain_text"><text>Blue</text>
      <feedback format="html"><text><![CDATA[<p><img src="@@PLUGINFILE@@/blue.png" alt="The blue one"></p>]]></text>
      <file name="blue.png" path="/" encoding="base64">` + b64(blue) + `</file></feedback>
    </answer>
  </question>
  <question type="truefalse">
    <name><text>sky</text></name>
    <questiontext format="plain_text"><text>The sky is blue.</text></questiontext>
    <answer fraction="100"><text>true</text>
      <feedback format="html"><text><![CDATA[<p>Yes <img src="@@PLUGINFILE@@/blue.png" alt="Sky"></p>]]></text>
      <file name="blue.png" path="/" encoding="base64">` + b64(blue) + `</file></feedback>
    </answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>`
	res, err := ParseMoodleXML(strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Skipped) > 0 {
		t.Errorf("skipped %q", skips(res))
	}
	if len(res.Questions) != 2 {
		t.Fatalf("read %d questions", len(res.Questions))
	}
	q := res.Questions[0]
	if q.Explanation != "Flags of the sea." || strings.Contains(q.Explanation, "[") {
		t.Errorf("explanation %q", q.Explanation)
	}
	if got := imageNames(q.FeedbackImages); len(got) != 1 || q.FeedbackImages[0].Name != "red flag.png" || q.FeedbackImages[0].Alt != "A red flag" || !bytes.Equal(q.FeedbackImages[0].Data, red) {
		t.Errorf("general feedback images %v", got)
	}
	if o := q.Options[0]; o.Feedback != "Right:" || len(o.FeedbackImages) != 1 || o.FeedbackImages[0].Alt != "Red" {
		t.Errorf("option 0 feedback %q, images %v", o.Feedback, imageNames(o.FeedbackImages))
	}
	if o := q.Options[1]; o.Feedback != "" || len(o.FeedbackImages) != 1 || !bytes.Equal(o.FeedbackImages[0].Data, blue) {
		t.Errorf("option 1 feedback %q, images %v", o.Feedback, imageNames(o.FeedbackImages))
	}
	if o := res.Questions[1].Options[0]; o.Feedback != "Yes" || len(o.FeedbackImages) != 1 || o.FeedbackImages[0].Alt != "Sky" {
		t.Errorf("true's feedback %q, images %v", o.Feedback, imageNames(o.FeedbackImages))
	}
	if ps := quiz.ValidateFeedbackImages(q); len(ps) > 0 {
		t.Errorf("problems %v", ps)
	}
	checkXMLRoundTrip(t, res.Questions)

	var buf bytes.Buffer
	if err := WriteMoodleXML(&buf, res.Questions); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	gf := out[strings.Index(out, "<generalfeedback"):strings.Index(out, "</generalfeedback>")]
	if !strings.Contains(gf, `<file name="red flag.png"`) || !strings.Contains(gf, "@@PLUGINFILE@@/red%20flag.png") {
		t.Errorf("the general feedback is written as\n%s", gf)
	}

	var gift bytes.Buffer
	if err := WriteGIFT(&gift, res.Questions); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(gift.String(), "GIFT cannot hold images: red flag.png, red.png, blue.png left out") {
		t.Errorf("GIFT does not say it leaves the feedback images out:\n%s", gift.String())
	}
}
