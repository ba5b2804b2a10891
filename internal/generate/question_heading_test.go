package generate

import "testing"

// A report headed by a question takes the question as its course title,
// as written; the question is not a paragraph.
func TestQuestionHeadingIsTheCourseTitle(t *testing.T) {
	text := "What should the council really spend on?\n\n" +
		"A budget year is the best chance most local charities get to change what the council does. Here is how four of them plan to be heard before the vote in March.\n\n" +
		"We want the library hours restored to six days a week. Many older readers have nowhere else to go in the afternoon, the reading group said.\n\n" +
		"The cycling club wants the ring road lanes repaired before the summer. Three riders were hurt on the broken lanes last year, its secretary said.\n\n" +
		"The food bank asks for a warehouse lease at a lower rent. Its volunteers handed out twice as many parcels this winter as last, it said.\n"
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.Course.Course.Title, "What should the council really spend on?"; got != want {
		t.Errorf("course title %q, want %q", got, want)
	}
	for _, p := range res.Course.Paragraphs {
		if p.Text == "What should the council really spend on?" {
			t.Errorf("the heading stayed paragraph %d", p.N)
		}
	}
}

func TestQuestionHeading(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"What the election should really be about?", true},
		{"Is the high street finished?", true},
		{"Who pays for the new bridge?", true},
		{"Have you ever wondered why bread rises?", false}, // speaks to the reader
		{"Should we worry about the rain?", false},         // first person
		{"\"Where is the money?\"", false},                 // a quotation
		{"Why?", false},                                    // too short to name a subject
		{"The vote is close. Who will win?", false},        // two sentences
		{"What next??", false},
		{"Councils prepare to set tax rises", false}, // a heading, but not a question one
	} {
		if got := questionHeading(c.line); got != c.want {
			t.Errorf("questionHeading(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
