package store

import "github.com/lectern/lectern/internal/quiz"

// A learner's study settings are kept with their record (see learners):
// every flashcard page and rating reads them to find the learner's day,
// and they change only when the learner saves them, an anonymous learner
// is merged into the account, or the learner's data go. So, unlike the
// rest of the record, they are kept across the learner's answers and
// ratings, under a generation of their own that only settingsChanged
// moves (and a record made anew after an eviction starts with one never
// given out before, as the learner's generation does).

// settingsGeneration returns the generation the learner's settings are
// read under, making the learner a record when they have none.
func (l *learners) settingsGeneration(userID int64) uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok {
		l.last++
		r = &learnerRecord{gen: l.last, settingsGen: l.last, states: map[int64]learnerEntry{}}
		l.cache.Add(userID, r)
	}
	return r.settingsGen
}

// getSettings returns the learner's settings when kept.
func (l *learners) getSettings(userID int64) (quiz.StudySettings, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.settings == nil {
		return quiz.StudySettings{}, false
	}
	return *r.settings, true
}

// putSettings keeps settings read under generation g, unless they may
// have changed since.
func (l *learners) putSettings(userID int64, g uint64, s quiz.StudySettings) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.cache.Get(userID)
	if !ok || r.settingsGen != g {
		return
	}
	r.settings = &s
}

// settingsChanged drops the learner's kept settings; call it after a
// write that may change them commits (and on failure too).
func (l *learners) settingsChanged(userID int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if r, ok := l.cache.Get(userID); ok {
		l.last++
		r.settingsGen = l.last
		r.settings = nil
	}
}
