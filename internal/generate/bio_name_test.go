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

// The same life, the subject called by the surname only: the course is
// the first given name and the surname, which says more than "Lind".
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
// surname is that pair: the middle name is dropped.
const bioThreeNames = "Anna Maria Lind (3 May 1850 – 9 June 1921) was a Swedish painter of the sea and of fishing boats.\n\n" +
	"Anna Lind was born in Visby. Lind studied at the academy in Stockholm.\n\n" +
	"Lind painted storms and boats, and Lind showed them in Paris.\n\n" +
	"Lind died in 1921."

// A three-word name the body repeats whole stays whole: the article
// calls its subject so.
const bioThreeRepeated = "Anna Maria Lind (3 May 1850 – 9 June 1921) was a Swedish painter of the sea and of fishing boats.\n\n" +
	"Anna Maria Lind was born in Visby. Lind studied at the academy in Stockholm.\n\n" +
	"Lind painted storms and boats, and Lind showed them in Paris.\n\n" +
	"Lind died in 1921."

// A middle name the subject shares with a father and a grandfather, the
// pair of it and the surname naming the grandfather only (after a word
// of kinship, and inside the father's longer name): the course is the
// first given name and the surname, never the grandfather's name.
const bioForebearName = "Carl Oskar Lind, OBE (1 October 1890 – 30 January 1982) was a Swedish actor, singer and comedian. He was famous for his comic roles on stage and screen.\n\n" +
	"Lind was born in Lund, the only son of Erik Oskar Lind (1860–1919), a clerk. Lind's paternal grandfather, Oskar Lind (1829–1884), ran a shop in Malmo.\n\n" +
	"In 1921 Lind joined a touring company, and his career began to flourish. Lind sang and acted in revues for ten years.\n\n" +
	"Lind died in 1982 in Stockholm."

// A middle initial stays: "Carl J. Lind" is how the subject is written.
const bioMiddleInitial = "Carl J. Lind (1 October 1890 – 30 January 1982) was a Swedish actor and singer.\n\n" +
	"Lind was born in Lund. Lind sang in revues for ten years.\n\n" +
	"Lind died in 1982 in Stockholm."

// The subject's full name written once more with the middle name as an
// initial ("Carl J. Lind" for Carl Johan Lind) names the subject, not a
// relative: the course is not named after the middle name.
const bioInitialAgain = "Carl Johan Lind (1 October 1890 – 30 January 1982) was a Swedish astronomer who mapped the southern sky.\n\n" +
	"Lind is noted for the star atlas he drew for the academy. He also wrote popular books on the planets.\n\n" +
	"Carl J. Lind was born in Lund, the eldest of six children. His father, Erik Lind, kept a shop there.\n\n" +
	"Lind studied at Uppsala, and Lind died in 1982 in Stockholm."

func TestCommonNameTitle(t *testing.T) {
	for text, want := range map[string]string{
		bioLongName:      "Tomas Lind",
		bioSurnameOnly:   "Carl Lind",
		bioText:          "Maria Lind",
		bioHonours:       "Tomas Lind",
		bioThreeNames:    "Anna Lind",
		bioThreeRepeated: "Anna Maria Lind",
		bioForebearName:  "Carl Lind",
		bioMiddleInitial: "Carl J. Lind",
		bioInitialAgain:  "Carl Lind",
	} {
		x := analyseText(t, text)
		if got := x.courseTitle(); got != want {
			t.Errorf("course title = %q, want %q", got, want)
		}
	}
}

func TestSubjectPairs(t *testing.T) {
	for text, want := range map[string]int{
		"Oskar Lind sang. When Oskar Lind died, the shop closed.": 2,
		"the son of Erik Oskar Lind, a clerk":                     0,
		"His grandfather, Oskar Lind (1829–1884), ran a shop.":    0,
		"the daughter of Oskar Lind":                              0,
		"Oskar Lindberg and Oskar Linda met.":                     0,
		"In 1921 Oskar Lind joined a company.":                    1,
	} {
		if got := subjectPairs(text, "Oskar Lind"); got != want {
			t.Errorf("subjectPairs(%q) = %d, want %d", text, got, want)
		}
	}
}

// A particle belongs to the surname: the name stays whole even where the
// body once drops the particle.
func TestCommonNameKeepsParticle(t *testing.T) {
	x := analyseText(t, "Anna de Lind (3 May 1850 – 9 June 1921) was a French novelist and playwright.\n\n"+
		"Anna Lind was born in Tours. Lind studied law in Paris.\n\n"+
		"Lind wrote novels and plays, and Lind was read across Europe.\n\n"+
		"Lind died in 1921.")
	if got := x.commonName("Anna de Lind"); got != "Anna de Lind" {
		t.Errorf("commonName = %q, want %q", got, "Anna de Lind")
	}
}
