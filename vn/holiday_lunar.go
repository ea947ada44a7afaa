package vn

import "math"

// The Vietnamese lunisolar calendar, after Hồ Ngọc Đức's published
// algorithm (astronomical new moons and solar terms from Meeus, "Astronomical
// Algorithms"). Vietnam reckons it at UTC+7 while China uses UTC+8, which is
// why Tết sometimes falls a day (1985: a month) apart in the two countries;
// every computation here uses vietnamZone.

const (
	vietnamZone = 7.0          // hours east of UTC
	synodic     = 29.530588853 // mean lunar month in days
	jdUnixEpoch = 2440588      // Julian day number of 1970-01-01
	jdNewMoon0  = 2415021.076998695
)

// LunarDate is a date in the Vietnamese lunar calendar. Leap is set for the
// days of an intercalary month (tháng nhuận), which repeats Month's number.
type LunarDate struct {
	Year, Month, Day int
	Leap             bool
}

// julianDay is the Julian day number of d.
func (d Date) julianDay() int { return d.days() + jdUnixEpoch }

func dateOfJulianDay(jd int) Date { return civilFromDays(jd - jdUnixEpoch) }

// newMoon is the Julian date (fractional, UT) of the k-th new moon after
// 1900-01-01.
func newMoon(k int) float64 {
	const dr = math.Pi / 180
	kf := float64(k)
	t := kf / 1236.85
	t2, t3 := t*t, t*t*t
	jd := 2415020.75933 + 29.53058868*kf + 0.0001178*t2 - 0.000000155*t3
	jd += 0.00033 * math.Sin((166.56+132.87*t-0.009173*t2)*dr)
	m := 359.2242 + 29.10535608*kf - 0.0000333*t2 - 0.00000347*t3
	mpr := 306.0253 + 385.81691806*kf + 0.0107306*t2 + 0.00001236*t3
	f := 21.2964 + 390.67050646*kf - 0.0016528*t2 - 0.00000239*t3
	c := (0.1734-0.000393*t)*math.Sin(m*dr) + 0.0021*math.Sin(2*dr*m)
	c += -0.4068*math.Sin(mpr*dr) + 0.0161*math.Sin(dr*2*mpr)
	c += -0.0004 * math.Sin(dr*3*mpr)
	c += 0.0104*math.Sin(dr*2*f) - 0.0051*math.Sin(dr*(m+mpr))
	c += -0.0074*math.Sin(dr*(m-mpr)) + 0.0004*math.Sin(dr*(2*f+m))
	c += -0.0004*math.Sin(dr*(2*f-m)) - 0.0006*math.Sin(dr*(2*f+mpr))
	c += 0.0010*math.Sin(dr*(2*f-mpr)) + 0.0005*math.Sin(dr*(2*mpr+m))
	var deltaT float64
	if t < -11 {
		deltaT = 0.001 + 0.000839*t + 0.0002261*t2 - 0.00000845*t3 - 0.000000081*t*t3
	} else {
		deltaT = -0.000278 + 0.000265*t + 0.000262*t2
	}
	return jd + c - deltaT
}

// newMoonDay is the Julian day number, in Vietnam, of the k-th new moon.
func newMoonDay(k int) int {
	return int(math.Floor(newMoon(k) + 0.5 + vietnamZone/24))
}

// sunLongitude is the sun's apparent longitude in radians [0, 2π) at the
// Julian date jd (UT).
func sunLongitude(jd float64) float64 {
	const dr = math.Pi / 180
	t := (jd - 2451545.0) / 36525
	t2 := t * t
	m := 357.52910 + 35999.05030*t - 0.0001559*t2 - 0.00000048*t*t2
	l0 := 280.46645 + 36000.76983*t + 0.0003032*t2
	dl := (1.914600 - 0.004817*t - 0.000014*t2) * math.Sin(dr*m)
	dl += (0.019993-0.000101*t)*math.Sin(dr*2*m) + 0.000290*math.Sin(dr*3*m)
	l := (l0 + dl) * dr
	return l - 2*math.Pi*math.Floor(l/(2*math.Pi))
}

