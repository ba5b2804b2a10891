package generate

import (
	"reflect"
	"strings"
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

// TestLaterThemeNotByLeadRole: a later theme that keeps coming back to
// one of the lead's roles is not titled by it again; it keeps the title
// its own paragraphs give.
func TestLaterThemeNotByLeadRole(t *testing.T) {
	x := analyseText(t, "Tobias Wren (12 April 1801 – 9 May 1877) was an English stage actor and entomologist. Wren collected moths in three countries.\n\n"+
		"Wren was born in Bristol in 1801, the son of a grocer. Wren went to school in Bath.\n\n"+
		"Wren first appeared on the stage in Melbourne in 1853. Wren later shared the stage with Brooke in Sydney. The critics praised Wren as Hamlet.\n\n"+
		"Wren married Ada Price in 1860. Wren and Price moved to a house near the harbour.")
	_, short := x.biographySubject()
	if short != "Wren" {
		t.Fatalf("subject = %q, want Wren", short)
	}
	for _, g := range [][]int{{3}, {3, 4}} {
		if got := x.careerTitle(g, false); strings.Contains(got, "Stage Actor") || strings.Contains(got, "Entomologist") {
			t.Errorf("careerTitle(%v) = %q, titled by the lead's role", g, got)
		}
	}
}
