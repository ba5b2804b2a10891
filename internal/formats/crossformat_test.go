package formats

import (
	"bytes"
	"github.com/lectern/lectern/internal/quiz"
	"reflect"
	"strings"
	"testing"
)

// FuzzGIFTToMoodleXML: what is read from GIFT, written as Moodle XML and
// read back, is the same questions.
func FuzzGIFTToMoodleXML(f *testing.F) {
	for _, s := range append(giftSeeds, "Which city lies on the Volga? {=Kazan ~%100%Samara}") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if strings.ContainsFunc(in, func(r rune) bool {
			return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
		}) {
			return // characters XML 1.0 cannot hold at all
		}
		res, err := ParseGIFT(strings.NewReader(in), Options{})
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteMoodleXML(&buf, res.Questions); err != nil {
			t.Fatalf("writing what GIFT gave as Moodle XML: %v", err)
		}
		again, err := ParseMoodleXML(&buf, Options{})
		if err != nil {
			t.Fatalf("re-reading written XML: %v\n%s", err, buf.String())
		}
		if !reflect.DeepEqual(xmlHeld(again.Questions), xmlHeld(res.Questions)) {
			t.Fatalf("GIFT to Moodle XML changed questions:\n got %+v\nwant %+v\n%s", again.Questions, res.Questions, buf.String())
		}
	})
}

// FuzzMoodleXMLToGIFT: what is read from Moodle XML and GIFT can hold (no
// images), written as GIFT and read back, is the same questions.
func FuzzMoodleXMLToGIFT(f *testing.F) {
	for _, s := range append(mxSeeds,
		`<quiz><question type="multichoice"><single>false</single><questiontext format="html"><text><![CDATA[<p>Q <b>x</b></p>]]></text></questiontext><answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer><answer fraction="-100"><text>c</text></answer></question></quiz>`,
		`<quiz><question type="category"><category><text>$course$/top/A//B</text></category></question><question type="multichoice"><questiontext><text>Q {a}</text></questiontext><generalfeedback><text>G</text></generalfeedback><answer fraction="100"><text>=a~</text><feedback><text>#f</text></feedback></answer><answer fraction="100"><text>b</text></answer></question></quiz>`,
	) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		res, err := ParseMoodleXML(strings.NewReader(in), Options{})
		if err != nil {
			return
		}
		for _, q := range res.Questions {
			if len(q.Images)+len(quiz.OptionImages(q))+len(quiz.FeedbackImagesOf(q)) > 0 {
				return // GIFT has no place for an image
			}
		}
		var buf bytes.Buffer
		if err := WriteGIFT(&buf, res.Questions); err != nil {
			return // "->" where GIFT cannot hold it
		}
		again, err := ParseGIFT(&buf, Options{})
		if err != nil {
			t.Fatalf("re-reading written GIFT: %v\n%s", err, buf.String())
		}
		if !reflect.DeepEqual(xmlHeld(again.Questions), xmlHeld(res.Questions)) {
			t.Fatalf("Moodle XML to GIFT changed questions:\n got %+v\nwant %+v\n%s", again.Questions, res.Questions, buf.String())
		}
	})
}
