package generate

import "testing"

// A unit of measure titles no theme: paragraphs full of "per square
// metre" are about what is measured (set 91's cooling mirror, "Square
// Metre", judged bad by both judges).
func TestUnitTitle(t *testing.T) {
	x := analyseText(t, "Solar tiles are appearing on the roofs of new homes across Norway, where builders say the tiles now cost little more than ordinary slate.\n\n"+
		"The tiles are made of thin glass over silicon cells. Each tile looks like slate from the street, and an electrician links the tiles to a box in the loft.\n\n"+
		"Builders in Bergen fitted the tiles to two hundred homes last year. The council paid half the cost of each roof, and owners paid the rest over ten years.\n\n"+
		"A tile roof produces about 150 watts per square metre on a bright day. On a cloudy day in Bergen it produces about 40 watts per square metre, enough to run a fridge.\n\n"+
		"A house with 30 square metres of tiles can meet most of its own needs in summer. In winter the owners still buy power from the grid, at 20 cents per square metre of roof a month.\n\n"+
		"Engineers say the output per square metre will rise as the cells improve. The makers hope to halve the price of a square metre of tiles by 2030.")
	if got := x.title([]int{4, 5, 6}, map[string]bool{}, ""); unitTitle(got) || got == "" {
		t.Errorf("title of the paragraphs on output per square metre = %q, want one that is no unit", got)
	}
	for _, c := range []struct {
		title string
		unit  bool
	}{{"Square Metre", true}, {"Cubic Metres", true}, {"Election Day", false}, {"New Year", false}, {"Tile Roof", false}, {"Market Square", false}, {"Master's Degree", false}} {
		if got := unitTitle(c.title); got != c.unit {
			t.Errorf("unitTitle(%q) = %v, want %v", c.title, got, c.unit)
		}
	}
}

// No blank asks for a unit: "$70 per _____" for "square metre".
func TestNoUnitBlank(t *testing.T) {
	res, err := Generate("Solar tiles are appearing on the roofs of new homes across Norway, where builders say the tiles now cost little more than ordinary slate.\n\n"+
		"A tile roof produces about 150 watts per square metre on a bright day, and the tiles cost about $70 per square metre to install.\n\n"+
		"On a cloudy day in Bergen a roof produces about 40 watts per square metre, enough to run a fridge, the makers say.", Options{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range append(res.Drafts, res.Held...) {
		var answers []string
		if d.Card != nil {
			answers = append(answers, d.Card.Back)
		}
		if d.Question != nil {
			answers = append(answers, d.Question.Answers...)
			for _, o := range d.Question.Options {
				if o.Correct {
					answers = append(answers, o.Text)
				}
			}
		}
		for _, a := range answers {
			if unitTitle(a) {
				t.Errorf("a blank asks for the unit %q: %s", a, d.Rule)
			}
		}
	}
}
