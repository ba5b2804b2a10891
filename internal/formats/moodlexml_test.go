package formats

import (
	"bytes"
	"errors"
	"fmt"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/ankitest"
	"github.com/lectern/lectern/internal/quiz"
)

func parseXMLFixture(t *testing.T, name string) *Result {
	t.Helper()
	files := fixtureFiles(t, "moodle-xml/"+name)
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	res, err := ParseMoodleXML(bytes.NewReader(data), Options{})
	if err != nil {
		t.Fatalf("ParseMoodleXML(%s): %v", name, err)
	}
	return res
}

func skipsWith(res *Result, word string) []Skip {
	var out []Skip
	for _, s := range res.Skipped {
		if strings.Contains(s.Reason, word) {
			out = append(out, s)
		}
	}
	return out
}

// The expectations below are those of Moodle's own tests, as listed in
// the fixtures' EXPECTED.md.
func TestMoodleXMLFixtures(t *testing.T) {
	t.Run("truefalse", func(t *testing.T) {
		res := parseXMLFixture(t, "truefalse.xml")
		if len(res.Questions) != 2 {
			t.Fatalf("got %d questions, want 2 (skipped %q)", len(res.Questions), skips(res))
		}
		want := []struct {
			id, prompt string
			isTrue     bool
		}{
			// Moodle shows the image's alt text in brackets where the image
			// was; Lectern keeps the image itself, with that alt text.
			{"moodle-acronym-false", "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Education.", false},
			{"moodle-acronym-true", "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment.", true},
		}
		for i, w := range want {
			q := res.Questions[i]
			if q.ID != w.id || q.Type != quiz.TrueFalse || q.Prompt != w.prompt || q.Options[0].Correct != w.isTrue {
				t.Errorf("question %d = %+v, want %s %q true=%v", i, q, w.id, w.prompt, w.isTrue)
			}
			right, wrong := q.Options[1], q.Options[0]
			if w.isTrue {
				right, wrong = wrong, right
			}
			if !strings.HasSuffix(right.Feedback, "Your answer is correct.") || !strings.HasSuffix(wrong.Feedback, "Your answer is incorrect.") {
				t.Errorf("question %d feedback %+v", i, q.Options)
			}
			if !strings.Contains(q.Explanation, "For further information, see the documentation about Moodle") {
				t.Errorf("question %d explanation %q", i, q.Explanation)
			}
			if q.Theme != "truefalse" {
				t.Errorf("question %d theme %q, want the category's", i, q.Theme)
			}
			// logo.jpg: 898 bytes, byte-identical in both questions.
			if len(q.Images) != 1 || q.Images[0].Name != "logo.jpg" || q.Images[0].Alt != "Moodle logo" ||
				q.Images[0].Type != "image/jpeg" || len(q.Images[0].Data) != 898 {
				t.Errorf("question %d images %+v, want logo.jpg (898 bytes, alt Moodle logo)", i, imageNames(q.Images))
			}
		}
		if res.Questions[0].Images[0].Hash != res.Questions[1].Images[0].Hash {
			t.Error("the two copies of logo.jpg hash differently")
		}
		// The three images of the feedback in each question are kept with
		// the feedback they illustrate, with their alt text.
		if files := skipsWith(res, "embedded file"); len(files) != 0 {
			t.Errorf("embedded files reported: %q", skips(res))
		}
		for i, q := range res.Questions {
			if len(q.FeedbackImages) != 1 || q.FeedbackImages[0].Name != "infos.jpg" || q.FeedbackImages[0].Alt != "Informations" {
				t.Errorf("question %d general feedback images %v", i, imageNames(q.FeedbackImages))
			}
			if strings.Contains(q.Explanation, "[Informations]") {
				t.Errorf("question %d explanation keeps the alt text: %q", i, q.Explanation)
			}
			n := 0
			for _, o := range q.Options {
				n += len(o.FeedbackImages)
			}
			if n != 2 {
				t.Errorf("question %d options' feedback images: %d, want 2", i, n)
			}
		}
	})
	t.Run("multichoice", func(t *testing.T) {
		res := parseXMLFixture(t, "multichoice.xml")
		if len(res.Questions) != 1 {
			t.Fatalf("got %d questions", len(res.Questions))
		}
		q := res.Questions[0]
		if q.ID != "Greeting" || q.Type != quiz.Single || !strings.Contains(q.Prompt, "What language is being spoken?") {
			t.Errorf("question = %+v", q)
		}
		var texts []string
		for _, o := range q.Options {
			texts = append(texts, o.Text)
			want := "Sorry, listen again."
			if strings.HasSuffix(o.Text, "French") {
				want = "Yes, well done!"
				if !o.Correct {
					t.Errorf("French is not the right answer: %+v", q.Options)
				}
			} else if o.Correct {
				t.Errorf("%q marked right", o.Text)
			}
			if o.Feedback != want {
				t.Errorf("%q feedback %q, want %q", o.Text, o.Feedback, want)
			}
		}
		if len(texts) != 4 || !strings.HasSuffix(texts[0], "English") || !strings.HasSuffix(texts[3], "Danish") {
			t.Errorf("options %q", texts)
		}
		// The flags are the options' images, each with its alt text; the
		// MP3 is reported.
		if got := len(skipsWith(res, "embedded file")); got != 1 {
			t.Errorf("%d embedded files reported, want 1 (the MP3): %q", got, skips(res))
		}
		alts := []string{"British Flag", "French flag", "German flag", "Denmark flag"}
		for i, o := range q.Options {
			if o.Image == nil || i >= len(alts) || o.Image.Alt != alts[i] || o.Image.Type != "image/jpeg" || len(o.Image.Data) == 0 {
				t.Errorf("option %q has image %+v", o.Text, o.Image)
			} else if strings.Contains(o.Text, alts[i]) {
				t.Errorf("option %q keeps its image's alt text in its text", o.Text)
			}
		}
		// The question asks about a recording Lectern leaves out: it is
		// read, and held back as a draft, naming its line and the audio.
		if len(res.QuestionHeld) != 1 || !strings.Contains(res.QuestionHeld[0], `audio "bonjour.mp3"`) {
			t.Errorf("held = %q, want the question held for its audio", res.QuestionHeld)
		}
		if len(res.QuestionLines) != 1 || res.QuestionLines[0] != 12 {
			t.Errorf("question lines = %v, want [12]", res.QuestionLines)
		}
		held := skipsWith(res, "an import holds it back as a draft")
		if len(held) != 1 || held[0].Line != 12 || !strings.Contains(held[0].Reason, `"Greeting"`) || !strings.Contains(held[0].Reason, `audio "bonjour.mp3"`) {
			t.Errorf("held reported as %+v", held)
		}
	})
	t.Run("nested categories", func(t *testing.T) {
		res := parseXMLFixture(t, "nested_categories_with_questions.xml")
		want := map[string]string{"iota-question": "iota", "kappa-question": "kappa", "lambda-question": "lambda", "mu-question": "mu"}
		if len(res.Questions) != len(want) {
			t.Fatalf("got %d questions", len(res.Questions))
		}
		for _, q := range res.Questions {
			if want[q.ID] != q.Theme || q.Type != quiz.TrueFalse || !q.Options[0].Correct {
				t.Errorf("%s in theme %q (%+v), want theme %q", q.ID, q.Theme, q.Options, want[q.ID])
			}
		}
		if got := skipsWith(res, "essay"); len(got) != 1 || !strings.Contains(got[0].Reason, "Kappa Essay Question") {
			t.Errorf("essay not reported: %q", skips(res))
		}
		if len(res.Categories) != 4 || res.Categories[3] != "$course$/Iota/Mu" {
			t.Errorf("categories %q", res.Categories)
		}
	})
	t.Run("category with description", func(t *testing.T) {
		res := parseXMLFixture(t, "category_with_description.xml")
		if len(res.Questions) != 1 || res.Questions[0].Theme != "alpha" || !reflect.DeepEqual(res.Categories, []string{"$course$/Alpha"}) {
			t.Errorf("got %+v, categories %q", res.Questions, res.Categories)
		}
	})
	t.Run("old format", func(t *testing.T) {
		res := parseXMLFixture(t, "old_format_file.xml")
		if len(res.Questions) != 2 || res.Questions[0].ID != "pi-question" || res.Questions[0].Theme != "pi" ||
			res.Questions[1].ID != "rho-question" || res.Questions[1].Theme != "rho" {
			t.Errorf("got %+v", res.Questions)
		}
	})
	t.Run("html characters in idnumbers", func(t *testing.T) {
		res := parseXMLFixture(t, "html_chars_in_idnumbers.xml")
		// "T & F" is not usable as an ID; the name is.
		if len(res.Questions) != 1 || res.Questions[0].ID != "alpha-question" {
			t.Fatalf("got %+v", res.Questions)
		}
		if got := res.Titles["alpha-question"]; got != "Alpha Question" {
			t.Errorf("title %q", got)
		}
	})
	t.Run("invalid grades", func(t *testing.T) {
		res := parseXMLFixture(t, "error_invalid_grades.xml")
		if len(res.Questions) != 0 {
			t.Fatalf("imported %+v; Moodle refuses a grade of 33%%", res.Questions)
		}
		got := skipsWith(res, "skipped")
		if len(got) != 1 || !strings.Contains(got[0].Reason, "grade 33% is not one of Moodle's grades") ||
			!strings.Contains(got[0].Reason, `"Question with invalid grades : x > 1`) || got[0].Line != 4 {
			t.Errorf("skipped %q", skips(res))
		}
	})
	t.Run("broken cloze", func(t *testing.T) {
		res := parseXMLFixture(t, "broken_cloze_questions.xml")
		if len(res.Questions) != 0 || len(skipsWith(res, "cloze question")) != 5 {
			t.Errorf("got %+v, skipped %q", res.Questions, skips(res))
		}
	})
	t.Run("old image tag", func(t *testing.T) {
		res := parseXMLFixture(t, "sample_questions_with_old_image_tag.xml")
		if len(res.Questions) != 1 {
			t.Fatalf("got %+v", res.Questions)
		}
		q := res.Questions[0]
		want := []quiz.Option{{Text: "wrong answer"}, {Text: "another wrong answer"}, {Text: "right answer", Correct: true}}
		if q.ID != "mcq-with-image" || q.Type != quiz.Single || !reflect.DeepEqual(q.Options, want) ||
			!strings.HasPrefix(q.Prompt, "This is a multichoice question with an image in the old") {
			t.Errorf("got %+v", q)
		}
		if len(skipsWith(res, "cloze question")) != 1 || len(res.Skipped) != 1 {
			t.Errorf("skipped %q", skips(res))
		}
		// Moodle 1.9's <image> with <image_base64>: a 16×16 PNG of 606 bytes.
		if len(q.Images) != 1 || q.Images[0].Name != "moodle.png" || q.Images[0].Type != "image/png" || len(q.Images[0].Data) != 606 {
			t.Errorf("images %+v", imageNames(q.Images))
		}
	})
}

