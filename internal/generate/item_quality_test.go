package generate

import (
	"reflect"
	"strings"
	"testing"
)

// A blank that leaves half of its phrase outside it is held back.
func TestHalfPhraseBlank(t *testing.T) {
	checkSpans(t, []string{
		"Several councillors had long called for the mayor's removal after sustained criticism over extended hospital waiting times.",
		"Mora described the Kell–Varga effect in a paper on crystal lattices.",
		"Nurses said the extended hospital stays of older patients filled the wards in winter.",
		"The union said the new hospital building would open in the spring of next year.",
	}, "halfPhraseBlank", func(x *article, s *sentence, sp *span) bool { return halfPhraseBlank(s, sp) }, []spanCase{
		{"sustained criticism", "extended hospital", true}, // "_____ waiting times"
		{"described the", "Kell", true},                    // "_____–Varga effect"
		{"described the", "crystal lattices", false},
		{"Nurses said", "older patients", false}, // a verb follows
	})
	if dashJoined("a well-known story", 2, 6) != true || dashJoined("in 1910 – 1917", 3, 7) {
		t.Error("dashJoined: a hyphenated word is joined; a spaced dash between years is not")
	}
}

// A cloze card on wording the article says once, outside its lead, is
// held back; a phrase whose words recur, or one in the lead, is kept.
func TestOnceWording(t *testing.T) {
	x, err := analyse([]string{
		"The harbour board of Dunmere was founded in 1850 to manage the town's growing trade in wool and statistical tables.",
		"While Reid was chairman, the fishermen's union rose as a political force in the harbour towns.",
		"The board built new data networks for the port in 1990. The networks linked the quays to the customs house.",
		"Later reviews praised its imaginative forays into the history of the wool trade.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub, answer string
		want        bool
	}{
		{"rose as a", "political force", true},         // said once
		{"praised its", "imaginative forays", true},    // said once
		{"new data networks", "data networks", false},  // "networks" recurs
		{"growing trade", "statistical tables", false}, // the lead paragraph
	} {
		s, sp := answerIn(t, x, tc.sub, tc.answer)
		if got := x.onceWording(s, sp); got != tc.want {
			t.Errorf("%q: onceWording = %v, want %v", tc.answer, got, tc.want)
		}
	}
}

// A group named by a name and a plural accepts the name alone; the world
// wars accept their other names.
func TestModifierForms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Labour MPs", []string{"Labour"}},
		{"Apple engineers", []string{"Apple"}},
		{"the First World War", []string{"World War I", "World War One", "WWI", "WW1"}},
		{"World War II", []string{"Second World War", "World War Two", "WWII", "WW2"}},
		{"Bank of America", nil},
		{"NATO members", nil}, // an acronym alone is no shorter answer here
		{"Labour", nil},
		{"Harbour Trust", nil}, // not a plural
	} {
		if got := modifierForms(tc.text); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// The short answer on a group named by its party takes the party alone,
// through the answer forms a short answer is given.
func TestShortAnswerTakesName(t *testing.T) {
	x, err := analyse([]string{
		"Opposition members and some Labour MPs had long called for the minister's removal after the report.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceWith(t, x, "Labour MPs")
	for _, sp := range s.spans {
		if sp.text != "Labour MPs" {
			continue
		}
		forms := strings.Join(x.answerForms(sp), "|")
		if !strings.Contains("|"+forms+"|", "|Labour|") {
			t.Errorf("answer forms of %q: %s, want Labour among them", sp.text, forms)
		}
		return
	}
	t.Skip("no span over \"Labour MPs\" in this sentence")
}

// A blanked phrase whose head noun stands elsewhere in the sentence is
// given away; one whose modifier recurs is not.
func TestHeadGiveaway(t *testing.T) {
	checkSpans(t, []string{
		"Ross was instrumental in the creation of its field observatory in the northern hills, Carrow Hill Observatory.",
		"Since the reform the town budget has swung from a record surplus to a record deficit of four million crowns.",
		"The council opened a new grain market near the harbour in the spring.",
	}, "headGiveaway", func(x *article, s *sentence, sp *span) bool { return headGiveaway(s, sp) }, []spanCase{
		{"instrumental in", "field observatory", true}, // "Observatory" in the name after it
		{"swung from", "record surplus", false},        // only the modifier recurs
		{"opened a new", "grain market", false},
	})
}

// A century swapped in far from the sentence's own is held back, even one
// the article names elsewhere.
func TestCenturyNear(t *testing.T) {
	x := analyseText(t, "The Voss family had farmed near the coast since the 13th century.\n\n"+
		"Clara Voss was born in 1820 in a village near the harbour.\n\n"+
		"Voss was one of the leading teachers of the 19th century and wrote a book on schools for girls.\n\n"+
		"She died in 1884, and the school was named after her in 1890.")
	s := sentenceWith(t, x, "leading teachers")
	sp := spanOfSent(t, s, "19th century")
	for _, c := range []struct {
		text string
		want bool
	}{{"13th century", false}, {"18th century", true}} {
		if got := x.swapShapeOK(s, sp, c.text); got != c.want {
			t.Errorf("19th century → %s: ok = %v, want %v", c.text, got, c.want)
		}
	}
}

// "In the same month" takes the month of the sentence before, when that
// names one; with two months, or none, the sentence cannot be read alone.
func TestMonthEdit(t *testing.T) {
	x, err := analyse([]string{
		"Ferry waiting lists in Corran rose to 3,000 passengers in November 2004, the harbour board said. In the same month lists in Tarn were at their lowest for 17 years.",
		"The old bridge closed in March and the new one opened in June. That month the ferry carried few passengers.",
		"The board met in the spring to discuss the fares. In the same month the ferry company cut its timetable.",
		"The ferry company cut its timetable in May to save fuel over the summer months.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub       string
		has, ok   bool
		old, want string
	}{
		{"lists in Tarn", true, true, "In the same month", "In November 2004"},
		{"That month the ferry", true, false, "", ""},             // March or June?
		{"ferry company cut its timetable.", true, false, "", ""}, // no month before
		{"to save fuel", false, false, "", ""},
	} {
		s := sentenceWith(t, x, tc.sub)
		e, has, ok := x.monthEdit(s)
		if has != tc.has || ok != tc.ok || e.old != tc.old || e.new != tc.want {
			t.Errorf("%q: monthEdit = %+v %v %v, want {%s %s} %v %v", s.text, e, has, ok, tc.old, tc.want, tc.has, tc.ok)
		}
		edits, cok := x.contextEdits(s)
		if tc.has && !tc.ok && cok {
			t.Errorf("%q: read alone with edits %+v, want refused", s.text, edits)
		}
	}
}
