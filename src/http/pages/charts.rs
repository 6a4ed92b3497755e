//! The geometry of the project page's charts, drawn as SVG by the templates: the milestone
//! timeline (baseline, current due date and completion on one time axis, so that a slip is
//! seen at a glance) and the year's investment (monthly amounts, the cumulative line against
//! an even pace to the annual plan). Pure: dates and amounts in, coordinates out; no fonts
//! are embedded, the viewer's system fonts draw the labels.

use crate::domain::lang::Lang;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Width of the drawing in SVG units; it scales to the page.
pub const WIDTH: f64 = 760.0;
/// Left margin kept for the milestone titles.
const LABEL: f64 = 190.0;
const RIGHT: f64 = 16.0;
const ROW: f64 = 30.0;
const TOP: f64 = 36.0;

/// One milestone as the timeline needs it.
#[derive(Debug, Clone)]
pub struct Span {
    pub title: String,
    pub baseline: NaiveDate,
    pub current: NaiveDate,
    pub done: Option<NaiveDate>,
    /// `red`, `yellow` or `green`: the milestone's own state.
    pub light: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Tick {
    pub x: f64,
    pub label: String,
    /// The year, on the first tick and on each January, drawn above the month.
    pub year: Option<String>,
}

/// A label of a vertical axis.
#[derive(Debug, Serialize)]
pub struct Level {
    pub y: f64,
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct GanttRow {
    pub y: f64,
    pub title: String,
    pub baseline_x: f64,
    pub current_x: f64,
    pub done_x: Option<f64>,
    /// The due date was moved later than the baseline.
    pub slipped: bool,
    /// Done after its (current) due date.
    pub late: bool,
    pub light: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Gantt {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub rows: Vec<GanttRow>,
    pub ticks: Vec<Tick>,
    /// Where the as-of date falls.
    pub as_of_x: f64,
}

/// A title cut to fit the label column (whole characters, an ellipsis when cut).
fn fit(title: &str, max: usize) -> String {
    if title.chars().count() <= max {
        title.to_string()
    } else {
        let mut s: String = title.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn next_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

/// Month labels: `3月` in Chinese, `Mar` in English.
pub(super) fn month_label(lang: &str, d: NaiveDate) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    if Lang::of(lang).is_en() {
        EN.get(d.month0() as usize)
            .copied()
            .unwrap_or_default()
            .to_string()
    } else {
        format!("{}月", d.month())
    }
}

fn year_label(lang: &str, d: NaiveDate) -> String {
    if Lang::of(lang).is_en() {
        d.year().to_string()
    } else {
        format!("{}年", d.year())
    }
}

/// A time axis over whole months, from the month of the earliest date to the end of the
/// latest's, placed between `left` and `right`; shared by the project's timeline and the
/// district's so that both read the same way.
struct Axis {
    start: NaiveDate,
    days: f64,
    left: f64,
    plot: f64,
    ticks: Vec<Tick>,
}

impl Axis {
    fn over(lang: &str, dates: impl Iterator<Item = NaiveDate>, left: f64) -> Option<Self> {
        let (lo, hi) = dates.fold(
            (None, None),
            |(lo, hi): (Option<NaiveDate>, Option<NaiveDate>), d| {
                (
                    Some(lo.map_or(d, |l| l.min(d))),
                    Some(hi.map_or(d, |h| h.max(d))),
                )
            },
        );
        let (lo, hi) = (lo?, hi?);
        // Whole months on both ends, so that the axis starts and ends on a tick.
        let start = first_of_month(lo);
        let end = next_month(hi);
        let mut axis = Self {
            start,
            days: (end - start).num_days().max(1) as f64,
            left,
            plot: WIDTH - left - RIGHT,
            ticks: Vec::new(),
        };
        let months = {
            let mut n = 0;
            let mut m = start;
            while m < end {
                n += 1;
                m = next_month(m);
            }
            n
        };
        // Every month up to a year and a half, then every quarter, so labels never collide.
        let step = if months > 18 { 3 } else { 1 };
        let mut m = start;
        let mut i = 0;
        while m < end {
            if i % step == 0 {
                let first = axis.ticks.is_empty();
                axis.ticks.push(Tick {
                    x: round(axis.x(m)),
                    label: month_label(lang, m),
                    year: (first || m.month() <= step).then(|| year_label(lang, m)),
                });
            }
            i += 1;
            m = next_month(m);
        }
        Some(axis)
    }

    fn x(&self, d: NaiveDate) -> f64 {
        self.left + self.plot * ((d - self.start).num_days() as f64 / self.days)
    }
}

/// The timeline of `spans` as of a date; `None` without milestones.
pub fn gantt(lang: &str, spans: &[Span], as_of: NaiveDate) -> Option<Gantt> {
    if spans.is_empty() {
        return None;
    }
    let dates = spans
        .iter()
        .flat_map(|s| [Some(s.baseline), Some(s.current), s.done])
        .flatten()
        .chain([as_of]);
    let axis = Axis::over(lang, dates, LABEL)?;
    let rows = spans
        .iter()
        .enumerate()
        .map(|(i, s)| GanttRow {
            y: TOP + ROW * i as f64 + ROW / 2.0,
            title: fit(&s.title, 13),
            baseline_x: round(axis.x(s.baseline)),
            current_x: round(axis.x(s.current)),
            done_x: s.done.map(|d| round(axis.x(d))),
            slipped: s.current > s.baseline,
            late: s.done.is_some_and(|d| d > s.current),
            light: s.light,
        })
        .collect();
    Some(Gantt {
        width: WIDTH,
        height: TOP + ROW * spans.len() as f64 + 8.0,
        left: LABEL,
        right: WIDTH - RIGHT,
        rows,
        as_of_x: round(axis.x(as_of)),
        ticks: axis.ticks,
    })
}

/// One project of the district's timeline: its milestones on one line.
#[derive(Debug, Clone)]
pub struct Line {
    pub title: String,
    /// The project's light.
    pub light: &'static str,
    pub milestones: Vec<Span>,
}

/// A milestone on the district's timeline: a mark at its current due date in its own light,
/// hollow once done; a slip drawn back to its baseline.
#[derive(Debug, Serialize)]
pub struct Mark {
    pub x: f64,
    pub baseline_x: f64,
    pub slipped: bool,
    pub done: bool,
    pub light: &'static str,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct DistrictRow {
    pub y: f64,
    pub title: String,
    pub light: &'static str,
    /// The line from the first milestone to the last.
    pub from_x: f64,
    pub to_x: f64,
    pub marks: Vec<Mark>,
}

/// 挂图作战: every project a row, every milestone a mark, on one time axis.
#[derive(Debug, Serialize)]
pub struct District {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub rows: Vec<DistrictRow>,
    pub ticks: Vec<Tick>,
    pub as_of_x: f64,
}

/// The district's timeline of `lines` as of a date; `None` when no project has a milestone.
pub fn district(lang: &str, lines: &[Line], as_of: NaiveDate) -> Option<District> {
    let lines: Vec<&Line> = lines.iter().filter(|l| !l.milestones.is_empty()).collect();
    if lines.is_empty() {
        return None;
    }
    let dates = lines
        .iter()
        .flat_map(|l| &l.milestones)
        .flat_map(|s| [s.baseline, s.current])
        .chain([as_of]);
    let axis = Axis::over(lang, dates, LABEL)?;
    let rows = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let xs = l.milestones.iter().map(|s| axis.x(s.current));
            let from = xs.clone().fold(f64::INFINITY, f64::min);
            let to = xs.fold(f64::NEG_INFINITY, f64::max);
            DistrictRow {
                y: TOP + ROW * i as f64 + ROW / 2.0,
                title: fit(&l.title, 13),
                light: l.light,
                from_x: round(from),
                to_x: round(to),
                marks: l
                    .milestones
                    .iter()
                    .map(|s| Mark {
                        x: round(axis.x(s.current)),
                        baseline_x: round(axis.x(s.baseline)),
                        slipped: s.current > s.baseline,
                        done: s.done.is_some(),
                        light: s.light,
                        title: s.title.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    Some(District {
        width: WIDTH,
        height: TOP + ROW * lines.len() as f64 + 8.0,
        left: LABEL,
        right: WIDTH - RIGHT,
        rows,
        as_of_x: round(axis.x(as_of)),
        ticks: axis.ticks,
    })
}

/// One month of the investment chart.
#[derive(Debug, Serialize)]
pub struct MonthBar {
    pub month: u32,
    pub label: String,
    pub x: f64,
    pub bar_y: f64,
    pub bar_h: f64,
    /// The cumulative completed at the month's end (`None` for months not reported).
    pub line_y: Option<f64>,
    pub amount: String,
}

#[derive(Debug, Serialize)]
pub struct InvestmentChart {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub base_y: f64,
    pub bar_w: f64,
    pub months: Vec<MonthBar>,
    /// The cumulative line through the reported months, as SVG points.
    pub line: String,
    /// Even pace from nothing in January to the annual plan in December, when there is a plan.
    pub plan_line: Option<String>,
    pub plan_y: Option<f64>,
    /// Labels of the vertical axis (万元).
    pub scale: Vec<Level>,
}

/// The year's investment: `monthly` holds (month, completed yuan) of the reported months.
pub fn investment(
    lang: &str,
    plan: Option<i64>,
    monthly: &[(u32, i64)],
) -> Option<InvestmentChart> {
    if plan.is_none() && monthly.is_empty() {
        return None;
    }
    let (w, h, left, right, top, base) = (WIDTH, 240.0, 64.0, WIDTH - 16.0, 16.0, 210.0);
    let mut cumulative = Vec::new();
    let mut total = 0i64;
    for m in 1..=12u32 {
        let amount = monthly
            .iter()
            .filter(|(mm, _)| *mm == m)
            .map(|(_, a)| *a)
            .sum::<i64>();
        total += amount;
        let reported = monthly.iter().any(|(mm, _)| *mm == m);
        cumulative.push((m, amount, reported.then_some(total)));
    }
    let top_value = plan.unwrap_or(0).max(total).max(1) as f64 * 1.1;
    let y = |v: i64| base - (base - top) * (v as f64 / top_value);
    let slot = (right - left) / 12.0;
    let months: Vec<MonthBar> = cumulative
        .iter()
        .map(|(m, amount, cum)| {
            let bar_y = round(y(*amount));
            MonthBar {
                month: *m,
                label: if Lang::of(lang).is_en() {
                    m.to_string()
                } else {
                    format!("{m}月")
                },
                x: round(left + slot * (*m as f64 - 1.0)),
                bar_y,
                bar_h: round(base - bar_y),
                line_y: cum.map(|c| round(y(c))),
                amount: crate::domain::money::format_yuan_in(Lang::of(lang), *amount),
            }
        })
        .collect();
    let line = months
        .iter()
        .filter_map(|m| {
            m.line_y
                .map(|ly| format!("{},{}", round(m.x + slot / 2.0), ly))
        })
        .collect::<Vec<_>>()
        .join(" ");
    let plan_line = plan.map(|p| {
        format!(
            "{},{} {},{}",
            round(left),
            round(base),
            round(right),
            round(y(p))
        )
    });
    let scale = (0..=4)
        .map(|i| {
            let v = (top_value / 1.1 * i as f64 / 4.0) as i64;
            Level {
                y: round(y(v)),
                label: crate::domain::money::wan(v)
                    .split('.')
                    .next()
                    .unwrap_or_default()
                    .to_string(),
            }
        })
        .collect();
    Some(InvestmentChart {
        width: w,
        height: h,
        left,
        right,
        base_y: base,
        bar_w: round(slot * 0.6),
        months,
        line,
        plan_line,
        plan_y: plan.map(|p| round(y(p))),
        scale,
    })
}

/// One decimal is plenty for a drawing, and keeps the page small.
fn round(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn span(baseline: &str, current: &str, done: Option<&str>) -> Span {
        Span {
            title: "主体结构封顶并完成外立面装饰施工".into(),
            baseline: d(baseline),
            current: d(current),
            done: done.map(d),
            light: "green",
        }
    }

    #[test]
    fn the_timeline_places_dates_in_order_and_shows_slips() {
        let g = gantt(
            "zh-CN",
            &[
                span("2026-03-31", "2026-03-31", Some("2026-03-28")),
                span("2026-06-30", "2026-07-21", None),
                span("2026-09-30", "2026-09-30", Some("2026-10-09")),
            ],
            d("2026-07-10"),
        )
        .expect("a timeline");
        // The axis runs from 1 March to 1 November: month ticks, the year on the first.
        assert_eq!(g.ticks.len(), 8);
        assert_eq!(g.ticks[0].label, "3月");
        assert_eq!(g.ticks[0].year.as_deref(), Some("2026年"));
        assert_eq!(g.ticks[1].label, "4月");
        assert!(g.ticks[1].year.is_none());
        assert_eq!(g.ticks[0].x, g.left);
        let [a, b, c] = &g.rows[..] else {
            panic!("three rows")
        };
        assert!(a.done_x.unwrap() < a.baseline_x && !a.slipped && !a.late);
        assert!(b.slipped && b.current_x > b.baseline_x && b.done_x.is_none());
        assert!(c.late && c.done_x.unwrap() > c.current_x);
        assert!(b.baseline_x < g.as_of_x && g.as_of_x < b.current_x);
        assert!(a.y < b.y && b.y < c.y && c.y < g.height);
        assert_eq!(a.title, "主体结构封顶并完成外立面…");
        assert!(g.rows.iter().all(|r| r.current_x <= g.right));
    }

    #[test]
    fn long_timelines_tick_by_quarter_and_english_uses_month_names() {
        let g = gantt(
            "en",
            &[span("2025-01-15", "2026-12-15", None)],
            d("2026-01-10"),
        )
        .expect("a timeline");
        assert_eq!(g.ticks[0].label, "Jan");
        assert_eq!(g.ticks[0].year.as_deref(), Some("2025"));
        assert_eq!(g.ticks[1].label, "Apr");
        assert_eq!(g.ticks[4].year.as_deref(), Some("2026"));
        assert_eq!(g.ticks.len(), 8);
        assert!(gantt("en", &[], d("2026-01-10")).is_none());
    }

    #[test]
    fn the_district_puts_every_project_on_one_axis_and_leaves_out_those_without_milestones() {
        let line = |title: &str, spans: Vec<Span>| Line {
            title: title.into(),
            light: "red",
            milestones: spans,
        };
        let lines = [
            line(
                "冷链物流园",
                vec![
                    span("2026-03-31", "2026-05-31", None),
                    span("2026-09-30", "2026-09-30", Some("2026-09-01")),
                ],
            ),
            line("标准化厂房", vec![]),
            line("智慧园区", vec![span("2026-02-10", "2026-02-10", None)]),
        ];
        let g = district("zh-CN", &lines, d("2026-06-15")).expect("a chart");
        assert_eq!(g.rows.len(), 2, "the project without milestones has no row");
        assert_eq!(g.rows[1].title, "智慧园区");
        let first = &g.rows[0];
        assert!(first.marks[0].slipped && first.marks[0].baseline_x < first.marks[0].x);
        assert!(first.marks[1].done && !first.marks[0].done);
        assert_eq!(first.from_x, first.marks[0].x);
        assert_eq!(first.to_x, first.marks[1].x);
        // One axis: the same date falls at the same place on every row, February first.
        assert!(g.rows[1].marks[0].x < first.from_x);
        assert!(g.as_of_x > first.marks[0].x && g.as_of_x < first.marks[1].x);
        assert_eq!(g.ticks[0].label, "2月");
        assert!(g.rows[1].y > first.y);
        assert!(district("zh-CN", &lines[1..2], d("2026-06-15")).is_none());
    }

    #[test]
    fn investment_accumulates_reported_months_against_an_even_pace() {
        let plan = 120_000_000; // 1.2 亿元
        let c = investment(
            "zh-CN",
            Some(plan),
            &[(1, 8_000_000), (2, 12_000_000), (4, 10_000_000)],
        )
        .expect("a chart");
        assert_eq!(c.months.len(), 12);
        assert_eq!(c.months[0].label, "1月");
        // Month 3 was not reported: no point on the cumulative line, an empty bar.
        assert!(c.months[2].line_y.is_none() && c.months[2].bar_h == 0.0);
        assert_eq!(c.line.split(' ').count(), 3);
        // Cumulative rises (y falls), and stays under the plan line's end.
        let ys: Vec<f64> = c.months.iter().filter_map(|m| m.line_y).collect();
        assert!(ys.windows(2).all(|w| w[1] < w[0]));
        assert!(ys[2] > c.plan_y.unwrap());
        assert!(c.months[1].bar_h > c.months[0].bar_h);
        assert_eq!(c.months[1].amount, "1200万元");
        assert_eq!(c.scale.last().unwrap().label, "12000");
        assert!(investment("zh-CN", None, &[]).is_none());
    }
}
