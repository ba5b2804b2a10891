package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
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
		sp := yearSpan(t, s, c.year)
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

// TestBioPersonalSentence: in a biography, a sentence giving a school
// below university, the family's moves, a parent's work or the count of
// marriages or children is incidental, in the lead as after it; a
// degree, what the subject did at a school, a move tied to what another
// person named did and the subject's own work are not.
func TestBioPersonalSentence(t *testing.T) {
	x := analyseText(t, "Tobias Wren (12 April 1901 – 9 May 1977) was an American film producer. "+
		"Wren graduated from Ashby High School in 1919. "+
		"He studied law at Harwood University, which led him to the studio's legal department.\n\n"+
		"When Wren was four years old, the family moved to Dover, Ohio, where his father worked on the building of a bridge. "+
		"The family moved to Leeds, Iowa, before moving to Salem, Oregon, in 1910. "+
		"In 1912, the family relocated to Salem, following the lead of his uncle Karl Otto, who opened a shop there. "+
		"Wren attended Salem High School, where he ran the film club. "+
		"After leaving high school, Wren joined the Lark studio as a clerk.\n\n"+
		"Wren was married twice and had four children. "+
		"He married the actress Ida Moss in 1930. "+
		"Wren produced forty films for the Lark studio.")
	for _, c := range []struct {
		prefix string
		want   bool
	}{
		{"Tobias Wren (12 April", false},         // the opening sentence
		{"Wren graduated from Ashby", true},      // a school, in the lead
		{"He studied law", false},                // a degree the career rests on
		{"When Wren was four", true},             // a move and a parent's work
		{"The family moved to Leeds", true},      // the family's moves
		{"In 1912, the family relocated", false}, // tied to another person's act
		{"Wren attended Salem High", false},      // what he did at the school
		{"After leaving high school", false},     // what came after
		{"Wren was married twice", true},         // counts of marriages and children
		{"He married the actress", false},        // whom he married
		{"Wren produced forty films", false},     // the career
	} {
		if got := x.incidentalSentence(findSentence(t, x, c.prefix)); got != c.want {
			t.Errorf("incidentalSentence(%q…) = %v, want %v", c.prefix, got, c.want)
		}
	}
	// An article that is no biography keeps its families' moves.
	y := analyseText(t, "The Dust Bowl drove farmers from the plains in the 1930s. Dust storms ruined the crops of whole counties.\n\n"+
		"In 1935, the family moved to California, as thousands of others did. Many families had six children to feed.")
	for _, prefix := range []string{"In 1935, the family moved", "Many families had"} {
		if y.incidentalSentence(findSentence(t, y, prefix)) {
			t.Errorf("incidentalSentence(%q…) = true in an article that is no biography", prefix)
		}
	}
}

// TestBioPersonalNotProposed: the items of a biography are not drawn
// from its school, its family's moves or its count of children, and the
// theme fills with the life's other sentences instead.
func TestBioPersonalNotProposed(t *testing.T) {
	text := "Tobias Wren (12 April 1901 – 9 May 1977) was an American film producer and director. " +
		"Wren graduated from Ashby High School in 1919. " +
		"He joined the Lark studio in 1924 as a clerk and became its head of production in 1931. " +
		"Wren produced forty films for the studio, including Night Harbour and The Long Field.\n\n" +
		"When Wren was four years old, the family moved to Dover, Ohio, where his father worked on the building of a bridge. " +
		"The family moved to Leeds, Iowa, before moving to Salem, Oregon, in 1910. " +
		"Wren won the Harwood Prize for Night Harbour in 1936. " +
		"Wren was married twice and had four children. " +
		"In 1948 Wren founded the Wren Film School in Salem, which trained over 2,000 directors. " +
		"Wren left the Lark studio in 1955 and retired to Maine."
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range res.Drafts {
		var words string
		if q := d.Question; q != nil {
			// A lead quoted before the question is context, not asked
			// (statement_lead.go).
			_, words = quiz.SplitLead(q.Prompt)
			for _, o := range q.Options {
				words += " " + o.Text
			}
		} else {
			words = d.Card.Front + " " + d.Card.Back
		}
		for _, bad := range []string{"Ashby High School", "Leeds, Iowa", "building of a bridge", "married twice"} {
			if strings.Contains(words, bad) {
				t.Errorf("proposed %q, which asks a personal detail (%s)", words, bad)
			}
		}
		n++
	}
	if n < 4 {
		t.Errorf("%d items proposed, want the theme filled to four from the life's other sentences", n)
	}
}

