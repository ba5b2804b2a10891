package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// ImportQuestions adds questions and written cards to an existing course in
// one transaction: a new question set (titled in.Title, published or draft)
// in every theme that receives questions or cards, the questions at
// version 1, a flashcard for every question (as ImportCourse makes), and the
// written cards in their theme's deck, belonging to the new set: learners
// study them once the set is published. It succeeds whole or writes nothing.
//
// A question or card goes to the course theme its Theme names, else to
// in.Theme. When it cites no paragraph, it cites those of its theme that
// best support its text (quiz.Citer), never all of them.
// Every question must pass quiz.ValidateQuestion, and no two items of the
// import may repeat a prompt (nor two cards a front); any problem refuses
// the whole import with an EInvalid error, naming each item. A question
// that repeats the prompt of one already in the course (a written card the
// front of one) is left out and listed in the report's Duplicates, so that
// importing a course's own export again adds only what is new; an import
// that is nothing but such repeats is refused with an EConflict error
// saying so, and writes nothing. Held questions (in.Held) go to a set of
// their own per theme, titled quiz.HeldTitle, which stays a draft.
// An id already used in the course is not an error: the imported item gets
// the first free id with a "-2", "-3", … suffix, listed in the report.
func (db *DB) ImportQuestions(ctx context.Context, in quiz.ImportSet) (*quiz.ImportReport, error) {
	return db.importSet(ctx, in, nil)
}

// fileSource is set when an import's content comes from a file: its
// paragraph numbers are kept only when course, the file's own course, is
// the receiving course.
type fileSource struct {
	course *quiz.Course
}

func (db *DB) importSet(ctx context.Context, in quiz.ImportSet, file *fileSource) (*quiz.ImportReport, error) {
	rep := &quiz.ImportReport{Course: in.Course, ByType: map[quiz.QuestionType]int{}, Published: in.Publish, DryRun: in.DryRun}
	if strings.TrimSpace(in.Title) == "" {
		return nil, quiz.Errorf(quiz.EInvalid, "the question set needs a title")
	}
	if len(in.Questions) == 0 && len(in.Cards) == 0 {
		return nil, quiz.Errorf(quiz.EInvalid, "there is nothing to import: no questions and no cards")
	}
	var err error
	if in.DryRun {
		// A dry run only reads: it neither waits for nor holds the writer.
		err = db.rtx(ctx, func(tx *sql.Tx) error {
			_, err := planImport(ctx, tx, in, file, rep)
			return err
		})
	} else {
		err = db.contentTx(ctx, func(tx *sql.Tx) error {
			plan, err := planImport(ctx, tx, in, file, rep)
			if err != nil {
				return err
			}
			return db.writeImport(ctx, tx, in, plan, rep)
		})
	}
	if err != nil {
		return nil, fmt.Errorf("store: import into course %q: %w", in.Course, err)
	}
	return rep, nil
}

// importPlan is an import checked against the course, with every question
// and card placed in a theme and given a free id and its paragraphs.
type importPlan struct {
	courseID  int64
	themeIDs  map[string]int64
	questions []quiz.Question
	// held and where are, for each of questions, why it is held ("" for
	// none) and how the messages name it.
	held, where []string
	cards       []quiz.Card
	// imported is set when the file was not written for this course's
	// article: its items' paragraphs were pinned on import.
	imported bool
	// duplicates are the items left out as already in the course.
	duplicates []quiz.Duplicate
}

