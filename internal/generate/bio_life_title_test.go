package generate

import "testing"

// A biography whose lead names several roles and whose first theme goes
// on to tell a voyage, a bankruptcy and an office, with no paragraph of
// the birth, is titled by the life ("Hale's Life"), not by the lead's
// first role.
func TestLeadThemeWithoutBirthTitledLife(t *testing.T) {
	x := analyseText(t, "Tomas Hale\n\n"+
		"Tomas Hale was a Welsh ship's master, merchant and, later, the first governor of the Bay Islands. Hale came from a family of traders and grew up in Cardiff.\n\n"+
		"In 1711 Hale sailed with two ships on a trading voyage to the Indies. The voyage made him famous in Cardiff and in London.\n\n"+
		"Hale lost his money in a lawsuit over the cargo in 1715 and was declared bankrupt. He sold his house in Cardiff to pay his debts.\n\n"+
		"In 1718 Hale was made governor of the Bay Islands, where he fought pirates for three years. He died in office in 1721.\n\n"+
		"Hale was the eldest son of Owen Hale, a sea captain of Cardiff. His mother was the daughter of a Bristol merchant.\n\n"+
		"Hale married Ann Wynn in 1705 and they had three children. Their son later served in the navy.")
	if got, want := x.lifeStageTitle([]int{1, 2, 3, 4}, true, false), "Hale's Life"; got != want {
		t.Errorf("lifeStageTitle = %q, want %q", got, want)
	}
}

// A history that opens by defining a league, which the article never
// calls he or she, has no "<Name>'s Life" theme, though no paragraph
// tells a birth.
func TestLeadThemeOfLeagueNotTitledLife(t *testing.T) {
	x := analyseText(t, "The Drava League\n\n"+
		"The Drava League (also known as Drava, 1250-1560 CE) was a federation of river towns formed in the 13th century to protect their trade. The Drava League was centred in the town of Osor.\n\n"+
		"The Drava League grew in power through the 14th century and set up trading posts along the river. Its merchants paid lower tolls than any others.\n\n"+
		"By 1400 the Drava League held a monopoly on salt along the river. Towns outside it paid double for their salt.\n\n"+
		"The Drava League fought a war with the Duke of Carinthia in 1420 and lost two of its towns. The war emptied its treasury.\n\n"+
		"The Drava League declined after new roads opened to the south. The last meeting of its towns was held in Osor in 1560.\n\n"+
		"Historians still study the Drava League's records in the archive at Osor. The records list every cargo of salt for two centuries.")
	if _, short := x.biographySubject(); short == "" {
		t.Fatal("the lead's dated name is no longer taken for a subject: this test no longer reaches lifeStageTitle's guard")
	}
	if got := x.lifeStageTitle([]int{1, 2, 3, 4}, true, false); got != "" && got[len(got)-5:] == " Life" {
		t.Errorf("lifeStageTitle = %q, want no life title for a league", got)
	}
}
