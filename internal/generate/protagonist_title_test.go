package generate

import "testing"

// A report headlined by what happened ("Guantanamo man 'suing
// government'") tells its story through the person it happened to. Its
// first sentence, the second paragraph's opening sentence and the last
// paragraph's are a real report's; the rest is written for the test.
var protagonistReport = []string{
	"A British terror suspect held in Guantanamo Bay for 33 months plans to sue the government, it is reported. " +
		"Martin Mubanga claimed in the Observer that an MI6 officer played a key role in consigning him to the US camp in Cuba, following his arrest in Zambia. " +
		"Mr Mubanga, 32, said he was questioned for weeks at the camp. Mr Mubanga was one of four Britons released in January.",
	"He said he was sent to the camp shortly after his arrest in Zambia in March 2002. Mr Mubanga said he had lost his passport.",
	"His lawyer said she would issue proceedings within the month. The Liberal Democrats asked whether ministers approved Mr Mubanga's transfer. A Foreign Office spokesman declined to comment.",
	"He claimed he was stripped of his clothes and mattress and forced to remain in an empty metal box, naked except for boxer shorts. " +
		"Mr Mubanga said the authorities had wanted to break him. The US government denied the claims.",
}

// TestReportProtagonist: the name a report keeps naming in every theme
// titles its themes by what it owns where the headline does not name it:
// "Mubanga's Arrest", not the place of the arrest ("Zambia"); a noun
// merely repeated beside the name is no title of it.
func TestReportProtagonist(t *testing.T) {
	x, err := analyse(protagonistReport)
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Guantanamo man 'suing government'"
	groups := [][]int{{1, 2}, {3}, {4}}
	name := x.reportProtagonist(groups)
	if name != "Mubanga" {
		t.Fatalf("reportProtagonist = %q, want Mubanga", name)
	}
	if got := x.protagonistTitle([]int{1, 2}, "Zambia", name, map[string]bool{}); got != "Mubanga's Arrest" {
		t.Errorf("protagonistTitle = %q, want %q", got, "Mubanga's Arrest")
	}
	// "camp" is said in two sentences of the theme, but it is not his.
	if got := x.subjectTopicTitleOf([]int{1, 2}, "Zambia", name, true, map[string]bool{"mubanga's arrest": true}); got != "Zambia" {
		t.Errorf("protagonistTitle by a noun he does not own: %q", got)
	}
	// A name missing from one theme leads no report.
	if got := x.reportProtagonist([][]int{{1, 2}, {3, 4}, {}}); got != "" {
		t.Errorf("reportProtagonist of a theme without the name = %q", got)
	}
}

// TestActorTitleProtagonistPronoun: a report theme opened by "He" and a
// speech verb is the protagonist's turn of the story, titled by what the
// verb reports, not by a quoted or one-sentence phrase.
func TestActorTitleProtagonistPronoun(t *testing.T) {
	x, err := analyse(protagonistReport)
	if err != nil {
		t.Fatal(err)
	}
	if got := x.actorTitleFor([]int{4}, "Empty Metal Box", "Mubanga", map[string]bool{}); got != "Mubanga's Claims" {
		t.Errorf("actorTitleFor = %q, want %q", got, "Mubanga's Claims")
	}
	// Without a protagonist, or with one that is not a person, "He"
	// names no one.
	if got := x.actorTitle([]int{4}, "Empty Metal Box", map[string]bool{}); got != "Empty Metal Box" {
		t.Errorf("actorTitle without a protagonist = %q", got)
	}
	if got := x.actorTitleFor([]int{4}, "Empty Metal Box", "Cuba", map[string]bool{}); got != "Empty Metal Box" {
		t.Errorf("actorTitleFor a place = %q", got)
	}
}

// TestActorTitleOrganisationForecast: a theme opened by what an
// organisation of one word predicted is titled by its predictions, not by
// a detail of one sentence ("Home Networks"). The opening sentence is a
// real report's; the rest is written for the test.
func TestActorTitleOrganisationForecast(t *testing.T) {
	x := analyseText(t, "The Consumer Electronics Association (CEA) said sales of gadgets grew by 11% last year. Its members sold more players than ever.\n\n"+
		"The CEA predicted that there would be several key technology trends to watch in the coming year. "+
		"Gaming would continue to thrive, especially on mobile devices. "+
		"With more than half of US homes expected to have home networks, media servers will be more common. "+
		"Portable devices will also be more popular, the CEA said.")
	if got := x.actorTitle([]int{2}, "Home Networks", map[string]bool{}); got != "CEA's Predictions" {
		t.Errorf("actorTitle = %q, want %q", got, "CEA's Predictions")
	}
}
