package generate

import (
	"reflect"
	"testing"
)

// TestLeadRoles reads the roles a lead gives its subject, without the
// judgements and nationalities before them.
func TestLeadRoles(t *testing.T) {
	x := analyseText(t, "Tobias Wren (12 April 1801 – 9 May 1877) was a prominent English wood engraver and colour printer. Wren printed books for children.\n\n"+
		"Wren engraved blocks for a London weekly. Wren printed the covers in three colours.")
	var got []string
	for _, r := range x.leadRoles() {
		got = append(got, r.title())
	}
	if want := []string{"Wood Engraver", "Colour Printer"}; !reflect.DeepEqual(got, want) {
		t.Errorf("leadRoles = %v, want %v", got, want)
	}
}

// TestLeadRoleTitle: a later theme that keeps coming back to one of the
// lead's roles is titled by it; one that does not keeps its own title.
func TestLeadRoleTitle(t *testing.T) {
	x := analyseText(t, "Tobias Wren (12 April 1801 – 9 May 1877) was an English stage actor and entomologist. Wren collected moths in three countries.\n\n"+
		"Wren was born in Bristol in 1801, the son of a grocer. Wren went to school in Bath.\n\n"+
		"Wren first appeared on the stage in Melbourne in 1853. Wren later shared the stage with Brooke in Sydney. The critics praised Wren as Hamlet.\n\n"+
		"Wren married Ada Price in 1860. Wren and Price moved to a house near the harbour.")
	_, short := x.biographySubject()
	if short != "Wren" {
		t.Fatalf("subject = %q, want Wren", short)
	}
	if got, want := x.leadRoleTitle([]int{3}, short), "Wren as a Stage Actor"; got != want {
		t.Errorf("leadRoleTitle(3) = %q, want %q", got, want)
	}
	if got := x.leadRoleTitle([]int{4}, short); got != "" {
		t.Errorf("leadRoleTitle(4) = %q, want none", got)
	}
}
