//! Each role's main flow walked in a real browser against `duban serve --demo`, as its
//! users would, at the width they use: the supervision office at a desk, leaders, responsible
//! persons and unit heads on a 390 × 844 phone. Every step is checked against what the
//! database holds afterwards, and the notice after a step must be in sight.

use crate::browser::{LEADER, SUPERVISOR, all_projects, bin, one_overdue_milestone, open, today};
use crate::common::browser::{self, Browser, Server};

use chrono::Datelike;
use diesel::prelude::*;
use duban::db::DbConn;
use duban::db::schema::{
    assessment_appeals, assessment_runs, comments, investment_reports, issued_reports, milestones,
    outbox, people, problems, reschedules, service_ratings,
};

const PHONE: (u32, u32) = (390, 844);
const DESK: (u32, u32) = (1366, 900);

async fn as_user(server: &Server, login: &str, (w, h): (u32, u32)) -> Browser {
    let b = Browser::start().await;
    b.log_in(server, login).await;
    b.resize(w, h).await;
    b
}

/// The notice after a step says `text` and stands where the eye is.
async fn sees_notice(b: &Browser, text: &str) {
    assert_eq!(
        b.notice_in_view(text).await,
        Some(true),
        "the notice {text:?} in sight at {}",
        b.client.current_url().await.expect("url")
    );
}

async fn no_sideways_scroll(b: &Browser) {
    let (over, culprits) = b.overflow().await;
    assert_eq!(over, 0, "wider than the phone: {culprits:?}");
}

fn email_of(conn: &mut DbConn, person: i64) -> Option<String> {
    people::table
        .find(person)
        .select(people::email)
        .first(conn)
        .expect("person")
}

/// Who holds the project today.
fn holders(conn: &mut DbConn, code: &str) -> duban::store::projects::Responsibility {
    duban::store::projects::detail(
        conn,
        &crate::browser::system(),
        code,
        today(),
        &duban::domain::rules::Rules::default(),
    )
    .expect("detail")
    .responsibility
    .expect("held")
}

