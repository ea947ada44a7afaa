package tiendo

import (
	"context"
	"strings"
	"time"
)

// Comment is a remark on a task by an account that sees it. Its body may
// name accounts (@login) and units (@CODE); those named are notified.
type Comment struct {
	ID        int64     `json:"id"`
	TaskID    int64     `json:"task_id"`
	AuthorID  int64     `json:"author_id"`
	Author    string    `json:"author"` // the author's login, filled on read
	Body      string    `json:"body" max:"5000"`
	CreatedAt time.Time `json:"created_at"`
}

// MaxMentions bounds the names one comment may notify.
const MaxMentions = 20

// Validate checks a comment before it is stored.
func (c *Comment) Validate() error {
	var v Validator
	v.Check(strings.TrimSpace(c.Body) != "", "body", "Nội dung ý kiến là bắt buộc")
	v.Input(c)
	return v.Err()
}

// CommentStore persists task comments.
type CommentStore interface {
	// CreateComment stores c and sets its ID and CreatedAt.
	CreateComment(ctx context.Context, c *Comment) error
	// FindComments returns a task's comments, oldest first.
	FindComments(ctx context.Context, task int64) ([]*Comment, error)
}

// ParseMentions returns the names after "@" in s, each once, in order, at
// most MaxMentions: a name is letters, digits, ".", "_" and "-" (logins
// and unit codes), starts after a character that cannot be in a name (so
// an e-mail address names nobody) and does not end with "." or "-" (the
// end of a sentence).
func ParseMentions(s string) []string {
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(s) && len(out) < MaxMentions; i++ {
		if s[i] != '@' || (i > 0 && nameByte(s[i-1])) {
			continue
		}
		j := i + 1
		for j < len(s) && nameByte(s[j]) {
			j++
		}
		name := strings.TrimRight(s[i+1:j], ".-")
		i = j - 1
		if name == "" || seen[strings.ToLower(name)] {
			continue
		}
		seen[strings.ToLower(name)] = true
		out = append(out, name)
	}
	return out
}

func nameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '.' || b == '_' || b == '-'
}