// TestMoodleXMLFixturesRoundTrip writes what each fixture gave and reads
// it back unchanged.
func TestMoodleXMLFixturesRoundTrip(t *testing.T) {
	for _, path := range fixtureFiles(t, "moodle-xml/*.xml") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			res := parseXMLFixture(t, filepath.Base(path))
			checkXMLRoundTrip(t, res.Questions)
		})
	}
}

func checkXMLRoundTrip(t *testing.T, qs []quiz.Question) {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteMoodleXML(&buf, qs); err != nil {
		t.Fatal(err)
	}
	again, err := ParseMoodleXML(bytes.NewReader(buf.Bytes()), Options{})
	if err != nil {
		t.Fatalf("re-reading: %v\n%s", err, buf.String())
	}
	if len(again.Skipped) > 0 {
		t.Errorf("re-reading skipped %q", skips(again))
	}
	want := xmlHeld(qs)
	if !reflect.DeepEqual(xmlHeld(again.Questions), want) {
		t.Errorf("round trip changed questions:\n got %+v\nwant %+v", again.Questions, want)
	}
}

// xmlHeld is what Moodle XML holds of questions: everything but the kind
// and the paragraphs, with a numeric range as its middle ± half its width.
func xmlHeld(qs []quiz.Question) []quiz.Question {
	out := make([]quiz.Question, len(qs))
	for i, q := range qs {
		q.Kind, q.Paragraphs = quiz.Fact, nil
		q.Numeric = append([]quiz.NumericAnswer(nil), q.Numeric...)
		for k, n := range q.Numeric {
			if n.Min < n.Max {
				q.Numeric[k] = quiz.NumericAnswer{Value: (n.Min + n.Max) / 2, Tolerance: (n.Max - n.Min) / 2, Fraction: n.Fraction, Feedback: n.Feedback}
			}
		}
		if len(q.Tags) == 0 {
			q.Tags = nil
		}
		for _, s := range []*[]quiz.Option{&q.Options} {
			if len(*s) == 0 {
				*s = nil
			}
		}
		if len(q.Answers) == 0 {
			q.Answers = nil
		}
		if len(q.Marked) == 0 {
			q.Marked = nil
		}
		if len(q.Pairs) == 0 {
			q.Pairs = nil
		}
		if len(q.Numeric) == 0 {
			q.Numeric = nil
		}
		out[i] = q
	}
	return out
}

