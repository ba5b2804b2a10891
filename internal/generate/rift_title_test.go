package generate

import "testing"

// A short report on a first minister and her finance secretary, whose
// later paragraphs tell of a biography's claims of a quarrel between
// them: the theme titled by one of the two names is titled by the
// quarrel. A theme whose sentences tell of no quarrel keeps its name,
// and a title that names a matter stays.
const rivalsReport = "Owen Price has appealed for party unity after reports claimed Helen Ward broke a promise to hand him the leadership.\n\n" +
	"The finance secretary would not comment on the reports but said he would not be distracted from the budget. " +
	"Helen Ward earlier called the claim old news.\n\n" +
	"In an interview on Sunday, Ward said: \"We both want to win the next election, and that is all that matters.\"\n\n" +
	"But the author of a new biography said the pair had a deep rift that began when Ward changed her mind in 2019. " +
	"He said the feud between Ward and Price had grown worse since the spring.\n\n" +
	"Party members are expected to raise concerns about the latest reports of infighting at a meeting on Monday.\n\n" +
	"A senior minister said those fuelling the rift were damaging the party, and urged Price and Ward to settle their row in private."

func TestRiftTitleNamesTheQuarrel(t *testing.T) {
	x := analyseText(t, rivalsReport)
	x.headline = "Price in appeal for party unity"
	g := []int{4, 5, 6}
	if got := x.riftTitle(g, "Owen Price", map[string]bool{}); got != "Claims of a Price–Ward Rift" {
		t.Errorf("riftTitle(Owen Price) = %q, want the quarrel", got)
	}
	if got := x.riftTitle(g, "Party Members", map[string]bool{}); got != "Party Members" {
		t.Errorf("riftTitle(Party Members) = %q, want it kept", got)
	}
	if got := x.riftTitle([]int{2, 3}, "Helen Ward", map[string]bool{}); got != "Helen Ward" {
		t.Errorf("riftTitle of paragraphs without a quarrel = %q, want it kept", got)
	}
	x.headline = "Helen Ward"
	if got := x.riftTitle(g, "Owen Price", map[string]bool{}); got != "Owen Price" {
		t.Errorf("riftTitle under a name = %q, want it kept", got)
	}
}
