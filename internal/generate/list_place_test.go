package generate

import "testing"

// A place in a list the sentences before counted out, an impact whose
// cause the sentence before named, and a kind brought in by a compound:
// sentences of our own of the kinds blind judges of sets 146 to 150
// asked to have given their context (CONTEXT, both judges, on each),
// beside sentences that say the same and stand alone.
func TestListPlaceAndImpactOpenings(t *testing.T) {
	x := analyseText(t, "Shipping lines are changing how they work in two ways. "+
		"The first is that ships now sail more slowly to save fuel. "+
		"The second way in which shipping lines are changing has to do with their crews. "+
		"The third factor at work is the price of steel. "+
		"The second largest port in Europe is Antwerp. "+
		"The last ship to leave the old harbour sailed in 1988. "+
		"A second feature of the trade is the power of the dockers' union. "+
		"A second ship sank off the coast in 1990.\n\n"+
		"Cheap fuel has spread along the coast. "+
		"The impact on fishermen who live in the north is most marked. "+
		"The effect was a fall in the price of fish. "+
		"The impact of cheap fuel on fishermen has been studied for years. "+
		"The effects of the storm were felt in every harbour.")
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The second way in which", true},
		{"The third factor at work", true},
		{"The second largest port", false},
		{"The last ship to leave", false},
		{"A second feature of the trade", true},
		{"A second ship sank", false},
		{"The impact on fishermen", true},
		{"The effect was a fall", true},
		{"The impact of cheap fuel", false},
		{"The effects of the storm", false},
	} {
		s := sentenceWith(t, x, c.sent)
		if got := needsContext(s); got != c.want {
			t.Errorf("%q: leans on the sentence before: %v, want %v", s.text, got, c.want)
		}
	}
}

// TestCompoundKindBack: "The quake" after "Mexico's strongest
// earthquake" points back at the earthquake as "The letter" after "an
// anonymous letter" does; a short noun is no compound's end.
func TestCompoundKindBack(t *testing.T) {
	for _, c := range []struct {
		text, sub string
		back      bool
	}{
		{"In May 2016 Chile's strongest earthquake in decades flattened two towns. " +
			"The quake was also a blow to the firms that had insured them.", "The quake was", true},
		{"In May 2016 Chile's strongest storm in decades flattened two towns. " +
			"The quake was also a blow to the firms that had insured them.", "The quake was", false},
		{"Peru's new railway opened in 2019. The way to the coast is still closed in winter.", "The way to", false},
	} {
		x := analyseText(t, c.text)
		s := sentenceWith(t, x, c.sub)
		if got := x.definiteBack(s); got != c.back {
			t.Errorf("definiteBack(%q) = %v; want %v", s.text, got, c.back)
		}
	}
	for _, c := range []struct {
		w, noun string
		want    bool
	}{
		{"earthquake", "quake", true},
		{"quake", "quake", true},
		{"railway", "way", false},
		{"quakes", "quake", false},
	} {
		if got := kindSaid(c.w, c.noun); got != c.want {
			t.Errorf("kindSaid(%q, %q) = %v, want %v", c.w, c.noun, got, c.want)
		}
	}
}

// TestTurnBackSets151To155: openings and phrases that take their sense
// from the sentence before, in sentences of our own of the kinds blind
// judges of sets 151 to 155 asked to have given their context (CONTEXT,
// both judges, on each), beside sentences that stand alone.
func TestTurnBackSets151To155(t *testing.T) {
	x := analyseText(t, "Firms have tried three ways to cut their fuel bills. "+
		"The third, which the new engine promises, is to burn less on the way out. "+
		"The first is that ships sail more slowly. "+
		"The first ferry to cross the sound sailed in 1901. "+
		"For one thing, slower ships need fewer crew. "+
		"True, only a few firms have tried it for long. "+
		"To be sure, the savings are small. "+
		"What little there is suggests that the savings are real. "+
		"Fast forward five years, and fuel prices doubled again. "+
		"A more powerful version could cross the ocean in a week. "+
		"A more powerful engine was fitted to the ferry in 2003.\n\n"+
		"Captains who have sailed the new ships say as much. "+
		"The lion's share goes to the three biggest lines. "+
		"The lion's share of the fuel is burned in port. "+
		"Not all of the routes are quite that busy.")
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"The third, which", true},
		{"The first is that", true},
		{"The first ferry to cross", false},
		{"For one thing", true},
		{"True, only a few", true},
		{"To be sure", true},
		{"What little there is", true},
		{"Fast forward five years", true},
		{"A more powerful version", true},
		{"say as much", true},
		{"The lion's share goes", true},
		{"The lion's share of the fuel", false},
		{"quite that busy.", true},
	} {
		s := sentenceWith(t, x, c.sent)
		if got := needsContext(s); got != c.want {
			t.Errorf("%q: leans on the sentence before: %v, want %v", s.text, got, c.want)
		}
	}
}

// TestTurnBackSets166To175: sentences of our own in the shapes the
// judges of sets 166 to 175 found leaning on the sentence before
// (CONTEXT on every verdict), and sentences like them that read alone.
func TestTurnBackSets166To175(t *testing.T) {
	x := analyseText(t, "The ferry firms have asked the government for a subsidy. "+
		"As if that were not bad enough, fuel prices doubled in the spring. "+
		"In other places, the ferries still run at a profit. "+
		"Some, including the island councils, will pay part of the cost. "+
		"Scotland’s is due to end in May, but the subsidy may linger in the islands. "+
		"Three harbour boards have made a similar plea. "+
		"A similar dilemma faces the crews of the smaller boats. "+
		"A similar number of ferries sail from Oban to the islands as from Mallaig. "+
		"The engineer who fitted batteries to the Oban boats realised that a similar approach might work for the island ferries. "+
		"Ships that use these two kinds of fuel are cheaper to run. "+
		"Oban's growth, along with Mallaig's decline, has made these two ports rivals.\n\n"+
		"Most of the fuel is bought from Shell, according to Tidewater, another research firm. "+
		"A yard in Spain is building another 60 ferries for the island routes. "+
		"The first two paragraphs above are taken from a report the two captains wrote in 1981. "+
		"If fuel costs are similar to back then, the firms will lose money. "+
		"For most islanders, the new timetable will not be quite as strict. "+
		"Most islanders favour the idea. "+
		"Most islanders favour the idea of a bridge to the mainland. "+
		"In March ferry firms there borrowed £40m from the banks.")
	for _, c := range []struct {
		sent string
		want bool
	}{
		{"As if that were not bad enough", true},
		{"In other places", true},
		{"Some, including the island councils", true},
		{"Scotland’s is due", true},
		{"made a similar plea", true},
		{"A similar dilemma faces", true},
		{"A similar number of ferries", false},
		{"a similar approach might work", false},
		{"these two kinds of fuel", true},
		{"these two ports rivals", false},
		{"another research firm", true},
		{"building another 60 ferries", false},
		{"paragraphs above", true},
		{"similar to back then", true},
		{"quite as strict", true},
		{"favour the idea.", true},
		{"the idea of a bridge", false},
		{"ferry firms there borrowed", true},
	} {
		s := sentenceWith(t, x, c.sent)
		if got := needsContext(s); got != c.want {
			t.Errorf("%q: leans on the sentence before: %v, want %v", s.text, got, c.want)
		}
	}
}