func planImport(ctx context.Context, tx *sql.Tx, in quiz.ImportSet, file *fileSource, rep *quiz.ImportReport) (*importPlan, error) {
	c, err := findCourse(ctx, tx, "slug = ?", in.Course)
	if err != nil {
		return nil, err
	}
	p := &importPlan{courseID: c.ID, themeIDs: map[string]int64{}}
	for _, t := range c.Themes {
		p.themeIDs[t.Slug] = t.ID
	}
	if in.Theme != "" {
		if _, ok := p.themeIDs[in.Theme]; !ok {
			return nil, quiz.Errorf(quiz.EInvalid, "course %q has no theme %q (its themes: %s)", c.Slug, in.Theme, strings.Join(themeSlugs(c), ", "))
		}
	}
	have, err := readCourseContent(ctx, tx, c, file)
	if err != nil {
		return nil, err
	}
	p.imported = !have.keepRefs
	if err := p.place(in, c, have); err != nil {
		return nil, err
	}
	p.freeIDs(have, rep)
	p.report(c, in.Title, rep)
	return p, nil
}

// courseContent is what an import is checked against: the course's
// paragraphs, the ids it has used, and the prompts and card fronts it has.
type courseContent struct {
	paragraphs int
	pars       []quiz.Paragraph  // the article, for citing items that cite nothing
	keepRefs   bool              // the file's paragraph numbers refer to this course's article
	qUIDs      map[string]bool   // every question uid used, deleted questions' included
	cardUIDs   map[string]bool   // every card uid used
	prompts    map[string]string // normalised prompt → question id
	fronts     map[string]bool   // normalised fronts of written cards
	// qFronts maps the normalised front of the flashcard each question
	// becomes in an export (its prompt with its options listed) to the
	// question's id: a card of the course's own Anki or CSV export that
	// is one of its questions is that question again, not a new card.
	qFronts map[string]string
}

func readCourseContent(ctx context.Context, tx *sql.Tx, c *quiz.StoredCourse, file *fileSource) (*courseContent, error) {
	have := &courseContent{keepRefs: true, prompts: map[string]string{}, fronts: map[string]bool{}, qFronts: map[string]string{}}
	prows, err := tx.QueryContext(ctx, "SELECT n, text FROM paragraphs WHERE course_id = ? ORDER BY n", c.ID)
	if err != nil {
		return nil, err
	}
	for prows.Next() {
		var p quiz.Paragraph
		if err := prows.Scan(&p.N, &p.Text); err != nil {
			prows.Close()
			return nil, err
		}
		have.pars = append(have.pars, p)
	}
	prows.Close()
	if err := prows.Err(); err != nil {
		return nil, err
	}
	have.paragraphs = len(have.pars)
	if file != nil {
		if have.keepRefs, err = sameArticle(ctx, tx, c, file.course); err != nil {
			return nil, err
		}
	}
	existing, err := currentQuestions(ctx, tx, "q.course_id = ?", c.ID)
	if err != nil {
		return nil, err
	}
	for _, q := range existing {
		have.prompts[quiz.Normalize(q.Prompt)] = q.Question.ID
		front := quiz.CardFront(q.Question)
		for _, l := range quiz.CardLines(q.Question) {
			front += "\n" + l
		}
		have.qFronts[quiz.Normalize(front)] = q.Question.ID
	}
	// Every uid the course has used, including deleted questions', stays
	// taken: the UNIQUE constraint covers them.
	if have.qUIDs, err = stringSet(ctx, tx, "SELECT uid FROM questions WHERE course_id = ?", c.ID); err != nil {
		return nil, err
	}
	if have.cardUIDs, err = stringSet(ctx, tx, "SELECT uid FROM cards WHERE course_id = ?", c.ID); err != nil {
		return nil, err
	}
	fronts, err := stringSet(ctx, tx, "SELECT front FROM cards WHERE course_id = ? AND question_id IS NULL AND deleted_at IS NULL", c.ID)
	if err != nil {
		return nil, err
	}
	for f := range fronts {
		have.fronts[quiz.Normalize(f)] = true
	}
	return have, nil
}

