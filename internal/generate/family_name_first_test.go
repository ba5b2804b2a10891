package generate

import (
	"strings"
	"testing"
)

// A Chinese name is read family name first (set 133's obituary of Li
// Wenliang was titled "Wenliang in Brief"); a Western name of the same
// shape is not.
func TestFamilyNameFirst(t *testing.T) {
	for _, c := range []struct {
		name, fam string
		ok        bool
	}{
		{"Li Wenliang", "Li", true},
		{"Xi Jinping", "Xi", true},
		{"Deng Xiao-ping", "Deng", true},
		{"Zhang Yimou", "Zhang", true},
		{"Ma Rainey", "", false},
		{"Lin Manuel", "", false},
		{"Mary Penrose", "", false},
		{"Li Wen Liang", "", false},
	} {
		fam, ok := familyNameFirst(c.name)
		if ok != c.ok || fam != c.fam {
			t.Errorf("familyNameFirst(%q) = %q, %v; want %q, %v", c.name, fam, ok, c.fam, c.ok)
		}
	}
	text := strings.Join([]string{
		"The doctor who warned of a new fever was 34",
		"BUSY THOUGH he was at the eye hospital in Wuhan, Zhang Wenliang never missed a chance to post about food. He liked fried noodles best.",
		"He was born in Beizhen in 1986, the son of a factory worker. He studied medicine in Wuhan and joined the eye hospital in 2014.",
		"He warned his classmates of a new fever in December. He was told by the police to stop spreading rumours.",
		"He caught the fever from a patient in January and died in hospital on February 7th.",
	}, "\n\n")
	x := analyseText(t, text)
	x.course = "Zhang Wenliang died on February 7th"
	if _, short := x.biographySubject(); short != "Zhang" {
		t.Errorf("the life's subject is called %q, want Zhang", short)
	}
}
