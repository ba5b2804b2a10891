package generate

import (
	"strings"
	"testing"
)

// debutBio is a short biography written for the tests around one real
// sentence of a performer's lead ("Paige made her Broadway debut in
// Sunset Boulevard in 1996, …"): debuts in a work, after an opening
// phrase, in a place, in a venue, and a relative's debut.
var debutBio = []string{
	"Elaine Paige (born 5 March 1948) is an English singer and actress best known for her work in musical theatre. Paige made her Broadway debut in Sunset Boulevard in 1996, playing the lead role of Norma Desmond, to critical acclaim.",
	"A native of Barnet, Paige began her career as a dancer. After two years at a stage school, she made her professional debut in the musical Hair in 1968. Paige made her concert debut in the Royal Albert Hall. Her brother made his debut in Oliver Twist. Paige made her debut in London.",
}

// TestDebutCard: a sentence on the work of the subject's debut gives the
// card "In which … did … make her … debut …?" with the work on the back,
// the kind of work asking the question where the sentence names it; a
// venue, a place and a relative's debut give none.
func TestDebutCard(t *testing.T) {
	x, err := analyse(debutBio)
	if err != nil {
		t.Fatal(err)
	}
	if _, short := x.biographySubject(); short != "Paige" {
		t.Fatalf("subject = %q, want Paige", short)
	}
	want := map[string][2]string{
		"Broadway debut":            {"In which production did Paige make her Broadway debut in 1996?", "Sunset Boulevard"},
		"professional debut":        {"In which musical did Paige make her professional debut in 1968?", "Hair"},
		"Royal Albert Hall":         {},
		"Her brother":               {},
		"Paige made her debut in L": {},
		"best known for":            {},
	}
	checkCardTable(t, x, want, x.debutCard, func(front string) string { return front })
}

// debutShortBio is a short biography written for the tests, of one
// theme whose three true statements leave its debut sentence held back
// by the balance.
var debutShortBio = []string{
	"Mara Lind (born 2 May 1950) is a Swedish singer and actress best known for her work in musical theatre. Raised in Uppsala, Lind attended the Kungsholmen stage school, making her first professional appearance on stage in 1966.",
	"Following a number of roles over the next decade, Lind was selected to play Maria in the first Swedish production of West Side Story in 1976, which brought her to the attention of the broader public. Lind made her Broadway debut in Sunset Boulevard in 1996, playing the lead role of Norma Desmond, to critical acclaim. She has also worked sporadically in television.",
	"Lind has released twelve solo albums, of which five were certified gold. Since 2004 she has hosted her own show on Swedish radio.",
}

// TestDebutProposed: the one theme of a short biography that proposed
// three true statements proposes the debut card as its fourth item, and
// keeps the three.
func TestDebutProposed(t *testing.T) {
	res, err := Generate(strings.Join(debutShortBio, "\n\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	card, statements := false, 0
	for _, c := range res.Course.Cards {
		if c.Front == "In which production did Lind make her Broadway debut in 1996?" && c.Back == "Sunset Boulevard" {
			card = true
		}
	}
	for _, q := range res.Course.Questions {
		if strings.HasPrefix(q.Prompt, "True or false?") {
			statements++
		}
	}
	if !card || statements != 3 {
		for _, q := range res.Course.Questions {
			t.Log("Q", q.Prompt)
		}
		for _, c := range res.Course.Cards {
			t.Log("C", c.Front, "->", c.Back)
		}
		t.Errorf("debut card proposed: %v, true/false items: %d (want the card and 3)", card, statements)
	}
}

// TestFrontedResolvedHer: a subject's "she" after an opening phrase is
// read as the subject's where the sentence before names her and says
// "her": the pronouns checked are the biography's, not those of the
// sentence's first word ("After").
func TestFrontedResolvedHer(t *testing.T) {
	x, err := analyse(debutBio)
	if err != nil {
		t.Fatal(err)
	}
	e, ok := x.frontedResolved(sentenceWith(t, x, "After two years"))
	if !ok || e.old != "she" || e.new != "Paige" {
		t.Errorf("frontedResolved = %+v, %v; want she -> Paige", e, ok)
	}
}
