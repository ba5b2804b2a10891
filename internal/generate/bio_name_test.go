package generate

import "testing"

func TestStripPostNominals(t *testing.T) {
	for in, want := range map[string]string{
		"Tomas Erik Lind AO":       "Tomas Erik Lind",
		"Tomas Lind, QC PC":        "Tomas Lind",
		"Tomas Lind K.C.":          "Tomas Lind",
		"Henry Lind VIII":          "Henry Lind VIII",
		"Tomas Lind":               "Tomas Lind",
		"Anna Maria Lind GCMG FRS": "Anna Maria Lind",
	} {
		if got := stripPostNominals(in); got != want {
			t.Errorf("stripPostNominals(%q) = %q, want %q", in, got, want)
		}
	}
}

// A long name with post-nominal letters, the subject called by a middle
// name with the surname later on: the course is that name.
const bioLongName = "Carl Johan Nils Tomas Lind AO (2 March 1901 – 9 May 1980) was a Swedish astronomer who built the largest telescope of his country.\n\n" +
	"Tomas Lind was born in Lund, where his father kept a shop. Lind studied at the university and wrote on the light of stars.\n\n" +
	"In 1930 Lind moved to Uppsala to run its observatory. Lind designed a new mirror there, and Tomas Lind was praised for it.\n\n" +
	"Lind died in 1980 in Uppsala."

// The same life, the subject called by the surname only.
const bioSurnameOnly = "Carl Johan Nils Lind AO (2 March 1901 – 9 May 1980) was a Swedish astronomer who built the largest telescope of his country.\n\n" +
	"Lind was born in Lund, where his father kept a shop. Lind studied at the university and wrote on the light of stars.\n\n" +
	"In 1930 Lind moved to Uppsala to run its observatory. Lind designed a new mirror there and was praised for it.\n\n" +
	"Lind died in 1980 in Uppsala."

// A knight with post-nominal letters.
const bioHonours = "Sir Tomas Lind KC (2 March 1901 – 9 May 1980) was a Swedish judge who sat on the highest court of his country.\n\n" +
	"Lind was born in Lund, where his father kept a shop. Lind studied law at the university.\n\n" +
	"In 1930 Lind moved to Stockholm to sit as a judge. Lind wrote the court's rules of procedure.\n\n" +
	"Lind died in 1980 in Stockholm."

// A three-word name whose first given name the body pairs once with the
// surname stays whole.
const bioThreeNames = "Anna Maria Lind (3 May 1850 – 9 June 1921) was a Swedish painter of the sea and of fishing boats.\n\n" +
	"Anna Lind was born in Visby. Lind studied at the academy in Stockholm.\n\n" +
	"Lind painted storms and boats, and Lind showed them in Paris.\n\n" +
	"Lind died in 1921."

func TestCommonNameTitle(t *testing.T) {
	for text, want := range map[string]string{bioLongName: "Tomas Lind", bioSurnameOnly: "Lind", bioText: "Maria Anna Lind", bioHonours: "Tomas Lind", bioThreeNames: "Anna Maria Lind"} {
		x := analyseText(t, text)
		if got := x.courseTitle(); got != want {
			t.Errorf("course title = %q, want %q", got, want)
		}
	}
}