func TestMoodleXMLRoundTrip(t *testing.T) {
	qs := roundTripQuestions()
	// Marks, several right options, a catch-all and tags, which GIFT's
	// round trip does not hold.
	x := quiz.Question{ID: "marks-1", Theme: "marks", Type: quiz.Single, Kind: quiz.Fact, Prompt: "Which seas? <b>not bold</b> & ]]> too",
		Options: []quiz.Option{{Text: "Black", Correct: true}, {Text: "Azov", Correct: true, Feedback: "also"}, {Text: "Caspian", Fraction: 0.5}, {Text: "North"}},
		Tags:    []string{"seas", "A & B"}}
	qs = append(qs, x)
	x = quiz.Question{ID: "marks-2", Theme: "marks", Type: quiz.Multiple, Kind: quiz.Fact, Prompt: "Pick",
		Options: []quiz.Option{{Text: "a", Correct: true, Fraction: 0.5}, {Text: "b", Correct: true, Fraction: 0.5}, {Text: "c", Fraction: -1}, {Text: "d"}}}
	qs = append(qs, x)
	x = quiz.Question{ID: "marks-3", Theme: "marks", Type: quiz.Short, Kind: quiz.Fact, Prompt: "Animal?", Explanation: "line\nbreak",
		Answers: []string{"Frog"}, Marked: []quiz.ShortAnswer{{Text: "Toad", Fraction: 1, Feedback: "close enough"}, {Text: "Cat", Fraction: 0.5}, {Text: "*", Feedback: "no"}}}
	qs = append(qs, x)
	// An option's image travels as the <answer>'s embedded <file>.
	dot := ankitest.PNG(t, 2, 2, color.RGBA{0, 90, 0, 255})
	im, err := quiz.NewImage("dot.png", "A green dot", dot)
	if err != nil {
		t.Fatal(err)
	}
	x = quiz.Question{ID: "option-image", Theme: "marks", Type: quiz.Single, Kind: quiz.Fact, Prompt: "Which is green?",
		Options: []quiz.Option{{Text: "This one", Correct: true, Image: &im}, {Text: "None", Feedback: "Look again."}}}
	qs = append(qs, x)
	checkXMLRoundTrip(t, qs)
}

