package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A theme whose questions were all true statements, with no held-back
// false statement over the floors, once proposed one false statement
// built from one of its own: on the Benin Bronze report, "… was donated
// to the College in 1897 …" (the article has 1905; 1897 is the year it
// gives for the punitive expedition). Blind judges seldom accepted a
// year of the article swapped in outside a life (weak_swap.go), so the
// theme now keeps its three true statements, the 1905 donation among
// them, and its count of questions.
func TestTrueOnlyThemeKeepsYears(t *testing.T) {
	res := mustGenerate(t, devArticle(t, "culture-society.txt"), Options{})
	nq, donated := 0, false
	for _, d := range res.Drafts {
		if d.Theme != "jesus-college" || !d.Proposed || d.Question == nil {
			continue
		}
		nq++
		q := d.Question
		if q.Type == quiz.TrueFalse && !q.Options[0].Correct {
			t.Errorf("false statement %q, want the theme's true statements kept", q.Prompt)
		}
		if strings.Contains(q.Prompt, "was donated to the College in 1905") {
			donated = true
		}
	}
	if !donated {
		t.Error("want the 1905 donation kept as a true statement")
	}
	if nq != 3 {
		t.Errorf("theme jesus-college proposes %d questions, want 3 as before", nq)
	}
}

// A name that is the subject of its sentence's main clause is swapped
// for another the article makes the subject of another verb; not where
// the article tells something like the statement of the other. On a BBC
// report the swap "Charles Clarke wants pubs and clubs which cause extra
// work for police and hospitals to have to pay towards the costs" (for
// Acpo) was written, where the article has Clarke looking at a levy to
// pay for the cost of extra policing: toldOf sees that sentence as told
// of him, and no firm's wish is swapped for one the article has studying
// a levy of the same kind. Apart from the Acpo sentence, the sentences
// are written for the test.
func TestNameSwapTrueStatement(t *testing.T) {
	x, err := analyse([]string{
		"Harbour Textiles Ltd bought the old tannery in Leeds in 1921 and turned it into a spinning works.",
		"Two years later Northgate Woollens Ltd opened a rival works across the river from the tannery.",
		"The growth of both firms brought thousands of workers to the city, according to Harbour Textiles Ltd in its report.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sw := x.nameSwap(trueItem(sentenceWith(t, x, "bought the old tannery")))
	if sw == nil {
		t.Fatal("no false statement from the subject of 'bought'")
	}
	if want := "True or false? Northgate Woollens Ltd bought the old tannery in Leeds in 1921 and turned it into a spinning works."; sw.q.Prompt != want {
		t.Errorf("got %q, want %q", sw.q.Prompt, want)
	}
	if tf, isTrue := isTrueFalse(sw); !tf || isTrue {
		t.Errorf("the swap is not a false statement: %+v", sw.q.Options)
	}

	y, err := analyse([]string{
		"The Association of Chief Police Officers (Acpo) presented its plan to MPs on Tuesday. Under the plan of Acpo, councils would decide on each closure.",
		"Acpo wants pubs and clubs which cause extra work for police and hospitals to have to pay towards the costs. Home Secretary Charles Clarke is studying a levy on the drinks trade to pay for the cost of extra policing.",
		"Former Home Secretary David Blunkett called the new opening hours a gamble.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s := sentenceWith(t, y, "Acpo wants")
	if !y.toldOf(s, spanOfSent(t, s, "Acpo"), "charles clarke") {
		t.Errorf("%q: the article's levy to pay for the cost of extra policing not seen as told of Charles Clarke", s.text)
	}
	z, err := analyse([]string{
		"Harbour Textiles Ltd wants the mills which cause extra work for the river board to pay towards the costs of cleaning the river.",
		"Northgate Woollens Ltd is studying a levy on the dye works to pay for the cost of extra cleaning.",
		"The growth of both firms brought thousands of workers to the city, according to Harbour Textiles Ltd in its report.",
	})
	if err != nil {
		t.Fatal(err)
	}
	s = sentenceWith(t, z, "Harbour Textiles Ltd wants")
	northgate := false
	for _, o := range z.subjectPeers(s, spanOfSent(t, s, "Harbour Textiles Ltd"), "wants") {
		northgate = northgate || o.key == "northgate woollens ltd"
	}
	if !northgate {
		t.Fatalf("%q: Northgate Woollens Ltd is no subject peer", s.text)
	}
	if sw := z.nameSwap(trueItem(s)); sw != nil {
		t.Errorf("a swap the article leaves possible: %q", sw.q.Prompt)
	}
	if s := sentenceWith(t, x, "bought the old tannery"); x.toldOf(s, spanOfSent(t, s, "Harbour Textiles Ltd"), "northgate woollens ltd") {
		t.Errorf("a rival works across the river seen as told like the tannery's purchase")
	}
}

// A length of time is not swapped for another the article gives ("the
// current 24 hour closure power", as a BBC report has it).
func TestTimeSpanFigure(t *testing.T) {
	x, err := analyse([]string{
		"The council said its current 24 hour closure power had too little effect on landlords.",
		"The hospital treated 24 patients and closed its ward for 22 months.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		sent, fig string
		want      bool
	}{
		{"The council said", "24 hour", true},
		{"The hospital treated", "22 months", true},
		{"The hospital treated", "24", false},
	} {
		s := sentenceWith(t, x, tc.sent)
		found := false
		for _, sp := range s.spans {
			if sp.text == tc.fig {
				found = true
				if got := timeSpanFigure(s, sp); got != tc.want {
					t.Errorf("timeSpanFigure(%q) = %v, want %v", tc.fig, got, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no span %q", s.text, tc.fig)
		}
	}
}

// TestNameSwapNotTheBiographySubject: a biography tells what its subject
// did and little of what the others it names did not, so a statement
// with another person put in the subject's place is not plainly
// contradicted ("Gioseffo Zarlino wrote both sacred and secular music",
// where the article calls Zarlino a theorist: both blind judges
// rejected it).
func TestNameSwapNotTheBiographySubject(t *testing.T) {
	x, err := analyse([]string{
		"Josquin des Prez (c. 1450 – 27 August 1521) was a Franco-Flemish composer of the Renaissance. He is also known as Josquin Desprez.",
		"Theorists such as Heinrich Glarean and Gioseffo Zarlino held his style as that best representing perfection.",
		"Josquin wrote both sacred and secular music, and in all of the significant vocal forms of the age, including masses, motets, chansons and frottole.",
		"Gioseffo Zarlino taught in Venice for many years, and Heinrich Glarean wrote the Dodecachordon in 1547.",
		"Josquin was born in the area controlled by the Dukes of Burgundy, and Josquin did not go to Italy until the early 1480s.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if k, _ := x.biographySubject(); k == "" {
		t.Fatal("no biography subject read")
	}
	if sw := x.nameSwap(trueItem(sentenceWith(t, x, "Josquin wrote both"))); sw != nil {
		t.Errorf("the biography's subject swapped out: %q", sw.q.Prompt)
	}
}
