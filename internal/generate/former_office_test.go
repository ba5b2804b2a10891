package generate

import "testing"

// "Former county librarian Ruth Vane said …" names whom it speaks of:
// "former" is her office, not "the former" of two things told before.
func TestFormerOffice(t *testing.T) {
	x := analyseText(t, "Library cuts\n\n"+
		"The county council voted on Monday to close four village libraries next spring. "+
		"Former county librarian Ruth Vane said the closures would leave a third of the county without a library. "+
		"The plan faced a call by former Labour council leader Lord Ashby to delay the vote for a year. "+
		"The former home secretary David Pell backed the campaign against the plan. "+
		"The council weighed a mobile van and a shared hall. "+
		"The former was dropped because it cost too much.")
	for _, c := range []struct {
		sent  string
		reads bool
	}{
		{"Former county librarian Ruth Vane said", true},
		{"The plan faced a call", true},
		{"The former home secretary David Pell", true},
		{"The former was dropped", false},
	} {
		s := sentenceWith(t, x, c.sent)
		if got := !needsContext(s); got != c.reads {
			t.Errorf("%q reads alone: %v, want %v", s.text, got, c.reads)
		}
	}
	it := trueItem(sentenceWith(t, x, "Former county librarian Ruth Vane said"))
	if !x.standAlone(it) {
		t.Errorf("statement on %q dropped", it.q.Prompt)
	}
}

// In a whole report the librarian's warning, the report's news in her
// words, is drafted as a true statement.
func TestFormerOfficeDrafted(t *testing.T) {
	res, err := Generate("Village libraries to close\n\n"+
		"The county council has voted to close four village libraries next spring to save £2m a year. "+
		"Councillors backed the plan by 31 votes to 19 after a three-hour debate in the council chamber.\n\n"+
		"Former county librarian Ruth Vane said the closures would leave a third of the county's children without a library within walking distance. "+
		"The council said a mobile library van would visit each village once a fortnight.\n\n"+
		"Parents in Elmford, the largest of the four villages, have collected 4,000 signatures against the closure of their library.", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(append([]Draft{}, res.Drafts...), res.Held...) {
		if d.Rule == "truefalse-true" && d.Sentence == "Former county librarian Ruth Vane said the closures would leave a third of the county's children without a library within walking distance." {
			return
		}
	}
	t.Errorf("no true statement on the former librarian's warning")
}
