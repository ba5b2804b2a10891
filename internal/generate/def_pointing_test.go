package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestDefiniteBack: a sentence opening on "The" and a kind that the
// sentence before brought in, by "a"/"an" across a paragraph break or by
// a name, is not asked alone, or is asked with the phrase that brought
// the kind in; ordinary definite subjects stay.
func TestDefiniteBack(t *testing.T) {
	for _, c := range []struct {
		text, sub string
		back      bool   // held back
		repair    string // or asked with this opening
	}{
		{"Wardle was a Catholic landowner in Kent. In 1605 he is thought to have sent an anonymous letter to Lord Ashby.\n\n" +
			"The letter was passed to the Secretary of State within a day.", "The letter was", false, "The anonymous letter to Lord Ashby"},
		{"The council will vote on a ferry next month. The same meeting will hear a report on a tram line to the hospital.\n\n" +
			"The line would be 4km long and have six stops.", "The line would", false, "The tram line"},
		{"Carmakers showed robot pods at the fair. Honda's i unit was shown at the show on Tuesday. " +
			"The single passenger unit can drive itself at walking pace.", "The single passenger unit", true, ""},
		{"Carmakers showed robot pods at the fair. Honda displayed the Puyo unit at the show on Tuesday. " +
			"The single seat unit can drive itself at walking pace.", "The single seat unit", true, ""},
		{"Britain's government has raised taxes this year. The government said the rise would pay for new hospitals.", "The government said", false, ""},
		{"The fund was set up in 2001 by the European Commission. The European Commission said the fund would grow.", "The European Commission said", false, ""},
		{"The leaflet was posted on the BBC's website last week. The BBC website carries a photograph of the leaflet.", "The BBC website", false, ""},
		{"The council will vote on a ferry next month. The same meeting will hear a report on a tram line to the hospital.\n\n" +
			"The tram line would be 4km long and have six stops.", "The tram line would", false, ""},
	} {
		x := analyseText(t, c.text)
		s := sentenceWith(t, x, c.sub)
		if got := x.definiteBack(s); got != c.back {
			t.Errorf("definiteBack(%q) = %v; want %v", s.text, got, c.back)
		}
		es, ok := x.contextEdits(s)
		if c.back && ok {
			t.Errorf("%q asked alone", s.text)
		}
		if c.repair != "" {
			e, has, rok := x.definiteBackEdit(s)
			if !has || !rok || e.new != c.repair {
				t.Errorf("definiteBackEdit(%q) = %v %v %v; want %q", s.text, e, has, rok, c.repair)
			}
			if !ok || !slices.Contains(es, e) {
				t.Errorf("contextEdits(%q) = %v %v; want the repair among them", s.text, es, ok)
			}
		}
	}
}

// TestDefiniteBackNotDrafted: through Generate, no item quotes "The single
// passenger unit …" whose unit the sentence before named.
func TestDefiniteBackNotDrafted(t *testing.T) {
	text := "Robot pods show the car's future\n\n" +
		"Carmakers at the Tokyo Motor Show have unveiled small robotic vehicles that they say could change how people travel in crowded cities.\n\n" +
		"Among them was Honda's i unit, which was shown to visitors at the show on Tuesday. " +
		"The single passenger unit can drive itself at walking pace and link up with other pods to travel in a convoy. " +
		"Honda said the pod could be on sale by 2015 at a price of about £8,000.\n\n" +
		"A pilot scheme in Osaka will test 200 pods on closed roads next spring. " +
		"A report by the Transport Research Laboratory found that buses carry five times as many people per metre of road as private pods."
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if strings.Contains(d.Sentence, "single passenger unit") {
			t.Errorf("drafted on a description pointing back: %s %s", d.Rule, promptOf(d))
		}
	}
}

// TestComparativeOpening: "The smaller phone will …" points back to the
// two phones the sentences before named; no item quotes it as it is.
// "The more …, the more …" and a "than" compare within the sentence.
func TestComparativeOpening(t *testing.T) {
	text := "Vale unveils pocket phones\n\n" +
		"The phone maker Vale has unveiled two new pocket phones for the mass market, billed as the Vale Mini and the Vale Max.\n\n" +
		"Chief executive Ann Reed showed off the new phones at the firm's yearly trade show in Leeds. " +
		"The Vale Mini comes in two colours and went on sale on Tuesday for £99. " +
		"The smaller phone will hold about 2,000 photographs, said Ms Reed. " +
		"The cheaper model has a longer battery life than the Vale Max."
	x := analyseText(t, text)
	for _, c := range []struct {
		sub  string
		want bool
	}{{"The smaller phone", true}, {"The cheaper model", false}, {"The Vale Mini comes", false}} {
		if got := comparativeOpening(sentenceWith(t, x, c.sub)); got != c.want {
			t.Errorf("comparativeOpening(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
	res, err := Generate(text, Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if p := promptOf(d); strings.Contains(p, "smaller phone") {
			t.Errorf("%s quotes the comparison alone: %s", d.Rule, p)
		}
	}
}
