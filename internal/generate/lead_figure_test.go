package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// leadFigureReport is a short report of one theme written for this test,
// in the shape of a BBC politics report: a lead carrying the power's
// limit (14 hours), reported speech from both sides, and three true
// statements the ranker proposes.
const leadFigureReport = `Row over ferry crew hours

The Seafarers Union has said it firmly opposes letting ferry companies keep deck crews on duty for up to 14 hours.

The rules, tried on three routes last year, were extended to every ferry line in Scotland on Monday. The union said tired crews could not handle emergencies at sea safely. But the transport department said the change would keep island services running through the winter. Union leader Moira Grant said deck hands should rest between crossings.

"Nobody should be asked to steer a ship after a day like that," she said. Ferry firms can now roster crews for longer shifts when a relief crew is delayed by bad weather. The rosters will be approved by harbour masters at each port. Ms Grant said this changes the purpose of the old limit, which was to protect passengers as well as crews.

But transport minister Alan Reid defended the move, saying it would give operators "a little room to breathe". He denied that safety would suffer and said the longer shifts would be rare.

"These are hours that crews already work when storms close the harbours," he said. The department has published its own study of ferry safety, which it calls "reassuring". Mr Reid said the study shows accidents have fallen over the past decade. But the study also found that many passengers do not know where the life jackets are kept.

Opposition transport spokesman Neil Bruce said the study appeared to admit that crew fatigue had never been measured.

"If the ships need more hours, the answer is more crews," he said. Maritime correspondent Fiona Hall said the figures were unclear. There are about 900 deck hands on the island routes, and the government plans to train 300 more by 2010 at a cost of £12m. The Island Ferries Bill proposes new rules on ticket prices, timetables, freight loading and harbour fees.
`

// TestLeadFigureFourthQuestion: the short report above proposed three
// true statements and no fourth question; its lead's figure is now the
// fourth, a short-answer blank over "14 hours", while the true/false
// items stay as they were.
func TestLeadFigureFourthQuestion(t *testing.T) {
	res, err := Generate(leadFigureReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Course.Themes) != 1 {
		t.Fatalf("themes: %d, want the one theme of a short report", len(res.Course.Themes))
	}
	var lead *quiz.Question
	tf := 0
	for i, q := range res.Course.Questions {
		if q.Type == quiz.TrueFalse {
			tf++
		}
		if q.Type == quiz.Short && strings.Contains(q.Prompt, "keep deck crews on duty for up to _____") {
			lead = &res.Course.Questions[i]
		}
	}
	if lead == nil {
		t.Fatalf("no question over the lead's figure among %d questions", len(res.Course.Questions))
	}
	found := false
	for _, a := range lead.Answers {
		if a == "14 hours" {
			found = true
		}
	}
	if !found {
		t.Errorf("answers %q, want 14 hours among them", lead.Answers)
	}
	if len(res.Course.Questions) < minProposed {
		t.Errorf("questions: %d, want %d", len(res.Course.Questions), minProposed)
	}
	if tf != 3 {
		t.Errorf("true/false items: %d, want the three proposed before", tf)
	}
}

// TestLeadFigureNotADate: a lead whose only number is a year gives no
// such question (a year is not the report's figure).
func TestLeadFigureNotADate(t *testing.T) {
	text := strings.Replace(leadFigureReport, "keep deck crews on duty for up to 14 hours.", "keep deck crews on duty longer than the limit set in 1998.", 1)
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Course.Questions {
		if q.Type == quiz.Short && strings.Contains(q.Prompt, "The Seafarers Union has said") {
			t.Errorf("a question over the lead's year: %q", q.Prompt)
		}
	}
}
