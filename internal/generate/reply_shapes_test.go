package generate

import (
	"strings"
	"testing"
)

// ferryReport is a short news report of my own, on a ferry company's
// fares, each paragraph saying who said what, before readers' opinions.
const ferryReport = `Island ferry fares to rise by a fifth

The Skerry Line said on Monday that fares between Portwell and the island of Hest would rise by 20% in April, the first rise in six years. Its chief executive, Alan Moss, said fuel now cost twice what it did in 2019.

The island's councillor, Jean Blyth, said the rise would "cut Hest off from the mainland" and that families already paid more to reach a hospital than anyone in the county. She told a meeting in the harbour hall that she would ask the minister to step in.

The company said season tickets for islanders would rise by only 10%, and that a new ship would enter service next year. "We have held fares for as long as we could," Mr Moss said.

`

// unsignedOpinions are replies of my own as a page prints them without
// signatures or a name to address: each one reader's opinion.
var unsignedOpinions = []string{
	"Twenty per cent? It's daylight robbery!",
	"I think the company has been waiting for an excuse like this for years, and fuel is a convenient one.",
	"As someone who crosses twice a week for work, I hope the council finds the money to keep fares down.",
	"The ferry is the island's only road. Nobody would accept a toll rise like this on the mainland.",
	"Good luck to Mrs Blyth, but ministers never listen to islands.",
	"Fuel has doubled and the ship is thirty years old. Somebody has to pay for the new one.",
	"Whatever the company says, the islanders will pay for the mainland's day-trippers in the end.",
	"In my opinion the line should be run by the council, as it was before 1994.",
	"Let's hope the new ship is at least on time, which is more than the old one ever was.",
	"The season ticket rise is fair. Visitors should pay the full price.",
	"My grandparents moved away from Hest because of the fares, and now it is happening again.",
	"Oh please! Six years without a rise and people act surprised.",
}

// opinionsPage is the report and readers' opinions of my own.
func opinionsPage(replies []string) string {
	return ferryReport + strings.Join(replies, "\n\n") + "\n"
}

func TestReplyStartOpinions(t *testing.T) {
	_, paras, _ := SplitSections(opinionsPage(unsignedOpinions))
	if got := replyStart(paras); got != 3 {
		t.Fatalf("replyStart = %d, want 3 (the first opinion) of %d paragraphs", got, len(paras))
	}
	if got := RepliesFrom(paras); got != 4 {
		t.Errorf("RepliesFrom = %d, want paragraph 4", got)
	}
}

// A report that goes on after its quotations without another "said", in
// a feature's own voice, is not a page of replies.
func TestReplyStartNotFeature(t *testing.T) {
	feature := []string{
		"The crossing takes forty minutes in good weather and twice that in a winter gale.",
		"Hest has 900 people, one school and a doctor who visits on Tuesdays.",
		"Most of the island's food arrives on the morning boat, with the post and the newspapers.",
		"The first steam ferry began in 1881, replacing a sailing packet that ran when the wind allowed.",
		"The present ship, the Kittiwake, was built in 1993 in a yard on the Clyde.",
		"Her replacement is being built in Poland and is due to arrive next spring.",
		"It will carry 40 cars, twice the Kittiwake's load, and run on electricity in harbour.",
		"The harbour at Portwell needs a new ramp before she can berth there.",
		"Work on the ramp starts in June and will close the slipway for three weeks.",
		"During that time a chartered boat will carry foot passengers only.",
		"Freight will go by the longer route through the north harbour.",
	}
	_, paras, _ := SplitSections(ferryReport + strings.Join(feature, "\n\n") + "\n")
	if got := replyStart(paras); got != -1 {
		t.Errorf("replyStart = %d on a report's own closing paragraphs, want -1", got)
	}
	// A column in the first person throughout, without a report before
	// it, is not a page of replies either.
	column := "A column on ferries\n\n" + strings.Join(unsignedOpinions, "\n\n") + "\n"
	_, paras, _ = SplitSections(column)
	if got := replyStart(paras); got != -1 {
		t.Errorf("replyStart = %d on opinions with no report before them, want -1", got)
	}
	// A report whose quoted speakers give their opinions is a report.
	var quoted []string
	for _, o := range unsignedOpinions {
		quoted = append(quoted, `"`+strings.TrimSuffix(strings.TrimSuffix(o, "."), "!")+`," said one passenger.`)
	}
	_, paras, _ = SplitSections(opinionsPage(quoted))
	if got := replyStart(paras); got != -1 {
		t.Errorf("replyStart = %d on quoted passengers, want -1", got)
	}
}

