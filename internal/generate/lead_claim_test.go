package generate

import (
	"strings"
	"testing"
)

// The lead of a short report tells what its actor said, ending on a
// phrase of his own: quoted whole, it is a true statement.
func TestLeadClaimQuoteStatement(t *testing.T) {
	text := "Kinnock to urge reform in Lords\n\n" +
		`Neil Kinnock has said his acceptance of a seat in the House of Lords will allow him to help "achieve further progress with substantial democratic reform."` + "\n\n" +
		`Mr Kinnock added that the second factor behind his acceptance of the peerage was his appointment as chairman of the British Council. ` +
		`Mr Kinnock said he thought about the decision for "quite a long time" because he had long had reservations about the Lords.` + "\n"
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Drafts {
		if d.Proposed && d.Question != nil && strings.Contains(d.Question.Prompt, "Neil Kinnock has said his acceptance of a seat") {
			return
		}
	}
	t.Error("the lead's claim is not proposed as a true statement")
}

func TestLeadClaimQuote(t *testing.T) {
	x, err := analyse([]string{
		`Neil Kinnock has said his acceptance of a seat in the House of Lords will allow him to help "achieve further progress with substantial democratic reform."`,
		`Mr Kinnock said he thought about the decision for "quite a long time" because he had long had reservations about the Lords.`,
	})
	if err != nil {
		t.Fatal(err)
	}
	y, err := analyse([]string{
		`"It was pointed out to me that reform is going to require advocates in the Lords," Neil Kinnock said on Sunday.`,
	})
	if err != nil {
		t.Fatal(err)
	}
	z, err := analyse([]string{
		`Neil Kinnock has said his seat in the House of Lords will help "achieve further progress with substantial and lasting democratic reform of the chamber."`,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		a    *article
		sub  string
		want bool
	}{
		{x, "has said his acceptance", true},    // the lead: indirect speech ending on his words
		{x, "quite a long time", false},         // not the lead
		{y, "It was pointed out", false},        // opens inside the quotation
		{z, "lasting democratic reform", false}, // a quotation of more than a phrase
	} {
		s := sentenceWith(t, tc.a, tc.sub)
		if got := tc.a.leadClaimQuote(s); got != tc.want {
			t.Errorf("%q: leadClaimQuote = %v, want %v", s.text, got, tc.want)
		}
	}
}
