package generate

import "testing"

// TestBodyApposition: a name an apposition calls a group is an
// organisation, and its first word is no person's surname elsewhere in
// the article; a person described as a group's leader stays a person.
func TestBodyApposition(t *testing.T) {
	x := analyseText(t, "Harbour unions split over the ferry plan.\n\n"+
		"Stenby Together, a group of harbour workers and boat owners, wants the night crossing kept. "+
		"The last ferry to Stenby leaves at ten.\n\n"+
		"John Smith, a group leader at the docks, said the plan was sound.")
	for _, c := range []struct {
		sub, name string
		want      kind
	}{
		{"Stenby Together, a group", "Stenby Together", kOrg},
		{"John Smith, a group leader", "John Smith", kPerson},
	} {
		if _, sp := spanText(t, x, c.sub, c.name); sp.kind != c.want {
			t.Errorf("%q is a %v, want %v", c.name, sp.kind, c.want)
		}
	}
	if f := x.fullName["stenby"]; f != "" {
		t.Errorf("\"Stenby\" is read as the surname of %q", f)
	}
	for _, c := range []struct {
		rest string
		want bool
	}{
		{", a group of Labour-supporting researchers, said", true},
		{", a think-tank, reckons", true},
		{", an American research firm.", true},
		{", a group leader at the docks", false},
		{", a former minister", false},
		{" said", false},
	} {
		if got := bodyAppositionAfter(c.rest); got != c.want {
			t.Errorf("bodyAppositionAfter(%q) = %v, want %v", c.rest, got, c.want)
		}
	}
}