// place checks every question and card of the import and places it in a
// theme with its paragraphs. Any problem refuses the whole import, naming
// every item at fault: EInvalid, or EConflict when each problem is a
// repeat of content already in the course.
func (p *importPlan) place(in quiz.ImportSet, c *quiz.StoredCourse, have *courseContent) error {
	var invalid []string
	bad := func(format string, args ...any) { invalid = append(invalid, fmt.Sprintf(format, args...)) }
	unplaced := false
	placeTheme := func(what, theme string) (string, bool) {
		if _, ok := p.themeIDs[theme]; ok {
			return theme, true
		}
		if in.Theme != "" {
			return in.Theme, true
		}
		unplaced = true
		if theme == "" {
			bad("%s: has no theme, and no default theme was given", what)
		} else {
			bad("%s: %q is not a theme of the course, and no default theme was given", what, theme)
		}
		return "", false
	}
	// An item citing no paragraph (or citing another article's) cites
	// the paragraph(s) of its theme whose words best support its text,
	// else the theme's best paragraph for the file's items as a whole.
	resolve := func(theme string) string {
		if _, ok := p.themeIDs[theme]; ok {
			return theme
		}
		return in.Theme
	}
	themeTexts := map[string][]string{}
	for _, q := range in.Questions {
		t := resolve(q.Theme)
		themeTexts[t] = append(themeTexts[t], quiz.CiteText(q))
	}
	for _, cd := range in.Cards {
		t := resolve(cd.Theme)
		themeTexts[t] = append(themeTexts[t], cd.Front+"\n"+cd.Back)
	}
	var citer *quiz.Citer
	fallback := map[string]int{}
	placeParagraphs := func(what, theme string, refs []int, text string) []int {
		if len(refs) == 0 || !have.keepRefs {
			t, _ := c.Theme(theme)
			if citer == nil {
				citer = quiz.NewCiter(have.pars)
			}
			fb, ok := fallback[theme]
			if !ok {
				fb = citer.BestParagraph(themeTexts[theme], t.Paragraphs)
				fallback[theme] = fb
			}
			return citer.Cite(text, t.Paragraphs, fb)
		}
		for _, n := range refs {
			if n < 1 || n > have.paragraphs {
				bad("%s: cites paragraph %d, which does not exist (the article has %d)", what, n, have.paragraphs)
			}
		}
		return refs
	}

	seenIDs := map[string]bool{}
	importPrompts := map[string]string{}
	var dups []quiz.Duplicate
	for i, q := range in.Questions {
		what := fmt.Sprintf("question %d (id %q)", i+1, q.ID)
		if i < len(in.QuestionLines) && in.QuestionLines[i] > 0 {
			// The file's own place for it: its ids may be Lectern's.
			what = fmt.Sprintf("line %d", in.QuestionLines[i])
		}
		if q.ID == "" {
			bad("question %d: id is empty", i+1)
		} else if seenIDs[q.ID] {
			bad("%s: id is used twice in the import", what)
		}
		seenIDs[q.ID] = true
		for _, pr := range quiz.ValidateQuestion(q) {
			bad("%s: %s", what, pr)
		}
		key := quiz.Normalize(q.Prompt)
		prevInFile, repeated := importPrompts[key]
		if repeated && key != "" {
			bad("%s: repeats the prompt of %s", what, prevInFile)
		}
		if i < len(in.QuestionLines) && in.QuestionLines[i] > 0 {
			importPrompts[key] = fmt.Sprintf("the question at line %d", in.QuestionLines[i])
		} else {
			importPrompts[key] = fmt.Sprintf("question %q in the import", q.ID)
		}
		if prev, ok := have.prompts[key]; ok && key != "" && !repeated {
			dups = append(dups, quiz.Duplicate{What: "question", Index: i, Where: what, Text: q.Prompt, Existing: prev})
			continue
		}
		theme, ok := placeTheme(what, q.Theme)
		if !ok {
			continue
		}
		q.Theme = theme
		q.Paragraphs = placeParagraphs(what, theme, q.Paragraphs, quiz.CiteText(q))
		if !have.keepRefs {
			// Written for another text: its wording must not claim the
			// article says so.
			q.Imported = true
		}
		p.questions = append(p.questions, q)
		why := ""
		if i < len(in.Held) {
			why = in.Held[i]
		}
		p.held, p.where = append(p.held, why), append(p.where, what)
	}
	importFronts := map[string]bool{}
	for i, cd := range in.Cards {
		what := fmt.Sprintf("card %d (%q)", i+1, cd.Front)
		if strings.TrimSpace(cd.Front) == "" || strings.TrimSpace(cd.Back) == "" {
			bad("card %d: front and back must both be filled in", i+1)
		}
		key := quiz.Normalize(cd.Front)
		repeated := importFronts[key]
		if repeated {
			bad("%s: repeats the front of another card in the import", what)
		}
		importFronts[key] = true
		if have.fronts[key] && !repeated {
			dups = append(dups, quiz.Duplicate{What: "card", Index: i, Where: what, Text: cd.Front})
			continue
		}
		if id, ok := have.qFronts[key]; ok && !repeated {
			dups = append(dups, quiz.Duplicate{What: "card", Index: i, Where: what, Text: cd.Front, Existing: id})
			continue
		}
		theme, ok := placeTheme(what, cd.Theme)
		if !ok {
			continue
		}
		cd.Theme = theme
		cd.Paragraphs = placeParagraphs(what, theme, cd.Paragraphs, cd.Front+"\n"+cd.Back)
		p.cards = append(p.cards, cd)
	}
	p.duplicates = dups
	if len(invalid) == 0 && len(dups) > 0 && len(p.questions) == 0 && len(p.cards) == 0 {
		return quiz.Errorf(quiz.EConflict, "%s", allDuplicates(dups))
	}
	if len(invalid) == 0 {
		return nil
	}
	msg := fmt.Sprintf("%d problem(s), nothing was imported:\n  %s", len(invalid), strings.Join(invalid, "\n  "))
	if unplaced {
		msg += fmt.Sprintf("\n(the themes of course %q are: %s)", c.Slug, strings.Join(themeSlugs(c), ", "))
	}
	return quiz.Errorf(quiz.EInvalid, "%s", msg)
}