func TestParseMoodleXMLErrors(t *testing.T) {
	laughs := `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz><question type="truefalse"><questiontext><text>&lol3;</text></questiontext></question></quiz>`
	cases := []struct{ name, in, want string }{
		{"billion laughs", laughs, "line 2: the file declares entities"},
		{"undeclared entity", `<quiz><question type="truefalse"><name><text>&lol;</text></name></question></quiz>`, "line 1: not well-formed XML"},
		{"external entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE q [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<quiz>&x;</quiz>", "line 2: the file declares entities"},
		{"not a quiz", "<?xml version=\"1.0\"?>\n<html><body/></html>", "line 2: not a Moodle XML file: the document is <html>, not <quiz>"},
		{"unclosed", "<quiz>\n<question type=\"truefalse\">\n<name>", "not well-formed XML"},
		{"empty", "", "no <quiz> element"},
		{"other charset", `<?xml version="1.0" encoding="ISO-8859-1"?><quiz/>`, "save it as UTF-8"},
	}
	for _, c := range cases {
		res, err := ParseMoodleXML(strings.NewReader(c.in), Options{})
		var pe *ParseError
		if err == nil || !errors.As(err, &pe) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v (%+v), want a *ParseError with %q", c.name, err, res, c.want)
		}
	}
}

