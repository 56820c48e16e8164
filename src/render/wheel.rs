//! `gov calendar --format svg`: the annual cycle as a wheel (årshjul).
//! Twelve month sectors from the window's first month at the top,
//! clockwise; each entry a dot placed by its date and coloured by its
//! body; labels outside the ring in two columns, pushed apart so no two
//! overlap, each tied to its dot by a leader line; a marker for today; a
//! legend of the bodies; a `<title>` and a `<desc>` listing every entry
//! for screen readers. Fixed geometry and no clock: the same model and day
//! give the same bytes.

use std::f64::consts::PI;
use std::fmt::Write as _;

use jiff::civil::Date;

use super::style::Style;
use crate::cycle::State;
use crate::i18n::{Lang, Msg};
use crate::report::{Calendar, Entry};

/// The canvas.
pub const WIDTH: f64 = 1500.0;
/// The canvas.
pub const HEIGHT: f64 = 1100.0;
const CX: f64 = 750.0;
const CY: f64 = 520.0;
/// The month ring, inner and outer radius.
const R1: f64 = 260.0;
const R2: f64 = 320.0;
/// Where labels start (right) or end (left), from the centre.
const LABEL_DX: f64 = 385.0;
/// The band labels are laid out in.
const TOP: f64 = 40.0;
const BOTTOM: f64 = 990.0;
/// Characters a label may hold before it is cut.
const LABEL_CHARS: usize = 44;

/// Colours for bodies, in order (Okabe and Ito's, told apart also by
/// people who see colours differently); entries without a body are grey.
const COLOURS: [&str; 7] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D1F",
];
const NO_BODY: &str = "#777777";

/// A label's place: its entry, the angle of its dot and its line.
struct Label<'a> {
    entry: &'a Entry,
    angle: f64,
    y: f64,
}

/// The wheel as SVG text, with `today` marked when it is in the twelve
/// months from the window's first day.
pub fn render(calendar: &Calendar, today: Date, st: &Style<'_>) -> String {
    render_marked(calendar, today, st.t(Msg::WheelToday), st)
}

/// [`render`] with `day` marked by `label` (the site marks the published
/// commit's day by its date, not "today").
pub fn render_marked(calendar: &Calendar, day: Date, label: &str, st: &Style<'_>) -> String {
    let today = day;
    let bodies = bodies(calendar);
    let colour = |e: &Entry| -> &'static str {
        e.body_label
            .as_deref()
            .and_then(|b| bodies.iter().position(|x| x == b))
            .map_or(NO_BODY, |i| COLOURS[i % COLOURS.len()])
    };
    let first = calendar.from;
    let placed: Vec<(&Entry, f64)> = calendar
        .entries
        .iter()
        .filter_map(|e| angle(first, e.date).map(|a| (e, a)))
        .collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="title desc" font-family="DejaVu Sans, Verdana, sans-serif">"#
    );
    let (title, desc) = title_and_desc(calendar, &placed, st);
    let _ = writeln!(out, r#"<title id="title">{}</title>"#, xml(&title));
    let _ = writeln!(out, r#"<desc id="desc">{}</desc>"#, xml(&desc));
    let _ = writeln!(
        out,
        r##"<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>"##
    );
    months(&mut out, first, st.lang());
    centre(&mut out, calendar, st);
    if let Some(a) = angle(first, today) {
        // From outside the centre's text to across the ring, its word
        // inside, clear of the dots.
        let (x0, y0) = point(R1 - 120.0, a);
        let (x, y) = point(R2 + 10.0, a);
        let (tx, ty) = point(R1 - 75.0, a);
        let _ = writeln!(
            out,
            r##"<g id="today"><line x1="{x0:.1}" y1="{y0:.1}" x2="{x:.1}" y2="{y:.1}" stroke="#C00000" stroke-width="2.5"/><text x="{tx:.1}" y="{:.1}" font-size="14" font-weight="bold" fill="#C00000" text-anchor="middle" stroke="#ffffff" stroke-width="4" paint-order="stroke">{}</text></g>"##,
            ty + 5.0,
            xml(label)
        );
    }
    labels(&mut out, &placed, &colour, st);
    legend(&mut out, &bodies, st);
    out.push_str("</svg>\n");
    out
}

/// The body labels in the order they first appear, for colours and the legend.
fn bodies(calendar: &Calendar) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for e in &calendar.entries {
        if let Some(b) = &e.body_label
            && !out.contains(b)
        {
            out.push(b.clone());
        }
    }
    out
}

