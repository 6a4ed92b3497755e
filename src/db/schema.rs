//! The database schema shared by SQLite and PostgreSQL (`diesel print-schema` shape).
//! `tests/migrations.rs` checks both migration folders against this file.

diesel::table! {
    assignments (id) {
        id -> BigInt,
        project_id -> BigInt,
        leader_id -> BigInt,
        unit_id -> BigInt,
        person_id -> BigInt,
        start_on -> Date,
        end_on -> Nullable<Date>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        at -> Timestamp,
        actor -> Text,
        entity -> Text,
        entity_id -> Text,
        action -> Text,
        before_json -> Nullable<Text>,
        after_json -> Nullable<Text>,
    }
}

diesel::table! {
    investment_plans (id) {
        id -> BigInt,
        project_id -> BigInt,
        year -> Integer,
        planned -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    investment_reports (id) {
        id -> BigInt,
        project_id -> BigInt,
        year -> Integer,
        month -> Integer,
        completed -> BigInt,
        cumulative -> BigInt,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    milestones (id) {
        id -> BigInt,
        project_id -> BigInt,
        ordinal -> Integer,
        title -> Text,
        baseline_due -> Date,
        current_due -> Date,
        completed_on -> Nullable<Date>,
        evidence -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    people (id) {
        id -> BigInt,
        name -> Text,
        title -> Nullable<Text>,
        unit_id -> Nullable<BigInt>,
        email -> Nullable<Text>,
        phone -> Nullable<Text>,
        lang -> Text,
        active -> Bool,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    progress_updates (id) {
        id -> BigInt,
        project_id -> BigInt,
        reported_on -> Date,
        progress -> Text,
        problems -> Nullable<Text>,
        next_steps -> Nullable<Text>,
        author -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    projects (id) {
        id -> BigInt,
        code -> Text,
        name -> Text,
        category -> Text,
        level -> Text,
        location -> Nullable<Text>,
        description -> Nullable<Text>,
        total_investment -> BigInt,
        planned_start -> Date,
        planned_finish -> Date,
        stage -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    reschedules (id) {
        id -> BigInt,
        milestone_id -> BigInt,
        old_due -> Date,
        new_due -> Date,
        reason -> Text,
        requested_by -> Text,
        requested_at -> Timestamp,
    }
}

diesel::table! {
    stage_events (id) {
        id -> BigInt,
        project_id -> BigInt,
        stage -> Text,
        effective_on -> Date,
        note -> Nullable<Text>,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    units (id) {
        id -> BigInt,
        name -> Text,
        head_person_id -> Nullable<BigInt>,
        contact_email -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(assignments -> projects (project_id));
diesel::joinable!(assignments -> units (unit_id));
diesel::joinable!(investment_plans -> projects (project_id));
diesel::joinable!(investment_reports -> projects (project_id));
diesel::joinable!(milestones -> projects (project_id));
diesel::joinable!(progress_updates -> projects (project_id));
diesel::joinable!(reschedules -> milestones (milestone_id));
diesel::joinable!(stage_events -> projects (project_id));

diesel::allow_tables_to_appear_in_same_query!(
    assignments,
    audit_log,
    investment_plans,
    investment_reports,
    milestones,
    people,
    progress_updates,
    projects,
    reschedules,
    stage_events,
    units,
);
