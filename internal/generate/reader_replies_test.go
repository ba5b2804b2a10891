package generate

import (
	"strings"
	"testing"
)

// repliesColumn is a column of my own, on a town's plan to close its
// library, before the replies.
const repliesColumn = `Harbour town to close its library

The council of Portwell voted on Tuesday to close the Quay Street library in March and move its books to the leisure centre, saving about 40,000 pounds a year.

The novelist Edith Marlow, who has lived in the town since 1971, writes for us about what the building has meant to her.

I first walked into the Quay Street library in 1958, when the reading room still had gas lamps. The librarian there lent me my first atlas and told me to bring it back when I had seen the world.

A library is not a warehouse of books. It is the one warm room in a town where nobody asks you to buy anything, and the council that closes it saves money on paper and spends it on loneliness.

`

// signedReplies are readers' replies of my own, each signed on a line
// of its own with a name and a place.
var signedReplies = []string{
	"Mrs Marlow is right. The reading room taught my children to love books.\nAnna Pike, Portwell, UK",
	"Nobody under thirty uses the library any more. The council is right to save the money.\nGeorge Hyde, Leeds, UK",
	"The leisure centre has no quiet room at all. Where will students revise in the winter?\nSam Orme, Portwell",
	"I grew up two streets from Quay Street and I still borrow a book every week.\nLiz Carr, Cardiff, Wales",
	"Councils everywhere are closing libraries, and towns are poorer for it.\nPeter Wynn, Toronto, Canada",
	"Books are cheap online now, and the building needs a new roof the town cannot afford.\nDavid Lowe, Bristol",
	"A lovely piece. My grandmother worked in that library for thirty years.\nMary Quinn, Dublin, Ireland",
	"The savings are tiny next to what the council spends on consultants.\nJohn Pratt, Portwell, UK",
	"Keep the library open and close the council's own offices instead.\nRuth Hall, York",
}

// unsignedReplies are replies of my own as a page prints them without
// their signatures: each a reader's first-person reaction to the writer.
var unsignedReplies = []string{
	"An interesting article, but the library has been half empty for years.",
	"I agree with Edith Marlow. The reading room is the warmest place in the town in January.",
	"Mrs Marlow forgets that the council has to pay for the care homes first.",
	"The leisure centre has no quiet room at all. Where will students revise in the winter?",
	"I agree wholeheartedly with Mrs Marlow. My children learned to read in that building.",
	"How true. A town without a library is a town without a memory.",
	"Mrs Marlow is a fine writer, but books are cheap online now and the roof leaks.",
	"I never thought I would agree with Mrs Marlow on anything, but she is right this time.",
	"The savings are tiny next to what the council spends on consultants.",
	"I disagree. The money should go to the schools, where children learn to read in the first place.",
}

func repliesPage(replies []string) string {
	return repliesColumn + strings.Join(replies, "\n\n") + "\n"
}

func TestReplyStartSigned(t *testing.T) {
	_, paras, _ := SplitSections(repliesPage(signedReplies))
	if got := replyStart(paras); got != 4 {
		t.Fatalf("replyStart = %d, want 4 (the first reply) of %d paragraphs", got, len(paras))
	}
	// A signature on a paragraph of its own signs the paragraph before.
	text := repliesColumn + strings.ReplaceAll(strings.Join(signedReplies, "\n\n"), "\n", "\n\n")
	_, paras, _ = SplitSections(text)
	if got := replyStart(paras); got != 4 {
		t.Errorf("signatures apart: replyStart = %d, want 4 of %d paragraphs", got, len(paras))
	}
}

func TestReplyStartUnsigned(t *testing.T) {
	_, paras, _ := SplitSections(repliesPage(unsignedReplies))
	if got := replyStart(paras); got != 4 {
		t.Fatalf("replyStart = %d, want 4 (the first reply) of %d paragraphs", got, len(paras))
	}
}

