// Package formats reads and writes the question-set formats instructors
// already have: Moodle GIFT, Moodle XML and Aiken for questions, and the term/definition
// text that Quizlet and Anki import and export for flashcards. It knows
// nothing of HTTP or storage; parsers turn bytes into quiz.Question and
// quiz.Card values and writers turn them back into bytes. Lectern's own JSON
// format is decoded by quizzes.Decode; this package only recognises it.
//
// Every parser is all-or-nothing: a file with any syntax error returns the
// error(s) and no result. Well-formed items that Lectern cannot represent
// (a GIFT essay or description, partial credit on a numerical answer, a
// wildcard answer, a question that fails quiz.ValidateQuestion) are not errors: they are left
// out and listed in Result.Skipped with their line, so the importer can tell
// the instructor. Every question returned passes quiz.ValidateQuestion.
// Paragraphs are left empty for the importer to assign.
//
// # GIFT
//
// ParseGIFT follows Moodle's importer (question/format/gift/format.php):
// blank lines separate questions, // lines are comments, escapes (\~ \= \#
// \{ \} \: \\ \n) are swapped for placeholders before structure is looked
// for, the answer block runs from the first { to the first }, text after it
// makes a missing-word question (the block becomes "_____" in the prompt),
// "####" starts the general feedback (the explanation), and the type is
// decided in Moodle's order. As in Moodle:
//
//   - a block with "=" is single choice; with only "~" answers it is
//     multiple response, even when one is ~%100% (positive weights are the
//     correct options);
//   - {T#a#b}: a is the feedback for the wrong choice, b for the right one;
//   - a numerical range min..max is accepted as [min, max], value:tol as
//     value ± tol, and ~#feedback is the catch-all wrong answer;
//   - the format markers (html, moodle, plain or markdown in square brackets
//     at the start of a text) are removed, and answers and feedback inherit
//     the question's format;
//   - "$CATEGORY: path" applies to the questions after it; [id:x] in a
//     comment is the question's idnumber.
//
// Lectern's choices where Moodle has none or differs:
//
//   - Text is plain: HTML-format text, and moodle-format text containing
//     common HTML tags, is reduced to text; markdown is kept as written.
//   - IDs: the [id:] idnumber, else the ::title:: when it is a usable ID
//     (letters, digits, '.', '_', '-'; no spaces), else q1, q2, … by
//     position; repeats get "-2", "-3". Titles not used as IDs are kept in
//     Result.Titles.
//   - Themes: the last segment of a category path, slugged ($course$ and
//     top are not segments); otherwise Options.Theme.
//   - Weights are kept as Moodle grades them (quiz.Option.Fraction,
//     quiz.Question.Marked): partial and negative credit on choices,
//     several 100% answers in single choice, short answers with their own
//     marks or feedback and the catch-all * (feedback, no marks). Weights
//     that only restate the defaults are dropped (quiz.CanonicalFractions).
//     Partial and zero credit on numerical answers, other wildcards and
//     matching distractors (= -> x) are left out and reported.
//   - true/false accepts any case ({true}); Moodle reads lowercase as a short
//     answer.
//   - A second unescaped { or } in a question is an error (Moodle silently
//     keeps it as text), as is a non-number in a numerical answer (Moodle
//     turns it into a catch-all).
//   - A $CATEGORY line followed directly by a question ends the category
//     there; Moodle needs a blank line.
//
// WriteGIFT writes what ParseGIFT reads back unchanged (see the round-trip
// test), in the shape Moodle's exporter uses.
//
// # Moodle XML
//
// ParseMoodleXML reads a <quiz> of <question type="…"> elements with
// encoding/xml (no entity is expanded beyond XML's own; a document that
// declares entities is refused): categories switch the theme, HTML text is
// reduced to plain text, names become IDs, fractions, feedback and tags are
// kept, embedded files and unsupported types are listed in Skipped with the
// question's line. WriteMoodleXML writes what ParseMoodleXML reads back
// unchanged, but for a numeric range, written as its middle ± half width.
//
// # Flashcard text
//
// ParseCSV reads Quizlet's term<TAB>definition lines and Anki's text files:
// "#separator:", "#html:", "#columns:", "#deck:" and "#… column:" headers,
// # comments, and "…" quoting with "" for a quote. Without a separator the
// first of tab, pipe, semicolon, colon or comma in the text is used, as
// Anki does. A file's #separator header overrides the caller's separator
// (which usually comes from the file name), where Anki lets the caller win.
package formats