func TestParseMoodleXMLTypes(t *testing.T) {
	in := `<quiz>
<question type="category"><category><text>$course$/top/Unit 1</text></category></question>
<question type="shortanswer"><name><text>Beta</text></name><questiontext format="html"><text><![CDATA[<p>Name the letter <script>alert(1)</script>after alpha</p>]]></text></questiontext>
 <usecase>1</usecase>
 <answer fraction="100"><text>Beta</text><feedback><text>Well done!</text></feedback></answer>
 <answer fraction="50"><text>Bet</text><feedback><text>Nearly</text></feedback></answer>
 <answer fraction="0"><text>*</text><feedback><text>Doh!</text></feedback></answer>
 <tags><tag><text>greek</text></tag></tags>
</question>
<question type="numerical"><name><text>num</text></name><questiontext format="plain_text"><text>Length?</text></questiontext>
 <answer fraction="100"><text>42</text><tolerance>0.001</tolerance><feedback><text>Well done!</text></feedback></answer>
 <answer fraction="0"><text>13</text><tolerance>1</tolerance></answer>
 <answer fraction="50"><text>40</text><tolerance>5</tolerance><feedback><text>Close.</text></feedback></answer>
 <answer fraction="-50"><text>7</text></answer>
 <answer fraction="0"><text>*</text><tolerance></tolerance><feedback><text>Completely wrong.</text></feedback></answer>
 <units><unit><multiplier>1</multiplier><unit_name>cm</unit_name></unit></units>
</question>
<question type="matching"><name><text>m</text></name><questiontext><text>Match</text></questiontext>
 <subquestion><text>A</text><answer><text>a</text></answer></subquestion>
 <subquestion><text>B</text><answer><text>b</text></answer></subquestion>
 <subquestion><text></text><answer><text>d</text></answer></subquestion>
</question>
<question type="description"><name><text>A description</text></name><questiontext><text>Text</text></questiontext></question>
<question type="essay"><name><text>E</text></name></question>
</quiz>`
	res, err := ParseMoodleXML(strings.NewReader(in), Options{DefaultKind: quiz.Outlook})
	if err != nil {
		t.Fatal(err)
	}
	want := []quiz.Question{
		{ID: "Beta", Theme: "unit-1", Type: quiz.Short, Kind: quiz.Outlook, Prompt: "Name the letter after alpha",
			Marked: []quiz.ShortAnswer{{Text: "Beta", Fraction: 1, Feedback: "Well done!"}, {Text: "Bet", Fraction: 0.5, Feedback: "Nearly"}, {Text: "*", Feedback: "Doh!"}},
			Tags:   []string{"greek"}},
		{ID: "num", Theme: "unit-1", Type: quiz.Numeric, Kind: quiz.Outlook, Prompt: "Length? (in cm)",
			Numeric: []quiz.NumericAnswer{{Value: 42, Tolerance: 0.001, Feedback: "Well done!"}, {Value: 13, Tolerance: 1, Fraction: quiz.NumericFraction(0)},
				{Value: 40, Tolerance: 5, Fraction: quiz.NumericFraction(0.5), Feedback: "Close."}, {Any: true, Feedback: "Completely wrong."}}},
		{ID: "m", Theme: "unit-1", Type: quiz.Matching, Kind: quiz.Outlook, Prompt: "Match", Pairs: []quiz.Pair{{Left: "A", Right: "a"}, {Left: "B", Right: "b"}}},
	}
	if !reflect.DeepEqual(xmlHeld(res.Questions), xmlHeld(want)) {
		t.Errorf("got  %+v\nwant %+v", res.Questions, want)
	}
	wantSkips := []string{
		`line 3: shortanswer question "Beta": case-sensitive matching is not supported; answers are compared ignoring case`,
		`line 10: numerical question "num": numerical answer "7" carries a negative mark (-50%), which a numerical answer cannot; left out`,
		`line 18: matching question "m": extra right item "d" (a pair with no left item) is not supported; left out`,
		`line 23: description "A description" is not a question; skipped`,
		`line 24: essay question "E": this type is not supported; skipped`,
	}
	if got := skips(res); !reflect.DeepEqual(got, wantSkips) {
		t.Errorf("skipped\n got %q\nwant %q", got, wantSkips)
	}
	if f, _, _ := quiz.MatchShort(res.Questions[0], "bet"); math.Abs(f-0.5) > 1e-9 {
		t.Errorf("Bet earns %v", f)
	}
	for text, want := range map[string]string{"38": "Close.", "13.5": "", "100": "Completely wrong."} {
		if _, fb, _ := quiz.MatchNumeric(res.Questions[1], text); fb != want {
			t.Errorf("%s: feedback %q, want %q", text, fb, want)
		}
	}
}

