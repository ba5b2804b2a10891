package generate

import (
	"strings"
	"testing"
)

// "such" or "the same" before a noun, with nothing after it in the
// sentence to say like what, points to a thing the sentence before told
// of: the sentence needs that one. Every sentence here is written for
// the test.
func TestSuchAndSamePointBack(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		// The shapes of a BBC politics report ("… to decide if any
		// such meeting was relevant.") and a courts report ("… a
		// ruling arising from the same case.").
		{"The ministry said the panel would decide whether any such payment was lawful.", true},
		{"A second appeal arising from the same dispute was dismissed on Monday.", true},
		// "such as", "such … that", "the same … as" and a time say
		// themselves what they mean.
		{"The council pays for services such as buses and libraries.", false},
		{"The storm caused such damage that the bridge was closed.", false},
		{"Ann Lee was born on the same day as Tom Ray.", false},
		{"In the same month, sales of the paper fell sharply.", false},
		{"Ann Lee and Tom Ray arrived at the same time.", false},
		// "such a" or "such an" before a noun, with no "that" or "as"
		// to complete it ("draws such a conclusion", "such a move").
		{"The minister said the report drew such a conclusion without evidence.", true},
		{"Critics said such an increase would hurt small firms.", true},
		{"The town had such a cold winter that the river froze.", false},
		{"Ann Lee had never seen such a crowd as the crowd in the square.", false},
		// The shape of a sentence of the shared policy analysis: "As
		// noted in the article," points to an article named before.
		{"As noted in the report, the gains from the deal are mostly symbolic.", true},
		{"As noted in a report by the Treasury in 2004, the gains from the deal are mostly symbolic.", false},
	} {
		a, err := analyse([]string{c.text})
		if err != nil {
			t.Fatal(err)
		}
		if got := needsContext(a.sents[0]); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// The real sentences of the development articles, read in place: the
// policy analysis quotes "… Russia has not taken such measures …", which
// leans on the deployment the paragraph before tells of; the science
// explainer's "CFCs are such stable gases that …" says what it means.
func TestSuchPointsBackInTheDevelopmentArticles(t *testing.T) {
	pol := devArt(t, "policy-analysis.txt")
	if s := sentenceWith(t, pol, "has not taken such measures"); !needsContext(s) {
		t.Errorf("reads alone: %q", s.text)
	}
	sci := devArt(t, "science-explainer.txt")
	if s := sentenceWith(t, sci, "CFCs are such stable gases that"); needsContext(s) {
		t.Errorf("leans back: %q", s.text)
	}
}

// A short report written for the test on the build of a BBC politics
// report: its council's statement on "any such meeting" leans on the
// papers' claim before it and is no longer proposed; the code before
// proposed it as the second of three items.
const feudReport = `Mayor speaks of feud with builder

Harbourtown mayor Owen Pryce has spoken of his long feud with property developer Carla Benn for the first time.

The mayor said the quarrel had hurt his family, but said he would not resign. Mr Pryce is taking legal action to stop Ms Benn building flats on the old market site. She denies the site belongs to the town. The interview with Radio Harbour was recorded before claims he had rushed a permit for his brother's shop. The claims, which he denies, are being examined by Judge Alan Frost.

Opposition leader Greg Noble says Mr Pryce should stand down if he is found to have helped his brother's shop in any way. Local papers have claimed Mr Pryce called a meeting about shop permits after his brother's request was delayed.

The town council has said it would be up to Judge Frost to decide whether any such meeting on permits for the shop broke the rules. Deputy mayor Ruth Lane said she hoped Mr Pryce would stay in office. "He works harder than any of us," she said.`

func TestSuchStatementNotProposed(t *testing.T) {
	res, err := Generate(feudReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range res.Drafts {
		if !d.Proposed {
			continue
		}
		n++
		text := ""
		if d.Question != nil {
			text = d.Question.Prompt
		} else if d.Card != nil {
			text = d.Card.Front
		}
		if strings.Contains(text, "any such meeting") {
			t.Errorf("proposed %q, which leans on the sentence before", text)
		}
	}
	if n != 3 {
		t.Errorf("%d items proposed, want 3", n)
	}
}