/// The supervision office rates every unit, computes the year's assessment, a leader appeals
/// one of his deductions from his phone, the office accepts it and only then can publish;
/// then it issues the inspection bulletin. Both final steps need their box ticked.
#[actix_web::test]
async fn the_office_rates_decides_an_appeal_publishes_and_issues_a_bulletin() {
    if !browser::available() {
        return;
    }
    let server = Server::start(bin());
    let mut conn = open(&server);
    let year = today().year();

    let office = as_user(&server, SUPERVISOR, DESK).await;
    office
        .client
        .goto(&server.url("/assessments"))
        .await
        .expect("assessments");
    assert!(office.has("p.notice.warning").await, "units still unrated");
    let unit_ids: Vec<String> = office
        .client
        .execute(
            "return [...document.querySelectorAll('form.rating input[name=unit_id]')].map(e => e.value)",
            vec![],
        )
        .await
        .expect("the rating sheet")
        .as_array()
        .expect("ids")
        .iter()
        .filter_map(|v| v.as_str().map(String::from))
        .collect();
    assert!(unit_ids.len() >= 3, "one card per unit: {unit_ids:?}");
    for (i, id) in unit_ids.iter().enumerate() {
        office
            .fill(&format!("rating-{id}"), &(80 + i % 15).to_string())
            .await;
        office
            .client
            .execute(
                "document.getElementById(arguments[0]).closest('form').querySelector('button').id = 'rate-now'",
                vec![serde_json::json!(format!("rating-{id}"))],
            )
            .await
            .expect("the card's button");
        office.click_through("#rate-now").await;
        sees_notice(&office, "评议已保存。").await;
    }
    assert!(!office.has("p.notice.warning").await, "every unit rated");
    let rated: i64 = service_ratings::table
        .filter(service_ratings::year.eq(year))
        .count()
        .get_result(&mut conn)
        .expect("ratings");
    assert_eq!(rated, unit_ids.len() as i64);

    office.fill("year", &year.to_string()).await;
    office
        .click_through("form[action='/assessments'] button[type=submit]")
        .await;
    let url = office.client.current_url().await.expect("url");
    let run: i64 = url
        .query_pairs()
        .find(|(k, _)| k == "run")
        .and_then(|(_, v)| v.parse().ok())
        .expect("the new run in the address");

    // A leader with a deduction to appeal, the demo's own first.
    let mut leaders: Vec<(String, String)> = Vec::new();
    for s in all_projects(&mut conn) {
        if let Some(email) = s.leader.as_ref().and_then(|l| email_of(&mut conn, l.id)) {
            leaders.push((email, s.project.code));
        }
    }
    leaders.sort_by_key(|(email, _)| email != LEADER);
    let mut filed = None;
    for (email, code) in leaders {
        let lead = as_user(&server, &email, PHONE).await;
        lead.client
            .goto(&server.url(&format!("/assessments?run={run}&project={code}")))
            .await
            .expect("his project's breakdown");
        if !lead.has("details.appeal summary").await {
            lead.close().await;
            continue;
        }
        no_sideways_scroll(&lead).await;
        lead.click("details.appeal summary").await;
        lead.client
            .find(fantoccini::Locator::Css(
                "details.appeal textarea[name=reason]",
            ))
            .await
            .expect("reason")
            .send_keys("征地由区政府统一组织，延误非责任单位原因。")
            .await
            .expect("type");
        lead.click_through("details.appeal button[type=submit]")
            .await;
        sees_notice(&lead, "申诉已提交").await;
        // The appellant sees it pending.
        let appeals = lead.text("section[aria-labelledby=appeals]").await;
        assert!(
            appeals.contains("征地由区政府统一组织") && appeals.contains("待处理"),
            "{appeals}"
        );
        lead.close().await;
        filed = Some(code);
        break;
    }
    let code = filed.expect("a leader with a deduction to appeal");

    // Pending: publishing waits. The office accepts the appeal.
    office
        .client
        .goto(&server.url(&format!("/assessments?run={run}")))
        .await
        .expect("the run");
    assert!(
        office
            .has("form[action$='/publish'] button[disabled]")
            .await
    );
    let appeal: i64 = assessment_appeals::table
        .filter(assessment_appeals::run_id.eq(run))
        .filter(assessment_appeals::project_code.eq(&code))
        .select(assessment_appeals::id)
        .first(&mut conn)
        .expect("the appeal");
    office
        .fill(
            &format!("decide-{appeal}"),
            "经核实，征地由区政府统一组织，予以采纳。",
        )
        .await;
    office
        .click_through(&format!(
            "form[action^='/assessments/{run}/appeals/{appeal}/decide'] button[value=accept]"
        ))
        .await;
    sees_notice(&office, "申诉已处理").await;
    let status: String = assessment_appeals::table
        .find(appeal)
        .select(assessment_appeals::status)
        .first(&mut conn)
        .expect("status");
    assert_eq!(status, "accepted");

    // Publishing is final: without the box ticked nothing happens.
    office
        .click("form[action$='/publish'] button[type=submit]")
        .await;
    actix_web::rt::time::sleep(std::time::Duration::from_millis(500)).await;
    let run_status = |conn: &mut DbConn| -> String {
        assessment_runs::table
            .find(run)
            .select(assessment_runs::status)
            .first(conn)
            .expect("run")
    };
    assert_eq!(run_status(&mut conn), "draft");
    office
        .click("form[action$='/publish'] input[name=confirm]")
        .await;
    office
        .click_through("form[action$='/publish'] button[type=submit]")
        .await;
    sees_notice(&office, "考核结果已发布。").await;
    assert_eq!(run_status(&mut conn), "published");
    assert!(office.has("h1 .badge.published").await);

    // The bulletin, issued once the box is ticked.
    office
        .client
        .goto(&server.url("/reports/inspection"))
        .await
        .expect("report");
    office
        .click("form[action='/reports/inspection/issue'] input[name=confirm]")
        .await;
    office
        .click_through("form[action='/reports/inspection/issue'] button[type=submit]")
        .await;
    sees_notice(&office, "已印发").await;
    let (issued, serial): (i64, i32) = issued_reports::table
        .select((issued_reports::id, issued_reports::serial))
        .first(&mut conn)
        .expect("an issued bulletin");
    office
        .click_through(&format!("a[href='/reports/inspection/issued/{issued}']"))
        .await;
    let page = office.text("main").await;
    assert!(
        page.contains(&format!("第 {serial} 期")) && page.contains("督查室"),
        "number and office on the issued page: {page}"
    );
    assert!(
        office
            .has(&format!(
                "a[href='/api/v1/reports/inspection/issued/{issued}?format=xlsx']"
            ))
            .await
    );
    office.close().await;
}

