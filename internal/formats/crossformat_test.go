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
	for _, s := range []string{
		"Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}",
		"Grant is {~buried =entombed ~living} in Grant's tomb.",
		"::t::[html]<p>Q</p>{=[plain]a#fb ~%50%b ~%-50%c####gen}",
		"A{T#w#r}\n\nB{FALSE}\n\nC{=x =%50%y}\n\nD{#3:1}\n\nE{#1..5 =%50%2}\n\nF{=a->b =c->d = -> e}",
		"$CATEGORY: $course$/top/Unit 1\n\n// [id:x-1]\nQ\\: \\{a\\} \\\\ \\n{~%100%a ~b}",
		"N{#=%100%3:2 =%50%3:5 ~%0%*#feedback}", "Which city lies on the Volga? {=Kazan ~%100%Samara}",
	} {
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
	for _, s := range []string{
		`<quiz><question type="truefalse"><name><text>t</text></name><questiontext><text>Q</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`,
		`<quiz><question type="multichoice"><single>false</single><questiontext format="html"><text><![CDATA[<p>Q <b>x</b></p>]]></text></questiontext><answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer><answer fraction="-100"><text>c</text></answer></question></quiz>`,
		`<quiz><question type="shortanswer"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>x</text></answer><answer fraction="0"><text>*</text><feedback><text>no</text></feedback></answer></question></quiz>`,
		`<quiz><question type="numerical"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>3</text><tolerance>2</tolerance></answer><answer fraction="50"><text>3</text><tolerance>5</tolerance><feedback><text>near</text></feedback></answer><answer fraction="0"><text>*</text><feedback><text>no</text></feedback></answer></question></quiz>`,
		`<quiz><question type="matching"><questiontext><text>Q</text></questiontext><subquestion><text>a</text><answer><text>b</text></answer></subquestion><subquestion><text>c</text><answer><text>d</text></answer></subquestion></question></quiz>`,
		`<quiz><question type="category"><category><text>$course$/top/A//B</text></category></question><question type="multichoice"><questiontext><text>Q {a}</text></questiontext><generalfeedback><text>G</text></generalfeedback><answer fraction="100"><text>=a~</text><feedback><text>#f</text></feedback></answer><answer fraction="100"><text>b</text></answer></question></quiz>`,
	} {
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
