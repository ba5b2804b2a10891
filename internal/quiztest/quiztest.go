// Package quiztest provides a small, valid course with every question type,
// for tests of the store and the handlers that should not depend on the
// built-in course's content.
package quiztest

import "github.com/lectern/lectern/internal/quiz"

// Course returns a fresh two-theme course with one question of each type.
func Course() *quiz.Course {
	return &quiz.Course{
		Course: quiz.CourseInfo{Slug: "rivers", Title: "Rivers of Europe", Source: "Written for tests"},
		Paragraphs: []quiz.Paragraph{
			{N: 1, Text: "The Danube flows through ten countries and ends in the Black Sea."},
			{N: 2, Text: "The Rhine rises in the Swiss Alps and reaches the North Sea in the Netherlands."},
			{N: 3, Text: "Geographers argue that rivers shaped the borders of Europe, and some expect dams to change them further."},
		},
		Themes: []quiz.Theme{
			{Slug: "danube", Title: "The Danube", Summary: "A river of ten countries.", Paragraphs: []int{1}},
			{Slug: "rhine-and-borders", Title: "The Rhine and borders", Summary: "From the Alps to the North Sea.", Paragraphs: []int{2, 3}},
		},
		Questions: []quiz.Question{
			{ID: "danube-1", Theme: "danube", Type: quiz.Single, Kind: quiz.Fact, Prompt: "Where does the Danube end?",
				Options: []quiz.Option{
					{Text: "The Black Sea", Correct: true},
					{Text: "The North Sea", Feedback: "That is where the Rhine ends."},
					{Text: "The Baltic Sea", Feedback: "The text does not mention the Baltic."},
				},
				Explanation: "Paragraph 1 says it ends in the Black Sea.", Paragraphs: []int{1}},
			{ID: "danube-2", Theme: "danube", Type: quiz.Short, Kind: quiz.Fact, Prompt: "How many countries does the Danube flow through? (in words)",
				Answers: []string{"ten", "10"}, Explanation: "Ten countries.", Paragraphs: []int{1}},
			{ID: "danube-3", Theme: "danube", Type: quiz.TrueFalse, Kind: quiz.Fact, Prompt: "The Danube ends in the North Sea.",
				Options:     []quiz.Option{{Text: "True", Feedback: "No: the Black Sea."}, {Text: "False", Correct: true, Feedback: "Right: the Black Sea."}},
				Explanation: "It ends in the Black Sea.", Paragraphs: []int{1}},
			{ID: "rhine-1", Theme: "rhine-and-borders", Type: quiz.Multiple, Kind: quiz.Fact, Prompt: "Which places does the Rhine touch?",
				Options: []quiz.Option{
					{Text: "The Swiss Alps", Correct: true},
					{Text: "The Netherlands", Correct: true},
					{Text: "The Black Sea", Feedback: "That is the Danube."},
				},
				Explanation: "It rises in the Alps and reaches the sea in the Netherlands.", Paragraphs: []int{2}},
			{ID: "rhine-2", Theme: "rhine-and-borders", Type: quiz.Matching, Kind: quiz.Attribution, Prompt: "Match each river with where it ends.",
				Pairs:       []quiz.Pair{{Left: "Danube", Right: "Black Sea"}, {Left: "Rhine", Right: "North Sea"}, {Left: "Geographers", Right: "Borders"}},
				Explanation: "See paragraphs 1 to 3.", Paragraphs: []int{2, 3}},
			{ID: "rhine-3", Theme: "rhine-and-borders", Type: quiz.Numeric, Kind: quiz.Outlook, Prompt: "How many seas does the text name?",
				Numeric: []quiz.NumericAnswer{{Value: 2}}, Explanation: "The Black Sea and the North Sea.", Paragraphs: []int{3}},
		},
		Cards: []quiz.Card{
			{ID: "danube-c1", Theme: "danube", Front: "Danube: where does it end?", Back: "The Black Sea.", Paragraphs: []int{1}},
		},
	}
}
