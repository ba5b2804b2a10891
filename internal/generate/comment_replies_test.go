package generate

import (
	"strings"
	"testing"
)

// gameReport is a short report of my own on a magazine's ranking of board
// games; its last paragraph quotes the magazine with "asked" and uses a
// passive "can be said".
const gameReport = `Chess tops magazine's list of greatest games

Chess has been named the greatest board game of all time by the hobby magazine Table Top Monthly.

The magazine ranked 50 games, and put the Chinese game of Go second and backgammon third. Its editors said a game needed to have been played for at least twenty years to be considered.

"We wanted games people still argue about," the magazine said.

The newest game in the top ten is a card game first sold in 2015. "Who has not lost a friend over a game of Monopoly?" asked the magazine. Games that could be said to be surprisingly low down include draughts and dominoes.

`

// listComments are readers' comments of my own as a page prints them
// after such a report: unsigned, no heading, mostly nominations.
var listComments = []string{
	"What about Scrabble? My family has played it every Christmas for forty years.",
	"Everyone plays cards, how many people own a Go board? The list is not very convincing.",
	"I am amazed that a game of pure luck like backgammon beats draughts.",
	"How about Cluedo, the first game I ever owned? It still has all its pieces.",
	"My favourite is still mah-jong, though nobody in my street has heard of it.",
	"Calm down, it's only one magazine's view of things.",
	"It has to be chess. Nothing else has lasted fifteen centuries.",
	"Why bother with a list. Soon every game will be played on a phone anyway.",
	"Surely the most important game ever made is football, which is more than can be said for a card game from 2015.",
	"Has everyone forgotten about snakes and ladders??",
	"Go should be up there with chess, and higher than backgammon.",
	"Dominoes was on every pub table when I was young. A game of skill and nerve.",
	"I'd have put Risk at the top. Probably the 1980s edition.",
	"I too would back Go, the most elegant game there is.",
	"Congratulations to chess, a deserved win!",
}

// commentsPage is the report and the comments of my own.
func commentsPage(comments []string) string {
	return gameReport + strings.Join(comments, "\n\n") + "\n"
}

// The comments are a run of readers' opinions from the first of them,
// though none is signed and no heading announces them.
func TestReplyStartListComments(t *testing.T) {
	_, paras, _ := SplitSections(commentsPage(listComments))
	if got := replyStart(paras); got != 4 {
		t.Fatalf("replyStart = %d, want 4 (the first comment) of %d paragraphs", got, len(paras))
	}
	res, err := Generate(commentsPage(listComments), Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	last := res.Course.Themes[len(res.Course.Themes)-1]
	if last.Title != repliesTitle || last.Paragraphs[0] != 5 {
		t.Fatalf("last theme %q over %v, want the replies from 5", last.Title, last.Paragraphs)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if d.Paragraph > 4 {
			t.Errorf("drafted from a comment: ¶%d %q", d.Paragraph, d.Sentence)
		}
	}
}

// A passive "said" is no attribution; "asked" or "concluded" after a
// quotation is.
func TestAttributesSpeech(t *testing.T) {
	cases := []struct {
		p    string
		want bool
	}{
		{"The club said the ground would close.", true},
		{"\"We are ready,\" the coach said.", true},
		{"\"Who can forget it?\" asked the magazine.", true},
		{"\"We tried our best,\" it concluded.", true},
		{"It changed travel, which is more than can be said for a laptop.", false},
		{"Games that could be said to be low down include draughts.", false},
		{"It is said to be the oldest game, the museum said.", true},
	}
	for _, c := range cases {
		if got := attributesSpeech(c.p); got != c.want {
			t.Errorf("attributesSpeech(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}

// Nominations and verdicts on a list are a reader's opinion; a report's
// own sentences are not.
func TestCommentOpinion(t *testing.T) {
	for _, p := range []string{
		"What about the sextant?",
		"It has to be the mobile phone.",
		"The radio should be up there too.",
		"I'd also put the kettle on the list.",
		"Congratulations to the winners.",
		"Utter rubbish. The list is wrong.",
		"An interesting list. Mine would differ.",
	} {
		if !commentOpinion(p) {
			t.Errorf("commentOpinion(%q) = false", p)
		}
	}
	for _, p := range []string{
		"The council has to approve the plan by May.",
		"What the list left out was explained in a later issue.",
		"The museum holds about 900 objects.",
	} {
		if commentOpinion(p) {
			t.Errorf("commentOpinion(%q) = true", p)
		}
	}
}

// A report that closes on its own sentences, one with a passive "said",
// is still no page of replies.
func TestReplyStartNotListReport(t *testing.T) {
	report := []string{
		"The magazine's list also names the kettle, the toaster and the radio.",
		"The radio was the first gadget most households owned, which can be said of few others.",
		"Sales of the issue rose by a tenth, the publisher said.",
	}
	_, paras, _ := SplitSections(gameReport + strings.Join(report, "\n\n") + "\n")
	if got := replyStart(paras); got != -1 {
		t.Errorf("replyStart = %d on a report, want -1", got)
	}
}
