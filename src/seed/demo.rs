//! The demo: the 19 key projects of the zone's notice (fictional names, in Chinese), laid
//! out around an anchor date so that on that date some milestones are done on time, some
//! late, some overdue and some due within days, and the start rate and investment
//! completion look like the notice's (about 90 %). Written through the ordinary `store`
//! use cases, so every row is validated and audited like any other write.

use chrono::{Datelike, Duration, NaiveDate};
use serde::Deserialize;

use super::SeedSummary;
use crate::db::DbConn;
use crate::domain::money::WAN;
use crate::domain::project::{Category, Level};
use crate::domain::stage::Stage;
use crate::error::{AppError, AppResult};
use crate::store::{Ctx, investment, milestones, people, progress, projects, units};

const DATA: &str = include_str!("demo.toml");

#[derive(Debug, Deserialize)]
struct DemoData {
    leaders: Vec<DemoLeader>,
    units: Vec<DemoUnit>,
    persons: Vec<DemoPerson>,
    projects: Vec<DemoProject>,
}

#[derive(Debug, Deserialize)]
struct DemoLeader {
    key: String,
    name: String,
    title: String,
    email: String,
    phone: String,
}

#[derive(Debug, Deserialize)]
struct DemoUnit {
    key: String,
    name: String,
    contact_email: String,
    head_name: String,
    head_title: String,
    head_email: String,
    head_phone: String,
}

#[derive(Debug, Deserialize)]
struct DemoPerson {
    key: String,
    name: String,
    title: String,
    unit: String,
    email: String,
    phone: String,
    lang: String,
}

#[derive(Debug, Deserialize)]
struct DemoProject {
    name: String,
    category: String,
    level: String,
    location: String,
    description: String,
    total_investment: i64,
    annual_plan: i64,
    leader: String,
    unit: String,
    person: String,
    start_years_before: i32,
    start_md: String,
    finish_years_after: i32,
    finish_md: String,
    stage: String,
    milestones: Vec<String>,
    progress: Vec<String>,
    problems: Option<String>,
    next_steps: String,
}

fn bad(msg: impl Into<String>) -> AppError {
    AppError::internal(format!("demo data: {}", msg.into()))
}

fn md(year: i32, md: &str) -> AppResult<NaiveDate> {
    let (m, d) = md
        .split_once('-')
        .and_then(|(m, d)| Some((m.parse().ok()?, d.parse().ok()?)))
        .ok_or_else(|| bad(format!("bad month-day {md:?}")))?;
    NaiveDate::from_ymd_opt(year, m, d).ok_or_else(|| bad(format!("bad date {year}-{md}")))
}

/// Loads the demo as of `anchor`. `ctx.today` must be the anchor: no fact is dated later.
pub fn load(conn: &mut DbConn, ctx: &Ctx) -> AppResult<SeedSummary> {
    let data: DemoData = toml::from_str(DATA).map_err(|e| bad(e.to_string()))?;
    super::ensure_empty(conn)?;
    conn.transaction(|conn| load_into(conn, ctx, &data))
}

fn load_into(conn: &mut DbConn, ctx: &Ctx, data: &DemoData) -> AppResult<SeedSummary> {
    let anchor = ctx.today;
    let year = anchor.year();
    let mut sum = SeedSummary::default();
    let mut unit_ids = std::collections::HashMap::new();
    let mut person_ids = std::collections::HashMap::new();

    for u in &data.units {
        let unit = units::create(
            conn,
            ctx,
            units::NewUnit {
                name: u.name.clone(),
                head_person_id: None,
                contact_email: Some(u.contact_email.clone()),
            },
        )?;
        let head = people::create(
            conn,
            ctx,
            people::NewPerson {
                name: u.head_name.clone(),
                title: Some(u.head_title.clone()),
                unit_id: Some(unit.id),
                email: Some(u.head_email.clone()),
                phone: Some(u.head_phone.clone()),
                lang: None,
                active: None,
            },
        )?;
        units::update(
            conn,
            ctx,
            unit.id,
            units::UnitPatch {
                head_person_id: Some(head.id),
                ..Default::default()
            },
        )?;
        unit_ids.insert(u.key.clone(), unit.id);
        sum.units += 1;
        sum.people += 1;
    }
    for l in &data.leaders {
        let p = people::create(
            conn,
            ctx,
            people::NewPerson {
                name: l.name.clone(),
                title: Some(l.title.clone()),
                unit_id: None,
                email: Some(l.email.clone()),
                phone: Some(l.phone.clone()),
                lang: None,
                active: None,
            },
        )?;
        person_ids.insert(l.key.clone(), p.id);
        sum.people += 1;
    }
    for r in &data.persons {
        let unit = *unit_ids
            .get(&r.unit)
            .ok_or_else(|| bad(format!("unknown unit {}", r.unit)))?;
        let p = people::create(
            conn,
            ctx,
            people::NewPerson {
                name: r.name.clone(),
                title: Some(r.title.clone()),
                unit_id: Some(unit),
                email: Some(r.email.clone()),
                phone: Some(r.phone.clone()),
                lang: Some(r.lang.clone()),
                active: None,
            },
        )?;
        person_ids.insert(r.key.clone(), p.id);
        sum.people += 1;
    }

    for (idx, p) in data.projects.iter().enumerate() {
        load_project(conn, ctx, year, idx, p, &unit_ids, &person_ids, &mut sum)?;
    }
    Ok(sum)
}

