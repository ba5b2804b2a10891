package generate

import "testing"

// An article that keeps saying one common word is named after it, not
// after the place it is set in or the person it quotes; one whose
// subject is a person it keeps naming keeps that name.
func TestDominantCourseTitle(t *testing.T) {
	kite := "Every spring, the hills above the village of Tarn fill with colour as kites rise over the valley.\n\n" +
		"Kites have been flown at the Tarn festival for forty years, said Owen Price, who organises it. \"Kites need wind and patience,\" said Price.\n\n" +
		"The oldest kites on show were made of silk and bamboo. Today most kites are built from nylon, and kites of carbon fibre are lighter still.\n\n" +
		"Children build kites in a tent by the car park. Their kites are tested on the slope before the judges see them.\n\n" +
		"The prize for the highest flight went to a retired engineer whose kites were made from old sails. Price said the festival would return next spring.\n\n" +
		"Last year rain kept most kites on the ground, and the organisers lost money on the weekend."
	x := analyseText(t, kite)
	if got := x.courseTitle(); got != "Kites" {
		t.Errorf("course title = %q, want \"Kites\"", got)
	}
	bio := "Owen Price has flown kites since he was six. Price grew up in Tarn, a village in the hills of Wales.\n\n" +
		"Price built his first kites from newspaper and string. At school Price won a prize for the highest kite.\n\n" +
		"Kites took Price to festivals across Europe, where Price met the makers he now trains.\n\n" +
		"Price later founded the Tarn festival. Each spring Price judges the kites himself.\n\n" +
		"Price says the kites of today are lighter than the kites of his youth, and Price still flies a silk kite."
	y := analyseText(t, bio)
	if got := y.courseTitle(); got == "Kites" {
		t.Errorf("course title = %q: the article is about Owen Price, whom it names throughout", got)
	}
}

// A phrase the article says a few times gives way to the word it says
// three times as often: a report on a cooling mirror that could replace
// air conditioning is about the mirror (set 91, "Air Conditioning"
// judged bad by both judges).
func TestDominantCourseTitleOverPhrase(t *testing.T) {
	x := analyseText(t, "Engineers in Lyon have built a mirror that could replace heat pumps in hot cities. The mirror sends heat from a room into the sky, and a larger mirror is planned.\n\n"+
		"The mirror is a thin sheet of glass and silver. On a hot day the mirror stays cooler than the air around it, and the mirror needs no power.\n\n"+
		"In summer, heat pumps use a fifth of the power of a city. A mirror on the roof could cut that bill, the engineers say, and a second mirror could cool the walls.\n\n"+
		"The first mirror was tested on a school roof for a year, beside an older mirror of plain steel. Each mirror covered ten square metres, and the school turned off its heat pumps in June.\n\n"+
		"Electric heat pumps will still be needed on the hottest days, the team admits. But a mirror could do most of the work, and the mirror costs little to make.")
	if _, k := x.mainSubjectKey(); k != "heat pumps" {
		t.Fatalf("main subject %q: this test needs \"heat pumps\"", k)
	}
	if got := x.courseTitle(); got != "Mirror" {
		t.Errorf("course title = %q, want \"Mirror\"", got)
	}
}

// "Earth", where an astronaut comes home to, is no report's subject
// ("Earth Mission" named a report on a year in space; set 91, bad, both
// judges).
func TestEarthNoSubject(t *testing.T) {
	x := analyseText(t, "The astronaut Maria Lind returned to Earth on Tuesday after 300 days aboard the space station. Her capsule landed on the steppe of Kazakhstan.\n\n"+
		"Lind orbited Earth more than 4,800 times, the space agency said. The agency wants to know how a long stay in space changes the body.\n\n"+
		"Back on Earth, doctors will test her muscles and eyes for a year. Her brother, who stayed on Earth, will take the same tests.\n\n"+
		"Lind said the first thing she wanted on Earth was a hot shower. She will speak to reporters next week.")
	if _, k := x.mainSubjectKey(); k == "earth" {
		t.Errorf("main subject %q", k)
	}
}

// A course named after a phrase the article keeps saying takes the other
// word it says nearly as often, in a sentence with it: "Killer Whales
// and Noise" (set 94, "Killer Whales" judged bad by both judges: "the
// article is about ship noise disturbing whales").
func TestDominantCourseTitlePair(t *testing.T) {
	x := analyseText(t, "Killer whales off the coast of Oregon are losing their prey to noise from passing ships, researchers say. The noise drowns out the clicks the whales use to hunt.\n\n"+
		"Killer whales hunt salmon by sound. When a ship passes, the noise is loudest at the frequencies the whales use, and the whales stop hunting. The noise can last for hours.\n\n"+
		"The researchers recorded the noise of 1,500 ships for two years. Container vessels made the most noise; fishing boats made the least noise, and the whales avoided them less.\n\n"+
		"Killer whales are not the only whales at risk. Noise from ships also reaches the grey whales that feed near the shore, and the noise travels for miles.\n\n"+
		"Slower vessels make less noise, the researchers found. If vessels slowed down near the whales, the noise would halve, they said.\n\n"+
		"The port has asked captains to slow down near whales this summer. The killer whales will be counted again next year. Their biggest problem is the noise, not food.")
	if got := x.courseTitle(); got != "Killer Whales and Noise" {
		t.Errorf("course title = %q, want \"Killer Whales and Noise\"", got)
	}
}
