//! Deterministic synthetic data at three sizes, for tests and benchmarks. Same seed and
//! anchor, same data. Written in large batches with explicit ids inside one transaction
//! (row-by-row use cases would take minutes at province size); one audit row records the run.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use super::SeedSummary;
use crate::db::DbConn;
use crate::db::schema::{
    assignments, investment_plans, investment_reports, milestones, people, progress_updates,
    projects, reschedules, stage_events, units,
};
use crate::domain::money::WAN;
use crate::domain::project::{Category, Level};
use crate::domain::stage::Stage;
use crate::error::AppResult;
use crate::store::{Ctx, audit};

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Size {
    District,
    City,
    Province,
}

/// Counts of each size: projects, responsible persons, leaders, units. Milestones average
/// ten a project.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub projects: usize,
    pub persons: usize,
    pub leaders: usize,
    pub units: usize,
}

impl Size {
    pub fn shape(self) -> Shape {
        match self {
            Size::District => Shape {
                projects: 19,
                persons: 19,
                leaders: 7,
                units: 12,
            },
            Size::City => Shape {
                projects: 2_000,
                persons: 200,
                leaders: 50,
                units: 80,
            },
            Size::Province => Shape {
                projects: 20_000,
                persons: 2_000,
                leaders: 300,
                units: 600,
            },
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Size::District => "district",
            Size::City => "city",
            Size::Province => "province",
        }
    }
}

// Rows with explicit ids and NULLs written as NULL (not DEFAULT), so that one multi-row
// INSERT serves both backends.
#[derive(Insertable)]
#[diesel(table_name = units, treat_none_as_default_value = false)]
struct UnitRow {
    id: i64,
    name: String,
    head_person_id: Option<i64>,
    contact_email: Option<String>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = people, treat_none_as_default_value = false)]
struct PersonRow {
    id: i64,
    name: String,
    title: Option<String>,
    unit_id: Option<i64>,
    email: Option<String>,
    phone: Option<String>,
    lang: String,
    active: bool,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = projects, treat_none_as_default_value = false)]
struct ProjectRow {
    id: i64,
    code: String,
    name: String,
    category: &'static str,
    level: &'static str,
    location: Option<String>,
    description: Option<String>,
    total_investment: i64,
    planned_start: NaiveDate,
    planned_finish: NaiveDate,
    stage: &'static str,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = stage_events, treat_none_as_default_value = false)]
struct StageRow {
    id: i64,
    project_id: i64,
    stage: &'static str,
    effective_on: NaiveDate,
    note: Option<String>,
    recorded_by: &'static str,
    recorded_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = assignments, treat_none_as_default_value = false)]
struct AssignmentRow {
    id: i64,
    project_id: i64,
    leader_id: i64,
    unit_id: i64,
    person_id: i64,
    start_on: NaiveDate,
    end_on: Option<NaiveDate>,
    recorded_by: &'static str,
    recorded_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = milestones, treat_none_as_default_value = false)]
struct MilestoneRow {
    id: i64,
    project_id: i64,
    ordinal: i32,
    title: &'static str,
    baseline_due: NaiveDate,
    current_due: NaiveDate,
    completed_on: Option<NaiveDate>,
    evidence: Option<&'static str>,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = reschedules, treat_none_as_default_value = false)]
struct RescheduleRow {
    id: i64,
    milestone_id: i64,
    old_due: NaiveDate,
    new_due: NaiveDate,
    reason: &'static str,
    requested_by: &'static str,
    requested_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = investment_plans, treat_none_as_default_value = false)]
struct PlanRow {
    id: i64,
    project_id: i64,
    year: i32,
    planned: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = investment_reports, treat_none_as_default_value = false)]
struct ReportRow {
    id: i64,
    project_id: i64,
    year: i32,
    month: i32,
    completed: i64,
    cumulative: i64,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = progress_updates, treat_none_as_default_value = false)]
