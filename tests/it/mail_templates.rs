//! The messages themselves: snapshots of each template in both languages, HTML escaping,
//! and no header injection through a name or subject, checked on what a real SMTP server
//! received.

use crate::common;

use chrono::NaiveDate;
use common::smtp::SmtpServer;
use duban::config::{MailSettings, SmtpUrl};
use duban::domain::rules::Rung;
use duban::mail::Mailer;
use duban::mail::compose::{ActionLinks, Item, Timing, render_digest, render_problem};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn items(name: &str) -> Vec<Item> {
    vec![
        Item {
            project_code: "KP-2026-07".into(),
            project_name: name.into(),
            title: "主体结构封顶".into(),
            is_problem: false,
            due: d("2026-11-13"),
            baseline: Some(d("2026-10-30")),
            timing: Timing::Overdue(4),
            level: Some(Rung::UnitHead),
            holders_at_due: Some("责任人 李娜，责任单位 规划建设局，责任领导 孙立新".into()),
            actions: None,
            report_month: None,
            why: vec!["投资完成 40.0%，序时进度（10 个月）83.3%，落后 43.3 个百分点".into()],
        },
        Item {
            project_code: "KP-2026-02".into(),
            project_name: "华中冷链食品产业园项目".into(),
            title: "设备采购及安装".into(),
            is_problem: false,
            due: d("2026-11-27"),
            baseline: None,
            timing: Timing::Left(2),
            level: None,
            holders_at_due: None,
            actions: Some(ActionLinks {
                done: "https://duban.example.gov.cn/act/done-token".into(),
                progress: "https://duban.example.gov.cn/act/progress-token".into(),
            }),
            report_month: None,
            why: vec![],
        },
    ]
}

#[test]
fn digest_snapshots() {
    for lang in ["zh-CN", "en"] {
        let mut its = items("高端肉制品深加工项目");
        if lang == "en" {
            its[0].why = vec![
                "investment 40.0% of the annual plan against 83.3% due after 10 months: 43.3 points behind".into(),
            ];
        }
        // A monthly report to file by its reporting day.
        its.push(Item {
            title: String::new(),
            due: d("2026-12-07"),
            baseline: None,
            timing: Timing::Left(5),
            holders_at_due: None,
            actions: None,
            report_month: Some((2026, 11)),
            why: vec![],
            ..items("高端肉制品深加工项目").remove(1)
        });
        let r = render_digest(
            lang,
            "王志刚",
            d("2026-11-25"),
            false,
            3,
            "https://duban.example.gov.cn",
            its,
        )
        .unwrap();
        insta::assert_snapshot!(format!("digest_{lang}_subject"), r.subject);
        insta::assert_snapshot!(format!("digest_{lang}_text"), r.text);
        insta::assert_snapshot!(format!("digest_{lang}_html"), r.html);
    }
}

#[test]
fn problem_snapshots() {
    for lang in ["zh-CN", "en"] {
        let r = render_problem(
            lang,
            "赵局长",
            "KP-2026-07",
            "乳制品及饮料生产线项目",
            "电力增容审批滞后，影响设备调试",
            "供电协调办",
            d("2026-12-04"),
            "李娜",
            d("2026-11-25"),
            "https://duban.example.gov.cn",
        )
        .unwrap();
        insta::assert_snapshot!(format!("problem_{lang}_subject"), r.subject);
        insta::assert_snapshot!(format!("problem_{lang}_text"), r.text);
    }
}

#[test]
fn subjects_say_it_at_a_glance() {
    let r = render_digest(
        "zh-CN",
        "x",
        d("2026-11-25"),
        false,
        3,
        "https://x",
        items("项目"),
    )
    .unwrap();
    assert_eq!(r.subject, "【督办提醒】1 项已逾期，1 项 3 个工作日内到期");
    let r = render_digest(
        "en",
        "x",
        d("2026-11-25"),
        false,
        3,
        "https://x",
        items("project"),
    )
    .unwrap();
    assert_eq!(r.subject, "[Duban] 1 overdue, 1 due within 3 working days");
}

#[test]
fn html_is_escaped() {
    let r = render_digest(
        "zh-CN",
        "<b>王</b>",
        d("2026-11-25"),
        false,
        3,
        "https://x",
        items("<script>alert(1)</script>"),
    )
    .unwrap();
    assert!(!r.html.contains("<script>"), "{}", r.html);
    assert!(
        r.html
            .contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;")
            || r.html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{}",
        r.html
    );
    assert!(!r.html.contains("<b>王</b>"));
    assert!(
        r.text.contains("<script>alert(1)</script>"),
        "plain text stays as written"
    );
}

#[actix_web::test]
async fn names_and_subjects_cannot_add_headers() {
    let smtp = SmtpServer::start();
    let mailer = Mailer::from_settings(&MailSettings {
        smtp: Some(SmtpUrl::parse(&smtp.url()).unwrap()),
        from: "督办 <duban@example.gov.cn>".parse().unwrap(),
        dir: "unused".into(),
        max_attempts: 3,
        supervision: vec![],
        base_url: "https://x".into(),
    })
    .unwrap();
    mailer
        .send(
            "<names.test@example.gov.cn>",
            "王\r\nBcc: victim@example.com",
            "target@example.gov.cn",
            "主题\r\nBcc: victim@example.com\r\nX-Evil: 1",
            "正文",
            "<p>正文</p>",
        )
        .await
        .unwrap();
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    let headers = got[0].raw_headers.to_ascii_lowercase();
    assert!(
        !headers.contains("\nbcc:") && !headers.contains("\nx-evil:"),
        "{}",
        got[0].raw_headers
    );
    assert!(got[0].to.contains("target@example.gov.cn"));
    assert!(got[0].subject.starts_with("主题"), "{}", got[0].subject);
    assert_eq!(got[0].text.trim(), "正文");
}

#[test]
fn long_digests_list_twenty_per_group_and_count_the_rest() {
    let many: Vec<Item> = (0..25)
        .map(|i| Item {
            project_code: format!("KP-2026-{i:02}"),
            ..items("项目").remove(0)
        })
        .collect();
    let r = render_digest(
        "zh-CN",
        "x",
        d("2026-11-25"),
        false,
        3,
        "https://duban.example.gov.cn",
        many.clone(),
    )
    .unwrap();
    assert_eq!(
        r.subject, "【督办提醒】25 项已逾期",
        "the subject counts everything"
    );
    assert_eq!(r.text.matches("已逾期 4 个工作日").count(), 20);
    assert!(
        r.text
            .contains("另有 5 项未列出，请登录系统查看：https://duban.example.gov.cn/"),
        "{}",
        r.text
    );
    let r = render_digest(
        "en",
        "x",
        d("2026-11-25"),
        false,
        3,
        "https://duban.example.gov.cn",
        many,
    )
    .unwrap();
    assert!(r.html.contains("5 more not listed"), "{}", r.html);
}
