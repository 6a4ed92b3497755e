//! Who may do what: the roles, a user's relation to a project, the per-project decision
//! ([`may`]) and what a route's gate means ([`Gate`], [`passes`]; the table of routes is
//! the HTTP layer's, deny by default).
//!
//! Two layers, both here so that the whole policy reads in one file:
//! - the **route gate** says which roles may call an endpoint at all; a route missing from
//!   the table is refused, so a new endpoint is closed until someone writes its rule;
//! - the **project rule** says what a role may do on one project, given how the user is
//!   related to it on the date in question (a leader who handed a project over still reads
//!   it as of the days he led it).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A role held by a user; a user may hold several.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Runs the installation: everything, including users, calendar and settings.
    Admin,
    /// 督查室: reads everything; issues reports, runs assessments, rates units, comments.
    Supervisor,
    /// 责任领导: reads the projects he leads; comments and approves reschedules on them.
    Leader,
    /// Head of a responsible unit: acts as responsible person for the unit's projects.
    UnitHead,
    /// 责任人: completes milestones and reports progress on her projects.
    Responsible,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Supervisor,
        Role::Leader,
        Role::UnitHead,
        Role::Responsible,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Supervisor => "supervisor",
            Role::Leader => "leader",
            Role::UnitHead => "unit_head",
            Role::Responsible => "responsible",
        }
    }

    /// What the role is called, in one language: the one definition of these words for
    /// the pages, the mail and the files.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        match (self, lang.is_en()) {
            (Role::Admin, false) => "系统管理员",
            (Role::Supervisor, false) => "督查室",
            (Role::Leader, false) => "责任领导",
            (Role::UnitHead, false) => "责任单位负责人",
            (Role::Responsible, false) => "责任人",
            (Role::Admin, true) => "administrator",
            (Role::Supervisor, true) => "supervision office",
            (Role::Leader, true) => "leader",
            (Role::UnitHead, true) => "unit head",
            (Role::Responsible, true) => "responsible person",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim())
            .ok_or_else(|| {
                format!(
                    "unknown role `{s}`; one of admin, supervisor, leader, unit_head, responsible"
                )
            })
    }
}

/// The authenticated user of a request, as the rules need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user_id: i64,
    /// The login name, written into the audit log.
    pub username: String,
    pub display_name: String,
    /// The person in the ledger this account belongs to, if any.
    pub person_id: Option<i64>,
    pub roles: Vec<Role>,
    /// The language the account reads pages in (`zh-CN` or `en`).
    pub lang: String,
}

impl Principal {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn has_any(&self, roles: &[Role]) -> bool {
        roles.iter().any(|r| self.has(*r))
    }

    /// Draft assessments are for the supervision office and for those who may appeal them
    /// (leaders and unit heads); a published one is announced to all.
    pub fn reads_draft_assessments(&self) -> bool {
        self.has_any(&[Role::Admin, Role::Supervisor, Role::Leader, Role::UnitHead])
    }

    /// Admins and supervisors read every project; everyone else reads through relations.
    pub fn reads_everything(&self) -> bool {
        self.has_any(&[Role::Admin, Role::Supervisor])
    }
}

/// How a user's person is tied to one project on a given date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Relation {
    /// The project's responsible leader on that date.
    pub leader: bool,
    /// Head of the project's responsible unit on that date.
    pub unit_head: bool,
    /// The project's responsible person on that date.
    pub responsible: bool,
}

/// What someone wants to do on one project.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// See the project, its milestones, investment, progress, problems and history.
    Read,
    /// Write a comment (批示) on the project.
    Comment,
    /// Report on the project as the one answerable for it: complete milestones, request
    /// reschedules, post progress updates and monthly investment reports, raise problems.
    Report,
    /// Raise a problem found on the project (also open to the supervision office).
    RaiseProblem,
    /// Approve or reject a reschedule request.
    ApproveReschedule,
    /// Contest an assessment deduction as the project's leader.
    AppealAsLeader,
    /// Contest an assessment deduction as the project's responsible unit.
    AppealAsUnit,
    /// Change the ledger itself: the project, its milestones, plans, stage, responsibility.
    Manage,
}

/// The project rule: may a user with these roles, so related to the project, do this?
/// A relation only counts through the matching role, so a person who is the responsible
/// person of a project but holds no `responsible` role gains nothing from it.
pub fn may(p: &Principal, rel: Relation, action: Action) -> bool {
    if p.has(Role::Admin) {
        return true;
    }
    let leader = p.has(Role::Leader) && rel.leader;
    let unit_head = p.has(Role::UnitHead) && rel.unit_head;
    let responsible = p.has(Role::Responsible) && rel.responsible;
    let supervisor = p.has(Role::Supervisor);
    match action {
        Action::Read => supervisor || leader || unit_head || responsible,
        Action::Comment => supervisor || leader,
        Action::Report => unit_head || responsible,
        Action::RaiseProblem => supervisor || unit_head || responsible,
        Action::ApproveReschedule => leader,
        Action::AppealAsLeader => leader,
        Action::AppealAsUnit => unit_head,
        Action::Manage => false,
    }
}