// A report that quotes people by name and town, or in the first person
// inside quotation marks, is not a page of replies.
func TestReplyStartNotQuotedSpeakers(t *testing.T) {
	var b strings.Builder
	b.WriteString(repliesColumn)
	for _, p := range []string{
		`"The library taught me to read," said Anna Pike, a teacher from Portwell.`,
		`"I agree with Mrs Marlow about the reading room," said George Hyde, of Leeds.`,
		`Mrs Marlow said the council had not asked the town before it voted.`,
		`"I disagree with the closure," said Sam Orme, a councillor.`,
		`Mrs Marlow has written eleven novels, two of them set in Portwell.`,
		`The council's leader, Mrs Carr, said the building needed a new roof.`,
		`"I agree that it is sad, but the money is not there," she told reporters.`,
		`Mrs Marlow will read from her new novel at the library in February.`,
		`The council will meet again in April to decide what to do with the building.`,
	} {
		b.WriteString(p + "\n\n")
	}
	_, paras, _ := SplitSections(b.String())
	if got := replyStart(paras); got != -1 {
		t.Errorf("replyStart = %d on a report with quoted speakers, want -1", got)
	}
	// A list of names and places, one a paragraph, signs nothing.
	var list strings.Builder
	list.WriteString(repliesColumn)
	for _, r := range signedReplies {
		list.WriteString(r[strings.IndexByte(r, '\n')+1:] + "\n\n")
	}
	_, paras, _ = SplitSections(list.String())
	if got := replyStart(paras); got != -1 {
		t.Errorf("replyStart = %d on a list of names and places, want -1", got)
	}
}

func TestGenerateLeavesRepliesOut(t *testing.T) {
	for name, replies := range map[string][]string{"signed": signedReplies, "unsigned": unsignedReplies} {
		res, err := Generate(repliesPage(replies), Options{All: true})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		c := res.Course
		if got, want := len(c.Paragraphs), 4+len(replies); got != want {
			t.Fatalf("%s: %d paragraphs, want %d", name, got, want)
		}
		last := c.Themes[len(c.Themes)-1]
		if last.Title != "Readers' Replies" || last.Paragraphs[0] != 5 || last.Paragraphs[len(last.Paragraphs)-1] != 4+len(replies) {
			t.Errorf("%s: last theme %q over %v, want Readers' Replies over 5 to %d", name, last.Title, last.Paragraphs, 4+len(replies))
		}
		for _, d := range append(res.Drafts, res.Held...) {
			if d.Theme == last.Slug || d.Paragraph > 4 {
				t.Errorf("%s: drafted from a reply: ¶%d %q", name, d.Paragraph, d.Sentence)
			}
		}
		var note string
		for _, n := range res.Notes {
			if n.Theme == last.Slug {
				note += n.Text
			}
		}
		if !strings.HasPrefix(note, "Paragraphs 5 to ") || !strings.Contains(note, "readers' replies") || strings.Contains(note, "proposes") {
			t.Errorf("%s: the replies' note is %q", name, note)
		}
	}
}

func TestProposeThemesAndDraftReplies(t *testing.T) {
	_, paras, _ := SplitSections(repliesPage(signedReplies))
	themes, err := ProposeCourseThemes("Harbour town to close its library", paras)
	if err != nil {
		t.Fatal(err)
	}
	last := themes[len(themes)-1]
	if last.Title != "Readers' Replies" || last.Paragraphs[0] != 5 || len(last.Paragraphs) != len(signedReplies) {
		t.Fatalf("last theme %q over %v, want the replies", last.Title, last.Paragraphs)
	}
	res, err := Generate(repliesPage(signedReplies), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var slugs []string
	for _, th := range res.Course.Themes {
		slugs = append(slugs, th.Slug)
	}
	drafts, err := DraftThemes(res.Course, slugs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range drafts {
		if d.Paragraph > 4 {
			t.Errorf("the app drafted from a reply: ¶%d %q", d.Paragraph, d.Sentence)
		}
	}
	drafts, err = DraftThemes(res.Course, []string{repliesSlug}, Options{})
	if err != nil || len(drafts) != 0 {
		t.Errorf("drafting the replies' theme: %d drafts, %v; want none", len(drafts), err)
	}
}
