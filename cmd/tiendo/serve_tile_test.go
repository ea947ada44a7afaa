package main

import "testing"

func TestCheckTileURL(t *testing.T) {
	for s, ok := range map[string]bool{
		"": true, "https://tiles.example.vn/{z}/{x}/{y}.png": true, "http://10.0.0.5:8080/osm/{z}/{x}/{y}.png": true,
		"https://tiles.example.vn/{z}/{x}.png": false, "javascript:alert(1)//{z}{x}{y}": false, "/tiles/{z}/{x}/{y}.png": false,
	} {
		if err := checkTileURL(s); (err == nil) != ok {
			t.Errorf("%q: %v", s, err)
		}
	}
}
