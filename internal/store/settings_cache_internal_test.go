package store

import (
	"context"
	"database/sql"
	"errors"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// A learner's settings are kept across their answers and quizzes, and read
// again after a write of them: their own save, an anonymous learner's
// merged into the account, their data deleted. A read begun before a save
// is not kept after it.
func TestSettingsKeptUntilTheyChange(t *testing.T) {
	ctx := context.Background()
	db, c, uid := openAnswersDB(t)
	find := func(id int64) quiz.StudySettings {
		t.Helper()
		s, err := db.FindSettings(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	stored := func(id int64) quiz.StudySettings {
		t.Helper()
		s := quiz.DefaultStudySettings()
		err := db.read.QueryRow("SELECT desired_retention, new_per_day, day_start_hour, time_zone FROM learner_settings WHERE user_id = ?", id).
			Scan(&s.DesiredRetention, &s.NewPerDay, &s.DayStartHour, &s.TimeZone)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			t.Fatal(err)
		}
		return s
	}
	behind := func(id int64, newPerDay int) {
		t.Helper()
		if _, err := db.write.Exec(`INSERT INTO learner_settings (user_id, desired_retention, new_per_day, day_start_hour, time_zone, updated_at)
			VALUES (?, 0.9, ?, 4, 'UTC', ?) ON CONFLICT (user_id) DO UPDATE SET new_per_day = excluded.new_per_day`, id, newPerDay, db.now()); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := find(uid), quiz.DefaultStudySettings(); got != want {
		t.Fatalf("a new learner's settings %+v, want the defaults %+v", got, want)
	}
	// Kept: a row written behind the store's back is not seen...
	behind(uid, 3)
	if got := find(uid); got.NewPerDay == 3 {
		t.Fatal("settings written behind the store's back were read: nothing is kept")
	}
	// ...across the learner's quizzes and answers.
	a, err := db.CreateAttempt(ctx, quiz.NewAttempt{UserID: uid, CourseID: c.ID, ThemeID: c.Themes[0].ID, Mode: quiz.ModeTheme})
	if err != nil {
		t.Fatal(err)
	}
	ans := quiz.Answer{Choices: []int{0}}
	if _, _, err := db.RecordResponse(ctx, a, 0, ans, quiz.Grade(a.Items[0].Question.Question, ans)); err != nil {
		t.Fatal(err)
	}
	if got := find(uid); got.NewPerDay == 3 {
		t.Fatal("settings read again after an answer: not kept across the learner's other writes")
	}
	// Their own save.
	saved := quiz.DefaultStudySettings()
	saved.NewPerDay, saved.DayStartHour = 7, 6
	if err := db.SaveSettings(ctx, uid, saved); err != nil {
		t.Fatal(err)
	}
	if got := find(uid); got != saved || got != stored(uid) {
		t.Fatalf("after a save: %+v, saved %+v, stored %+v", got, saved, stored(uid))
	}
	// A read begun before a save and finished after it is not kept.
	g := db.learners.settingsGeneration(uid)
	saved.NewPerDay = 8
	if err := db.SaveSettings(ctx, uid, saved); err != nil {
		t.Fatal(err)
	}
	old := saved
	old.NewPerDay = 7
	db.learners.putSettings(uid, g, old)
	if got := find(uid); got.NewPerDay != 8 {
		t.Fatalf("a read from before the save was kept: new cards per day %d, want 8", got.NewPerDay)
	}
	// An anonymous learner's settings merged into an account that had none.
	account, err := db.CreateUser(ctx, "merge@example.org", "x", quiz.RoleLearner)
	if err != nil {
		t.Fatal(err)
	}
	if got := find(account); got != quiz.DefaultStudySettings() {
		t.Fatalf("a new account's settings %+v", got)
	}
	anon, err := db.CreateAnonymousLearner(ctx)
	if err != nil {
		t.Fatal(err)
	}
	mine := quiz.DefaultStudySettings()
	mine.NewPerDay = 11
	if err := db.SaveSettings(ctx, anon, mine); err != nil {
		t.Fatal(err)
	}
	if err := db.MergeLearner(ctx, anon, account); err != nil {
		t.Fatal(err)
	}
	if got := find(account); got != mine {
		t.Fatalf("after a merge the account's settings are %+v, want the anonymous learner's %+v", got, mine)
	}
	// The learner's data deleted: the defaults again.
	if _, err := db.DeleteLearner(ctx, account); err != nil {
		t.Fatal(err)
	}
	if got := find(account); got != stored(account) {
		t.Fatalf("after deleting the learner's data: %+v, stored %+v", got, stored(account))
	}
}
