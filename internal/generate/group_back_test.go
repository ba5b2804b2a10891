package generate

import "testing"

// "the men", "the two friends": held back where no earlier sentence sets
// the people beside the noun, named where one does; left alone where the
// sentence names them itself or says which.
func TestGroupBack(t *testing.T) {
	x := analyseText(t, "Ferry crews weigh the vote\n\n"+
		"The ferry crews met at the quay on Friday to hear the mayor, Tom Hale, speak about the island route. "+
		"\"We have lost two boats this year,\" said Ann Lowe, who has worked on the route for twenty years. "+
		"When asked about the mayor's speech, the men agreed it was honest.\n\n"+
		"Two deckhands, Peter Marsh and Owen Dale, spoke to the meeting after him. "+
		"The two deckhands said the route would close within a year without a new grant.\n\n"+
		"Mary Stone and Jack Reed were at the quay too. "+
		"The harbour board told Mary Stone and Jack Reed that the two friends would be paid. "+
		"The men of the night shift stayed at home.")
	for _, c := range []struct {
		sent   string
		has    bool
		ok     bool
		old    string
		repair string
	}{
		{"When asked about", true, false, "", ""},
		{"The two deckhands said", true, true, "The two deckhands", "Peter Marsh and Owen Dale"},
		{"The harbour board told", false, false, "", ""},
		{"The men of the night shift", false, false, "", ""},
	} {
		s := sentenceWith(t, x, c.sent)
		e, has, ok := x.groupBackEdit(s)
		if has != c.has || ok != c.ok {
			t.Errorf("groupBackEdit(%q) has %v ok %v, want %v %v", s.text, has, ok, c.has, c.ok)
			continue
		}
		if ok && (e.old != c.old || e.new != c.repair) {
			t.Errorf("groupBackEdit(%q) = %q -> %q, want %q -> %q", s.text, e.old, e.new, c.old, c.repair)
		}
	}
	s := sentenceWith(t, x, "When asked about")
	if x.standAlone(trueItem(s)) {
		t.Errorf("statement on %q kept", s.text)
	}
	s = sentenceWith(t, x, "The two deckhands said")
	it := trueItem(s)
	if !x.standAlone(it) {
		t.Fatalf("statement on %q dropped", s.text)
	}
	if want := "True or false? Peter Marsh and Owen Dale said the route would close within a year without a new grant."; it.q.Prompt != want {
		t.Errorf("statement %q, want %q", it.q.Prompt, want)
	}
}

// "Earlier, Tom Hale said …" reads without the opener; "Earlier this
// year" and a sentence that reports no words keep theirs.
func TestEarlierOpener(t *testing.T) {
	x := analyseText(t, "Harbour vote\n\n"+
		"The harbour board voted on Tuesday to sell the old quay to a builder. "+
		"Earlier, Tom Hale dismissed questions about the sale and said his own plan had been fair. "+
		"Earlier this year the board sold the north pier. "+
		"Earlier, Tom Hale walked along the quay with the builder.")
	s := sentenceWith(t, x, "Earlier, Tom Hale dismissed")
	it := trueItem(s)
	if !x.standAlone(it) {
		t.Fatalf("statement on %q dropped", s.text)
	}
	if want := "True or false? Tom Hale dismissed questions about the sale and said his own plan had been fair."; it.q.Prompt != want {
		t.Errorf("statement %q, want %q", it.q.Prompt, want)
	}
	for _, w := range []string{"Earlier this year", "Earlier, Tom Hale walked"} {
		if _, ok := earlierOpenerEdit(sentenceWith(t, x, w)); ok {
			t.Errorf("opener of %q left out", w)
		}
	}
}

// A "his" after a name and an office given alone may be either's.
func TestRivalPossessive(t *testing.T) {
	x := analyseText(t, "Quay sale\n\n"+
		"The harbour board sold the old quay on Tuesday. "+
		"Tom Hale dismissed questions about the council leader's report, and said his own plan had been fair. "+
		"Tom Hale said his own plan for the quay had been fair. "+
		"Tom Hale read the council leader's report and the board's letter.")
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"Tom Hale dismissed", true},
		{"Tom Hale said his own plan", false},
		{"Tom Hale read", false},
	} {
		s := sentenceWith(t, x, c.sent)
		if got := rivalPossessive(s); got != c.want {
			t.Errorf("rivalPossessive(%q) = %v, want %v", s.text, got, c.want)
		}
	}
}

// "the two men" of a report on two people it names again and again, and
// together, are those two: the phrase reads alone.
func TestGroupTopic(t *testing.T) {
	x := analyseText(t, "Harbour rivals\n\n"+
		"Tom Hale and Peter Marsh have led the harbour board in turns for ten years. "+
		"Tom Hale wants to sell the old quay. "+
		"Peter Marsh wants to keep it. "+
		"Tom Hale says the sale would pay for a new ferry. "+
		"Peter Marsh says the town would lose its market. "+
		"Ann Lowe, the mayor, likened the two men to squabbling schoolboys. "+
		"Tom Hale and Peter Marsh will meet again in May.")
	s := sentenceWith(t, x, "Ann Lowe")
	if _, has, _ := x.groupBackEdit(s); has {
		t.Errorf("groupBackEdit(%q) found a group", s.text)
	}
}
