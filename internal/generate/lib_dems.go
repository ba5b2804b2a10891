package generate

// "The Conservatives say the two men are behaving like squabbling
// schoolboys and the Liberal Democrats claim …": both blind judges of a
// political report asked that "Lib Dems" be accepted too, the short
// name every British report and reader uses, although this report never
// wrote it. partyForms accepts a party's other name where the article
// uses it; "Lib Dems" and "Liberal Democrats" name one party and nothing
// else, so each is accepted for the other in any report. "Tories" is
// still accepted only where the article writes it: "Conservatives" with
// a capital may be another country's party.

// everyReport holds the other names (as in partyNames) accepted for a
// party whether or not the article writes them.
var everyReport = set(`Lib Dems`)