/// The angle of a day, clockwise from the top, in the twelve months from
/// `first`'s month; `None` outside them.
pub fn angle(first: Date, day: Date) -> Option<f64> {
    let months = (i32::from(day.year()) * 12 + i32::from(day.month()))
        - (i32::from(first.year()) * 12 + i32::from(first.month()));
    if !(0..12).contains(&months) || day < first {
        return None;
    }
    let within = (f64::from(day.day()) - 0.5) / f64::from(day.days_in_month());
    Some(2.0 * PI * (f64::from(months) + within) / 12.0)
}

/// A point at radius `r` and angle `a` (clockwise from the top).
fn point(r: f64, a: f64) -> (f64, f64) {
    (CX + r * a.sin(), CY - r * a.cos())
}

fn months(out: &mut String, first: Date, lang: Lang) {
    let names = match lang {
        Lang::Da => &crate::date::MONTHS_DA,
        Lang::En => &crate::date::MONTHS_EN,
    };
    out.push_str("<g id=\"months\">\n");
    for i in 0..12 {
        let (a1, a2) = (
            2.0 * PI * f64::from(i) / 12.0,
            2.0 * PI * f64::from(i + 1) / 12.0,
        );
        let (o1, o2, i2, i1) = (point(R2, a1), point(R2, a2), point(R1, a2), point(R1, a1));
        let fill = if i % 2 == 0 { "#EEF2F6" } else { "#DDE4EC" };
        let _ = writeln!(
            out,
            r##"<path d="M{:.1},{:.1} A{R2},{R2} 0 0 1 {:.1},{:.1} L{:.1},{:.1} A{R1},{R1} 0 0 0 {:.1},{:.1} Z" fill="{fill}" stroke="#ffffff" stroke-width="2"/>"##,
            o1.0, o1.1, o2.0, o2.1, i2.0, i2.1, i1.0, i1.1
        );
        let month = (i32::from(first.month()) - 1 + i) % 12;
        let name: String = names[month as usize].chars().take(3).collect();
        let (x, y) = point((R1 + R2) / 2.0, (a1 + a2) / 2.0);
        let _ = writeln!(
            out,
            r##"<text x="{x:.1}" y="{:.1}" font-size="15" fill="#2B3A4A" text-anchor="middle">{}</text>"##,
            y + 5.0,
            xml(&name)
        );
    }
    out.push_str("</g>\n");
}

fn centre(out: &mut String, calendar: &Calendar, st: &Style<'_>) {
    let (a, b) = (calendar.from.year(), calendar.to.year());
    let years = if a == b {
        a.to_string()
    } else {
        format!("{a}–{b}")
    };
    let _ = writeln!(
        out,
        r##"<text x="{CX}" y="{}" font-size="44" font-weight="bold" fill="#2B3A4A" text-anchor="middle">{years}</text>"##,
        CY + 8.0
    );
    let _ = writeln!(
        out,
        r##"<text x="{CX}" y="{}" font-size="20" fill="#2B3A4A" text-anchor="middle">{}</text>"##,
        CY + 38.0,
        xml(st.t(Msg::CalendarName))
    );
}

