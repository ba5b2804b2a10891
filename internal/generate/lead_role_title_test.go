package generate

import "testing"

// TestLeadThemeTitle: a biography's lead theme is titled by the role of
// the lead's first predicate, not by the offices its clauses tell nor
// "in Brief", unless the predicate names no role.
func TestLeadThemeTitle(t *testing.T) {
	body := " Wren collected moths in three countries.\n\nWren was born in Leeds in 1801. Wren studied in York. Wren died in London."
	cases := []struct{ lead, want string }{
		{"Tobias Wren (12 April 1801 – 9 May 1877) was a Hungarian-American theoretical physicist who later served as a judge in York.",
			"Tobias Wren, Theoretical Physicist"},
		{"Tobias Wren (born 12 April 1951) is an award winning English organist, composer and teacher, whose works include two masses.",
			"Tobias Wren, Organist and Composer"},
		{"Tobias Wren (12 April 1801 – 9 May 1877) was an English comparative anatomist and marine biologist.",
			"Tobias Wren, Comparative Anatomist and Marine Biologist"},
		// A coordinated role is the whole phrase, or its head where that
		// is long; never its last conjunct ("Film Executive").
		{"Tobias Wren (12 April 1901 – 9 May 1977) was a leading American television and film executive.",
			"Tobias Wren, Television and Film Executive"},
		{"Tobias Wren (12 April 1901 – 9 May 1977) was a British historical romance and detective fiction novelist.",
			"Tobias Wren, Novelist"},
		{"John Wren (12 April 1801 – 9 May 1877) was the son of a painter, remembered for a diary he kept as a boy.",
			"Wren in Brief"},
	}
	for _, c := range cases {
		x := analyseText(t, c.lead+body)
		_, short := x.biographySubject()
		if short != "Wren" {
			t.Fatalf("subject of %q = %q", c.lead, short)
		}
		if got := x.leadThemeTitle(short); got != c.want {
			t.Errorf("leadThemeTitle(%q) = %q, want %q", c.lead, got, c.want)
		}
	}
	// A middle name is dropped, as in the course title (commonName), and
	// both roles fit.
	x := analyseText(t, "Tobias Edward Wren (12 April 1801 – 9 May 1877) was an English comparative anatomist and marine biologist."+body)
	if got, want := x.leadThemeTitle("Wren"), "Tobias Wren, Comparative Anatomist and Marine Biologist"; got != want {
		t.Errorf("leadThemeTitle (middle name) = %q, want %q", got, want)
	}
	// A long name the body repeats stays whole and leaves room for one
	// role only.
	x = analyseText(t, "Tobias Edward Wren (12 April 1801 – 9 May 1877) was an English comparative anatomist and marine biologist."+
		" Tobias Edward Wren collected moths in three countries.\n\nWren was born in Leeds in 1801. Wren studied in York. Wren died in London.")
	if got, want := x.leadThemeTitle("Wren"), "Tobias Edward Wren, Comparative Anatomist"; got != want {
		t.Errorf("leadThemeTitle (long name) = %q, want %q", got, want)
	}
}
