//! Reads over many projects, on both backends: what is read in pieces of ids (a page, a
//! scope, more ids than one query binds) says the same as what is read of the whole zone.

use crate::common;

use common::*;
use duban::domain::milestone::MilestoneFilter;
use duban::domain::rules::Rules;
use duban::seed::{self, generate::Size};
use duban::store::milestones::{self, MilestoneListFilter};
use duban::store::projects::{self, ProjectFilter};
use duban::store::reports::{self, InspectionFilter};

#[test]
fn a_zone_read_in_pieces_says_what_the_whole_says() {
    let anchor = "2026-06-30";
    for db in backends() {
        let mut c = db.conn();
        let ctx = system_on(anchor);
        // 2,000 projects: more ids than one query binds (1,000), so every scoped read is
        // sent in two pieces.
        seed::generate::generate(&mut c, &ctx, Size::City, 7, false).unwrap();
        let rules = Rules::default();
        let whole = reports::inspection(
            &mut c,
            &ctx,
            TZ,
            &rules,
            &InspectionFilter {
                as_of: Some(d(anchor)),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(whole.projects.len(), 2000, "{}", db.name);
        let lit_whole: Vec<_> = whole
            .projects
            .iter()
            .map(|p| (p.code.clone(), p.light, p.reasons.clone(), p.adjusted))
            .collect();
        assert!(
            lit_whole.iter().any(|r| !r.2.is_empty()),
            "{}: some project has a reason for its light",
            db.name
        );

        // The board's read (every project at once, its history read by scope) and the
        // project list's pages give each project the report's light, for the same reasons.
        let all = projects::list_all(
            &mut c,
            &ctx,
            &rules,
            &ProjectFilter {
                as_of: Some(d(anchor)),
                ..Default::default()
            },
        )
        .unwrap();
        let lit = |rows: &[projects::ProjectSummary]| -> Vec<_> {
            rows.iter()
                .map(|s| {
                    (
                        s.project.code.clone(),
                        s.light,
                        s.reasons.clone(),
                        s.adjusted,
                    )
                })
                .collect()
        };
        assert_eq!(lit(&all), lit_whole, "{}: list_all", db.name);
        let mut paged = Vec::new();
        for offset in [0, 700, 1400] {
            let page = projects::list(
                &mut c,
                &ctx,
                &rules,
                &ProjectFilter {
                    as_of: Some(d(anchor)),
                    limit: Some(700),
                    offset: Some(offset),
                    ..Default::default()
                },
            )
            .unwrap();
            // Full pages are counted; the short last page ends the list by itself.
            assert_eq!(page.total, 2000, "{}: offset {offset}", db.name);
            paged.extend(page.items);
        }
        assert_eq!(lit(&paged), lit_whole, "{}: pages", db.name);
        // Everything else of a summary too (holders, milestone counts, the next due date):
        // the board reads the whole zone table by table, a page reads its projects by id.
        let json = |v: &[projects::ProjectSummary]| serde_json::to_value(v).unwrap();
        assert_eq!(json(&all), json(&paged), "{}: summaries", db.name);
        // The board's investment figures, read for the whole zone, are each project's own.
        let ids: Vec<i64> = all.iter().map(|s| s.project.id).collect();
        let zone = duban::store::investment::figures_through(&mut c, &ids, 2026, 6).unwrap();
        let some = duban::store::investment::figures_through(&mut c, &ids[..700], 2026, 6).unwrap();
        assert_eq!(zone.len(), 2000, "{}", db.name);
        assert!(
            some.iter()
                .any(|(_, f)| f.planned.is_some() && f.completed > 0),
            "{}: some project has figures",
            db.name
        );
        for (id, f) in &some {
            let z = &zone[id];
            assert_eq!(
                (f.planned, f.completed, f.cumulative),
                (z.planned, z.completed, z.cumulative),
                "{}: project {id}",
                db.name
            );
        }
        let beyond = projects::list(
            &mut c,
            &ctx,
            &rules,
            &ProjectFilter {
                offset: Some(2500),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!((beyond.items.len(), beyond.total), (0, 2000), "{}", db.name);

        // Milestones: a page's total is the count of all that match, however it was found.
        let open = |limit: i64, offset: i64| MilestoneListFilter {
            state: Some(MilestoneFilter::Open),
            as_of: Some(d(anchor)),
            limit: Some(limit),
            offset: Some(offset),
            ..Default::default()
        };
        let first = milestones::list(&mut c, &ctx, &rules, &open(1000, 0)).unwrap();
        assert!(first.total > 1000, "{}: {}", db.name, first.total);
        let last = milestones::list(&mut c, &ctx, &rules, &open(1000, first.total - 3)).unwrap();
        assert_eq!(
            (last.items.len(), last.total),
            (3, first.total),
            "{}",
            db.name
        );
    }
}

/// `store::one_of` (the ids bound as one value, so the statement is prepared once) keeps
/// exactly the rows `eq_any` keeps: none for no ids, and ids that match nothing are ignored.
#[test]
fn ids_bound_as_one_value_keep_what_each_id_keeps() {
    use diesel::prelude::*;
    use duban::db::schema::milestones as ms;
    use duban::store::one_of::one_of;
    for db in backends() {
        let mut c = db.conn();
        let ctx = system_on("2026-06-30");
        seed::generate::generate(&mut c, &ctx, Size::City, 7, false).unwrap();
        let every: Vec<i64> = ms::table
            .select(ms::project_id)
            .distinct()
            .order(ms::project_id)
            .load(&mut c)
            .unwrap();
        assert!(every.len() > 1000, "{}: {}", db.name, every.len());
        let mut some: Vec<i64> = every.iter().copied().step_by(3).collect();
        some.extend([-1, 0, i64::MAX]);
        for ids in [vec![], vec![every[0]], some, every.clone()] {
            let by_list: Vec<i64> = ms::table
                .filter(one_of(ms::project_id, &ids))
                .select(ms::id)
                .order(ms::id)
                .load(&mut c)
                .unwrap();
            let by_each: Vec<i64> = ms::table
                .filter(ms::project_id.eq_any(&ids))
                .select(ms::id)
                .order(ms::id)
                .load(&mut c)
                .unwrap();
            assert_eq!(by_list, by_each, "{}: {} ids", db.name, ids.len());
            assert_eq!(by_list.is_empty(), ids.is_empty(), "{}", db.name);
        }
    }
}

/// Dates and timestamps read through the fast path (`db::dates::Fast`) read as diesel reads
/// them, including a value SQLite holds in another shape (written by hand or by an older
/// version) and a fraction of a second.
/// The bundled SQLite is built as `.cargo/config.toml` says: the planner's stability
/// guarantee, no mutex around each call (each connection is used by one thread at a time),
/// no memory statistics.
#[test]
fn sqlite_is_built_with_the_flags_it_is_read_with() {
    use diesel::prelude::*;
    use duban::db::DbConn;
    #[derive(QueryableByName)]
    struct Opt {
        #[diesel(sql_type = diesel::sql_types::Text)]
        compile_options: String,
    }
    let db = TestDb::sqlite();
    let mut c = db.conn();
    let DbConn::Sqlite(raw) = &mut c else {
        unreachable!("a SQLite test database")
    };
    let opts: Vec<String> = diesel::sql_query("PRAGMA compile_options")
        .load::<Opt>(raw)
        .unwrap()
        .into_iter()
        .map(|o| o.compile_options)
        .collect();
    for want in ["ENABLE_QPSG", "THREADSAFE=2", "DEFAULT_MEMSTATUS=0"] {
        assert!(opts.iter().any(|o| o == want), "{want} not in {opts:?}");
    }
}

#[test]
fn dates_stored_in_another_shape_read_as_before() {
    use diesel::prelude::*;
    use duban::db::DbConn;
    use duban::db::schema::milestones as ms;
    let db = TestDb::sqlite();
    let mut c = db.conn();
    let ctx = system_on("2026-06-30");
    seed::generate::generate(&mut c, &ctx, Size::District, 7, false).unwrap();
    let id: i64 = ms::table
        .select(ms::id)
        .order(ms::id)
        .first(&mut c)
        .unwrap();
    let DbConn::Sqlite(raw) = &mut c else {
        unreachable!("a SQLite test database")
    };
    diesel::sql_query(
        "UPDATE milestones SET created_at = '2026-06-30T08:01:02', \
         updated_at = '2026-06-30 08:01:02.25', completed_on = NULL WHERE id = ?",
    )
    .bind::<diesel::sql_types::BigInt, _>(id)
    .execute(raw)
    .unwrap();
    let m = milestones::get(&mut c, id).unwrap();
    let at = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%F %T%.f").unwrap();
    assert_eq!(m.created_at, at("2026-06-30 08:01:02"));
    assert_eq!(m.updated_at, at("2026-06-30 08:01:02.25"));
    assert_eq!(m.completed_on, None);
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(json["created_at"], "2026-06-30T08:01:02Z");
    assert_eq!(json["updated_at"], "2026-06-30T08:01:02.250Z");
    assert_eq!(json["baseline_due"], m.baseline_due.to_string());
}

/// What someone reports on, as the worklist and the waiting list say it: the office
/// reports on none of the open milestones it reads (and is answered so without asking
/// project by project), a responsible person on every one of hers, an admin on all.
#[test]
fn the_worklist_marks_what_each_role_reports_on() {
    use diesel::prelude::*;
    use duban::db::schema::assignments as a;
    use duban::domain::access::{Principal, Role};
    let anchor = "2026-06-30";
    for db in backends() {
        let mut c = db.conn();
        seed::generate::generate(&mut c, &system_on(anchor), Size::District, 7, false).unwrap();
        let person: i64 = a::table
            .filter(a::end_on.is_null())
            .select(a::person_id)
            .order(a::id)
            .first(&mut c)
            .unwrap();
        let as_role = |roles: Vec<Role>, person_id: Option<i64>| {
            let mut ctx = system_on(anchor);
            ctx.principal = Some(Principal {
                user_id: 1,
                username: "u".into(),
                display_name: "u".into(),
                person_id,
                roles,
                lang: "zh-CN".into(),
            });
            ctx
        };
        let rules = Rules::default();
        let office = as_role(vec![Role::Supervisor], None);
        let work = milestones::worklist(&mut c, &office, &rules).unwrap();
        assert!(
            !work.open.is_empty(),
            "{}: the office reads open milestones",
            db.name
        );
        assert!(work.open.iter().all(|(_, reports)| !reports), "{}", db.name);
        let waiting = duban::store::waiting::waiting(&mut c, &office, &rules).unwrap();
        assert!(
            waiting.milestones.is_empty() && waiting.reports.is_empty(),
            "{}",
            db.name
        );

        let holder = as_role(vec![Role::Responsible], Some(person));
        let work = milestones::worklist(&mut c, &holder, &rules).unwrap();
        assert!(
            !work.open.is_empty(),
            "{}: person {person} holds open milestones",
            db.name
        );
        assert!(work.open.iter().all(|(_, reports)| *reports), "{}", db.name);
        assert!(!work.reporting.is_empty(), "{}", db.name);

        let admin = as_role(vec![Role::Admin], None);
        let work = milestones::worklist(&mut c, &admin, &rules).unwrap();
        assert!(
            !work.open.is_empty() && work.open.iter().all(|(_, r)| *r),
            "{}",
            db.name
        );
    }
}