/// Could the user do this on some project, however related to it? [`may`] only ever grants
/// more for a closer relation, so this is [`may`] with every tie at once. Lets a caller skip
/// looking for projects where the answer can only be no (a supervisor reports on none).
pub fn may_on_some(p: &Principal, action: Action) -> bool {
    let closest = Relation {
        leader: true,
        unit_head: true,
        responsible: true,
    };
    may(p, closest, action)
}

/// May the user read a project as it stood on a past (or future) day? Only who may read it
/// today and could read it on that day: a leader who handed a project over reads nothing
/// of it any more, and a new holder does not look back before his time. Admins and the
/// supervision office read every day.
pub fn may_read_as_of(p: &Principal, today: Relation, then: Relation) -> bool {
    may(p, today, Action::Read) && may(p, then, Action::Read)
}

/// Whether a reschedule the user requests is approved at once: made by whoever would
/// decide it (the project's leader, an admin), it needs no second step.
pub fn approve_now(p: &Principal, rel: Relation) -> bool {
    may(p, rel, Action::ApproveReschedule)
}

/// Who may withdraw a pending reschedule request: the one who made it, and nobody for
/// them (an admin or the leader decides it instead).
pub fn may_withdraw(p: &Principal, requested_by: &str) -> bool {
    p.username == requested_by
}

/// How a user's person stands to the unit that must act on a problem.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActingUnit {
    /// Heads the acting unit.
    pub heads: bool,
    /// Works in the acting unit.
    pub member: bool,
}

/// Who may resolve a problem (ask for 销号 with the resolution): the unit that must act,
/// through its head or a responsible person working in it, and an admin. The problem stays
/// open until the supervision office confirms ([`may_confirm_problem`]): a unit cannot make
/// its own problem disappear.
pub fn may_resolve_problem(p: &Principal, unit: ActingUnit) -> bool {
    p.has(Role::Admin)
        || (p.has(Role::UnitHead) && unit.heads)
        || (p.has(Role::Responsible) && unit.member)
}

/// Who confirms a problem's resolution (closing it) or sends it back: the supervision
/// office and admins.
pub fn may_confirm_problem(p: &Principal) -> bool {
    p.reads_everything()
}

/// Who may change or withdraw an entry someone filed (a progress update, or delete a
/// monthly investment report): its author, or an admin. Another reporter on the same
/// project reports anew (or corrects, with a reason) instead. An entry without an author
/// on record is an admin's to change.
pub fn may_change_entry(p: &Principal, author: Option<&str>) -> bool {
    p.has(Role::Admin) || author.is_some_and(|a| p.username == a)
}

/// What an appeal by this party asks to be: `leader` as the project's leader, `unit` as
/// its responsible unit; `None` for any other party (refused by the field rules).
pub fn appeal_action(party: &str) -> Option<Action> {
    match party {
        "leader" => Some(Action::AppealAsLeader),
        "unit" => Some(Action::AppealAsUnit),
        _ => None,
    }
}

/// How far back anyone but an admin may date a completion: a week, for the paperwork to
/// arrive. Older completions are entered by an admin, so that a deduction cannot quietly be
/// dated away.
pub const BACKDATE_DAYS: i64 = 7;

/// The earliest completion date this user may record today (`None`: any).
pub fn earliest_completion(p: &Principal, today: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
    (!p.has(Role::Admin)).then(|| today - chrono::Duration::days(BACKDATE_DAYS))
}

/// The words of [`earliest_completion`]'s refusal, the same at every door;
/// [`crate::validate::in_chinese`] gives them in Chinese.
pub fn completion_refusal(earliest: chrono::NaiveDate) -> String {
    format!("{COMPLETION_REFUSAL_BEFORE}{earliest}{COMPLETION_REFUSAL_AFTER}")
}
pub(crate) const COMPLETION_REFUSAL_BEFORE: &str = "must not be before ";
pub(crate) const COMPLETION_REFUSAL_AFTER: &str = "; an admin records older completions";

/// Who may call a route at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gate {
    /// No login needed (login itself, health checks, signed links that carry their own proof).
    Public,
    /// Any logged-in user; the handler narrows by project where the route is about one.
    Authenticated,
    /// Only users holding one of these roles; the handler may narrow further by project.
    Roles(&'static [Role]),
}

