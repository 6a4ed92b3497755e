//! The daily scan: computes every open milestone's and problem's status as of a date with
//! the rules, stores the flags that changed, and queues one digest per recipient (and the
//! supervision office's digest) in the same transaction. It decides nothing itself: the
//! rules are in `domain::rules`, the wording in `mail::compose`.

use crate::store::one_of::one_of;
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::DbConn;
use crate::db::dates::Fast;
use crate::db::schema::{assignments, flags, milestones, people, problems, projects, units};
use crate::domain::assignment::{Held, answerable_on};
use crate::domain::channel::Audience;
use crate::domain::lang::Lang;
use crate::domain::report;
use crate::domain::rules::{self, Holders, Reason, Rules, Rung, Status, Why};
use crate::error::{AppError, AppResult};
use crate::mail::compose::{self, Item, Timing};
use crate::scheduler::reach::{self, Addresses, Digest};
use crate::store::{calendar, milestones as ms, outbox};

/// What a scan needs besides the database.
#[derive(Debug, Clone)]
pub struct ScanConfig {
    /// The zone's time zone (the day an approval took effect).
    pub tz: chrono_tz::Tz,
    pub rules: Rules,
    pub base_url: String,
    /// The supervision office's addresses.
    pub supervision: Vec<String>,
    /// Which audience is told through which channels (`[channels]`).
    pub routes: crate::domain::channel::Routes,
}

/// One message the scan queued (or would queue).
#[derive(Debug, Clone, Serialize)]
pub struct PlannedMessage {
    pub to: String,
    pub name: String,
    pub kind: &'static str,
    pub subject: String,
    pub items: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ScanReport {
    pub as_of: Option<NaiveDate>,
    pub working_day: bool,
    pub dry_run: bool,
    pub due_soon: usize,
    pub overdue: usize,
    pub escalated_unit_head: usize,
    pub escalated_leader: usize,
    pub open_problems: usize,
    pub flags_raised: usize,
    pub flags_cleared: usize,
    pub messages: Vec<PlannedMessage>,
    /// Rows actually added to the outbox (0 on a dry run or a repeated scan).
    pub enqueued: usize,
    /// People who should have been told but have no email address or are inactive.
    pub unreachable: Vec<String>,
}

type Holder = Holders;

struct Person {
    name: String,
    email: Option<String>,
    lang: String,
    active: bool,
}

/// Subject of a flag: a milestone or a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Subject {
    Milestone(i64),
    Problem(i64),
    /// A project's monthly investment report `(project, year, month)`.
    Report(i64, i32, u32),
}

pub const FLAG_DUE_SOON: &str = "due_soon";
pub const FLAG_OVERDUE: &str = "overdue";

