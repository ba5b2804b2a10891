package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A short report of my own on a podcast of Cornish folk songs: the
// opening on the podcast, the later paragraphs on its singers, its
// listeners and its plans.
const cornishReport = "A small studio in Truro is taking Cornish folk songs to listeners around the world.\n\n" +
	"Folk singing is popular in the villages of the far west, but its singers rarely reach a wider audience. Now a podcast called Kernow Sounds plays their songs every week.\n\n" +
	"The podcast was started last spring by Ann French, a teacher from Penzance. She says the songs deserve more than a village hall.\n\n" +
	"Cornish language folk music is growing in the county's schools, and young singers are recording it again. One of them, Tom Price, sings old fishing songs with a guitar.\n\n" +
	"The podcast now has listeners in Canada and Australia, where many families have roots in the county. Ms French wants to add interviews with Cornish language folk music singers next year, and more folk music from the islands."

func TestAdjectiveOwnerTitle(t *testing.T) {
	x := analyseText(t, cornishReport)
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"Cornish's Singers", true},    // a people's adjective the text never writes with a possessive
		{"Cornish's Folk Songs", true}, // the same, a longer noun
		{"French's Podcast", false},    // Ann French is a person
		{"Truro's Studio", false},      // no adjective's ending
		{"Price's Songs", false},
		{"Cornish Singers", false}, // no possessive
	} {
		if got := x.adjectiveOwnerTitle(c.title); got != c.want {
			t.Errorf("adjectiveOwnerTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
	if !x.lateWeakTitle("Cornish's Singers", []int{4, 5}) {
		t.Errorf("lateWeakTitle(Cornish's Singers) = false, want true")
	}
}

func TestExtendedTerm(t *testing.T) {
	x := analyseText(t, cornishReport)
	if got := x.extendedTerm("Folk Music", []int{4, 5}); got != "Cornish Language Folk Music" {
		t.Errorf("extendedTerm(Folk Music) = %q, want %q", got, "Cornish Language Folk Music")
	}
	// Said once with words before it in paragraph 4 alone: left.
	if got := x.extendedTerm("Folk Music", []int{4}); got != "Folk Music" {
		t.Errorf("extendedTerm(Folk Music) over one paragraph = %q, want it unchanged", got)
	}
	// "old fishing songs": a verb's ending before the term is no part of it.
	if got := x.extendedTerm("Fishing Songs", []int{4}); got != "Fishing Songs" {
		t.Errorf("extendedTerm(Fishing Songs) = %q, want it unchanged", got)
	}
}

// A short report of my own on a premier and her chancellor, the party
// named often, its later paragraphs on a conflict, a spat and a truce.
const truceReport = "Premier Ruth Hale has set out her budget plans to members of the Labour party in Perth.\n\n" +
	"Ms Hale said Labour would cut fees for small firms. Labour members cheered the plan.\n\n" +
	"Chancellor Simon Ortiz said the budget would balance by next year. Mr Ortiz has served as chancellor for six years.\n\n" +
	"The differences between Ms Hale and Mr Ortiz are modest. Yet the two are portrayed as locked in conflict, with Mr Ortiz nursing resentment over the leadership.\n\n" +
	"A truce was called last month after a fresh spat over the budget. Labour MPs hope Mr Ortiz will stay, and Ms Hale says she trusts him."

func TestQuarrelTruceAndSpat(t *testing.T) {
	x := analyseText(t, truceReport)
	x.headline = "Hale sets out her budget plans"
	x.course = x.headline
	if got := x.namedPair(); got != [2]string{"Hale", "Ortiz"} {
		t.Errorf("namedPair = %v, want Hale and Ortiz", got)
	}
	th := []quiz.Theme{
		{Slug: "a", Title: "Budget Plans", Paragraphs: []int{1, 2, 3}},
		{Slug: "b", Title: "Chancellor", Paragraphs: []int{4, 5}},
	}
	x.lateTitles(th)
	if th[1].Title != "The Hale–Ortiz Rift" {
		t.Errorf("later theme = %q, want %q", th[1].Title, "The Hale–Ortiz Rift")
	}
	for _, w := range []string{"Labour", "MPs"} {
		if !groupSurname(w) {
			t.Errorf("groupSurname(%q) = false, want true", w)
		}
	}
	if groupSurname("Ortiz") {
		t.Errorf("groupSurname(Ortiz) = true, want false")
	}
}
