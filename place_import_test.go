package tiendo_test

import (
	"strings"
	"testing"

	"tiendo"
)

func TestParsePlacesGeoJSON(t *testing.T) {
	rows, err := tiendo.ParsePlacesGeoJSON([]byte(`{"type":"FeatureCollection","features":[
	 {"type":"Feature","geometry":{"type":"Point","coordinates":[105.8771,21.0456]},"properties":{"name":"Chung cư Bồ Đề","kind":"chung cư","ward":"P-BODE"}},
	 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[105.877, 21.045],[105.879,21.046]]},"properties":{"ten":"Đường Phú Hựu","loai":"street","ma_phuong":"P-BODE"}}]}`))
	if err != nil {
		t.Fatal(err, tiendo.ErrorFields(err))
	}
	if len(rows) != 2 || rows[0].Place.Kind != tiendo.PlaceApartment || *rows[0].Place.Lat != 21.0456 || *rows[0].Place.Lon != 105.8771 ||
		rows[0].WardCode != "P-BODE" || rows[1].Place.Name != "Đường Phú Hựu" || rows[1].Place.Kind != tiendo.PlaceStreet ||
		rows[1].Place.Outline != `{"type":"LineString","coordinates":[[105.877,21.045],[105.879,21.046]]}` || rows[1].Place.Lat != nil {
		t.Fatalf("rows %+v", rows)
	}
	_, err = tiendo.ParsePlacesGeoJSON([]byte(`{"type":"FeatureCollection","features":[
	 {"type":"Feature","geometry":{"type":"Point","coordinates":[200,21]},"properties":{"name":"A","kind":"street"}},
	 {"type":"Feature","geometry":null,"properties":{"name":"B","kind":"sông"}}]}`))
	f := tiendo.ErrorFields(err)
	if f["rows[1].geometry"] == "" || f["rows[2].geometry"] == "" || f["rows[2].kind"] == "" || f["rows[1].kind"] != "" {
		t.Fatalf("errors %v", f)
	}
	if _, err := tiendo.ParsePlacesGeoJSON([]byte(`{"type":"Feature"}`)); tiendo.ErrorFields(err)["file"] == "" {
		t.Fatalf("not a collection: %v", err)
	}
}

func TestParsePlacesCSV(t *testing.T) {
	rows, err := tiendo.ParsePlacesCSV([]byte("\uFEFFtên,loại,mã phường,vĩ độ,kinh độ\nPhố Huế,tuyến phố,P-PHOHUE,21.0145,105.8512\n\nChợ Hôm,chợ,P-PHOHUE,,\n\"Tổ dân phố số 5\",tổ dân phố,P-BODE,\"21,04\",\"105,87\"\n"))
	if err != nil {
		t.Fatal(err, tiendo.ErrorFields(err))
	}
	if len(rows) != 3 || rows[0].Row != 2 || rows[0].Place.Kind != tiendo.PlaceStreet || *rows[0].Place.Lat != 21.0145 ||
		rows[1].Row != 4 || rows[1].Place.Lat != nil || rows[1].Place.Kind != tiendo.PlaceMarket ||
		rows[2].Place.Kind != tiendo.PlaceResidentialGroup || *rows[2].Place.Lon != 105.87 || rows[2].WardCode != "P-BODE" {
		t.Fatalf("rows %+v", rows)
	}
	rows, err = tiendo.ParsePlacesCSV([]byte("Phố Huế;street;P-PHOHUE\n"))
	if err != nil || len(rows) != 1 || rows[0].WardCode != "P-PHOHUE" {
		t.Fatalf("semicolons: %+v %v", rows, err)
	}
	_, err = tiendo.ParsePlacesCSV([]byte("A,ao hồ,P1,abc,1\nB,street,P1,1,x\n"))
	f := tiendo.ErrorFields(err)
	if f["rows[1].kind"] == "" || f["rows[1].lat"] == "" || f["rows[2].lon"] == "" {
		t.Fatalf("errors %v", f)
	}
}

func FuzzParsePlacesCSV(f *testing.F) {
	f.Add([]byte("name,kind,ward,lat,lon\nPhố Huế,street,P1,21.01,105.85\n"))
	f.Add([]byte("A;chợ;P2\n\"B\nC\",tổ dân phố,P3,\"21,5\",\"105,1\""))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := tiendo.ParsePlacesCSV(data)
		if err != nil && tiendo.ErrorCode(err) != tiendo.EINVALID {
			t.Fatalf("code %s", tiendo.ErrorCode(err))
		}
		if len(rows) > tiendo.MaxImportRows {
			t.Fatalf("%d rows", len(rows))
		}
		for _, r := range rows {
			if r.Row < 1 || (r.Place.Lat == nil) != (r.Place.Lon == nil) {
				t.Fatalf("row %+v", r)
			}
		}
	})
}

func FuzzParsePlacesGeoJSON(f *testing.F) {
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,1],[2,1],[2,2],[1,1]]]},"properties":{"name":"A","kind":"market","ward":"P1"}}]}`))
	f.Add([]byte(`{"type":"FeatureCollection","features":[{"geometry":{"type":"MultiPolygon","coordinates":[[[[1,1],[2,1]]]]},"properties":{"name":3}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := tiendo.ParsePlacesGeoJSON(data)
		if err != nil && tiendo.ErrorCode(err) != tiendo.EINVALID {
			t.Fatalf("code %s", tiendo.ErrorCode(err))
		}
		if err != nil {
			return
		}
		for _, r := range rows {
			if r.Place.Outline != "" {
				if e := tiendo.CheckGeometry(r.Place.Outline); e != nil {
					t.Fatalf("outline kept that fails its check: %v %s", e, r.Place.Outline)
				}
			}
			if strings.TrimSpace(string(r.Place.Kind)) == "" {
				t.Fatalf("accepted a row without a kind: %+v", r)
			}
		}
	})
}
