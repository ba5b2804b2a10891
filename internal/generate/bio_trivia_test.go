package generate

import (
	"strings"
	"testing"
)

// findSentence returns the sentence of x that starts with prefix.
func findSentence(t *testing.T, x *article, prefix string) *sentence {
	t.Helper()
	for _, s := range x.sents {
		if strings.HasPrefix(s.text, prefix) {
			return s
		}
	}
	t.Fatalf("no sentence starts with %q", prefix)
	return nil
}

// TestBioTriviaSentence: in a biography, a sentence giving a college team
// position, a student club or the siblings' names is incidental; one on
// what the subject did with a sibling, or on a sport the subject worked
// in, is not.
func TestBioTriviaSentence(t *testing.T) {
	x := analyseText(t, "Tobias Wren (12 April 1901 – 9 May 1977) was an American film producer. Wren made forty films.\n\n"+
		"Wren was the eldest of three children; his brothers Karl (known as Kalle) and Otto were two and five years younger. "+
		"All three boys, Tobias, Karl, and Otto, went to Ashby School. "+
		"In college, Wren was a star on the football team, playing left end. "+
		"While at Harwood all three brothers were members of the Oak eating club.\n\n"+
		"After the war, Wren clashed with his older brothers, Karl and Otto Wren. "+
		"Wren bought a football club in 1950. Wren was a member of the Film Academy.")
	for _, c := range []struct {
		prefix string
		want   bool
	}{
		{"Wren was the eldest", true},
		{"All three boys", true},
		{"In college", true},
		{"While at Harwood", true},
		{"After the war", false},
		{"Wren bought a football club", false},
		{"Wren was a member of the Film Academy", false},
	} {
		if got := x.incidentalSentence(findSentence(t, x, c.prefix)); got != c.want {
			t.Errorf("incidentalSentence(%q…) = %v, want %v", c.prefix, got, c.want)
		}
	}
	// An article that is no biography is about its sport.
	y := analyseText(t, "The Harwood football team won the league in 1950. The team played in red.\n\n"+
		"In the final, Karl Otto was a star on the football team, playing left end. The club was founded in 1890.")
	if y.incidentalSentence(findSentence(t, y, "In the final")) {
		t.Error("a team position in an article on the team is incidental")
	}
}

// TestRemarkYear: a year that dates a remark is not swapped into a false
// statement nor asked; a year of an event is.
func TestRemarkYear(t *testing.T) {
	x := analyseText(t, "Tobias Wren (12 April 1901 – 9 May 1977) was an American film producer. Wren made forty films.\n\n"+
		"I loved the work, Wren recalled in 1986. Wren left the studio in 1962. Wren told a reporter in 1970 that he was tired.")
	for _, c := range []struct {
		prefix, year string
		want         bool
	}{
		{"I loved", "1986", true},
		{"Wren left", "1962", false},
		{"Wren told", "1970", true},
	} {
		s := findSentence(t, x, c.prefix)
		var sp *span
		for _, o := range s.spans {
			if o.kind == kYear && o.text == c.year {
				sp = o
			}
		}
		if sp == nil {
			t.Fatalf("no year %s in %q", c.year, s.text)
		}
		if got := remarkYear(s, sp); got != c.want {
			t.Errorf("remarkYear(%q, %s) = %v, want %v", s.text, c.year, got, c.want)
		}
	}
	// No proposed item asks the year of the remark or swaps it.
	res, err := Generate("Tobias Wren (12 April 1901 – 9 May 1977) was an American film producer. Wren made forty films for the Harbour studio.\n\n"+
		"I loved the work at the studio, Wren recalled in 1986. Wren left the Harbour studio in 1962 after a quarrel with its owners.\n\n"+filler(6), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if d.Question != nil && strings.Contains(d.Question.Prompt, "recalled in") && !strings.Contains(d.Question.Prompt, "recalled in 1986") {
			t.Errorf("proposed item on the year of a remark: %q", d.Question.Prompt)
		}
		if d.Card != nil && strings.Contains(d.Card.Front, "recalled in _") {
			t.Errorf("card on the year of a remark: %q", d.Card.Front)
		}
	}
}

// TestPublicationSource: which publication judged the subject is the
// source of a report, an aside to what it said.
func TestPublicationSource(t *testing.T) {
	for _, after := range []string{" in 1964 called Wren a master of comedy.", " called Wren a master.", ", a weekly, described Wren as shy."} {
		if !sourceAfterRE.MatchString(after) {
			t.Errorf("sourceAfterRE does not match %q", after)
		}
	}
	if sourceAfterRE.MatchString(" in 1964 bought the studio.") {
		t.Error("sourceAfterRE matches a purchase")
	}
}

// TestBirthOrderTrivia: in a biography, where the subject came among a
// family's children is incidental; an ordinal of something else is not.
func TestBirthOrderTrivia(t *testing.T) {
	x := analyseText(t, "Tobias Wren (12 April 1901 – 9 May 1977) was an American film producer. Wren made forty films.\n\n"+
		"Wren's parents kept a shop in Ashby. "+
		"Tobias Wren was the second of their three sons, the eldest of whom had died in 1899 at the age of five. "+
		"Wren was the youngest of seven children and left school at fourteen.\n\n"+
		"Wren was the second director of the Film Academy. "+
		"The first of his three studios opened in 1930.")
	for _, c := range []struct {
		prefix string
		want   bool
	}{
		{"Tobias Wren was the second of their", true},
		{"Wren was the youngest of seven", true},
		{"Wren was the second director", false},
		{"The first of his three studios", false},
	} {
		if got := x.incidentalSentence(findSentence(t, x, c.prefix)); got != c.want {
			t.Errorf("incidentalSentence(%q…) = %v, want %v", c.prefix, got, c.want)
		}
	}
}
