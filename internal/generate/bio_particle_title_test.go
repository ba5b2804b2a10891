package generate

import "testing"

// TestBioTitleParticleName: a biography's subject whose name the tagger
// cut before its particle ("Josquin" of "Josquin des Prez"), and whom the
// article then calls by the given name alone, gives the course its full
// name; it was titled "Prez", a word the composer is never called by.
func TestBioTitleParticleName(t *testing.T) {
	text := "Josquin des Prez (c. 1450 – 27 August 1521), often referred to simply as Josquin, was a Franco-Flemish composer of the Renaissance.\n\n" +
		"Josquin wrote both sacred and secular music, including masses, motets and chansons. Josquin worked for the Sforza family in Milan.\n\n" +
		"From 1489 to 1495 Josquin was a member of the papal choir in Rome. Josquin spent his last years in Condé, where he died in 1521."
	res := mustGenerate(t, text, Options{})
	if got := res.Course.Course.Title; got != "Josquin des Prez" {
		t.Errorf("course title %q, want %q", got, "Josquin des Prez")
	}
}