func TestDetectMoodleXML(t *testing.T) {
	if got := Detect([]byte("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n</quiz>")); got != FormatMoodleXML {
		t.Errorf("Detect = %q", got)
	}
	if got, err := FormatFromName("bank.XML"); got != FormatMoodleXML || err != nil {
		t.Errorf("FormatFromName = %q, %v", got, err)
	}
}

// mxSeeds start the fuzz targets that read Moodle XML.
var mxSeeds = []string{
	`<quiz><question type="truefalse"><name><text>t</text></name><questiontext><text>Q</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`,
	`<quiz><question type="multichoice"><single>false</single><questiontext format="html"><text><![CDATA[<p>Q <img alt="x"></p>]]></text></questiontext><answer fraction="50"><text>a</text></answer><answer fraction="50"><text>b</text></answer><answer fraction="-100"><text>c</text></answer></question></quiz>`,
	`<quiz><question type="shortanswer"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>x</text></answer><answer fraction="0"><text>*</text><feedback><text>no</text></feedback></answer></question></quiz>`,
	`<quiz><question type="numerical"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>1e3</text><tolerance>2</tolerance></answer></question></quiz>`,
	`<quiz><question type="numerical"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>3</text><tolerance>2</tolerance></answer><answer fraction="50"><text>3</text><tolerance>5</tolerance><feedback><text>near</text></feedback></answer><answer fraction="0"><text>*</text><feedback><text>no</text></feedback></answer></question></quiz>`,
	`<quiz><question type="numerical"><questiontext><text>Q</text></questiontext><answer fraction="50"><text>*</text></answer><answer fraction="-10"><text>1</text></answer><answer fraction="150"><text>2</text></answer></question></quiz>`,
	`<quiz><question type="matching"><questiontext><text>Q</text></questiontext><subquestion><text>a</text><answer><text>b</text></answer></subquestion><subquestion><text>c</text><answer><text>d</text></answer></subquestion></question></quiz>`,
	`<quiz><question type="category"><category><text>$course$/top/A//B</text></category></question><question type="cloze"/></quiz>`,
	`<quiz><question type="truefalse"><questiontext format="html"><text><![CDATA[<p>Q <img src="@@PLUGINFILE@@/a%20b.png" alt="A"> <img src="@@PLUGINFILE@@/x.svg"> <img src="http://e/x.png"></p>]]></text><file name="a b.png" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==</file><file name="x.svg" encoding="base64">PHN2Zz48L3N2Zz4=</file></questiontext><answer fraction="100"><text>true</text></answer></question></quiz>`,
	`<quiz><question type="multichoice"><questiontext><text>Q</text></questiontext><answer fraction="100" format="html"><text><![CDATA[<p><img src="@@PLUGINFILE@@/a.png" alt="A dot"> A</p>]]></text><file name="a.png" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==</file></answer><answer fraction="0" format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/b.png"><img src="@@PLUGINFILE@@/a.png">]]></text><file name="b.png" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==</file><file name="a.png" encoding="base64">PHN2Zz48L3N2Zz4=</file></answer></question></quiz>`,
	`<quiz><question type="truefalse"><questiontext><text>Q</text></questiontext><generalfeedback format="html"><text><![CDATA[<p>G <img src="@@PLUGINFILE@@/g.png" alt="G"></p>]]></text><file name="g.png" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==</file></generalfeedback><answer fraction="100"><text>true</text><feedback format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/g.png">]]></text><file name="g.png" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==</file></feedback></answer></question></quiz>`,
	`<quiz><question type="truefalse"><questiontext><text>Q</text></questiontext><image>m.gif</image><image_base64>R0lGODlhAQABAAAAACw=</image_base64><answer fraction="100"><text>true</text></answer></question></quiz>`,
	`<quiz><question type="truefalse"><questiontext format="html"><text><![CDATA[<a href="@@PLUGINFILE@@/b%20c.mp3">Listen</a><audio><source src="x.ogg"></audio><iframe src=""></iframe>]]></text><file name="b c.mp3" encoding="base64">SUQz</file></questiontext><answer fraction="100"><text>true</text></answer></question></quiz>`,
	`<quiz><question type="shortanswer"><questiontext><text>Q</text></questiontext><answer fraction="100"><text>x</text><feedback format="html"><text><![CDATA[<img src="@@PLUGINFILE@@/g.png" alt="G">]]></text><file name="g.png" encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==</file></feedback></answer></question></quiz>`,
	`<!DOCTYPE q [<!ENTITY a "b">]><quiz/>`, `<quiz>`, `<a/>`, ``, `<quiz><question type="multichoice"><answer fraction="x"/></question></quiz>`,
}

