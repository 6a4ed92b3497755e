//! Calendar feeds (iCalendar, RFC 5545, written with the `icalendar` crate): one all-day
//! event per milestone on its current due date, with a UID that never changes, the state in
//! the summary, the project and the dates in the description, a sequence number that rises
//! each time the due date moves, and an alarm some days before while it is open.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Trigger};

use crate::domain::lang::Lang;
use crate::domain::rules::Status;
use crate::store::feeds::FeedMilestone;

/// Where the events point and what they are called.
pub struct FeedContext<'a> {
    /// `zh-CN` or `en`: the feed owner's language.
    pub lang: &'a str,
    /// The site's address, for links and for the events' UIDs.
    pub base_url: &'a str,
    /// Days before the due date the alarm rings, for open milestones.
    pub alarm_days: u32,
    /// When the feed was produced.
    pub stamp: DateTime<Utc>,
}

fn state(lang: &str, s: Status) -> &'static str {
    let en = Lang::of(lang).is_en();
    match s {
        Status::Overdue { .. } if en => "[Overdue] ",
        Status::Overdue { .. } => "【逾期】",
        Status::DueSoon { .. } if en => "[Due soon] ",
        Status::DueSoon { .. } => "【临期】",
        Status::DoneOnTime | Status::DoneLate { .. } if en => "[Done] ",
        Status::DoneOnTime | Status::DoneLate { .. } => "【已完成】",
        Status::OnSchedule { .. } => "",
    }
}

/// The host part of the site's address, which makes UIDs unique across installations.
fn host(base_url: &str) -> &str {
    base_url
        .split("://")
        .nth(1)
        .unwrap_or(base_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("duban")
}

fn date(lang: &str, d: NaiveDate) -> String {
    super::date_for(Lang::of(lang).is_en(), d)
}

/// The feed of `items`, each with its state on the day the feed is read.
pub fn feed(name: &str, items: &[(FeedMilestone, Status)], cx: &FeedContext<'_>) -> String {
    let en = Lang::of(cx.lang).is_en();
    let mut cal = Calendar::new();
    cal.name(name)
        .description(if en {
            "Milestones you answer for (duban)"
        } else {
            "您负责的重点项目建设时间节点（督办）"
        })
        // Clients that honour it check again every few hours: dates move.
        .ttl(&Duration::hours(4));
    let host = host(cx.base_url);
    for (item, status) in items {
        let m = &item.milestone;
        let mut lines = vec![format!("{}（{}）", item.project_name, item.project_code)];
        if m.baseline_due != m.current_due {
            lines.push(if en {
                format!("Originally due {}", date(cx.lang, m.baseline_due))
            } else {
                format!("原定 {}，已调整", date(cx.lang, m.baseline_due))
            });
        }
        if let Some(done) = m.completed_on {
            lines.push(if en {
                format!("Done {}", date(cx.lang, done))
            } else {
                format!("{}完成", date(cx.lang, done))
            });
        }
        let url = format!(
            "{}/projects/{}",
            cx.base_url.trim_end_matches('/'),
            item.project_code
        );
        let mut e = Event::new();
        e.uid(&format!("milestone-{}@{host}", m.id))
            .summary(&format!(
                "{}{}：{}",
                state(cx.lang, *status),
                item.project_name,
                m.title
            ))
            .description(&lines.join("\n"))
            // All day: from the due date to the next (the end is exclusive).
            .starts(m.current_due)
            .ends(m.current_due + Duration::days(1))
            .url(&url)
            .sequence(item.moves)
            .timestamp(cx.stamp)
            .last_modified(m.updated_at.and_utc());
        if !status.is_done() {
            let before = Duration::days(i64::from(cx.alarm_days));
            let what = if en {
                format!("Due in {} days: {}", cx.alarm_days, m.title)
            } else {
                format!("{} 天后到期：{}", cx.alarm_days, m.title)
            };
            // A fixed UID and stamp: the feed reads the same until something changes, so
            // clients do not see a new alarm at every refresh.
            let mut alarm = Alarm::display(&what, Trigger::before_start(before));
            alarm
                .uid(&format!("milestone-{}-alarm@{host}", m.id))
                .timestamp(cx.stamp);
            e.alarm(alarm);
        }
        cal.push(e.done());
    }
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::models::Milestone;

    fn item(id: i64, due: &str, baseline: &str, done: Option<&str>, moves: u32) -> FeedMilestone {
        let d = |s: &str| s.parse::<NaiveDate>().expect("date");
        FeedMilestone {
            milestone: Milestone {
                id,
                project_id: 1,
                ordinal: 1,
                title: "主体结构封顶".into(),
                baseline_due: d(baseline),
                current_due: d(due),
                completed_on: done.map(d),
                evidence: None,
                created_at: d("2026-01-05").and_hms_opt(9, 0, 0).expect("time"),
                updated_at: d("2026-05-05").and_hms_opt(9, 0, 0).expect("time"),
            },
            project_code: "KP-1".into(),
            project_name: "冷链物流园".into(),
            moves,
        }
    }

    #[test]
    fn each_milestone_is_an_all_day_event_with_a_stable_uid_and_an_alarm_while_open() {
        let cx = FeedContext {
            lang: "zh-CN",
            base_url: "https://duban.example.gov.cn:8443/",
            alarm_days: 3,
            stamp: "2026-06-15T04:00:00Z".parse().expect("stamp"),
        };
        let text = feed(
            "张卫东的节点",
            &[
                (
                    item(7, "2026-07-21", "2026-06-30", None, 1),
                    Status::Overdue {
                        working_days_overdue: 2,
                    },
                ),
                (
                    item(8, "2026-03-31", "2026-03-31", Some("2026-03-28"), 0),
                    Status::DoneOnTime,
                ),
            ],
            &cx,
        );
        let parsed: Calendar = text.parse().expect("a valid iCalendar document");
        let events: Vec<&Event> = parsed
            .components
            .iter()
            .filter_map(|c| c.as_event())
            .collect();
        assert_eq!(events.len(), 2);
        let e = events[0];
        assert_eq!(e.get_uid(), Some("milestone-7@duban.example.gov.cn"));
        assert_eq!(e.get_summary(), Some("【逾期】冷链物流园：主体结构封顶"));
        assert_eq!(e.get_sequence(), Some(1));
        assert!(text.contains("DTSTART;VALUE=DATE:20260721"), "{text}");
        assert!(text.contains("原定 2026年6月30日，已调整"));
        assert!(
            text.contains("DTEND;VALUE=DATE:20260722"),
            "the end is exclusive"
        );
        assert!(text.contains("TRIGGER;RELATED=START:-PT259200S"), "{text}");
        assert!(text.contains("UID:milestone-7-alarm@duban.example.gov.cn"));
        assert!(text.contains("URL:https://duban.example.gov.cn:8443/projects/KP-1"));
        // A finished milestone rings no alarm.
        assert_eq!(text.matches("BEGIN:VALARM").count(), 1);
        assert_eq!(
            events[1].get_summary(),
            Some("【已完成】冷链物流园：主体结构封顶")
        );
    }
}
