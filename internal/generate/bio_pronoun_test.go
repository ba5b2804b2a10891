package generate

import (
	"strings"
	"testing"
)

const pronounBio = "Maria Anna Lindqvist (3 May 1850 – 9 June 1921) was a Swedish painter. She painted the coast of Halland for forty years.\n\n" +
	"Lindqvist is remembered as a pioneer of open-air painting in Sweden. On technical matters, she was a cautious experimenter with pigments. She believed that a painter should finish every picture outdoors.\n\n" +
	"Even after she lost her sight, Lindqvist kept teaching at the academy in Stockholm. Lindqvist died in Uppsala in 1921."

// TestPronounChain: a sentence opening on the subject's pronoun, after
// one that uses her pronoun without opening on it, is quoted with her
// name.
func TestPronounChain(t *testing.T) {
	x := analyseText(t, pronounBio)
	s := sentenceWith(t, x, "She believed that")
	got := x.subjectResolved(s)
	if !strings.HasPrefix(got, "Lindqvist believed that") {
		t.Errorf("subjectResolved = %q, want it to open on the name", got)
	}
}

// TestNamedLater: a pronoun before the subject's name in the same
// sentence can only be hers; a sentence naming someone else is not read
// so.
func TestNamedLater(t *testing.T) {
	x := analyseText(t, pronounBio)
	if !x.namedLater(sentenceWith(t, x, "Even after she lost")) {
		t.Errorf("namedLater(Even after she lost …) = false")
	}
	y := analyseText(t, strings.Replace(pronounBio, "Even after she lost her sight, Lindqvist", "Even after she met the painter Carl Larsson, Lindqvist", 1))
	if y.namedLater(sentenceWith(t, y, "Even after she met")) {
		t.Errorf("namedLater(Even after she met Johan Berg …) = true")
	}
}

// TestSubjectPronounEdit: a true statement quoted with the subject's
// name put for her pronoun is kept; an edit putting in another name is
// not excused.
func TestSubjectPronounEdit(t *testing.T) {
	x := analyseText(t, pronounBio)
	x.biographySubject()
	s := sentenceWith(t, x, "She believed that")
	s.score = 1 // central in its theme
	it := x.trueStatement([]*sentence{s}, map[int]int{}, map[string]bool{}, nil)
	if it == nil {
		t.Fatal("no true statement drafted")
	}
	if !x.standAlone(it) {
		t.Errorf("standAlone(%q) = false", it.q.Prompt)
	}
	if x.subjectPronounEdit(it, edit{"She", "Berg"}) {
		t.Errorf("an edit to another name excused")
	}
}