func FuzzParseMoodleXML(f *testing.F) {
	for _, s := range mxSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		res, err := ParseMoodleXML(strings.NewReader(in), Options{})
		if err == nil && (len(res.QuestionLines) != len(res.Questions) || res.QuestionHeld != nil && len(res.QuestionHeld) != len(res.Questions)) {
			t.Fatalf("%d questions, %d lines, %d held", len(res.Questions), len(res.QuestionLines), len(res.QuestionHeld))
		}
		if err != nil {
			checkError(t, err)
			return
		}
		checkResult(t, res)
		var buf bytes.Buffer
		if err := WriteMoodleXML(&buf, res.Questions); err != nil {
			t.Fatalf("writing what was read: %v", err)
		}
		again, err := ParseMoodleXML(&buf, Options{})
		if err != nil {
			t.Fatalf("re-reading written XML: %v\n%s", err, buf.String())
		}
		if !reflect.DeepEqual(xmlHeld(again.Questions), xmlHeld(res.Questions)) {
			t.Fatalf("round trip changed questions:\n got %+v\nwant %+v\n%s", again.Questions, res.Questions, buf.String())
		}
	})
}

func TestParseMoodleXMLManyTags(t *testing.T) {
	var tags strings.Builder
	for i := range 22 {
		tags.WriteString("<tag><text>t" + strings.Repeat("x", i) + "</text></tag>")
	}
	in := `<quiz><question type="truefalse"><name><text>q</text></name><questiontext><text>Q?</text></questiontext>
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer><tags>` + tags.String() + `</tags></question></quiz>`
	res, err := ParseMoodleXML(strings.NewReader(in), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Questions) != 1 || len(res.Questions[0].Tags) != quiz.MaxTags || len(skipsWith(res, "tag ")) != 2 {
		t.Errorf("got %+v, skipped %q", res.Questions, skips(res))
	}
}

