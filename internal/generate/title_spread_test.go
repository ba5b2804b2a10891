package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// curryText: a theme whose best key phrase ("open source") is said in one
// of its four sentences, while the sentences keep saying what the
// paragraph is about: his software.
const curryText = "Adam Curry grew up in the Netherlands, where he hosted pirate radio shows. He later moved to New York to present music videos.\n\n" +
	"Curry wanted software that would fetch new audio shows by itself. No one wrote it for him, so he wrote his software himself. " +
	"He put his software on the net as open source, and coders improved it. Listeners called the result a lifeline for audio junkies.\n\n" +
	"Curry now records a daily show from his home. He says the show is about good music and cool ideas."

// TestLiftedTitleGivesWay: a phrase of one sentence of a theme of four
// ("Open Source", "Audio Junkies") does not title it; the person the
// article is about, with the noun the theme repeats as theirs, does.
func TestLiftedTitleGivesWay(t *testing.T) {
	x := analyseText(t, curryText)
	_, subject := x.mainSubjectKey()
	g := []int{2}
	rankSentences(x.sentencesOf(g))
	if got := x.title(g, map[string]bool{}, subject); got != "Curry's Software" {
		t.Errorf("title = %q, want %q", got, "Curry's Software")
	}
	// A theme whose best phrase runs through it keeps it.
	if got := x.title([]int{3}, map[string]bool{}, subject); got == "Curry's Software" {
		t.Errorf("title of the last paragraph = %q", got)
	}
}

// exeemText: a name said only as where the story was told ("told
// Novastream") beside a paragraph on how the program works.
const exeemText = "Exeem is a new file-sharing program from the makers of Suprnova. It is due out next month.\n\n" +
	"The program will work without central servers, its designer Sloncek told Novastream. " +
	"Files will be checked by their users, he told Novastream in the same interview. Each file carries a rating. Fake files will sink to the bottom of the list.\n\n" +
	"Film studios have sued the makers of other programs. Lawyers say Exeem may face the same suits."

// TestSourceNameNoTitle: the radio station an interview was given to is
// an aside of its sentences, not a theme's title.
func TestSourceNameNoTitle(t *testing.T) {
	x := analyseText(t, exeemText)
	_, subject := x.mainSubjectKey()
	g := []int{2}
	rankSentences(x.sentencesOf(g))
	if got := x.title(g, map[string]bool{}, subject); strings.Contains(got, "Novastream") {
		t.Errorf("title = %q, a source of the story", got)
	}
	for _, s := range x.sentencesOf(g) {
		for _, sp := range s.spans {
			if sp.text == "Novastream" && !sourceMention(sp) {
				t.Errorf("%q: not said as a source", s.text)
			}
			if sp.text == "Sloncek" && sourceMention(sp) {
				t.Errorf("%q: the designer said as a source", s.text)
			}
		}
	}
}

// ferryText: a theme that keeps saying "electric ferries".
const ferryText = "Kestrel Lines runs the ferries between Bergen and the islands. Its boats carry cars, lorries and foot passengers all year.\n\n" +
	"The company wants to replace its diesel boats with electric ferries by 2030. The first two electric ferries were ordered from a yard in Poland last year. " +
	"Each of the electric ferries will charge at the quay while cars board.\n\n" +
	"Passengers have complained about late sailings this winter. The company blamed storms and a shortage of crew."

// TestNearTitleNotGivenTwice: a theme is not titled with nearly the title
// of another theme of the article: the same words in another form
// ("Electric Ferry", "Electric Ferries"; "Murder and MPs", "Murderers and
// MPs"), or the same words past the subject's name.
func TestNearTitleNotGivenTwice(t *testing.T) {
	x := analyseText(t, ferryText)
	_, subject := x.mainSubjectKey()
	g := []int{2}
	rankSentences(x.sentencesOf(g))
	if got := x.title(g, map[string]bool{}, subject); got != "Electric Ferries" {
		t.Fatalf("title = %q, want %q", got, "Electric Ferries")
	}
	if got := x.title(g, map[string]bool{"electric ferry": true}, subject); got == "Electric Ferries" {
		t.Errorf("title %q given beside %q", got, "Electric Ferry")
	}
	y := analyseText(t, "Georgette Heyer was an English novelist. She wrote detective fiction and historical romances.\n\nHeyer wrote a thriller each year.")
	y.course = "Georgette Heyer"
	cases := []struct {
		t, used string
		near    bool
	}{
		{"Murder and MPs", "Murderers and MPs", true},
		{"Heyer as a Detective Fiction Novelist", "Georgette Heyer, Detective Fiction", true},
		{"Louisiana Purchase", "St. Louis", false},
		{"Heyer's Early Life", "Heyer's Career", false},
	}
	for _, c := range cases {
		if got := y.nearTitle(c.t, map[string]bool{strings.ToLower(c.used): true}); got != c.near {
			t.Errorf("nearTitle(%q, %q) = %v, want %v", c.t, c.used, got, c.near)
		}
	}
}

// TestRetitleMergedLiftedTitle: a theme that took in its neighbour and
// kept a title its paragraphs now say in one sentence of five ("Foot
// Passengers") is titled afresh by what they repeat, though the kept
// title's head word is in half of them.
func TestRetitleMergedLiftedTitle(t *testing.T) {
	a := analyseText(t, ferryText)
	_, subject := a.mainSubjectKey()
	first := []int{1}
	kept := a.themeTitle(first, map[string]bool{}, subject)
	if kept != "Foot Passengers" {
		t.Fatalf("first paragraph titled %q, want %q", kept, "Foot Passengers")
	}
	before := []quiz.Theme{
		{Slug: "foot-passengers", Title: kept, Paragraphs: first},
		{Slug: "ferries", Title: "Electric Ferries", Paragraphs: []int{2}},
		{Slug: "late-sailings", Title: "Late Sailings", Paragraphs: []int{3}},
	}
	after := []quiz.Theme{
		{Slug: "foot-passengers", Title: kept, Paragraphs: []int{1, 2}},
		{Slug: "late-sailings", Title: "Late Sailings", Paragraphs: []int{3}},
	}
	if got := a.retitleMerged(before, after); len(got) != 1 || got[0] != 0 {
		t.Fatalf("retitled %v, want the first theme", got)
	}
	if after[0].Title != "Electric Ferries" {
		t.Errorf("merged theme titled %q, want %q", after[0].Title, "Electric Ferries")
	}
}
