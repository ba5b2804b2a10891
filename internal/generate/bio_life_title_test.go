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
