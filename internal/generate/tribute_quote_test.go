package generate

import "testing"

// In a report of a death, the quoted first reactions of colleagues are
// incidental; what the dead man did is not, nor a quotation in a report
// that tells no death.
func TestTributeReaction(t *testing.T) {
	x := analyseText(t, "Former harbour master dies aged 88\n\n"+
		"Former harbour master Tom Rigg has died at his home in Elmford, a week after his 88th birthday. "+
		"He ran the port for 30 years and opened its first ferry route to Norway in 1971. "+
		"The council leader called him a \"giant\" of the town's working life. "+
		"A former deputy said her first reaction on hearing the news was \"deep sadness\". "+
		"Rigg said in 1990 that the ferry route was \"the work of my life\".")
	for sent, want := range map[string]bool{
		"Former harbour master Tom Rigg has died": false,
		"He ran the port for 30 years":            false,
		"The council leader called him":           true,
		"A former deputy said her first reaction": true,
		"Rigg said in 1990":                       false,
	} {
		if got := x.tributeReaction(sentenceWith(t, x, sent)); got != want {
			t.Errorf("%q: tribute %v, want %v", sent, got, want)
		}
	}
	y := analyseText(t, "Ferry route opens\n\n"+
		"The first ferry from Elmford to Norway sailed on Monday with 300 passengers. "+
		"The council leader called him a \"giant\" of the town's working life, speaking of the captain.")
	if y.tributeReaction(sentenceWith(t, y, "The council leader called him")) {
		t.Errorf("a quotation in a report of no death read as a tribute")
	}
}
