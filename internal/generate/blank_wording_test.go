package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// spanOver makes a span of the given kind over the first occurrence of
// answer in the sentence holding sub, as the span finder would.
func spanOver(t *testing.T, x *article, sub, answer string, k kind) (*sentence, *span) {
	t.Helper()
	s := sentenceWith(t, x, sub)
	i := strings.Index(s.text, answer)
	if i < 0 {
		t.Fatalf("no %q in %q", answer, s.text)
	}
	return s, &span{sent: s, start: i, end: i + len(answer), text: answer, key: key(answer), kind: k}
}

func TestNameHalf(t *testing.T) {
	x, err := analyse([]string{
		"The harbour of Dunmere was the busiest on the coast for most of the century.",
		"In 1952 Reid appeared as a witness before the House Un-Harbour Activities Committee in Dunmere. " +
			"Democratic President Anna Reid signed the harbour bill in May. " +
			"General Jean-Paul Moret commanded the harbour garrison for ten years. " +
			"Dunmere County Harbour Master Alan Reid said the quay was safe for ships. " +
			"Under Reid, the harbour ruled the coast the way General Motors and General Lamps ruled their trades.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sub, answer string
		k           kind
		want        bool
	}{
		{"as a witness", "Activities Committee", kOrg, true},                   // "the House Un-Harbour _____"
		{"as a witness", "House Un-Harbour", kOrg, true},                       // "_____ Activities Committee"
		{"as a witness", "House Un-Harbour Activities Committee", kOrg, false}, // the whole name
		{"signed the harbour", "Anna Reid", kPerson, false},                    // a title before a name
		{"commanded the", "Moret", kPerson, true},                              // "General Jean-Paul _____"
		{"Harbour Master", "Alan Reid", kPerson, false},                        // a name after a place and a title
		{"In 1952", "Reid", kPerson, false},                                    // a figure before it
		{"ruled the coast", "Motors", kPerson, true},                           // "General _____" for "General Motors"
		{"ruled the coast", "General Motors", kOrg, false},                     // the whole name
		{"ruled the coast", "Lamps", kPerson, true},                            // "General _____" beside "General Motors"
		{"commanded the", "Jean-Paul Moret", kPerson, false},                   // a title before a person's name
	} {
		s, sp := spanOver(t, x, tc.sub, tc.answer, tc.k)
		if got := nameHalf(s, sp); got != tc.want {
			t.Errorf("%q in %q: nameHalf = %v, want %v", tc.answer, s.text, got, tc.want)
		}
	}
}

func TestFunctionAnswer(t *testing.T) {
	for answer, want := range map[string]bool{
		"If I":     true, // "_____'m right half of the time"
		"I've":     true,
		"Either":   true,
		"US":       false, // a name
		"the US":   false,
		"1960s":    false, // a figure
		"the Jews": false,
		"Reid":     false,
	} {
		if got := functionAnswer(answer); got != want {
			t.Errorf("functionAnswer(%q) = %v, want %v", answer, got, want)
		}
	}
}

func TestEpithetBlank(t *testing.T) {
	x, err := analyse([]string{
		"The new phone from Varta went on sale in Dunmere in May.",
		"The phone is steadily winning buyers away from the software giant's own phones. " +
			"In 1990 the firm became an investment bank with offices in three cities. " +
			"Chips are made at many points in the global supply chain for phones. " +
			"Reid said the phone maker would open a plant in the town.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []spanCase{
		{"winning buyers", "software giant", true},    // "the _____'s own phones"
		{"the firm became", "investment bank", false}, // what it became: a fact
		{"many points", "global supply chain", false}, // a thing, not a name's stand-in
		{"would open a plant", "phone maker", true},   // "the _____ would open"
	} {
		s, sp := spanOver(t, x, tc.sub, tc.answer, kTerm)
		if got := epithetBlank(s, sp); got != tc.want {
			t.Errorf("%q in %q: epithetBlank = %v, want %v", tc.answer, s.text, got, tc.want)
		}
	}
}

func TestOnceWordingHeadInName(t *testing.T) {
	paras := []string{
		"Anna Reid was born in Dunmere in 1890 and ran its harbour board for thirty years.",
		"The Reid family had lived in a hostile world of raids and fires for two generations.",
		"Her son served in the army in World War II and came home in 1946.",
	}
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	s, sp := spanOver(t, x, "had lived in", "hostile world", kTerm)
	if !x.onceWording(s, sp) {
		t.Error("\"hostile world\": its head comes back only in a name; the card tests wording")
	}
	// The head comes back as a common noun: the article builds on it.
	x, err = analyse(append(paras, "The world of the harbour changed after the war."))
	if err != nil {
		t.Fatal(err)
	}
	s, sp = spanOver(t, x, "had lived in", "hostile world", kTerm)
	if x.onceWording(s, sp) {
		t.Error("\"hostile world\": \"world\" recurs in lowercase; not wording said once")
	}
}

func TestGrammarEdits(t *testing.T) {
	x, err := analyse([]string{
		"The minister of Dunmere set out the harbour plans of the council in May.",
		"He said tackling poverty would be one his main aims this year. " +
			"She said the the plan had failed in the first year. " +
			"She had had enough of the council by the spring of 1990. " +
			"No one his age had run the harbour board before. " +
			"The new charts show every buoy, allowing then to steer safely into port. " +
			"Ships were allowed then to enter the harbour at night.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for sub, want := range map[string][]edit{
		"one his main":   {{"one his", "one of his"}},
		"the the plan":   {{" the the", " the"}},
		"had had enough": nil,
		"No one his age": nil,
		"allowing then":  {{"allowing then", "allowing them"}},
		"allowed then":   nil,
	} {
		s := sentenceWith(t, x, sub)
		got := grammarEdits(s)
		if len(got) != len(want) || len(want) > 0 && got[0] != want[0] {
			t.Errorf("%q: grammarEdits = %v, want %v", s.text, got, want)
		}
	}
}

func TestFiniteAfterWith(t *testing.T) {
	x, err := analyse([]string{
		"The harbour of Dunmere lost trade in the years after the war.",
		"But with 3,000 workers were losing their jobs every month more help was needed. " +
			"With 3,000 workers losing their jobs every month, more help was needed. " +
			"With the plan that was agreed in May, the port grew again.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for sub, want := range map[string]bool{
		"were losing":    true,
		"workers losing": false,
		"was agreed":     false,
	} {
		s := sentenceWith(t, x, sub)
		if got := finiteAfterWith(s); got != want {
			t.Errorf("%q: finiteAfterWith = %v, want %v", s.text, got, want)
		}
	}
}

func TestHostOnWeekday(t *testing.T) {
	x, err := analyse([]string{
		"The minister of Dunmere will set out the harbour plans of the council this week.",
		"The aid agency Cafex will host the minister's speech on Wednesday. " +
			"The aid agency Cafex hosted 400 refugees from the coast in 1990.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for sub, want := range map[string]bool{
		"speech on Wednesday": true,  // who hosts it, and the day
		"400 refugees":        false, // no day: what the agency did
	} {
		s := sentenceWith(t, x, sub)
		if got := x.incidentalSentence(s); got != want {
			t.Errorf("%q: incidentalSentence = %v, want %v", s.text, got, want)
		}
	}
}

// TestCardBesideSwap: a card whose front quotes the sentence a false
// statement changed shows the true figure; the two ask one fact.
func TestCardBesideSwap(t *testing.T) {
	x, err := analyse([]string{
		"The harbour of Dunmere has 18 stone piers made of granite from the quarry at Carrow.",
		"The board of the harbour met in the old hall on the quay every month.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s, granite := spanOver(t, x, "stone piers", "granite", kTerm)
	swap := &item{sent: s, rule: "truefalse-swap/number", answer: "False", q: &quiz.Question{Type: quiz.TrueFalse}}
	card := &item{sent: s, rule: "cloze-card/term", answer: "granite", sp: granite, c: &quiz.Card{Front: "x", Back: "granite"}}
	if !x.sameFact(card, swap) || !x.sameFact(swap, card) {
		t.Error("a card on the sentence of a false statement does not repeat it")
	}
	other := &item{sent: x.sents[1], rule: "cloze-card/term", answer: "old hall", c: &quiz.Card{Front: "x", Back: "old hall"}}
	if x.sameFact(other, swap) {
		t.Error("a card on another sentence repeats the false statement")
	}
}

// A card on a sentence with the slip "allowing then to" shows "them": the
// mending reaches every kind of item, not true statements alone.
func TestThenForThemMendedOnCard(t *testing.T) {
	x, err := analyse([]string{
		"The harbour of Dunmere printed new charts for its pilots in 1990.",
		"The new charts show every buoy and wreck, allowing then to steer ships safely into the port of Dunmere.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceWith(t, x, "allowing then")
	card := &item{sent: s, rule: "cloze-card/term", answer: "wreck", c: &quiz.Card{Front: strings.Replace(s.text, "wreck", "_____", 1), Back: "wreck"}}
	if !x.standAlone(card) {
		t.Fatal("the card does not stand alone")
	}
	if !strings.Contains(card.c.Front, "allowing them to steer") {
		t.Errorf("front = %q, want \"allowing them to steer\"", card.c.Front)
	}
}
