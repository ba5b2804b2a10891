package generate

import (
	"strings"
	"testing"
)

// A ruler's life: its lead theme is the reign, and the theme from the
// birth on that goes into the accession is titled by both stages.
func TestRulerThemeTitles(t *testing.T) {
	x := analyseText(t, regnalLead+" He is known in the north as Aldric the Just for his book of laws.\n\n"+
		"In a break with custom, Aldric married a Danish princess. Aldric wrote down the laws of the realm in one book.\n\n"+
		"Aldric was born in Halden in 1201, the eldest son of the old king. At twelve, young Aldric was sent to the monastery school at Nidaros.\n\n"+
		"Upon succeeding his father in 1225, Aldric began a war against the Danes. In 1230 Aldric made peace with them at Bergen.")
	_, short := x.biographySubject()
	if short != "Aldric" {
		t.Fatalf("biographySubject short = %q, want Aldric", short)
	}
	if got, want := x.leadThemeTitle(short), "Aldric's Reign"; got != want {
		t.Errorf("leadThemeTitle = %q, want %q", got, want)
	}
	if got, want := x.earlyLifeTitle([]int{3, 4}, short), "Aldric's Early Life and Accession"; got != want {
		t.Errorf("earlyLifeTitle = %q, want %q", got, want)
	}
}

// A birth paragraph followed by one that opens on an enlistment in a
// war: "Early Life and War Service"; by one that goes on with the
// childhood without saying so: "Early Life".
func TestEarlyLifeNextStage(t *testing.T) {
	lead := "Thomas Ames (10 May 1894 – 2 June 1952) was an Australian archivist and the first keeper of the war museum in Perth.\n\n" +
		"Ames was born in Perth on 10 May 1894. His father was a clerk and Ames was educated at a state school.\n\n"
	for _, c := range []struct{ third, want string }{
		{"On 16 August 1914, shortly after the outbreak of war, Ames enlisted in the army and became a staff clerk. Ames landed in Egypt in 1915.", "Ames's Early Life and War Service"},
		{"A few days after the funeral, Ames's mother took the children back to Perth. Ames later said the town made him a reader.", "Ames's Early Life"},
	} {
		x := analyseText(t, lead+c.third)
		_, short := x.biographySubject()
		if got := x.earlyLifeTitle([]int{2, 3}, short); got != c.want {
			t.Errorf("earlyLifeTitle = %q, want %q", got, c.want)
		}
	}
}

// A queen by another trade, or a ruler's spouse, is no ruler: the lead
// theme keeps the name and role.
func TestNotRulerLead(t *testing.T) {
	body := "\n\nMoss was born in Leeds in 1950. As a girl, Moss sang in the church choir.\n\n" +
		"In 1975 Moss moved to London. Moss toured the clubs of Soho for ten years."
	for _, lead := range []string{
		"Ida Moss (3 May 1950 – 9 June 2010) was an English drag queen and singer.",
		"Ida Moss (3 May 1950 – 9 June 2010) was Queen consort of Vestmark from 1975 to 2010.",
	} {
		x := analyseText(t, lead+body)
		_, short := x.biographySubject()
		if short == "" {
			t.Fatalf("no biography subject in %q", lead)
		}
		if got := x.leadThemeTitle(short); strings.HasSuffix(got, "Reign") {
			t.Errorf("leadThemeTitle = %q for %q", got, lead)
		}
	}
}

// Someone who is no ruler "succeeded" in a task or to a firm's chair:
// no accession.
func TestEarlyLifeSucceededNoRuler(t *testing.T) {
	x := analyseText(t, "Thomas Ames (10 May 1894 – 2 June 1952) was an Australian archivist and the first keeper of the war museum in Perth.\n\n"+
		"Ames was born in Perth on 10 May 1894. His father was a clerk and Ames was educated at a state school.\n\n"+
		"In 1912 Ames succeeded his father as the clerk of the harbour board. Ames kept its ledgers for two years.")
	_, short := x.biographySubject()
	if got, want := x.earlyLifeTitle([]int{2, 3}, short), "Ames's Early Life"; got != want {
		t.Errorf("earlyLifeTitle = %q, want %q", got, want)
	}
}