// allDuplicates refuses an import whose every item the course already
// has, naming each.
func allDuplicates(dups []quiz.Duplicate) string {
	nq, nc := 0, 0
	lines := make([]string, 0, len(dups))
	for _, d := range dups {
		if d.IsWrittenCard() {
			nc++
		} else {
			nq++
		}
		lines = append(lines, d.String())
	}
	var what []string
	if nq > 0 {
		what = append(what, plural(nq, "question", "questions"))
	}
	if nc > 0 {
		what = append(what, plural(nc, "written card", "written cards"))
	}
	return fmt.Sprintf("%s (%s); nothing was imported\n  %s", quiz.AllPresent,
		strings.Join(what, " and "), strings.Join(lines, "\n  "))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// freeIDs gives every question and card whose id the course has used the
// first free one with a "-2", "-3", … suffix, and numbers the written
// cards without an id on from the course's card-N ids, as ImportCourse
// numbers them. The ids the import keeps are reserved first, so that a
// renamed item never takes one of them.
func (p *importPlan) freeIDs(have *courseContent, rep *quiz.ImportReport) {
	qUIDs, cardUIDs := have.qUIDs, have.cardUIDs
	taken := map[string]bool{}
	for _, q := range p.questions {
		if !qUIDs[q.ID] && !cardUIDs["q-"+q.ID] {
			taken[q.ID] = true
		}
	}
	for i := range p.questions {
		q := &p.questions[i]
		if !qUIDs[q.ID] && !cardUIDs["q-"+q.ID] {
			continue
		}
		id := q.ID
		for n := 2; qUIDs[id] || cardUIDs["q-"+id] || taken[id]; n++ {
			id = fmt.Sprintf("%s-%d", q.ID, n)
		}
		taken[id] = true
		rep.Renamed = append(rep.Renamed, quiz.Renamed{What: "question", From: q.ID, To: id})
		q.ID = id
	}
	for _, q := range p.questions {
		cardUIDs["q-"+q.ID] = true
	}
	next := 0
	for i := range p.cards {
		cd := &p.cards[i]
		if cd.ID == "" {
			for {
				next++
				if id := fmt.Sprintf("card-%d", next); !cardUIDs[id] {
					cd.ID = id
					break
				}
			}
		} else if cardUIDs[cd.ID] {
			id := cd.ID
			for n := 2; cardUIDs[id]; n++ {
				id = fmt.Sprintf("%s-%d", cd.ID, n)
			}
			rep.Renamed = append(rep.Renamed, quiz.Renamed{What: "card", From: cd.ID, To: id})
			cd.ID = id
		}
		cardUIDs[cd.ID] = true
	}
}

// report counts what the import adds: one set per theme that receives
// questions or cards, in course theme order (the set holds the theme's
// written cards too, so that a draft import keeps them out of learners'
// decks until it is published).
func (p *importPlan) report(c *quiz.StoredCourse, title string, rep *quiz.ImportReport) {
	count, cards, held := map[string]int{}, map[string]int{}, map[string]int{}
	for i, q := range p.questions {
		if p.held[i] != "" {
			held[q.Theme]++
			rep.Held = append(rep.Held, quiz.HeldQuestion{ID: q.ID, Where: p.where[i], Reason: p.held[i]})
		} else {
			count[q.Theme]++
		}
		rep.ByType[q.Type]++
	}
	for _, cd := range p.cards {
		cards[cd.Theme]++
	}
	for _, t := range c.Themes {
		if count[t.Slug] > 0 || cards[t.Slug] > 0 {
			rep.Sets = append(rep.Sets, quiz.ImportedSet{Theme: t.Slug, Title: title, Questions: count[t.Slug], Cards: cards[t.Slug]})
		}
	}
	// The held questions' sets after the others, so that an import of
	// one theme still names its own set first.
	for _, t := range c.Themes {
		if held[t.Slug] > 0 {
			rep.Sets = append(rep.Sets, quiz.ImportedSet{Theme: t.Slug, Title: quiz.HeldTitle(title), Questions: held[t.Slug], Held: true})
		}
	}
	rep.Duplicates = p.duplicates
	rep.Questions = len(p.questions)
	rep.QuestionCards = len(p.questions)
	rep.Cards = len(p.cards)
}

func themeSlugs(c *quiz.StoredCourse) []string {
	var slugs []string
	for _, t := range c.Themes {
		slugs = append(slugs, t.Slug)
	}
	return slugs
}

func (db *DB) writeImport(ctx context.Context, tx *sql.Tx, in quiz.ImportSet, p *importPlan, rep *quiz.ImportReport) error {
	now := db.now()
	var owner any
	if in.OwnerID > 0 {
		owner = in.OwnerID
	}
	status := "draft"
	if in.Publish {
		status = "published"
	}
	setIDs, heldIDs := map[string]int64{}, map[string]int64{}
	for i, s := range rep.Sets {
		tid := p.themeIDs[s.Theme]
		st := status
		if s.Held {
			st = "draft"
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO question_sets (theme_id, title, status, position, created_at, updated_at)
			VALUES (?, ?, ?, (SELECT COALESCE(MAX(position) + 1, 0) FROM question_sets WHERE theme_id = ?), ?, ?)`,
			tid, s.Title, st, tid, now, now)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		if s.Held {
			heldIDs[s.Theme] = id
		} else {
			setIDs[s.Theme] = id
		}
		rep.Sets[i].ID = id
	}
	for i, h := range rep.Held {
		for _, q := range p.questions {
			if q.ID == h.ID {
				rep.Held[i].SetID = heldIDs[q.Theme]
			}
		}
	}
	// Statements prepared once for the whole import: preparing each
	// insert anew was nearly half of the import's CPU time.
	insQuestion, err := tx.PrepareContext(ctx, `INSERT INTO questions (course_id, set_id, uid, position, current_version, held_reason) VALUES (?, ?, ?, ?, 1, ?)`)
	if err != nil {
		return err
	}
	defer insQuestion.Close()
	insVersion, err := tx.PrepareContext(ctx, `INSERT INTO question_versions (question_id, version, type, kind, body, created_at, created_by)
		VALUES (?, 1, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insVersion.Close()
	insQuestionCard, err := tx.PrepareContext(ctx, `INSERT INTO cards (course_id, theme_id, uid, front, back, paragraphs, question_id, created_at)
		VALUES (?, ?, ?, '', '', '[]', ?, ?)`)
	if err != nil {
		return err
	}
	defer insQuestionCard.Close()
	insCard, err := tx.PrepareContext(ctx, `INSERT INTO cards (course_id, theme_id, uid, front, back, paragraphs, set_id, created_at, tags, images, imported)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer insCard.Close()

	pos := map[int64]int{}
	for i, q := range p.questions {
		setID := setIDs[q.Theme]
		if p.held[i] != "" {
			setID = heldIDs[q.Theme]
		}
		if q.Images, err = storeImages(ctx, tx, q.Images, now); err != nil {
			return fmt.Errorf("question %q: %w", q.ID, err)
		}
		if q.Options, err = storeOptionImages(ctx, tx, q.Options, now); err != nil {
			return fmt.Errorf("question %q: %w", q.ID, err)
		}
		if q.FeedbackImages, err = storeImages(ctx, tx, q.FeedbackImages, now); err != nil {
			return fmt.Errorf("question %q: %w", q.ID, err)
		}
		if err := storeAnswerImages(ctx, tx, &q, now); err != nil {
			return fmt.Errorf("question %q: %w", q.ID, err)
		}
		body, err := json.Marshal(q)
		if err != nil {
			return err
		}
		res, err := insQuestion.ExecContext(ctx, p.courseID, setID, q.ID, pos[setID], p.held[i])
		if err != nil {
			return fmt.Errorf("question %q: %w", q.ID, err)
		}
		pos[setID]++
		qid, _ := res.LastInsertId()
		if _, err := insVersion.ExecContext(ctx, qid, q.Type, q.Kind, body, now, owner); err != nil {
			return err
		}
		if len(q.Images) > 0 {
			if err := linkQuestionImages(ctx, tx, qid, q.Images); err != nil {
				return err
			}
		}
		if err := linkOptionImages(ctx, tx, qid, q); err != nil {
			return err
		}
		// Every question is also a flashcard.
		if _, err := insQuestionCard.ExecContext(ctx, p.courseID, p.themeIDs[q.Theme], "q-"+q.ID, qid, now); err != nil {
			return fmt.Errorf("question %q: card: %w", q.ID, err)
		}
	}
	for _, cd := range p.cards {
		pars, _ := json.Marshal(cd.Paragraphs)
		if cd.Images, err = storeImages(ctx, tx, cd.Images, now); err != nil {
			return fmt.Errorf("card %q: %w", cd.ID, err)
		}
		res, err := insCard.ExecContext(ctx, p.courseID, p.themeIDs[cd.Theme], cd.ID, cd.Front, cd.Back, pars, setIDs[cd.Theme], now, tagsJSON(cd.Tags), imagesJSON(cd.Images), p.imported)
		if err != nil {
			return fmt.Errorf("card %q: %w", cd.ID, err)
		}
		if len(cd.Images) > 0 {
			id, _ := res.LastInsertId()
			if err := linkCardImages(ctx, tx, id, cd.Images); err != nil {
				return err
			}
		}
	}
	return nil
}

// stringSet returns the first column of a query's rows as a set.
func stringSet(ctx context.Context, tx *sql.Tx, query string, args ...any) (map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out[s] = true
	}
	return out, rows.Err()
}
