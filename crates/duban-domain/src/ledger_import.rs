//! What importing a ledger sheet would change, decided before anything is written: each
//! parsed row compared with what the database holds (a [`Snapshot`]), people and units
//! matched by name and email, and every reason to refuse the sheet found in one pass.
//! Pure: the store loads the snapshot and applies the [`Plan`].
//!
//! The rules, in the words an office would use:
//! - A project is found by its code: a new code creates it, a known one is updated field by
//!   field, and a row that matches the database changes nothing.
//! - A responsible person is found by email, else by name; a name that two people share
//!   needs the email to say which. Unknown people and units are created.
//! - A leader is found by name and must already be known, except when the ledger is still
//!   empty (the first import sets everyone up) or leaders may be added (`new_leaders`):
//!   a misspelt leader would otherwise become a new person who never gets a reminder.
//! - A milestone is found by its title within the project. A moved date is recorded as a
//!   reschedule approved by whoever imports; a completed milestone or one awaiting a
//!   decision keeps its date, with a warning.
//! - 累计完成投资 comes from the monthly reports. The sheet's figure opens the account of a
//!   project that has no report yet; otherwise a different figure is only a warning.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::project::{Category, Level, check_code};
use super::sheet::{self, CellError, LedgerRow, Reason, why};
use super::stage::Stage;
use super::validate;
use crate::validate::FieldErrors;

/// A person the database knows.
#[derive(Debug, Clone)]
pub struct KnownPerson {
    pub id: i64,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub active: bool,
}

/// A milestone the database knows.
#[derive(Debug, Clone)]
pub struct KnownMilestone {
    pub id: i64,
    pub title: String,
    pub current_due: NaiveDate,
    pub done: bool,
    /// A reschedule request awaits a decision.
    pub pending: bool,
}

/// A project the database knows, with what a ledger row can say about it.
#[derive(Debug, Clone)]
pub struct KnownProject {
    pub id: i64,
    pub name: String,
    pub category: String,
    pub level: String,
    pub location: Option<String>,
    pub total_investment: i64,
    pub planned_start: NaiveDate,
    pub planned_finish: NaiveDate,
    pub stage: String,
    /// Leader, unit and person of the open assignment.
    pub holders: Option<(i64, i64, i64)>,
    pub milestones: Vec<KnownMilestone>,
    /// This year's plan: its id and amount.
    pub plan: Option<(i64, i64)>,
    /// The cumulative figure of the latest monthly report; `None` before the first.
    pub reported: Option<i64>,
    /// The latest progress entry: progress and problems.
    pub progress: Option<(String, Option<String>)>,
}

/// What the database holds that a sheet is compared with.
#[derive(Debug, Clone, Default)]
pub struct Snapshot {
    pub people: Vec<KnownPerson>,
    pub units: Vec<(i64, String)>,
    /// The projects whose codes the sheet names.
    pub projects: HashMap<String, KnownProject>,
    /// No project exists yet: the first import may add leaders.
    pub ledger_empty: bool,
    /// People who lead a project now: a leader's name is looked up among them first.
    pub leaders: HashSet<i64>,
}

/// A person or unit that exists, or the n-th one the import creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Ref {
    Known(i64),
    New(usize),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewPerson {
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub unit: Option<Ref>,
}

/// Contact details the sheet adds to a known person (`None`: unchanged).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactUpdate {
    pub person_id: i64,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// The project's own fields as the sheet gives them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fields {
    pub name: String,
    pub category: Category,
    pub level: Level,
    pub location: Option<String>,
    pub total_investment: i64,
    pub planned_start: NaiveDate,
    pub planned_finish: NaiveDate,
}

