package generate

import "testing"

// TestPredecessorSentenceIncidental: a report's sentence setting a
// product against its own earlier version by a relative date is
// incidental; a sentence that replaces something else is not.
func TestPredecessorSentenceIncidental(t *testing.T) {
	x := analyseText(t, "Carmakers at the Geneva Motor Show have unveiled small robotic vehicles for crowded cities.\n\n"+
		"Nissan showed its Pivo concept, a three-seat electric car whose cabin can turn through 360 degrees. "+
		"The compact city car updates last year's prototype with a quieter motor and a larger battery. "+
		"The new model replaces an earlier design that had two seats.\n\n"+
		"The company replaced its chief executive in March after a fall in sales. "+
		"Honda's pod replaces the bus on some routes in Osaka.")
	for sub, want := range map[string]bool{
		"updates last year's prototype": true,
		"replaces an earlier design":    true,
		"replaced its chief executive":  false,
		"replaces the bus":              false,
	} {
		if got := x.incidentalSentence(sentenceWith(t, x, sub)); got != want {
			t.Errorf("incidentalSentence(%q) = %v; want %v", sub, got, want)
		}
	}
}

// TestChildMarriageKin: whom the subject's child married is a relative's
// detail; what the child became, or the subject's own marriage, is not
// this rule's.
func TestChildMarriageKin(t *testing.T) {
	x := analyseText(t, "Thomas Wardle (1568 – 1605) was an English landowner who joined a plot against the King in 1605.\n\n"+
		"In 1593 Wardle married Margaret Pole, the daughter of a Kent merchant. "+
		"His daughter Elizabeth married Sir Henry Lacey, a wealthy landowner from Dorset. "+
		"Their eldest son, Robert, later married a cousin of the Earl of Kent. "+
		"His daughter Anne became a noted painter of miniatures in London.")
	for sub, want := range map[string]bool{
		"His daughter Elizabeth married": true,
		"Their eldest son, Robert":       true,
		"His daughter Anne became":       false,
		"Wardle married Margaret Pole":   false,
	} {
		if got := x.bioKinSentence(sentenceWith(t, x, sub).text); got != want {
			t.Errorf("bioKinSentence(%q) = %v; want %v", sub, got, want)
		}
	}
}
