package generate

import (
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// "The Consumer Electronics Show (CES) featured the pick of 2005's
// products." states nothing a learner can check; "The fair showcases the
// latest technologies …" says what the show is about and is kept.
func TestPromoFillerHeld(t *testing.T) {
	x := analyseText(t, "The number of gadgets in the shops is predicted to grow by 11%. The Consumer Electronics Show (CES) featured the pick of 2005's products.\n\nThe fair showcases the latest technologies and gadgets that will hit the shops in the next year.")
	if s := sentenceWith(t, x, "featured the pick of"); !promoFiller(s) {
		t.Errorf("not filler: %q", s.text)
	}
	if s := sentenceWith(t, x, "The fair showcases"); promoFiller(s) {
		t.Errorf("filler: %q", s.text)
	}
	items := []item{{sent: sentenceWith(t, x, "featured the pick of"), rule: "truefalse-true", answer: "True"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error("the filler statement is not held back")
	}
}

// "… the CEA predicted there would be an average growth of 4% in 2004.
// That figure was surpassed …": the forecast is beaten; the 4% is not
// what the paragraph teaches. Without the sentence after, it is kept.
func TestOverturnedForecastHeld(t *testing.T) {
	const forecast = "At the start of last year's CES, the CEA predicted there would be an average growth of 4% in 2004."
	x := analyseText(t, forecast+" That figure was surpassed with the rise in popularity of portable digital music players, personal video recorders and digital cameras.")
	s := sentenceWith(t, x, "predicted there would be")
	sp := spanOfSent(t, s, "4%")
	if !overturnedForecast(s, sp) {
		t.Error("the surpassed forecast is not held")
	}
	s.score = 1 // central to its theme, as in the report
	items := []item{{sent: s, sp: sp, rule: "cloze-card/percent", answer: "4%"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error("the card on the surpassed forecast is not held back")
	}
	y := analyseText(t, forecast+" Sales of digital cameras rose in the same year.")
	s = sentenceWith(t, y, "predicted there would be")
	if sp := spanOfSent(t, s, "4%"); overturnedForecast(s, sp) {
		t.Error("a forecast nobody overturns is held")
	}
}

// "before gamers could get to grips with the _____" over "long awaited
// title", and "giant high definition _____" over "TVs": a description,
// not a fact.
func TestDescribedBlankHeld(t *testing.T) {
	x := analyseText(t, "Half Life 2 was officially released on 16 November but before gamers could get to grips with the long awaited title they were forced to authenticate their copy of the game online.\n\nAs well as the show floor showcasing everything from tiny wearable MP3 players to giant high definition TVs, several keynote speeches were made by industry leaders, such as Microsoft chief Bill Gates.")
	s := sentenceWith(t, x, "get to grips")
	sp := spanOfSent(t, s, "long awaited title")
	if !describedBlank(s, sp) {
		t.Error(`"long awaited title" is not held`)
	}
	items := []item{{sent: s, sp: sp, rule: "cloze-card/term", answer: sp.text}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error(`the card on "long awaited title" is not held back`)
	}
	if sp := spanOfSent(t, s, "16 November"); describedBlank(s, sp) {
		t.Error(`"16 November" is held`)
	}
	s = sentenceWith(t, x, "giant high definition")
	if sp := spanOfSent(t, s, "TVs"); !describedBlank(s, sp) {
		t.Error(`"TVs" is not held`)
	}
	if sp := spanOfSent(t, s, "Bill Gates"); describedBlank(s, sp) {
		t.Error(`"Bill Gates" is held`)
	}
}

// A card on "Mr Campbell is acting as an adviser for _____, …" quoted
// the sentence before it, a speaker's words with no speaker, from the
// paragraph before: "The article says: "I think the BBC would be …"".
// Alastair Campbell is named in full before; the card is left as it was.
func TestSpeakerlessQuoteNotContext(t *testing.T) {
	text := "Mandelson warning to BBC\n\n" +
		"The BBC should steer away from \"demonising\" ex Downing Street media chief Alastair Campbell, Peter Mandelson has said.\n\n" +
		"Mr Mandelson, a former Labour communications director, told BBC Radio 4's Today programme: \"I understand why the Tories will be gunning for Alastair Campbell because they fear his campaigning skills. \"I think the BBC would be much better advised to leave all this stuff well alone, concentrate on the issues as I say, not resume their demonisation of Alastair Campbell, we all know where that led before.\"\n\n" +
		"Mr Campbell is acting as an adviser for Labour, which denies engaging in personal campaigning. Conservative co chairman Liam Fox said Mr Campbell's return was a sign of \"abusive politics\"."
	x := analyseText(t, text)
	if s := sentenceWith(t, x, "I think the BBC"); !speakerlessQuote(s) {
		t.Errorf("not a speakerless quote: %q", s.text)
	}
	if s := sentenceWith(t, x, "Mr Mandelson, a former"); speakerlessQuote(s) {
		t.Errorf("a speakerless quote: %q", s.text)
	}
	if !x.namedInFull("Mr Campbell") {
		t.Error("Mr Campbell is not named in full")
	}
	s := sentenceWith(t, x, "acting as an adviser")
	front := "Mr Campbell is acting as an adviser for _____, which denies engaging in personal campaigning."
	items := []item{{sent: s, c: &quiz.Card{Front: front, Back: "Labour"}, answer: "Labour", rule: "cloze-card/org", proposed: true}}
	x.withLeanContext(items, Options{})
	if got := items[0].c.Front; got != front || !items[0].proposed {
		t.Errorf("front %q (proposed %v), want %q", got, items[0].proposed, front)
	}
}

// "Parents are expected to spend millions on video games as Christmas
// presents." is background to a report on game ratings: its statement is
// held. A forecast naming its actor is kept.
func TestVagueForecastHeld(t *testing.T) {
	x := analyseText(t, "Violent video games should carry clearer warnings, the trade and industry secretary has said.\n\nShe is concerned too many children are playing games aimed at adults. Parents are expected to spend millions on video games as Christmas presents.\n\nBritain is expected to retain an opt in right which will allow it to ignore any measures it disagrees with.")
	s := sentenceWith(t, x, "Parents are expected")
	if !x.incidentalSentence(s) {
		t.Errorf("not incidental: %q", s.text)
	}
	items := []item{{sent: s, rule: "truefalse-true", answer: "True"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error("the statement on the parents' Christmas spending is not held back")
	}
	if s := sentenceWith(t, x, "Britain is expected"); vagueForecast(s) || x.incidentalSentence(s) {
		t.Errorf("held: %q", s.text)
	}
}
