package generate

import (
	"strings"
	"testing"
)

func TestIncidentalSentence(t *testing.T) {
	x, err := analyse([]string{
		"Mara Quillon was a Welsh engineer who designed the Harlow tidal barrage. She led the barrage project for twenty years.",
		"Quillon was born on 3 May 1921 in Penrith. Her father was a railway clerk and her mother kept a shop.",
		"She bought a farmhouse with 40 acres of orchard near Tenby. In 1950 she fell ill with pneumonia and stopped work for a year.",
		"The barrage opened in 1961 and cut flooding in the estuary by half. Its design was copied on three other rivers.",
		"Quillon was christened in the chapel at Penrith.",
		"Owen Quillon worked as a surveyor before he opened a shop. Her first two sons died young; the third, born on 4 June 1950, became a pilot.",
		"Mara Quillon wrote two books on tides.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"Mara Quillon was a Welsh engineer who designed the Harlow tidal barrage.": false, // the lead
		"She led the barrage project for twenty years.":                            false,
		"Quillon was born on 3 May 1921 in Penrith.":                               true,  // a birth
		"Her father was a railway clerk and her mother kept a shop.":               true,  // a relative's job
		"She bought a farmhouse with 40 acres of orchard near Tenby.":              true,  // a property's size
		"In 1950 she fell ill with pneumonia and stopped work for a year.":         true,  // an illness
		"The barrage opened in 1961 and cut flooding in the estuary by half.":      false, // an outcome
		"Its design was copied on three other rivers.":                             false,
		"Quillon was christened in the chapel at Penrith.":                         true, // a christening
	}
	seen := 0
	for _, s := range x.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		seen++
		if got := x.incidentalSentence(s); got != w {
			t.Errorf("incidentalSentence(%q) = %v, want %v", s.text, got, w)
		}
	}
	if seen != len(want) {
		t.Errorf("saw %d of %d sentences", seen, len(want))
	}
}