/// A responsible person asks on his phone to move a milestone; the leader, on his phone,
/// finds the request waiting for him, approves it, and writes a 批示 on the project, which
/// is mailed to its responsible person and unit head.
#[actix_web::test]
async fn a_leader_approves_a_reschedule_and_writes_a_comment_on_a_phone() {
    if !browser::available() {
        return;
    }
    let server = Server::start(bin());
    let mut conn = open(&server);
    let (code, milestone, person) = one_overdue_milestone(&mut conn);
    let (leader, head) = {
        let r = holders(&mut conn, &code);
        (
            r.leader.email.clone().expect("the leader has an address"),
            r.unit.head_person_id.and_then(|h| email_of(&mut conn, h)),
        )
    };
    let title: String = milestones::table
        .find(milestone)
        .select(milestones::title)
        .first(&mut conn)
        .expect("milestone");

    let p = as_user(&server, &person, PHONE).await;
    p.client
        .goto(&server.url("/my/milestones"))
        .await
        .expect("my milestones");
    let new_due = today() + chrono::Duration::days(30);
    p.set_value(&format!("new_due-{milestone}"), &new_due.to_string())
        .await;
    p.fill(
        &format!("reason-{milestone}"),
        "管线迁改需电力公司配合，申请顺延一个月。",
    )
    .await;
    p.click_through(&format!(
        "form[action='/my/milestones/{milestone}/reschedule'] button[type=submit]"
    ))
    .await;
    sees_notice(&p, "调整申请已提交").await;
    p.close().await;
    let request: i64 = reschedules::table
        .filter(reschedules::milestone_id.eq(milestone))
        .filter(reschedules::status.eq("pending"))
        .select(reschedules::id)
        .first(&mut conn)
        .expect("the request");

    let b = as_user(&server, &leader, PHONE).await;
    b.client.goto(&server.url("/my")).await.expect("my");
    no_sideways_scroll(&b).await;
    let waiting = b.text("section.waiting").await;
    assert!(waiting.contains(&title), "{title} waits for him: {waiting}");
    assert!(
        b.has("nav a[href='/my'] .count").await,
        "a count in the navigation"
    );
    b.click_through(&format!(
        "section.waiting a[href='/projects/{code}#requests']"
    ))
    .await;
    no_sideways_scroll(&b).await;
    b.fill(&format!("note-{request}"), "同意，请抓紧推进。")
        .await;
    b.click_through(&format!(
        "form[action='/reschedules/{request}/decide'] button[value=approve]"
    ))
    .await;
    sees_notice(&b, "已审批。").await;
    let status: String = reschedules::table
        .find(request)
        .select(reschedules::status)
        .first(&mut conn)
        .expect("request");
    assert_eq!(status, "approved");
    let due: chrono::NaiveDate = milestones::table
        .find(milestone)
        .select(milestones::current_due)
        .first(&mut conn)
        .expect("milestone");
    assert_eq!(due, new_due);

    let words = "请区住建局牵头协调管线迁改，月底前报进展。";
    b.fill("comment-body", words).await;
    b.click_through("form.comment-form button[type=submit]")
        .await;
    sees_notice(&b, "批示已发出。").await;
    assert!(b.text("ol.comments").await.contains(words));
    let saved: i64 = comments::table
        .filter(comments::body.eq(words))
        .count()
        .get_result(&mut conn)
        .expect("comments");
    assert_eq!(saved, 1);
    let to: Vec<String> = outbox::table
        .filter(outbox::body_text.like(format!("%{words}%")))
        .select(outbox::recipient_email)
        .load(&mut conn)
        .expect("mail");
    assert!(to.contains(&person), "mailed to the person: {to:?}");
    if let Some(head) = head {
        assert!(to.contains(&head), "mailed to the unit head: {to:?}");
    }
    b.close().await;
}