/// Leader, unit and person.
pub type Holders = (Ref, Ref, Ref);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Creation {
    pub fields: Fields,
    pub stage: Stage,
    pub holders: Holders,
    pub milestones: Vec<(NaiveDate, String)>,
    pub plan: Option<i64>,
    /// Opening 累计完成投资 (none when the sheet says 0).
    pub opening: Option<i64>,
    /// 进展情况 and 存在问题.
    pub progress: Option<(String, Option<String>)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Move {
    pub milestone_id: i64,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A plan for this year: a new one, or a new amount for the one with this id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PlanChange {
    Create(i64),
    Update { id: i64, planned: i64 },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Update {
    pub project_id: i64,
    /// Set when any of the project's own fields differ.
    pub fields: Option<Fields>,
    pub stage: Option<Stage>,
    pub holders: Option<Holders>,
    pub new_milestones: Vec<(NaiveDate, String)>,
    pub moves: Vec<Move>,
    pub plan: Option<PlanChange>,
    pub opening: Option<i64>,
    pub progress: Option<(String, Option<String>)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Change {
    Create(Box<Creation>),
    /// With what changed, in the sheet's words (`项目名称`, `节点2 2026-03-31 → 2026-04-30`).
    Update(Box<Update>, Vec<String>),
    Unchanged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowPlan {
    /// The row as the sheet numbers it.
    pub row: usize,
    pub code: String,
    pub change: Change,
}

/// Everything an import writes, in the order it must be written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub new_units: Vec<String>,
    pub new_people: Vec<NewPerson>,
    pub contacts: Vec<ContactUpdate>,
    pub rows: Vec<RowPlan>,
    /// Kept as they are, and said so.
    pub warnings: Vec<CellError>,
}

impl Plan {
    /// (new, updated, unchanged) projects.
    pub fn counts(&self) -> (usize, usize, usize) {
        self.rows
            .iter()
            .fold((0, 0, 0), |(n, u, s), r| match r.change {
                Change::Create(_) => (n + 1, u, s),
                Change::Update(..) => (n, u + 1, s),
                Change::Unchanged => (n, u, s + 1),
            })
    }

    /// Nothing would be written.
    pub fn is_empty(&self) -> bool {
        self.new_units.is_empty()
            && self.new_people.is_empty()
            && self.contacts.is_empty()
            && self.rows.iter().all(|r| r.change == Change::Unchanged)
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Unknown leaders are created rather than refused.
    pub new_leaders: bool,
}

/// The month a sheet's 累计完成投资 is recorded in for a project without monthly reports
/// (`year` being this year): December of the year before, so that it counts toward the total
/// completed but not toward this year's plan, of which the sheet does not say how much.
pub fn opening_month(year: i32) -> (i32, i32) {
    (year - 1, 12)
}

/// The reason recorded on milestones moved, stages changed and the like by an import.
pub const REASON: &str = "台帐导入";

/// Finds and creates people and units as the rows name them.
struct Directory<'a> {
    known: &'a [KnownPerson],
    by_id: HashMap<i64, usize>,
    by_name: HashMap<&'a str, Vec<usize>>,
    by_email: HashMap<&'a str, usize>,
    units: HashMap<&'a str, i64>,
    new_units: Vec<String>,
    new_unit_at: HashMap<String, usize>,
    new_people: Vec<NewPerson>,
    /// New leaders by name, apart from new responsible persons: the sheet names a leader
    /// by name alone, and a leader who shares a name with a unit's staff is someone else.
    new_leader_at: HashMap<String, usize>,
    new_by_name: HashMap<String, Vec<usize>>,
    new_by_email: HashMap<String, usize>,
    contacts: HashMap<i64, ContactUpdate>,
    new_leaders: bool,
    leaders: &'a HashSet<i64>,
}

impl<'a> Directory<'a> {
    fn new(snap: &'a Snapshot, new_leaders: bool) -> Self {
        let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut by_email = HashMap::new();
        for (i, p) in snap.people.iter().enumerate() {
            by_name.entry(p.name.as_str()).or_default().push(i);
            if let Some(e) = &p.email {
                by_email.insert(e.as_str(), i);
            }
        }
        Self {
            known: &snap.people,
            by_id: snap
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| (p.id, i))
                .collect(),
            by_name,
            by_email,
            units: snap.units.iter().map(|(id, n)| (n.as_str(), *id)).collect(),
            new_units: Vec::new(),
            new_unit_at: HashMap::new(),
            new_people: Vec::new(),
            new_leader_at: HashMap::new(),
            new_by_name: HashMap::new(),
            new_by_email: HashMap::new(),
            contacts: HashMap::new(),
            new_leaders,
            leaders: &snap.leaders,
        }
    }

    fn unit(&mut self, name: &str) -> Ref {
        if let Some(id) = self.units.get(name) {
            return Ref::Known(*id);
        }
        let next = self.new_units.len();
        let at = *self.new_unit_at.entry(name.to_string()).or_insert(next);
        if at == next {
            self.new_units.push(name.to_string());
        }
        Ref::New(at)
    }

    fn add(&mut self, p: NewPerson) -> Ref {
        let at = self.new_people.len();
        self.new_by_name.entry(p.name.clone()).or_default().push(at);
        if let Some(e) = &p.email {
            self.new_by_email.insert(e.clone(), at);
        }
        self.new_people.push(p);
        Ref::New(at)
    }

    fn add_leader(&mut self, name: &str) -> Ref {
        let at = self.new_people.len();
        self.new_leader_at.insert(name.to_string(), at);
        self.new_people.push(NewPerson {
            name: name.to_string(),
            email: None,
            phone: None,
            unit: None,
        });
        Ref::New(at)
    }

    /// The known people of that name, the active ones first.
    fn named(&self, name: &str) -> Vec<&'a KnownPerson> {
        let known = self.known;
        let mut v: Vec<&KnownPerson> = self
            .by_name
            .get(name)
            .map(|ix| ix.iter().filter_map(|&i| known.get(i)).collect())
            .unwrap_or_default();
        v.sort_by_key(|p| !p.active);
        v
    }

    fn leader(&mut self, name: &str) -> Result<Ref, Reason> {
        let named = self.named(name);
        let active: Vec<&KnownPerson> = named.iter().copied().filter(|p| p.active).collect();
        // Of several people of that name, the one who leads projects already.
        let leading: Vec<&KnownPerson> = active
            .iter()
            .copied()
            .filter(|p| self.leaders.contains(&p.id))
            .collect();
        match (active.as_slice(), leading.as_slice(), named.as_slice()) {
            ([one], ..) | ([_, _, ..], [one], _) => Ok(Ref::Known(one.id)),
            ([], _, [_, ..]) => Err(why(
                format!("{name} is no longer active"),
                format!("{name} 已停用"),
            )),
            ([_, _, ..], ..) => Err(why(
                format!(
                    "{} active people are named {name}: rename one under 人员 so that the name says who",
                    active.len()
                ),
                format!(
                    "有 {} 位在职人员名为 {name}：请先在“人员”中改名以示区分",
                    active.len()
                ),
            )),
            ([], _, []) => {
                if let Some(&at) = self.new_leader_at.get(name) {
                    Ok(Ref::New(at))
                } else if self.new_leaders {
                    Ok(self.add_leader(name))
                } else {
                    Err(why(
                        format!(
                            "unknown leader {name}: add them under 人员 first, or import with new leaders allowed"
                        ),
                        format!(
                            "未知的责任领导 {name}：请先在“人员”中添加，或勾选“允许新增责任领导”后导入"
                        ),
                    ))
                }
            }
        }
    }

    /// The known person `id` when the sheet names them by their name and, if it gives one,
    /// their email (or an email to fill in); their phone follows the sheet.
    fn keeps(
        &mut self,
        id: i64,
        name: &str,
        email: Option<&str>,
        phone: Option<&str>,
    ) -> Option<Ref> {
        let known = self.known;
        let p = known.get(*self.by_id.get(&id)?)?;
        let fits = p.name == name
            && match (email, p.email.as_deref()) {
                (Some(e), Some(mine)) => e == mine,
                (Some(e), None) => !self.by_email.contains_key(e),
                (None, _) => true,
            };
        if !fits {
            return None;
        }
        self.contact(p, email, phone);
        Some(Ref::Known(p.id))
    }

    fn contact(&mut self, p: &KnownPerson, email: Option<&str>, phone: Option<&str>) {
        let email = email.filter(|_| p.email.is_none()).map(str::to_string);
        let phone = phone
            .filter(|ph| p.phone.as_deref() != Some(*ph))
            .map(str::to_string);
        if email.is_some() || phone.is_some() {
            let c = self.contacts.entry(p.id).or_insert(ContactUpdate {
                person_id: p.id,
                email: None,
                phone: None,
            });
            c.email = email.or(c.email.take());
            c.phone = phone.or(c.phone.take());
        }
    }

    /// The responsible person: (column at fault, reason) when they cannot be told apart.
    fn person(
        &mut self,
        name: &str,
        email: Option<&str>,
        phone: Option<&str>,
        unit: Ref,
    ) -> Result<Ref, (&'static str, Reason)> {
        if let Some(e) = email {
            if let Some(p) = self.by_email.get(e).and_then(|&i| self.known.get(i)) {
                if p.name != name {
                    return Err((
                        "电子邮箱",
                        why(
                            format!("{e} belongs to {}, not {name}", p.name),
                            format!("{e} 属于 {}，不是 {name}", p.name),
                        ),
                    ));
                }
                self.contact(p, None, phone);
                return Ok(Ref::Known(p.id));
            }
            if let Some((at, other)) = self
                .new_by_email
                .get(e)
                .and_then(|&at| self.new_people.get(at).map(|p| (at, &p.name)))
            {
                if other != name {
                    return Err((
                        "电子邮箱",
                        why(
                            format!("{e} is given for {other} on another row"),
                            format!("{e} 在另一行中属于 {other}"),
                        ),
                    ));
                }
                return Ok(Ref::New(at));
            }
            let named = self.named(name);
            let without: Vec<&KnownPerson> = named
                .iter()
                .copied()
                .filter(|p| p.email.is_none())
                .collect();
            return match (without.as_slice(), named.as_slice()) {
                ([one], _) => {
                    self.contact(one, Some(e), phone);
                    Ok(Ref::Known(one.id))
                }
                ([_, _, ..], _) => Err((
                    "责任人",
                    why(
                        format!(
                            "{} people named {name} have no email: record it under 人员 first",
                            without.len()
                        ),
                        format!(
                            "有 {} 位名为 {name} 的人员没有电子邮箱：请先在“人员”中补录",
                            without.len()
                        ),
                    ),
                )),
                ([], [one, ..]) => Err((
                    "电子邮箱",
                    why(
                        format!(
                            "{name} is recorded with {}: correct the sheet, or change the email under 人员 first",
                            one.email.as_deref().unwrap_or_default()
                        ),
                        format!(
                            "{name} 登记的电子邮箱是 {}：请更正表格，或先在“人员”中修改邮箱",
                            one.email.as_deref().unwrap_or_default()
                        ),
                    ),
                )),
                ([], []) => Ok(self.add(NewPerson {
                    name: name.to_string(),
                    email: Some(e.to_string()),
                    phone: phone.map(str::to_string),
                    unit: Some(unit),
                })),
            };
        }
        match self.named(name).as_slice() {
            [one] => {
                self.contact(one, None, phone);
                Ok(Ref::Known(one.id))
            }
            [_, _, ..] => Err((
                "电子邮箱",
                why(
                    format!("several people are named {name}: give the email to say which"),
                    format!("有多位人员名为 {name}：请填写电子邮箱以示区分"),
                ),
            )),
            [] => match self.new_by_name.get(name).map(Vec::as_slice) {
                Some([at]) => Ok(Ref::New(*at)),
                Some([_, _, ..]) => Err((
                    "电子邮箱",
                    why(
                        format!(
                            "several people named {name} are in the sheet: give the email to say which"
                        ),
                        format!("表中有多位名为 {name} 的责任人：请填写电子邮箱以示区分"),
                    ),
                )),
                _ => Ok(self.add(NewPerson {
                    name: name.to_string(),
                    email: None,
                    phone: phone.map(str::to_string),
                    unit: Some(unit),
                })),
            },
        }
    }
}

fn non_empty(s: &str) -> Option<&str> {
    let t = s.trim();
    (!t.is_empty()).then_some(t)
}

fn category_of(s: &str) -> Category {
    sheet::named(&Category::ALL, s, Category::zh, Category::parse).unwrap_or(Category::Other)
}

fn level_of(s: &str) -> Level {
    sheet::named(&Level::ALL, s, Level::zh, Level::parse).unwrap_or(Level::District)
}

fn stage_of(s: &str) -> Stage {
    sheet::named(&Stage::ALL, s, Stage::zh, Stage::parse).unwrap_or(Stage::Signed)
}

/// The field checks every project passes, by the sheet's columns.
fn check_fields(r: &LedgerRow) -> Vec<(String, Reason)> {
    let mut f = FieldErrors::new();
    let mut out = Vec::new();
    let f = &mut f;
    if let Err(why) = check_code(&r.code) {
        f.add("项目编号", why);
    }
    validate::required_line(f, "项目名称", r.name.trim());
    validate::optional_line(f, "建设地点", non_empty(&r.location));
    validate::required_line(f, "责任领导", r.leader.trim());
    validate::required_line(f, "责任单位", r.unit.trim());
    validate::required_line(f, "责任人", r.person.trim());
    validate::optional_line(f, "联系电话", non_empty(&r.phone));
    validate::email(f, "电子邮箱", non_empty(&r.email));
    validate::optional_text(f, "进展情况", non_empty(&r.progress));
    validate::optional_text(f, "存在问题", non_empty(&r.problems));
    for (i, (due, title)) in r.milestones.iter().enumerate() {
        let col = format!("节点{}", i + 1);
        validate::required_line(f, &col, title.trim());
        if *due < r.start {
            out.push((
                col,
                why(
                    format!("{due} is before the start {}", r.start),
                    format!("{due} 早于开工时间 {}", r.start),
                ),
            ));
        }
    }
    let mut all: Vec<(String, Reason)> =
        f.0.iter()
            .map(|(c, en)| (c.clone(), why(en.clone(), validate::in_chinese(en))))
            .collect();
    all.extend(out);
    all
}

/// What importing `rows` into a database holding `snap` would write, or every reason to
/// refuse it (all of them, so that one pass fixes the sheet).
pub fn plan(
    rows: &[(usize, LedgerRow)],
    snap: &Snapshot,
    opts: Options,
) -> Result<Plan, Vec<CellError>> {
    let mut dir = Directory::new(snap, opts.new_leaders || snap.ledger_empty);
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut planned = Vec::with_capacity(rows.len());
    let person_names: HashMap<i64, &str> = snap
        .people
        .iter()
        .map(|p| (p.id, p.name.as_str()))
        .collect();
    let unit_names: HashMap<i64, &str> =
        snap.units.iter().map(|(id, n)| (*id, n.as_str())).collect();
    for (line, r) in rows {
        let line = *line;
        let cell = |column: &str, reason: Reason| CellError::new(line, column, reason);
        let before = errors.len();
        errors.extend(check_fields(r).into_iter().map(|(c, why)| cell(&c, why)));
        // A project's current holders stay when the sheet names them as they are: a name
        // shared with someone else must not move the project to them.
        let current = snap.projects.get(&r.code).and_then(|k| k.holders);
        let known_named = |id: i64, name: &str| person_names.get(&id) == Some(&name);
        let leader = match current {
            Some((l, ..)) if known_named(l, r.leader.trim()) => Ok(Ref::Known(l)),
            _ => dir
                .leader(r.leader.trim())
                .map_err(|why| errors.push(cell("责任领导", why))),
        };
        let unit = match current {
            Some((_, u, _)) if unit_names.get(&u) == Some(&r.unit.trim()) => Ref::Known(u),
            _ => dir.unit(r.unit.trim()),
        };
        let keep = current.and_then(|(.., p)| {
            dir.keeps(p, r.person.trim(), non_empty(&r.email), non_empty(&r.phone))
        });
        let person = match keep {
            Some(p) => Ok(p),
            None => dir
                .person(
                    r.person.trim(),
                    non_empty(&r.email),
                    non_empty(&r.phone),
                    unit,
                )
                .map_err(|(c, why)| errors.push(cell(c, why))),
        };
        let (Ok(leader), Ok(person)) = (leader, person) else {
            continue;
        };
        if non_empty(&r.email).is_none() && matches!(person, Ref::New(_)) {
            warnings.push(cell(
                "电子邮箱",
                why(
                    format!(
                        "{} has no email: reminders cannot reach them",
                        r.person.trim()
                    ),
                    format!("{} 没有电子邮箱，收不到提醒", r.person.trim()),
                ),
            ));
        }
        let fields = Fields {
            name: r.name.trim().to_string(),
            category: category_of(&r.category),
            level: level_of(&r.level),
            location: non_empty(&r.location).map(str::to_string),
            total_investment: r.total_investment,
            planned_start: r.start,
            planned_finish: r.finish,
        };
        let progress = non_empty(&r.progress)
            .map(|p| (p.to_string(), non_empty(&r.problems).map(str::to_string)));
        if progress.is_none() && non_empty(&r.problems).is_some() {
            warnings.push(cell(
                "存在问题",
                why(
                    "is not recorded without 进展情况 beside it",
                    "未填进展情况，存在问题未记录",
                ),
            ));
        }
        let holders = (leader, unit, person);
        let change = match snap.projects.get(&r.code) {
            None => Change::Create(Box::new(Creation {
                fields,
                stage: stage_of(&r.stage),
                holders,
                milestones: r
                    .milestones
                    .iter()
                    .map(|(d, t)| (*d, t.trim().to_string()))
                    .collect(),
                plan: r.annual_plan,
                opening: (r.completed_to_date > 0).then_some(r.completed_to_date),
                progress,
            })),
            Some(k) => {
                let who = |x: Ref, unit: bool| -> String {
                    match (x, unit) {
                        (Ref::Known(id), false) => {
                            person_names.get(&id).copied().unwrap_or("?").into()
                        }
                        (Ref::Known(id), true) => {
                            unit_names.get(&id).copied().unwrap_or("?").into()
                        }
                        (Ref::New(i), false) => dir
                            .new_people
                            .get(i)
                            .map_or_else(|| "?".into(), |p| p.name.clone()),
                        (Ref::New(i), true) => {
                            dir.new_units.get(i).cloned().unwrap_or_else(|| "?".into())
                        }
                    }
                };
                let mut found = Found::default();
                let (update, changed) = compare(k, r, fields, holders, progress, &who, &mut found);
                errors.extend(found.errors.into_iter().map(|(c, why)| cell(&c, why)));
                warnings.extend(found.warnings.into_iter().map(|(c, why)| cell(&c, why)));
                if changed.is_empty() {
                    Change::Unchanged
                } else {
                    Change::Update(Box::new(update), changed)
                }
            }
        };
        if errors.len() == before {
            planned.push(RowPlan {
                row: line,
                code: r.code.clone(),
                change,
            });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut contacts: Vec<ContactUpdate> = dir.contacts.into_values().collect();
    contacts.sort_by_key(|c| c.person_id);
    Ok(Plan {
        new_units: dir.new_units,
        new_people: dir.new_people,
        contacts,
        rows: planned,
        warnings,
    })
}

/// What comparing a row found: refusals and warnings, by column.
#[derive(Default)]
struct Found {
    errors: Vec<(String, Reason)>,
    warnings: Vec<(String, Reason)>,
}

impl Found {
    fn error(&mut self, column: &str, why: Reason) {
        self.errors.push((column.to_string(), why));
    }

    fn warn(&mut self, column: &str, why: Reason) {
        self.warnings.push((column.to_string(), why));
    }
}

/// A known project against its row: the update and the words for what changed.
fn compare(
    k: &KnownProject,
    r: &LedgerRow,
    fields: Fields,
    holders: Holders,
    progress: Option<(String, Option<String>)>,
    who: &dyn Fn(Ref, bool) -> String,
    found: &mut Found,
) -> (Update, Vec<String>) {
    let mut changed = Vec::new();
    let own = [
        ("项目名称", fields.name != k.name),
        ("项目类别", fields.category.as_str() != k.category),
        ("级别", fields.level.as_str() != k.level),
        ("建设地点", fields.location != k.location),
        ("总投资", fields.total_investment != k.total_investment),
        ("开工时间", fields.planned_start != k.planned_start),
        ("竣工时间", fields.planned_finish != k.planned_finish),
    ];
    changed.extend(own.iter().filter(|(_, d)| *d).map(|(c, _)| c.to_string()));
    let stage = stage_of(&r.stage);
    let stage = (stage.as_str() != k.stage).then(|| {
        changed.push("建设阶段".into());
        stage
    });
    let holders = match k.holders {
        Some((l, u, p)) if (Ref::Known(l), Ref::Known(u), Ref::Known(p)) == holders => None,
        Some((l, u, p)) => {
            let was = [
                (Ref::Known(l), false),
                (Ref::Known(u), true),
                (Ref::Known(p), false),
            ];
            let now = [(holders.0, false), (holders.1, true), (holders.2, false)];
            for ((role, old), new) in ["责任领导", "责任单位", "责任人"].iter().zip(was).zip(now)
            {
                if old.0 != new.0 {
                    changed.push(format!(
                        "{role} {} → {}",
                        who(old.0, old.1),
                        who(new.0, new.1)
                    ));
                }
            }
            Some(holders)
        }
        None => {
            changed.push("责任领导/责任单位/责任人".into());
            Some(holders)
        }
    };
    let mut used = HashSet::new();
    let mut new_milestones = Vec::new();
    let mut moves = Vec::new();
    for (i, (due, title)) in r.milestones.iter().enumerate() {
        let col = format!("节点{}", i + 1);
        let title = title.trim();
        let same_title = k
            .milestones
            .iter()
            .find(|m| m.title == title && !used.contains(&m.id));
        match same_title {
            None => {
                changed.push(format!("{col} {due}：{title}"));
                new_milestones.push((*due, title.to_string()));
            }
            Some(m) => {
                used.insert(m.id);
                if m.current_due == *due {
                    continue;
                }
                if m.done {
                    found.warn(
                        &col,
                        why(
                            format!("{title} is completed; its date {} is kept", m.current_due),
                            format!("{title} 已办结，日期保持 {}", m.current_due),
                        ),
                    );
                } else if m.pending {
                    found.warn(
                        &col,
                        why(
                            format!(
                                "{title} has a reschedule request awaiting a decision; its date {} is kept",
                                m.current_due
                            ),
                            format!(
                                "{title} 有待审批的调整申请，日期保持 {}",
                                m.current_due
                            ),
                        ),
                    );
                } else {
                    changed.push(format!("{col} {} → {due}", m.current_due));
                    moves.push(Move {
                        milestone_id: m.id,
                        from: m.current_due,
                        to: *due,
                    });
                }
            }
        }
    }
    for m in k.milestones.iter().filter(|m| !used.contains(&m.id)) {
        if m.current_due < fields.planned_start {
            found.error(
                "开工时间",
                why(
                    format!(
                        "milestone {} is due on {}, before this start",
                        m.title, m.current_due
                    ),
                    format!("节点“{}”的到期日 {} 早于此开工时间", m.title, m.current_due),
                ),
            );
        }
    }
    let plan = match (r.annual_plan, k.plan) {
        (Some(v), None) => Some(PlanChange::Create(v)),
        (Some(v), Some((id, old))) if v != old => Some(PlanChange::Update { id, planned: v }),
        _ => None,
    };
    if plan.is_some() {
        changed.push("年度计划投资".into());
    }
    let opening = match k.reported {
        None if r.completed_to_date > 0 => {
            changed.push("累计完成投资".into());
            Some(r.completed_to_date)
        }
        Some(c) if r.completed_to_date > 0 && c != r.completed_to_date => {
            found.warn(
                "累计完成投资",
                why(
                    format!(
                        "the monthly reports say {} yuan, the sheet {} yuan: the reports are kept",
                        c, r.completed_to_date
                    ),
                    format!(
                        "月报累计 {} 元，表中 {} 元：以月报为准",
                        c, r.completed_to_date
                    ),
                ),
            );
            None
        }
        _ => None,
    };
    let progress = progress.filter(|p| k.progress.as_ref() != Some(p));
    if progress.is_some() {
        changed.push("进展情况".into());
    }
    let any_field = own.iter().any(|(_, d)| *d);
    (
        Update {
            project_id: k.id,
            fields: any_field.then_some(fields),
            stage,
            holders,
            new_milestones,
            moves,
            plan,
            opening,
            progress,
        },
        changed,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::example;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn person(id: i64, name: &str, email: Option<&str>) -> KnownPerson {
        KnownPerson {
            id,
            name: name.into(),
            email: email.map(Into::into),
            phone: None,
            active: true,
        }
    }

    /// The database after importing `example()`: leader 1, person 2, unit 10, project 100.
    fn imported() -> Snapshot {
        let r = example();
        let mut projects = HashMap::new();
        projects.insert(
            r.code.clone(),
            KnownProject {
                id: 100,
                name: r.name.clone(),
                category: category_of(&r.category).as_str().into(),
                level: level_of(&r.level).as_str().into(),
                location: Some(r.location.clone()),
                total_investment: r.total_investment,
                planned_start: r.start,
                planned_finish: r.finish,
                stage: stage_of(&r.stage).as_str().into(),
                holders: Some((1, 10, 2)),
                milestones: r
                    .milestones
                    .iter()
                    .enumerate()
                    .map(|(i, (due, title))| KnownMilestone {
                        id: 1000 + i as i64,
                        title: title.clone(),
                        current_due: *due,
                        done: false,
                        pending: false,
                    })
                    .collect(),
                plan: r.annual_plan.map(|p| (7, p)),
                reported: Some(r.completed_to_date),
                progress: Some((r.progress.clone(), None)),
            },
        );
        Snapshot {
            people: vec![
                person(1, &r.leader, None),
                KnownPerson {
                    phone: Some(r.phone.clone()),
                    ..person(2, &r.person, Some(&r.email))
                },
            ],
            units: vec![(10, r.unit.clone())],
            projects,
            ledger_empty: false,
            leaders: HashSet::from([1]),
        }
    }

    #[test]
    fn a_first_import_creates_everyone_once() {
        let mut second = example();
        second.code = "KP-2027-02".into();
        let rows = vec![(2, example()), (3, second)];
        let p = plan(
            &rows,
            &Snapshot {
                ledger_empty: true,
                ..Default::default()
            },
            Options::default(),
        )
        .expect("valid");
        assert_eq!(p.counts(), (2, 0, 0));
        assert_eq!(p.new_units, vec!["经济发展局".to_string()]);
        let names: Vec<&str> = p.new_people.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["张卫东", "李娜"]);
        assert_eq!(
            p.new_people[1].email.as_deref(),
            Some("li.na@example.gov.cn")
        );
        assert_eq!(p.new_people[1].unit, Some(Ref::New(0)));
        let Change::Create(c) = &p.rows[1].change else {
            panic!("a creation: {:?}", p.rows[1]);
        };
        assert_eq!(c.holders, (Ref::New(0), Ref::New(0), Ref::New(1)));
        assert_eq!(c.opening, Some(example().completed_to_date));
        assert_eq!(c.milestones.len(), 3);
    }

    #[test]
    fn the_same_sheet_again_changes_nothing() {
        let p = plan(&[(2, example())], &imported(), Options::default()).expect("valid");
        assert_eq!(p.counts(), (0, 0, 1));
        assert!(p.is_empty(), "{p:?}");
        assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    }

    #[test]
    fn an_edited_row_updates_what_changed_and_only_that() {
        let mut r = example();
        r.name = "冷链物流园（一期）".into();
        r.milestones[1].0 = d("2027-07-31");
        r.milestones.push((d("2028-06-30"), "竣工验收".into()));
        r.progress = "用地手续已办结。".into();
        r.completed_to_date += 1;
        let mut snap = imported();
        if let Some(k) = snap.projects.get_mut(&r.code) {
            k.milestones[0].done = true;
        }
        r.milestones[0].0 = d("2027-04-30");
        let p = plan(&[(5, r)], &snap, Options::default()).expect("valid");
        let Change::Update(u, changed) = &p.rows[0].change else {
            panic!("an update: {:?}", p.rows[0]);
        };
        assert_eq!(
            changed,
            &vec![
                "项目名称".to_string(),
                "节点2 2027-06-30 → 2027-07-31".into(),
                "节点4 2028-06-30：竣工验收".into(),
                "进展情况".into(),
            ]
        );
        assert_eq!(
            u.moves,
            vec![Move {
                milestone_id: 1001,
                from: d("2027-06-30"),
                to: d("2027-07-31")
            }]
        );
        assert!(u.holders.is_none() && u.stage.is_none() && u.plan.is_none());
        let warned: Vec<(usize, &str)> = p
            .warnings
            .iter()
            .map(|w| (w.row, w.column.as_str()))
            .collect();
        assert_eq!(warned, vec![(5, "节点1"), (5, "累计完成投资")]);
    }

    #[test]
    fn an_unknown_leader_is_refused_once_the_ledger_has_projects() {
        let mut r = example();
        r.leader = "张卫冬".into();
        let errors = plan(&[(4, r.clone())], &imported(), Options::default()).expect_err("refused");
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].row, errors[0].column.as_str()), (4, "责任领导"));
        assert!(
            errors[0].reason.contains("unknown leader 张卫冬"),
            "{errors:?}"
        );
        let p = plan(&[(4, r)], &imported(), Options { new_leaders: true }).expect("allowed");
        assert_eq!(p.new_people.len(), 1);
        assert!(
            matches!(&p.rows[0].change, Change::Update(u, _) if u.holders == Some((Ref::New(0), Ref::Known(10), Ref::Known(2))))
        );
    }

    #[test]
    fn people_are_told_apart_by_email() {
        let mut snap = imported();
        snap.people.push(person(3, "王强", None));
        snap.people.push(person(4, "王强", None));
        let mut r = example();
        r.person = "王强".into();
        r.email = String::new();
        let errors = plan(&[(3, r.clone())], &snap, Options::default()).expect_err("ambiguous");
        assert_eq!(errors[0].column, "电子邮箱");
        // Someone else's email.
        r.email = "li.na@example.gov.cn".into();
        let errors = plan(&[(3, r.clone())], &snap, Options::default()).expect_err("not theirs");
        assert!(errors[0].reason.contains("belongs to 李娜"), "{errors:?}");
        // Known by name only once, without an email: matched, and the email recorded.
        snap.people.pop();
        r.email = "wang.q@example.gov.cn".into();
        let p = plan(&[(3, r)], &snap, Options::default()).expect("matched");
        assert!(p.new_people.is_empty());
        assert_eq!(p.contacts[0].person_id, 3);
        assert_eq!(
            p.contacts[0].email.as_deref(),
            Some("wang.q@example.gov.cn")
        );
    }

    #[test]
    fn a_shared_name_does_not_move_a_project_to_someone_else() {
        let r = example();
        let mut snap = imported();
        // Namesakes of the leader and of the person, unknown to the project.
        snap.people.push(person(5, &r.leader, None));
        snap.people.push(person(6, &r.person, None));
        let p = plan(&[(2, r.clone())], &snap, Options::default()).expect("valid");
        assert_eq!(p.counts(), (0, 0, 1), "{p:?}");
        // A new project naming that leader goes to the one who leads projects already.
        let mut other = r.clone();
        other.code = "KP-2027-09".into();
        let p = plan(&[(3, other)], &snap, Options::default()).expect("valid");
        let Change::Create(c) = &p.rows[0].change else {
            panic!("a creation");
        };
        assert_eq!(c.holders.0, Ref::Known(1));
        // In a first import, a leader and a responsible person of one name are two people.
        let mut both = example();
        both.person = both.leader.clone();
        both.email = "zhang.2@example.gov.cn".into();
        let p = plan(
            &[(2, example()), (3, both)],
            &Snapshot {
                ledger_empty: true,
                ..Default::default()
            },
            Options::default(),
        )
        .expect("valid");
        let names: Vec<&str> = p.new_people.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["张卫东", "李娜", "张卫东"]);
    }

    #[test]
    fn every_bad_row_is_reported_and_nothing_is_planned() {
        let mut a = example();
        a.code = "KP 01".into();
        a.milestones[0].0 = d("2020-01-01");
        let mut b = example();
        b.code = "KP-02".into();
        b.email = "not-an-email".into();
        let errors = plan(&[(2, a), (3, b)], &imported(), Options::default()).expect_err("bad");
        let at: Vec<(usize, &str)> = errors.iter().map(|e| (e.row, e.column.as_str())).collect();
        assert!(
            at.contains(&(2, "项目编号")) && at.contains(&(2, "节点1")),
            "{at:?}"
        );
        assert!(at.contains(&(3, "电子邮箱")), "{at:?}");
    }
}
