package generate

import "testing"

func TestSubjectResolved(t *testing.T) {
	x, err := analyse([]string{
		"Marta Lindqvist was a Swedish engineer who designed the first tidal power station on the Baltic coast. " +
			"Lindqvist studied mechanics at the Royal Institute in Stockholm from 1921 to 1925.",
		"Lindqvist joined the harbour board of Malmö in 1930. " +
			"She designed a sluice that let the tide turn four turbines at once. " +
			"Her sluice design was copied by engineers in Denmark and Norway within ten years.",
		"Lindqvist worked with the builder Anders Holm on the station at Trelleborg. " +
			"He later ran the station for the harbour board for twenty years. " +
			"Lindqvist retired in 1961 and wrote a history of tidal power on the Baltic coast.",
		"Lindqvist received the gold medal of the Swedish engineers' society in 1958. " +
			"She gave it to the Trelleborg station, where she had spent her best years.",
	})
	if err != nil {
		t.Fatal(err)
	}
	subj, short := x.biographySubject()
	if short != "Lindqvist" {
		t.Fatalf("subject %q, short name %q; want Lindqvist", subj, short)
	}
	want := map[string]string{
		"She designed a sluice that let the tide turn four turbines at once.": "Lindqvist designed a sluice that let the tide turn four turbines at once.",
		// "Her" may be an object: not resolved.
		"Her sluice design was copied by engineers in Denmark and Norway within ten years.": "",
		// Another person was named last: "He" may be him.
		"He later ran the station for the harbour board for twenty years.": "",
		// "it" needs the sentence before.
		"She gave it to the Trelleborg station, where she had spent her best years.": "",
	}
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		delete(want, s.text)
		if got := x.subjectResolved(s); got != w {
			t.Errorf("%q: got %q, want %q", s.text, got, w)
		}
	}
	for s := range want {
		t.Errorf("sentence not found: %q", s)
	}
}

