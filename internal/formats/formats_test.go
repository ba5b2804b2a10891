package formats

import (
	"errors"
	"strings"
	"testing"
)

func TestFormatFromName(t *testing.T) {
	cases := map[string]Format{
		"course.json": FormatJSON, "unit1.GIFT": FormatGIFT, "a.aiken": FormatAiken,
		"cards.csv": FormatCSV, "cards.tsv": FormatTSV, "dir.v2/cards.TSV": FormatTSV, "quiz.xml": FormatMoodleXML,
	}
	for name, want := range cases {
		if got, err := FormatFromName(name); err != nil || got != want {
			t.Errorf("FormatFromName(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	for _, name := range []string{"export.txt", "quiz.html", "noext"} {
		if _, err := FormatFromName(name); !errors.Is(err, ErrUnknownFormat) {
			t.Errorf("FormatFromName(%q): error %v, want ErrUnknownFormat", name, err)
		}
	}
}

func TestDetect(t *testing.T) {
	cases := []struct {
		in   string
		want Format
	}{
		{`{"lectern": 1, "course": {}, "questions": []}`, FormatJSON},
		{"// question: 1\n::Q1::Who?{=a ~b}\n", FormatGIFT},
		{"$CATEGORY: $course$/top/x\n", FormatGIFT},
		{"Grant is buried.{T}", FormatGIFT},
		{"Q?\nA) a\nB) b\nANSWER: A\n", FormatAiken},
		{"#separator:tab\n#html:false\na\tb\n", FormatTSV},
		{"#separator:Comma\na,b {{c1::x}}\n", FormatCSV},
		{"hola\thello\nadiós\tgoodbye\n", FormatTSV},
		{"hola,hello\n", FormatCSV},
		{"just words", ""},
		{"  ", ""},
	}
	for _, c := range cases {
		if got := Detect([]byte(c.in)); got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if f, err := FormatOf("moodle-export.txt", []byte("Q?{=a ~b}")); err != nil || f != FormatGIFT {
		t.Errorf("FormatOf(.txt GIFT) = %q, %v", f, err)
	}
	if f, err := FormatOf("x.csv", []byte("Q?{=a ~b}")); err != nil || f != FormatCSV {
		t.Errorf("FormatOf(.csv) = %q, %v; the extension wins", f, err)
	}
}

func TestParseDispatch(t *testing.T) {
	res, err := Parse(FormatTSV, strings.NewReader("a\tb"), Options{})
	if err != nil || len(res.Cards) != 1 {
		t.Errorf("Parse(tsv) = %+v, %v", res, err)
	}
	if _, err := Parse(FormatJSON, strings.NewReader("{}"), Options{}); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("Parse(json): error %v, want ErrUnknownFormat", err)
	}
}

func TestHTMLToText(t *testing.T) {
	cases := map[string]string{
		"<p>What is <b>bold</b>?</p>":                         "What is bold?",
		"<p>One</p><p>Two</p>":                                "One\n\nTwo",
		"Line<br>break<br/>again":                             "Line\nbreak\nagain",
		"a &lt;b&gt; &amp; c&nbsp;d &#233; &eacute;":          "a <b> & c d é é",
		"x < y and y > z":                                     "x < y and y > z",
		"<script>alert(1)</script>safe<style>p{}</style>":     "safe",
		"<!-- hidden -->shown<!-- unclosed":                   "shown",
		"<a href=\"x>y\" title='q'>link</a>   text\n\n  more": "link text more",
		"<pre>  indented\n  code</pre>":                       "indented\n  code",
		"<span style=\"color: red\">":                         "",
		"<unclosed tag":                                       "<unclosed tag",
	}
	for in, want := range cases {
		if got := htmlToText(in); got != want {
			t.Errorf("htmlToText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseErrorText(t *testing.T) {
	if got := (&ParseError{Line: 12, Column: 5, Msg: "missing closing }"}).Error(); got != "line 12, column 5: missing closing }" {
		t.Errorf("Error() = %q", got)
	}
	if got := (&ParseError{Line: 3, Msg: "x"}).Error(); got != "line 3: x" {
		t.Errorf("Error() = %q", got)
	}
	if got := (Skip{Line: 12, Reason: "essay questions are not supported; skipped"}).String(); got != "line 12: essay questions are not supported; skipped" {
		t.Errorf("Skip.String() = %q", got)
	}
}
