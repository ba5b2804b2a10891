package generate

import "testing"

// A figure is an answer only when the sentence is about it: the lead's
// figure, one the text repeats, one set against another. A count given
// once in passing is not.
func TestPointFigure(t *testing.T) {
	checkSpans(t, []string{
		"Harbour trust cuts 120 jobs",
		"The Kestrel Harbour Trust is to cut 120 jobs after a fall in cargo, the trust said on Monday.",
		"Inspectors from 12 port authorities spent a year looking into the trust's accounts. The trust's 3,500 members will vote on the cuts in May.",
		"The 120 jobs will go from the Kestrel docks over two years. Cargo fell to 41 tonnes a day, less than the 60 tonnes a day of last year.",
	}, "pointFigure", func(x *article, s *sentence, sp *span) bool { return x.pointFigure(s, sp) }, []spanCase{
		{"is to cut 120 jobs", "120", true},     // the lead's figure
		{"The 120 jobs will go", "120", true},   // repeated from the lead
		{"Inspectors from 12", "12", false},     // a count given in passing
		{"3,500 members", "3,500", false},       // the same
		{"Cargo fell to 41", "41 tonnes", true}, // set against another figure
	})
}

// A date is swapped only where it is the sentence's one figure.
func TestCrowdedDate(t *testing.T) {
	checkSpans(t, []string{
		"The Kestrel ferry goes into service on 12 December.",
		"No crossing will take longer than 40 minutes by March 2027, against a current limit of 55 minutes.",
		"Ada Kell joined the guild in November 1778 and was made a master on 27 November 1783.",
	}, "crowdedDate", func(x *article, s *sentence, sp *span) bool { return crowdedDate(s, sp) }, []spanCase{
		{"goes into service", "12 December", false}, // the sentence's one figure
		{"No crossing", "March 2027", true},         // a deadline among counts
		{"was made a master", "27 November 1783", true},
		{"No crossing", "40 minutes", false}, // not a date
	})
}
