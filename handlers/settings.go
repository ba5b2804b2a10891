package handlers

import (
	"net/http"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // time zones work on machines without a zoneinfo database

	"github.com/lectern/lectern/internal/quiz"
	"github.com/lectern/lectern/internal/study"
	"github.com/lectern/lectern/views"
)

// showSettings shows the learner's study settings.
func (h *Handler) showSettings(w http.ResponseWriter, r *http.Request) {
	set := quiz.DefaultStudySettings()
	detect := true
	var classes []quiz.Class
	name, _ := ownName(userFrom(r.Context()))
	if u := userFrom(r.Context()); u != nil {
		var err error
		if set, err = h.db.FindSettings(r.Context(), u.ID); err != nil {
			h.fail(w, r, err)
			return
		}
		if classes, err = h.db.LearnerClasses(r.Context(), u.ID); err != nil {
			h.fail(w, r, err)
			return
		}
		// A learner who saved a zone keeps it; otherwise the browser's is offered.
		detect = set.TimeZone == "UTC"
	}
	h.render(w, r, http.StatusOK, views.SettingsPage(views.SettingsVM{
		Page:        h.page(r, "Settings"),
		Retention:   strconv.FormatFloat(set.DesiredRetention, 'f', 2, 64),
		NewPerDay:   strconv.Itoa(set.NewPerDay),
		DayStart:    strconv.Itoa(set.DayStartHour),
		TimeZone:    set.TimeZone,
		Saved:       r.URL.Query().Get("saved") == "1",
		DetectZone:  detect,
		Classes:     learnerClassVMs(classes, 0, "/settings"),
		Left:        r.URL.Query().Get("left") == "1",
		DisplayName: name, AccountEmail: accountEmail(userFrom(r.Context())),
	}))
}

// accountEmail is the email a signed-in person signs in with, for the
// settings page's account section; "" for anyone without an account.
func accountEmail(u *quiz.User) string {
	if u == nil || u.Anonymous() {
		return ""
	}
	return u.Email
}

// settingsForm is the settings form as typed.
type settingsForm struct {
	Retention, NewPerDay, DayStart, TimeZone string
}

// validate parses the form, returning the settings and a message per bad
// field.
func (f settingsForm) validate() (quiz.StudySettings, map[string]string) {
	errs := map[string]string{}
	var s quiz.StudySettings
	ret, err := strconv.ParseFloat(strings.TrimSpace(strings.ReplaceAll(f.Retention, ",", ".")), 64)
	switch {
	case err != nil:
		errs["retention"] = "Type a number from 0.70 to 0.97, such as 0.90."
	case ret < study.MinRetention || ret > study.MaxRetention:
		errs["retention"] = "Desired retention must be from 0.70 to 0.97."
	default:
		s.DesiredRetention = ret
	}
	n, err := strconv.Atoi(strings.TrimSpace(f.NewPerDay))
	switch {
	case err != nil:
		errs["new_per_day"] = "Type a whole number of cards, such as 20."
	case n < 0 || n > study.MaxNewPerDay:
		errs["new_per_day"] = "New cards per day must be from 0 to 500."
	default:
		s.NewPerDay = n
	}
	hour, err := strconv.Atoi(f.DayStart)
	if err != nil || hour < 0 || hour > 23 {
		errs["day_start"] = "Choose an hour from the list."
	} else {
		s.DayStartHour = hour
	}
	tz := strings.TrimSpace(f.TimeZone)
	if _, err := time.LoadLocation(tz); err != nil || tz == "" || tz == "Local" || len(tz) > 64 {
		errs["time_zone"] = "Lectern does not know this time zone. Use a name such as Europe/Paris, America/New_York or UTC."
	} else {
		s.TimeZone = tz
	}
	return s, errs
}

// saveSettings validates and stores the settings, or shows the form again
// with a message beside each bad field and everything typed kept.
func (h *Handler) saveSettings(w http.ResponseWriter, r *http.Request) {
	if !h.parseForm(w, r) {
		return
	}
	f := settingsForm{
		Retention: r.PostForm.Get("retention"), NewPerDay: r.PostForm.Get("new_per_day"),
		DayStart: r.PostForm.Get("day_start"), TimeZone: r.PostForm.Get("time_zone"),
	}
	set, errs := f.validate()
	var classes []quiz.Class
	if u := userFrom(r.Context()); u != nil {
		var err error
		if classes, err = h.db.LearnerClasses(r.Context(), u.ID); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	// The name, when the form has it: a learner without an account keeps
	// one while in a class, or the instructor would see only a number.
	typedName, nameGiven := r.PostForm.Get("display_name"), r.PostForm.Has("display_name")
	name, err := quiz.CleanDisplayName(typedName)
	switch u := userFrom(r.Context()); {
	case !nameGiven:
	case err != nil:
		errs["display_name"] = quiz.MessageOf(err)
	case name == "" && len(classes) > 0 && u != nil && u.Anonymous():
		errs["display_name"] = "Give your name: the instructors of your classes see it beside your quizzes and flashcards."
	}
	if len(errs) > 0 {
		h.render(w, r, http.StatusUnprocessableEntity, views.SettingsPage(views.SettingsVM{
			Page: h.page(r, "Settings"), Retention: f.Retention, NewPerDay: f.NewPerDay,
			DayStart: f.DayStart, TimeZone: f.TimeZone, Errors: errs,
			Classes: learnerClassVMs(classes, 0, "/settings"), DisplayName: typedName, AccountEmail: accountEmail(userFrom(r.Context())),
		}))
		return
	}
	u, err := h.learner(w, r)
	if err != nil {
		h.fail(w, r, err)
		return
	}
	if err := h.db.SaveSettings(r.Context(), u.ID, set); err != nil {
		h.fail(w, r, err)
		return
	}
	if nameGiven && name != u.DisplayName {
		if err := h.db.SetDisplayName(r.Context(), u.ID, name); err != nil {
			h.fail(w, r, err)
			return
		}
	}
	http.Redirect(w, r, "/settings?saved=1", http.StatusSeeOther)
}