struct ProgressRow {
    id: i64,
    project_id: i64,
    reported_on: NaiveDate,
    progress: &'static str,
    problems: Option<&'static str>,
    next_steps: Option<&'static str>,
    author: &'static str,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
    "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞",
    "平", "刚", "桂英", "建国", "志强", "海燕", "晓东", "文斌", "丽华", "国庆", "红梅", "立新",
];
const AREAS: &[&str] = &[
    "城关", "东城", "西城", "南湖", "北山", "高新", "经开", "临港", "沙河", "湾柳", "源汇", "召陵",
    "郾城", "舞阳", "临颍", "新城", "滨河", "嵩山", "淮河", "黄河",
];
const BUREAUS: &[&str] = &[
    "发展改革局",
    "招商局",
    "规划建设局",
    "自然资源局",
    "生态环境局",
    "交通运输局",
    "水利局",
    "工业和信息化局",
    "商务局",
    "住房和城乡建设局",
    "城市管理局",
    "应急管理局",
    "市场监督管理局",
    "投资促进中心",
    "项目服务中心",
];
const THINGS: &[(&str, Category)] = &[
    ("食品精深加工", Category::Industrial),
    ("冷链物流园", Category::Services),
    ("生物医药产业园", Category::Industrial),
    ("智能装备制造", Category::Industrial),
    ("包装新材料", Category::Industrial),
    ("污水处理厂扩建", Category::Infrastructure),
    ("道路改造提升", Category::Infrastructure),
    ("集中供热管网", Category::Infrastructure),
    ("标准化厂房", Category::Infrastructure),
    ("电子商务产业园", Category::Services),
    ("职业技能实训中心", Category::Social),
    ("高标准农田", Category::Agriculture),
    ("会展中心", Category::Services),
];
const MILESTONE_TITLES: &[&str] = &[
    "完成项目备案",
    "取得环评批复",
    "完成土地摘牌",
    "取得施工许可",
    "场地平整",
    "桩基施工",
    "主体开工",
    "主体结构封顶",
    "设备采购",
    "设备安装调试",
    "配套工程完工",
    "试生产",
    "竣工验收",
    "达产达效",
];

