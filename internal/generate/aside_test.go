package generate

import "testing"

// An answer inside brackets is an aside, whatever the article repeats.
func TestInBrackets(t *testing.T) {
	checkSpans(t, []string{
		"Ada Kell (born Ada Marsh in Leeds; 3 May 1901 – 9 June 1980) was an English organist.",
		"Kell was born in Leeds and studied in York [then a cathedral school] before moving to London.",
		"The Kestrel Trust (KT) later named a hall in London after her.",
	}, "inBrackets", func(x *article, s *sentence, sp *span) bool { return inBrackets(s, sp) }, []spanCase{
		{"born Ada Marsh", "Leeds", true},          // a birth name's place, in brackets
		{"born Ada Marsh", "3 May 1901", true},     // the dates of a life
		{"Kell was born in Leeds", "Leeds", false}, // the same fact in the sentence
		{"studied in York", "London", false},       // after the bracket closes
		{"later named a hall", "London", false},
	})
}

// A blank holds a whole name, not a word of one nor a possessive
// modifier; the possessive of an actor the text keeps naming may be
// asked.
func TestNamePart(t *testing.T) {
	checkSpans(t, []string{
		"The rescue was backed by UK Chancellor Ann Hale. In 2011 the BBC broadcast Kell's Harbour, a drama about the rescue.",
		"One of Norway's largest ferry firms, Kestrel Lines, has been put up for sale. Hale visited Bergen in May.",
		"Hale's plan was cheap. Hale met the crew. Hale spoke in Oslo. Hale left in June. Hale wrote a book.",
	}, "namePart", func(x *article, s *sentence, sp *span) bool { return x.namePart(s, sp) }, []spanCase{
		{"backed by UK", "UK", true},             // before a title and name
		{"largest ferry firms", "Norway", true},  // a possessive modifier
		{"Hale visited Bergen", "Bergen", false}, // a whole name
		{"Hale's plan", "Hale", false},           // an actor named again and again
	})
}
