package web

// intakeMessages are the messages of the intake pages, merged into the
// catalogue when the package starts: they live beside the pages they serve.
var intakeMessages = map[string]map[string]string{
	"vi": {
		"nav.intake": "Nhập từ văn bản", "intake.title": "Nhập nhiệm vụ từ văn bản",
		"intake.lead": "Dán nội dung thông báo kết luận, công văn, kế hoạch — hoặc chọn tệp .txt, .docx, .xlsx (phụ lục kế hoạch). Hệ thống đề xuất các nhiệm vụ để văn phòng rà soát; chưa có nhiệm vụ nào được tạo cho tới khi bấm “Tạo nhiệm vụ”.",
		"intake.text": "Nội dung văn bản", "intake.text_hint": "Dán toàn văn, kể cả phần số, ký hiệu và ngày tháng ở đầu văn bản.",
		"intake.file": "Hoặc chọn tệp", "intake.file_hint": "Văn bản thuần (.txt), Word (.docx) hoặc Excel (.xlsx). Tệp .doc, .xls cần lưu lại dưới dạng .docx, .xlsx.",
		"intake.date": "Ngày văn bản (nếu biết)", "intake.date_hint": "Dạng ngày/tháng/năm; để trống thì lấy ngày ghi trong văn bản.",
		"intake.submit": "Đọc văn bản", "intake.drafts": "Đề xuất đang rà soát", "intake.pasted": "Văn bản dán",
		"intake.n_drafts": "%s nhiệm vụ",
		"review.title":    "Rà soát nhiệm vụ đề xuất", "review.from_file": "Từ tệp %s", "review.from_text": "Từ văn bản dán",
		"proposal.draft": "Đang rà soát", "proposal.committed": "Đã tạo nhiệm vụ", "proposal.discarded": "Đã hủy",
		"review.created": "Nhiệm vụ đã tạo", "review.document_link": "Văn bản giao", "review.due": "hạn",
		"review.discarded":  "Đề xuất này đã bị hủy; không có nhiệm vụ nào được tạo.",
		"review.row_errors": "Dòng không đọc được", "review.row_errors_hint": "Các dòng này không thành nhiệm vụ; sửa tệp rồi tải lại, hoặc thêm nhiệm vụ bằng tay.",
		"review.sheet": "Trang “%s”", "review.row_col": "dòng %d, cột “%s”",
		"review.document": "Văn bản giao", "review.document_hint": "Nhiệm vụ được gắn với văn bản này; nếu chưa có trong sổ văn bản thì được tạo mới. Để trống số, ký hiệu nếu không gắn văn bản.",
		"review.doc_number": "Số, ký hiệu", "review.doc_date": "Ngày ban hành", "review.doc_summary": "Trích yếu",
		"review.refs": "Văn bản được nhắc tới:", "review.drafts": "Nhiệm vụ đề xuất", "review.draft": "Nhiệm vụ %d",
		"review.source": "Trích văn bản:", "review.content": "Nội dung nhiệm vụ", "review.lead": "Đơn vị chủ trì",
		"review.written": "Văn bản ghi: “%s”", "review.confidence": "độ khớp %s",
		"review.candidates": "Gợi ý", "review.all_units": "Tất cả đơn vị được giao việc", "review.coop": "Đơn vị phối hợp",
		"review.coop_add": "Thêm đơn vị phối hợp", "review.deadline": "Thời hạn (như văn bản)",
		"review.deadline_hint": "Ví dụ: trước ngày 06/01/2020, trong quý IV/2022, thường xuyên",
		"review.due_date":      "Hạn (ngày, nếu khác)", "review.due_hint": "Dạng ngày/tháng/năm; ưu tiên hơn thời hạn ghi bằng chữ.",
		"review.drop": "Bỏ nhiệm vụ %d", "review.no_drafts": "Không còn nhiệm vụ nào; bấm “Thêm nhiệm vụ” để thêm.",
		"review.add": "Thêm nhiệm vụ", "review.save": "Lưu", "review.discard": "Hủy đề xuất",
		"review.commit":                "Tạo nhiệm vụ",
		"notice.intake-committed-one":  "Đã tạo 1 nhiệm vụ từ văn bản.",
		"notice.intake-committed-many": "Đã tạo các nhiệm vụ từ văn bản, mỗi đơn vị chủ trì một nhiệm vụ.",
		"notice.intake-discarded":      "Đã hủy đề xuất.",
	},
	"en": {
		"nav.intake": "Import from text", "intake.title": "Import tasks from a document",
		"intake.lead": "Paste a conclusion notice, a letter or a plan — or choose a .txt, .docx or .xlsx file (a plan's appendix). The tasks it assigns are proposed for the office to review; nothing is created until you press “Create tasks”.",
		"intake.text": "Text", "intake.text_hint": "Paste the whole text, with the number and date at its top.",
		"intake.file": "Or choose a file", "intake.file_hint": "Plain text (.txt), Word (.docx) or Excel (.xlsx). Save .doc and .xls files as .docx or .xlsx first.",
		"intake.date": "Document date (if known)", "intake.date_hint": "dd/mm/yyyy; empty means the date written in the document.",
		"intake.submit": "Read", "intake.drafts": "Proposals under review", "intake.pasted": "Pasted text",
		"intake.n_drafts": "%s tasks",
		"review.title":    "Review proposed tasks", "review.from_file": "From the file %s", "review.from_text": "From a pasted text",
		"proposal.draft": "Under review", "proposal.committed": "Tasks created", "proposal.discarded": "Discarded",
		"review.created": "Tasks created", "review.document_link": "Source document", "review.due": "due",
		"review.discarded":  "This proposal was discarded; no task was created.",
		"review.row_errors": "Rows that could not be read", "review.row_errors_hint": "These rows did not become tasks; fix the file and upload it again, or add the tasks by hand.",
		"review.sheet": "Sheet “%s”", "review.row_col": "row %d, column “%s”",
		"review.document": "Source document", "review.document_hint": "The tasks are filed under this document, which is registered if it is new. Leave the number empty to file them under none.",
		"review.doc_number": "Number and symbol", "review.doc_date": "Date issued", "review.doc_summary": "Summary",
		"review.refs": "Documents mentioned:", "review.drafts": "Proposed tasks", "review.draft": "Task %d",
		"review.source": "From the text:", "review.content": "Task", "review.lead": "Lead unit",
		"review.written": "The text says: “%s”", "review.confidence": "match %s",
		"review.candidates": "Suggested", "review.all_units": "All units you may assign to", "review.coop": "Cooperating unit",
		"review.coop_add": "Add cooperating units", "review.deadline": "Deadline (as written)",
		"review.deadline_hint": "E.g. trước ngày 06/01/2020, trong quý IV/2022, thường xuyên",
		"review.due_date":      "Due date (if different)", "review.due_hint": "dd/mm/yyyy; wins over the written deadline.",
		"review.drop": "Drop task %d", "review.no_drafts": "No task left; press “Add task” to add one.",
		"review.add": "Add task", "review.save": "Save", "review.discard": "Discard proposal",
		"review.commit":                "Create tasks",
		"notice.intake-committed-one":  "1 task created from the document.",
		"notice.intake-committed-many": "Tasks created from the document, one per lead unit.",
		"notice.intake-discarded":      "Proposal discarded.",
	},
}

func init() {
	for loc, msgs := range intakeMessages {
		for id, m := range msgs {
			catalogue[loc][id] = m
		}
	}
}
