package generate

import (
	"strings"
	"testing"
)

// An answer printed without its question or quotation marks: "to say"
// names nobody, so "we" is still nobody's. "The minister said we …" and
// "According to the council, we …" name who speaks.
func TestFirstPersonInfinitiveSayingNamesNobody(t *testing.T) {
	x := analyseText(t, "Six lobby groups set out their plans for the coming general election.\n\n"+
		"We have put the cost of rail fares on the agenda, but it is hard to say whether voters will remember it in May. "+
		"I said we would keep pressing the transport secretary on the matter all year. "+
		"The minister said we would see lower rail fares within two years of the election. "+
		"According to the council, we will see new bus lanes across the town by the summer.")
	for _, sub := range []string{"We have put the cost", "I said we would"} {
		if !unsaidFirstPerson(sentenceWith(t, x, sub)) {
			t.Errorf("%q: a speaker's \"we\" with no speaker not found", sub)
		}
	}
	for _, sub := range []string{"The minister said we", "According to the council"} {
		if unsaidFirstPerson(sentenceWith(t, x, sub)) {
			t.Errorf("%q read as a speaker's words with no speaker", sub)
		}
	}
}

// "Children riding bicycles on the pavement in towns and villages." and
// "That the council takes seriously the state of the roads in winter."
// answer questions the article does not print: neither is a statement.
// Sentences with a main verb are.
func TestVerblessSentenceNotAStatement(t *testing.T) {
	x := analyseText(t, "Road safety groups set out what they want from the next council.\n\n"+
		"Children riding bicycles on the pavement in towns and villages across the county. "+
		"That the council takes seriously the state of the roads in the winter months. "+
		"That decision was taken by the council after a long public consultation in 2003. "+
		"That the council cut the budget surprised many of the town's residents last year.")
	for _, sub := range []string{"Children riding bicycles", "That the council takes"} {
		s := sentenceWith(t, x, sub)
		if !verbless(s) {
			t.Errorf("%q read as a statement", sub)
		}
	}
	for _, sub := range []string{"That decision was taken", "That the council cut"} {
		if verbless(sentenceWith(t, x, sub)) {
			t.Errorf("%q read as having no main clause", sub)
		}
	}
}

// An article of a lobby's answers printed without quotation marks: its
// thin theme's note says the article is in a speaker's own voice. A
// report that quotes its speakers by name keeps the plain note.
func TestOwnVoiceArticleNoted(t *testing.T) {
	text := "Cyclists' lobby sets out its election plans\n\n" +
		"The Cyclists' Trust is a charity that campaigns for safer roads across the whole of Britain.\n\n" +
		"We have asked every candidate to sign a pledge on cycle lanes before the poll. " +
		"We will publish the answers in each of the constituencies in the spring. " +
		"I think we will get a good hearing from the candidates in the big cities. " +
		"We have seen far too many crashes on the ring roads of our towns this year. " +
		"We want the next government to double the money spent on cycle paths. " +
		"It is hard to say whether we will win the argument before polling day."
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Notes) == 0 {
		t.Fatal("no thin-theme note")
	}
	for _, n := range res.Notes {
		if !strings.Contains(n.Text, "speaker's own voice") {
			t.Errorf("note does not say the article is in a speaker's own voice: %q", n.Text)
		}
	}
	x := analyseText(t, text)
	if sh := ownVoiceShare(x.paras); sh < ownVoiceLeast {
		t.Errorf("own-voice share %.2f", sh)
	}
	y := analyseText(t, "The Cyclists' Trust set out its election plans on Monday.\n\n"+
		"Its director, Jane Hill, said: \"We have asked every candidate to sign a pledge.\" "+
		"The trust will publish the answers in each of the constituencies in the spring. "+
		"Ms Hill said the group had seen too many crashes on the ring roads this year.")
	if sh := ownVoiceShare(y.paras); sh >= ownVoiceLeast {
		t.Errorf("a report quoting its speaker by name read as in a speaker's own voice (%.2f)", sh)
	}
}
