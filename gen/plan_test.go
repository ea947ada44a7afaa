package gen

import "testing"

func TestPlanOrgs(t *testing.T) {
	for _, c := range []struct {
		orgs, districts int
	}{
		{20, 1}, {60, 1}, {100, 2}, {600, 10}, {1000, 17}, {5000, 87},
	} {
		p := planOrgs(c.orgs)
		total := provinceBodies + p.depts + p.districts*(districtCore+p.offices) + p.communes*communeSize + p.extra
		if total != c.orgs || p.districts != c.districts || p.communes < p.districts || p.offices < 0 {
			t.Errorf("planOrgs(%d) = %+v (total %d), want %d districts and the exact total", c.orgs, p, total, c.districts)
		}
		if p.offices+p.extra > len(districtDepts) {
			t.Errorf("planOrgs(%d) needs %d offices, only %d named", c.orgs, p.offices+p.extra, len(districtDepts))
		}
	}
}
