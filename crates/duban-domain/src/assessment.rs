//! The year-end reward assessment (年底重奖): the scoring model (a TOML file, validated key
//! by key), each project's score with every component, deduction and bonus explained, the
//! aggregation to responsible units and leaders (weighted by annual plan and days held),
//! ranking with a stated tie-break, and reward tiers. Pure: the storage layer gathers facts,
//! waivers (accepted appeals) and ratings; this module decides.
//!
//! The year is judged as it stood on `judged_on` = the earlier of the assessment date and
//! 31 December: due dates in force then, completions and stages by then. Investment counts
//! the year's months closed by the assessment date, so December counts once January comes.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::calendar::WorkCalendar;
use super::report::{Holder, ProjectFacts, month_closed, month_end, stage_on};
use super::rules::{self, Rules, Status};
use super::stage::Stage;

/// The model shipped with duban, used when none is given.
pub const DEFAULT_MODEL: &str = include_str!("assessment_model.toml");

/// A second shipped model: the project clauses of a published 2020 scoring table, line by
/// line (the file names its source and what it leaves out).
pub const MODEL_2020: &str = include_str!("assessment_model_2020.toml");

/// The shipped models by the name `--model` and the API accept in place of a file.
pub const SHIPPED_MODELS: [(&str, &str); 2] = [("default", DEFAULT_MODEL), ("2020", MODEL_2020)];

/// One explanation in both languages of the interface: the Chinese is what officials sign
/// (and what the API has always given as `explanation`), the English its reading for an
/// English page. Both are written where the arithmetic is, from the same figures.
#[derive(Debug, Clone, Default, PartialEq)]
struct Said {
    zh: String,
    en: String,
}

impl Said {
    fn push(&mut self, zh: &str, en: &str) {
        self.zh.push_str(zh);
        self.en.push_str(en);
    }
}

/// `said!("…{x}…", "…{x}…")`: both texts from the same values in scope.
macro_rules! said {
    ($zh:literal, $en:literal $(,)?) => {
        Said {
            zh: format!($zh),
            en: format!($en),
        }
    };
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Model {
    pub name: String,
    /// The model's name on English pages (the Chinese name when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    pub components: Components,
    pub deductions: Deductions,
    #[serde(default)]
    pub bonuses: Bonuses,
    #[serde(default)]
    pub tiers: Vec<Tier>,
    #[serde(default = "default_tie_break")]
    pub tie_break: Vec<TieKey>,
    /// 一票否决: what a recorded incident does to a project's score (optional: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub veto: Option<Veto>,
    /// The light rules the model judges red-light months by (optional: the shipped
    /// `[rules]` defaults), kept with the model so that a run recomputes the same.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub lights: Rules,
}

/// 一票否决: incidents of these kinds in the year (all kinds when empty) zero the score,
/// cap it, or exclude the project from every reward tier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Veto {
    pub action: VetoAction,
    /// The most a vetoed project scores (`action = "cap"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<f64>,
    #[serde(default)]
    pub kinds: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum VetoAction {
    /// The score is 0.
    Zero,
    /// The score is at most `cap`.
    Cap,
    /// The score stands; the project takes no reward tier.
    Exclude,
}

/// Piecewise scoring of a component around a pivot (e.g. 25 points for 100 % of the annual
/// plan, −0.1 per point short, +0.2 per point from 100 % to 130 %, +0.1 above, at most ±10).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    /// The percent at which the component gives exactly its points (default 100).
    #[serde(default = "hundred")]
    pub pivot: f64,
    /// Points off per percentage point under the pivot.
    #[serde(default)]
    pub below: f64,
    /// Points per percentage point over the pivot, band by band upwards.
    #[serde(default)]
    pub above: Vec<Band>,
    /// At most this many points over the component's points…
    pub max_up: f64,
    /// …and this many under.
    pub max_down: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// The band ends at this percent (the last band may be open: no `up_to`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<f64>,
    pub per_point: f64,
}

fn hundred() -> f64 {
    100.0
}

impl Bands {
    /// The points for `percent`, with the arithmetic in words.
    fn score(&self, points: f64, percent: f64) -> (f64, Said) {
        let mut delta = 0.0;
        let mut steps: Vec<Said> = Vec::new();
        if percent < self.pivot {
            let short = percent - self.pivot;
            delta = short * self.below;
            let (pivot, pts, below, minus) = (self.pivot, -short, self.below, -delta.abs());
            steps.push(said!(
                "低于 {pivot}% {pts:.1} 个百分点 × {below} = {minus:.2}",
                "{pts:.1} points below {pivot}% × {below} = {minus:.2}",
            ));
        } else {
            let mut from = self.pivot;
            for b in &self.above {
                let to = b.up_to.unwrap_or(f64::INFINITY);
                if percent <= from {
                    break;
                }
                let over = percent.min(to) - from;
                if over > 0.0 {
                    delta += over * b.per_point;
                    let (per, got) = (b.per_point, over * b.per_point);
                    steps.push(match b.up_to {
                        Some(t) => said!(
                            "{from}%–{t}% 超出 {over:.1} 个百分点 × {per} = {got:.2}",
                            "{from}%–{t}%: {over:.1} points over × {per} = {got:.2}",
                        ),
                        None => said!(
                            "{from}%–以上 超出 {over:.1} 个百分点 × {per} = {got:.2}",
                            "above {from}%: {over:.1} points over × {per} = {got:.2}",
                        ),
                    });
                }
                from = to;
            }
        }
        let capped = delta.clamp(-self.max_down, self.max_up);
        let mut text = said!(
            "完成 {percent:.1}%，基础 {points}",
            "{percent:.1}% done, base {points}"
        );
        for st in &steps {
            text.push("，", ", ");
            text.push(&st.zh, &st.en);
        }
        if (capped - delta).abs() > 1e-9 {
            let (up, down) = (self.max_up, self.max_down);
            let cap = said!("，最多加 {up} 减 {down}", ", at most +{up} / −{down}");
            text.push(&cap.zh, &cap.en);
        }
        let score = (points + capped).max(0.0);
        let got = r2(score);
        let end = said!("，得 {got:.2}", ", scores {got:.2}");
        text.push(&end.zh, &end.en);
        (score, text)
    }