func TestReplyStartHeading(t *testing.T) {
	for _, h := range []string{"Your views", "Have your say", "Here is a selection of your comments:", "Readers' comments", "Some of your e-mails"} {
		replies := []string{h, unsignedOpinions[3], unsignedOpinions[1], unsignedOpinions[9]}
		_, paras, _ := SplitSections(opinionsPage(replies))
		if got := replyStart(paras); got != 3 {
			t.Errorf("%q: replyStart = %d, want 3 (the heading)", h, got)
		}
	}
	// A heading that asks for views, with the report going on after it,
	// announces nothing.
	report := []string{"Have your say", `"We will appeal," said Mrs Blyth.`, "The company said it would publish its accounts in May.", `Mr Moss told reporters the new ship was on budget.`}
	_, paras, _ := SplitSections(opinionsPage(report))
	if got := replyStart(paras); got != -1 {
		t.Errorf("a call for views before more report: replyStart = %d, want -1", got)
	}
}

func TestOtherSignatures(t *testing.T) {
	for _, s := range []string{"J.S., Portwell", "J. S., Leeds, UK", "jane.pike@example.com", "Jane Pike (jane.pike@example.com)", "@janepike", "Jane Pike (@janepike)", "- Anna Pike, Portwell, UK", "— Anna Pike"} {
		if !isSignature(s) {
			t.Errorf("isSignature(%q) = false", s)
		}
	}
	for _, s := range []string{"The council voted, Portwell", "email the council", "@", "— The council voted to close it."} {
		if isSignature(s) {
			t.Errorf("isSignature(%q) = true", s)
		}
	}
	if !nameSignature("The reading room taught my children to love books.", " Anna Pike") {
		t.Error("a name after a reply's last sentence is no signature")
	}
	for _, tail := range []string{" BBC News", " Portwell City Council", " and then"} {
		if nameSignature("The reading room taught my children to love books.", tail) {
			t.Errorf("%q after a last sentence is taken for a signature", tail)
		}
	}
	// Replies signed by initials, a handle, an e-mail or a name alone.
	sigs := []string{"\nA.P., Portwell", "\n@hydeg", " Sam Orme", "\nliz.carr@example.com", " Peter Wynn", "\nD.L., Bristol", " Mary Quinn", "\n@jpratt", "\n— Ruth Hall, York"}
	var replies []string
	for i, r := range signedReplies {
		replies = append(replies, r[:strings.IndexByte(r, '\n')]+sigs[i])
	}
	_, paras, _ := SplitSections(repliesPage(replies))
	if got := signedReplyStart(paras); got != 4 {
		t.Errorf("signedReplyStart = %d on replies signed in other shapes, want 4", got)
	}
}

func TestGenerateLeavesOpinionsOut(t *testing.T) {
	res, err := Generate(opinionsPage(unsignedOpinions), Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	last := res.Course.Themes[len(res.Course.Themes)-1]
	if last.Title != repliesTitle || last.Paragraphs[0] != 4 {
		t.Fatalf("last theme %q over %v, want the replies from 4", last.Title, last.Paragraphs)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		if d.Paragraph > 3 {
			t.Errorf("drafted from a reply: ¶%d %q", d.Paragraph, d.Sentence)
		}
	}
}
