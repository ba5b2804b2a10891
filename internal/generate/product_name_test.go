package generate

import (
	"strings"
	"testing"
)

// productReport is a short report of my own with the shape of two real
// ones: the product is named once ("Called Quillo, it …", "a service
// dubbed Tune Box to Go") and called by its kind after ("launched the
// site", "the service costs").
const productReport = "Talking maps reach the web\n\n" +
	"A Welsh firm hopes to win walkers over with a map site that reads out routes.\n\n" +
	"Called Quillo, it looks like any other map site but can speak each turn aloud. " +
	"Cardiff mapping firm Dunmore Labs launched the site in March. " +
	"Critics doubt that Quillo helps people with poor sight.\n\n" +
	"Quillo founder Ann Reed said the voices were still a little stiff. " +
	"The site uses a method dubbed VoxLine, which turns map text into speech.\n\n" +
	"Tunes maker Harp is due to launch a new rental service dubbed Tune Box to Go in Spain next year. " +
	"The service will run on phones that support the newest copy guard.\n\n" +
	"Already on trial in Italy, the service costs 10 euros a month for unlimited songs. " +
	"Harp also sells a cheaper service for home computers. " +
	"Fans say the service is too dear."

// TestProductNameEdits: "the site" and "the service" of later sentences
// are written as the name the report gave the product; where another
// service is brought in between, "the service" is left as it was.
func TestProductNameEdits(t *testing.T) {
	x := analyseText(t, productReport)
	cases := []struct{ sub, want string }{
		{"launched the site in March", "Dunmore Labs launched Quillo in March"},
		{"The site uses a method", "Quillo uses a method dubbed VoxLine"},
		{"will run on phones", "Tune Box to Go will run on phones"},
		{"10 euros a month", "in Italy, Tune Box to Go costs 10 euros"},
	}
	for _, c := range cases {
		s := sentenceWith(t, x, c.sub)
		if x.leansBack(s) || x.kindBack(s) {
			t.Errorf("held back: %q", s.text)
		}
		edits, ok := x.findContextEdits(s)
		if !ok {
			t.Errorf("no context edits for %q", s.text)
			continue
		}
		got, _ := applyEdits(s.text, edits)
		if !strings.Contains(got, c.want) {
			t.Errorf("%q repaired as %q; want %q in it", s.text, got, c.want)
		}
	}
	if e := x.productNameEdits(sentenceWith(t, x, "too dear")); len(e) != 0 {
		t.Errorf("the service written out after a cheaper service was brought in: %v", e)
	}
}

// TestProductNameFar: far from its naming, "the system" is written out
// only for a thing the article names in three sentences or more.
func TestProductNameFar(t *testing.T) {
	x := analyseText(t, "Bus tickets go digital\n\n"+
		"A Leeds firm wants riders to pay for buses with their phones.\n\n"+
		"Called Brill, it reads a code from the rider's screen. "+
		"Bus companies in three towns will test it this spring. "+
		"Fares will not change during the test. "+
		"Drivers have asked for more training. "+
		"Riders say the system is slow at busy stops.")
	if e := x.productNameEdits(sentenceWith(t, x, "busy stops")); len(e) != 0 {
		t.Errorf("the system written out four sentences after a name given once: %v", e)
	}
}

// TestProductNameStatement: through Generate, no statement says "the
// site" or "the service" where the report named it.
func TestProductNameStatement(t *testing.T) {
	res, err := Generate(productReport, Options{})
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	for _, d := range res.Drafts {
		p := promptOf(d)
		if strings.Contains(d.Sentence, "launched the site") || strings.Contains(d.Sentence, "The site uses") || strings.Contains(d.Sentence, "10 euros a month") {
			if strings.Contains(p, "the site") || strings.Contains(p, "The site") || strings.Contains(p, "the service") {
				t.Errorf("proposed without its name: %s", p)
			} else {
				named++
			}
		}
	}
	if named == 0 {
		for _, d := range res.Drafts {
			t.Logf("proposed: %s", promptOf(d))
		}
		t.Error("no statement on the named site or service is proposed")
	}
}

// TestProductNameGroup: a body named "X, a … group" keeps its "the":
// "According to the Tin Makers Council".
func TestProductNameGroup(t *testing.T) {
	x := analyseText(t, "Tin runs short\n\n"+
		"Tin prices rose again this week.\n\n"+
		"The Tin Makers Council, a UK trade group, says supplies are thin. "+
		"According to the group, three mines closed in May.")
	s := sentenceWith(t, x, "three mines closed")
	got, _ := applyEdits(s.text, x.productNameEdits(s))
	if !strings.HasPrefix(got, "According to the Tin Makers Council, three mines") {
		t.Errorf("repaired as %q", got)
	}
}
