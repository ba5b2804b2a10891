package generate

import "testing"

// TestLeadPersonShape: the first sentence of an encyclopedia biography,
// in its usual shapes, is read as about a person whatever the tagger
// labelled the name; other leads are not.
func TestLeadPersonShape(t *testing.T) {
	cases := []struct {
		text, name string
		want       bool
	}{
		{"Marten Quill Ashby ( /ˈæʃbi/ ASH-bee; March 3, 1850 – May 9, 1921) was a Canadian judge and legal scholar.", "Marten Quill Ashby", true},
		{"Ottoline Barr, 2nd Baroness Barr, DBE FRS (4 May 1890 – 2 June 1970) was a British chemist who taught at Leeds.", "Ottoline Barr", true},
		{"Tobias Wren (12 April 1801 – 9 May 1877), known as Toby, was an English wood engraver and colour printer.", "Tobias Wren", true},
		{"Ida Fenwick (born Ida Moss; 1900 – 1980) was a prominent Australian palaeontologist.", "Ida Fenwick", true},
		// A name with a particle, and a bracket of pronunciation.
		{"Étienne de Marsac (French pronunciation: [etjɛn də maʁsak]; 2 May 1801 – 3 June 1860) was a French painter and engraver.", "Étienne de Marsac", true},
		// A bracket nesting another: a ruler's names in other languages
		// and a pronunciation inside them.
		{"Aldric II ( /ˈældrɪk/; Old Norse: Aldríkr, Modern Norwegian: Aldrik (Norwegian pronunciation: [ˈɑldrɪk]); 3 May 1201 – 9 June 1263) was the fourth and longest-reigning King of Vestmark.", "Aldric II", true},
		// Two particles, or one at an end: not read as a name.
		{"Rio de la Plata (1850–1921) was a French painter.", "Rio de la Plata", false},
		// A place, a war, an organisation: no occupation, or no dates.
		{"Port Arden (/ˈɑːrdən/) is the capital of the Wester province.", "Port Arden", false},
		{"Great Northern War (1700–1721) was a conflict in which a coalition fought Sweden.", "Great Northern War", false},
		{"Harlow Mills (founded 1820) was a company that made paper.", "Harlow Mills", false},
		// Dates but no occupation in the description.
		{"Ferris Lane (1850–1921) was a street in the old town.", "Ferris Lane", false},
		// A verb between the name and "was": not the lead's shape.
		{"Anna Berg (1850–1921) wrote novels, and her brother was a judge.", "Anna Berg", false},
	}
	for _, c := range cases {
		sp := &span{start: 0, end: len(c.name), text: c.name}
		if got := leadPersonShape(c.text, sp); got != c.want {
			t.Errorf("leadPersonShape(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestLeadPersonSubject: an article opening on such a lead is a
// biography about that person, called by the surname it uses most.
func TestLeadPersonSubject(t *testing.T) {
	x := analyseText(t, "Billings Ormond Quill ( /kwɪl/ KWILL; January 2, 1870 – August 8, 1950) was a United States judge and legal philosopher. He served on the district court in Albany for twenty years.\n\n"+
		"Quill was born in Albany, the only son of a lawyer. Quill studied philosophy at Harvard College before he turned to law.\n\n"+
		"In 1909 Quill was appointed a federal judge. Quill wrote opinions that lawyers still cite.")
	if _, short := x.biographySubject(); short != "Quill" {
		t.Errorf("biographySubject short = %q, want Quill", short)
	}
}