/// A responsible person, on a phone, completes a milestone, reports the month's investment
/// and raises a problem for his unit; the unit's head resolves it on his phone and the
/// office confirms it (销号).
#[actix_web::test]
async fn a_person_reports_and_raises_a_problem_on_a_phone_and_it_is_closed() {
    if !browser::available() {
        return;
    }
    let server = Server::start(bin());
    let mut conn = open(&server);
    let (code, milestone, email) = one_overdue_milestone(&mut conn);
    let (project_id, unit_id, head): (i64, i64, Option<i64>) = {
        let r = holders(&mut conn, &code);
        let id = duban::store::projects::get_by_code(&mut conn, &code)
            .expect("project")
            .id;
        (id, r.unit.id, r.unit.head_person_id)
    };
    let head = head
        .and_then(|h| email_of(&mut conn, h))
        .expect("the unit has a head with an address");

    let b = as_user(&server, &email, PHONE).await;
    b.client
        .goto(&server.url("/my/milestones"))
        .await
        .expect("my milestones");
    no_sideways_scroll(&b).await;
    b.fill(
        &format!("evidence-{milestone}"),
        "竣工验收意见已签署，文号 开发〔2026〕12 号。",
    )
    .await;
    b.click_through(&format!(
        "form[action='/my/milestones/{milestone}/complete'] button[type=submit]"
    ))
    .await;
    sees_notice(&b, "已确认办结。").await;
    let done: Option<chrono::NaiveDate> = milestones::table
        .find(milestone)
        .select(milestones::completed_on)
        .first(&mut conn)
        .expect("milestone");
    assert_eq!(done, Some(today()));

    // This month's investment (the demo has reported the months before).
    let month = format!("{}-{:02}", today().year(), today().month());
    b.set_value(&format!("month-{code}"), &month).await;
    b.fill(&format!("completed-{code}"), "1250").await;
    b.click_through(&format!(
        "form[action='/my/projects/{code}/investment'] button[type=submit]"
    ))
    .await;
    sees_notice(&b, "月度投资已报送。").await;
    let amount: i64 = investment_reports::table
        .filter(investment_reports::project_id.eq(project_id))
        .filter(investment_reports::year.eq(today().year()))
        .filter(investment_reports::month.eq(today().month() as i32))
        .select(investment_reports::completed)
        .first(&mut conn)
        .expect("the month's report");
    assert_eq!(amount, 12_500_000, "1,250 万元");

    // A problem for the project's own unit, to be solved within two weeks.
    b.client
        .goto(&server.url(&format!("/projects/{code}")))
        .await
        .expect("project");
    no_sideways_scroll(&b).await;
    b.click(&format!(
        "details:has(form[action='/projects/{code}/problems']) > summary"
    ))
    .await;
    let words = "供电线路迁改需电力公司配合，请协调。";
    b.fill("problem-description", words).await;
    b.click(&format!("#problem-unit option[value='{unit_id}']"))
        .await;
    let due = today() + chrono::Duration::days(14);
    b.set_value("problem-due", &due.to_string()).await;
    b.click_through(&format!(
        "form[action='/projects/{code}/problems'] button[type=submit]"
    ))
    .await;
    sees_notice(&b, "问题已提交").await;
    let problem: i64 = problems::table
        .filter(problems::description.eq(words))
        .filter(problems::acting_unit_id.eq(unit_id))
        .select(problems::id)
        .first(&mut conn)
        .expect("the problem");
    b.close().await;

    // The unit head finds it waiting for him and resolves it.
    let h = as_user(&server, &head, PHONE).await;
    h.client.goto(&server.url("/my")).await.expect("my");
    assert!(h.text("section.waiting").await.contains(words));
    h.click_through(&format!(
        "section.waiting a[href='/projects/{code}#problem-{problem}']"
    ))
    .await;
    no_sideways_scroll(&h).await;
    h.fill(
        &format!("resolution-{problem}"),
        "已与电力公司对接，迁改方案12月10日前完成。",
    )
    .await;
    h.click_through(&format!(
        "form[action='/problems/{problem}/resolve'] button[type=submit]"
    ))
    .await;
    sees_notice(&h, "已申请销号").await;
    let (resolved, closed): (Option<chrono::NaiveDate>, Option<chrono::NaiveDate>) =
        problems::table
            .find(problem)
            .select((problems::resolved_on, problems::closed_on))
            .first(&mut conn)
            .expect("problem");
    assert_eq!((resolved, closed), (Some(today()), None));
    h.close().await;

    // The office confirms it from its list of what waits.
    let office = as_user(&server, SUPERVISOR, DESK).await;
    office.client.goto(&server.url("/my")).await.expect("my");
    assert!(office.text("section.waiting").await.contains(words));
    office
        .client
        .goto(&server.url(&format!("/projects/{code}")))
        .await
        .expect("project");
    office
        .click_through(&format!(
            "#problem-{problem} > form[action='/problems/{problem}/close'] button[type=submit]"
        ))
        .await;
    sees_notice(&office, "问题已销号。").await;
    let closed: Option<chrono::NaiveDate> = problems::table
        .find(problem)
        .select(problems::closed_on)
        .first(&mut conn)
        .expect("problem");
    assert_eq!(closed, Some(today()));
    office.close().await;
}