/// Loads synthetic data of `size` as of `ctx.today`. The database must be empty.
pub fn generate(
    conn: &mut DbConn,
    ctx: &Ctx,
    size: Size,
    seed: u64,
    progress: bool,
) -> AppResult<SeedSummary> {
    super::ensure_empty(conn)?;
    let data = build(size, seed, ctx.today, ctx.now);
    let bar = if progress {
        ProgressBar::new(data.rows() as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{msg:>14} [{bar:40}] {pos}/{len} rows ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let summary = data.summary();
    conn.transaction(|conn| {
        data.write(conn, &bar)?;
        audit::record(
            conn,
            ctx,
            "dataset",
            format!("generate:{}", size.name()),
            "seed",
            None::<&()>,
            Some(&serde_json::json!({ "size": size, "seed": seed, "anchor": ctx.today, "rows": &summary })),
        )
    })?;
    bar.finish_and_clear();
    Ok(summary)
}

struct Data {
    units: Vec<UnitRow>,
    people: Vec<PersonRow>,
    heads: Vec<(i64, i64)>,
    projects: Vec<ProjectRow>,
    stages: Vec<StageRow>,
    assignments: Vec<AssignmentRow>,
    milestones: Vec<MilestoneRow>,
    reschedules: Vec<RescheduleRow>,
    plans: Vec<PlanRow>,
    reports: Vec<ReportRow>,
    progress: Vec<ProgressRow>,
}

// Inserts a slice in chunks; the multi-backend connection has no multi-row VALUES, so the
// statement is built for the concrete backend.
macro_rules! insert_chunks {
    ($conn:expr, $table:expr, $rows:expr, $bar:expr, $label:expr) => {{
        $bar.set_message($label);
        for chunk in $rows.chunks(CHUNK) {
            $crate::insert_batch!($conn, $table, chunk);
            $bar.inc(chunk.len() as u64);
        }
    }};
}

/// Rows per INSERT: well under both backends' bound-parameter limits at 10 columns a row.
const CHUNK: usize = 500;

impl Data {
    fn rows(&self) -> usize {
        self.units.len()
            + self.people.len()
            + self.projects.len()
            + self.stages.len()
            + self.assignments.len()
            + self.milestones.len()
            + self.reschedules.len()
            + self.plans.len()
            + self.reports.len()
            + self.progress.len()
    }

    fn summary(&self) -> SeedSummary {
        SeedSummary {
            units: self.units.len(),
            people: self.people.len(),
            projects: self.projects.len(),
            milestones: self.milestones.len(),
            assignments: self.assignments.len(),
            stage_events: self.stages.len(),
            reschedules: self.reschedules.len(),
            investment_plans: self.plans.len(),
            investment_reports: self.reports.len(),
            progress_updates: self.progress.len(),
        }
    }

    fn write(&self, conn: &mut DbConn, bar: &ProgressBar) -> AppResult<()> {
        insert_chunks!(conn, units::table, self.units, bar, "units");
        insert_chunks!(conn, people::table, self.people, bar, "people");
        for (unit, head) in &self.heads {
            diesel::update(units::table.find(unit))
                .set(units::head_person_id.eq(head))
                .execute(conn)?;
        }
        insert_chunks!(conn, projects::table, self.projects, bar, "projects");
        insert_chunks!(conn, stage_events::table, self.stages, bar, "stages");
        insert_chunks!(
            conn,
            assignments::table,
            self.assignments,
            bar,
            "assignments"
        );
        insert_chunks!(conn, milestones::table, self.milestones, bar, "milestones");
        insert_chunks!(
            conn,
            reschedules::table,
            self.reschedules,
            bar,
            "reschedules"
        );
        insert_chunks!(conn, investment_plans::table, self.plans, bar, "plans");
        insert_chunks!(
            conn,
            investment_reports::table,
            self.reports,
            bar,
            "reports"
        );
        insert_chunks!(
            conn,
            progress_updates::table,
            self.progress,
            bar,
            "progress"
        );
        if conn.is_postgres() {
            // Explicit ids leave the sequences behind; move them past the data.
            for t in [
                "units",
                "people",
                "projects",
                "stage_events",
                "assignments",
                "milestones",
                "reschedules",
                "investment_plans",
                "investment_reports",
                "progress_updates",
            ] {
                diesel::sql_query(format!(
                    "SELECT setval(pg_get_serial_sequence('{t}', 'id'), \
                     COALESCE((SELECT MAX(id) FROM {t}), 0) + 1, false)"
                ))
                .execute(conn)?;
            }
        }
        Ok(())
    }
}

/// One of `items` at random (the same draw as indexing by `rng.usize(..len)`); the lists
/// are never empty, and an empty one would give the default.
fn any<T: Copy + Default>(rng: &mut fastrand::Rng, items: &[T]) -> T {
    rng.choice(items.iter()).copied().unwrap_or_default()
}

/// The `i`-th of `items`, round and round.
fn nth<T: Copy + Default>(items: &[T], i: usize) -> T {
    items
        .get(i % items.len().max(1))
        .copied()
        .unwrap_or_default()
}

fn build(size: Size, seed: u64, anchor: NaiveDate, now: NaiveDateTime) -> Data {
    let shape = size.shape();
    let mut rng = fastrand::Rng::with_seed(seed);
    let year = anchor.year();
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(anchor);
    let days_in_year = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366
    } else {
        365
    };
    let elapsed = (anchor - jan1).num_days().clamp(0, days_in_year) as f64 / days_in_year as f64;

    let mut d = Data {
        units: Vec::with_capacity(shape.units),
        people: Vec::new(),
        heads: Vec::new(),
        projects: Vec::with_capacity(shape.projects),
        stages: Vec::new(),
        assignments: Vec::new(),
        milestones: Vec::with_capacity(shape.projects * 10),
        reschedules: Vec::new(),
        plans: Vec::new(),
        reports: Vec::new(),
        progress: Vec::new(),
    };
    let person_name =
        |rng: &mut fastrand::Rng| format!("{}{}", any(rng, SURNAMES), any(rng, GIVEN));

    for i in 0..shape.units {
        let area = nth(AREAS, i);
        let bureau = nth(BUREAUS, i / AREAS.len());
        let round = i / (AREAS.len() * BUREAUS.len());
        let name = if round == 0 {
            format!("{area}{bureau}")
        } else {
            format!("{area}{bureau}（{}）", round + 1)
        };
        d.units.push(UnitRow {
            id: i as i64 + 1,
            name,
            head_person_id: None,
            contact_email: Some(format!("unit{}@example.gov.cn", i + 1)),
            created_at: now,
            updated_at: now,
        });
    }
    let mut next_person = 1i64;
    let mut person = |rng: &mut fastrand::Rng, title: &str, unit: Option<i64>| {
        let id = next_person;
        next_person += 1;
        PersonRow {
            id,
            name: person_name(rng),
            title: Some(title.to_string()),
            unit_id: unit,
            email: Some(format!("p{id}@example.gov.cn")),
            phone: Some(format!("139{:08}", id)),
            lang: if id % 10 == 0 {
                "en".into()
            } else {
                "zh-CN".into()
            },
            active: true,
            created_at: now,
            updated_at: now,
        }
    };
    let leaders: Vec<i64> = (0..shape.leaders)
        .map(|_| {
            let p = person(&mut rng, "副区长", None);
            let id = p.id;
            d.people.push(p);
            id
        })
        .collect();
    for u in 0..shape.units {
        let p = person(&mut rng, "局长", Some(u as i64 + 1));
        d.heads.push((u as i64 + 1, p.id));
        d.people.push(p);
    }
    let persons: Vec<(i64, i64)> = (0..shape.persons)
        .map(|i| {
            let unit = (i % shape.units) as i64 + 1;
            let p = person(&mut rng, "科长", Some(unit));
            let id = p.id;
            d.people.push(p);
            (id, unit)
        })
        .collect();

    // Share of future milestones pulled to within three days of the anchor, so that about
    // 10 % of all open milestones fall due that soon: open ≈ 40 % of past-due + all future.
    let future = (1.0 - elapsed).max(0.01);
    let soon_share = (0.1 * (0.4 * elapsed + future) / future).min(1.0);

    let (mut ms_id, mut st_id, mut as_id, mut rs_id, mut rp_id, mut pu_id) =
        (1i64, 1i64, 1i64, 1i64, 1i64, 1i64);
    for i in 0..shape.projects {
        let pid = i as i64 + 1;
        let Some(&(thing, category)) = rng.choice(THINGS.iter()) else {
            break;
        };
        let level = match rng.u8(..10) {
            0 => Level::Provincial,
            1..=3 => Level::Municipal,
            _ => Level::District,
        };
        let total = rng.i64(3_000..=200_000) * WAN;
        let start = jan1 - Duration::days(rng.i64(-200..400));
        let finish = start + Duration::days(rng.i64(365..1100));
        let stage = if start > anchor {
            Stage::Signed
        } else {
            match rng.u8(..100) {
                0..=4 => Stage::Completed,
                5..=7 => Stage::InProduction,
                8..=10 => Stage::Suspended,
                11..=25 => Stage::Started,
                _ => Stage::UnderConstruction,
            }
        };
        d.projects.push(ProjectRow {
            id: pid,
            code: format!("GEN-{year}-{:05}", i + 1),
            name: format!("{}{}项目（{}）", any(&mut rng, AREAS), thing, i + 1),
            category: category.as_str(),
            level: level.as_str(),
            location: Some(format!("{}片区", any(&mut rng, AREAS))),
            description: None,
            total_investment: total,
            planned_start: start,
            planned_finish: finish,
            stage: stage.as_str(),
            created_at: now,
            updated_at: now,
        });
        let signed = (start - Duration::days(60)).min(anchor);
        let mut push_stage = |s: Stage, on: NaiveDate, d: &mut Data| {
            d.stages.push(StageRow {
                id: st_id,
                project_id: pid,
                stage: s.as_str(),
                effective_on: on.min(anchor),
                note: None,
                recorded_by: "seed",
                recorded_at: now,
            });
            st_id += 1;
        };
        push_stage(Stage::Signed, signed, &mut d);
        if stage != Stage::Signed {
            push_stage(Stage::Started, start, &mut d);
            if stage != Stage::Started {
                push_stage(Stage::UnderConstruction, start + Duration::days(30), &mut d);
            }
            if matches!(stage, Stage::Completed | Stage::InProduction) {
                push_stage(Stage::Completed, anchor - Duration::days(20), &mut d);
            }
            if stage == Stage::InProduction {
                push_stage(Stage::InProduction, anchor - Duration::days(5), &mut d);
            }
            if stage == Stage::Suspended {
                push_stage(Stage::Suspended, anchor - Duration::days(30), &mut d);
            }
        }

        let leader = any(&mut rng, &leaders);
        let (person_id, unit) = nth(&persons, i);
        // One project in twenty changed hands during the year.
        let handover = (rng.u8(..20) == 0 && anchor > jan1 + Duration::days(60))
            .then(|| jan1 + Duration::days(rng.i64(30..(anchor - jan1).num_days().max(31))));
        let first_end = handover.filter(|h| *h > signed);
        d.assignments.push(AssignmentRow {
            id: as_id,
            project_id: pid,
            leader_id: leader,
            unit_id: unit,
            person_id,
            start_on: signed,
            end_on: first_end,
            recorded_by: "seed",
            recorded_at: now,
        });
        as_id += 1;
        if let Some(h) = first_end {
            let (p2, u2) = any(&mut rng, &persons);
            d.assignments.push(AssignmentRow {
                id: as_id,
                project_id: pid,
                leader_id: any(&mut rng, &leaders),
                unit_id: u2,
                person_id: p2,
                start_on: h,
                end_on: None,
                recorded_by: "seed",
                recorded_at: now,
            });
            as_id += 1;
        }

        // Milestones fall in this year, none before the project's start: the ledger refuses
        // such a date, and so must data made for it.
        let first = start.max(jan1);
        let span = (days_in_year - (first - jan1).num_days()).max(1);
        let n = rng.usize(6..=14);
        let mut dues: Vec<NaiveDate> = (0..n)
            .map(|_| first + Duration::days(rng.i64(0..span)))
            .collect();
        dues.sort();
        for (k, due) in dues.into_iter().enumerate() {
            let mut due = due;
            let mut completed_on = None;
            if due < anchor {
                if rng.f64() < 0.6 {
                    completed_on = Some(if rng.u8(..5) == 0 {
                        (due + Duration::days(rng.i64(1..=20)))
                            .min(anchor - Duration::days(1))
                            .max(due + Duration::days(1))
                            .min(anchor)
                    } else {
                        due - Duration::days(rng.i64(0..5))
                    });
                }
            } else if rng.f64() < soon_share && start <= anchor {
                due = anchor + Duration::days(rng.i64(0..=3));
            }
            let moved_from = (due - Duration::days(rng.i64(7..40))).max(start);
            let baseline = if rng.u8(..100) < 8 && moved_from < due {
                let b = moved_from;
                d.reschedules.push(RescheduleRow {
                    id: rs_id,
                    milestone_id: ms_id,
                    old_due: b,
                    new_due: due,
                    reason: "受前置审批影响，申请调整节点",
                    requested_by: "seed",
                    requested_at: now,
                });
                rs_id += 1;
                b
            } else {
                due
            };
            d.milestones.push(MilestoneRow {
                id: ms_id,
                project_id: pid,
                ordinal: k as i32 + 1,
                title: nth(MILESTONE_TITLES, k),
                baseline_due: baseline,
                current_due: due,
                completed_on,
                evidence: completed_on.map(|_| "验收材料已归档"),
                created_at: now,
                updated_at: now,
            });
            ms_id += 1;
        }

        let span_years = ((finish - start).num_days() / 365).max(1);
        let plan = total / span_years;
        d.plans.push(PlanRow {
            id: pid,
            project_id: pid,
            year,
            planned: plan,
            created_at: now,
            updated_at: now,
        });
        if stage != Stage::Signed {
            let pace = rng.i64(70..=110);
            let mut cumulative = 0;
            for month in 1..anchor.month() as i32 {
                let completed = plan * pace / (12 * 100);
                cumulative += completed;
                d.reports.push(ReportRow {
                    id: rp_id,
                    project_id: pid,
                    year,
                    month,
                    completed,
                    cumulative,
                    created_at: now,
                    updated_at: now,
                });
                rp_id += 1;
            }
        }
        for (back, text) in [
            (30, "主体工程有序推进，本月完成计划进度。"),
            (5, "按节点推进，无重大问题。"),
        ] {
            d.progress.push(ProgressRow {
                id: pu_id,
                project_id: pid,
                reported_on: anchor - Duration::days(back),
                progress: text,
                problems: None,
                next_steps: Some("按计划推进下一节点。"),
                author: "seed",
                created_at: now,
                updated_at: now,
            });
            pu_id += 1;
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor() -> NaiveDate {
        "2026-11-25".parse().unwrap()
    }

    #[test]
    fn same_seed_same_data() {
        let now = anchor().and_hms_opt(0, 0, 0).unwrap();
        let a = build(Size::District, 7, anchor(), now);
        let b = build(Size::District, 7, anchor(), now);
        let c = build(Size::District, 8, anchor(), now);
        let dues = |d: &Data| {
            d.milestones
                .iter()
                .map(|m| m.current_due)
                .collect::<Vec<_>>()
        };
        assert_eq!(dues(&a), dues(&b));
        assert_ne!(dues(&a), dues(&c));
    }

    #[test]
    fn city_has_the_documented_shape() {
        let now = anchor().and_hms_opt(0, 0, 0).unwrap();
        let d = build(Size::City, 1, anchor(), now);
        assert_eq!(d.projects.len(), 2_000);
        assert!(
            (18_000..=22_000).contains(&d.milestones.len()),
            "{}",
            d.milestones.len()
        );
        assert_eq!(d.people.len(), 200 + 50 + 80);
        // As the ledger's own rule: no milestone, nor its baseline, before the start.
        let starts: std::collections::HashMap<i64, NaiveDate> =
            d.projects.iter().map(|p| (p.id, p.planned_start)).collect();
        assert!(d.milestones.iter().all(|m| {
            let start = starts[&m.project_id];
            m.current_due >= start && m.baseline_due >= start
        }));
        let past: Vec<_> = d
            .milestones
            .iter()
            .filter(|m| m.current_due < anchor())
            .collect();
        let done = past.iter().filter(|m| m.completed_on.is_some()).count() as f64;
        let share = done / past.len() as f64;
        assert!(
            (0.55..0.65).contains(&share),
            "completed share of past-due {share}"
        );
        let open: Vec<_> = d
            .milestones
            .iter()
            .filter(|m| m.completed_on.is_none())
            .collect();
        let soon = open
            .iter()
            .filter(|m| m.current_due >= anchor() && m.current_due <= anchor() + Duration::days(3))
            .count() as f64;
        let soon_share = soon / open.len() as f64;
        assert!(
            (0.07..0.14).contains(&soon_share),
            "due-soon share of open {soon_share}"
        );
        assert!(
            d.milestones
                .iter()
                .all(|m| m.completed_on.is_none_or(|c| c <= anchor()))
        );
    }
}