/// Whether the gate lets this user (or nobody, for `None`) through.
pub fn passes(gate: Gate, who: Option<&Principal>) -> bool {
    match (gate, who) {
        (Gate::Public, _) => true,
        (_, None) => false,
        (Gate::Authenticated, Some(_)) => true,
        (Gate::Roles(roles), Some(p)) => p.has_any(roles),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(roles: &[Role]) -> Principal {
        Principal {
            user_id: 1,
            username: "u".into(),
            display_name: "u".into(),
            person_id: Some(1),
            roles: roles.to_vec(),
            lang: "zh-CN".into(),
        }
    }

    const NONE: Relation = Relation {
        leader: false,
        unit_head: false,
        responsible: false,
    };

    #[test]
    fn may_on_some_is_may_for_some_relation() {
        let actions = [
            Action::Read,
            Action::Comment,
            Action::Report,
            Action::RaiseProblem,
            Action::ApproveReschedule,
            Action::AppealAsLeader,
            Action::AppealAsUnit,
            Action::Manage,
        ];
        let relations: Vec<Relation> = (0..8u8)
            .map(|b| Relation {
                leader: b & 1 != 0,
                unit_head: b & 2 != 0,
                responsible: b & 4 != 0,
            })
            .collect();
        for set in 0..(1u8 << Role::ALL.len()) {
            let roles: Vec<Role> = Role::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| set & (1 << i) != 0)
                .map(|(_, r)| *r)
                .collect();
            let p = user(&roles);
            for a in actions {
                let some = relations.iter().any(|r| may(&p, *r, a));
                assert_eq!(may_on_some(&p, a), some, "{roles:?} {a:?}");
            }
        }
        assert!(!may_on_some(&user(&[Role::Supervisor]), Action::Report));
        assert!(may_on_some(&user(&[Role::Responsible]), Action::Report));
    }

    #[test]
    fn relations_count_only_through_their_role() {
        let responsible_rel = Relation {
            responsible: true,
            ..NONE
        };
        assert!(may(
            &user(&[Role::Responsible]),
            responsible_rel,
            Action::Report
        ));
        // The same person without the role gains nothing from being named on the project.
        assert!(!may(&user(&[Role::Leader]), responsible_rel, Action::Read));
        assert!(!may(&user(&[Role::Responsible]), NONE, Action::Read));
        let leader_rel = Relation {
            leader: true,
            ..NONE
        };
        let leader = user(&[Role::Leader]);
        assert!(may(&leader, leader_rel, Action::Read));
        assert!(may(&leader, leader_rel, Action::ApproveReschedule));
        assert!(may(&leader, leader_rel, Action::Comment));
        assert!(!may(&leader, leader_rel, Action::Report));
        assert!(!may(&leader, leader_rel, Action::Manage));
    }

    #[test]
    fn the_acting_unit_resolves_a_problem_and_the_office_confirms_it() {
        let heads = ActingUnit {
            heads: true,
            member: false,
        };
        let member = ActingUnit {
            heads: false,
            member: true,
        };
        assert!(may_resolve_problem(&user(&[Role::UnitHead]), heads));
        assert!(may_resolve_problem(&user(&[Role::Responsible]), member));
        // Heading the unit counts only with the role; working in it, only as a reporter.
        assert!(!may_resolve_problem(&user(&[Role::Responsible]), heads));
        assert!(!may_resolve_problem(&user(&[Role::Leader]), member));
        // The office confirms; it does not resolve for the unit.
        let office = user(&[Role::Supervisor]);
        assert!(!may_resolve_problem(&office, ActingUnit::default()));
        assert!(may_confirm_problem(&office));
        assert!(!may_confirm_problem(&user(&[Role::UnitHead])));
        assert!(may_resolve_problem(
            &user(&[Role::Admin]),
            ActingUnit::default()
        ));
    }

    #[test]
    fn supervisors_read_and_comment_but_do_not_report_or_manage() {
        let s = user(&[Role::Supervisor]);
        assert!(may(&s, NONE, Action::Read));
        assert!(may(&s, NONE, Action::Comment));
        assert!(may(&s, NONE, Action::RaiseProblem));
        assert!(!may(&s, NONE, Action::Report));
        assert!(!may(&s, NONE, Action::ApproveReschedule));
        assert!(!may(&s, NONE, Action::Manage));
        assert!(may(&user(&[Role::Admin]), NONE, Action::Manage));
    }

    #[test]
    fn unit_heads_act_as_responsible_for_their_units_projects() {
        let head = user(&[Role::UnitHead]);
        let rel = Relation {
            unit_head: true,
            ..NONE
        };
        assert!(may(&head, rel, Action::Report));
        assert!(may(&head, rel, Action::AppealAsUnit));
        assert!(!may(&head, rel, Action::AppealAsLeader));
        assert!(!may(&head, NONE, Action::Read));
    }

    #[test]
    fn gates_let_through_only_their_roles() {
        let admin = Gate::Roles(&[Role::Admin]);
        assert!(passes(Gate::Public, None));
        assert!(!passes(Gate::Authenticated, None));
        assert!(passes(admin, Some(&user(&[Role::Admin]))));
        assert!(!passes(admin, Some(&user(&[Role::Supervisor]))));
    }

    #[test]
    fn roles_parse_and_name_the_choices() {
        assert_eq!("unit_head".parse::<Role>(), Ok(Role::UnitHead));
        assert!("boss".parse::<Role>().unwrap_err().contains("supervisor"));
    }
}
