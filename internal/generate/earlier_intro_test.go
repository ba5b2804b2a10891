package generate

import (
	"strings"
	"testing"
)

// A definite phrase for a thing brought in paragraphs before by a
// quotation or a name takes it; a game among several is held back; a
// film brought in once with "a" and nothing else reads alone.
func TestEarlierIntro(t *testing.T) {
	x := analyseText(t, "Ferry fares rise.\n\n"+
		"Tom Hale has said a claim by Ann Price that the harbour board is acting like an \"old dragon\" shows the council is worried.\n\n"+
		"The Tories ran their now infamous \"sinking ship\" poster in May. It cost the board a great deal.\n\n"+
		"Ann Price made the claim about fares in the budget debate. Jo Reed, one of the men drawn in the Tory poster, said fares must fall.\n\n"+
		"During the interview Mr Hale also said the ferry would run all winter.")
	idx := x.introIndex()
	for _, c := range []struct{ in, old, full string }{
		{"made the claim about fares", "the claim", `the "old dragon" claim`},
		{"drawn in the Tory poster", "the Tory poster", `the Tory "sinking ship" poster`},
	} {
		s := sentenceWith(t, x, c.in)
		old, full, hold := x.earlierIntroFix(idx, s, s.text)
		if old != c.old || full != c.full || hold {
			t.Errorf("%q: got %q -> %q (hold %v), want %q -> %q", c.in, old, full, hold, c.old, c.full)
		}
	}
	s := sentenceWith(t, x, "made the claim about fares")
	items := []item{*trueItem(s)}
	items[0].proposed = true
	x.withEarlierIntro(items, Options{})
	if !items[0].proposed || items[0].q.Prompt != `True or false? Ann Price made the "old dragon" claim about fares in the budget debate.` {
		t.Errorf("claim not named: %v %q", items[0].proposed, items[0].q.Prompt)
	}

	y := analyseText(t, "Two war games compared.\n\n"+
		"Desert Storm has been remade for consoles, and the long running Sky Ace series has added the console game Red Dawn. "+
		"It is a traditional flight game that lets you fly one plane.\n\n"+
		"The game wants to be hard, and many players will like it for that.")
	s = sentenceWith(t, y, "The game wants")
	if old, _, hold := y.earlierIntroFix(y.introIndex(), s, s.text); old != "The game" || !hold {
		t.Errorf("a game among several: %q hold %v", old, hold)
	}
	items = []item{*trueItem(s)}
	items[0].proposed = true
	y.withEarlierIntro(items, Options{})
	if items[0].proposed || !items[0].leanHeld {
		t.Error("a game among several proposed alone")
	}

	z := analyseText(t, "A council row was filmed.\n\n"+
		"The meeting was shown in a local film on the harbour board. "+
		"The film also included footage of a row between Mr Hale and Ann Price. "+
		"The government said nothing.")
	for _, in := range []string{"The film also", "The government said"} {
		s = sentenceWith(t, z, in)
		if old, full, hold := z.earlierIntroFix(z.introIndex(), s, s.text); old != "" {
			t.Errorf("%q: a phrase that reads alone taken: %q -> %q (hold %v)", in, old, full, hold)
		}
	}
	z2 := analyseText(t, "A council row was filmed.\n\n"+
		"The meeting was shown in a BBC 3 film on the harbour board. "+
		"The film also included footage of a row between Mr Hale and Ann Price.")
	s = sentenceWith(t, z2, "The film also")
	if old, full, hold := z2.earlierIntroFix(z2.introIndex(), s, s.text); old != "The film" || full != "The BBC 3 film" || hold {
		t.Errorf("a film brought in with a name: %q -> %q (hold %v)", old, full, hold)
	}
}

// A plan brought in with its owner's name takes it, unless the
// sentence names the owner already.
func TestEarlierIntroOwner(t *testing.T) {
	x := analyseText(t, "Ferry fares rise.\n\n"+
		"Ann Price's plan would cut fares by a third. The council met on Monday.\n\n"+
		"The plan was dropped after a long debate. Ms Price defended the plan at length.")
	idx := x.introIndex()
	s := sentenceWith(t, x, "The plan was dropped")
	if old, full, hold := x.earlierIntroFix(idx, s, s.text); old != "The plan" || full != "Ann Price's plan" || hold {
		t.Errorf("owner: %q -> %q (hold %v)", old, full, hold)
	}
	s = sentenceWith(t, x, "defended the plan")
	if old, full, _ := x.earlierIntroFix(idx, s, s.text); old != "" && full != "" {
		t.Errorf("owner named twice: %q -> %q", old, full)
	}
}