/// Stage events leading to `target`, dated from the planned start and never after `anchor`.
fn stage_path(
    target: Stage,
    start: NaiveDate,
    finish: NaiveDate,
    anchor: NaiveDate,
) -> Vec<(Stage, NaiveDate)> {
    let signed = (start - Duration::days(60)).min(anchor);
    let started = start.max(signed).min(anchor);
    let building = (start + Duration::days(30)).max(started).min(anchor);
    let completed = finish.min(anchor - Duration::days(40)).max(building);
    let producing = (completed + Duration::days(30)).min(anchor).max(completed);
    let suspended = (anchor - Duration::days(45)).max(building);
    let mut path = vec![(Stage::Signed, signed)];
    match target {
        Stage::Signed => {}
        Stage::Started => path.push((Stage::Started, started)),
        Stage::UnderConstruction => path.extend([
            (Stage::Started, started),
            (Stage::UnderConstruction, building),
        ]),
        Stage::Completed => path.extend([
            (Stage::Started, started),
            (Stage::UnderConstruction, building),
            (Stage::Completed, completed),
        ]),
        Stage::InProduction => path.extend([
            (Stage::Started, started),
            (Stage::UnderConstruction, building),
            (Stage::Completed, completed),
            (Stage::InProduction, producing),
        ]),
        Stage::Suspended => path.extend([
            (Stage::Started, started),
            (Stage::UnderConstruction, building),
            (Stage::Suspended, suspended),
        ]),
    }
    path
}

