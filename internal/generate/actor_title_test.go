package generate

import "testing"

// The opening sentence of each fixture's first paragraph is a real
// report's; the rest is written for the test.

const actorReportOrder = "First Minister Jack McConnell has ordered a report on the decision to allow a paranoid schizophrenic knife attacker to go on a visit unguarded. " +
	"The report will look at how the hospital grants leave to its patients.\n\n" +
	"Doctors at the hospital said the patient had been calm for years. The hospital board will meet on Friday to discuss the case.\n\n" +
	"Police are searching the town for the man. Officers asked the public not to approach him."

// TestActorTitleObject: a report's theme that says its title once, and
// opens with a named person doing something to a thing it names again,
// is titled by the person's thing; the title before the name
// ("First Minister") is no part of the actor.
func TestActorTitleObject(t *testing.T) {
	x := analyseText(t, actorReportOrder)
	if got := x.actorTitle([]int{1}, "Knife Attacker", map[string]bool{}); got != "McConnell's Report" {
		t.Errorf("actorTitle = %q, want %q", got, "McConnell's Report")
	}
	// A title said in two of the theme's sentences is kept.
	if got := x.actorTitle([]int{2}, "Hospital Board", map[string]bool{}); got != "Hospital Board" {
		t.Errorf("actorTitle of a theme without an actor = %q", got)
	}
	// A title used already is not given twice.
	if got := x.actorTitle([]int{1}, "Knife Attacker", map[string]bool{"mcconnell's report": true}); got != "Knife Attacker" {
		t.Errorf("used title given again: %q", got)
	}
}

const actorReportLeave = "Officials at the state hospital are still looking for the missing patient. Roads near the hospital were closed on Tuesday.\n\n" +
	"The Scottish National Party's parliamentary leader argued that under the law, authorisation of Ferguson's leave of absence would have come directly from ministers. " +
	"She said the leave should have been refused. She asked which minister had approved it.\n\n" +
	"The hospital said its staff had followed the rules. A review will report in the spring."

// TestActorTitleSpeaker: a theme opened by what the owner of its speaker
// argues is titled by the owner on the owned thing the theme says again
// ("Ferguson's leave"); without such a thing, by the speaker's case.
func TestActorTitleSpeaker(t *testing.T) {
	x := analyseText(t, actorReportLeave)
	if got := x.actorTitle([]int{2}, "Parliamentary Leader", map[string]bool{}); got != "Scottish National Party on Ferguson's Leave" {
		t.Errorf("actorTitle = %q, want %q", got, "Scottish National Party on Ferguson's Leave")
	}
	if got := ownedTopic(x.paras[1].sents[0], x.paras[1].sents[0].toks, x.paras[1].sents[:1]); got != "" {
		t.Errorf("ownedTopic of a thing said once = %q, want none", got)
	}
}

const actorReportAccount = "Police said the missing man posed a danger to the public. Officers searched the town overnight.\n\n" +
	"The executive spokeswoman said the recommendation for leave was agreed by a psychiatric advisor \"in conjunction with officials on behalf of ministers\". " +
	"She said: \"It would not be common practice for ministers to sign it off.\" " +
	"She added: \"The common practice has been that doctors make that decision.\"\n\n" +
	"The man was last seen in a black jacket and grey jeans. He has a tattoo on his left hand."

// TestActorTitleQuotedPhrase: a title that the theme says only inside a
// speaker's quotes ("common practice") is no title of the theme, and a
// theme opened by a spokeswoman's statement is titled by the body she
// speaks for.
func TestActorTitleQuotedPhrase(t *testing.T) {
	x := analyseText(t, actorReportAccount)
	if got := x.actorTitle([]int{2}, "Common Practice", map[string]bool{}); got != "The Executive's Account" {
		t.Errorf("actorTitle = %q, want %q", got, "The Executive's Account")
	}
	if n := saidOutside("Common Practice", x.paras[1].sents); n != 0 {
		t.Errorf("saidOutside = %d, want 0", n)
	}
}