// TestChildrenCount: a count of two or more children or marriages is
// personal detail; a single heir, or none, may be what a succession
// turns on.
func TestChildrenCount(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"They had three children, Ann, Tom and Eve.", true},
		{"She was married three times.", true},
		{"Both of his two marriages ended in divorce.", true},
		{"He was the father of eleven.", true},
		{"The king had no children, and the crown passed to his cousin.", false},
		{"The queen had a son who reigned after her.", false},
		{"He married the actress Ida Moss in 1930.", false},
	} {
		if got := marriagesCountRE.MatchString(c.text) || childrenCountRE.MatchString(c.text); got != c.want {
			t.Errorf("count of marriages or children in %q = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestFamilyTenureTrivia: in a biography, how long a family had lived at
// a place is background (the biography of Ambrose Rookwood: "The Rookwood
// family had lived at Stanningfield in Suffolk for 300 years."); what the
// subject did there, or for how long, is not.
func TestFamilyTenureTrivia(t *testing.T) {
	x := analyseText(t, "Sir Ambrose Rookwood (c. 1578 – 31 January 1606) was a member of the failed 1605 Gunpowder Plot. Rookwood was born into a wealthy family of Catholic recusants.\n\n"+
		"The Rookwood family had lived at Stanningfield in Suffolk for 300 years. "+
		"Rookwood had lived at Coldham Hall for ten years before he joined the plot. "+
		"His ancestors had farmed the land for generations.")
	for _, c := range []struct {
		prefix string
		want   bool
	}{
		{"The Rookwood family had lived", true},
		{"His ancestors had farmed", true},
		{"Rookwood had lived at Coldham", false},
	} {
		if got := x.incidentalSentence(findSentence(t, x, c.prefix)); got != c.want {
			t.Errorf("incidentalSentence(%q…) = %v, want %v", c.prefix, got, c.want)
		}
	}
}

// yearSpan is the span of year in s; the test fails where s has none.
func yearSpan(t *testing.T, s *sentence, year string) *span {
	t.Helper()
	var sp *span
	for _, o := range s.spans {
		if o.kind == kYear && o.text == year {
			sp = o
		}
	}
	if sp == nil {
		t.Fatalf("no year %s in %q", year, s.text)
	}
	return sp
}

// A family's background in a biography: the coat of arms and what its
// colours stand for, the century the family rose, the parents' names
// with a count of the children. The subject's own act stays.
func TestFamilyBackground(t *testing.T) {
	x := analyseText(t, "Tomas Vik (1790 – 1841) was a Norwegian sea captain who charted the coast of Greenland.\n\n"+
		"Vik went to sea at fourteen and commanded a whaler by 1815.\n\n"+
		"Vik charted the coast north of Disko Bay in 1822.")
	for text, want := range map[string]bool{
		"The family coat of arms shows two silver fish on a blue field.":                                    true,
		"Blue stood for loyalty and the fish for the sea trade.":                                            true,
		"The Vik family had become prominent in the 14th century.":                                          true,
		"Vik was the second son of Olav Vik and Anna Berg, one of eleven children.":                         true,
		"He was the son of Olav Vik and Anna Berg, and had ten siblings.":                                   true,
		"Named after a saint, Vik was the son of Olav Vik and Anna Berg.":                                   true,
		"Vik had an elder sister, Ada, and two half-brothers from his father's second marriage.":            true,
		"On his father's side, he came from the powerful Berg clan, settled in Bergen in the 16th century.": true,
		"Vik was granted a coat of arms by the king in 1825.":                                               false,
		"Vik was the son of a Bergen merchant and learned navigation from his uncle.":                       false,
		"The blue whale was first measured by Vik's crew in 1823.":                                          false,
		"In the 19th century the harbour became prominent as a base for whalers sailing to the ice.":        false,
	} {
		if got := x.bioTriviaSentence(text); got != want {
			t.Errorf("bioTriviaSentence(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestStateSchoolTrivia: a state or common school, by the name a
// reference work gives it ("Ashby State School", "the common schools of
// the county"), is a school below university; an academy the career
// rests on is not.
func TestStateSchoolTrivia(t *testing.T) {
	x := analyseText(t, "Tobias Wren (12 April 1891 – 9 May 1952) was an Australian archivist and the first keeper of the Harbour Records Office.\n\n"+
		"Wren was born in Ashby, the son of a tailor. "+
		"Wren was educated at Ashby State School and became a trained choir master. "+
		"His brother was educated in the common schools of the county. "+
		"Wren entered the Royal Military Academy in 1909 and was trained there as a clerk.")
	for _, c := range []struct {
		prefix string
		want   bool
	}{
		{"Wren was educated at Ashby", true},
		{"His brother was educated", true},
		{"Wren entered the Royal", false},
	} {
		if got := x.incidentalSentence(findSentence(t, x, c.prefix)); got != c.want {
			t.Errorf("incidentalSentence(%q…) = %v, want %v", c.prefix, got, c.want)
		}
	}
}
