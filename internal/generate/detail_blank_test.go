package generate

import (
	"strings"
	"testing"
)

// politics184: the date of a warning is a circumstance of what was
// warned. Both judges rejected the false statement that moved "7 March
// 2003" to "17 March 2003", another date of the article.
const goldsmithText = "Tony Blair has rejected calls for the publication of advice on the legality of the Iraq war amid growing calls for an investigation.\n\n" +
	"In a book published this week, Philippe Sands QC, a member of Cherie Blair's Matrix Chambers, says Lord Goldsmith warned Tony Blair on 7 March 2003 that the Iraq war could be illegal without a second UN resolution sanctioning military action.\n\n" +
	"But a short statement about Lord Goldsmith's position was presented in a written parliamentary answer on 17 March 2003, just before a crucial Commons vote on the military action."

func TestDateDetailSwap(t *testing.T) {
	x := analyseText(t, goldsmithText)
	s, sp := spanIn(t, x, "warned Tony Blair", "7 march 2003")
	for text, want := range map[string]bool{
		"17 March 2003": true, // the day alone
		"7 May 2003":    true, // the month alone
		"7 March 2002":  true, // a year by one
		"7 March 1998":  false,
	} {
		if got := dateDetailSwap(s, sp, text); got != want {
			t.Errorf("dateDetailSwap(%q) = %v, want %v", text, got, want)
		}
	}
	if x.blankable(s, sp) != nil {
		t.Error("a blank drafted on the date of the warning")
	}
	// Where the date is the point of the sentence, a swap of it stays.
	f := analyseText(t, "The Harlow Bay ferry sank on the night of 24 April 1885 in a gale, and its crew were saved by the lifeboat from Norwick.")
	if fs, fsp := spanIn(t, f, "Harlow Bay", "24 april 1885"); dateDetailSwap(fs, fsp, "24 June 1885") {
		t.Error("the date of the sinking is taken for a circumstance")
	}
}

// The false statement of politics184 is no longer drafted.
func TestDateDetailSwapNotDrafted(t *testing.T) {
	res, err := Generate(goldsmithText, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if q := d.Question; q != nil && strings.Contains(q.Prompt, "warned Tony Blair on 17 March 2003") {
			t.Errorf("drafted: %s", q.Prompt)
		}
	}
}

// politics185: since when a building has stood derelict is a detail.
func TestSinceStateBlank(t *testing.T) {
	x := analyseText(t, "Anti racism campaigners in Swansea have handed copies to South Wales Police. "+
		"Swansea's Muslim community is raising money to open a new mosque and community centre in the former St Andrews United Reform Church. "+
		"The building on George Street has been derelict since the 1980s.")
	if s, sp := spanIn(t, x, "derelict", "1980s"); x.blankable(s, sp) != nil {
		t.Error("a blank drafted on the decade the building became derelict")
	}
	// Who has held an office since when is the sentence's point.
	p := analyseText(t, "Tony Blair has been prime minister since 1997.")
	if ps, psp := spanIn(t, p, "prime minister", "1997"); sinceStateBlank(ps, psp) {
		t.Error("the year a person took office taken for a detail")
	}
}

// politics184 and politics182: "statement to _____", "test in _____"
// for "Parliament", where the sentence names what it is about.
func TestComplementBlank(t *testing.T) {
	x := analyseText(t, "The prime minister told his monthly press conference the matter had been dealt with by the Attorney General. "+
		"Earlier, Conservative MP Michael Mates joined calls for a probe into claims Lord Goldsmith's statement to Parliament was drawn up at Number 10.\n\n"+
		"Plans to allow Home Secretary Charles Clarke to place terror suspects under house arrest without trial are set for their first real test in Parliament.")
	for _, sub := range []string{"Lord Goldsmith's statement", "first real test"} {
		s, sp := spanIn(t, x, sub, "parliament")
		if x.blankable(s, sp) != nil {
			t.Errorf("a blank drafted on Parliament in %q", s.text)
		}
	}
	// A sentence that names nothing else keeps the blank.
	y := analyseText(t, "The bill was debated in Parliament for three days.")
	if ys, ysp := spanIn(t, y, "debated", "parliament"); complementBlank(ys, ysp) {
		t.Error("the one name of a sentence refused")
	}
}

// tech163: "several key technology trends to watch" names none of them.
func TestFramingSentence(t *testing.T) {
	x := analyseText(t, "Thousands of technology lovers and industry experts have gathered in Las Vegas for the annual Consumer Electronics Show.\n\n"+
		"The CEA predicted that there would be several key technology trends to watch in the coming year. "+
		"Gaming would continue to thrive, especially on mobile devices, and would reach out to more diverse gamers such as women.")
	if !x.incidentalSentence(sentenceWith(t, x, "several key technology trends")) {
		t.Error("the framing sentence is not held back")
	}
	if x.incidentalSentence(sentenceWith(t, x, "Gaming would continue")) {
		t.Error("a trend the article names held back")
	}
	y := analyseText(t, "The CEA predicted several key trends, including wireless home networks and portable television.")
	if framingSentence(y.sents[0]) {
		t.Error("a sentence that names its trends taken for a framing sentence")
	}
}

