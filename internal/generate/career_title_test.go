package generate

import "testing"

// A biography's later themes are titled by the office the subject holds
// through them, never by another's role; without one, they keep their
// own title.
func TestCareerTitle(t *testing.T) {
	x, err := analyse([]string{
		"Tomas Halvorsen (1890–1962) was a Danish judge and the author of a commentary on contract law.",
		"Halvorsen was born in Aarhus, the son of a ship's carpenter, and studied law in Copenhagen.",
		"In 1921 Halvorsen became a judge of the Eastern High Court. As a judge he wrote short rulings that the other courts copied.",
		"He sat as a judge on the court's commercial bench until 1940, when the firm's lawyer, Paul Madsen, and another lawyer, Ole Berg, praised him as a lawyer's lawyer.",
		"After 1940 Halvorsen travelled in Italy and wrote letters to his sister about the paintings she saw.",
		"Halvorsen returned to Aarhus in 1950 and gave his books to the university library.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		g    []int
		last bool
		want string
	}{
		{[]int{3, 4}, false, "Halvorsen as a Judge"},
		{[]int{5}, false, ""},
		{[]int{5, 6}, true, ""},
		{[]int{1, 2}, false, ""}, // the first theme keeps its own title
	} {
		if got := x.careerTitle(c.g, c.last); got != c.want {
			t.Errorf("%v: got %q, want %q", c.g, got, c.want)
		}
	}
	// Another's role does not title the subject's stage: the lawyers of
	// paragraph 4 are the firm's and others', not Halvorsen.
	if got := x.subjectOccupation([]int{4}, "Halvorsen"); got != "" {
		t.Errorf("another's role: got %q", got)
	}
	// An article that opens on no one is no biography.
	y, err := analyse([]string{
		"In 1930 the harbour board of Malmö hired a new engineer.",
		"The engineer rebuilt the quay, and the engineer's crew dredged the harbour.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := y.careerTitle([]int{2}, true); got != "" {
		t.Errorf("no biography: got %q", got)
	}
}

// One paragraph's job is no office the theme shares.
func TestCareerTitleOneParagraph(t *testing.T) {
	x, err := analyse([]string{
		"Tomas Halvorsen (1890–1962) was a Danish judge and the author of a commentary on contract law.",
		"Halvorsen was born in Aarhus, the son of a ship's carpenter, and studied law in Copenhagen.",
		"In 1912 Halvorsen worked as a reporter for a shipping paper. As a reporter he wrote on the harbour.",
		"He travelled to Hamburg in 1914 and sailed home when the war began.",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := x.careerTitle([]int{3, 4}, true); got != "" {
		t.Errorf("one paragraph's job: got %q", got)
	}
}

// workTitleBio is a biography whose third paragraph tells odd jobs and a
// first employer named twice in passing, and whose fifth a career.
const workTitleBio = "Tomas Erik Halvorsen (1890–1962) was a Danish cartoonist and animator whose films were shown in every country of Europe.\n\n" +
	"Tomas Erik Halvorsen was born in Aarhus, the son of a ship's carpenter. The family moved to Odense in 1900, where Halvorsen went to school and learnt to draw.\n\n" +
	"After leaving school, Halvorsen worked briefly on a building site. He lost that job in the slump and found another at a laundry. A friend urged him to apply for a job at Nordic Print and Film, which made posters for cinemas. While working there, Halvorsen drew his first cartoons. For the first years of his employment, Nordic Print and Film sold his drawings to the newspapers.\n\n" +
	"In 1925 Halvorsen sailed to Iceland with his brother. He painted the coast and wrote a book of its birds.\n\n" +
	"Back in Aarhus, Halvorsen worked for a film studio. He was hired to draw the studio's films, and his career took off. He was promoted to head of the drawing room in 1930. His employer sent him to Paris and Berlin."

// A theme of odd jobs and a first employer, after the birth paragraph:
// no office runs through it, and the employer named in passing is no
// title; the theme is the subject's early career. A later theme of the
// same shape is the career; one that tells no work keeps its own title.
func TestWorkTitle(t *testing.T) {
	x := analyseText(t, workTitleBio)
	for _, c := range []struct {
		g    []int
		want string
	}{
		{[]int{3}, "Halvorsen's Early Career"},
		{[]int{5}, "Halvorsen's Career"},
		{[]int{4}, ""},
		{[]int{1}, ""},
	} {
		if got := x.workTitle(c.g, "Halvorsen"); got != c.want {
			t.Errorf("%v: got %q, want %q", c.g, got, c.want)
		}
	}
	// careerTitle falls back on it where no office runs through the theme.
	if got := x.careerTitle([]int{3}, false); got != "Halvorsen's Early Career" {
		t.Errorf("careerTitle: got %q", got)
	}
}
