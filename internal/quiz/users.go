package quiz

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// User is a learner, instructor or admin. Anonymous learners have no email.
type User struct {
	ID          int64
	Email       string
	Role        string
	DisplayName string
	CreatedAt   time.Time
}

// Anonymous reports whether the user has no account yet.
func (u *User) Anonymous() bool { return u.Email == "" }

// Roles.
const (
	RoleLearner    = "learner"
	RoleInstructor = "instructor"
	RoleAdmin      = "admin"
)

// Account is a user with an email, and the hash of their password.
type Account struct {
	User
	PasswordHash string
}

// MaxDisplayName is the longest display name, in characters.
const MaxDisplayName = 80

// CleanDisplayName checks a display name as typed: spaces at its ends
// dropped and runs of spaces made one, at most MaxDisplayName characters,
// no control or invisible formatting characters. An empty name is valid
// (no name).
func CleanDisplayName(typed string) (string, error) {
	if !utf8.ValidString(typed) {
		return "", Errorf(EInvalid, "Type your name with ordinary letters.")
	}
	for _, r := range typed {
		if unicode.IsControl(r) && !unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) {
			return "", Errorf(EInvalid, "Type your name with ordinary letters.")
		}
	}
	name := strings.Join(strings.Fields(typed), " ")
	if utf8.RuneCountInString(name) > MaxDisplayName {
		return "", Errorf(EInvalid, "Keep your name to %d characters.", MaxDisplayName)
	}
	return name, nil
}