/// Runs the scan as of `as_of`. With `dry_run` nothing is written.
pub fn scan(
    conn: &mut DbConn,
    cfg: &ScanConfig,
    as_of: NaiveDate,
    now: NaiveDateTime,
    dry_run: bool,
) -> AppResult<ScanReport> {
    let started = std::time::Instant::now();
    let phase = |name: &str| {
        tracing::debug!(
            phase = name,
            elapsed_ms = started.elapsed().as_millis() as u64,
            "scan"
        )
    };
    let cal = calendar::load(conn)?;
    let working_day = cal.is_working_day(as_of);
    // A dry run writes nothing, not even the first key: its links are never sent.
    let link_key = match (dry_run, crate::store::secrets::existing_link_key(conn)?) {
        (_, Some(k)) => k,
        (true, None) => crate::auth::random_token(32)?.into_bytes(),
        (false, None) => crate::store::secrets::link_key(conn, now)?,
    };
    let horizon = cal.add_working_days(as_of, cfg.rules.horizon());

    type MsRow = (i64, i64, String, NaiveDate, NaiveDate, Option<NaiveDate>);
    let open_milestones: Vec<MsRow> = milestones::table
        .filter(ms::is_open(as_of))
        .select((
            milestones::id,
            milestones::project_id,
            milestones::title,
            milestones::baseline_due,
            milestones::current_due,
            milestones::completed_on,
        ))
        .load::<(
            i64,
            i64,
            String,
            Fast<NaiveDate>,
            Fast<NaiveDate>,
            Fast<Option<NaiveDate>>,
        )>(conn)?
        .into_iter()
        .map(|(id, pid, title, Fast(b), Fast(d), Fast(c))| (id, pid, title, b, d, c))
        .collect();
    type PbRow = (i64, i64, String, i64, NaiveDate);
    let open_problems: Vec<PbRow> = problems::table
        .filter(problems::raised_on.le(as_of))
        .filter(
            problems::closed_on
                .is_null()
                .or(problems::closed_on.gt(as_of)),
        )
        // Resolved by the acting unit: it waits for the office, not for more reminders.
        .filter(
            problems::resolved_on
                .is_null()
                .or(problems::resolved_on.gt(as_of)),
        )
        .select((
            problems::id,
            problems::project_id,
            problems::description,
            problems::acting_unit_id,
            problems::due,
        ))
        .load::<(i64, i64, String, i64, Fast<NaiveDate>)>(conn)?
        .into_iter()
        .map(|(id, pid, text, unit, Fast(due))| (id, pid, text, unit, due))
        .collect();
    let project_names: HashMap<i64, (String, String)> = projects::table
        .select((projects::id, projects::code, projects::name))
        .load::<(i64, String, String)>(conn)?
        .into_iter()
        .map(|(id, code, name)| (id, (code, name)))
        .collect();
    let mut holders: HashMap<i64, Vec<Held<Holder>>> = HashMap::new();
    for (id, pid, leader, unit, person, Fast(start), Fast(end)) in assignments::table
        .order((
            assignments::project_id,
            assignments::start_on,
            assignments::id,
        ))
        .select((
            assignments::id,
            assignments::project_id,
            assignments::leader_id,
            assignments::unit_id,
            assignments::person_id,
            assignments::start_on,
            assignments::end_on,
        ))
        .load::<crate::store::reports::HeldRow>(conn)?
    {
        holders.entry(pid).or_default().push(Held {
            id,
            start_on: start,
            end_on: end,
            holder: Holder {
                leader,
                unit,
                person,
            },
        });
    }
    let persons: HashMap<i64, Person> = people::table
        .select((
            people::id,
            people::name,
            people::email,
            people::lang,
            people::active,
        ))
        .load::<(i64, String, Option<String>, String, bool)>(conn)?
        .into_iter()
        .map(|(id, name, email, lang, active)| {
            (
                id,
                Person {
                    name,
                    email,
                    lang,
                    active,
                },
            )
        })
        .collect();
    let unit_info: HashMap<i64, (String, Option<i64>)> = units::table
        .select((units::id, units::name, units::head_person_id))
        .load::<(i64, String, Option<i64>)>(conn)?
        .into_iter()
        .map(|(id, name, head)| (id, (name, head)))
        .collect();

    phase("loaded");
    // Who answers for the project on a date (the one rule, `answerable_on`).
    let holder_on = |pid: i64, date: NaiveDate| -> Option<Holder> {
        answerable_on(holders.get(&pid)?, date).map(|a| a.holder)
    };
    let head_of = |unit: i64| unit_info.get(&unit).and_then(|(_, h)| *h);
    let describe = |h: Holder, en: bool| -> String {
        let name = |id: i64| persons.get(&id).map(|p| p.name.clone()).unwrap_or_default();
        let unit = unit_info
            .get(&h.unit)
            .map(|(n, _)| n.clone())
            .unwrap_or_default();
        if en {
            format!(
                "person {}, unit {}, leader {}",
                name(h.person),
                unit,
                name(h.leader)
            )
        } else {
            format!(
                "责任人 {}，责任单位 {}，责任领导 {}",
                name(h.person),
                unit,
                name(h.leader)
            )
        }
    };

    let mut report = ScanReport {
        as_of: Some(as_of),
        working_day,
        dry_run,
        open_problems: open_problems.len(),
        ..ScanReport::default()
    };
    let mut wanted: HashMap<(Subject, &'static str), NaiveDate> = HashMap::new();
    // The channels in use; the office's digest is composed when someone receives it, by
    // mail or in the office's group.
    let live = crate::store::channels::live(conn)?;
    let supervise = working_day && (!cfg.supervision.is_empty() || reach::office_listens(&live));
    // Recipient → items (with the language the item text must be rendered in later).
    let mut inbox: BTreeMap<i64, Vec<ItemSeed>> = BTreeMap::new();
    // The highest step of the ladder each recipient is told at: it picks their channels.
    let mut heard: HashMap<i64, Audience> = HashMap::new();
    let mut hear = |p: i64, level: Rung| {
        let a = Audience::from(level);
        let e = heard.entry(p).or_insert(a);
        *e = (*e).max(a);
    };
    let mut supervision_items: Vec<ItemSeed> = Vec::new();

    let rules = &cfg.rules;
    // Each project's history, for its monthly reports and the reasons for its light beyond
    // milestones (investment behind 序时进度, a late start), which every line about the
    // project carries.
    let facts = crate::store::reports::facts_beyond_milestones(conn, cfg.tz, as_of, as_of.year())?;
    let lit: HashMap<i64, Vec<Reason>> = facts
        .iter()
        .map(|p| {
            let other: Vec<Reason> = report::reasons(p, as_of, &cal, rules)
                .into_iter()
                .filter(|r| matches!(r.why, Why::InvestmentLag { .. } | Why::StartLag { .. }))
                .collect();
            (p.id, other)
        })
        .filter(|(_, r)| !r.is_empty())
        .collect();
    let reasons_of = |pid: i64| lit.get(&pid).cloned().unwrap_or_default();
    let flag = |wanted: &mut HashMap<_, _>,
                report: &mut ScanReport,
                subject,
                status: Status,
                due: NaiveDate| {
        match status {
            Status::DueSoon { .. } => {
                report.due_soon += 1;
                wanted.insert((subject, FLAG_DUE_SOON), as_of);
            }
            Status::Overdue {
                working_days_overdue: n,
            } => {
                report.overdue += 1;
                // The escalation step is a function of the working days overdue (the rules);
                // only the day it went red needs storing.
                wanted.insert((subject, FLAG_OVERDUE), due + Duration::days(1));
                let level = rules::escalation(rules, n);
                if level >= Rung::UnitHead {
                    report.escalated_unit_head += 1;
                }
                if level >= Rung::Leader {
                    report.escalated_leader += 1;
                }
            }
            _ => {}
        }
    };

    // The horizon is applied here rather than in SQL: as a range predicate it lures SQLite
    // onto the due-date index, ten times slower than one pass over the table.
    for (id, pid, title, baseline, due, completed) in
        open_milestones.iter().filter(|m| m.4 <= horizon)
    {
        let status = rules::status(&cal, rules, *due, *completed, as_of);
        flag(
            &mut wanted,
            &mut report,
            Subject::Milestone(*id),
            status,
            *due,
        );
        let (Some(now_h), Some(due_h)) = (holder_on(*pid, as_of), holder_on(*pid, *due)) else {
            continue;
        };
        let seed = ItemSeed {
            subject: Subject::Milestone(*id),
            project_id: *pid,
            milestone_id: Some(*id),
            responsible_now: now_h.person,
            title: title.clone(),
            is_problem: false,
            due: *due,
            baseline: (baseline != due).then_some(*baseline),
            status,
            changed_hands: (due_h.person, due_h.unit, due_h.leader)
                != (now_h.person, now_h.unit, now_h.leader),
            at_due: due_h,
            report_month: None,
            reasons: reasons_of(*pid),
        };
        if supervise && matches!(status, Status::Overdue { .. }) {
            supervision_items.push(seed.clone());
        }
        if !working_day {
            continue;
        }
        for (level, reminder) in rules::reminders(rules, status) {
            for p in rules::recipients(level, reminder, now_h, due_h, head_of) {
                hear(p, level);
                inbox.entry(p).or_default().push(seed.clone());
            }
        }
    }

    for (id, pid, description, acting_unit, due) in &open_problems {
        let status = rules::status(&cal, rules, *due, None, as_of);
        flag(
            &mut wanted,
            &mut report,
            Subject::Problem(*id),
            status,
            *due,
        );
        let Some(now_h) = holder_on(*pid, as_of) else {
            continue;
        };
        let acting = Holder {
            unit: *acting_unit,
            ..now_h
        };
        let seed = ItemSeed {
            subject: Subject::Problem(*id),
            project_id: *pid,
            milestone_id: None,
            responsible_now: now_h.person,
            title: description.clone(),
            is_problem: true,
            due: *due,
            baseline: None,
            status,
            changed_hands: false,
            at_due: acting,
            report_month: None,
            reasons: reasons_of(*pid),
        };
        if supervise {
            supervision_items.push(seed.clone());
        }
        if !working_day {
            continue;
        }
        for (level, _) in rules::reminders(rules, status) {
            if let Some(p) = rules::problem_recipient(level, *acting_unit, now_h.leader, head_of) {
                hear(p, level);
                inbox.entry(p).or_default().push(seed.clone());
            }
        }
    }

    // Monthly investment reports: the responsible person is reminded before the reporting
    // day like before a due date, and a missing one (未报) climbs the same ladder.
    for p in &facts {
        let Some(now_h) = holder_on(p.id, as_of) else {
            continue;
        };
        for (year, month, due) in report::reports_owed(p, as_of, &cal, rules) {
            let status = rules::status(&cal, rules, due, None, as_of);
            let seed = ItemSeed {
                subject: Subject::Report(p.id, year, month),
                project_id: p.id,
                milestone_id: None,
                responsible_now: now_h.person,
                title: String::new(),
                is_problem: false,
                due,
                baseline: None,
                status,
                changed_hands: false,
                at_due: now_h,
                report_month: Some((year, month)),
                reasons: reasons_of(p.id),
            };
            if supervise && matches!(status, Status::Overdue { .. }) {
                supervision_items.push(seed.clone());
            }
            if !working_day {
                continue;
            }
            for (level, reminder) in rules::reminders(rules, status) {
                for person in rules::recipients(level, reminder, now_h, now_h, head_of) {
                    hear(person, level);
                    inbox.entry(person).or_default().push(seed.clone());
                }
            }
        }
    }

    phase("statuses");
    // Messages: each recipient's digest is planned (its mail, and the digest as the channels
    // carry it), then the routes decide where it goes.
    let window = rules.warning_days;
    let channels_on = !live.is_empty();
    // Rendering is pure and the largest cost at scale: split it over the cores.
    let recipients: Vec<(i64, Vec<ItemSeed>)> = inbox.into_iter().collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = recipients.len().div_ceil(threads).max(1);
    let render_one = |person_id: i64, seeds: Vec<ItemSeed>| -> Result<Rendered, String> {
        let Some(p) = persons.get(&person_id) else {
            return Ok(Rendered::Skipped);
        };
        if !p.active || (p.email.is_none() && !channels_on) {
            return Ok(Rendered::Unreachable(p.name.clone()));
        }
        let about: Vec<i64> = seeds.iter().map(|s| s.project_id).collect();
        let items_in = |en: bool| {
            dedup(seeds.clone())
                .into_iter()
                .map(|s| {
                    let actions = match s.milestone_id {
                        Some(m) if s.responsible_now == person_id => Some(compose::action_links(
                            &link_key,
                            &cfg.base_url,
                            m,
                            person_id,
                            as_of,
                        )?),
                        _ => None,
                    };
                    Ok(s.item(actions, rules, &project_names, en, |h| describe(h, en)))
                })
                .collect::<Result<Vec<_>, String>>()
        };
        let en = Lang::of(&p.lang).is_en();
        let items = items_in(en)?;
        let n = items.len();
        let json: Vec<serde_json::Value> = if channels_on {
            items
                .iter()
                .map(|i| compose::item_json(&p.lang, i))
                .collect()
        } else {
            Vec::new()
        };
        let r =
            compose::render_digest(&p.lang, &p.name, as_of, false, window, &cfg.base_url, items)?;
        // A group speaks the office's language: an English reader's lines are put in the
        // group in Chinese, so that a group message is in one language.
        let group_text = match (channels_on, en) {
            (false, _) => String::new(),
            (true, false) => r.text.clone(),
            (true, true) => {
                let zh = items_in(false)?;
                compose::render_digest("zh-CN", &p.name, as_of, false, window, &cfg.base_url, zh)?
                    .text
            }
        };
        let digest = Digest {
            person_id: Some(person_id),
            name: p.name.clone(),
            lang: p.lang.clone(),
            audience: heard.get(&person_id).copied().unwrap_or(Audience::Person),
            kind: "digest",
            subject: r.subject.clone(),
            text: if channels_on {
                r.text.clone()
            } else {
                String::new()
            },
            group_text,
            items: json,
        };
        let mail = match &p.email {
            Some(email) => vec![Mail {
                planned: PlannedMessage {
                    to: email.clone(),
                    name: p.name.clone(),
                    kind: "digest",
                    subject: r.subject.clone(),
                    items: n,
                },
                row: compose::outbox_row(
                    "digest",
                    "digest",
                    as_of,
                    Some(person_id),
                    email,
                    &p.name,
                    &p.lang,
                    r,
                    now,
                ),
                about,
            }],
            None => Vec::new(),
        };
        Ok(Rendered::Planned(Box::new(Planned { digest, mail })))
    };
    let rendered: Vec<Result<Rendered, String>> = std::thread::scope(|scope| {
        let mut rest = recipients;
        let mut handles = Vec::new();
        while !rest.is_empty() {
            let tail = rest.split_off(chunk.min(rest.len()));
            let part = std::mem::replace(&mut rest, tail);
            let render_one = &render_one;
            handles.push(scope.spawn(move || {
                part.into_iter()
                    .map(|(id, seeds)| render_one(id, seeds))
                    .collect::<Vec<_>>()
            }));
        }
        joined(handles)
    });
    let mut planned: Vec<Planned> = Vec::new();
    for r in rendered {
        match r.map_err(AppError::internal)? {
            Rendered::Planned(p) => planned.push(*p),
            Rendered::Unreachable(name) => report.unreachable.push(name),
            Rendered::Skipped => {}
        }
    }
    if supervise && !supervision_items.is_empty() {
        let items: Vec<Item> = dedup(supervision_items.clone())
            .into_iter()
            .map(|s| s.item(None, rules, &project_names, false, |h| describe(h, false)))
            .collect();
        let n = items.len();
        let json: Vec<serde_json::Value> = items
            .iter()
            .map(|i| compose::item_json("zh-CN", i))
            .collect();
        let r =
            compose::render_digest("zh-CN", "督查室", as_of, true, window, &cfg.base_url, items)
                .map_err(AppError::internal)?;
        let projects: Vec<i64> = supervision_items.iter().map(|s| s.project_id).collect();
        let mail = cfg
            .supervision
            .iter()
            .map(|addr| Mail {
                planned: PlannedMessage {
                    to: addr.clone(),
                    name: "督查室".into(),
                    kind: "supervision_digest",
                    subject: r.subject.clone(),
                    items: n,
                },
                row: compose::outbox_row(
                    "supervision_digest",
                    "supervision_digest",
                    as_of,
                    None,
                    addr,
                    "督查室",
                    "zh-CN",
                    r.clone(),
                    now,
                ),
                about: projects.clone(),
            })
            .collect();
        let digest = Digest {
            person_id: None,
            name: "督查室".into(),
            lang: "zh-CN".into(),
            audience: Audience::Supervision,
            kind: "supervision_digest",
            subject: r.subject.clone(),
            text: r.text.clone(),
            group_text: r.text.clone(),
            items: json,
        };
        planned.push(Planned { digest, mail });
    }

    // Where each digest goes: its channels by the routes, its mail unless the routes leave
    // mail out and a channel reached the recipient; told by one or the other, or named as
    // unreachable.
    let mut rows = Vec::new();
    let mut about: Vec<Vec<i64>> = Vec::new();
    let reached = if channels_on {
        let addresses: HashMap<i64, Addresses> = people::table
            .select((people::id, people::unit_id, people::phone))
            .load::<(i64, Option<i64>, Option<String>)>(conn)?
            .into_iter()
            .map(|(id, unit_id, phone)| (id, Addresses { unit_id, phone }))
            .collect();
        let digests: Vec<&Digest> = planned.iter().map(|p| &p.digest).collect();
        reach::reach(
            &live,
            &addresses,
            &cfg.routes,
            &cfg.base_url,
            as_of,
            now,
            &digests,
        )
        .map_err(AppError::internal)?
    } else {
        reach::Reached::default()
    };
    for (i, p) in planned.into_iter().enumerate() {
        let on_channel = reached.on_channel.contains(&i);
        if p.mail.is_empty() && !on_channel {
            report.unreachable.push(p.digest.name);
            continue;
        }
        if !cfg.routes.by_mail(p.digest.audience, on_channel) {
            continue;
        }
        for m in p.mail {
            report.messages.push(m.planned);
            rows.push(m.row);
            about.push(m.about);
        }
    }
    for row in reached.rows {
        rows.push(row);
        about.push(Vec::new());
    }

    phase("rendered");
    // Flags: raise what is new, clear what no longer holds.
    let existing: Vec<(i64, Option<i64>, Option<i64>, String)> = flags::table
        .filter(flags::cleared_on.is_null())
        .select((
            flags::id,
            flags::milestone_id,
            flags::problem_id,
            flags::kind,
        ))
        .load(conn)?;
    let mut open: HashMap<(Subject, String), i64> = HashMap::new();
    for (id, m, p, kind) in existing {
        let subject = match (m, p) {
            (Some(m), _) => Subject::Milestone(m),
            (None, Some(p)) => Subject::Problem(p),
            _ => continue,
        };
        open.insert((subject, kind), id);
    }
    let wanted_keys: HashSet<(Subject, &str)> = wanted.keys().copied().collect();
    let to_clear: Vec<i64> = open
        .iter()
        .filter(|((s, k), _)| !wanted_keys.contains(&(*s, k.as_str())))
        .map(|(_, id)| *id)
        .collect();
    let new_flags: Vec<NewFlag> = wanted
        .iter()
        .filter(|((s, k), _)| !open.contains_key(&(*s, k.to_string())))
        .map(|((s, k), since)| NewFlag {
            milestone_id: match s {
                Subject::Milestone(id) => Some(*id),
                _ => None,
            },
            problem_id: match s {
                Subject::Problem(id) => Some(*id),
                _ => None,
            },
            kind: k,
            since: *since,
            cleared_on: None,
            created_at: now,
        })
        .collect();
    phase("flags diffed");
    report.flags_raised = new_flags.len();
    report.flags_cleared = to_clear.len();
    if dry_run {
        return Ok(report);
    }
    conn.transaction(|conn| {
        for chunk in to_clear.chunks(500) {
            diesel::update(flags::table.filter(one_of(flags::id, chunk)))
                .set(flags::cleared_on.eq(Some(as_of)))
                .execute(conn)?;
        }
        for chunk in new_flags.chunks(4000) {
            match conn {
                DbConn::Sqlite(c) => diesel::insert_into(flags::table).values(chunk).execute(c)?,
                DbConn::Postgresql(c) => {
                    diesel::insert_into(flags::table).values(chunk).execute(c)?
                }
            };
        }
        phase("flags written");
        report.enqueued = outbox::enqueue_about(conn, &rows, &about)?;
        Ok::<_, AppError>(())
    })?;
    phase("outbox written");
    Ok(report)
}

/// A recipient's digest as mail (none when they have no address) and as the channels
/// carry it.
struct Planned {
    digest: Digest,
    mail: Vec<Mail>,
}

struct Mail {
    planned: PlannedMessage,
    row: outbox::NewOutbox,
    /// The projects it is about.
    about: Vec<i64>,
}

enum Rendered {
    Planned(Box<Planned>),
    Unreachable(String),
    Skipped,
}

#[derive(Insertable)]
#[diesel(table_name = flags, treat_none_as_default_value = false)]
struct NewFlag {
    milestone_id: Option<i64>,
    problem_id: Option<i64>,
    kind: &'static str,
    since: NaiveDate,
    cleared_on: Option<NaiveDate>,
    created_at: NaiveDateTime,
}

#[derive(Clone)]
struct ItemSeed {
    /// What the line is about: the key of one digest line.
    subject: Subject,
    project_id: i64,
    /// The milestone, for its one-click links (none for problems).
    milestone_id: Option<i64>,
    /// Today's responsible person: the only one who gets the one-click links.
    responsible_now: i64,
    title: String,
    is_problem: bool,
    due: NaiveDate,
    baseline: Option<NaiveDate>,
    status: Status,
    changed_hands: bool,
    at_due: Holder,
    /// The month of a monthly investment report line.
    report_month: Option<(i32, u32)>,
    /// The project's reasons for its light beyond milestones and reports.
    reasons: Vec<Reason>,
}

impl ItemSeed {
    fn item(
        self,
        actions: Option<compose::ActionLinks>,
        rules: &Rules,
        projects: &HashMap<i64, (String, String)>,
        en: bool,
        describe: impl Fn(Holder) -> String,
    ) -> Item {
        let (code, name) = projects.get(&self.project_id).cloned().unwrap_or_default();
        let (timing, level) = match self.status {
            Status::Overdue {
                working_days_overdue: n,
            } => (Timing::Overdue(n), Some(rules::escalation(rules, n))),
            Status::DueSoon {
                working_days_left: n,
            }
            | Status::OnSchedule {
                working_days_left: n,
            } => (Timing::Left(n), None),
            _ => (Timing::Left(0), None),
        };
        Item {
            project_code: code,
            project_name: name,
            title: self.title,
            is_problem: self.is_problem,
            due: self.due,
            baseline: self.baseline,
            timing,
            level,
            holders_at_due: self.changed_hands.then(|| describe(self.at_due)),
            actions,
            report_month: self.report_month,
            why: self
                .reasons
                .iter()
                .map(|r| r.describe(if en { Lang::En } else { Lang::ZhCn }))
                .collect(),
        }
    }
}

/// One line per milestone or problem even when several reminders name the same recipient;
/// two milestones that share a title and a date stay two lines.
fn dedup(seeds: Vec<ItemSeed>) -> Vec<ItemSeed> {
    let mut seen = HashSet::new();
    seeds
        .into_iter()
        .filter(|s| seen.insert(s.subject))
        .collect()
}

/// What the render threads produced, in order; a thread that panicked is an error for the
/// whole scan (never an empty result: its recipients' digests would be lost while the day
/// was marked done).
fn joined<T>(
    handles: Vec<std::thread::ScopedJoinHandle<'_, Vec<Result<T, String>>>>,
) -> Vec<Result<T, String>> {
    let mut all = Vec::new();
    for h in handles {
        match h.join() {
            Ok(part) => all.extend(part),
            Err(_) => all.push(Err(
                "rendering a digest panicked; the day's scan is left for the next run".into(),
            )),
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_render_thread_that_panics_fails_the_scan() {
        let got: Vec<Result<u32, String>> = std::thread::scope(|scope| {
            let fine = scope.spawn(|| vec![Ok(1), Ok(2)]);
            let broken = scope.spawn(|| -> Vec<Result<u32, String>> { panic!("template bug") });
            joined(vec![fine, broken])
        });
        assert_eq!(got.len(), 3);
        assert_eq!(got[..2], [Ok(1), Ok(2)]);
        assert!(got[2].as_ref().is_err_and(|e| e.contains("panicked")));
    }
}
