package generate

import (
	"strings"
	"testing"
)

func TestNoMainVerb(t *testing.T) {
	x := analyseText(t, "By 1500 the river town had become a market for wool from three counties. "+
		"A market that had shown that it could outsell the ports of the coast. "+
		"A weaver who moved there in 1520 built the first fulling mill. "+
		"A bridge, which the guild paid for, was opened in 1531. "+
		"Because the old ford flooded every spring.\n\n"+
		"Although the mill burned in 1560, the trade kept growing. "+
		"Wash the fleece twice in cold water. "+
		"Why did the weavers leave after 1600? "+
		"\"A town that forgets its river is a town that dies,\" the mayor said. "+
		"The weavers sold their cloth at the summer fair. "+
		"A charter granted by the king in 1540 gave the town a second fair.")
	for _, c := range []struct {
		sub  string
		want bool
	}{
		{"A market that had shown", true},
		{"Because the old ford", true},
		// A main verb after the relative clause.
		{"A weaver who moved", false},
		{"A bridge, which the guild", false},
		// A fronted clause closed by a comma, then the main clause.
		{"Although the mill burned", false},
		// An order, a question, quoted speech with its "said".
		{"Wash the fleece", false},
		{"Why did the weavers", false},
		{"A town that forgets", false},
		{"The weavers sold", false},
		{"A charter granted", false},
		{"By 1500 the river town", false},
	} {
		s := sentenceWith(t, x, c.sub)
		if got := noMainVerb(s); got != c.want {
			var tags []string
			for _, tk := range s.toks {
				tags = append(tags, tk.text+"/"+tk.tag)
			}
			t.Errorf("noMainVerb(%q) = %v, want %v (%s)", s.text, got, c.want, strings.Join(tags, " "))
		}
	}
}

func TestNoMainVerbHeldBack(t *testing.T) {
	text := "The Wool Town\n\n" +
		"By 1500 the river town of Hallow had become a market for wool from three counties. " +
		"A trade that had shown that Hallow could outsell the ports of the Welsh coast by 1510. " +
		"Its weavers sold cloth to merchants from Bristol and Chester every summer.\n\n" +
		"In 1520 a weaver named Tobias Keld built the first fulling mill on the river. " +
		"The mill beat the cloth with wooden hammers driven by a great wheel. " +
		"Keld's mill doubled the cloth the town could sell within ten years.\n\n" +
		"The guild of weavers paid for a stone bridge over the river in 1531. " +
		"The bridge replaced a ford that flooded every spring. " +
		"Carts of wool could now cross in any season, and the market grew again.\n\n" +
		"A fire destroyed the mill and forty houses in 1560. " +
		"The guild rebuilt the mill in stone within two years. " +
		"By 1600 Hallow had four mills and a cloth hall beside the market."
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Course.Questions {
		if strings.Contains(q.Prompt, "outsell") {
			t.Errorf("item %s quotes the fragment: %q", q.ID, q.Prompt)
		}
	}
	for _, c := range res.Course.Cards {
		if strings.Contains(c.Front, "outsell") {
			t.Errorf("card %s quotes the fragment: %q", c.ID, c.Front)
		}
	}
}