// Relatives named beside a speaker on a stage are incidental; a son
// the report names again, or a wife named with no stage, is not.
func TestFamilyOnStage(t *testing.T) {
	x := analyseText(t, "Mayor sets out ferry plan.\n\n"+
		"Tom Hale told the harbour conference that fares would fall. "+
		"His speech had been introduced by his son Ben, a trainee nurse, who praised his father's honesty. "+
		"Mr Hale was also joined on stage by his wife Mary and daughter Lucy.\n\n"+
		"He said his wife Rose had first suggested the plan.\n\n"+
		"Mr Hale was joined by his son Carl, the harbour master. Carl said the ferry would run all winter.")
	for in, want := range map[string]bool{
		"introduced by his son Ben":        true,
		"joined on stage by his wife Mary": true,
		"his wife Rose had first":          false,
		"joined by his son Carl":           false,
	} {
		if got := x.familyOnStage(sentenceWith(t, x, in)); got != want {
			t.Errorf("%q: familyOnStage = %v, want %v", in, got, want)
		}
	}
}

// A thing brought in with its name between commas or after "called"
// takes the name where the article names one thing of its kind; where
// it names two, the item is held back.
func TestEarlierIntroApposedName(t *testing.T) {
	x := analyseText(t, "Bakers go online.\n\n"+
		"Last year Ann Price sold her cakes on a local website, Crumbly, which had just opened in the town. She made a profit within a month.\n\n"+
		"The harbour board runs a shuttle service called Harbourlink for visitors.\n\n"+
		"The council said many bakers now sell their cakes through the site. "+
		"The service carries 300 visitors a day in summer.")
	idx := x.introIndex()
	for _, c := range []struct{ in, old, full string }{
		{"sell their cakes through the site", "the site", "the website Crumbly"},
		{"The service carries", "The service", "The Harbourlink service"},
	} {
		s := sentenceWith(t, x, c.in)
		old, full, hold := x.earlierIntroFix(idx, s, s.text)
		if old != c.old || full != c.full || hold {
			t.Errorf("%q: got %q -> %q (hold %v), want %q -> %q", c.in, old, full, hold, c.old, c.full)
		}
	}
	s := sentenceWith(t, x, "sell their cakes through the site")
	items := []item{*trueItem(s)}
	items[0].proposed = true
	x.withEarlierIntro(items, Options{})
	if !items[0].proposed || items[0].q.Prompt != "True or false? The council said many bakers now sell their cakes through the website Crumbly." {
		t.Errorf("site not named: %v %q", items[0].proposed, items[0].q.Prompt)
	}

	y := analyseText(t, "Bakers go online.\n\n"+
		"Last year Ann Price sold her cakes on a local website, Crumbly, which had just opened in the town. She made a profit within a month.\n\n"+
		"Another new site is Bakeshare, which lets bakers share ovens.\n\n"+
		"The council said many bakers now sell their cakes through the site.")
	s = sentenceWith(t, y, "sell their cakes through the site")
	if old, _, hold := y.earlierIntroFix(y.introIndex(), s, s.text); old != "the site" || !hold {
		t.Errorf("a site among two: %q hold %v", old, hold)
	}

	z := analyseText(t, "Bakers go online.\n\n"+
		"Last year Ann Price sold her cakes on a local website which had just opened in the town. She made a profit within a month.\n\n"+
		"The council said many bakers now sell their cakes through the site.")
	s = sentenceWith(t, z, "sell their cakes through the site")
	if old, full, hold := z.earlierIntroFix(z.introIndex(), s, s.text); old != "" {
		t.Errorf("a site with no name taken: %q -> %q (hold %v)", old, full, hold)
	}
}

// A name set before a phrase of "a" between commas names what a later
// "the" phrase of its noun stands for; a list of names does not.
func TestEarlierIntroNameBeforeApposed(t *testing.T) {
	x := analyseText(t, "Ferry fares rise.\n\n"+
		"The Harbour Users Association, a local pressure group, said fares should fall by a third.\n\n"+
		"The council met on Monday. The group said it would protest outside the town hall.")
	s := sentenceWith(t, x, "The group said it would")
	if old, full, hold := x.earlierIntroFix(x.introIndex(), s, s.text); old != "The group" || full != "The Harbour Users Association" || hold {
		t.Errorf("name before: %q -> %q (hold %v)", old, full, hold)
	}
	y := analyseText(t, "Ferry fares rise.\n\n"+
		"Shops such as Tesco, Bramble, a local grocer, and Fenn said fares should fall by a third.\n\n"+
		"The council met on Monday. The grocer said it would protest outside the town hall.")
	s = sentenceWith(t, y, "The grocer said")
	if old, full, hold := y.earlierIntroFix(y.introIndex(), s, s.text); old != "" {
		t.Errorf("a list read as a name: %q -> %q (hold %v)", old, full, hold)
	}
}

