package generate

import (
	"strings"
	"testing"
)

// A biography whose first sentence lists the subject's works at length
// (more words than a quiz sentence may have), then a paragraph of fame,
// the birth and family, and schooling followed by the first posts.
var longLeadBio = strings.Join([]string{
	"Sir Edmund Harold Lowther (3 March 1840 – 9 June 1912) was an English novelist, essayist, critic and engraver best known for his nine seafaring novels written in partnership with the printer Thomas Blane, of which the most read include The Salt Road, The Long Harbour and one of the most widely translated books of its century, The Grey Lantern, with its many later editions for schools, libraries and travelling readers across the empire.",
	"Lowther also wrote a series of comic essays illustrated with his own engravings. His novels inspired younger writers, and critics praised the plainness of his style. Lowther's essays are still read today.",
	"Lowther was born at 4 Mill Lane, Hull. His father was a ship's chandler and his mother the daughter of a vicar. Lowther had two brothers, both of whom went to sea.",
	"He was educated at a grammar school in Hull and then at a boarding school in York, where he edited the school paper. He then attended Durham University, graduating in 1861. He served for three years as a clerk in a shipping office and disliked the work. In 1865 he joined a volunteer regiment, in which he served until 1880. In 1867 he left the office to take up a career as a journalist, but the paper closed within a year.",
}, "\n\n")

func TestBiographySubjectAfterLongLead(t *testing.T) {
	a := analyseText(t, longLeadBio)
	if n := a.paras[0].sents[0].nWords; n <= 60 {
		t.Fatalf("the test's first sentence has %d words; it must be too long to quiz on", n)
	}
	if _, short := a.biographySubject(); short != "Lowther" {
		t.Fatalf("biographySubject short = %q, want Lowther", short)
	}
}

func TestSchoolToWorkTitle(t *testing.T) {
	a := analyseText(t, longLeadBio)
	_, short := a.biographySubject()
	if got, want := a.careerTitle([]int{4}, true), "Lowther's Education and Early Career"; got != want {
		t.Errorf("careerTitle(schooling then first posts) = %q, want %q", got, want)
	}
	// The birth paragraph is the early life, not a street of the address.
	if got := a.lifeStageTitle([]int{3}, false, false); got != "Lowther's Early Life" {
		t.Errorf("lifeStageTitle(birth paragraph) = %q, want Lowther's Early Life", got)
	}
	// Schooling alone, with no post taken, is not an early career.
	school := strings.Replace(longLeadBio, "He served for three years as a clerk in a shipping office and disliked the work. In 1865 he joined a volunteer regiment, in which he served until 1880. In 1867 he left the office to take up a career as a journalist, but the paper closed within a year.",
		"He read widely in the classics there. His tutors thought him idle but clever. He left with few friends.", 1)
	b := analyseText(t, school)
	if got := b.schoolToWorkTitle([]int{4}, short); got != "" {
		t.Errorf("schoolToWorkTitle(schooling only) = %q, want \"\"", got)
	}
}