/// The dots, leader lines and labels: each side's labels sorted by the
/// height of their dot and pushed apart to a fixed gap, down from the top
/// and then up from the bottom, so they never overlap and stay on the canvas.
fn labels(
    out: &mut String,
    placed: &[(&Entry, f64)],
    colour: &dyn Fn(&Entry) -> &'static str,
    st: &Style<'_>,
) {
    let mut sides: [Vec<Label>; 2] = [Vec::new(), Vec::new()];
    for (e, a) in placed {
        let side = usize::from(a.sin() < -1e-9 || (a.sin().abs() <= 1e-9 && a.cos() < 0.0));
        let y = point(R2 + 24.0, *a).1;
        sides[side].push(Label {
            entry: e,
            angle: *a,
            y,
        });
    }
    out.push_str("<g id=\"entries\">\n");
    for (side, labels) in sides.iter_mut().enumerate() {
        labels.sort_by(|a, b| a.y.total_cmp(&b.y));
        let (gap, size) = spacing(labels.len());
        spread(labels, gap);
        for l in labels.iter() {
            let e = l.entry;
            let fill = colour(e);
            let (dx, dy) = point(R1 - 12.0, l.angle);
            let (ex, ey) = point(R2 + 24.0, l.angle);
            let (lx, anchor) = if side == 0 {
                (CX + LABEL_DX, "start")
            } else {
                (CX - LABEL_DX, "end")
            };
            let stub = if side == 0 { lx - 6.0 } else { lx + 6.0 };
            let _ = writeln!(
                out,
                r##"<polyline points="{dx:.1},{dy:.1} {ex:.1},{ey:.1} {stub:.1},{:.1}" fill="none" stroke="#9AA5B1" stroke-width="1"/>"##,
                l.y - size * 0.35
            );
            let (dot_fill, stroke, width) = match e.state {
                State::Cancelled => ("#ffffff", fill, 2.5),
                State::Moved => (fill, "#1A1A1A", 2.0),
                State::Planned => (fill, "#ffffff", 1.5),
            };
            let text = label_text(e, st);
            let _ = writeln!(
                out,
                r##"<circle cx="{dx:.1}" cy="{dy:.1}" r="7" fill="{dot_fill}" stroke="{stroke}" stroke-width="{width}"><title>{}</title></circle>"##,
                xml(&text)
            );
            let strike = if e.state == State::Cancelled {
                r#" text-decoration="line-through""#
            } else {
                ""
            };
            let _ = writeln!(
                out,
                r##"<text x="{lx:.1}" y="{:.1}" font-size="{size:.1}" fill="#1A1A1A" text-anchor="{anchor}"{strike}><tspan fill="{fill}" font-weight="bold">●</tspan> {}</text>"##,
                l.y,
                xml(&cut(&text, LABEL_CHARS))
            );
        }
    }
    out.push_str("</g>\n");
}

/// The gap between labels and their font size: 17 and 13 while they fit
/// the band, closer and smaller when there are many.
pub fn spacing(n: usize) -> (f64, f64) {
    let room = BOTTOM - TOP;
    let gap = if n > 1 {
        (room / (n - 1) as f64).min(17.0)
    } else {
        17.0
    };
    (gap, (gap * 0.78).min(13.0))
}

/// Pushes sorted heights apart to at least `gap`, inside the band.
fn spread(labels: &mut [Label], gap: f64) {
    let mut last = TOP - gap;
    for l in labels.iter_mut() {
        l.y = l.y.max(last + gap).max(TOP);
        last = l.y;
    }
    let mut next = BOTTOM + gap;
    for l in labels.iter_mut().rev() {
        l.y = l.y.min(next - gap);
        next = l.y;
    }
}

/// `5. feb Styregruppemøde` / `5 Feb Steering committee meeting`.
fn label_text(e: &Entry, st: &Style<'_>) -> String {
    let names = match st.lang() {
        Lang::Da => &crate::date::MONTHS_DA,
        Lang::En => &crate::date::MONTHS_EN,
    };
    let month: String = names[usize::try_from(e.date.month() - 1).unwrap_or(0)]
        .chars()
        .take(3)
        .collect();
    let dot = if st.lang() == Lang::Da { "." } else { "" };
    let mut text = format!("{}{dot} {month} {}", e.date.day(), e.title);
    // The state in one word; the description says from when, and which meeting.
    match e.state {
        State::Moved => text.push_str(&format!(" – {}", st.t(Msg::WheelMoved))),
        State::Cancelled => text.push_str(&format!(" – {}", st.t(Msg::CalendarCancelled))),
        State::Planned => {}
    }
    text
}

/// Text cut to `max` characters, ending in `…` when cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut s: String = text.chars().take(max - 1).collect();
    s.push('…');
    s
}

