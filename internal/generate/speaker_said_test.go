package generate

import (
	"strings"
	"testing"
)

// mayorReport is a short report written for the test on the shape of a
// BBC politics report built on one speaker's words: the speaker is named
// in the lead and once more, and then told by "she said".
const mayorReport = `Council wasting money, says Holt

The city council has wasted money on its tram plans and has lost the trust of voters, opposition leader Jane Holt has said.

"The city is going the wrong way," the Green leader said in her spring address. The council's record on housing was poor, Ms Holt said.

"We saw the damage the floods did to the old town. The clean up was slow and costly. "Nobody trusts the council now." She went on to speak about the values that "most people in the city share".

Mr Reed's council has failed to repair the roads, she claimed, saying it has the "wrong priorities".

"The result is higher rents and fewer buses." But the tram plans were never costed properly, she said. The Greens, she said, can build two hundred new homes without raising the council tax. "We simply need a fresh start."

But council leader Tom Reed said: "This address belongs in a joke book." "When the Greens ran the council the roads were worse."
`

func TestPronounSpeech(t *testing.T) {
	x := analyseText(t, mayorReport)
	for _, c := range []struct {
		sub, pron, speech string
		ok                bool
	}{
		{"The Greens, she said", "she", "the Greens can build two hundred new homes without raising the council tax", true},
		{"The council's record on housing", "", "", false}, // named, not a pronoun
		{"Mr Reed's council has failed", "", "", false},    // the second part opens on "saying"
		{"She went on to speak", "", "", false},            // a quotation
		{"But the tram plans", "", "", false},              // speech answering the sentence before
	} {
		s := sentenceWith(t, x, c.sub)
		pron, _, speech, ok := pronounSpeech(s)
		if ok != c.ok || pron != c.pron || speech != c.speech {
			t.Errorf("%q: got %q %q %v, want %q %q %v", c.sub, pron, speech, ok, c.pron, c.speech, c.ok)
		}
	}
}

func TestSpeakerSaid(t *testing.T) {
	x := analyseText(t, mayorReport)
	s := sentenceWith(t, x, "The Greens, she said")
	it := x.speakerSaid(s)
	want := "True or false? Jane Holt said the Greens can build two hundred new homes without raising the council tax."
	if it == nil || it.q.Prompt != want {
		t.Fatalf("got %v, want %q", it, want)
	}
	// Another person named between the speaker and the pronoun, not as a
	// speaker: whose words?
	y := analyseText(t, strings.Replace(mayorReport, `"The result is higher rents and fewer buses."`, `Mr Reed was elected in 2001.`, 1))
	if it := y.speakerSaid(sentenceWith(t, y, "The Greens, she said")); it != nil {
		t.Errorf("another person named between: got %q", it.q.Prompt)
	}
	// A quotation closed by "she said" between goes on the chain.
	v := analyseText(t, strings.Replace(mayorReport, `"The result is higher rents and fewer buses."`, `"The result is higher rents," she said.`, 1))
	if it := v.speakerSaid(sentenceWith(t, v, "The Greens, she said")); it == nil || it.q.Prompt != want {
		t.Errorf("after a quotation told by \"she said\": got %v, want %q", it, want)
	}
	// Someone else's words, told without a name, between: "she" may be
	// that speaker.
	w := analyseText(t, strings.Replace(mayorReport, `"The result is higher rents and fewer buses."`, `A council spokeswoman said the figures were wrong.`, 1))
	if it := w.speakerSaid(sentenceWith(t, w, "The Greens, she said")); it != nil {
		t.Errorf("an unnamed speaker between: got %q", it.q.Prompt)
	}
	// "he" for a speaker the article calls "Ms Holt".
	z := analyseText(t, strings.Replace(mayorReport, "The Greens, she said", "The Greens, he said", 1))
	if it := z.speakerSaid(sentenceWith(t, z, "The Greens, he said")); it != nil {
		t.Errorf("pronoun and title disagree: got %q", it.q.Prompt)
	}
}

func TestSpeechReadsAlone(t *testing.T) {
	for _, c := range []struct {
		speech string
		want   bool
	}{
		{"the Greens can build two hundred new homes without raising the council tax", true},
		{"the problem had been caused by the difference in waiting time targets", false},
		{"it was a reality that should be recognised", false},
		{"the websites shared tips on how to commit fraud", true},
		{"these plans would cost the city more", false},
	} {
		if got := speechReadsAlone(c.speech); got != c.want {
			t.Errorf("%q: got %v, want %v", c.speech, got, c.want)
		}
	}
}

func TestSpeakerSaidProposed(t *testing.T) {
	res, err := Generate(mayorReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "True or false? Jane Holt said the Greens can build two hundred new homes without raising the council tax."
	var got []string
	for _, d := range res.Drafts {
		if d.Proposed && d.Question != nil {
			got = append(got, d.Question.Prompt)
			if d.Question.Prompt == want {
				return
			}
		}
	}
	t.Errorf("no proposed statement %q; proposed %q", want, got)
}
