package generate

import (
	"strings"
	"testing"
)

// A report's theme whose best key phrase is said once is titled by the
// noun its sentences repeat, beside the headline's subject.
func TestReportTitleRepeatedNoun(t *testing.T) {
	text := strings.Join([]string{
		"Tarn Ferries",
		"Tarn Ferries will run later this summer, the port authority said on Monday. Tarn Ferries carry commuters.",
		"Engines on the older boats of Tarn Ferries are being replaced. The new engines burn less fuel, and the engines are quieter. The newer boats carry a brass bell.",
		"Crews of Tarn Ferries say the engines will need a year of trials. Engines of this kind have failed elsewhere.",
	}, "\n\n")
	x := analyseText(t, text)
	g := []int{2, 3}
	got := x.reportTitle(g, "Newer Boats", "", map[string]bool{})
	if got != "Engines and Tarn Ferries" {
		t.Fatalf("reportTitle = %q, want %q", got, "Engines and Tarn Ferries")
	}
	// A title said in two sentences of the theme and not opened by an
	// adjective stays.
	if got := x.reportTitle(g, "New Engines", "", map[string]bool{}); got != "New Engines" {
		t.Fatalf("a title not from one sentence was replaced: %q", got)
	}
	if got := x.reportTitle(g, "Newer Boats", "", map[string]bool{"engines and tarn ferries": true}); got != "Newer Boats" {
		t.Fatalf("a title used already was given again: %q", got)
	}
	if !weakReportTitle(&titleCand{sp: &span{kind: kTerm, key: "noise"}, mentions: 3}) {
		t.Fatal("a lone common noun is not a report's theme title")
	}
}

func TestReportTitleSkipsBiographies(t *testing.T) {
	text := strings.Join([]string{
		"Mara Quell",
		"Mara Quell was a Danish painter who worked in Aarhus for forty years.",
		"Quell painted harbours. Her harbours were grey, and she sold the harbours to merchants. A bigger studio held the harbours.",
		"Quell taught at the academy, and Quell wrote on harbours.",
	}, "\n\n")
	x := analyseText(t, text)
	x.course = "Mara Quell"
	if got := x.reportTitle([]int{2, 3}, "Bigger Studio", "", map[string]bool{}); got != "Bigger Studio" {
		t.Fatalf("a biography's theme was retitled: %q", got)
	}
}

// A repeated noun the theme writes as a compound ("waiting lists") titles
// it as the compound, and a place the report is about holds it: "Waiting
// Lists in Dorrows", not the garbled "Lists and Dorrows"; a one-word
// name takes it as its own ("Norland's Waiting Lists").
func TestReportTitleCompoundInPlace(t *testing.T) {
	for _, c := range []struct{ place, want string }{
		{"Dorrows", "Waiting Lists in Dorrows"},
		{"Norland", "Norland's Waiting Lists"},
	} {
		text := strings.ReplaceAll(strings.Join([]string{
			"PLACE must cut delays",
			"The new health minister for PLACE says there are lessons to learn from Sorland. PLACE has the longest delays in the north.",
			"Figures showed waiting lists in PLACE grew again in May. Doctors in PLACE said waiting lists were the biggest test of the minister. Lists in Sorland fell.",
			"The minister said managing waiting lists would take a year, and a calmer view of priorities was needed in PLACE.",
			"PLACE's opposition called the reshuffle a distraction.",
		}, "\n\n"), "PLACE", c.place)
		x := analyseText(t, text)
		if name, _ := x.mainSubjectKey(); name != c.place {
			t.Fatalf("main subject %q: the text does not set up the case", name)
		}
		if got := x.reportTitle([]int{2, 3}, "Biggest Test", "", map[string]bool{}); got != c.want {
			t.Errorf("reportTitle = %q, want %q", got, c.want)
		}
	}
}

// A one-word subject takes the theme's repeated noun as its own only
// where the article writes it so: "EU's Trains" where the text says "the
// EU's trains", but where it never does the possessive names a thing the
// sentences mention, not their matter, and the theme keeps the phrase it
// was titled by.
func TestReportTitlePossessiveTheArticleWrites(t *testing.T) {
	for _, c := range []struct{ owner, want string }{
		{"the", "Bigger Refunds"},
		{"the EU's", "EU's Trains"},
	} {
		text := strings.ReplaceAll(strings.Join([]string{
			"EU to pay refunds",
			"The EU will pay travellers more, the regulator said on Monday. The EU runs most lines in the west.",
			"Travellers whose trains are cancelled can now claim bigger refunds from the EU. The refund depends on how late OWNER trains run.",
			"The EU said OWNER trains were often late in winter. Critics of the EU said the trains were too full.",
			"The EU will publish its figures in May.",
		}, "\n\n"), "OWNER", c.owner)
		x := analyseText(t, text)
		if name, _ := x.mainSubjectKey(); name != "EU" {
			t.Fatalf("main subject %q: the text does not set up the case", name)
		}
		if got := x.reportTitle([]int{2, 3}, "Bigger Refunds", "", map[string]bool{}); got != c.want {
			t.Errorf("owner %q: reportTitle = %q, want %q", c.owner, got, c.want)
		}
	}
}
