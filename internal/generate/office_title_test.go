package generate

import "testing"

// A theme of a report on new rules for street traders, titled by the
// body that approves them, is titled by the phrase its sentences keep
// saying; a body in a theme whose sentences repeat no phrase stays.
func TestOfficeTitleGivesWayToTheMatter(t *testing.T) {
	x := analyseText(t, `New rules on trading licences for market stalls in the city are coming into force.
From Monday, most stallholders will need Licensing Office approval to trade. The Licensing Office says the new rules are aimed at cutting the number of fake stalls. But the traders' union says the rules are unfair and it may go to court. Under the old scheme anybody wishing to trade only had to pay a fee at the town hall.
From Monday all stallholders must either hold a permit before they set up or apply for a Licensing Office certificate of trading approval. To get a certificate, costing £40, applicants will have to show they have a legal right to work in the city.
Once they have the papers, stallholders must register at one of ten market offices. The union's chair said the rules were harsh.
Over the last year raids on fake stalls have grown. In March ten people who ran a ring of fake stalls were fined.
A council spokesman said the fines would go on.`)
	got := x.officeTitle([]int{1, 2, 3}, "Licensing Office", "", map[string]bool{})
	if got != "Trading Approval" {
		t.Errorf("office title: got %q, want %q", got, "Trading Approval")
	}
	if got := x.officeTitle([]int{4, 5}, "Market Offices", "", map[string]bool{}); got != "Market Offices" {
		t.Errorf("a theme repeating no phrase: got %q, want the body kept", got)
	}
	if got := x.officeTitle([]int{1, 2, 3}, "Trading Licences", "", map[string]bool{}); got != "Trading Licences" {
		t.Errorf("not a body: got %q, want it kept", got)
	}
}
