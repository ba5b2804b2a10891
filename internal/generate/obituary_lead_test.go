package generate

import "testing"

// An obituary that opens on a phrase before its subject's name, with
// ", who has died" after it, is a biography of that person; a report
// that opens the same way on someone who is alive is not.
func TestObituaryLeadAfterAnOpeningPhrase(t *testing.T) {
	obit := analyseText(t, "To the very end, Rory Vance, who has died aged 71, kept changing his sound.\n\n"+
		"Vance was born in Leeds in 1952 and learned the piano from his mother. "+
		"Vance released his first album in 1971, and it sold poorly.\n\n"+
		"In 1975 Vance married the painter Ella Moss, and the couple moved to London. "+
		"Vance toured until 2019 and recorded a last album in his final year.")
	if _, short := obit.biographySubject(); short != "Vance" {
		t.Errorf("biography subject of the obituary = %q, want Vance", short)
	}
	report := analyseText(t, "On Monday morning, Rory Vance, who runs the town's music school, asked the council for a new hall.\n\n"+
		"Vance said the school had outgrown its rooms above the library. "+
		"The council will decide in March whether to fund the hall.\n\n"+
		"Vance has run the school since 2009 and teaches the piano there. "+
		"Parents have signed a letter in support of the new hall.")
	if _, short := report.biographySubject(); short != "" {
		t.Errorf("a report on a living person read as a biography of %q", short)
	}
}
