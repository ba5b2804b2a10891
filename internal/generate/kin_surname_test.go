package generate

import (
	"strings"
	"testing"
)

// A made-up life told as a filmmaker's extract is: a lead that says the
// birth in passing, a paragraph on the career, one on the family and the
// schooling with a grandfather who shares the surname, one on the first
// jobs.
const ormeText = "Tavish Orme (2 May 1921 – 23 April 1992) was a Scottish filmmaker. He is regarded as one of the finest makers of documentaries of his time. Orme was born in Dundee into a family of printers and painters.\n\n" +
	"Orme directed thirty films, including features and shorts. Orme's first film, The Tay, won six prizes at festivals abroad. Orme received many awards in his career, including a knighthood in 1985.\n\n" +
	"Orme's ancestry can be traced back for eight generations. Orme's grandfather, Havel Orme was a printer, painter and publisher in nineteenth century Dundee. He also set up a printing press by the name of H. Orme and Sons, which formed a backdrop to Tavish's life. Orme studied at the Dundee High School and later at the art college.\n\n" +
	"In 1943, Orme started work at an advertising agency in Glasgow as a junior designer. Orme founded the Dundee Film Society in 1947 and watched many foreign films there."

// A relative who shares the subject's surname, named in full as the
// subject of a sentence ("Orme's grandfather, Havel Orme was …"): the
// "He" of the next sentence is the grandfather, and no item puts the
// subject's name for it.
func TestKinSharingSurnameNotSubject(t *testing.T) {
	x := analyseText(t, ormeText)
	if _, short := x.biographySubject(); short != "Orme" {
		t.Fatalf("biographySubject short = %q, want Orme", short)
	}
	res, err := Generate(ormeText, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		f := ""
		if q := d.Question; q != nil {
			f = q.Prompt
		} else if c := d.Card; c != nil {
			f = c.Front
		}
		if strings.Contains(f, "Orme set up") || strings.Contains(f, "Orme also set up") {
			t.Errorf("the grandfather's press put on the subject: %q", f)
		}
	}
}

// The lead that says the birth in passing is still the lead, titled by
// name and role; the theme after it that opens on the ancestry and goes
// on to the schooling is the early life, though no paragraph opens on
// the birth.
func TestLeadBornInPassing(t *testing.T) {
	x := analyseText(t, ormeText)
	if got, want := x.lifeStageTitle([]int{1, 2}, true, false), "Tavish Orme, Filmmaker"; got != want {
		t.Errorf("first theme = %q, want %q", got, want)
	}
	if got, want := x.lifeStageTitle([]int{3}, false, false), "Orme's Early Life"; got != want {
		t.Errorf("theme after the lead = %q, want %q", got, want)
	}
}
