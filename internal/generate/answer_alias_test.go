package generate

import "testing"

// "Number 10" and "No 10" for "Downing Street" in a report that writes
// them; not in one that does not. "Labour MPs" for "backbench Labour
// MPs".
func TestOfficeAndGroupForms(t *testing.T) {
	x, err := analyse([]string{
		"Downing Street has denied the claims made in a new book about the harbour minister.",
		"The book says the advice was drafted in No 10 before the vote, and backbench Labour MPs were never shown it.",
	})
	if err != nil {
		t.Fatal(err)
	}
	sps := x.byKey["downing street"]
	if len(sps) == 0 {
		t.Fatalf("no span for Downing Street; have %v", x.keys)
	}
	got := x.answerForms(sps[0])
	for _, s := range []string{"Downing Street", "Number 10", "No 10", "No. 10"} {
		if !accepts(got, s) {
			t.Errorf("%q refused; accepted %q", s, got)
		}
	}
	y, err := analyse([]string{"Downing Street is a street in Westminster where the harbour minister once lived in a rented flat."})
	if err != nil {
		t.Fatal(err)
	}
	if sps := y.byKey["downing street"]; len(sps) > 0 {
		if got := y.answerForms(sps[0]); accepts(got, "Number 10") {
			t.Errorf("\"Number 10\" accepted in a text that never writes it: %q", got)
		}
	}
	if got := leadingAdjectiveForm("backbench Labour MPs"); got != "Labour MPs" {
		t.Errorf("leadingAdjectiveForm = %q, want \"Labour MPs\"", got)
	}
	for _, s := range []string{"Labour MPs", "the Labour Party", "new Labour policy", "senior civil servants"} {
		if got := leadingAdjectiveForm(s); got != "" {
			t.Errorf("leadingAdjectiveForm(%q) = %q, want none", s, got)
		}
	}
}

// "Wetlands Directive" for "EU Wetlands Directive" in an article that
// writes "the Wetlands Directive" alone too; not in one that never does.
func TestQualifierForm(t *testing.T) {
	x, err := analyse([]string{
		"Most crucial for the marshes, the ecologists said, has been the EU Wetlands Directive, which binds member states to protect rare birds.",
		"Without the Wetlands Directive, they said, the herons would not have come back to the river valleys.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := x.qualifierForm("the EU Wetlands Directive"); got != "Wetlands Directive" {
		t.Errorf("qualifierForm = %q, want \"Wetlands Directive\"", got)
	}
	y, err := analyse([]string{"Most crucial for the marshes, the ecologists said, has been the EU Wetlands Directive, which binds member states to protect rare birds."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"the EU Wetlands Directive", "EU Wetlands Directive"} {
		if got := y.qualifierForm(s); got != "" {
			t.Errorf("qualifierForm(%q) = %q in a text that never writes it alone", s, got)
		}
	}
	for _, s := range []string{"the EU", "EU Directive", "European Wetlands Directive"} {
		if got := x.qualifierForm(s); got != "" {
			t.Errorf("qualifierForm(%q) = %q, want none", s, got)
		}
	}
}