fn legend(out: &mut String, bodies: &[String], st: &Style<'_>) {
    let mut items: Vec<(String, &str, &str, f64)> = bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (b.clone(), COLOURS[i % COLOURS.len()], "#ffffff", 1.5))
        .collect();
    items.push((st.t(Msg::WheelNoBody).to_string(), NO_BODY, "#ffffff", 1.5));
    items.push((st.t(Msg::WheelMoved).to_string(), "#9AA5B1", "#1A1A1A", 2.0));
    items.push((
        st.t(Msg::CalendarCancelled).to_string(),
        "#ffffff",
        "#9AA5B1",
        2.5,
    ));
    out.push_str("<g id=\"legend\">\n");
    let (mut x, mut y) = (40.0, 1030.0);
    for (text, fill, stroke, width) in items {
        let w = 34.0 + 8.0 * text.chars().count() as f64;
        if x + w > WIDTH - 40.0 {
            x = 40.0;
            y += 28.0;
        }
        let _ = writeln!(
            out,
            r##"<circle cx="{:.1}" cy="{:.1}" r="7" fill="{fill}" stroke="{stroke}" stroke-width="{width}"/><text x="{:.1}" y="{:.1}" font-size="14" fill="#1A1A1A">{}</text>"##,
            x + 7.0,
            y - 5.0,
            x + 20.0,
            y,
            xml(&text)
        );
        x += w;
    }
    out.push_str("</g>\n");
}

/// The title, and a description listing every entry on the wheel.
fn title_and_desc(
    calendar: &Calendar,
    placed: &[(&Entry, f64)],
    st: &Style<'_>,
) -> (String, String) {
    let (from, to) = (
        crate::date::iso(calendar.from),
        crate::date::iso(calendar.to),
    );
    let title = crate::tr!(st.lang(), Msg::WheelTitle, from, to);
    let list: Vec<String> = placed
        .iter()
        .map(|(e, _)| {
            let mut s = format!("{} {}", crate::date::iso(e.date), e.title);
            if let Some(b) = &e.body_label {
                s.push_str(&format!(" ({b})"));
            }
            let note = super::calendar::note(e, st);
            if e.state != State::Planned && !note.is_empty() {
                s.push_str(&format!(", {note}"));
            }
            s
        })
        .collect();
    let count = list.len();
    let desc = crate::tr!(st.lang(), Msg::WheelDesc, count, list = list.join("; "));
    (title, desc)
}

/// Text safe inside an XML element or attribute.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 allows no other control characters.
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn days_go_clockwise_from_the_first_month_at_the_top() {
        let first = date(2026, 1, 1);
        let a = |d| angle(first, d).unwrap();
        assert!(a(date(2026, 1, 1)) < 0.01);
        assert!((a(date(2026, 4, 1)) - PI / 2.0).abs() < 0.02);
        assert!((a(date(2026, 7, 16)) - PI - PI / 12.0).abs() < 0.01);
        assert!(a(date(2026, 12, 31)) < 2.0 * PI);
        assert_eq!(angle(first, date(2027, 1, 1)), None);
        assert_eq!(angle(date(2026, 8, 10), date(2026, 8, 9)), None);
        let (x, y) = point(100.0, PI / 2.0);
        assert!((x - (CX + 100.0)).abs() < 1e-9 && (y - CY).abs() < 1e-9);
    }

    #[test]
    fn labels_never_overlap_and_stay_in_the_band() {
        for n in [1usize, 5, 40, 70, 200] {
            let (gap, size) = spacing(n);
            // Every label wants the same height: the worst crowding.
            let entry = fake_entry();
            let mut labels: Vec<Label> = (0..n)
                .map(|_| Label {
                    entry: &entry,
                    angle: 0.0,
                    y: 500.0,
                })
                .collect();
            spread(&mut labels, gap);
            for w in labels.windows(2) {
                assert!(w[1].y - w[0].y >= gap - 1e-9, "{n}");
            }
            assert!(
                labels
                    .iter()
                    .all(|l| l.y >= TOP - 1e-9 && l.y <= BOTTOM + 1e-9),
                "{n}"
            );
            assert!(size <= gap * 0.8 + 1e-9, "{n}: the font fits the gap");
        }
    }

    fn fake_entry() -> Entry {
        Entry {
            date: date(2026, 1, 1),
            start: None,
            end: None,
            title: "x".into(),
            event: None,
            rule_date: None,
            body: None,
            body_label: None,
            place: None,
            state: State::Planned,
            meeting: None,
            path: None,
            key: "x".into(),
        }
    }

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(
            xml("a<b & \"c\" 'd'>\u{1}"),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;"
        );
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
    }
}