// solarTerm is the major solar term (0..11, one per 30° of longitude) at the
// start of the Vietnamese day jdn.
func solarTerm(jdn int) int {
	return int(math.Floor(sunLongitude(float64(jdn)-0.5-vietnamZone/24) / math.Pi * 6))
}

// lunarMonth11 is the Julian day number on which the 11th lunar month (the
// one holding the winter solstice) begins, for the solstice of year y.
func lunarMonth11(y int) int {
	off := NewDate(y, 12, 31).julianDay() - 2415021
	k := int(math.Floor(float64(off) / synodic))
	nm := newMoonDay(k)
	if solarTerm(nm) >= 9 {
		nm = newMoonDay(k - 1)
	}
	return nm
}

// leapMonthOffset is, for a lunar year with 13 months starting at month 11
// on a11, the offset from a11 of the first month with no major solar term:
// that month is the leap month.
func leapMonthOffset(a11 int) int {
	k := int(math.Floor((float64(a11)-jdNewMoon0)/synodic + 0.5))
	i := 1
	arc := solarTerm(newMoonDay(k + i))
	for {
		last := arc
		i++
		arc = solarTerm(newMoonDay(k + i))
		if arc == last || i >= 14 {
			break
		}
	}
	return i - 1
}

// Lunar returns the Vietnamese lunar date of d.
func Lunar(d Date) LunarDate {
	jd := d.julianDay()
	k := int(math.Floor((float64(jd) - jdNewMoon0) / synodic))
	monthStart := newMoonDay(k + 1)
	// The true new moon wanders up to about half a day from the mean one,
	// so step back until the month has begun (2054-05-07 needs two steps).
	for monthStart > jd {
		monthStart = newMoonDay(k)
		k--
	}
	a11 := lunarMonth11(d.Year)
	b11 := a11
	var year int
	if a11 >= monthStart {
		year = d.Year
		a11 = lunarMonth11(d.Year - 1)
	} else {
		year = d.Year + 1
		b11 = lunarMonth11(d.Year + 1)
	}
	l := LunarDate{Day: jd - monthStart + 1}
	diff := (monthStart - a11) / 29
	l.Month = diff + 11
	if b11-a11 > 365 {
		leap := leapMonthOffset(a11)
		if diff >= leap {
			l.Month = diff + 10
			l.Leap = diff == leap
		}
	}
	if l.Month > 12 {
		l.Month -= 12
	}
	if l.Month >= 11 && diff < 4 {
		year--
	}
	l.Year = year
	return l
}

// Solar returns the civil date of a lunar date, and false when the lunar
// date does not exist (a leap month that year does not have, a day past the
// month's end, a month outside 1..12).
func Solar(l LunarDate) (Date, bool) {
	if l.Month < 1 || l.Month > 12 || l.Day < 1 || l.Day > 30 {
		return Date{}, false
	}
	var a11, b11 int
	if l.Month < 11 {
		a11, b11 = lunarMonth11(l.Year-1), lunarMonth11(l.Year)
	} else {
		a11, b11 = lunarMonth11(l.Year), lunarMonth11(l.Year+1)
	}
	k := int(math.Floor(0.5 + (float64(a11)-jdNewMoon0)/synodic))
	off := l.Month - 11
	if off < 0 {
		off += 12
	}
	if b11-a11 > 365 {
		leapOff := leapMonthOffset(a11)
		leapMonth := leapOff - 2
		if leapMonth < 0 {
			leapMonth += 12
		}
		if l.Leap && l.Month != leapMonth {
			return Date{}, false
		}
		if l.Leap || off >= leapOff {
			off++
		}
	} else if l.Leap {
		return Date{}, false
	}
	d := dateOfJulianDay(newMoonDay(k+off) + l.Day - 1)
	if Lunar(d) != l {
		return Date{}, false // day 30 of a 29-day month
	}
	return d, true
}

// Tet returns the first day of the lunar year that begins in civil year y.
func Tet(y int) Date {
	d, _ := Solar(LunarDate{Year: y, Month: 1, Day: 1})
	return d
}