func TestIncidentalSentenceArticleAboutIllness(t *testing.T) {
	x, err := analyse([]string{
		"Doctors in Ravel say a new test finds lung cancer a year earlier than scans do.",
		"The test looks for proteins that cancer cells shed into the blood.",
		"In a trial of 800 smokers, the test found cancer in 31 people whose scans were clear.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range x.sents[1:] {
		if x.incidentalSentence(s) {
			t.Errorf("incidentalSentence(%q) = true in an article about the illness", s.text)
		}
	}
}

// TestIncidentalSentenceNotProposed generates a short life of our own: no
// proposed item, true statements included, comes from a sentence giving
// a birth, a relative's trade, a property's size or an illness.
func TestIncidentalSentenceNotProposed(t *testing.T) {
	text := "Mara Quillon\n\n" +
		"Mara Quillon was a Welsh engineer who designed the Harlow tidal barrage on the Severn estuary. She led the barrage project for twenty years and trained a generation of tidal engineers.\n\n" +
		"Quillon was born on 3 May 1921 in Penrith, a market town in Cumbria. Her father was a railway clerk and her mother kept a grocery shop near the station. Quillon studied engineering at Cardiff and joined the Severn estuary survey in 1946.\n\n" +
		"Quillon bought a farmhouse with 40 acres of orchard near Tenby in 1958. In 1959 Quillon fell ill with pneumonia and stopped work for a whole year. The Harlow tidal barrage opened in 1961 and cut flooding in the Severn estuary by half.\n\n" +
		"The design of the Harlow tidal barrage was copied on three other rivers in Britain. Tidal engineers still study the barrage's sluices, which Quillon designed to open with the falling tide.\n"
	res := mustGenerate(t, text, Options{})
	bad := []string{"born on 3 May", "railway clerk", "40 acres", "pneumonia"}
	n := 0
	for _, q := range res.Course.Questions {
		n++
		for _, b := range bad {
			if strings.Contains(q.Prompt, b) || strings.Contains(q.Explanation, b) {
				t.Errorf("proposed an item on an incidental sentence: %q", q.Prompt)
			}
		}
	}
	if n == 0 {
		t.Fatalf("no question proposed")
	}
}

// TestIncidentalSentenceIllnessInOpeningClause: an illness named only in
// an opening time clause ("Following a bout of tuberculosis …, Szigeti
// settled in Geneva, where he became Professor of Violin …", a real
// sentence of a biography's lead) dates the sentence's own fact, which is
// no incidental detail; an illness in the main clause, after an opening
// clause or not, still is.
func TestIncidentalSentenceIllnessInOpeningClause(t *testing.T) {
	x, err := analyse([]string{
		"Joseph Szigeti (September 5, 1892 – February 19, 1973) was a Hungarian violinist. He began his international concert career in his early teens.",
		"Following a bout of tuberculosis that required a stay in a sanatorium in Switzerland, Szigeti settled in Geneva, where he became Professor of Violin at the local conservatory in 1917. In 1913, Szigeti was diagnosed with tuberculosis and was sent to a sanatorium in Davos. After the tour of England, Szigeti fell ill with pneumonia.",
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{
		"Following a bout of tuberculosis": false, // the professorship
		"In 1913, Szigeti was diagnosed":   true,  // the illness itself
		"After the tour of England":        true,  // the illness after the clause
	}
	for sub, w := range want {
		if got := x.incidentalSentence(sentenceWith(t, x, sub)); got != w {
			t.Errorf("incidentalSentence(%q) = %v, want %v", sub, got, w)
		}
	}
}

// A relative named with the subject's surname is found past the letters
// of an honour after the subject's name: in the Boult biography "Cedric
// Boult was a Justice of the Peace …" is the father's job, in a life of
// "Sir Adrian Cedric Boult CH".
func TestRelativeOpensPastHonours(t *testing.T) {
	x := analyseText(t, "Sir Tomas Lind CH (8 April 1889 – 22 February 1983) was a Danish conductor.\n\n"+
		"Lind was born in Aarhus, the only son of Jens Lind and his wife Anna.\n\n"+
		"Jens Lind was a judge and a successful merchant connected with Aarhus shipping and the grain trade.")
	s := sentenceWith(t, x, "Jens Lind was a judge")
	if !x.relativeOpens(s) {
		t.Errorf("relativeOpens(%q) = false, want true", s.text)
	}
	if s := sentenceWith(t, x, "was a Danish conductor"); x.relativeOpens(s) {
		t.Errorf("relativeOpens(%q) = true, want false", s.text)
	}
}

// TestIncidentalSentenceSubjectDeath: the sentence telling the subject's
// death is no incidental detail for naming its cause ("On February 20,
// 1895, Frederick Douglass, a prominent abolitionist, orator, publisher
// and advisor to President Abraham Lincoln, dies suddenly at his house in
// Washington, D.C., from a heart attack", a real sentence of the Douglass
// biography, whose theme it brings from two items to three); the
// subject's illness without the death, and another person's death of an
// illness, still are.
func TestIncidentalSentenceSubjectDeath(t *testing.T) {
	x := analyseText(t, "Frederick Douglass was an American abolitionist, orator and publisher. Douglass escaped enslavement in 1838.\n\n"+
		"Douglass published the North Star from Rochester.\n\n"+
		"On February 20, 1895, Frederick Douglass, a prominent abolitionist, orator, publisher and advisor to President Abraham Lincoln, dies suddenly at his house in Washington, D.C., from a heart attack. "+
		"In 1882 Douglass suffered a stroke and stopped speaking for a year. "+
		"Anna Murray, his first wife, died of a stroke in 1882.")
	want := map[string]bool{
		"On February 20, 1895":      false, // the subject's death
		"In 1882 Douglass suffered": true,  // the illness alone
		"Anna Murray, his first":    true,  // another's death
	}
	for sub, w := range want {
		if got := x.incidentalSentence(sentenceWith(t, x, sub)); got != w {
			t.Errorf("incidentalSentence(%q) = %v, want %v", sub, got, w)
		}
	}
}
