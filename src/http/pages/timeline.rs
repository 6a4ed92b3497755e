//! The district's timeline (挂图作战 总图): every readable project a row, every milestone a
//! mark on one time axis as of a date, filtered by leader, unit and light, with the same
//! milestones as a dated list under it (the list is what a phone shows). Who reads which
//! project is decided by `store::projects`, as on the board.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, web};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{Value, json};

use super::charts::{self, Line, Span};
use super::home::{error, light_key, page, principal, status_text};
use super::i18n;
use crate::domain::rules::{self, Status};
use crate::error::AppError;
use crate::http::AppState;
use crate::store::milestones as ms;
use crate::store::projects::{self, ProjectFilter};

/// Projects on one page of the timeline: the chart stays readable and the page bounded.
const PER_PAGE: usize = 40;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(timeline);
}

#[derive(Debug, Default, Deserialize)]
struct TimelineQuery {
    as_of: Option<NaiveDate>,
    leader: Option<i64>,
    unit: Option<i64>,
    light: Option<String>,
}

/// The district-wide timeline of milestones, as of a date.
#[utoipa::path(tag = "pages", responses((status = 200, description = "HTML page")))]
#[get("/board/timeline")]
async fn timeline(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    // A value that does not parse is no filter, as on the board.
    let q: TimelineQuery = serde_urlencoded::from_str(req.query_string()).unwrap_or_default();
    let lang = super::req_lang(&req);
    let as_of = q.as_of.unwrap_or_else(|| state.today());
    let only = super::light_param(q.light.clone());
    let page_no = super::asked_page(&req);
    let Some(p) = principal(&req) else {
        return error(&req, &AppError::unauthenticated());
    };
    let ctx = state.ctx_for(&p);
    let st = state.clone();
    let (leader, unit) = (q.leader, q.unit);
    let wanted = only.clone();
    let got = state
        .db(move |c| {
            let all = projects::list_all(
                c,
                &ctx,
                &st.scheduling.rules,
                &ProjectFilter {
                    as_of: Some(as_of),
                    ..Default::default()
                },
            )?;
            // The choices come from every readable project, so that a filter never hides
            // the way back.
            let mut leaders: Vec<(i64, String)> = all
                .iter()
                .filter_map(|s| s.leader.as_ref().map(|l| (l.id, l.name.clone())))
                .collect();
            let mut units: Vec<(i64, String)> = all
                .iter()
                .filter_map(|s| s.unit.as_ref().map(|u| (u.id, u.name.clone())))
                .collect();
            for v in [&mut leaders, &mut units] {
                v.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
                v.dedup();
            }
            let shown: Vec<projects::ProjectSummary> = all
                .into_iter()
                .filter(|s| leader.is_none_or(|id| s.leader.as_ref().is_some_and(|l| l.id == id)))
                .filter(|s| unit.is_none_or(|id| s.unit.as_ref().is_some_and(|u| u.id == id)))
                .filter(|s| wanted.as_deref().is_none_or(|l| l == light_key(s.light)))
                .collect();
            let total = shown.len();
            let shown: Vec<_> = shown
                .into_iter()
                .skip((page_no - 1) * PER_PAGE)
                .take(PER_PAGE)
                .collect();
            let ids: Vec<i64> = shown.iter().map(|s| s.project.id).collect();
            let mut milestones = ms::of_projects(c, &ctx, &st.scheduling.rules, &ids, as_of)?;
            let rows: Vec<_> = shown
                .into_iter()
                .map(|s| {
                    let m = milestones.remove(&s.project.id).unwrap_or_default();
                    (s, m)
                })
                .collect();
            Ok((rows, total, leaders, units))
        })
        .await;
    let (rows, total, leaders, units) = match got {
        Ok(g) => g,
        Err(e) => return error(&req, &e),
    };
    let mut lines = Vec::new();
    let mut dated: Vec<(NaiveDate, Value)> = Vec::new();
    for (s, milestones) in &rows {
        let mut spans = Vec::new();
        for m in milestones {
            let done = m.milestone.completed_on.filter(|d| *d <= as_of);
            let light = light_key(rules::light([m.working_status]));
            spans.push(Span {
                title: format!(
                    "{} {}",
                    m.milestone.title,
                    i18n::date(lang, m.milestone.current_due)
                ),
                baseline: m.milestone.baseline_due,
                current: m.milestone.current_due,
                done,
                light,
            });
            dated.push((
                m.milestone.current_due,
                json!({
                    "due": i18n::date(lang, m.milestone.current_due),
                    "code": s.project.code, "project": s.project.name,
                    "title": m.milestone.title, "light": light,
                    "light_label": i18n::text(lang, &format!("light_{light}")),
                    "status": status_text(lang, m.working_status),
                    "overdue": matches!(m.working_status, Status::Overdue { .. }),
                    "moved": m.milestone.baseline_due != m.milestone.current_due,
                    "baseline": i18n::date(lang, m.milestone.baseline_due),
                }),
            ));
        }
        lines.push(Line {
            title: s.project.name.clone(),
            light: light_key(s.light),
            milestones: spans,
        });
    }
    dated.sort_by_key(|d| d.0);
    let chart = charts::district(lang, &lines, as_of);
    let legend: Vec<Value> = rows
        .iter()
        .map(|(s, _)| {
            json!({"code": s.project.code, "name": s.project.name, "light": light_key(s.light),
                   "light_label": i18n::text(lang, &format!("light_{}", light_key(s.light)))})
        })
        .collect();
    let pages = total.div_ceil(PER_PAGE).max(1);
    page(
        &req,
        StatusCode::OK,
        "timeline.html",
        json!({
            "chart": chart, "projects": legend, "milestones": dated.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
            "as_of": as_of.to_string(), "as_of_text": i18n::date(lang, as_of), "total": total,
            "leader": leader, "unit": unit, "light": only,
            "leaders": leaders.iter().map(|(id, name)| json!({"id": id, "name": name})).collect::<Vec<_>>(),
            "units": units.iter().map(|(id, name)| json!({"id": id, "name": name})).collect::<Vec<_>>(),
            "page": page_no, "pages": pages,
            "query": serde_urlencoded::to_string([
                ("as_of", Some(as_of.to_string())),
                ("leader", leader.map(|l| l.to_string())),
                ("unit", unit.map(|u| u.to_string())),
                ("light", only.clone()),
            ].iter().filter_map(|(k, v)| v.as_ref().map(|v| (*k, v.clone()))).collect::<Vec<_>>()).unwrap_or_default(),
        }),
    )
}
