package generate

import "testing"

// A verb after "The warning" read as a plural noun hid the phrase that
// leans back (set 89's "bit rot" report).
func TestSubjectVerbTag(t *testing.T) {
	a := analyseText(t, "Vint Cerf said we faced a forgotten generation. The warning highlights an irony at the heart of modern technology. The warning signs were there for years.")
	s := a.sents[1]
	if s.toks[2].text != "highlights" || s.toks[2].tag != "VBZ" {
		t.Fatalf("%q tagged %s, want VBZ", s.toks[2].text, s.toks[2].tag)
	}
	if p, kind := a.leanPhrase(s, s.text); p != "The warning" || kind != "the" {
		t.Errorf("leanPhrase = %q, %q; want \"The warning\", \"the\"", p, kind)
	}
	// "The warning signs were": a noun before a verb stays a noun.
	if s := a.sents[2]; s.toks[2].tag == "VBZ" {
		t.Errorf("%q in %q retagged VBZ", s.toks[2].text, s.text)
	}
}

// A definite phrase naming, by the verb's own word, what the sentence
// before did ("to scan" … "The scans"), or a delay the sentence before
// explains, leans on it (set 90's oxytocin report and flight facts).
func TestShellNounSameWordVerb(t *testing.T) {
	a := analyseText(t, "The team used an MRI machine to scan the brains of 17 children with asthma. The scans were made an hour after each child took the inhaler.\n\n"+
		"Pilots often wait for clearance after another plane takes off. The delay gives the air time to settle.\n\n"+
		"The team measured the lungs of 17 children with asthma. The scans were made an hour after each child took the inhaler.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"The scans were made", true},
		{"The delay gives", true},
	} {
		if got := a.shellNounBack(sentenceWith(t, a, c.sub)); got != c.want {
			t.Errorf("shellNounBack(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
	if s := a.paras[2].sents[1]; a.shellNounBack(s) {
		t.Errorf("shellNounBack(%q) after %q: no verb of scanning before it", s.text, a.paras[2].sents[0].text)
	}
	for _, c := range []struct {
		noun, verb string
		want       bool
	}{
		{"scans", "scanned", true}, {"scans", "scan", true}, {"tests", "tested", true}, {"study", "studied", true},
		{"scans", "scandal", false}, {"test", "testify", false}, {"news", "new", false},
	} {
		if got := sameWordVerb(c.noun, c.verb); got != c.want {
			t.Errorf("sameWordVerb(%q, %q) = %v, want %v", c.noun, c.verb, got, c.want)
		}
	}
}

// "it" as an object after nothing but plurals stands for a thing the
// sentence before told of (set 87's vulture report).
func TestObjectItAfterPlurals(t *testing.T) {
	a := analyseText(t, "The artist carved a giant concrete owl for the main square. "+
		"Local shopkeepers disliked it as a waste of money but the mayor praised the artist. "+
		"Local shopkeepers found it hard to sell umbrellas in the dry summer. "+
		"The mayor unveiled a new fountain and the shopkeepers admired it.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"disliked it as", true},
		{"found it hard", false},
		{"admired it", false},
	} {
		if got := needsContext(sentenceWith(t, a, c.sub)); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
}

// "are less convinced," compares with people the sentence before told
// of (set 86's banknote report).
func TestPredicateComparative(t *testing.T) {
	a := analyseText(t, "Shop owners say cash is safe and cheap to handle. Tax inspectors are less convinced, citing a stream of reports of hidden cash. "+
		"Tax inspectors are less convinced than shop owners that cash is cheap. Young shoppers are more likely to pay by phone.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"less convinced, citing", true},
		{"less convinced than", false},
		{"more likely to", false},
	} {
		if got := ellipticComparative(sentenceWith(t, a, c.sub)); got != c.want {
			t.Errorf("ellipticComparative(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
}

// "So far," is up to now, not "so" drawing a conclusion; "Finally,"
// numbers a point, and is left out as "Lastly," is.
func TestSoFarFinally(t *testing.T) {
	a := analyseText(t, "Doctors have tried many drugs for the condition. So far, there is no established treatment for the breathing problems it causes. "+
		"So the team tried a spray instead. Finally, in 1990, the government lifted the ban on the party and its leader was released from prison.")
	if s := sentenceWith(t, a, "So far, there is"); needsContext(s) {
		t.Errorf("needsContext(%q) = true, want false", s.text)
	}
	if s := sentenceWith(t, a, "So the team"); !needsContext(s) {
		t.Errorf("needsContext(%q) = false, want true", s.text)
	}
	s := sentenceWith(t, a, "Finally, in 1990")
	if n := openingConnective(s); n != 2 {
		t.Errorf("openingConnective(%q) = %d tokens, want 2 (\"Finally\" and its comma)", s.text, n)
	}
}

// "of this," with no noun after it, and an opening "At stake is", stand
// for what the sentence before told.
func TestThisAfterPrepositionAtStake(t *testing.T) {
	a := analyseText(t, "The probe photographed the larger moon last week. Future images will reveal more about the formation of this, and the other moons. "+
		"The agency will send two more probes to the outer planets in this decade. "+
		"Families have crossed the desert to reach the camp. At stake is the hope of a new life in Spain.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"formation of this,", true},
		{"in this decade", false},
		{"At stake is", true},
	} {
		if got := needsContext(sentenceWith(t, a, c.sub)); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
}

// One of a pair of bare figures ("elements 114 and 116") is a detail,
// as one end of a range is.
func TestEndOfRangePair(t *testing.T) {
	a := analyseText(t, "When elements 114 and 116 were named in 2012, the chemists chose two old place names. The lab has 116 staff.")
	s := sentenceWith(t, a, "elements 114 and 116")
	var got []string
	for _, sp := range s.spans {
		if sp.kind.numeric() && endOfRange(s, sp) {
			got = append(got, sp.text)
		}
	}
	if len(got) != 2 {
		t.Errorf("ends of a pair in %q: %v, want 114 and 116", s.text, got)
	}
	if s2 := sentenceWith(t, a, "116 staff"); len(s2.spans) > 0 {
		for _, sp := range s2.spans {
			if sp.kind.numeric() && endOfRange(s2, sp) {
				t.Errorf("%q in %q read as one end of a range", sp.text, s2.text)
			}
		}
	}
}

// Set 92's leaning words: "here" for the place the sentence before
// named, an emphatic "does", an opening "One more", and "such a trip"
// with a "that" only in a later clause.
func TestSetNinetyTwoLeans(t *testing.T) {
	a := analyseText(t, "Jazz clubs line the streets of the old quarter. A smoking ban here will change the clubs for ever. "+
		"A smoking ban here in Lisbon will change the clubs for ever. "+
		"The mayor does accept that the quarter is unusual. "+
		"One more use of the scanner would test how adverts are understood. "+
		"Years of planning went into such a trip and it was vital to the crew that the world listened. "+
		"Such trips as these take years of planning.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"smoking ban here will", true},
		{"here in Lisbon", false},
		{"does accept", true},
		{"One more use", true},
		{"such a trip", true},
		{"Such trips as these", true}, // "Such" opens the sentence: a dangling start
	} {
		if got := needsContext(sentenceWith(t, a, c.sub)); got != c.want {
			t.Errorf("needsContext(%q) = %v, want %v", c.sub, got, c.want)
		}
	}
	if emphaticDo(sentenceWith(t, a, "Such trips as these")) {
		t.Errorf("emphaticDo on a sentence with no emphatic do")
	}
}

// A ban is an issue: a report set in one city is named after the ban
// it keeps saying, "Smoking Ban in Lisbon", not the city alone (set 92's
// "New Orleans", judged bad by both judges).
func TestBanTopic(t *testing.T) {
	x := analyseText(t, "Lisbon will bring in a smoking ban in its bars next month, the city council said on Monday.\n\n"+
		"Bar owners in Lisbon say the smoking ban will cost them customers. Some clubs in Lisbon already went smoke-free on their own.\n\n"+
		"Musicians in Lisbon have long asked for clean air on stage. They say the smoking ban is overdue.\n\n"+
		"Inspectors will visit bars in Lisbon at night, and the council says the smoking ban will be enforced with fines.")
	if got := x.courseTitle(); got != "Smoking Ban in Lisbon" {
		t.Errorf("course title = %q, want \"Smoking Ban in Lisbon\"", got)
	}
}

// "The first is …" stands for the first of a list the sentence before
// gave (set 93: E CONTEXT from both judges on each of three); "The
// first approved names …" does not.
func TestOrdinalSubject(t *testing.T) {
	a := analyseText(t, "The report proposes three policies. The first is a safety net for the poorest families. The first approved names should be in use next year.")
	if s := sentenceWith(t, a, "The first is"); !needsContext(s) {
		t.Errorf("needsContext(%q) = false, want true", s.text)
	}
	if s := sentenceWith(t, a, "The first approved"); ordinalSubject(s) {
		t.Errorf("ordinalSubject(%q) = true, want false", s.text)
	}
}
