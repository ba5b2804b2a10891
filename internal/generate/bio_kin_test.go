package generate

import "testing"

func TestBioKinSentence(t *testing.T) {
	x := analyseText(t, bioText)
	for text, want := range map[string]bool{
		"Maria Anna Lind's parents met and married in Visby just before the war.":   true,
		"Two of Lind's four brothers, Karl and Erik, became members of parliament.": true,
		"In 1860, her elder sister left for Norway with a travelling circus.":       true,
		"Both her sisters became teachers in Uppsala.":                              true,
		"Her mother and father had first met in Visby, where her parents married.":  true,
		"Lind's paintings of storms made her name in the 1880s.":                    false,
		"In 1872 Lind moved to Stockholm to study at the academy.":                  false,
		"Lind married the painter Erik Holm in 1880, and they lived in Paris.":      false,
		"After her father's death, Lind returned to the coast and opened a studio.": false,
		"The academy's director praised her light and bought two of her seascapes.": false,
	} {
		if got := x.bioKinSentence(text); got != want {
			t.Errorf("bioKinSentence(%q) = %v, want %v", text, got, want)
		}
	}
	// Outside a biography the rule does not apply.
	y := analyseText(t, "The harbour of Visby grew in the 1850s. Its parents met in the town hall to discuss the school.")
	if y.bioKinSentence("Two of the mayor's four brothers became members of parliament.") {
		t.Error("bioKinSentence applied outside a biography")
	}
}

// The parents' marriage in a biography's body is held back as trivia.
func TestBioKinIncidental(t *testing.T) {
	x := analyseText(t, bioText+"\n\nMaria Anna Lind's parents met and married in Visby just before the war of 1848.")
	s := sentenceWith(t, x, "parents met and married")
	if !x.incidentalSentence(s) {
		t.Error("the parents' marriage is not incidental")
	}
}

// How the subject saw a parent, told with the subject as the clause's
// subject, is family detail (Rudolf Wolters's biography); who the parent
// was is not caught by it.
func TestKinDescribedHeld(t *testing.T) {
	const father = "In his privately published memoirs, Segments of a Life, Wolters described his father as a serious, conscientious and diligent man, always concerned about the future."
	x := analyseText(t, "Rudolf Wolters (August 3, 1903 – January 7, 1983) was a German architect and a friend of Albert Speer.\n\n"+
		"Wolters worked for the railways before Speer hired him in 1937.\n\n"+
		"Wolters was the son of an architect from Coesfeld. "+father+"\n\n"+
		"Wolters wrote several architectural books during the war.")
	s := sentenceWith(t, x, "described his father as")
	if !x.incidentalSentence(s) {
		t.Errorf("not incidental: %q", s.text)
	}
	for text, want := range map[string]bool{
		"Wolters regarded his mother as a highly practical woman, full of zest for life.": true,
		"She remembered her grandfather as a stern man who kept bees.":                    true,
		"Wolters was the son of an architect from Coesfeld.":                              false,
		"Wolters described his time in Berlin as the happiest of his life.":               false,
		"Wolters regarded Anna Berg as his mother, and her brother raised him.":           true,
		"Wolters regarded Speer as his most gifted pupil.":                                false,
	} {
		if got := x.bioKinSentence(text); got != want {
			t.Errorf("bioKinSentence(%q) = %v, want %v", text, got, want)
		}
	}
	items := []item{{sent: s, rule: "truefalse-true", answer: "True"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error("the statement on how he described his father is not held back")
	}
}

// A relative named after the relation ("his mother, Kay Lind,") and then
// by the given name alone: the sentence that opens on that name is about
// the relative, and a blank over it asks whose record it is.
func TestKinNamedSubject(t *testing.T) {
	x := analyseText(t, "Austin Lind (born May 2, 1979) is an American actor best known for his role in the series Harbour Lights.\n\n"+
		"Austin Lind was born in Tacoma, Washington. His father, Paul Lind, is a dentist, and his mother, Joan Lind, is a professional rower. "+
		"Joan has won the national title six times. He has one younger brother, Sam.\n\n"+
		"Lind began rowing at the age of five. Lind moved to Seattle after high school to study drama.")
	s := sentenceWith(t, x, "national title six times")
	if !x.incidentalSentence(s) {
		t.Error("the mother's titles are not incidental")
	}
	for text, want := range map[string]bool{
		"Joan has won the national title six times.":      true,
		"Joan Lind has won the national title six times.": true,
		"Lind began rowing at the age of five.":           false,
		"Austin Lind was born in Tacoma, Washington.":     false,
	} {
		if got := x.bioKinSentence(text); got != want {
			t.Errorf("bioKinSentence(%q) = %v, want %v", text, got, want)
		}
	}
}

// A relative named right after the relation, with no commas ("his
// daughter and heir Cecily"), is the relative later too: a sentence
// opening on the bare given name is about her, and says nothing of whose
// daughter she is.
func TestKinNamedBare(t *testing.T) {
	x := analyseText(t, "Walter Pym (died 1150) was an English baron and sheriff of Kent.\n\n"+
		"Pym held lands in Kent and Essex under the king. He left his daughter and heir Ada a large estate.\n\n"+
		"Ada was given in marriage to a knight from Dover. Ada's lands passed to the crown in 1190.\n\n"+
		"Pym founded a priory at Rochester in 1140.")
	for text, want := range map[string]bool{
		"Ada was given in marriage to a knight from Dover.": true,
		"Ada's lands passed to the crown in 1190.":          true,
		"Pym founded a priory at Rochester in 1140.":        false,
	} {
		if got := x.kinNamedSubject(text); got != want {
			t.Errorf("kinNamedSubject(%q) = %v, want %v", text, got, want)
		}
	}
}

// Outside a biography a relative named without commas is one of the
// article's people: "his wife Maren" in a voyage's history.
func TestKinNamedBareNotOutsideBiography(t *testing.T) {
	x := analyseText(t, "The Disko Survey of 1822 charted the coast of Greenland north of the bay.\n\n"+
		"The survey hired the trader Olav Brun and his wife Maren as guides at Godhavn.\n\n"+
		"Maren guided the boats through the ice in July. Maren's maps were used for fifty years.")
	for _, text := range []string{"Maren guided the boats through the ice in July.", "Maren's maps were used for fifty years."} {
		if x.kinNamedSubject(text) {
			t.Errorf("kinNamedSubject(%q) outside a biography", text)
		}
	}
}
