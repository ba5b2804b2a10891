package generate

import (
	"strings"
	"testing"
)

// A report whose sources all speak to one outlet: the outlet is not
// what its paragraphs are about, and never titles them.
const outletReport = "Shops that sell records say advertisers are paying for piracy on file sharing networks. \"Every advert there is money for the pirates,\" the owner of a record shop told the BBC News website.\n\n" +
	"Advertisers say they did not know where their adverts appeared. \"We never chose those networks,\" a spokesman for a bank told the BBC News website. A phone firm said its agency had placed the adverts without its knowledge, a spokeswoman told the BBC News website.\n\n" +
	"The record industry wants advertisers to check where their money goes. The firms said they had asked their agencies to remove the adverts from the networks."

func TestOutletSpokenToIsNoTitle(t *testing.T) {
	x := analyseText(t, outletReport)
	group := []int{1, 2, 3}
	got := x.title(group, map[string]bool{}, "")
	if strings.Contains(strings.ToLower(got), "bbc") {
		t.Errorf("the theme is titled %q, after the outlet its sources spoke to", got)
	}
}
