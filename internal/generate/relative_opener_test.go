package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A time counted from the sentence before is left out: "Hours later",
// "Four hours later,", "The next day,". The sentence states the same
// fact without it. "Later that year" and "Days later than planned" are
// not such openers.
func TestRelOpenerEdit(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Hours later Mr Pryce's hopes of a harbour deal collapsed as his colleagues refused to back him.", "Mr Pryce's hopes of a harbour deal collapsed as his colleagues refused to back him."},
		{"Four hours later, the mayor called the ferry owners back to the town hall for a last attempt at a deal.", "The mayor called the ferry owners back to the town hall for a last attempt at a deal."},
		{"The next day, Ms Lowe told the council that the ferry would stop in May.", "Ms Lowe told the council that the ferry would stop in May."},
		{"Two days later the harbour board voted to sell the old quay.", "The harbour board voted to sell the old quay."},
		{"Shortly afterwards, the board sold the quay to a builder from Leeds.", "The board sold the quay to a builder from Leeds."},
		{"Later that year the harbour board sold the quay.", ""},
		{"Days later than planned, the ferry sailed for the islands.", ""},
		{"The next ferry sails at noon from the old quay.", ""},
	} {
		e, ok := relOpenerEdit(c.text)
		got := ""
		if ok {
			got, _ = applyEdits(c.text, []edit{e})
		}
		if got != c.want {
			t.Errorf("relOpenerEdit(%q) gives %q, want %q", c.text, got, c.want)
		}
	}
}

// An item on a sentence opening "Four hours later," reads without the
// opener: the statement quoting it and the fill-in on it.
func TestRelOpenerItems(t *testing.T) {
	x := analyseText(t, "Harbour talks fail\n\n"+
		"The mayor, Tom Hale, met the ferry owners at the town hall on Monday to save the island route. "+
		"The talks ended without a deal after the owners asked for a larger grant.\n\n"+
		"Four hours later, Tom Hale called the ferry owners back to the town hall in a last attempt at a deal. "+
		"The owners refused to move and the route closed at the end of the month.")
	s := sentenceWith(t, x, "Four hours later")
	it := trueItem(s)
	if !x.standAlone(it) {
		t.Fatalf("statement on %q dropped", s.text)
	}
	if want := "True or false? Tom Hale called the ferry owners back to the town hall in a last attempt at a deal."; it.q.Prompt != want {
		t.Errorf("statement %q, want %q", it.q.Prompt, want)
	}
	q := &item{sent: s, q: &quiz.Question{Type: quiz.Short, Prompt: "Fill in the blank: “" + strings.Replace(s.text, "the town hall in", "_____ in", 1) + "”"}}
	if !x.standAlone(q) || strings.Contains(q.q.Prompt, "later") {
		t.Errorf("fill-in kept the opener: %q", q.q.Prompt)
	}
}
