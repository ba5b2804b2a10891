package generate

import (
	"strings"
	"testing"
)

func TestDropLifeAsides(t *testing.T) {
	cases := []struct{ in, want string }{
		// A pronunciation and life dates after the name.
		{"Honoré Dupin (French pronunciation: [ɔnɔʁe dypɛ̃]; 20 May 1799 – 18 August 1850) was a French novelist and playwright.",
			"Honoré Dupin was a French novelist and playwright."},
		// Life dates alone, in either order of day and month.
		{"Maria Lind (March 3, 1850 – April 9, 1921) was a Swedish painter.", "Maria Lind was a Swedish painter."},
		{"Maria Lind (1850–1921) was a Swedish painter.", "Maria Lind was a Swedish painter."},
		// A birth name.
		{"Mary Ann Keller (née Jones) ran the shop until her death.", "Mary Ann Keller ran the shop until her death."},
		{"Ann Keller (born 4 June 1950) is a Swiss physicist.", "Ann Keller is a Swiss physicist."},
		// The dates of a period after a common word are the claim.
		{"The long drought (1930 – 1936) ruined the farms of the plains.", "The long drought (1930 – 1936) ruined the farms of the plains."},
		// A bracket holding a bracket of its own: a sound file's mark
		// beside a respelling, then the dates of a life.
		{"Tomas Varga ( Tomash Vorga (help·info); 2 May 1911 – 23 April 1982) was a Hungarian film director.",
			"Tomas Varga was a Hungarian film director."},
		{"Tomas Varga ( Tomash Vorga (help·info)) was a Hungarian film director.", "Tomas Varga was a Hungarian film director."},
		// A bracket holding another that is no life's aside stays.
		{"Maria Lind (a painter (and a sculptor)) moved to Paris in 1880.", "Maria Lind (a painter (and a sculptor)) moved to Paris in 1880."},
		// Other brackets stay.
		{"Maria Lind (a painter) moved to Paris in 1880.", "Maria Lind (a painter) moved to Paris in 1880."},
		{"The United Nations (UN) was founded in 1945.", "The United Nations (UN) was founded in 1945."},
	}
	for _, c := range cases {
		if got := dropLifeAsides(c.in); got != c.want {
			t.Errorf("dropLifeAsides(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestDropStrayComma(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Dupin, replaced the editor of the review, who had resigned in 1830.", "Dupin replaced the editor of the review, who had resigned in 1830."},
		{"James Dupin, replaced Network President Louis Marr in 1959.", "James Dupin replaced Network President Louis Marr in 1959."},
		// A participle opening an aside keeps its comma.
		{"Dupin, replaced by his brother in 1840, left the firm.", "Dupin, replaced by his brother in 1840, left the firm."},
		{"Dupin, aged 45, left the firm.", "Dupin, aged 45, left the firm."},
		{"Dupin, named the best director of the year, left the firm.", "Dupin, named the best director of the year, left the firm."},
		// A list of names.
		{"Paris, Lyon and Lille voted against the plan.", "Paris, Lyon and Lille voted against the plan."},
		// A lead's bracket of dates dropped before the article's comma.
		{"Tom Brandt, is an Australian actor, known for playing stockmen in westerns.", "Tom Brandt is an Australian actor, known for playing stockmen in westerns."},
		{"Tom Brandt, was the first actor of the region to play a lead role.", "Tom Brandt was the first actor of the region to play a lead role."},
		// "is" after a list or an aside keeps the comma before it.
		{"Brandt, who is an actor, lives in Perth.", "Brandt, who is an actor, lives in Perth."},
	}
	for _, c := range cases {
		if got := dropStrayComma(c.in); got != c.want {
			t.Errorf("dropStrayComma(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestDropCopulaComma(t *testing.T) {
	cases := []struct{ in, want string }{
		{"The mayor says the storm wasn't a surprise; but the height of the tide, was.", "The mayor says the storm wasn't a surprise; but the height of the tide was."},
		{"The cost was expected, the delay, was not; the result, was.", "The cost was expected, the delay, was not; the result was."},
		{"Few knew where the key was; the lock, is. Nobody asked.", "Few knew where the key was; the lock is. Nobody asked."},
		// A verb followed by more words keeps the comma it was given.
		{"What matters most, is that the river rose.", "What matters most, is that the river rose."},
		// A name before the verb is left alone.
		{"The last to leave was Dupin, was it not?", "The last to leave was Dupin, was it not?"},
		{"The river rose, and the town was flooded.", "The river rose, and the town was flooded."},
	}
	for _, c := range cases {
		if got := dropCopulaComma(c.in); got != c.want {
			t.Errorf("dropCopulaComma(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestDropPostNominals(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Anna Dupin, CC was a Canadian labour lawyer and politician.", "Anna Dupin was a Canadian labour lawyer and politician."},
		{"Anna Dupin, CC, KC is a Canadian judge.", "Anna Dupin is a Canadian judge."},
		{"Anna Dupin, OBE, FRS was a British chemist.", "Anna Dupin was a British chemist."},
		// The letters closed by their comma are grammatical.
		{"Anna Dupin, CC, was a Canadian lawyer.", "Anna Dupin, CC, was a Canadian lawyer."},
		// A place after a comma is no honour.
		{"Paris, France is the capital.", "Paris, France is the capital."},
	}
	for _, c := range cases {
		if got := dropPostNominals(c.in); got != c.want {
			t.Errorf("dropPostNominals(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	// Through the whole wording of a lead.
	in := "Anna Dupin, CC (born Anna Losz; June 23, 1909 – May 23, 1981) was a Canadian labour lawyer."
	if got, want := statementWording(in), "Anna Dupin was a Canadian labour lawyer."; got != want {
		t.Errorf("statementWording(%q)\n got %q\nwant %q", in, got, want)
	}
}

// TestGluedBracketKept: a bracket of life dates glued to the word after
// it is kept; dropped with the space before it, it glued the name to
// that word.
func TestGluedBracketKept(t *testing.T) {
	s := "Anna Berg (1900–1950)001 wrote plays."
	if got := dropLifeAsides(s); got != s {
		t.Errorf("dropLifeAsides(%q) = %q, want it as it is", s, got)
	}
	if got, want := dropLifeAsides("Anna Berg (1900–1950) wrote plays."), "Anna Berg wrote plays."; got != want {
		t.Errorf("dropLifeAsides = %q, want %q", got, want)
	}
}

func TestCutSplicedSpeech(t *testing.T) {
	cases := []struct{ in, want string }{
		// A report that runs on past its speaker with "and that" (a BBC
		// technology report on desktop search).
		{"The variety of ways to search data was only helping users, said Mr Chandratillake and that it was likely that in the future people would use different ones for different tasks.",
			"The variety of ways to search data was only helping users, said Mr Chandratillake."},
		{"Prices would rise, says Jane Roe and that nothing could stop them.", "Prices would rise, says Jane Roe."},
		// "and that" inside the claim, before any speaker, stays.
		{"He said the plan was late and that it would cost more.", "He said the plan was late and that it would cost more."},
		{"The firm grew, said Mr Roe.", "The firm grew, said Mr Roe."},
	}
	for _, c := range cases {
		if got := statementWording(c.in); got != c.want {
			t.Errorf("statementWording(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCopiedSlip: a report's slip the words show is not quoted as a true
// statement (a BBC technology report on a virus: "Clearswift said that
// fact that no viral code travels in the e mail messages sent out by
// machines infected by Bofra could hamper effects to limit its spread.").
func TestCopiedSlip(t *testing.T) {
	text := "Toxic web links help virus spread\n\n" +
		"Virus writers have found a way to spread their creations that gets around e mail filters.\n\n" +
		"Clearswift said that fact that no viral code travels in the e mail messages sent out by machines infected by Bofra could hamper effects to limit its spread. " +
		"The Bofra virus exploits a loophole in the Internet Explorer browser that Microsoft has yet to fix."
	res := mustGenerate(t, text, Options{})
	for _, d := range append(append([]Draft{}, res.Drafts...), res.Held...) {
		if d.Rule == "truefalse-true" && strings.HasPrefix(d.Sentence, "Clearswift said") {
			t.Errorf("statement copies the report's slip: %q", d.Question.Prompt)
		}
	}
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Clearswift said that the fact that no code travels could hamper efforts to limit its spread.", false},
		{"He denied that fact that she had mentioned.", false},
		{"Firms said that fact that the code is hidden could hamper the work.", true},
		{"It could hamper effects to limit its spread.", true},
	} {
		if got := copiedSlip(c.text); got != c.want {
			t.Errorf("copiedSlip(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
