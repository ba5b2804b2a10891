package generate

import (
	"strings"
	"testing"
)

// A sentence that tells what a person hopes, after the name or as "said
// she hoped", is no true statement; a firm's aim and a quoted hope are
// the article's own claims and stay.
func TestHopeAside(t *testing.T) {
	x := analyseText(t, "About 70,000 people in the UK use sign language, said Jane Orr, who hopes the new video service will be free.\n\n"+
		"The health minister said she hoped the video service would reach every town by 2006.\n\n"+
		"Jane Orr hopes the video service will be free for every deaf caller in the country.\n\n"+
		"The firm hopes to sign up 5,000 deaf customers for the video service by the end of the year.\n\n"+
		"\"We hope the service will be free,\" said Jane Orr of the deaf charity in Leeds.")
	for sub, want := range map[string]bool{
		"About 70,000 people":   true,
		"The health minister":   true,
		"Jane Orr hopes":        true,
		"The firm hopes":        false,
		"\"We hope the service": false,
	} {
		s := sentenceWith(t, x, sub)
		if got := x.hopeAside(s); got != want {
			t.Errorf("hopeAside(%q) = %v, want %v", s.text, got, want)
		}
	}
	res, err := Generate("Video calls for deaf people\n\n"+
		"Deaf people will be able to make video calls to an interpreter under a plan launched on Monday by a charity in Leeds.\n\n"+
		"About 70,000 people in the UK use sign language, said Jane Orr, who hopes the new video service will be free.\n\n"+
		"The service links callers to an interpreter through a webcam and costs the charity about £30 an hour for each caller.", Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if d.Question != nil && strings.HasPrefix(d.Question.Prompt, "True or false?") && strings.Contains(d.Question.Prompt, "who hopes") && !strings.Contains(d.Question.Prompt, "_") {
			for _, o := range d.Question.Options {
				if o.Text == "True" && o.Correct {
					t.Errorf("a person's hope quoted as a true statement: %q", d.Question.Prompt)
				}
			}
		}
	}
}
