package generate

import (
	"strings"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

const aliasText = "Thomas Harker (1702 – 1741) was an English highwayman who robbed coaches on the roads north of London.\n\n" +
	"Harker was born in Essex and trained as a butcher in the town of Chelmsford. In 1737 he fled north to Lincolnshire and took the alias of William Dale. " +
	"While he was lodging at a farm near Lincoln, the county constable grew suspicious of Dale after a quarrel over a stolen goose. " +
	"Dale was arrested and held in the prison of Lincoln Castle for several weeks. Harker was tried at the Lincoln assizes and hanged in April 1741."

// A blank on a sentence that names the highwayman only by the alias the
// sentence before gives names him: "Harker (as William Dale)".
func TestAliasNamesThePerson(t *testing.T) {
	x := analyseText(t, aliasText)
	s := sentenceWith(t, x, "Dale was arrested")
	it := &item{sent: s, rule: "cloze-short/place", answer: "Lincoln Castle", q: &quiz.Question{Type: quiz.Short, Prompt: "Fill in the blank: “Dale was arrested and held in the prison of _____ for several weeks.”"}}
	if !x.standAlone(it) {
		t.Fatal("the question does not stand alone")
	}
	if !strings.Contains(it.q.Prompt, "“Harker (as William Dale) was arrested") {
		t.Errorf("prompt = %q, want the highwayman named", it.q.Prompt)
	}
}

// A true statement quotes its sentence whole: one naming the person only
// by the alias is not asked; a blank over the alias itself is not either.
func TestAliasStatementHeldBack(t *testing.T) {
	x := analyseText(t, aliasText)
	s := sentenceWith(t, x, "Dale was arrested")
	tf := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if x.standAlone(tf) {
		t.Errorf("statement drafted: %q", tf.q.Prompt)
	}
	blank := &item{sent: s, rule: "cloze-short/person", answer: "Dale", q: &quiz.Question{Type: quiz.Short, Prompt: "Fill in the blank: “_____ was arrested and held in the prison of Lincoln Castle for several weeks.”"}}
	if x.standAlone(blank) {
		t.Errorf("blank over the alias drafted: %q", blank.q.Prompt)
	}
	if _, has, _ := x.aliasEdit(sentenceWith(t, x, "took the alias")); has {
		t.Error("the sentence giving the alias leans on itself")
	}
	if _, has, _ := x.aliasEdit(sentenceWith(t, x, "Harker was tried")); has {
		t.Error("a sentence naming only the person has an alias edit")
	}
}

// A nickname that opens on "the" and ends on a title ("the Iron Duke")
// gives no edit to a sentence that only opens on "The" or names a duke.
func TestAliasNicknameNotItsWords(t *testing.T) {
	x := analyseText(t, "Arthur Wellesley Hale (1769 – 1852) was a British soldier and statesman.\n\n"+
		"Hale won many battles in Spain and earned the nickname of The Iron Duke from his troops. "+
		"The Duke of York gave him command of the army in Flanders in 1815. "+
		"Hale later served twice as prime minister of the United Kingdom.")
	if e, has, _ := x.aliasEdit(sentenceWith(t, x, "gave him command")); has {
		t.Errorf("edit %v on a sentence that names another duke", e)
	}
}

// A name the article calls its subject by from the start, explained later
// as a stage name, is no alias the reader has not met: the sentences
// naming him are drafted as they stand.
func TestStageNameUsedFromTheLeadIsNoAlias(t *testing.T) {
	x := analyseText(t, "Until the end, the singer Rory Vance, who has died aged 71, kept changing his sound.\n\n"+
		"Vance was born Rory Albert Finch in Leeds in 1952. He adopted the name Vance to avoid confusion with another singer. "+
		"Vance released his first album in June 1971, and it sold poorly. "+
		"In 1975 Vance married the painter Ella Moss.")
	for _, probe := range []string{"Vance released his first album", "In 1975 Vance married"} {
		if e, has, _ := x.aliasEdit(sentenceWith(t, x, probe)); has {
			t.Errorf("%q: alias edit %v for the name the article goes by", probe, e)
		}
	}
	s := sentenceWith(t, x, "In 1975 Vance married")
	tf := &item{sent: s, rule: "truefalse-true", answer: "True", q: &quiz.Question{Type: quiz.TrueFalse, Prompt: "True or false? " + s.text}}
	if !x.standAlone(tf) {
		t.Errorf("statement held back: %q", tf.q.Prompt)
	}
}