    fn validate(&self, key: &str) -> Result<(), String> {
        let ok = |v: f64| v.is_finite() && v >= 0.0;
        if !ok(self.pivot) || self.pivot == 0.0 {
            return Err(format!("{key}.pivot: must be above 0"));
        }
        if !ok(self.below) {
            return Err(format!("{key}.below: must be a number of at least 0"));
        }
        if !ok(self.max_up) || !ok(self.max_down) {
            return Err(format!(
                "{key}.max_up, max_down: must be numbers of at least 0"
            ));
        }
        let mut from = self.pivot;
        for (i, b) in self.above.iter().enumerate() {
            if !ok(b.per_point) {
                return Err(format!(
                    "{key}.above[{i}].per_point: must be a number of at least 0"
                ));
            }
            match b.up_to {
                Some(to) if to <= from || !to.is_finite() => {
                    return Err(format!("{key}.above[{i}].up_to: must be above {from}"));
                }
                Some(to) => from = to,
                None if i + 1 != self.above.len() => {
                    return Err(format!(
                        "{key}.above[{i}].up_to: only the last band may be open"
                    ));
                }
                None => {}
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Components {
    pub milestones: Component,
    pub investment: InvestmentComponent,
    pub stage: Component,
    pub service: Component,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Component {
    pub points: f64,
    /// Share of the points (0–1) when there is nothing to judge.
    pub when_missing: f64,
    /// Scored piecewise around a pivot instead of pro rata (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bands: Option<Bands>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InvestmentComponent {
    pub points: f64,
    /// Completion (percent of plan) that earns the full points.
    pub cap_percent: f64,
    pub when_missing: f64,
    /// Scored piecewise around a pivot instead of pro rata to `cap_percent` (optional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bands: Option<Bands>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Deductions {
    pub per_overdue_working_day: f64,
    pub per_reschedule: f64,
    /// The most one milestone's overdue days can cost (optional: no cap).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_milestone: Option<f64>,
    #[serde(default)]
    pub floor: f64,
    /// Each month of the year that ended with the project's light red (optional).
    #[serde(default)]
    pub per_red_month: f64,
    /// Each monthly investment report missing (未报) at the judging day (optional).
    #[serde(default)]
    pub per_missing_report: f64,
    /// A project not started by the end of its planned start month, planned in the year
    /// (optional).
    #[serde(default)]
    pub per_late_start: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Bonuses {
    #[serde(default)]
    pub per_working_day_early: f64,
    #[serde(default)]
    pub max: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    pub name: String,
    /// The tier's name on English pages (the Chinese name when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_percent: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub below: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum TieKey {
    Milestones,
    Investment,
    Stage,
    Service,
    Deductions,
    Code,
}

fn default_tie_break() -> Vec<TieKey> {
    vec![
        TieKey::Milestones,
        TieKey::Investment,
        TieKey::Deductions,
        TieKey::Code,
    ]
}

impl Model {
    /// Parses and validates a model; the error names the key (`components.stage.points: …`).
    pub fn parse(text: &str) -> Result<Self, String> {
        let de = toml::Deserializer::new(text);
        let model: Model = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            // toml's own message carries the line; the path says which key.
            let msg = inner.message().trim().to_string();
            if path == "." || path.is_empty() {
                msg
            } else {
                format!("{path}: {msg}")
            }
        })?;
        model.validate()?;
        Ok(model)
    }

    /// The shipped model (a unit test keeps it valid).
    pub fn default_model() -> Result<Self, String> {
        Self::parse(DEFAULT_MODEL).map_err(|e| format!("the shipped model: {e}"))
    }

    /// Checks every value; the error names the key.
    pub fn validate(&self) -> Result<(), String> {
        let finite_non_negative = |key: &str, v: f64| {
            if v.is_finite() && v >= 0.0 {
                Ok(())
            } else {
                Err(format!("{key}: must be a number of at least 0"))
            }
        };
        let share = |key: &str, v: f64| {
            if (0.0..=1.0).contains(&v) {
                Ok(())
            } else {
                Err(format!("{key}: must be between 0 and 1"))
            }
        };
        if self.name.trim().is_empty() {
            return Err("name: must not be empty".into());
        }
        let c = &self.components;
        for (key, points, missing) in [
            ("milestones", c.milestones.points, c.milestones.when_missing),
            ("investment", c.investment.points, c.investment.when_missing),
            ("stage", c.stage.points, c.stage.when_missing),
            ("service", c.service.points, c.service.when_missing),
        ] {
            finite_non_negative(&format!("components.{key}.points"), points)?;
            share(&format!("components.{key}.when_missing"), missing)?;
        }
        if !(c.investment.cap_percent > 0.0 && c.investment.cap_percent <= 100.0) {
            return Err(
                "components.investment.cap_percent: must be above 0 and at most 100".into(),
            );
        }
        if self.component_points() <= 0.0 {
            return Err("components: the points must add up to more than 0".into());
        }
        finite_non_negative(
            "deductions.per_overdue_working_day",
            self.deductions.per_overdue_working_day,
        )?;
        finite_non_negative("deductions.per_reschedule", self.deductions.per_reschedule)?;
        if let Some(m) = self.deductions.max_per_milestone {
            finite_non_negative("deductions.max_per_milestone", m)?;
        }
        finite_non_negative("deductions.floor", self.deductions.floor)?;
        finite_non_negative("deductions.per_red_month", self.deductions.per_red_month)?;
        finite_non_negative(
            "deductions.per_missing_report",
            self.deductions.per_missing_report,
        )?;
        finite_non_negative("deductions.per_late_start", self.deductions.per_late_start)?;
        for (key, bands) in [
            ("milestones", &c.milestones.bands),
            ("investment", &c.investment.bands),
            ("stage", &c.stage.bands),
            ("service", &c.service.bands),
        ] {
            if let Some(b) = bands {
                b.validate(&format!("components.{key}.bands"))?;
            }
        }
        if let Some(v) = &self.veto {
            match (v.action, v.cap) {
                (VetoAction::Cap, None) => {
                    return Err("veto.cap: needed when veto.action is \"cap\"".into());
                }
                (VetoAction::Cap, Some(cap)) => finite_non_negative("veto.cap", cap)?,
                (_, Some(_)) => return Err("veto.cap: only when veto.action is \"cap\"".into()),
                _ => {}
            }
        }
        self.lights
            .validate()
            .map_err(|e| e.replacen("rules.", "lights.", 1))?;
        if self.deductions.floor >= self.component_points() {
            return Err("deductions.floor: must be below the full score".into());
        }
        finite_non_negative(
            "bonuses.per_working_day_early",
            self.bonuses.per_working_day_early,
        )?;
        finite_non_negative("bonuses.max", self.bonuses.max)?;
        let mut names = BTreeSet::new();
        for (i, t) in self.tiers.iter().enumerate() {
            let key = format!("tiers[{i}]");
            if t.name.trim().is_empty() {
                return Err(format!("{key}.name: must not be empty"));
            }
            if !names.insert(t.name.trim()) {
                return Err(format!("{key}.name: {} appears twice", t.name));
            }
            let rules = [t.top.is_some(), t.top_percent.is_some(), t.below.is_some()];
            if rules.iter().filter(|r| **r).count() != 1 {
                return Err(format!(
                    "{key}: needs exactly one of top, top_percent, below"
                ));
            }
            if let Some(p) = t.top_percent
                && !(p > 0.0 && p <= 100.0)
            {
                return Err(format!(
                    "{key}.top_percent: must be above 0 and at most 100"
                ));
            }
            if t.top == Some(0) {
                return Err(format!("{key}.top: must be at least 1"));
            }
            if let Some(b) = t.below {
                finite_non_negative(&format!("{key}.below"), b)?;
            }
            if let Some(m) = t.min_score {
                finite_non_negative(&format!("{key}.min_score"), m)?;
                if t.below.is_some() {
                    return Err(format!("{key}.min_score: only for top and top_percent"));
                }
            }
        }
        for (i, k) in self.tie_break.iter().enumerate() {
            if self.tie_break.iter().take(i).any(|earlier| earlier == k) {
                return Err(format!("tie_break: {k:?} appears twice").to_lowercase());
            }
        }
        Ok(())
    }

    fn component_points(&self) -> f64 {
        let c = &self.components;
        c.milestones.points + c.investment.points + c.stage.points + c.service.points
    }

    /// The highest score a project can reach: all components (with what their bands may
    /// add) plus the largest bonus.
    pub fn max_score(&self) -> f64 {
        let c = &self.components;
        let up: f64 = [
            &c.milestones.bands,
            &c.investment.bands,
            &c.stage.bands,
            &c.service.bands,
        ]
        .into_iter()
        .flatten()
        .map(|b| b.max_up)
        .sum();
        self.component_points() + up + self.bonuses.max
    }

    /// The tie-break as officials read it.
    pub fn tie_break_text(&self) -> String {
        let parts: Vec<&str> = self
            .tie_keys()
            .iter()
            .map(|k| match k {
                TieKey::Milestones => "节点得分高者在前",
                TieKey::Investment => "投资得分高者在前",
                TieKey::Stage => "形象进度得分高者在前",
                TieKey::Service => "服务评议得分高者在前",
                TieKey::Deductions => "扣分少者在前",
                TieKey::Code => "项目编号小者在前",
            })
            .collect();
        format!("总分相同时依次比较：{}", parts.join("，"))
    }

    /// The tie-break as applied: the model's keys, ending with the project code.
    fn tie_keys(&self) -> Vec<TieKey> {
        let mut keys = self.tie_break.clone();
        if !keys.contains(&TieKey::Code) {
            keys.push(TieKey::Code);
        }
        keys
    }

    /// [`Model::tie_break_text`] for an English page.
    pub fn tie_break_text_en(&self) -> String {
        let parts: Vec<&str> = self
            .tie_keys()
            .iter()
            .map(|k| match k {
                TieKey::Milestones => "higher milestone score",
                TieKey::Investment => "higher investment score",
                TieKey::Stage => "higher stage score",
                TieKey::Service => "higher service rating score",
                TieKey::Deductions => "fewer points deducted",
                TieKey::Code => "lower project code",
            })
            .collect();
        format!("on equal scores, in turn: {}", parts.join(", "))
    }
}

/// Who held a project over a span (start inclusive, end exclusive), as stored.
#[derive(Debug, Clone)]
pub struct Holding {
    pub start_on: NaiveDate,
    pub end_on: Option<NaiveDate>,
    pub leader: Holder,
    pub unit: Holder,
}

/// One project's facts for the assessment: its history as for the report, plus who held it.
#[derive(Debug, Clone)]
pub struct ProjectInput {
    pub facts: ProjectFacts,
    pub holdings: Vec<Holding>,
}

/// Everything the assessment needs besides the projects.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// Service-quality rating (0–100) per unit id for the year.
    pub ratings: BTreeMap<i64, f64>,
    /// Waived deductions `(project code, deduction key)`, from accepted appeals.
    pub waived: BTreeSet<(String, String)>,
    /// Incidents recorded per project code (一票否决), in the order recorded.
    pub vetoes: BTreeMap<String, Vec<VetoFact>>,
    /// Count investment as of this day instead of the assessment date (a provisional run
    /// counts the projected months to December).
    pub investment_as_of: Option<NaiveDate>,
}

/// The kinds of incident the supervision office records (一票否决 事项), with their names.
pub const VETO_KINDS: [(&str, &str); 4] = [
    ("safety", "重大安全事故"),
    ("quality", "重大质量事故"),
    ("environment", "重大环境污染事件"),
    ("discipline", "严重违纪违规"),
];

/// The English name of an incident kind (the key itself when unknown).
pub fn veto_kind_en(kind: &str) -> &str {
    match kind {
        "safety" => "major safety accident",
        "quality" => "major quality accident",
        "environment" => "major environmental pollution incident",
        "discipline" => "serious breach of discipline",
        other => other,
    }
}

/// The Chinese name of an incident kind (the key itself when unknown).
pub fn veto_kind_zh(kind: &str) -> &str {
    VETO_KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, zh)| *zh)
        .unwrap_or(kind)
}

/// An incident recorded on a project.
#[derive(Debug, Clone, PartialEq)]
pub struct VetoFact {
    pub id: i64,
    pub occurred_on: NaiveDate,
    pub kind: String,
    pub evidence: String,
}

/// The veto applied to a project's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct VetoApplied {
    /// The deduction key it is appealed under: `veto:{incident id}`.
    pub key: String,
    pub occurred_on: NaiveDate,
    pub kind: String,
    pub evidence: String,
    pub action: VetoAction,
    /// The score before the veto.
    pub score_before: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ComponentScore {
    /// `milestones`, `investment`, `stage` or `service`.
    pub key: String,
    pub label: String,
    /// The most this component gives.
    pub points: f64,
    pub score: f64,
    /// The figures the score was computed from.
    #[schema(value_type = Object)]
    pub inputs: serde_json::Value,
    /// The arithmetic, in words: `按期完成 3 ÷ 应完成 4 × 40 = 30.00`.
    pub explanation: String,
    /// The same in English.
    #[serde(default)]
    pub explanation_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Deduction {
    /// Stable within a year: `overdue:{milestone id}`, `reschedule:{milestone id}:{n}`,
    /// `red_month:{YYYY-MM}`, `missing_report:{YYYY-MM}`, `late_start` or
    /// `veto:{incident id}`.
    pub key: String,
    /// `overdue`, `reschedule`, `red_month`, `missing_report`, `late_start` or `veto`.
    pub kind: String,
    /// The milestone (0 for a deduction about the whole project).
    pub milestone_id: i64,
    /// The milestone's title, or what a project-wide deduction is about.
    pub milestone: String,
    /// The due date the milestone was judged against (after any reschedule), or, for a
    /// reschedule, the due date before it; for a red month its last day, for a missing
    /// report its reporting day, for a late start the planned start, for a veto the day of
    /// the incident.
    pub due: NaiveDate,
    /// When done (overdue deductions of milestones done late).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_days: Option<i64>,
    /// Of `working_days`, those accrued before a move made after the due date had passed
    /// (逾期后调整): a reschedule does not erase them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accrued_working_days: Option<i64>,
    /// Reschedules: the day it was requested and the new due date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_on: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_due: Option<NaiveDate>,
    pub points: f64,
    /// Waived on appeal: listed, not subtracted.
    pub waived: bool,
    pub explanation: String,
    /// The same in English.
    #[serde(default)]
    pub explanation_en: String,
    /// `milestone` in English where it is not a title (a project-wide deduction's subject).
    #[serde(default)]
    pub milestone_en: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Bonus {
    pub milestone_id: i64,
    pub milestone: String,
    pub due: NaiveDate,
    pub completed_on: NaiveDate,
    pub working_days_early: i64,
    pub points: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ProjectScore {
    pub rank: usize,
    pub code: String,
    pub name: String,
    /// Holders on the judging date.
    pub leader: Option<Holder>,
    pub unit: Option<Holder>,
    pub person: Option<Holder>,
    pub annual_plan: Option<i64>,
    pub components: Vec<ComponentScore>,
    pub deductions: Vec<Deduction>,
    pub bonuses: Vec<Bonus>,
    pub components_total: f64,
    /// Deducted, not counting waived deductions.
    pub deductions_total: f64,
    /// Capped at the model's `bonuses.max`.
    pub bonus_total: f64,
    pub score: f64,
    /// `components − deductions + bonus`, then kept within the floor and the maximum.
    pub explanation: String,
    #[serde(default)]
    pub explanation_en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    /// 一票否决, when an incident of the year applies (and was not waived on appeal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub veto: Option<VetoApplied>,
}

/// A project's share in a unit's or leader's score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Share {
    pub code: String,
    pub name: String,
    pub score: f64,
    pub annual_plan: Option<i64>,
    /// Days in the judged period this holder held the project.
    pub days_held: i64,
    /// Weight = plan (at least 1 万元) × days held ÷ days in the period, in yuan.
    pub weight: f64,
    /// Share of the holder's total weight, percent.
    pub share_percent: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct GroupScore {
    pub rank: usize,
    pub id: i64,
    pub name: String,
    pub score: f64,
    pub projects: Vec<Share>,
    pub explanation: String,
    #[serde(default)]
    pub explanation_en: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct TierResult {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_en: Option<String>,
    /// The rule, as read: `前 3 名（不低于 80 分）`.
    pub rule: String,
    #[serde(default)]
    pub rule_en: String,
    pub projects: Vec<String>,
    pub units: Vec<String>,
    pub leaders: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Assessment {
    pub year: i32,
    pub as_of: NaiveDate,
    /// The day the year is judged at: the earlier of `as_of` and 31 December.
    pub judged_on: NaiveDate,
    pub model_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_name_en: Option<String>,
    pub max_score: f64,
    pub tie_break: String,
    #[serde(default)]
    pub tie_break_en: String,
    pub projects: Vec<ProjectScore>,
    pub units: Vec<GroupScore>,
    pub leaders: Vec<GroupScore>,
    pub tiers: Vec<TierResult>,
    /// "If the year ended at today's pace": investment carried to 31 December at the pace
    /// of the months closed ([`provisional`]). Never saved, never published.
    #[serde(default)]
    pub provisional: bool,
}

/// Two decimals, half away from zero: every figure an official reads, and the figures the
/// totals are added from, so that the breakdown adds up on paper.
fn r2(x: f64) -> f64 {
    // `+ 0.0` turns the -0.0 of an empty sum into 0.0.
    (x * 100.0).round() / 100.0 + 0.0
}

fn cents(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

/// Stage ordinal for "reached against plan"; suspended and unsigned reach nothing.
fn stage_level(s: Option<Stage>) -> u8 {
    match s {
        Some(Stage::Signed) => 1,
        Some(Stage::Started) => 2,
        Some(Stage::UnderConstruction) => 3,
        Some(Stage::Completed) => 4,
        Some(Stage::InProduction) => 5,
        Some(Stage::Suspended) | None => 0,
    }
}

/// The stage a project should have reached by `on`: completed once its planned finish has
/// passed, started once its planned start has, else signed.
pub fn planned_stage(planned_start: NaiveDate, planned_finish: NaiveDate, on: NaiveDate) -> Stage {
    if planned_finish <= on {
        Stage::Completed
    } else if planned_start <= on {
        Stage::Started
    } else {
        Stage::Signed
    }
}

/// Scores one project, component by component, each with its explanation. `rating` is its
/// unit's rating for the year, if any.
pub fn score_project(
    model: &Model,
    year: i32,
    as_of: NaiveDate,
    p: &ProjectFacts,
    inputs: &Inputs,
    cal: &WorkCalendar,
) -> ProjectScore {
    let judged = judged_on(year, as_of);
    let rating = p
        .unit
        .as_ref()
        .and_then(|u| inputs.ratings.get(&u.id).copied());
    let waived = &inputs.waived;
    let vetoes = inputs
        .vetoes
        .get(&p.code)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let milestones = milestones_on_time(model, year, judged, p, waived, cal);
    let components = vec![
        milestones.component,
        investment(model, year, inputs.investment_as_of.unwrap_or(as_of), p),
        stage(model, judged, p),
        service(model, rating),
    ];
    let mut deductions = milestones.deductions;
    deductions.extend(reschedules(model, year, judged, p, waived));
    deductions.extend(project_deductions(model, year, judged, p, waived, cal));
    let mut score = total(model, p, components, deductions, milestones.bonuses);
    apply_veto(model, year, judged, &mut score, vetoes, waived);
    score
}

/// What a deduction about the whole project (not one milestone) says.
struct ProjectWide {
    key: String,
    kind: &'static str,
    about: Said,
    on: NaiveDate,
    points: f64,
    explanation: Said,
}

/// A deduction about the whole project (not one milestone), waived when an appeal was
/// accepted.
fn project_deduction(
    p: &ProjectFacts,
    waived: &BTreeSet<(String, String)>,
    d: ProjectWide,
) -> Deduction {
    Deduction {
        waived: waived.contains(&(p.code.clone(), d.key.clone())),
        ..listed(d)
    }
}

/// The deduction `d` describes (not waived).
fn listed(d: ProjectWide) -> Deduction {
    let ProjectWide {
        key,
        kind,
        about,
        on,
        points,
        explanation,
    } = d;
    Deduction {
        waived: false,
        key,
        kind: kind.into(),
        milestone_id: 0,
        milestone: about.zh,
        milestone_en: about.en,
        due: on,
        completed_on: None,
        working_days: None,
        accrued_working_days: None,
        requested_on: None,
        new_due: None,
        points: r2(points),
        explanation: explanation.zh,
        explanation_en: explanation.en,
    }
}

/// Deductions per month that ended red, per missing monthly report and for a start later
/// than planned, as the model prices them (nothing when a price is 0).
fn project_deductions(
    model: &Model,
    year: i32,
    judged: NaiveDate,
    p: &ProjectFacts,
    waived: &BTreeSet<(String, String)>,
    cal: &WorkCalendar,
) -> Vec<Deduction> {
    let d = &model.deductions;
    let mut out = Vec::new();
    if d.per_red_month > 0.0 {
        for m in 1..=12 {
            let end = month_end(year, m);
            if end > judged {
                break;
            }
            let reasons = super::report::reasons(p, end, cal, &model.lights);
            if rules::light_of(&reasons) == rules::Light::Red {
                let red = || reasons.iter().filter(|r| r.light == rules::Light::Red);
                let why = red()
                    .map(|r| r.describe(crate::lang::Lang::ZhCn))
                    .collect::<Vec<_>>()
                    .join("；");
                let why_en = red()
                    .map(|r| r.describe(crate::lang::Lang::En))
                    .collect::<Vec<_>>()
                    .join("; ");
                let pts = r2(d.per_red_month);
                out.push(project_deduction(
                    p,
                    waived,
                    ProjectWide {
                        key: format!("red_month:{year}-{m:02}"),
                        kind: "red_month",
                        about: said!("{year}年{m}月 红灯", "red at the end of {year}-{m:02}"),
                        on: end,
                        points: d.per_red_month,
                        explanation: said!(
                            "{year}年{m}月末亮红灯（{why}），扣 {pts:.2}",
                            "red at the end of {year}-{m:02} ({why_en}): −{pts:.2}",
                        ),
                    },
                ));
            }
        }
    }
    if d.per_missing_report > 0.0 {
        for (y, m, due) in super::report::missing_reports(p, judged, cal, &model.lights) {
            let pts = r2(d.per_missing_report);
            out.push(project_deduction(
                p,
                waived,
                ProjectWide {
                    key: format!("missing_report:{y}-{m:02}"),
                    kind: "missing_report",
                    about: said!("{y}年{m}月 投资未报", "{y}-{m:02} investment not reported"),
                    on: due,
                    points: d.per_missing_report,
                    explanation: said!(
                        "{y}年{m}月投资完成情况应于 {due} 前报送，截至 {judged} 未报，扣 {pts:.2}",
                        "the {y}-{m:02} investment report was due by {due} and was not filed by {judged}: −{pts:.2}",
                    ),
                },
            ));
        }
    }
    if d.per_late_start > 0.0 && p.planned_start.year() == year && p.planned_start <= judged {
        let deadline = month_end(year, p.planned_start.month()).min(judged);
        let started_by = stage_on(&p.stages, deadline).is_some_and(Stage::has_started);
        if !started_by {
            let started_on = p
                .stages
                .iter()
                .filter(|(on, s)| s.has_started() && *on <= judged)
                .map(|(on, _)| *on)
                .min();
            let when = match started_on {
                Some(on) => said!("{on} 才开工", "started only on {on}"),
                None => said!("截至 {judged} 未开工", "not started by {judged}"),
            };
            let (wzh, wen) = (&when.zh, &when.en);
            let planned_zh = p.planned_start.format("%Y年%-m月");
            let planned_en = p.planned_start.format("%Y-%m");
            let pts = r2(d.per_late_start);
            out.push(project_deduction(
                p,
                waived,
                ProjectWide {
                    key: "late_start".into(),
                    kind: "late_start",
                    about: said!("未按期开工", "late start"),
                    on: p.planned_start,
                    points: d.per_late_start,
                    explanation: said!(
                        "计划 {planned_zh} 开工，{wzh}，扣 {pts:.2}",
                        "planned to start in {planned_en}, {wen}: −{pts:.2}",
                    ),
                },
            ));
        }
    }
    out
}

/// 一票否决: the first incident of the year (by the judging day) of a kind the model
/// names, unless waived on appeal, zeroes, caps or excludes the project's score. It is also
/// listed as a deduction (`veto:{id}`, its points what it took), so that it is appealed
/// like one.
fn apply_veto(
    model: &Model,
    year: i32,
    judged: NaiveDate,
    score: &mut ProjectScore,
    vetoes: &[VetoFact],
    waived: &BTreeSet<(String, String)>,
) {
    let Some(v) = &model.veto else {
        return;
    };
    let Some(ev) = vetoes
        .iter()
        .filter(|e| e.occurred_on.year() == year && e.occurred_on <= judged)
        .filter(|e| v.kinds.is_empty() || v.kinds.contains(&e.kind))
        .min_by_key(|e| (e.occurred_on, e.id))
    else {
        return;
    };
    let key = format!("veto:{}", ev.id);
    let is_waived = waived.contains(&(score.code.clone(), key.clone()));
    let before = score.score;
    let after = match v.action {
        VetoAction::Zero => 0.0,
        VetoAction::Cap => before.min(v.cap.unwrap_or(before)),
        VetoAction::Exclude => before,
    };
    let cap = v.cap.unwrap_or(before);
    let what = match v.action {
        VetoAction::Zero => said!("得分计为 0", "the score counts as 0"),
        VetoAction::Cap => said!("得分最高 {cap:.2}", "the score is at most {cap:.2}"),
        VetoAction::Exclude => said!("不参加评奖", "excluded from every reward"),
    };
    let (wzh, wen) = (&what.zh, &what.en);
    let (on, kzh, ken, evidence) = (
        ev.occurred_on,
        veto_kind_zh(&ev.kind),
        veto_kind_en(&ev.kind),
        &ev.evidence,
    );
    score.deductions.push(Deduction {
        waived: is_waived,
        ..listed(ProjectWide {
            key: key.clone(),
            kind: "veto",
            about: said!("一票否决：{kzh}", "veto: {ken}"),
            on: ev.occurred_on,
            points: before - after,
            explanation: said!(
                "{on} 发生{kzh}（{evidence}），一票否决，{wzh}",
                "{ken} on {on} ({evidence}): vetoed, {wen}",
            ),
        })
    });
    if is_waived {
        return;
    }
    score.score = r2(after);
    score.deductions_total = r2(score.deductions_total + before - after);
    score.explanation.push_str(&format!("；一票否决，{wzh}"));
    score.explanation_en.push_str(&format!("; vetoed, {wen}"));
    score.veto = Some(VetoApplied {
        key,
        occurred_on: ev.occurred_on,
        kind: ev.kind.clone(),
        evidence: ev.evidence.clone(),
        action: v.action,
        score_before: before,
    });
}

/// What the milestones of the year earn: their component, a deduction per overdue one and
/// a bonus per early one.
struct MilestonesScored {
    component: ComponentScore,
    deductions: Vec<Deduction>,
    bonuses: Vec<Bonus>,
}

/// 节点按期完成: the milestones due in the year (as their due dates stood on the judging
/// day) that were due by then or already done, on time ÷ all of them; a deduction for each
/// working day late, a bonus for each working day early.
fn milestones_on_time(
    model: &Model,
    year: i32,
    judged: NaiveDate,
    p: &ProjectFacts,
    waived: &BTreeSet<(String, String)>,
    cal: &WorkCalendar,
) -> MilestonesScored {
    let c = &model.components;
    // Only done-on-time, done-late and overdue matter here, and those do not depend on the
    // reminder settings (which only split open milestones into due-soon and on schedule).
    let rules = Rules::default();
    let mut deductions = Vec::new();
    let mut bonuses = Vec::new();
    let (mut scoped, mut on_time) = (0usize, 0usize);
    for m in &p.milestones {
        let due = m.due_on(judged);
        let done = m.completed_on.filter(|d| *d <= judged);
        // Days overdue before a move made after the due date had passed (逾期后调整), for
        // due dates of this year: they stay deducted, and the milestone stays due and late.
        let moved: Vec<_> = m
            .moved_while_overdue(cal, judged)
            .into_iter()
            .filter(|x| x.due.year() == year)
            .collect();
        let accrued: i64 = moved.iter().map(|x| x.working_days_overdue).sum();
        let in_force_scope = due.year() == year && (due <= judged || done.is_some());
        if !in_force_scope && moved.is_empty() {
            continue;
        }
        scoped += 1;
        let status = if in_force_scope {
            rules::status(cal, &rules, due, done, judged)
        } else {
            // Not due in force yet (or due next year), but late already.
            Status::Overdue {
                working_days_overdue: 0,
            }
        };
        let status = match status {
            Status::DoneOnTime if accrued > 0 => Status::DoneLate {
                working_days_late: 0,
            },
            s => s,
        };
        match status {
            Status::DoneOnTime => {
                on_time += 1;
                if let Some(done) = done {
                    let early = cal.working_days_between(done, due);
                    if early > 0 && model.bonuses.per_working_day_early > 0.0 {
                        bonuses.push(Bonus {
                            milestone_id: m.id,
                            milestone: m.title.clone(),
                            due,
                            completed_on: done,
                            working_days_early: early,
                            points: r2(early as f64 * model.bonuses.per_working_day_early),
                        });
                    }
                }
            }
            Status::DoneLate {
                working_days_late: late,
            }
            | Status::Overdue {
                working_days_overdue: late,
            } if late + accrued > 0 && model.deductions.per_overdue_working_day > 0.0 => {
                let n = late + accrued;
                let key = format!("overdue:{}", m.id);
                let full = r2(n as f64 * model.deductions.per_overdue_working_day);
                let points = model
                    .deductions
                    .max_per_milestone
                    .map_or(full, |cap| full.min(r2(cap)));
                let capped = if points < full {
                    said!(
                        "，单个节点最多扣 {points:.2}",
                        ", at most {points:.2} a milestone"
                    )
                } else {
                    Said::default()
                };
                let (czh, cen) = (&capped.zh, &capped.en);
                let per_day = model.deductions.per_overdue_working_day;
                let mut before_move = Said::default();
                for x in &moved {
                    let (xdue, xon, xto, xn) =
                        (x.due, x.moved_on, x.new_due, x.working_days_overdue);
                    let one = said!(
                        "应于 {xdue} 完成，{xon} 调整至 {xto} 时已逾期 {xn} 个工作日（逾期后调整）；",
                        "due {xdue}, {xn} working days overdue when moved to {xto} on {xon} (moved while overdue); ",
                    );
                    before_move.push(&one.zh, &one.en);
                }
                let now = match (done, late) {
                    (Some(d), l) if l > 0 => said!(
                        "应于 {due} 完成，{d} 完成，又逾期 {l} 个工作日；",
                        "due {due}, done {d}, {l} more working days late; ",
                    ),
                    (None, l) if l > 0 => said!(
                        "应于 {due} 完成，截至 {judged} 未完成，又逾期 {l} 个工作日；",
                        "due {due}, not done by {judged}, {l} more working days late; ",
                    ),
                    _ => Said::default(),
                };
                let title = &m.title;
                let (bzh, ben, nzh, nen) = (&before_move.zh, &before_move.en, &now.zh, &now.en);
                let explanation = if moved.is_empty() {
                    match done {
                        Some(d) => said!(
                            "{title}：应于 {due} 完成，{d} 完成，逾期 {n} 个工作日 × {per_day} = {full:.2}{czh}",
                            "{title}: due {due}, done {d}, {n} working days late × {per_day} = {full:.2}{cen}",
                        ),
                        None => said!(
                            "{title}：应于 {due} 完成，截至 {judged} 未完成，逾期 {n} 个工作日 × {per_day} = {full:.2}{czh}",
                            "{title}: due {due}, not done by {judged}, {n} working days overdue × {per_day} = {full:.2}{cen}",
                        ),
                    }
                } else {
                    said!(
                        "{title}：{bzh}{nzh}共逾期 {n} 个工作日 × {per_day} = {full:.2}{czh}",
                        "{title}: {ben}{nen}{n} working days late in all × {per_day} = {full:.2}{cen}",
                    )
                };
                deductions.push(Deduction {
                    waived: waived.contains(&(p.code.clone(), key.clone())),
                    key,
                    kind: "overdue".into(),
                    milestone_id: m.id,
                    milestone: m.title.clone(),
                    due,
                    completed_on: done,
                    working_days: Some(n),
                    accrued_working_days: (accrued > 0).then_some(accrued),
                    requested_on: None,
                    new_due: None,
                    points,
                    explanation: explanation.zh,
                    explanation_en: explanation.en,
                    milestone_en: m.title.clone(),
                });
            }
            _ => {}
        }
    }
    let banded = (scoped > 0)
        .then_some(c.milestones.bands.as_ref())
        .flatten()
        .map(|b| b.score(c.milestones.points, on_time as f64 * 100.0 / scoped as f64));
    let ms_score = if let Some((s, _)) = &banded {
        *s
    } else if scoped == 0 {
        c.milestones.points * c.milestones.when_missing
    } else {
        c.milestones.points * on_time as f64 / scoped as f64
    };
    let (pts, missing, got) = (c.milestones.points, c.milestones.when_missing, r2(ms_score));
    let explained = if let Some((_, text)) = banded {
        let (tzh, ten) = (&text.zh, &text.en);
        said!(
            "按期完成 {on_time} ÷ 应完成 {scoped}，{tzh}",
            "{on_time} on time of {scoped} due, {ten}",
        )
    } else if scoped == 0 {
        said!(
            "年内无应完成节点，按 {pts} × {missing} = {got:.2}",
            "no milestone due in the year: {pts} × {missing} = {got:.2}",
        )
    } else {
        said!(
            "按期完成 {on_time} ÷ 应完成 {scoped} × {pts} = {got:.2}",
            "{on_time} on time ÷ {scoped} due × {pts} = {got:.2}",
        )
    };
    let component = ComponentScore {
        key: "milestones".into(),
        label: "节点按期完成".into(),
        points: c.milestones.points,
        score: r2(ms_score),
        inputs: serde_json::json!({"due": scoped, "on_time": on_time}),
        explanation: explained.zh,
        explanation_en: explained.en,
    };
    MilestonesScored {
        component,
        deductions,
        bonuses,
    }
}

/// 年度投资完成: the investment completed in the year's months closed by the assessment
/// date, against the annual plan.
fn investment(model: &Model, year: i32, as_of: NaiveDate, p: &ProjectFacts) -> ComponentScore {
    let c = &model.components;
    let completed: i64 = p
        .monthly
        .iter()
        .filter(|(y, m, _)| *y == year && month_closed(*y, *m, as_of))
        .map(|(_, _, a)| a)
        .sum();
    let inv = &c.investment;
    let (pts, cap, missing) = (inv.points, inv.cap_percent, inv.when_missing);
    let done_wan = super::money::grouped(&super::money::wan(completed));
    let (inv_score, inv_text) = match p.annual_plan.filter(|p| *p > 0) {
        Some(plan) if inv.bands.is_some() => {
            let pct = completed as f64 * 100.0 / plan as f64;
            let (s, text) = inv
                .bands
                .as_ref()
                .map(|b| b.score(inv.points, pct))
                .unwrap_or_default();
            let plan_wan = super::money::grouped(&super::money::wan(plan));
            let (tzh, ten) = (&text.zh, &text.en);
            (
                s,
                said!(
                    "完成 {done_wan} 万元 ÷ 计划 {plan_wan} 万元：{tzh}",
                    "{done_wan} ÷ planned {plan_wan} (10,000 yuan): {ten}",
                ),
            )
        }
        Some(plan) => {
            let pct = completed as f64 * 100.0 / plan as f64;
            let s = inv.points * pct.min(inv.cap_percent) / inv.cap_percent;
            let (plan_wan, got) = (super::money::grouped(&super::money::wan(plan)), r2(s));
            (
                s,
                said!(
                    "完成 {done_wan} 万元 ÷ 计划 {plan_wan} 万元 = {pct:.1}%（{cap}% 即满分）× {pts} = {got:.2}",
                    "{done_wan} ÷ planned {plan_wan} (10,000 yuan) = {pct:.1}% ({cap}% is full marks) × {pts} = {got:.2}",
                ),
            )
        }
        None => {
            let s = inv.points * inv.when_missing;
            let got = r2(s);
            (
                s,
                said!(
                    "无年度投资计划，按 {pts} × {missing} = {got:.2}",
                    "no annual plan: {pts} × {missing} = {got:.2}",
                ),
            )
        }
    };
    ComponentScore {
        key: "investment".into(),
        label: "年度投资完成".into(),
        points: inv.points,
        score: r2(inv_score),
        inputs: serde_json::json!({"annual_plan": p.annual_plan, "completed": completed}),
        explanation: inv_text.zh,
        explanation_en: inv_text.en,
    }
}

/// 形象进度: the stage reached against the stage planned by the judging day.
fn stage(model: &Model, judged: NaiveDate, p: &ProjectFacts) -> ComponentScore {
    let c = &model.components;
    let reached = stage_on(&p.stages, judged);
    let planned = planned_stage(p.planned_start, p.planned_finish, judged);
    let ratio = (stage_level(reached) as f64 / stage_level(Some(planned)) as f64).min(1.0);
    let (pzh, rzh) = (planned.zh(), reached.map(Stage::zh).unwrap_or("未签约"));
    let (pen, ren) = (
        planned.as_str().replace('_', " "),
        reached.map_or("not signed".to_string(), |r| r.as_str().replace('_', " ")),
    );
    if let Some(b) = &c.stage.bands {
        let (st_score, text) = b.score(c.stage.points, ratio * 100.0);
        let (tzh, ten) = (&text.zh, &text.en);
        let explained = said!(
            "应达到「{pzh}」，实际「{rzh}」，{tzh}",
            "should be \"{pen}\", is \"{ren}\", {ten}",
        );
        return ComponentScore {
            key: "stage".into(),
            label: "形象进度".into(),
            points: c.stage.points,
            score: r2(st_score),
            inputs: serde_json::json!({"reached": reached, "planned": planned}),
            explanation: explained.zh,
            explanation_en: explained.en,
        };
    }
    let st_score = c.stage.points * ratio;
    let (pts, got) = (c.stage.points, r2(st_score));
    let explained = said!(
        "应达到「{pzh}」，实际「{rzh}」，{pts} × {ratio:.2} = {got:.2}",
        "should be \"{pen}\", is \"{ren}\", {pts} × {ratio:.2} = {got:.2}",
    );
    ComponentScore {
        key: "stage".into(),
        label: "形象进度".into(),
        points: c.stage.points,
        score: r2(st_score),
        inputs: serde_json::json!({"reached": reached, "planned": planned}),
        explanation: explained.zh,
        explanation_en: explained.en,
    }
}

/// 服务质量评议: the responsible unit's rating for the year.
fn service(model: &Model, rating: Option<f64>) -> ComponentScore {
    let c = &model.components;
    let sv = &c.service;
    let (pts, missing) = (sv.points, sv.when_missing);
    let (sv_score, sv_text) = match rating {
        Some(r) if sv.bands.is_some() => {
            let (s, text) = sv
                .bands
                .as_ref()
                .map(|b| b.score(sv.points, r))
                .unwrap_or_default();
            let (tzh, ten) = (&text.zh, &text.en);
            (
                s,
                said!(
                    "责任单位评议 {r} 分，{tzh}",
                    "the unit was rated {r}, {ten}"
                ),
            )
        }
        Some(r) => {
            let s = sv.points * r / 100.0;
            let got = r2(s);
            (
                s,
                said!(
                    "责任单位评议 {r} 分 ÷ 100 × {pts} = {got:.2}",
                    "the unit was rated {r} ÷ 100 × {pts} = {got:.2}",
                ),
            )
        }
        None => {
            let s = sv.points * sv.when_missing;
            let got = r2(s);
            (
                s,
                said!(
                    "责任单位未评议，按 {pts} × {missing} = {got:.2}",
                    "the unit is not rated: {pts} × {missing} = {got:.2}",
                ),
            )
        }
    };
    ComponentScore {
        key: "service".into(),
        label: "服务质量评议".into(),
        points: sv.points,
        score: r2(sv_score),
        inputs: serde_json::json!({"rating": rating}),
        explanation: sv_text.zh,
        explanation_en: sv_text.en,
    }
}

/// A deduction for each reschedule requested in the year, by the judging day.
fn reschedules(
    model: &Model,
    year: i32,
    judged: NaiveDate,
    p: &ProjectFacts,
    waived: &BTreeSet<(String, String)>,
) -> Vec<Deduction> {
    let start = year_start(year);
    let mut deductions = Vec::new();
    if model.deductions.per_reschedule <= 0.0 {
        return deductions;
    }
    for m in &p.milestones {
        let mut before = m.baseline_due;
        for (n, (on, to)) in m.reschedules.iter().enumerate() {
            if *on >= start && *on <= judged {
                let key = format!("reschedule:{}:{}", m.id, n + 1);
                let points = r2(model.deductions.per_reschedule);
                deductions.push(Deduction {
                    waived: waived.contains(&(p.code.clone(), key.clone())),
                    key,
                    kind: "reschedule".into(),
                    milestone_id: m.id,
                    milestone: m.title.clone(),
                    due: before,
                    completed_on: None,
                    working_days: None,
                    accrued_working_days: None,
                    requested_on: Some(*on),
                    new_due: Some(*to),
                    points,
                    explanation: format!(
                        "{}：{on} 申请将节点由 {before} 调整至 {to}，扣 {points:.2}",
                        m.title
                    ),
                    explanation_en: format!(
                        "{}: asked on {on} to move it from {before} to {to}: −{points:.2}",
                        m.title
                    ),
                    milestone_en: m.title.clone(),
                });
            }
            before = *to;
        }
    }

    deductions
}

/// The project's score: components − deductions not waived + bonuses (capped), within the
/// model's floor and maximum.
fn total(
    model: &Model,
    p: &ProjectFacts,
    components: Vec<ComponentScore>,
    deductions: Vec<Deduction>,
    bonuses: Vec<Bonus>,
) -> ProjectScore {
    let components_total = r2(components.iter().map(|c| c.score).sum());
    let deductions_total = r2(deductions
        .iter()
        .filter(|d| !d.waived)
        .map(|d| d.points)
        .sum());
    let bonus_total = r2(bonuses
        .iter()
        .map(|b| b.points)
        .sum::<f64>()
        .min(model.bonuses.max));
    let raw = components_total - deductions_total + bonus_total;
    let score = r2(raw.clamp(model.deductions.floor, model.max_score()));
    let sum = format!(
        "{components_total:.2} − {deductions_total:.2} + {bonus_total:.2} = {:.2}",
        r2(raw)
    );
    let mut explanation = sum.clone();
    let mut explanation_en = sum;
    if cents(score) != cents(raw) {
        explanation.push_str(&format!("，按上下限计 {score:.2}"));
        explanation_en.push_str(&format!(", kept within the limits: {score:.2}"));
    }
    ProjectScore {
        rank: 0,
        code: p.code.clone(),
        name: p.name.clone(),
        leader: p.leader.clone(),
        unit: p.unit.clone(),
        person: p.person.clone(),
        annual_plan: p.annual_plan,
        components,
        deductions,
        bonuses,
        components_total,
        deductions_total,
        bonus_total,
        score,
        explanation,
        explanation_en,
        tier: None,
        veto: None,
    }
}

fn year_start(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn year_end(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// The day the year is judged at: the assessment date, or 31 December once it has passed.
pub fn judged_on(year: i32, as_of: NaiveDate) -> NaiveDate {
    as_of.min(year_end(year))
}

fn component(p: &ProjectScore, key: &str) -> i64 {
    p.components
        .iter()
        .find(|c| c.key == key)
        .map(|c| cents(c.score))
        .unwrap_or(0)
}

/// Orders projects: higher score first, then the model's tie-break, always ending with the
/// project code so that the order is total and the same on every run.
fn rank_projects(model: &Model, projects: &mut [ProjectScore]) {
    projects.sort_by(|a, b| {
        let mut ord = cents(b.score).cmp(&cents(a.score));
        let keys = model.tie_break.iter().chain([&TieKey::Code]);
        for k in keys {
            if ord.is_ne() {
                break;
            }
            ord = match k {
                TieKey::Milestones => component(b, "milestones").cmp(&component(a, "milestones")),
                TieKey::Investment => component(b, "investment").cmp(&component(a, "investment")),
                TieKey::Stage => component(b, "stage").cmp(&component(a, "stage")),
                TieKey::Service => component(b, "service").cmp(&component(a, "service")),
                TieKey::Deductions => cents(a.deductions_total).cmp(&cents(b.deductions_total)),
                TieKey::Code => a.code.cmp(&b.code),
            };
        }
        ord
    });
    for (i, p) in projects.iter_mut().enumerate() {
        p.rank = i + 1;
    }
}

/// Days of `[start, end)` (end open-ended when `None`) inside `[from, to]`.
fn days_within(start: NaiveDate, end: Option<NaiveDate>, from: NaiveDate, to: NaiveDate) -> i64 {
    let lo = start.max(from);
    let hi = end.map_or(to, |e| e.pred_opt().unwrap_or(e).min(to));
    if hi < lo { 0 } else { (hi - lo).num_days() + 1 }
}

/// Aggregates project scores to holders: each holder's score is the average of the scores
/// of the projects it held in the period, weighted by annual plan (at least 1 万元, so that a
/// project without a plan still counts) times the days held.
fn aggregate(
    projects: &[ProjectScore],
    inputs: &[ProjectInput],
    year: i32,
    judged: NaiveDate,
    pick: fn(&Holding) -> &Holder,
) -> Vec<GroupScore> {
    let from = year_start(year);
    let period = (judged - from).num_days() + 1;
    let by_code: BTreeMap<&str, &ProjectScore> =
        projects.iter().map(|p| (p.code.as_str(), p)).collect();
    let mut groups: BTreeMap<i64, (String, BTreeMap<String, Share>)> = BTreeMap::new();
    for input in inputs {
        let Some(score) = by_code.get(input.facts.code.as_str()) else {
            continue;
        };
        let plan = input.facts.annual_plan.unwrap_or(0).max(super::money::WAN);
        for h in &input.holdings {
            let days = days_within(h.start_on, h.end_on, from, judged);
            if days <= 0 {
                continue;
            }
            let holder = pick(h);
            let entry = groups
                .entry(holder.id)
                .or_insert_with(|| (holder.name.clone(), BTreeMap::new()));
            // A holder that held the project twice (handed back) adds up its days.
            let share = entry.1.entry(score.code.clone()).or_insert_with(|| Share {
                code: score.code.clone(),
                name: score.name.clone(),
                score: score.score,
                annual_plan: input.facts.annual_plan,
                days_held: 0,
                weight: 0.0,
                share_percent: 0.0,
            });
            share.days_held += days;
            share.weight = plan as f64 * share.days_held as f64 / period as f64;
        }
    }
    groups
        .into_iter()
        .map(|(id, (name, shares))| {
            let mut shares: Vec<Share> = shares.into_values().collect();
            let total: f64 = shares.iter().map(|s| s.weight).sum();
            let weighted: f64 = shares.iter().map(|s| s.score * s.weight).sum();
            let score = if total > 0.0 {
                r2(weighted / total)
            } else {
                0.0
            };
            for s in &mut shares {
                s.weight = r2(s.weight);
                s.share_percent = if total > 0.0 {
                    r2(s.weight * 100.0 / total)
                } else {
                    0.0
                };
            }
            let terms: Vec<String> = shares
                .iter()
                .map(|s| format!("{:.2} × {:.2}%", s.score, s.share_percent))
                .collect();
            GroupScore {
                rank: 0,
                id,
                name,
                score,
                explanation: format!(
                    "按年度计划投资与持有天数加权：{} = {score:.2}",
                    terms.join(" + ")
                ),
                explanation_en: format!(
                    "weighted by annual plan and days held: {} = {score:.2}",
                    terms.join(" + ")
                ),
                projects: shares,
                tier: None,
            }
        })
        .collect()
}

/// Orders holders: higher score first, then more weight (larger plans held longer), then id.
fn rank_groups(groups: &mut [GroupScore]) {
    let weight = |g: &GroupScore| -> i64 { g.projects.iter().map(|s| s.weight as i64).sum() };
    groups.sort_by(|a, b| {
        cents(b.score)
            .cmp(&cents(a.score))
            .then(weight(b).cmp(&weight(a)))
            .then(a.id.cmp(&b.id))
    });
    for (i, g) in groups.iter_mut().enumerate() {
        g.rank = i + 1;
    }
}

/// Assigns tiers along a ranking (best first): place-based tiers take the next untiered
/// places in order, giving their name to those meeting `min_score`; `below` tiers take every
/// untiered score under their value. Returns the tier (if any) of each place.
pub fn tiers_for(tiers: &[Tier], scores: &[f64]) -> Vec<Option<String>> {
    let n = scores.len();
    let mut out: Vec<Option<String>> = vec![None; n];
    let mut next = 0usize;
    for t in tiers {
        if let Some(below) = t.below {
            for (slot, s) in out.iter_mut().zip(scores) {
                if slot.is_none() && cents(*s) < cents(below) {
                    *slot = Some(t.name.clone());
                }
            }
            continue;
        }
        let take = match (t.top, t.top_percent) {
            (Some(k), _) => k,
            (None, Some(p)) => ((n as f64) * p / 100.0).floor() as usize,
            _ => 0,
        };
        let mut taken = 0;
        // The places still to hand out, from where the last place-based tier stopped.
        for (slot, score) in out.iter_mut().zip(scores).skip(next) {
            if taken == take {
                break;
            }
            next += 1;
            if slot.is_none() {
                if t.min_score.is_none_or(|m| cents(*score) >= cents(m)) {
                    *slot = Some(t.name.clone());
                }
                taken += 1;
            }
        }
    }
    out
}

fn tier_rule(t: &Tier) -> Said {
    let min = t
        .min_score
        .map(|m| said!("（不低于 {m} 分）", " (at least {m} points)"))
        .unwrap_or_default();
    let (mzh, men) = (&min.zh, &min.en);
    match (t.top, t.top_percent, t.below) {
        (Some(k), _, _) => said!("前 {k} 名{mzh}", "the first {k}{men}"),
        (_, Some(p), _) => said!("其后 {p}%{mzh}", "the next {p}%{men}"),
        (_, _, Some(b)) => said!("低于 {b} 分", "below {b} points"),
        _ => Said::default(),
    }
}

impl Assessment {
    /// The assessment as a reader of `lang` reads it: in English, every explanation, rule,
    /// tier, component and project-wide subject in its English words (the Chinese where a
    /// run saved before they existed has none); in Chinese, as it is. Names and titles are
    /// the data's own.
    pub fn in_lang(&self, lang: crate::lang::Lang) -> Assessment {
        let mut a = self.clone();
        if !lang.is_en() {
            return a;
        }
        let pick = |zh: &mut String, en: &str| {
            if !en.is_empty() {
                *zh = en.to_string();
            }
        };
        let tiers: BTreeMap<String, String> = a
            .tiers
            .iter()
            .filter_map(|t| t.name_en.clone().map(|en| (t.name.clone(), en)))
            .collect();
        let tier = |t: &mut Option<String>| {
            if let Some(en) = t.as_ref().and_then(|n| tiers.get(n)) {
                *t = Some(en.clone());
            }
        };
        for p in &mut a.projects {
            pick(&mut p.explanation, &p.explanation_en);
            tier(&mut p.tier);
            for c in &mut p.components {
                pick(&mut c.explanation, &c.explanation_en);
                c.label = component_label_en(&c.key).unwrap_or(&c.label).to_string();
            }
            for d in &mut p.deductions {
                pick(&mut d.explanation, &d.explanation_en);
                pick(&mut d.milestone, &d.milestone_en);
            }
        }
        for g in a.units.iter_mut().chain(a.leaders.iter_mut()) {
            pick(&mut g.explanation, &g.explanation_en);
            tier(&mut g.tier);
        }
        for t in &mut a.tiers {
            pick(&mut t.rule, &t.rule_en);
            if let Some(en) = &t.name_en {
                t.name = en.clone();
            }
        }
        if let Some(en) = &a.model_name_en {
            a.model_name = en.clone();
        }
        pick(&mut a.tie_break, &a.tie_break_en);
        a
    }
}

/// A component's name in English, by its key.
pub fn component_label_en(key: &str) -> Option<&'static str> {
    match key {
        "milestones" => Some("Milestones on time"),
        "investment" => Some("Annual investment"),
        "stage" => Some("Construction stage"),
        "service" => Some("Service rating"),
        _ => None,
    }
}

/// The whole assessment for `year` as of `as_of`.
pub fn assess(
    model: &Model,
    year: i32,
    as_of: NaiveDate,
    projects: &[ProjectInput],
    inputs: &Inputs,
    cal: &WorkCalendar,
) -> Assessment {
    let judged = judged_on(year, as_of);
    let mut scores: Vec<ProjectScore> = projects
        .iter()
        .map(|p| score_project(model, year, as_of, &p.facts, inputs, cal))
        .collect();
    rank_projects(model, &mut scores);
    let mut units = aggregate(&scores, projects, year, judged, |h| &h.unit);
    let mut leaders = aggregate(&scores, projects, year, judged, |h| &h.leader);
    rank_groups(&mut units);
    rank_groups(&mut leaders);

    let apply = |names: &mut dyn Iterator<Item = (&mut Option<String>, f64)>| {
        let items: Vec<_> = names.collect();
        let scores: Vec<f64> = items.iter().map(|(_, s)| *s).collect();
        let tiers = tiers_for(&model.tiers, &scores);
        for ((slot, _), t) in items.into_iter().zip(tiers) {
            *slot = t;
        }
    };
    // A project vetoed out of the rewards takes no tier and no place in one.
    let excluded = |p: &ProjectScore| {
        p.veto
            .as_ref()
            .is_some_and(|v| v.action == VetoAction::Exclude)
    };
    apply(
        &mut scores
            .iter_mut()
            .filter(|p| !excluded(p))
            .map(|p| (&mut p.tier, p.score)),
    );
    apply(&mut units.iter_mut().map(|g| (&mut g.tier, g.score)));
    apply(&mut leaders.iter_mut().map(|g| (&mut g.tier, g.score)));

    let members = |tier: &str, items: Vec<(Option<&String>, String)>| -> Vec<String> {
        items
            .into_iter()
            .filter(|(t, _)| t.is_some_and(|t| t == tier))
            .map(|(_, n)| n)
            .collect()
    };
    let tiers = model
        .tiers
        .iter()
        .map(|t| TierResult {
            name: t.name.clone(),
            name_en: t.name_en.clone(),
            rule: tier_rule(t).zh,
            rule_en: tier_rule(t).en,
            projects: members(
                &t.name,
                scores
                    .iter()
                    .map(|p| (p.tier.as_ref(), p.code.clone()))
                    .collect(),
            ),
            units: members(
                &t.name,
                units
                    .iter()
                    .map(|g| (g.tier.as_ref(), g.name.clone()))
                    .collect(),
            ),
            leaders: members(
                &t.name,
                leaders
                    .iter()
                    .map(|g| (g.tier.as_ref(), g.name.clone()))
                    .collect(),
            ),
        })
        .collect();

    Assessment {
        year,
        as_of,
        judged_on: judged,
        model_name: model.name.clone(),
        model_name_en: model.name_en.clone(),
        max_score: model.max_score(),
        tie_break: model.tie_break_text(),
        tie_break_en: model.tie_break_text_en(),
        projects: scores,
        units,
        leaders,
        tiers,
        provisional: false,
    }
}

/// The year as it would end at today's pace (for supervisors in the autumn): each
/// project's investment carried to twelve months at the monthly average of the months
/// closed by `today` (the inspection report's forecast), milestones and stages as they
/// stand today. Marked provisional.
pub fn provisional(
    model: &Model,
    year: i32,
    today: NaiveDate,
    projects: &[ProjectInput],
    inputs: &Inputs,
    cal: &WorkCalendar,
) -> Assessment {
    let closed = if today.year() > year {
        12
    } else {
        today.month().saturating_sub(1)
    };
    let projected: Vec<ProjectInput> = projects
        .iter()
        .map(|p| {
            let mut p = p.clone();
            let done: i64 = p
                .facts
                .monthly
                .iter()
                .filter(|(y, m, _)| *y == year && *m <= closed)
                .map(|(_, _, a)| a)
                .sum();
            p.facts
                .monthly
                .retain(|(y, m, _)| *y != year || *m <= closed);
            if closed > 0 {
                let pace = done / closed as i64;
                for m in closed + 1..=12 {
                    p.facts.monthly.push((year, m, pace));
                }
            }
            p
        })
        .collect();
    let next_year = NaiveDate::from_ymd_opt(year + 1, 1, 1).unwrap_or(today);
    let inputs = Inputs {
        investment_as_of: Some(next_year),
        ..inputs.clone()
    };
    let mut a = assess(model, year, today, &projected, &inputs, cal);
    a.provisional = true;
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scores one project with its unit's rating, waivers and incidents.
    fn sp(
        model: &Model,
        year: i32,
        as_of: NaiveDate,
        p: &ProjectFacts,
        rating: Option<f64>,
        waived: &BTreeSet<(String, String)>,
        vetoes: &[VetoFact],
    ) -> ProjectScore {
        let mut p = p.clone();
        p.unit = Some(Holder {
            id: 1,
            name: "单位".into(),
        });
        let inputs = Inputs {
            ratings: rating.map(|r| (1, r)).into_iter().collect(),
            waived: waived.clone(),
            vetoes: [(p.code.clone(), vetoes.to_vec())].into(),
            investment_as_of: None,
        };
        score_project(model, year, as_of, &p, &inputs, &WorkCalendar::china())
    }
    use crate::report::MilestoneFacts;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_shipped_model_is_valid() {
        let m = Model::default_model().unwrap();
        assert_eq!(m.component_points(), 100.0);
        assert_eq!(m.max_score(), 105.0);
        assert_eq!(m.tiers.len(), 3);
    }

    #[test]
    fn the_second_shipped_model_scores_investment_in_bands() {
        let m = Model::parse(MODEL_2020).unwrap();
        assert_eq!(m.max_score(), 50.0);
        let b = m.components.investment.bands.clone().unwrap();
        let at = |pct: f64| r2(b.score(25.0, pct).0);
        // 每不足 1 个百分点减 0.1 分: 80 % → 25 − 2; at most −10.
        assert_eq!(at(80.0), 23.0);
        assert_eq!(at(0.0), 15.0);
        assert_eq!(at(100.0), 25.0);
        // 100–130 %: +0.2 a point (130 % → +6); above: +0.1 (140 % → +6 +1); at most +10.
        assert_eq!(at(130.0), 31.0);
        assert_eq!(at(140.0), 32.0);
        assert_eq!(at(250.0), 35.0);
        let (_, text) = b.score(25.0, 140.0);
        assert!(
            text.zh.contains("130%") && text.zh.contains("得 32.00"),
            "{text:?}"
        );
        // The same arithmetic in English, with no Chinese in it.
        assert!(
            text.en.contains("130%") && text.en.contains("scores 32.00"),
            "{text:?}"
        );
        assert!(
            !text
                .en
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{text:?}"
        );
    }

    #[test]
    fn one_hand_worked_project_under_both_shipped_models() {
        let none = BTreeSet::new();
        // m0 done on its day; m1 due Tue 30 Jun, done Fri 3 Jul (1, 2, 3 Jul: 3 working
        // days late); m2 moved on 1 Aug (before it fell due) to Fri 30 Oct, open at the end
        // of the year: November's 21 and December's 23 working days → 44 days overdue.
        // Planned to start 1 Jan 2026, started 1 Feb: not started on time. 1,300,000 done of
        // a 1,000,000 plan (130 %). Service rating 80.
        let p = project([Some("2026-03-31"), Some("2026-07-03"), None]);
        let default = Model::default_model().unwrap();
        let s = sp(&default, 2026, d("2027-01-15"), &p, Some(80.0), &none, &[]);
        // Components: 40 × 1/3 = 13.33, 30 (capped at 100 %), 20 (started as planned by the
        // end of the year), 10 × 0.8 = 8 → 71.33. Deductions: 3 × 0.2 = 0.60, 44 × 0.2 =
        // 8.80, one reschedule 1.00 → 10.40 (the default prices no late start). 60.93.
        let scores: Vec<f64> = s.components.iter().map(|c| c.score).collect();
        assert_eq!(scores, vec![13.33, 30.0, 20.0, 8.0]);
        assert_eq!((s.components_total, s.deductions_total), (71.33, 10.4));
        assert_eq!(s.score, 60.93);
        // The 2020 table: investment 25 + 30 × 0.2 = 31; service 15 × 0.8 = 12; 未按期开工
        // −3 → 40.00. Milestones and stage give nothing there.
        let m2020 = Model::parse(MODEL_2020).unwrap();
        let t = sp(&m2020, 2026, d("2027-01-15"), &p, Some(80.0), &none, &[]);
        let scores: Vec<f64> = t.components.iter().map(|c| c.score).collect();
        assert_eq!(scores, vec![0.0, 31.0, 0.0, 12.0]);
        let kinds: Vec<(&str, f64)> = t
            .deductions
            .iter()
            .map(|x| (x.kind.as_str(), x.points))
            .collect();
        assert_eq!(kinds, vec![("late_start", 3.0)]);
        assert_eq!(t.score, 40.0);
        assert!(t.deductions[0].explanation.contains("2026-02-01 才开工"));
    }

    #[test]
    fn red_months_missing_reports_and_vetoes_cost_what_the_model_says() {
        let none = BTreeSet::new();
        let mut m = Model::default_model().unwrap();
        m.deductions.per_red_month = 1.0;
        m.deductions.per_missing_report = 0.5;
        // Judged on 15 Aug 2026: m0 (due 31 Mar) done on time; m1 (due 30 Jun) open, so
        // red from 1 Jul: July ended red (August has not ended). Reports for March only:
        // February (started 1 Feb) and April–June are missing (July's is due in August,
        // by its 5th working day, the 7th: missing on the 15th too) → 5 missing.
        let mut p = project([Some("2026-03-31"), None, None]);
        p.monthly = vec![(2026, 3, 400_000)];
        let s = sp(&m, 2026, d("2026-08-15"), &p, None, &none, &[]);
        let keys: Vec<&str> = s
            .deductions
            .iter()
            .filter(|x| x.kind == "red_month" || x.kind == "missing_report")
            .map(|x| x.key.as_str())
            .collect();
        // July ended red (m1 overdue); each red month costs the model's 1.00.
        assert!(keys.contains(&"red_month:2026-07"), "{keys:?}");
        assert!(!keys.contains(&"red_month:2026-08"), "August has not ended");
        let missing: Vec<&str> = keys
            .iter()
            .filter(|k| k.starts_with("missing_report"))
            .copied()
            .collect();
        assert_eq!(
            missing,
            vec![
                "missing_report:2026-02",
                "missing_report:2026-04",
                "missing_report:2026-05",
                "missing_report:2026-06",
                "missing_report:2026-07"
            ]
        );
        let red_total: f64 = s
            .deductions
            .iter()
            .filter(|x| x.kind == "red_month")
            .map(|x| x.points)
            .sum();
        assert_eq!(
            red_total,
            s.deductions
                .iter()
                .filter(|x| x.kind == "red_month")
                .count() as f64
        );

        // A veto: zero, cap, exclude; waived on appeal it does nothing.
        let fire = VetoFact {
            id: 7,
            occurred_on: d("2026-05-20"),
            kind: "safety".into(),
            evidence: "安监〔2026〕3号".into(),
        };
        let plain = sp(&m, 2026, d("2026-08-15"), &p, None, &none, &[]);
        let vetoed = |action: VetoAction, cap: Option<f64>, waived: &BTreeSet<(String, String)>| {
            let mut mv = m.clone();
            mv.veto = Some(Veto {
                action,
                cap,
                kinds: vec![],
            });
            sp(
                &mv,
                2026,
                d("2026-08-15"),
                &p,
                None,
                waived,
                std::slice::from_ref(&fire),
            )
        };
        let z = vetoed(VetoAction::Zero, None, &none);
        assert_eq!(z.score, 0.0);
        let v = z.deductions.iter().find(|x| x.key == "veto:7").unwrap();
        assert_eq!(v.points, plain.score);
        assert!(v.explanation.contains("安监〔2026〕3号"));
        assert_eq!(
            vetoed(VetoAction::Cap, Some(10.0), &none).score,
            plain.score.min(10.0)
        );
        let ex = vetoed(VetoAction::Exclude, None, &none);
        assert_eq!(
            (ex.score, ex.veto.map(|v| v.action)),
            (plain.score, Some(VetoAction::Exclude))
        );
        let waived: BTreeSet<(String, String)> = [("P".to_string(), "veto:7".to_string())].into();
        let w = vetoed(VetoAction::Zero, None, &waived);
        assert_eq!((w.score, w.veto.is_none()), (plain.score, true));
        // Another year's incident, or a kind the model does not name, does nothing.
        let mut mk = m.clone();
        mk.veto = Some(Veto {
            action: VetoAction::Zero,
            cap: None,
            kinds: vec!["quality".into()],
        });
        let k = sp(
            &mk,
            2026,
            d("2026-08-15"),
            &p,
            None,
            &none,
            std::slice::from_ref(&fire),
        );
        assert_eq!(k.score, plain.score);
    }

    #[test]
    fn an_invalid_model_names_the_key() {
        let bad = |from: &str, to: &str| {
            let text = DEFAULT_MODEL.replacen(from, to, 1);
            assert_ne!(text, DEFAULT_MODEL, "{from} not in the model");
            Model::parse(&text).unwrap_err()
        };
        assert!(bad("points = 20", "points = -1").starts_with("components.stage.points"));
        assert!(
            bad("when_missing = 0.0", "when_missing = 2")
                .starts_with("components.investment.when_missing")
        );
        assert!(
            bad("cap_percent = 100", "cap_percent = 0")
                .starts_with("components.investment.cap_percent")
        );
        assert!(
            bad("per_reschedule = 1.0", "per_reschedule = \"one\"")
                .starts_with("deductions.per_reschedule")
        );
        assert!(bad("top = 3", "top = 3\nbelow = 50").starts_with("tiers[0]"));
        assert!(bad("top_percent = 20", "top_percent = 120").starts_with("tiers[1].top_percent"));
        assert!(bad("\"code\"]", "\"code\", \"luck\"]").starts_with("tie_break"));
        assert!(bad("[bonuses]", "[bonus]").contains("bonus"));
        assert!(
            Model::parse("name = \"x\"")
                .unwrap_err()
                .contains("components")
        );
    }

    #[test]
    fn tiers_take_places_then_thresholds() {
        let m = Model::default_model().unwrap();
        // 10 ranked scores: 重奖 top 3 with ≥ 80 (the third, 79, is not); 表彰 the next
        // 20 % = 2 places with ≥ 70; 约谈 every untiered score under 60.
        let scores = [95.0, 81.0, 79.0, 75.0, 72.0, 71.0, 65.0, 59.99, 40.0, 60.0];
        let t = tiers_for(&m.tiers, &scores);
        let names: Vec<&str> = t.iter().map(|t| t.as_deref().unwrap_or("-")).collect();
        assert_eq!(
            names,
            [
                "重奖", "重奖", "-", "表彰", "表彰", "-", "-", "约谈", "约谈", "-"
            ]
        );
    }

    fn project(completions: [Option<&str>; 3]) -> ProjectFacts {
        let dues = ["2026-03-31", "2026-06-30", "2026-09-30"];
        ProjectFacts {
            id: 1,
            code: "P".into(),
            name: "项目".into(),
            level: "district".into(),
            category: "industrial".into(),
            planned_start: d("2026-01-01"),
            planned_finish: d("2027-12-31"),
            stages: vec![(d("2026-02-01"), Stage::Started)],
            leader: None,
            unit: None,
            person: None,
            milestones: dues
                .iter()
                .zip(completions)
                .enumerate()
                .map(|(i, (due, done))| MilestoneFacts {
                    id: i as i64,
                    title: format!("m{i}"),
                    baseline_due: d(due),
                    completed_on: done.map(d),
                    reschedules: if i == 2 {
                        vec![(d("2026-08-01"), d("2026-10-30"))]
                    } else {
                        vec![]
                    },
                })
                .collect(),
            annual_plan: Some(1_000_000),
            monthly: vec![(2026, 3, 400_000), (2026, 9, 900_000)],
            latest_progress: None,
            held: vec![],
        }
    }

    /// Completion dates from very early to never, for each of three milestones.
    const CHOICES: [Option<&str>; 7] = [
        Some("2026-01-05"),
        Some("2026-03-20"),
        Some("2026-05-29"),
        Some("2026-07-15"),
        Some("2026-10-20"),
        Some("2026-12-30"),
        None,
    ];

    #[test]
    #[allow(clippy::needless_range_loop)] // the indices say which choice is one step earlier
    fn scores_stay_within_bounds_and_earlier_completion_never_lowers_them() {
        let mut m = Model::default_model().unwrap();
        // A harsh model too, so that the floor is reached.
        let mut harsh = m.clone();
        harsh.deductions.per_overdue_working_day = 3.0;
        harsh.deductions.max_per_milestone = None;
        harsh.bonuses.per_working_day_early = 1.0;
        for model in [&mut m, &mut harsh] {
            for as_of in ["2026-06-30", "2026-12-31", "2027-02-01"] {
                let score = |c: [Option<&str>; 3]| {
                    sp(
                        model,
                        2026,
                        d(as_of),
                        &project(c),
                        Some(80.0),
                        &BTreeSet::new(),
                        &[],
                    )
                    .score
                };
                for a in 0..CHOICES.len() {
                    for b in 0..CHOICES.len() {
                        for c in 0..CHOICES.len() {
                            let s = score([CHOICES[a], CHOICES[b], CHOICES[c]]);
                            assert!(
                                (model.deductions.floor..=model.max_score()).contains(&s),
                                "{s} out of bounds"
                            );
                            // Move each milestone's completion one step earlier.
                            for (i, idx) in [a, b, c].into_iter().enumerate() {
                                if idx == 0 {
                                    continue;
                                }
                                let mut earlier = [CHOICES[a], CHOICES[b], CHOICES[c]];
                                earlier[i] = CHOICES[idx - 1];
                                let s2 = score(earlier);
                                assert!(
                                    s2 >= s,
                                    "as of {as_of}: milestone {i} done {:?} instead of {:?} \
                                     lowered the score {s} → {s2}",
                                    CHOICES[idx - 1],
                                    CHOICES[idx]
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_reschedule_approved_while_overdue_never_raises_the_score() {
        let m = Model::default_model().unwrap();
        let none = BTreeSet::new();
        // m0 done on time; m1 (due Tue 30 Jun) still open on Tue 1 Dec 2026.
        let mut p = project([Some("2026-03-31"), None, Some("2026-10-30")]);
        p.milestones[2].reschedules.clear();
        let before = sp(&m, 2026, d("2026-12-01"), &p, None, &none, &[]);
        // Moved on 1 Dec to 25 Dec, approved at once.
        p.milestones[1]
            .reschedules
            .push((d("2026-12-01"), d("2026-12-25")));
        let after = sp(&m, 2026, d("2026-12-01"), &p, None, &none, &[]);
        assert!(
            after.score <= before.score,
            "{} > {}",
            after.score,
            before.score
        );
        let od = |s: &ProjectScore| {
            s.deductions
                .iter()
                .find(|x| x.key == "overdue:1")
                .map(|x| (x.working_days, x.accrued_working_days, x.points))
        };
        let (days, _, points) = od(&before).unwrap();
        assert_eq!(
            od(&after),
            Some((days, days, points)),
            "the same days, now accrued"
        );
        let ms = |s: &ProjectScore| s.components[0].inputs.clone();
        assert_eq!(ms(&before), ms(&after), "still due, still late");
        let text = &after
            .deductions
            .iter()
            .find(|x| x.key == "overdue:1")
            .unwrap()
            .explanation;
        assert!(text.contains("逾期后调整"), "{text}");
        // Done by the new date: the accrued days stay, no bonus, not on time.
        p.milestones[1].completed_on = Some(d("2026-12-01"));
        let done = sp(&m, 2026, d("2026-12-01"), &p, None, &none, &[]);
        assert_eq!(od(&done).map(|x| x.1), Some(days));
        // On time: m0 only (m2 was done a month after its 30 Sep).
        assert_eq!(done.components[0].inputs["on_time"], 1);
        assert_eq!(done.components[0].inputs["due"], 3);
        // A move made before the due date accrues nothing.
        let mut q = project([Some("2026-03-31"), None, Some("2026-10-30")]);
        q.milestones[1]
            .reschedules
            .push((d("2026-06-01"), d("2026-12-25")));
        let early = sp(&m, 2026, d("2026-12-01"), &q, None, &none, &[]);
        assert_eq!(od(&early), None);
    }

    #[test]
    fn days_held_count_both_ends_of_the_period() {
        let (from, to) = (d("2026-01-01"), d("2026-12-31"));
        assert_eq!(days_within(d("2025-05-01"), None, from, to), 365);
        assert_eq!(days_within(d("2026-07-01"), None, from, to), 184);
        assert_eq!(
            days_within(d("2025-05-01"), Some(d("2026-07-01")), from, to),
            181
        );
        assert_eq!(days_within(d("2027-01-01"), None, from, to), 0);
        assert_eq!(
            days_within(d("2025-01-01"), Some(d("2026-01-01")), from, to),
            0
        );
    }
}
