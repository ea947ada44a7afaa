package tiendo

import (
	"context"
	"time"

	"tiendo/vn"
)

// Update is a progress report (báo cáo tiến độ) on a task.
type Update struct {
	ID          int64        `json:"id"`
	TaskID      int64        `json:"task_id"`
	AsOf        vn.Date      `json:"as_of"`
	Narrative   string       `json:"narrative"`
	Results     string       `json:"results"`   // kết quả đạt được
	Problems    string       `json:"problems"`  // tồn tại, khó khăn, vướng mắc
	Proposals   string       `json:"proposals"` // kiến nghị, đề xuất
	Percent     *int         `json:"percent"`
	Done        bool         `json:"done"`        // reports the task done
	EvidenceNo  string       `json:"evidence_no"` // number of the report document
	Attachments []Attachment `json:"attachments"`
	ReporterID  int64        `json:"reporter_id"`
	Reporter    string       `json:"reporter"` // login, filled on reads
	CreatedAt   time.Time    `json:"created_at"`
}

// Validate checks an update.
func (u *Update) Validate() error {
	var v Validator
	v.Check(!u.AsOf.IsZero(), "as_of", "Ngày số liệu là bắt buộc")
	v.Check(u.Narrative != "" || u.Results != "" || u.Done, "narrative", "Cần nội dung báo cáo")
	if u.Percent != nil {
		v.Check(*u.Percent >= 0 && *u.Percent <= 100, "percent", "Tỉ lệ hoàn thành từ 0 đến 100")
	}
	for _, a := range u.Attachments {
		v.Check(a.Name != "" && len(a.Name) <= 255, "attachments", "Tên tệp đính kèm không hợp lệ")
	}
	v.Text("evidence_no", u.EvidenceNo, MaxShortText)
	v.Input(u)
	return v.Err()
}

// Attachment is a file attached to an update, stored in the database so that
// every instance of a multi-instance deployment sees it.
type Attachment struct {
	ID          int64  `json:"id"`
	UpdateID    int64  `json:"update_id"`
	Name        string `json:"name"`
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
	Data        []byte `json:"-"`
}

// UpdateStore persists progress updates and their files.
type UpdateStore interface {
	// CreateUpdate stores u with its attachments.
	CreateUpdate(ctx context.Context, u *Update) error
	// FindUpdates lists a task's updates, oldest first, without file data.
	FindUpdates(ctx context.Context, taskID int64) ([]*Update, error)
	// FindAttachment returns one file with its data.
	FindAttachment(ctx context.Context, id int64) (*Attachment, int64, error)
}
