package generate

import (
	"strings"
	"testing"
)

// topicReport is a short report of my own with the shape of a real one:
// the headline and the lead name the topic ("ID badges", "the ID badges
// bill"); the sentences after call it "the bill" and "the badges".
const topicReport = "Reed faces ID badges revolt\n\n" +
	"Ann Reed faces her first real test as transport minister on Tuesday with a revolt by her own councillors over the disputed ID badges bill.\n\n" +
	"Up to 12 councillors could vote against the plan at the town hall. " +
	"Mrs Reed, who took the job in May after Tom Hale resigned, has refused calls to delay the bill until next spring. " +
	"The Green group opposes the plans.\n\n" +
	"Critics say that issuing the badges would cost the council far more than it expects. " +
	"Ministers say the scheme would cut fare dodging on the city's trams and buses."

// TestTopicKindEdits: "the bill" and "the badges" of a later sentence
// are written as the headline and the lead name the report's topic; the
// other kind nouns ("the plan", "the scheme") are left to kindBack.
func TestTopicKindEdits(t *testing.T) {
	x := analyseText(t, topicReport)
	x.course = "Reed faces ID badges revolt"
	if topic, head, kind := x.leadTopicKind(); topic != "ID badges" || head != "badges" || kind != "bill" {
		t.Fatalf("leadTopicKind = %q %q %q; want ID badges, badges, bill", topic, head, kind)
	}
	cases := []struct{ sub, want string }{
		{"has refused calls", "the ID badges bill"},
		{"issuing the badges", "the ID badges"},
	}
	for _, c := range cases {
		s := sentenceWith(t, x, c.sub)
		if x.kindBack(s) {
			t.Errorf("kindBack holds %q", s.text)
		}
		edits, ok := x.findContextEdits(s)
		if !ok {
			t.Fatalf("no context edits for %q", s.text)
		}
		got, _ := applyEdits(s.text, edits)
		if !strings.Contains(got, c.want) {
			t.Errorf("%q repaired as %q; want %q in it", s.text, got, c.want)
		}
	}
	if e := x.topicKindEdits(sentenceWith(t, x, "the scheme would cut")); len(e) != 0 {
		t.Errorf("the scheme written out: %v", e)
	}
}

// TestTopicKindStatement: the report's statement on "the bill" is
// proposed with its topic written in, through Generate.
func TestTopicKindStatement(t *testing.T) {
	res, err := Generate(topicReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, d := range res.Drafts {
		p := promptOf(d)
		if strings.Contains(d.Sentence, "has refused calls") && strings.Contains(p, "the ID badges bill") {
			found = true
		}
		if strings.Contains(p, "issuing the badges") {
			t.Errorf("proposed without its topic: %s", p)
		}
	}
	if !found {
		for _, d := range res.Drafts {
			t.Logf("proposed: %s", promptOf(d))
		}
		t.Error("the statement on the ID badges bill is not proposed")
	}
}

// TestTopicKindNotTaken: no topic where the headline's words are an
// adjective and a noun ("Asian crisis") or open the lead.
func TestTopicKindNotTaken(t *testing.T) {
	x := analyseText(t, "Asian crisis deepens\n\n"+
		"The Asian crisis deepened on Monday as three more banks failed in the region.\n\n"+
		"The crisis began when lenders pulled their money out of the region.")
	x.course = "Asian crisis deepens"
	if topic, _, _ := x.leadTopicKind(); topic != "" {
		t.Errorf("leadTopicKind = %q; want none", topic)
	}
}
