package generate

import (
	"strings"
	"testing"
)

// An obituary whose lead names its subject only inside a phrase, after
// a standfirst with no name, and tells the life by "she" (set 113's
// obituary, in a text of our own): the course title says whose life it
// is, and a statement on "She …" names her, however many sentences of
// "She" come between.
func TestObituaryTitleNamesTheSubject(t *testing.T) {
	text := strings.Join([]string{
		"The harbour's first woman pilot was 81",
		"ON STORMY nights there was no greater joy for Mary Penrose than to take the pilot boat out past the breakwater. She had decided, early on, that the sea was kinder than the shore.",
		"She was born in Port Wenna in 1943, the daughter of a lifeboat coxswain and a schoolteacher. She left school at the age of 15 to work as a deckhand on the island ferries.",
		"She became the first woman to pilot ships into Port Wenna harbour in 1971, after six years as a ferry mate. She guided more than 9,000 ships through the narrow channel over the next three decades.",
		"She wrote two popular books about the history of the harbour and its lifeboat.",
	}, "\n\n")
	x := analyseText(t, text)
	x.course = "Obituary: Mary Penrose died on March 3rd"
	if _, short := x.biographySubject(); short != "Penrose" {
		t.Fatalf("the life's subject is called %q, want Penrose", short)
	}
	for _, c := range []struct{ sent, want string }{
		{"She was born", "Penrose was born in Port Wenna in 1943, the daughter of a lifeboat coxswain and a schoolteacher."},
		{"She wrote two", "Penrose wrote two popular books about the history of the harbour and its lifeboat."},
	} {
		if got := x.subjectResolved(sentenceWith(t, x, c.sent)); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
	// A headline that tells the death is an obituary's, the rubric
	// "Obituary" left off (sets 118 and 123).
	z := analyseText(t, text)
	z.course = "Mary Penrose died on March 3rd"
	if _, short := z.biographySubject(); short != "Penrose" {
		t.Errorf("under a headline telling the death, the life's subject is called %q, want Penrose", short)
	}
	// Without "obituary" or a death in the title, the lead alone does
	// not make it a life story.
	y := analyseText(t, text)
	y.course = "Mary Penrose, harbour pilot"
	if y.obituaryTitleName() != nil {
		t.Error("a title without \"obituary\" named the subject")
	}
}
