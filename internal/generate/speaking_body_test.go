package generate

import (
	"strings"
	"testing"
)

// A body a report quotes on the matter ("the Home Office said", "a Home
// Office spokesman said") recurs because it speaks, not because the
// paragraphs are about it: the theme is titled by what they are about.
// Paragraphs about the body itself keep its name as their title.
func TestTitleNotTheBodyThatSpeaks(t *testing.T) {
	speaks := strings.Join([]string{
		"Couples who want to marry in Britain face new checks on their papers from next month.",
		"Registrars will check the passports of every couple. Couples from abroad must show they have the right to stay.",
		"The Home Office said the checks would stop sham weddings. A Home Office spokesman said most couples would see no delay. The fee for the checks is £135, the Home Office added.",
		"The Home Office said gangs had arranged hundreds of sham weddings for cash. Critics said the fee was too high for couples on low pay.",
		"Church weddings are not covered by the new checks, the Home Office said. Lawyers said the checks might breach the right to marry.",
		"Registrars said they would need more staff. Couples said the queues were already long.",
	}, "\n\n")
	about := strings.Join([]string{
		"Couples who want to marry in Britain face new checks on their papers from next month.",
		"Registrars will check the passports of every couple. Couples from abroad must show they have the right to stay.",
		"The Home Office was split in two last year. The Home Office now runs the borders and the police. Its budget is £13bn.",
		"The Home Office has moved staff to Croydon to stop sham weddings. Critics say the Home Office is too big to run well.",
		"The Home Office lost files on thousands of cases in May. Lawyers blamed old computers.",
		"Registrars said they would need more staff. Couples said the queues were already long.",
	}, "\n\n")
	for _, c := range []struct{ text, want string }{
		{speaks, "Sham Weddings"},
		{about, "Home Office"},
	} {
		x := analyseText(t, c.text)
		if got := x.title([]int{3, 4, 5}, map[string]bool{}, ""); got != c.want {
			t.Errorf("title = %q, want %q", got, c.want)
		}
	}
	// Nor does the report's recurring name replace the theme's title
	// where the name is mostly the body that speaks.
	x := analyseText(t, strings.Replace(speaks, "Lawyers said", "Lawyers at Lindell Law said", 1))
	if got := x.recurringNameTitle([]int{3, 4, 5}, "Lindell Law", map[string]bool{}); got != "Lindell Law" {
		t.Errorf("recurringNameTitle = %q, want the theme's title kept", got)
	}
}
