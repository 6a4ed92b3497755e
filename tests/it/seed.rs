//! Demo and synthetic data on both backends: the demo tells the story the notice tells as
//! of its anchor; generated data is deterministic and leaves the database usable.

use crate::common;

use chrono::Duration;
use common::*;
use diesel::prelude::*;
use duban::db::schema::{
    assignments, audit_log, investment_plans, investment_reports, milestones, projects, units,
};
use duban::seed::{self, generate::Size};
use duban::store::Ctx;

fn ctx(anchor: &str) -> Ctx {
    let clock = duban::clock::FixedClock::at_noon(d(anchor), TZ);
    Ctx::new("seed:test", &clock, TZ)
}

#[test]
fn demo_tells_the_notices_story_as_of_its_anchor() {
    for db in backends() {
        let mut c = db.conn();
        let sum = seed::demo::load(&mut c, &ctx("2026-11-25")).unwrap();
        assert_eq!(
            (sum.projects, sum.units, sum.people),
            (19, 12, 7 + 12 + 19),
            "{}",
            db.name
        );
        assert!((114..=190).contains(&sum.milestones));

        let distinct = |v: Vec<i64>| {
            v.into_iter()
                .collect::<std::collections::HashSet<_>>()
                .len()
        };
        let leaders = distinct(
            assignments::table
                .select(assignments::leader_id)
                .load(&mut c)
                .unwrap(),
        );
        let persons = distinct(
            assignments::table
                .select(assignments::person_id)
                .load(&mut c)
                .unwrap(),
        );
        assert_eq!((leaders, persons), (7, 19));
        let headless: i64 = units::table
            .filter(units::head_person_id.is_null())
            .count()
            .get_result(&mut c)
            .unwrap();
        assert_eq!(headless, 0, "every unit has a head for escalation");

        let anchor = d("2026-11-25");
        let rows: Vec<(
            chrono::NaiveDate,
            chrono::NaiveDate,
            Option<chrono::NaiveDate>,
        )> = milestones::table
            .select((
                milestones::baseline_due,
                milestones::current_due,
                milestones::completed_on,
            ))
            .load(&mut c)
            .unwrap();
        let on_time = rows
            .iter()
            .filter(|(_, due, c)| c.is_some_and(|c| c <= *due))
            .count();
        let late = rows
            .iter()
            .filter(|(_, due, c)| c.is_some_and(|c| c > *due))
            .count();
        let overdue = rows
            .iter()
            .filter(|(_, due, c)| c.is_none() && *due < anchor)
            .count();
        let soon = rows
            .iter()
            .filter(|(_, due, c)| {
                c.is_none() && *due >= anchor && *due <= anchor + Duration::days(3)
            })
            .count();
        let moved = rows.iter().filter(|(b, due, _)| b != due).count();
        assert!(
            on_time > late && late > 0 && overdue > 0 && soon > 0 && moved > 0,
            "on time {on_time}, late {late}, overdue {overdue}, due soon {soon}, rescheduled {moved}"
        );
        assert!(
            rows.iter().all(|(_, _, c)| c.is_none_or(|c| c <= anchor)),
            "no completion after the anchor"
        );

        // Start rate like the notice's 93.3 %: all but the one signed project have started.
        let stages: Vec<String> = projects::table
            .select(projects::stage)
            .load(&mut c)
            .unwrap();
        let started = stages.iter().filter(|s| s.as_str() != "signed").count();
        assert_eq!((started, stages.len()), (18, 19));

        // Investment completed is near 90 % of the annual plan by late November.
        let plan: i64 = investment_plans::table
            .select(investment_plans::planned)
            .load::<i64>(&mut c)
            .unwrap()
            .iter()
            .sum();
        let done: i64 = investment_reports::table
            .filter(investment_reports::year.eq(2026))
            .select(investment_reports::completed)
            .load::<i64>(&mut c)
            .unwrap()
            .iter()
            .sum();
        let pct = done as f64 * 100.0 / plan as f64;
        assert!(
            (80.0..=98.0).contains(&pct),
            "investment completion {pct:.1} %"
        );

        let audited: i64 = audit_log::table
            .filter(audit_log::actor.eq("seed:test"))
            .count()
            .get_result(&mut c)
            .unwrap();
        assert!(
            audited as usize > sum.projects + sum.milestones,
            "every demo write is audited"
        );

        let again = seed::demo::load(&mut c, &ctx("2026-11-25")).unwrap_err();
        assert_eq!(again.code(), duban::error::Code::NotEmpty);
    }
}

#[test]
fn demo_early_in_the_year_has_nothing_overdue_yet() {
    let db = TestDb::sqlite();
    let mut c = db.conn();
    seed::demo::load(&mut c, &ctx("2026-01-05")).unwrap();
    let overdue: i64 = milestones::table
        .filter(
            milestones::completed_on
                .is_null()
                .and(milestones::current_due.lt(d("2026-01-05"))),
        )
        .count()
        .get_result(&mut c)
        .unwrap();
    assert_eq!(overdue, 0);
}

#[test]
fn generated_data_is_the_same_on_both_backends_and_for_the_same_seed() {
    let mut dumps = Vec::new();
    for db in backends().into_iter().chain([TestDb::sqlite()]) {
        let mut c = db.conn();
        let sum = seed::generate::generate(&mut c, &ctx("2026-06-30"), Size::District, 42, false)
            .unwrap();
        assert_eq!(sum.projects, 19);
        let rows: Vec<(i64, i64, chrono::NaiveDate, Option<chrono::NaiveDate>)> = milestones::table
            .order(milestones::id)
            .select((
                milestones::id,
                milestones::project_id,
                milestones::current_due,
                milestones::completed_on,
            ))
            .load(&mut c)
            .unwrap();
        // Ids continue after the generated ones (PostgreSQL sequences were moved on).
        let unit = duban::store::units::create(
            &mut c,
            &ctx("2026-06-30"),
            duban::store::units::NewUnit {
                name: "新增单位".into(),
                head_person_id: None,
                contact_email: None,
            },
        )
        .unwrap();
        assert_eq!(unit.id, 13, "{}", db.name);
        dumps.push((db.name, rows));
    }
    for w in dumps.windows(2) {
        assert_eq!(w[0].1, w[1].1, "{} vs {}", w[0].0, w[1].0);
    }
}

#[test]
fn city_size_loads_and_is_served() {
    let db = TestDb::sqlite();
    let mut c = db.conn();
    let sum = seed::generate::generate(&mut c, &ctx("2026-11-25"), Size::City, 1, false).unwrap();
    assert_eq!(
        (sum.projects, sum.units, sum.people),
        (2_000, 80, 50 + 80 + 200)
    );
    assert!((18_000..=22_000).contains(&sum.milestones));
    let n: i64 = milestones::table.count().get_result(&mut c).unwrap();
    assert_eq!(n as usize, sum.milestones);
    let page = duban::store::projects::list(
        &mut c,
        &system_on("2026-11-25"),
        &Default::default(),
        &duban::store::projects::ProjectFilter {
            leader: Some(1),
            ..Default::default()
        },
    )
    .unwrap();
    assert!(page.total > 10, "leader 1 holds {} projects", page.total);
    assert!(
        page.items
            .iter()
            .all(|p| p.leader.as_ref().is_some_and(|l| l.id == 1))
    );
    let again =
        seed::generate::generate(&mut c, &ctx("2026-11-25"), Size::City, 1, false).unwrap_err();
    assert_eq!(again.code(), duban::error::Code::NotEmpty);
}
