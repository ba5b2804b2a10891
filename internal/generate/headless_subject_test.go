package generate

import "testing"

// A headline-less sports report names its athlete once in full and by
// surname in every paragraph after; the course is named after her, not
// after a phrase of the first sentence.
func TestHeadlessSubjectNamedOnceInFull(t *testing.T) {
	a := analyseText(t, `After weeks of doubt the official line from the club on Monday was that Marta Velasco will skip the indoor season and not race again until the summer.

Velasco, who won the European 1500m title two years ago, has been troubled by a calf injury since the autumn. Her coach said the rest was a precaution.

Velasco will return to training in Portugal next month. She had hoped to defend her indoor title in Madrid in March.

The club said Velasco was disappointed but that the decision was the right one for her career.`)
	got := a.courseTitle()
	t.Logf("%q", got)
	if got != "Marta Velasco" {
		t.Fatalf("course title %q, want %q", got, "Marta Velasco")
	}
}

// A headline-less political report whose lead names a role and the
// source it comes from is named after the person it keeps coming back
// to, not the role.
func TestHeadlessSubjectNotARole(t *testing.T) {
	a := analyseText(t, `Downing Street said on Monday that there would be no early election, as the Prime Minister faced pressure from his own party and Arthur Penhale met the cabinet.

Downing Street said the Prime Minister wanted stability. Penhale added that the cabinet was united behind the budget.

Critics said the Prime Minister was afraid of the polls. Penhale dismissed the claim as nonsense.

Penhale is expected to set out his plans for the next session of parliament in the spring.`)
	got := a.courseTitle()
	t.Logf("%q", got)
	if got == "Prime Minister" || got == "Downing Street" {
		t.Fatalf("course title %q: a role or the source, not the subject", got)
	}
}

// The pundit a sports report quotes in its first sentence is its source;
// the athlete he talks about is its subject.
func TestHeadlessSubjectNotThePundit(t *testing.T) {
	a := analyseText(t, `Former sprint champion and television pundit Gregor Lane believes Tomas Rydell can win the 400m at the European Indoor Championships next month.

Rydell ran the fastest time in the world this winter at the national trials. "If he runs like that again nobody will catch him," said Lane.

Rydell has won nothing outdoors yet. Lane said the indoor track suited Rydell's long stride better.

The heats in Vienna are on Friday, with Rydell among the favourites.`)
	got := a.courseTitle()
	t.Logf("%q", got)
	if got != "Tomas Rydell" {
		t.Fatalf("course title %q: the pundit quoted, not the subject", got)
	}
}
