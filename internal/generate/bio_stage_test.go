package generate

import "testing"

// TestSubjectDies: the last theme is the later life only where the
// subject dies in it, not a parent.
func TestSubjectDies(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Thomas Quill died from cancer when Quill was 14. After his father's death, Quill turned to religion.", false},
		{"Quill retired in 1950. He died in Albany two years later.", true},
		{"Quill retired in 1950 and Quill eventually died at home.", true},
		{"Quill wrote little after 1950. Until his death he lived in Albany.", true},
		{"Quill's death in 1961 ended the court's longest tenure.", true},
		{"Quill's mother died when he was nine.", false},
	}
	for _, c := range cases {
		x := analyseText(t, c.text)
		if got := x.subjectDies([]int{1}, "Quill"); got != c.want {
			t.Errorf("subjectDies(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestBodyStart: a biography's body opens on the paragraph that tells
// the birth and names the subject in full again, not on a lead
// paragraph that mentions the birth in passing.
func TestBodyStart(t *testing.T) {
	x := analyseText(t, "Maria Anna Lindqvist (3 May 1850 – 9 June 1921) was a Swedish painter. She painted the coast of Halland.\n\n"+
		"Lindqvist was born in Uppsala in 1850 and studied in Paris. Lindqvist exhibited at the Salon from 1878.\n\n"+
		"Lindqvist is remembered for her seascapes. Critics praised Lindqvist for her light.\n\n"+
		"Maria Anna Lindqvist was born on 3 May 1850 in Uppsala, the daughter of a printer. Lindqvist drew from an early age.\n\n"+
		"Her father sent Lindqvist to a school in Stockholm. Lindqvist left the school in 1868.")
	if got := x.bodyStart(); got != 3 {
		t.Errorf("bodyStart = %d, want 3", got)
	}
	if got := x.subjectDies([]int{4, 5}, "Lindqvist"); got {
		t.Errorf("subjectDies over the childhood = true")
	}
}

// TestFamilyOpening: a body may open on the subject's ancestry before
// the birth.
func TestFamilyOpening(t *testing.T) {
	cases := map[string]bool{
		"Lindqvist's family originally came from Dalarna, where they farmed.": true,
		"Lindqvist’s father was a printer in Uppsala.":                        true,
		"Lindqvist's paintings hang in Stockholm.":                            false,
		"The family of Lindqvist came from Dalarna.":                          false,
	}
	for text, want := range cases {
		if got := familyOpening(text, "Lindqvist"); got != want {
			t.Errorf("familyOpening(%q) = %v, want %v", text, got, want)
		}
	}
}