#[allow(clippy::too_many_arguments)]
fn load_project(
    conn: &mut DbConn,
    ctx: &Ctx,
    year: i32,
    idx: usize,
    p: &DemoProject,
    unit_ids: &std::collections::HashMap<String, i64>,
    person_ids: &std::collections::HashMap<String, i64>,
    sum: &mut SeedSummary,
) -> AppResult<()> {
    let anchor = ctx.today;
    let lookup = |map: &std::collections::HashMap<String, i64>, k: &str| {
        map.get(k)
            .copied()
            .ok_or_else(|| bad(format!("unknown key {k}")))
    };
    let start = md(year - p.start_years_before, &p.start_md)?;
    let mut finish = md(year + p.finish_years_after, &p.finish_md)?;
    if finish <= start {
        finish = start + Duration::days(365);
    }
    let target = Stage::parse(&p.stage).ok_or_else(|| bad(format!("stage {}", p.stage)))?;
    let path = stage_path(target, start, finish, anchor);
    // The path starts at signing: its first step dates the project's stage and holders.
    let (signed_on, later) = match path.split_first() {
        Some(((_, on), rest)) => (*on, rest),
        None => (start, &[][..]),
    };
    let code = format!("KP-{year}-{:02}", idx + 1);
    projects::create(
        conn,
        ctx,
        projects::NewProject {
            code: code.clone(),
            name: p.name.clone(),
            category: Category::parse(&p.category).ok_or_else(|| bad(&p.category))?,
            level: Level::parse(&p.level).ok_or_else(|| bad(&p.level))?,
            location: Some(p.location.clone()),
            description: Some(p.description.clone()),
            total_investment: p.total_investment * WAN,
            planned_start: start,
            planned_finish: finish,
            stage: Some(Stage::Signed),
            stage_on: Some(signed_on),
            leader_id: lookup(person_ids, &p.leader)?,
            unit_id: lookup(unit_ids, &p.unit)?,
            person_id: lookup(person_ids, &p.person)?,
            assigned_on: Some(signed_on),
        },
    )?;
    sum.projects += 1;
    sum.assignments += 1;
    sum.stage_events += 1;
    for (stage, on) in later {
        projects::change_stage(
            conn,
            ctx,
            &code,
            projects::StageChange {
                stage: *stage,
                effective_on: Some(*on),
                note: None,
            },
        )?;
        sum.stage_events += 1;
    }
    let done_by = match target {
        Stage::Completed | Stage::InProduction => path
            .iter()
            .find(|(s, _)| *s == Stage::Completed)
            .map(|(_, d)| *d),
        _ => None,
    };
    let suspended_on = path
        .iter()
        .find(|(s, _)| *s == Stage::Suspended)
        .map(|(_, d)| *d);

    // Milestones spread evenly over the year from the later of the planned start and
    // 10 January, up to completion for finished projects or 28 December otherwise.
    let n = p.milestones.len() as i64;
    let lo = start.max(md(year, "01-10")?);
    let hi = done_by
        .unwrap_or(md(year, "12-28")?)
        .max(lo + Duration::days(n));
    let span = (hi - lo).num_days();
    let mut due: Vec<NaiveDate> = (0..n)
        .map(|i| lo + Duration::days(span * (i + 1) / (n + 1)))
        .collect();
    // A few projects have a milestone falling due within days of the anchor: the first
    // one still ahead, or else the last one.
    if idx % 4 == 1 && done_by.is_none() {
        let i = due
            .iter()
            .position(|d| *d >= anchor)
            .unwrap_or(due.len().saturating_sub(1));
        if let Some(d) = due.get_mut(i) {
            *d = anchor + Duration::days(1 + (idx as i64 % 3));
        }
    }
    let soon = anchor + Duration::days(3);
    let mut rescheduled = false;
    for (i, (title, due_on)) in p.milestones.iter().zip(due).enumerate() {
        let m = milestones::create(
            conn,
            ctx,
            milestones::NewMilestone {
                project_code: code.clone(),
                title: title.clone(),
                due: due_on,
                ordinal: Some(i as i32 + 1),
            },
        )?;
        sum.milestones += 1;
        let halted = suspended_on.is_some_and(|s| due_on >= s);
        let k = (idx * 3 + i) % 10;
        let completed_on = if due_on >= anchor || halted {
            None
        } else if done_by.is_some() || k >= 2 {
            Some(due_on - Duration::days((i % 3) as i64))
        } else if k == 1 {
            Some((due_on + Duration::days(4 + (idx % 5) as i64)).min(anchor))
        } else {
            None // left overdue
        };
        if let Some(on) = completed_on {
            milestones::complete(
                conn,
                ctx,
                m.id,
                milestones::CompleteInput {
                    date: Some(on.min(anchor)),
                    evidence: format!("{title}：已完成，相关批复及验收材料已归档。"),
                },
            )?;
        } else if !rescheduled
            && ((idx % 6 == 2 && due_on > soon) || (idx % 6 == 5 && due_on < anchor))
        {
            // A slipping milestone moved by three weeks: baseline and current now differ.
            milestones::reschedule(
                conn,
                ctx,
                m.id,
                milestones::RescheduleInput {
                    new_due: (due_on + Duration::days(21)).max(anchor + Duration::days(10)),
                    reason: "受征地拆迁及管线迁改影响，申请顺延三周。".into(),
                },
            )?;
            rescheduled = true;
            sum.reschedules += 1;
        }
    }

    // The year's plan, and monthly reports for the months closed before the anchor, at a
    // per-project pace of 78 % to 107 % of an even spread (the zone as a whole near 90 %).
    let plan = p.annual_plan * WAN;
    investment::create_plan(
        conn,
        ctx,
        investment::NewPlan {
            project_code: code.clone(),
            year,
            planned: plan,
        },
    )?;
    sum.investment_plans += 1;
    if target != Stage::Signed {
        let pace = 78 + (idx as i64 * 37) % 30;
        for month in 1..anchor.month() as i32 {
            if suspended_on.is_some_and(|s| s.year() == year && month > s.month() as i32) {
                break;
            }
            let amount = plan * pace * 115 / (12 * 100 * 100);
            investment::create_report(
                conn,
                ctx,
                investment::NewReport {
                    project_code: code.clone(),
                    year,
                    month,
                    completed: amount,
                },
            )?;
            sum.investment_reports += 1;
        }
    }

    let k = p.progress.len();
    for (j, text) in p.progress.iter().enumerate() {
        let last = j + 1 == k;
        let on = (anchor - Duration::days(14 * (k - 1 - j) as i64 + 3)).max(signed_on);
        progress::create(
            conn,
            ctx,
            progress::NewProgress {
                project_code: code.clone(),
                reported_on: Some(on),
                progress: text.clone(),
                problems: if last { p.problems.clone() } else { None },
                next_steps: last.then(|| p.next_steps.clone()),
            },
        )?;
        sum.progress_updates += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_data_is_complete() {
        let d: DemoData = toml::from_str(DATA).unwrap();
        assert_eq!(
            (
                d.leaders.len(),
                d.units.len(),
                d.persons.len(),
                d.projects.len()
            ),
            (7, 12, 19, 19)
        );
        for p in &d.projects {
            assert!((6..=10).contains(&p.milestones.len()), "{}", p.name);
            assert!(Stage::parse(&p.stage).is_some(), "{}", p.stage);
            assert!(Category::parse(&p.category).is_some());
            assert!(Level::parse(&p.level).is_some());
            assert!((3_000..=200_000).contains(&p.total_investment));
        }
    }

    #[test]
    fn stage_paths_never_pass_the_anchor() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        for target in Stage::ALL {
            let path = stage_path(target, d("2026-03-01"), d("2026-05-01"), d("2026-11-25"));
            assert_eq!(path.last().unwrap().0, target);
            assert!(
                path.windows(2).all(|w| w[0].1 <= w[1].1),
                "{target:?}: {path:?}"
            );
            assert!(path.iter().all(|(_, on)| *on <= d("2026-11-25")));
        }
    }
}