// tech163: the floor area of the trade show, told in a relative clause.
func TestVenueAreaBlank(t *testing.T) {
	x := analyseText(t, "The Consumer Electronics Show opened in Las Vegas on Thursday.\n\n"+
		"About 120,000 people are expected to attend the trade show which stretches over more than 1.5 million square feet.")
	s := sentenceWith(t, x, "120,000 people")
	for _, sp := range s.spans {
		if strings.Contains(sp.text, "1.5") && x.blankable(s, sp) != nil {
			t.Errorf("a blank drafted on the floor area %q", sp.text)
		}
	}
	y := analyseText(t, "The new factory covers 20,000 square metres.")
	for _, sp := range y.sents[0].spans {
		if venueAreaBlank(y.sents[0], sp) {
			t.Errorf("the area a sentence is about refused: %q", sp.text)
		}
	}
}

// Josquin: "in successive compositions" is wording; the judge wanted
// "Stravinsky" blanked, which the sentence still offers.
func TestSuccessiveWordingBlank(t *testing.T) {
	x := analyseText(t, "Josquin des Prez was a Franco-Flemish composer of the Renaissance.\n\n"+
		"Josquin wrote both sacred and secular music, in all of the significant vocal forms of the age. "+
		"Josquin liked to solve compositional problems in different ways in successive compositions, as did Stravinsky more than 400 years later.")
	s, sp := spanIn(t, x, "successive compositions", "successive compositions")
	if x.blankable(s, sp) != nil {
		t.Error("a blank drafted on \"successive compositions\"")
	}
	if _, st := spanIn(t, x, "successive compositions", "stravinsky"); x.blankable(s, st) == nil {
		t.Error("no blank on Stravinsky")
	}
}

// "… before Speer's death in 1981": the year of another person's event,
// in an adjunct of a sentence about the end of a friendship, is held in
// the biography of Wolters; the same words in Speer's own life, or a
// sentence that opens on Speer, are kept.
func TestOtherEventDateHeld(t *testing.T) {
	const friendship = "After Speer's release, the friendship slowly collapsed, Wolters objecting strongly to Speer's blaming of Hitler and other Nazis for the Jewish Holocaust and World War II, and they saw nothing of each other in the decade before Speer's death in 1981."
	x := analyseText(t, "Rudolf Wolters (August 3, 1903 – January 7, 1983) was a German architect and a friend of Albert Speer. "+friendship+"\n\n"+
		"Wolters worked for the railways before Speer hired him in 1937.\n\n"+
		"Wolters wrote several architectural books during the war.")
	s := sentenceWith(t, x, "the friendship slowly collapsed")
	sp := spanOfSent(t, s, "1981")
	if !x.otherEventDate(s, sp) {
		t.Error("the year of Speer's death is not held")
	}
	s.score = 1
	items := []item{{sent: s, sp: sp, rule: "cloze-single/year", answer: "1981"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error("the blank on the year of Speer's death is not held back")
	}
	if s := sentenceWith(t, x, "hired him in"); x.otherEventDate(s, spanOfSent(t, s, "1937")) {
		t.Error("the year Speer hired him is held")
	}
	y := analyseText(t, "Albert Speer (1905 – 1981) was a German architect and minister. Speer wrote his memoirs in prison, and they sold widely until Speer's death in 1981.\n\n"+
		"Speer was released from Spandau in 1966.\n\nSpeer's death in 1981 ended the long quarrel over his papers.")
	s = sentenceWith(t, y, "wrote his memoirs")
	if y.otherEventDate(s, spanOfSent(t, s, "1981")) {
		t.Error("the subject's own death is held")
	}
	s = sentenceWith(t, y, "ended the long quarrel")
	if y.otherEventDate(s, spanOfSent(t, s, "1981")) {
		t.Error("a sentence about Speer's death is held")
	}
}

// "With _____ now pushing its own 3G service, …": a name inside a fronted
// "With" phrase of a long sentence about something else is held, even
// where the article names it again; a figure there is left to the rules
// on figures.
func TestFrontedAdjunctNameHeld(t *testing.T) {
	const phones = "With Vodafone now pushing its own 3G service, and 3 already established in the UK, video on the phone is clearly going to become a must have for kids sitting on the school bus, adults waiting outside clubs and anyone who has time to kill and a group of friends to impress."
	x := analyseText(t, "Music videos on the phone are going to drive the take-up of 3G. "+phones+"\n\n"+
		"Vodafone will let you access its services on Vodafone Live! With more than 52% of UK homes expected to have broadband, operators suggested video would be more commonplace on phones.")
	s := sentenceWith(t, x, "pushing its own 3G")
	sp := spanOfSent(t, s, "Vodafone")
	if !frontedAdjunctBlank(s, sp) {
		t.Error(`"Vodafone" is not held`)
	}
	s.score = 1
	items := []item{{sent: s, sp: sp, rule: "cloze-short/name", answer: "Vodafone"}}
	x.markIncidental(items, "")
	if !items[0].holdBack() {
		t.Error(`the blank on "Vodafone" is not held back`)
	}
	if sp := spanOfSent(t, s, "UK"); frontedAdjunctBlank(s, sp) {
		t.Error(`"UK", after the fronted phrase's first comma, is held`)
	}
	s = sentenceWith(t, x, "52%")
	if frontedAdjunctBlank(s, spanOfSent(t, s, "52%")) {
		t.Error("a figure in a fronted phrase is held")
	}
}
