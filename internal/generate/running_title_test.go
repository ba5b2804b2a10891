package generate

import "testing"

// chessText: a short report on one researcher's case for teaching
// arithmetic with board games such as Ludo. The opening paragraphs'
// best key phrase ("board game") is said once, by a sentence that says
// "board" nowhere else, while the paragraphs keep saying what they are
// about: learning sums.
const chessText = "Games in which players race counters around a track could help children with fractions, says a study.\n\n" +
	"A Dutch researcher has argued that games such as Ludo could be a good way to teach fractions. Anna de Vries believes Ludo does a better job of explaining fractions than worksheets. " +
	"The fun of playing could make learning fractions far less of a chore, said Ms de Vries.\n\n" +
	"Many parents fear that a board game is a distraction from homework. But Ms de Vries believes teachers should welcome games. " +
	"Children are learning what numbers do when they split a track into quarters, she said. Counting squares shows them.\n\n" +
	"One drawback of Ludo, said Ms de Vries, is that luck decides too much of each match. Dice bring chance into every turn. " +
	"Ms de Vries suggests that teachers change the rules of Ludo so that pupils choose their moves. Pupils who choose moves must weigh each one. " +
	"She now hopes to test the new rules of Ludo in ten schools this spring. Her ideas appear in a journal for primary teachers."

// TestRunningPhraseTitlesReport: a phrase said once whose modifier no
// other sentence of the theme says ("Board Game") gives way to one the
// theme says once too, but both of whose words run through its sentences
// ("Learning Sums").
func TestRunningPhraseTitlesReport(t *testing.T) {
	x := analyseText(t, chessText)
	_, subject := x.mainSubjectKey()
	g := []int{1, 2, 3}
	rankSentences(x.sentencesOf(g))
	used := map[string]bool{}
	lifted := x.title(g, used, subject)
	if lifted != "Board Game" {
		t.Fatalf("key-phrase title = %q, want the phrase of one sentence %q", lifted, "Board Game")
	}
	if got := x.runningPhraseTitle(g, lifted, subject, used); got != "Learning Fractions" {
		t.Errorf("title = %q, want %q", got, "Learning Fractions")
	}
	// A theme of one paragraph keeps its title: it may join a
	// neighbour, and its title decides which drafts give it away.
	g = []int{4}
	rankSentences(x.sentencesOf(g))
	one := x.title(g, used, subject)
	if got := x.runningPhraseTitle(g, one, subject, used); got != one {
		t.Errorf("title of a one-paragraph theme = %q, want %q kept", got, one)
	}
	// A title already taken by another theme is not given twice.
	used["learning fractions"] = true
	if got := x.runningPhraseTitle([]int{1, 2, 3}, lifted, subject, used); got == "Learning Fractions" {
		t.Errorf("title %q given twice", got)
	}
}
