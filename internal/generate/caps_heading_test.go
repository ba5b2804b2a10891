package generate

import (
	"strings"
	"testing"
)

// A list article whose headings in capitals were run into its
// paragraphs: the heading is a piece of its own, and no statement quotes
// it. Its rhetorical opener ("If you have played through …, don't
// worry.") and an aside to the reader ("You will find …") are no facts
// to judge. The text is our own, of the shape of a games preview so
// drafted.
const capsListText = `The games of the coming year

If you have already played through Quake 4, Far Cry and Fable, don't worry. You will find plenty of new releases on every console this spring. Publishers have promised more sequels than in any year before, and several studios have moved their biggest titles to the first half of the year.

The racing sequel adds a night mode and forty new cars, and the online league now supports thirty players in one race. Its developer spent two years recording the engines of real cars for the game. Released 25 February on PC. ORB 3 (WORKING TITLE) The third Orb game adds a co-operative mode for two players on one console. Released in March on PS2. DARK HARBOUR (WORKING TITLE) Dark Harbour remains the most ambitious detective game announced for the handheld consoles. Players solve crimes in a port city by questioning witnesses and searching the docks at night. Release date to be confirmed on DS. N.O.M.A.D.

The survival game sends players into an abandoned mining town after a chemical disaster. Its developer says the town was modelled on photographs taken by a team of researchers who visited a real ghost town. The game has been delayed twice, and its publisher now expects to release it in the autumn.`

func TestCapsHeadingsSplitOff(t *testing.T) {
	x := analyseText(t, capsListText)
	for _, want := range []string{"ORB 3 (WORKING TITLE)", "DARK HARBOUR (WORKING TITLE)", "N.O.M.A.D."} {
		found := false
		for _, s := range x.sents {
			if s.text == want {
				found = true
				if s.usable() {
					t.Errorf("heading %q is usable as a statement", want)
				}
			}
			if s.text != want && strings.Contains(s.text, want) {
				t.Errorf("heading %q is run into the sentence %q", want, s.text)
			}
		}
		if !found {
			t.Errorf("heading %q is not a piece of its own", want)
		}
	}
	res := mustGenerate(t, capsListText, Options{})
	for _, q := range res.Course.Questions {
		for _, bad := range []string{"HARBOUR", "N.O.M.A.D", "don't worry", "You will find"} {
			if strings.Contains(q.Prompt, bad) {
				t.Errorf("item quotes %q: %s", bad, q.Prompt)
			}
		}
	}
}

// The rule leaves capitals that are no heading alone: an abbreviation
// after a sentence end, a name in capitals said in the sentence, an
// organisation that opens it.
func TestCapsHeadingsLeaveAbbreviations(t *testing.T) {
	for _, s := range []string{
		"He moved there. U.S. President Bush met him in May.",
		"Officials said so. US PM Blair agreed with them.",
		"NASA said the probe was lost in the storm.",
		"The BBC and ITV NEWS teams arrived at noon.",
	} {
		if got := splitCapsHeadings(s, 0, len(s)); len(got) != 1 {
			t.Errorf("%q cut into %d pieces", s, len(got))
		}
	}
}

func TestImperativeAfterListedNames(t *testing.T) {
	x := analyseText(t, "If you have already played through Quake 4, Far Cry and Fable, don't worry. Don't panic about the queues at the shops. You will find plenty of new releases in the spring. If you turn the pile each week, the compost decomposes in two weeks.")
	for i, want := range []bool{true, true, false, false} {
		if got := imperative(x.sents[i]); got != want {
			t.Errorf("imperative(%q) = %v, want %v", x.sents[i].text, got, want)
		}
	}
	for i, want := range []bool{false, false, true, false} {
		if got := addressesReader(x.sents[i]); got != want {
			t.Errorf("addressesReader(%q) = %v, want %v", x.sents[i].text, got, want)
		}
	}
}
