package generate

import "testing"

// A biography whose subject's name holds a particle ("Honoré de Balzac")
// is titled by that name, though the tagger reads the name like a
// place's ("Rio de Janeiro"); an article that opens on a place is not
// taken for a biography.
func TestParticleNameBioTitle(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Honoré de Marnay (20 May 1801 – 18 August 1862) was a French painter and engraver. His largest work was a cycle of river scenes.\n\n" +
			"Marnay studied in Lyon before moving to Paris. Marnay exhibited at the Salon from 1830.\n\n" +
			"Critics praised Marnay for his light. He married in 1850 and died twelve years later.", "Honoré de Marnay"},
		{"Rio de Janeiro is the second city of Brazil. Its harbour is one of the largest in the world.\n\n" +
			"The city grew around its port. Janeiro means January in old Portuguese.", ""},
	}
	for _, c := range cases {
		a := analyseText(t, c.text)
		if got := a.bioTitle(); got != c.want {
			t.Errorf("bioTitle = %q, want %q", got, c.want)
		}
	}
}
