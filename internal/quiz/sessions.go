package quiz

import "time"

// SessionRecord is a server-side session row, keyed by the SHA-256 of the
// token in the browser's cookie.
type SessionRecord struct {
	TokenHash string
	UserID    int64
	Data      []byte
	ExpiresAt time.Time
	// User is the session's user, read with the session (nil for none).
	User *User
}
