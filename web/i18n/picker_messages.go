package i18n

// Messages of the unit picker and the phone menu; Catalogue (i18n.go)
// joins them.
var pickerMessages = map[string]map[string]string{
	"vi": {
		"picker.chosen": "Đơn vị đã chọn", "picker.placeholder": "Gõ tên đơn vị, có dấu hay không dấu",
		"picker.search": "Tìm đơn vị", "picker.ended": "đã hết hiệu lực", "picker.successor": "thay bằng %s",
		"picker.tick": "Đánh dấu đơn vị cần chọn.", "picker.none": "Không tìm thấy đơn vị nào khớp với “%s”.",
		"picker.page_title": "Tìm đơn vị", "picker.level.central": "Trung ương", "picker.level.province": "Cấp tỉnh",
		"picker.level.district": "Cấp huyện", "picker.level.commune": "Cấp xã",
		"picker.leads_hint": "Gõ vài chữ của tên rồi chọn một hay nhiều đơn vị; mỗi đơn vị chủ trì nhận một nhiệm vụ.",
		"nav.menu":          "Trình đơn",
	},
	"en": {
		"picker.chosen": "Chosen units", "picker.placeholder": "Type a unit's name, with or without diacritics",
		"picker.search": "Find units", "picker.ended": "ended", "picker.successor": "succeeded by %s",
		"picker.tick": "Tick the units to choose.", "picker.none": "No unit matches “%s”.",
		"picker.page_title": "Find a unit", "picker.level.central": "Central", "picker.level.province": "Province",
		"picker.level.district": "District", "picker.level.commune": "Commune",
		"picker.leads_hint": "Type a few letters of the name, then choose one or more units; each lead unit gets its own task.",
		"nav.menu":          "Menu",
	},
}
