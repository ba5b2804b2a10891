package generate

import "testing"

// phoneHabitReport is a short report written for this test, on phone habits, whose
// last paragraph is on phone banking, which it names twice itself, and
// names cash machines once itself and once in a researcher's words, as
// what phone banking is not used like (the shape of a report whose
// paragraph on camera phones was titled "Digital Cameras").
const phoneHabitReport = "Faster phones alone will not sell more handsets, a survey suggests.\n\n" +
	"Phone makers should stop selling technology for its own sake, the survey by a phone maker found. Buyers care more about how a phone fits their day than about its screen or its chip. \"We talk too much about the chip,\" said Dr Anna Berg, who led the survey. \"We should talk about what people already do,\" she said.\n\n" +
	"The survey asked 9,000 phone owners how they use their phone. \"People keep their habits,\" said Dr Berg. \"They just move them onto the phone.\"\n\n" +
	"Young people who once kept paper diaries now keep them on a phone, she said. Older people send far more text messages than they did five years ago, because their children taught them.\n\n" +
	"How fast a new phone feature spreads depends on how quickly keen buyers pick up new phones.\n\n" +
	"Once enough owners have one, use of a new feature climbs. Early reports of phone banking use in Norway suggested the idea would fail, Dr Berg said. Now 40% of those asked in Norway bank by phone each week. In 2003 the figure was 20%. She said people used phone banking very differently from cheques and even cash machines. \"Habits around cash machines are simply replacing habits around bank counters,\" she said. Cash machines tend to be used for large weekly withdrawals. By contrast, phone banking is used for small payments made through the day."

// TestQuotedMentionCountsHalf: a phrase said partly in a speaker's words
// counts its quoted mentions half, and the phrase the report says itself
// titles the paragraph.
func TestQuotedMentionCountsHalf(t *testing.T) {
	x := analyseText(t, phoneHabitReport)
	group := []int{len(x.paras)}
	if got := x.title(group, map[string]bool{}, ""); got != "Phone Banking" {
		t.Errorf("the phone-banking paragraph is titled %q, want %q", got, "Phone Banking")
	}
}
