//! The gate of every route, method and actix path pattern, deny by default: the request
//! guard looks a route up here before any handler runs, and a route missing from the table
//! is refused, so a new endpoint is closed until someone writes its rule. What a gate means
//! is the pure rule [`crate::domain::access::passes`].

use crate::domain::access::{Gate, Role};

const ADMIN: Gate = Gate::Roles(&[Role::Admin]);
const SUPERVISION: Gate = Gate::Roles(&[Role::Admin, Role::Supervisor]);
const REPORTERS: Gate = Gate::Roles(&[Role::Admin, Role::UnitHead, Role::Responsible]);
const ANY: Gate = Gate::Authenticated;

/// Every route of the service with its gate: method, actix path pattern, gate.
/// `GET` also covers `HEAD`. The route test walks the registered routes and fails on any
/// that is missing here, and the request guard refuses a route it cannot find.
pub const ROUTES: &[(&str, &str, Gate)] = &[
    ("GET", "/healthz", Gate::Public),
    ("GET", "/readyz", Gate::Public),
    ("GET", "/metrics", Gate::Public),
    ("GET", "/act/{token}", Gate::Public),
    ("POST", "/act/{token}", Gate::Public),
    ("GET", "/api/v1/openapi.json", ANY),
    // Pages
    ("GET", "/login", Gate::Public),
    ("POST", "/login", Gate::Public),
    ("GET", "/static/app.css", Gate::Public),
    ("POST", "/logout", ANY),
    ("GET", "/", ANY),
    ("GET", "/my", ANY),
    ("GET", "/projects/{code}", ANY),
    // The office reads every project; a unit head his units' (decided in the use case).
    (
        "GET",
        "/board",
        Gate::Roles(&[Role::Admin, Role::Supervisor, Role::UnitHead]),
    ),
    (
        "GET",
        "/board/timeline",
        Gate::Roles(&[Role::Admin, Role::Supervisor, Role::UnitHead]),
    ),
    ("GET", "/my/milestones", ANY),
    (
        "POST",
        "/reschedules/{id}/decide",
        Gate::Roles(&[Role::Admin, Role::Leader]),
    ),
    ("POST", "/reschedules/{id}/withdraw", ANY),
    (
        "POST",
        "/projects/{code}/comments",
        Gate::Roles(&[Role::Admin, Role::Supervisor, Role::Leader]),
    ),
    (
        "POST",
        "/projects/{code}/problems",
        Gate::Roles(&[
            Role::Admin,
            Role::Supervisor,
            Role::UnitHead,
            Role::Responsible,
        ]),
    ),
    // 销号: the acting unit resolves, the office confirms or sends back (decided in the
    // use cases).
    ("POST", "/problems/{id}/resolve", REPORTERS),
    ("POST", "/problems/{id}/close", SUPERVISION),
    ("POST", "/problems/{id}/send-back", SUPERVISION),
    ("GET", "/account", ANY),
    ("POST", "/account/lang", ANY),
    ("POST", "/account/password", ANY),
    ("GET", "/admin", ADMIN),
    ("GET", "/admin/settings", ADMIN),
    ("GET", "/admin/people", ADMIN),
    ("POST", "/admin/people", ADMIN),
    ("POST", "/admin/people/{id}/active", ADMIN),
    ("GET", "/admin/units", ADMIN),
    ("POST", "/admin/units", ADMIN),
    ("GET", "/admin/users", ADMIN),
    ("POST", "/admin/users", ADMIN),
    ("POST", "/admin/users/{id}", ADMIN),
    ("POST", "/admin/users/{id}/password", ADMIN),
    ("GET", "/admin/assignments", ADMIN),
    ("GET", "/admin/assignments/{code}", ADMIN),
    ("POST", "/admin/assignments/{code}", ADMIN),
    ("GET", "/admin/calendar", ADMIN),
    ("POST", "/admin/calendar", ADMIN),
    ("POST", "/admin/calendar/{day}/remove", ADMIN),
    ("GET", "/admin/ledger", ADMIN),
    ("GET", "/admin/ledger/download", ADMIN),
    ("POST", "/admin/ledger", ADMIN),
    ("POST", "/admin/ledger/import", ADMIN),
    ("GET", "/admin/outbox", SUPERVISION),
    ("GET", "/admin/outbox/{id}", SUPERVISION),
    ("POST", "/admin/outbox/{id}/retry", ADMIN),
    ("POST", "/admin/outbox/retry-dead", ADMIN),
    ("GET", "/admin/channels", ADMIN),
    ("POST", "/admin/channels", ADMIN),
    ("POST", "/admin/channels/{id}/test", ADMIN),
    ("POST", "/admin/channels/{id}/remove", ADMIN),
    ("GET", "/assessments", ANY),
    ("POST", "/assessments", SUPERVISION),
    ("POST", "/assessments/{id}/publish", SUPERVISION),
    // Filed by a project's leader or unit head, decided in the use case (an admin too).
    (
        "POST",
        "/assessments/{id}/appeals",
        Gate::Roles(&[Role::Admin, Role::Leader, Role::UnitHead]),
    ),
    (
        "POST",
        "/assessments/{id}/appeals/{appeal}/decide",
        SUPERVISION,
    ),
    ("POST", "/assessments/ratings", SUPERVISION),
    (
        "GET",
        "/reports/inspection",
        Gate::Roles(&[Role::Admin, Role::Supervisor, Role::UnitHead]),
    ),
    ("POST", "/reports/inspection/issue", SUPERVISION),
    ("GET", "/reports/inspection/issued/{id}", SUPERVISION),
    ("POST", "/my/milestones/{id}/complete", REPORTERS),
    ("POST", "/my/milestones/{id}/reschedule", REPORTERS),
    ("POST", "/my/projects/{code}/progress", REPORTERS),
    ("POST", "/my/projects/{code}/investment", REPORTERS),
    ("GET", "/api/v1/docs/{_:.*}", ANY),
    // Accounts
    ("POST", "/api/v1/auth/login", Gate::Public),
    ("POST", "/api/v1/auth/logout", ANY),
    ("GET", "/api/v1/auth/me", ANY),
    ("POST", "/api/v1/auth/password", ANY),
    ("GET", "/api/v1/auth/tokens", ANY),
    ("POST", "/api/v1/auth/tokens", ANY),
    ("DELETE", "/api/v1/auth/tokens/{id}", ANY),
    ("GET", "/api/v1/users", ADMIN),
    ("POST", "/api/v1/users", ADMIN),
    ("GET", "/api/v1/users/{id}", ADMIN),
    ("PATCH", "/api/v1/users/{id}", ADMIN),
    ("GET", "/api/v1/users/{id}/credentials", ADMIN),
    ("DELETE", "/api/v1/users/{id}/tokens/{token_id}", ADMIN),
    ("DELETE", "/api/v1/users/{id}/feeds", ADMIN),
    // Directory: every official may look up units and people.
    ("GET", "/api/v1/units", ANY),
    ("POST", "/api/v1/units", ADMIN),
    ("GET", "/api/v1/units/{id}", ANY),
    ("PATCH", "/api/v1/units/{id}", ADMIN),
    ("DELETE", "/api/v1/units/{id}", ADMIN),
    ("GET", "/api/v1/people", ANY),
    ("POST", "/api/v1/people", ADMIN),
    ("GET", "/api/v1/people/{id}", ANY),
    ("PATCH", "/api/v1/people/{id}", ADMIN),
    ("DELETE", "/api/v1/people/{id}", ADMIN),
    // Projects (read narrowed per project)
    ("GET", "/api/v1/projects", ANY),
    ("POST", "/api/v1/projects", ADMIN),
    ("GET", "/api/v1/projects/{code}", ANY),
    ("PATCH", "/api/v1/projects/{code}", ADMIN),
    ("DELETE", "/api/v1/projects/{code}", ADMIN),
    ("POST", "/api/v1/projects/{code}/stage", ADMIN),
    ("POST", "/api/v1/projects/{code}/assign", ADMIN),
    ("GET", "/api/v1/projects/{code}/assignments", ANY),
    ("GET", "/api/v1/projects/{code}/stages", ANY),
    ("GET", "/api/v1/projects/{code}/history", ANY),
    ("GET", "/api/v1/projects/{code}/comments", ANY),
    ("GET", "/api/v1/projects/{code}/vetoes", ANY),
    ("POST", "/api/v1/projects/{code}/vetoes", SUPERVISION),
    (
        "POST",
        "/api/v1/projects/{code}/comments",
        Gate::Roles(&[Role::Admin, Role::Supervisor, Role::Leader]),
    ),
    (
        "POST",
        "/api/v1/projects/{code}/problems",
        Gate::Roles(&[
            Role::Admin,
            Role::Supervisor,
            Role::UnitHead,
            Role::Responsible,
        ]),
    ),
    // Milestones
    ("GET", "/api/v1/milestones", ANY),
    ("POST", "/api/v1/milestones", ADMIN),
    ("GET", "/api/v1/milestones/{id}", ANY),
    ("PATCH", "/api/v1/milestones/{id}", ADMIN),
    ("DELETE", "/api/v1/milestones/{id}", ADMIN),
    ("POST", "/api/v1/milestones/{id}/complete", REPORTERS),
    ("POST", "/api/v1/milestones/{id}/reschedule", REPORTERS),
    ("GET", "/api/v1/milestones/{id}/reschedules", ANY),
    ("GET", "/api/v1/reschedules", ANY),
    (
        "POST",
        "/api/v1/reschedules/{id}/decide",
        Gate::Roles(&[Role::Admin, Role::Leader]),
    ),
    ("POST", "/api/v1/reschedules/{id}/withdraw", ANY),
    // Investment and progress
    ("GET", "/api/v1/investment-plans", ANY),
    ("POST", "/api/v1/investment-plans", ADMIN),
    ("GET", "/api/v1/investment-plans/{id}", ANY),
    ("PATCH", "/api/v1/investment-plans/{id}", ADMIN),
    ("DELETE", "/api/v1/investment-plans/{id}", ADMIN),
    ("GET", "/api/v1/investment-reports", ANY),
    ("POST", "/api/v1/investment-reports", REPORTERS),
    ("GET", "/api/v1/investment-reports/{id}", ANY),
    ("PATCH", "/api/v1/investment-reports/{id}", REPORTERS),
    ("DELETE", "/api/v1/investment-reports/{id}", REPORTERS),
    ("GET", "/api/v1/progress-updates", ANY),
    ("POST", "/api/v1/progress-updates", REPORTERS),
    ("GET", "/api/v1/progress-updates/{id}", ANY),
    ("PATCH", "/api/v1/progress-updates/{id}", REPORTERS),
    ("DELETE", "/api/v1/progress-updates/{id}", REPORTERS),
    // Problems
    ("GET", "/api/v1/problems", ANY),
    ("GET", "/api/v1/problems/{id}", ANY),
    ("POST", "/api/v1/problems/{id}/resolve", REPORTERS),
    ("POST", "/api/v1/problems/{id}/send-back", SUPERVISION),
    ("POST", "/api/v1/problems/{id}/close", SUPERVISION),
    // Audit, calendar, outbox
    ("GET", "/api/v1/audit", SUPERVISION),
    ("GET", "/api/v1/calendar", ANY),
    ("POST", "/api/v1/calendar", ADMIN),
    ("DELETE", "/api/v1/calendar/{day}", ADMIN),
    ("POST", "/api/v1/import/ledger", ADMIN),
    ("POST", "/api/v1/calendar/feed", ANY),
    ("DELETE", "/api/v1/calendar/feed", ANY),
    ("GET", "/feeds/{token}.ics", Gate::Public),
    ("GET", "/api/v1/outbox", SUPERVISION),
    ("GET", "/api/v1/outbox/status", SUPERVISION),
    ("GET", "/api/v1/outbox/{id}", SUPERVISION),
    ("POST", "/api/v1/outbox/{id}/retry", ADMIN),
    ("GET", "/api/v1/channels", ADMIN),
    ("POST", "/api/v1/channels", ADMIN),
    ("GET", "/api/v1/channels/{id}", ADMIN),
    ("DELETE", "/api/v1/channels/{id}", ADMIN),
    ("POST", "/api/v1/channels/{id}/test", ADMIN),
    ("POST", "/api/v1/outbox/retry-dead", ADMIN),
    // Reports and assessment
    // The office's whole report; a unit head's units' (decided in the use case).
    (
        "GET",
        "/api/v1/reports/inspection",
        Gate::Roles(&[Role::Admin, Role::Supervisor, Role::UnitHead]),
    ),
    ("POST", "/api/v1/reports/inspection/issue", SUPERVISION),
    ("GET", "/api/v1/reports/inspection/issued", SUPERVISION),
    ("GET", "/api/v1/reports/inspection/issued/{id}", SUPERVISION),
    ("GET", "/api/v1/assessments", ANY),
    ("POST", "/api/v1/assessments", SUPERVISION),
    ("POST", "/api/v1/assessments/provisional", SUPERVISION),
    ("GET", "/api/v1/assessments/{id}", ANY),
    ("POST", "/api/v1/assessments/{id}/rerun", SUPERVISION),
    ("POST", "/api/v1/assessments/{id}/publish", SUPERVISION),
    ("GET", "/api/v1/assessments/{id}/appeals", ANY),
    (
        "POST",
        "/api/v1/assessments/{id}/appeals",
        Gate::Roles(&[Role::Admin, Role::Leader, Role::UnitHead]),
    ),
    (
        "POST",
        "/api/v1/assessments/{id}/appeals/{appeal}/decide",
        SUPERVISION,
    ),
    ("GET", "/api/v1/service-ratings", SUPERVISION),
    ("PUT", "/api/v1/service-ratings", SUPERVISION),
];

/// The gate of a route, `None` when the route has no rule (and so is refused).
/// The methods a route takes (empty: not a route of ours), for a 405's `Allow`.
pub fn methods(pattern: &str) -> Vec<&'static str> {
    let mut m: Vec<&'static str> = ROUTES
        .iter()
        .filter(|(_, p, _)| *p == pattern)
        .map(|(m, _, _)| *m)
        .collect();
    if m.contains(&"GET") {
        m.push("HEAD");
    }
    m
}

pub fn gate(method: &str, pattern: &str) -> Option<Gate> {
    let method = if method == "HEAD" { "GET" } else { method };
    ROUTES
        .iter()
        .find(|(m, p, _)| *m == method && *p == pattern)
        .map(|(_, _, g)| *g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_are_unique_and_unknown_routes_have_no_gate() {
        let mut seen = std::collections::HashSet::new();
        for (m, p, _) in ROUTES {
            assert!(seen.insert((m, p)), "{m} {p} listed twice");
        }
        assert_eq!(gate("HEAD", "/healthz"), Some(Gate::Public));
        assert_eq!(gate("PUT", "/api/v1/projects/{code}"), None);
    }
}