func TestEarlierIntroRunningSubject(t *testing.T) {
	text := "Hill farmers return to an old crop.\n\n" +
		"The valley is the native home of millet, a hardy ancient grain that needs little water.\n\n" +
		"In the villages, millet is eaten at every meal. Farmers sell millet at the weekly market.\n\n" +
		"Ground into flour and baked into flat loaves, the grain is central to many local festivals.\n\n" +
		"Prices for millet have doubled since 2010. The government wants more land for millet."
	x := analyseText(t, text)
	idx := x.introIndex()
	s := sentenceWith(t, x, "the grain is central")
	if old, full, hold := x.earlierIntroFix(idx, s, s.text); old != "the grain" || full != "millet" || hold {
		t.Errorf("running subject: got %q -> %q (hold %v), want \"the grain\" -> \"millet\"", old, full, hold)
	}

	// A second grain the article keeps returning to: which one is a guess.
	y := analyseText(t, text+"\n\nBeside it grows sorghum, a tall tough grain. Sorghum feeds the cattle. "+
		"The sorghum harvest is in May. Sorghum needs rain.\n\n"+
		"Ground into flour, the grain is sold in town.")
	s = sentenceWith(t, y, "the grain is sold in town")
	if old, _, hold := y.earlierIntroFix(y.introIndex(), s, s.text); old != "the grain" || !hold {
		t.Errorf("two running subjects: %q hold %v", old, hold)
	}

	// A subject said in fewer sentences is no running subject.
	z := analyseText(t, "Hill farmers return to an old crop.\n\n"+
		"The valley is the native home of millet, a hardy ancient grain that needs little water.\n\n"+
		"Ground into flour and baked into flat loaves, the grain is central to many local festivals.")
	s = sentenceWith(t, z, "the grain is central")
	if old, full, _ := z.earlierIntroFix(z.introIndex(), s, s.text); old != "" {
		t.Errorf("subject said twice taken: %q -> %q", old, full)
	}
}

func TestEarlierIntroPlaceNamedOnce(t *testing.T) {
	x := analyseText(t, "A quiet coast faces a building boom.\n\n"+
		"Porthcoven is one of the last unspoilt harbours in the west, where fishing boats still land their catch. "+
		"Currently the harbour has little more than a slipway and a cafe.\n\n"+
		"The council approved plans for 300 flats on the hill above it.")
	s := sentenceWith(t, x, "Currently the harbour has")
	if old, full, hold := x.earlierIntroFix(x.introIndex(), s, s.text); old != "the harbour" || full != "Porthcoven harbour" || hold {
		t.Errorf("place: got %q -> %q (hold %v), want \"the harbour\" -> \"Porthcoven harbour\"", old, full, hold)
	}

	y := analyseText(t, "A city counts the cost.\n\n"+
		"In Old Fountain Square, a bomb broke every window of the bank next door. "+
		"Soldiers now patrol the square.")
	s = sentenceWith(t, y, "patrol the square")
	if old, full, hold := y.earlierIntroFix(y.introIndex(), s, s.text); old != "the square" || full != "Old Fountain Square" || hold {
		t.Errorf("named square: got %q -> %q (hold %v)", old, full, hold)
	}

	// Two squares named: which one is a guess, unless the sentence says.
	z := analyseText(t, "A city counts the cost.\n\n"+
		"In Old Fountain Square, a bomb broke every window of the bank next door. "+
		"Another bomb went off in Market Cross Square an hour later.\n\n"+
		"Soldiers now patrol the square. "+
		"Near Market Cross, the square was closed to traffic.")
	s = sentenceWith(t, z, "patrol the square")
	if old, _, hold := z.earlierIntroFix(z.introIndex(), s, s.text); old != "the square" || !hold {
		t.Errorf("two squares: %q hold %v", old, hold)
	}
	s = sentenceWith(t, z, "the square was closed")
	if old, full, hold := z.earlierIntroFix(z.introIndex(), s, s.text); old != "" {
		t.Errorf("square the sentence names: %q -> %q hold %v", old, full, hold)
	}
}

// "The new plan" is another plan than the owner's one told before: the
// owner is not put in (held-out set 223: "The new president must secure
// …" became "Argentina’s new president …", judged wrong by both judges).
func TestEarlierIntroNewOne(t *testing.T) {
	x := analyseText(t, "Ferry fares rise.\n\n"+
		"Ann Price's plan would cut fares by a third. The council met on Monday.\n\n"+
		"The new plan must win a majority of the council's votes.")
	s := sentenceWith(t, x, "The new plan must")
	if old, full, _ := x.earlierIntroFix(x.introIndex(), s, s.text); strings.Contains(full, "Price") {
		t.Errorf("another plan given the owner: %q -> %q", old, full)
	}
}