func TestMoodleXMLRepeatedNames(t *testing.T) {
	var b strings.Builder
	b.WriteString("<quiz>")
	for i := range 4 {
		b.WriteString(`<question type="truefalse"><name><text>a</text></name><questiontext><text>Q` + strings.Repeat("?", i+1) + `</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`)
	}
	b.WriteString(`<question type="truefalse"><name><text>a-3</text></name><questiontext><text>R</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>`)
	res, err := ParseMoodleXML(strings.NewReader(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, q := range res.Questions {
		ids = append(ids, q.ID)
	}
	if want := []string{"a", "a-2", "a-3", "a-4", "a-3-2"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("ids %q, want %q", ids, want)
	}
}

// imageNames describes images without their bytes, for messages.
func imageNames(imgs []quiz.Image) []string {
	var out []string
	for _, im := range imgs {
		out = append(out, fmt.Sprintf("%s %s %q %s %d bytes", im.Side, im.Name, im.Alt, im.Type, len(im.Data)))
	}
	return out
}

// A question whose text plays or links to media Lectern leaves out is read
// and held back; one that links to a web page, or shows an image Lectern
// keeps, is not.
func TestMoodleXMLHoldsQuestionsThatLoseMedia(t *testing.T) {
	q := func(name, text string) string {
		return `<question type="truefalse"><name><text>` + name + `</text></name><questiontext format="html"><text><![CDATA[` + text +
			`]]></text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`
	}
	doc := "<quiz>\n" + strings.Join([]string{
		q("audio", `<audio controls><source src="@@PLUGINFILE@@/call.ogg"></audio> Is this a blackbird?`),
		q("video", `<p><video src="https://example.org/clip.mp4"></video>The clip shows a heron.</p>`),
		q("link", `<p>See <a href="https://example.org/rivers">the page</a>: the Rhine rises in the Alps.</p>`),
		q("iframe", `<iframe src="https://example.org/embed/9"></iframe> The map shows Europe.`),
		q("image", `<img src="https://example.org/map.png" alt="a map"> The map shows Asia.`),
	}, "\n") + "\n</quiz>\n"
	res, err := ParseMoodleXML(strings.NewReader(doc), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`audio "call.ogg"`, `video "clip.mp4"`, "", `file "9"`, `image "https://example.org/map.png"`}
	if len(res.Questions) != len(want) || len(res.QuestionHeld) != len(want) {
		t.Fatalf("%d questions, held %q; skipped %q", len(res.Questions), res.QuestionHeld, skips(res))
	}
	for i, w := range want {
		got := res.QuestionHeld[i]
		if w == "" && got != "" || w != "" && !strings.Contains(got, w) {
			t.Errorf("question %d (line %d) held %q, want %q", i+1, res.QuestionLines[i], got, w)
		}
	}
	if !reflect.DeepEqual(res.QuestionLines, []int{2, 3, 4, 5, 6}) {
		t.Errorf("lines = %v", res.QuestionLines)
	}
}

// FuzzMoodleMedia: the media reader never panics and names each thing it
// finds as a kind and a quoted name.
func FuzzMoodleMedia(f *testing.F) {
	for _, s := range []string{
		`<p><a href="@@PLUGINFILE@@/bonjour.mp3">Listen</a></p>`, `<audio controls><source src="a.ogg"></audio>`,
		`<video src=x.mp4>`, `<a href="https://e.org/">page</a>`, `<object data="@@PLUGINFILE@@/%zz">`, `<embed src=>`, `<a`, `<iframe src="?.mp4">`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, m := range mxMedia(in) {
			kind, name, ok := strings.Cut(m, " ")
			if !ok || !slices.Contains([]string{"audio", "video", "image", "file"}, kind) || !strings.HasPrefix(name, `"`) {
				t.Fatalf("media %q read from %q", m, in)
			}
		}
		if got := mxHeld(mxMedia(in)); got != "" && !strings.HasPrefix(got, "its text depends on ") {
			t.Fatalf("held %q", got)
		}
	})
}
