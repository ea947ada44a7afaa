package web

import (
	"net/url"
	"testing"
)

// meetingAgendaPageSteps are the page scenarios of a new series and of the
// attendance and agenda of the meeting mid, which Phố Huế attends.
func meetingAgendaPageSteps(t *testing.T, e *env, mid string) []pageStep {
	office, ward := e.browse("office"), e.browse("phohue")
	return []pageStep{
		{"POST /giao-ban/dinh-ky", func() pageResp {
			bad := office.post("/giao-ban/dinh-ky", url.Values{"series_name": {" "}, "series_org": {org(e, "HBT")}, "frequency": {"monthly"}})
			bad.want(t, "series without a name", 422, "Tên cuộc họp là bắt buộc", `id="form-series" open`)
			office.post("/giao-ban/dinh-ky", url.Values{"series_name": {"Giao ban"}, "attendees": {org(e, "HBT-PHOHUE")},
				"attendees-q": {"truong dinh"}, "pick": {"attendees"}}).want(t, "attendee search", 200, `id="form-series" open`,
				`value="Giao ban"`, `name="attendees" value="`+org(e, "HBT-PHOHUE")+`" checked>`, `name="attendees" value="`+org(e, "HBT-TRUONGDINH")+`">`)
			return office.post("/giao-ban/dinh-ky", url.Values{"series_name": {"Giao ban chuyên đề trật tự đô thị"}, "series_org": {org(e, "HBT")},
				"frequency": {"monthly"}, "chair_title": {"Phó Chủ tịch UBND quận"}, "attendees": {org(e, "HBT-PHOHUE"), org(e, "HBT-TRUONGDINH")}})
		}, func(p pageResp) {
			p.redirectsTo(t, "series", "/giao-ban?ok=series")
			office.get("/giao-ban?ok=series").want(t, "meetings after the series", 200, "Đã thêm cuộc họp định kỳ.",
				"Giao ban chuyên đề trật tự đô thị — Quận Hai Bà Trưng")
			e.browse("truongdinh").get("/giao-ban").lacks(t, "an officer's meetings page", `id="form-series"`)
		}},
		{"POST /giao-ban/{id}/chuong-trinh", func() pageResp {
			version := formVersion(t, office.get("/giao-ban/"+mid))
			vals := url.Values{"version": {version}, "absent": {org(e, "HBT-PHOHUE")}, "agenda": {"Kết quả tuần\n\nKế hoạch tuần tới\n"}}
			ward.post("/giao-ban/"+mid+"/chuong-trinh", vals).want(t, "the ward changes the agenda", 403)
			return office.post("/giao-ban/"+mid+"/chuong-trinh", vals)
		}, func(p pageResp) {
			p.redirectsTo(t, "agenda", "/giao-ban/"+mid+"?ok=agenda")
			office.get("/giao-ban/"+mid).want(t, "meeting with its agenda", 200,
				`<ol id="agenda"><li>Kết quả tuần</li><li>Kế hoạch tuần tới</li></ol>`, "<dt>Vắng mặt</dt><dd>UBND phường Phố Huế</dd>")
			ward.get("/giao-ban/"+mid).lacks(t, "the ward's meeting page", `id="form-agenda"`)
		}},
	}
}
