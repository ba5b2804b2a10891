package generate

import (
	"strings"
	"testing"
)

func TestTitleGivesAway(t *testing.T) {
	cases := []struct {
		k, theme, course string
		want             bool
	}{
		{"northwind", "Northwind council candidate dropped", "", true},
		{"northwind", "", "Northwind council candidate dropped", true},
		{"candidates", "Candidate dropped", "", true},
		{"northwind council", "Northwind council candidate dropped", "", true},
		{"harbour board", "Northwind council candidate dropped", "", false},
		{"northwind board", "Northwind council candidate dropped", "", false},
		{"", "Northwind council candidate dropped", "", false},
		{"northwind", "", "", false},
	}
	for _, c := range cases {
		if got := titleGivesAway(c.k, c.theme, c.course); got != c.want {
			t.Errorf("titleGivesAway(%q, %q, %q) = %v, want %v", c.k, c.theme, c.course, got, c.want)
		}
	}
}

// No blank, short answer or card of a report asks for a name its
// headline already shows, not even among the drafts held back.
func TestNoBlankOnTitleName(t *testing.T) {
	text := "NCP councillor suspended\n\n" +
		"Regionalist party NCP have suspended a councillor for allegedly suggesting the harbour board should be sold to a private firm.\n\n" +
		"Tom Avery, 48, was due to stand for the harbour ward at the next local election in the spring. " +
		"But he was suspended after his leaflets were sent to two local newspapers. " +
		"NCP spokesman Ann Lowe said those who chose Mr Avery knew nothing of his plans. " +
		"Mr Avery told the Harbour Gazette that he had been treated unfairly by NCP and would appeal against the decision."
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Course.Course.Title != "NCP councillor suspended" {
		t.Fatalf("course title %q", res.Course.Course.Title)
	}
	if len(res.Drafts) < 3 {
		t.Fatalf("only %d drafts", len(res.Drafts))
	}
	for _, d := range res.Drafts {
		if strings.EqualFold(strings.TrimSpace(d.Answer), "NCP") && d.Rule != "truefalse-true" {
			t.Errorf("item %q (%s) asks for the title's name", d.Sentence, d.Rule)
		}
	}
}

// A blank over "Guantanamo Bay" accepts "Guantanamo" (head_answer.go), so
// a headline with "Guantanamo" in it gives the answer away: no blank,
// short answer or card asks for it, not even among the drafts held back.
func TestNoBlankOnTitlesShortForm(t *testing.T) {
	text := "Bishop's Guantanamo release call\n\n" +
		"Bishop Alan Marsh has called for the release of the remaining inmates at Guantanamo Bay and of the suspects detained without trial in the UK.\n\n" +
		"His comments follow news that three Britons held in the camp will be freed within weeks. " +
		"Nine foreign nationals are being held indefinitely without trial in the UK under emergency security laws. " +
		"The men have been held at Guantanamo Bay for almost three years, the Foreign Office said."
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if strings.Contains(d.Answer, "Guantanamo") && d.Rule != "truefalse-true" {
			t.Errorf("item %q (%s) asks for %q, which the headline shows", d.Sentence, d.Rule, d.Answer)
		}
	}
}