func TestSubjectResolvedPossessive(t *testing.T) {
	x, err := analyse([]string{
		"Tomas Brandvold was a Norwegian botanist who collected mosses across the Arctic. " +
			"Brandvold taught botany at the University of Tromsø for thirty years.",
		"Brandvold sailed to Svalbard six times between 1890 and 1910. " +
			"His collection of Arctic mosses became the core of the museum's herbarium in Tromsø.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents {
		if s.text == "His collection of Arctic mosses became the core of the museum's herbarium in Tromsø." {
			if got, want := x.subjectResolved(s), "Brandvold's collection of Arctic mosses became the core of the museum's herbarium in Tromsø."; got != want {
				t.Errorf("got %q, want %q", got, want)
			}
			return
		}
	}
	t.Error("sentence not found")
}

// TestNoSubjectNoResolution: an article that names no person first has
// no subject to put for "He".
func TestNoSubjectNoResolution(t *testing.T) {
	x, err := analyse([]string{
		"The Carrow tidal mill ground grain for the estuary villages for a century. " +
			"He was the last miller of the Carrow mill, people said.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents {
		if got := x.subjectResolved(s); got != "" {
			t.Errorf("%q resolved to %q", s.text, got)
		}
	}
}

func TestLifeStageTitle(t *testing.T) {
	x, err := analyse([]string{
		"Marta Lindqvist was a Swedish engineer who designed the first tidal power station on the Baltic coast.",
		"Lindqvist was born in Malmö in 1899 and studied mechanics at the Royal Institute in Stockholm.",
		"Lindqvist joined the harbour board of Malmö in 1930 and designed its tidal sluices.",
		"Lindqvist died in Trelleborg in 1970, where the tidal station still runs.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		g           []int
		first, last bool
		want        string
	}{
		{[]int{1, 2}, true, false, "Lindqvist's Early Life"},
		{[]int{3}, false, false, ""},
		{[]int{4}, false, true, "Lindqvist's Later Life"},
		{[]int{1}, true, false, "Marta Lindqvist, Engineer"}, // the lead alone, by its role
		{[]int{2, 3}, false, false, "Lindqvist's Early Life"},
		{[]int{1, 2, 3, 4}, true, true, ""},
	} {
		if got := x.lifeStageTitle(c.g, c.first, c.last); got != c.want {
			t.Errorf("%v: got %q, want %q", c.g, got, c.want)
		}
	}
	// An article that opens on no one is no biography.
	y, err := analyse([]string{
		"In 1930 the harbour board of Malmö hired Marta Lindqvist, who was born in 1899.",
		"Lindqvist died in Trelleborg in 1970.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := y.lifeStageTitle([]int{1}, true, false); got != "" {
		t.Errorf("no biography: got %q", got)
	}
}

// A biography's lead sums up the whole life: a first theme made mostly of
// it is titled by the lead's role ("…, Judge"), and the theme from the body's birth paragraph on
// is the early life, wherever it falls.
func TestLifeStageTitleLead(t *testing.T) {
	x, err := analyse([]string{
		"Tomas Berglund (1881–1950) was a Norwegian judge who sat on the Supreme Court from 1921 to 1940 and chaired the commission that drafted the forestry code.",
		"Berglund was born in Bergen and spent his youth on his uncle's farm before he studied law in Oslo.",
		"Berglund is remembered for his rulings on fishing rights, which the Supreme Court still cites.",
		"Tomas Berglund was born in Bergen on 4 May 1881, the second son of a harbour pilot.",
		"As a boy he sailed with his father along the coast, and at sixteen he entered the cathedral school.",
		"He was appointed to the Supreme Court in 1921 and chaired the forestry commission from 1925.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		g           []int
		first, last bool
		want        string
	}{
		{[]int{1, 2, 3}, true, false, "Tomas Berglund, Judge"},
		{[]int{3, 4, 5}, false, false, "Berglund's Early Life"},
		{[]int{6}, false, true, ""},
	} {
		if got := x.lifeStageTitle(c.g, c.first, c.last); got != c.want {
			t.Errorf("%v: got %q, want %q", c.g, got, c.want)
		}
	}
	// A biography that opens on the birth has no lead to sum it up.
	y, err := analyse([]string{
		"Tomas Berglund was born in Bergen in 1881 and became a judge of the Supreme Court.",
		"Berglund studied law in Oslo and was appointed to the Supreme Court in 1921.",
		"Berglund chaired the forestry commission from 1925 and retired from the Supreme Court in 1940.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := y.lifeStageTitle([]int{1, 2}, true, false); got != "Berglund's Early Life" {
		t.Errorf("narrative opening: got %q", got)
	}
}

func TestOtherPersonInBiography(t *testing.T) {
	x, err := analyse([]string{
		"Marta Lindqvist was a Swedish engineer who designed the first tidal power station on the Baltic coast.",
		"Lindqvist was the daughter of Erik Lindqvist, a ship's engineer, and worked with Anders Holm in Malmö.",
		"Lindqvist died in Trelleborg in 1970.",
	})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, s := range x.sents {
		for _, sp := range s.spans {
			if sp.kind == kPerson {
				got[sp.text] = x.otherPersonInBiography(sp)
			}
		}
	}
	for name, want := range map[string]bool{"Marta Lindqvist": false, "Erik Lindqvist": true, "Anders Holm": true} {
		if other, ok := got[name]; ok && other != want {
			t.Errorf("%s: other person %v, want %v", name, other, want)
		}
	}
	if other, ok := got["Erik Lindqvist"]; !ok || !other {
		t.Errorf("the subject's father is not another person: %v", got)
	}
}

// An empty word occurs nowhere: counting it returns at once (it looped
// forever, the index of "" being found at every step).
func TestCountWordEmpty(t *testing.T) {
	if n := countWord("She played the violin.", ""); n != 0 {
		t.Fatalf("countWord of an empty word = %d, want 0", n)
	}
	if n := countWord("She played; she sang.", "she"); n != 1 {
		t.Fatalf("countWord(%q) = %d, want 1", "she", n)
	}
}
