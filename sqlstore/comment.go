package sqlstore

import (
	"context"

	"tiendo"
)

func scanComment(sc interface{ Scan(...any) error }) (*tiendo.Comment, error) {
	var c tiendo.Comment
	if err := sc.Scan(&c.ID, &c.TaskID, zeroIDScan{&c.AuthorID}, &c.Author, &c.Body, timeScan{&c.CreatedAt}); err != nil {
		return nil, err
	}
	return &c, nil
}

// CreateComment stores c and sets ID and CreatedAt.
func (s *Store) CreateComment(ctx context.Context, c *tiendo.Comment) error {
	c.Body = text(c.Body)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO comments (task_id, author_id, body, created_at)
			VALUES ($1, $2, $3, $4) RETURNING id`, c.TaskID, zeroNull(c.AuthorID), c.Body, ts(now)).Scan(&c.ID)
		if err != nil {
			return s.fail(err, "lưu ý kiến", "")
		}
		c.CreatedAt = now
		return nil
	})
}

// FindComments lists a task's comments, oldest first, with their authors'
// logins.
func (s *Store) FindComments(ctx context.Context, task int64) ([]*tiendo.Comment, error) {
	return queryList(ctx, s, "đọc ý kiến", `SELECT c.id, c.task_id, c.author_id, COALESCE(a.login, ''), c.body, c.created_at
		FROM comments c LEFT JOIN accounts a ON a.id = c.author_id WHERE c.task_id = $1 ORDER BY c.id`,
		[]any{task}, scanComment)
}
