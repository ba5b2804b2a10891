package handlers

import (
	"context"
	"sync"
	"time"

	"github.com/lectern/lectern/internal/quiz"
)

// The class's memory of each question is the mean of every learner's
// recall probability now, which changes with the clock: it cannot be kept
// as sums. A class's cards are few and read on each view. A whole
// school's are hundreds of thousands, which take seconds to read, so past
// memorySyncMax card states the figures are worked out in the background,
// and shown as of when they were (at most
// memoryMaxAge old; older ones are shown while newer ones are worked out).
// Until the first are ready the page says so.

const (
	memorySyncMax = 4_000 // unless Deps.MemorySyncMax says otherwise
	memoryMaxAge  = 10 * time.Minute
)

// memoryCache holds the whole course's memory figures of large courses.
type memoryCache struct {
	mu      sync.Mutex
	courses map[int64]*courseMemory
	wg      sync.WaitGroup // the background's work under way
}

// courseMemory is a course's figures as of at; working is true while newer
// ones are worked out.
type courseMemory struct {
	at      time.Time
	recall  map[int64]recallSum
	working bool
}

// questionMemory returns, per question, the recall of the learners the
// filter keeps; at is zero when it was worked out for this request, else
// when the background worked it out; ready is false when that is not done
// yet.
func (h *Handler) questionMemory(ctx context.Context, courseID int64, rf quiz.ResponseFilter) (sums map[int64]recallSum, at time.Time, ready bool, err error) {
	now := h.now()
	if rf.Learners == nil {
		h.memories.mu.Lock()
		m := h.memories.courses[courseID]
		h.memories.mu.Unlock()
		if m != nil {
			r, at := h.refreshMemory(courseID, m, now)
			return r, at, r != nil, nil
		}
	}
	// A class's cards are read whatever their number.
	most := 0
	if rf.Learners == nil {
		most = h.memorySyncMax
	}
	ms, complete, err := h.db.QuestionMemoriesUpTo(ctx, courseID, rf, most)
	if err != nil {
		return nil, time.Time{}, false, err
	}
	if complete {
		return recall(ms, now), time.Time{}, true, nil
	}
	h.memories.mu.Lock()
	m := h.memories.courses[courseID]
	if m == nil {
		m = &courseMemory{}
		h.memories.courses[courseID] = m
	}
	h.memories.mu.Unlock()
	r, at := h.refreshMemory(courseID, m, now)
	return r, at, r != nil, nil
}

// refreshMemory returns a large course's figures as they are, and works
// them out again in the background when they are missing or older than
// memoryMaxAge, unless that is already under way.
func (h *Handler) refreshMemory(courseID int64, m *courseMemory, now time.Time) (map[int64]recallSum, time.Time) {
	h.memories.mu.Lock()
	defer h.memories.mu.Unlock()
	if m.working || (m.recall != nil && now.Sub(m.at) < memoryMaxAge) {
		return m.recall, m.at
	}
	m.working = true
	h.memories.wg.Add(1)
	go func() {
		defer h.memories.wg.Done()
		at := h.now()
		ms, err := h.db.QuestionMemories(context.Background(), courseID, quiz.ResponseFilter{})
		var r map[int64]recallSum
		if err == nil {
			r = recall(ms, at)
		} else {
			h.log.Error("question memories", "course_id", courseID, "err", err)
		}
		h.memories.mu.Lock()
		defer h.memories.mu.Unlock()
		m.working = false
		if err == nil {
			m.recall, m.at = r, at
		}
	}()
	return m.recall, m.at
}
