package generate

import "testing"

// Truisms (tech173, tech174) are held back; a general sentence that gives
// a figure, a name or a definite thing of the article is not.
func TestTruismSentence(t *testing.T) {
	for text, want := range map[string]bool{
		"Supercomputers are hugely important for working out very complex problems across science and society.":        true,
		"One of the key issues for keen gadget users is how to store all their digital images, audio and video files.": true,
		// Accepted by both judges (tech168): a figure of the article.
		"The web looks very different today than it did 10 years ago.": false,
		// A definite thing the article reports on.
		"The specially designed chair lets gamers play in surround sound while stretching out in their own \"space\".":                            false,
		"Ministers are telling councils to find more sites for travellers, amid continuing rows concerning a string of unauthorised encampments.": false,
		"Delius's music has been only intermittently popular, and often subject to critical attacks.":                                             false,
		// A name of the article's.
		"Supercomputers are hugely important for IBM and Japan's NEC.": false,
	} {
		x := analyseText(t, text)
		if got := truismSentence(x.sents[0]); got != want {
			t.Errorf("truismSentence(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestTruismNotProposed(t *testing.T) {
	x := analyseText(t, "The US is poised to push Japan off the top of the supercomputing chart with IBM's prototype Blue Gene/L machine. "+
		"It is being assembled for the Lawrence Livermore National Laboratory.\n\n"+
		"Supercomputers are hugely important for working out very complex problems across science and society. "+
		"Blue Gene/L will be used to model the ageing of nuclear weapons.")
	s := sentenceWith(t, x, "hugely important")
	if !x.incidentalSentence(s) {
		t.Error("the truism is not held back")
	}
	if x.incidentalSentence(sentenceWith(t, x, "model the ageing")) {
		t.Error("a sentence of the article's own held back as a truism")
	}
}

// "Frederick Theodore Albert Delius, CH (…)": the honour is no blank.
func TestHonoursLettersCH(t *testing.T) {
	if !honoursLetters("CH") {
		t.Error(`honoursLetters("CH") = false`)
	}
	x := analyseText(t, "Frederick Theodore Albert Delius, CH (29 January 1862 – 10 June 1934) was an English composer. "+
		"Delius's first successes came in Germany.\n\nDelius was born in Bradford in Yorkshire.")
	for _, s := range x.sents {
		for _, sp := range s.spans {
			if sp.text == "CH" && x.blankable(s, sp) != nil {
				t.Errorf("a blank drafted on the honour CH in %q", s.text)
			}
		}
	}
}

const deliusEarly = "Frederick Theodore Albert Delius, CH (29 January 1862 – 10 June 1934) was an English composer. " +
	"Born in the north of England to a prosperous mercantile family of German extraction, he resisted attempts to recruit him to commerce.\n\n" +
	"Delius's first successes came in Germany, where Hans Haym and other conductors promoted his music from the late 1890s.\n\n" +
	"The Delius household was musical; famous musicians such as Joseph Joachim and Carlo Alfredo Piatti were guests, and played for the family. " +
	"The young Delius was first taught the violin by a Mr. Bauerkeller of the Hallé Orchestra, and had more advanced studies under Mr. Haddock of Leeds. " +
	"From 1874 to 1878, Delius was educated at Bradford Grammar School, where the singer John Coates was his slightly older contemporary."

// A biography's childhood teachers and a schoolmate (Delius) are
// incidental, unless the article comes back to the teacher.
func TestChildhoodTeacherAndSchoolmate(t *testing.T) {
	x := analyseText(t, deliusEarly)
	for sub, want := range map[string]bool{
		"first taught the violin":       true,
		"slightly older contemporary":   true,
		"Delius household was musical":  false,
		"Delius's first successes came": false,
	} {
		if got := x.incidentalSentence(sentenceWith(t, x, sub)); got != want {
			t.Errorf("incidentalSentence(%q) = %v, want %v", sub, got, want)
		}
	}
	// The teachers of the school the young subject entered are the
	// subject's training.
	m := analyseText(t, "Olivier Messiaen (December 10, 1908 – April 27, 1992) was a French composer, organist and ornithologist.\n\n"+
		"Messiaen entered the Paris Conservatoire at the age of 11 and was taught by Paul Dukas, Maurice Emmanuel, Charles-Marie Widor and Marcel Dupré, among others. "+
		"He was appointed organist at the Église de la Sainte-Trinité in Paris in 1931, a post held until his death.\n\nMessiaen found birdsong fascinating.")
	if m.incidentalSentence(sentenceWith(t, m, "entered the Paris Conservatoire")) {
		t.Error("the teachers of the conservatoire the young subject entered are held back")
	}
	y := analyseText(t, deliusEarly+"\n\nIn 1888 Delius dedicated his first violin sonata to Bauerkeller, who played it in Manchester.")
	if y.incidentalSentence(sentenceWith(t, y, "first taught the violin")) {
		t.Error("a teacher the article comes back to is held back")
	}
}

// A blank covers a whole noun phrase (politics182, Josquin).
func TestCutNounPhrase(t *testing.T) {
	for _, c := range []struct {
		text, answer string
		want         bool
	}{
		{"Opponents say only judges, not politicians, should be able to order detention of UK citizens.", "order detention", true},
		{"Desprez is also known as Josquin Desprez, although he himself expressed his preferred spelling of his name, Josquin des Prez, in an acrostic in his motet Illibata Dei virgo nutrix.", "preferred spelling", true},
		{"The two opposition parties are particularly worried that the control orders would initially be imposed on the say so of the home secretary, rather than a judge.", "home secretary", false},
		{"The government wants to keep the control orders of terror suspects under review.", "control orders", false},
	} {
		x := analyseText(t, c.text)
		sp := spanOfSent(t, x.sents[0], c.answer)
		if got := halfPhraseBlank(x.sents[0], sp); got != c.want {
			t.Errorf("halfPhraseBlank(%q) = %v, want %v", c.answer, got, c.want)
		}
	}
}

// A politician's photo-opportunity at a launch (politics181) is incidental.
func TestPhotoOpportunityIncidental(t *testing.T) {
	x := analyseText(t, "Tony Blair has promised that \"sport is back\" as a priority for schools. "+
		"Mr Blair launched a £500m initiative to allow school sports clubs in England to provide up to three hours of extra activity a week by 2010.\n\n"+
		"Launching the initiative, Tony Blair completed an agility course and shot basketball hoops with students from the all girl Waverley Sports College in Southwark, south London. "+
		"The £500m move will increase the number of specialist sport colleges from 350 to 400.")
	if !x.incidentalSentence(sentenceWith(t, x, "agility course")) {
		t.Error("the photo-opportunity is not incidental")
	}
	if x.incidentalSentence(sentenceWith(t, x, "specialist sport colleges")) {
		t.Error("the initiative's figure is held back")
	}
}

// A blank in a comparison of how a thing looks (tech174) is no item.
func TestLookalikeBlank(t *testing.T) {
	x := analyseText(t, "The chair, which looks like a car seat on a skeletal frame, should go on sale in April and is expected to cost $399 (£211).")
	s := x.sents[0]
	if !lookalikeBlank(s, spanOfSent(t, s, "skeletal frame")) {
		t.Error("the blank over the chair's look is kept")
	}
	if lookalikeBlank(s, spanOfSent(t, s, "$399")) {
		t.Error("a blank after the comparison is dropped")
	}
}
