//! The database schema shared by SQLite and PostgreSQL (`diesel print-schema` shape).
//! `tests/it/migrations.rs` checks both migration folders against this file.

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
        actor_user_id -> Nullable<BigInt>,
        project_id -> Nullable<BigInt>,
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
        reported_by -> Nullable<Text>,
    }
}

diesel::table! {
    issued_reports (id) {
        id -> BigInt,
        kind -> Text,
        year -> Integer,
        serial -> Integer,
        title -> Text,
        as_of -> Date,
        issued_by -> Text,
        issued_at -> Timestamp,
        body_json -> Text,
        replaces -> Nullable<BigInt>,
        issuer -> Nullable<Text>,
        cc -> Nullable<Text>,
    }
}

diesel::table! {
    veto_events (id) {
        id -> BigInt,
        project_id -> BigInt,
        occurred_on -> Date,
        kind -> Text,
        evidence -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
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
        status -> Text,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        decision_note -> Nullable<Text>,
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

diesel::table! {
    calendar_days (id) {
        id -> BigInt,
        day -> Date,
        kind -> Text,
        note -> Nullable<Text>,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    flags (id) {
        id -> BigInt,
        milestone_id -> Nullable<BigInt>,
        problem_id -> Nullable<BigInt>,
        kind -> Text,
        since -> Date,
        cleared_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    outbox (id) {
        id -> BigInt,
        dedup_key -> Text,
        kind -> Text,
        day -> Date,
        recipient_person_id -> Nullable<BigInt>,
        recipient_email -> Text,
        recipient_name -> Text,
        lang -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        status -> Text,
        attempts -> Integer,
        next_attempt_at -> Timestamp,
        claimed_until -> Nullable<Timestamp>,
        claimed_by -> Nullable<Text>,
        last_error -> Nullable<Text>,
        message_id -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        channel_id -> Nullable<BigInt>,
        address -> Nullable<Text>,
    }
}

diesel::table! {
    channels (id) {
        id -> BigInt,
        name -> Text,
        kind -> Text,
        url -> Text,
        secret -> Nullable<Text>,
        keyword -> Nullable<Text>,
        template -> Nullable<Text>,
        owner -> Text,
        unit_id -> Nullable<BigInt>,
        person_id -> Nullable<BigInt>,
        address -> Nullable<Text>,
        rate_limit -> Integer,
        rate_window_secs -> Integer,
        blocked_until -> Nullable<Timestamp>,
        created_at -> Timestamp,
        removed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    channel_sends (id) {
        id -> BigInt,
        channel_id -> BigInt,
        sent_at -> Timestamp,
    }
}

diesel::table! {
    problems (id) {
        id -> BigInt,
        project_id -> BigInt,
        description -> Text,
        acting_unit_id -> BigInt,
        due -> Date,
        raised_by -> Text,
        raised_on -> Date,
        closed_on -> Nullable<Date>,
        resolution -> Nullable<Text>,
        closed_by -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        resolved_on -> Nullable<Date>,
        resolved_by -> Nullable<Text>,
        returned_note -> Nullable<Text>,
    }
}

diesel::table! {
    scheduler_runs (id) {
        id -> BigInt,
        job -> Text,
        day -> Date,
        claimed_by -> Text,
        claimed_at -> Timestamp,
        lease_until -> Timestamp,
        finished_at -> Nullable<Timestamp>,
        summary -> Nullable<Text>,
    }
}

diesel::table! {
    service_ratings (id) {
        id -> BigInt,
        unit_id -> BigInt,
        year -> Integer,
        rating -> Integer,
        note -> Nullable<Text>,
        rated_by -> Text,
        rated_at -> Timestamp,
    }
}

diesel::table! {
    assessment_runs (id) {
        id -> BigInt,
        year -> Integer,
        as_of -> Date,
        status -> Text,
        model_toml -> Text,
        result_json -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        published_by -> Nullable<Text>,
        published_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    assessment_appeals (id) {
        id -> BigInt,
        run_id -> BigInt,
        project_code -> Text,
        deduction_key -> Text,
        party -> Text,
        reason -> Text,
        filed_by -> Text,
        filed_at -> Timestamp,
        status -> Text,
        decision_reason -> Nullable<Text>,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    users (id) {
        id -> BigInt,
        username -> Text,
        email -> Nullable<Text>,
        person_id -> Nullable<BigInt>,
        display_name -> Text,
        password_hash -> Text,
        disabled -> Bool,
        lang -> Text,
        password_changed_at -> Timestamp,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    user_roles (user_id, role) {
        user_id -> BigInt,
        role -> Text,
    }
}

diesel::table! {
    sessions (id) {
        id -> BigInt,
        token_hash -> Text,
        user_id -> BigInt,
        csrf_token -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    api_tokens (id) {
        id -> BigInt,
        user_id -> BigInt,
        name -> Text,
        token_hash -> Text,
        created_at -> Timestamp,
        last_used_at -> Nullable<Timestamp>,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    login_failures (id) {
        id -> BigInt,
        scope -> Text,
        key -> Text,
        at -> Timestamp,
    }
}

diesel::table! {
    used_links (nonce) {
        nonce -> Text,
        action -> Text,
        milestone_id -> BigInt,
        person_id -> BigInt,
        used_at -> Timestamp,
    }
}

diesel::table! {
    data_version (id) {
        id -> BigInt,
        n -> BigInt,
    }
}

diesel::table! {
    readiness_probe (id) {
        id -> BigInt,
        checked_at -> Timestamp,
    }
}

diesel::table! {
    app_secrets (name) {
        name -> Text,
        value -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    comment_reads (id) {
        id -> BigInt,
        user_id -> BigInt,
        project_id -> BigInt,
        last_read_id -> BigInt,
    }
}

diesel::table! {
    comments (id) {
        id -> BigInt,
        project_id -> BigInt,
        author_user_id -> BigInt,
        author_name -> Text,
        body -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    calendar_feeds (id) {
        id -> BigInt,
        user_id -> BigInt,
        token_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    outbox_projects (outbox_id, project_id) {
        outbox_id -> BigInt,
        project_id -> BigInt,
    }
}

diesel::table! {
    ledger_uploads (id) {
        id -> BigInt,
        token -> Text,
        user_id -> BigInt,
        file_base64 -> Text,
        sheet -> Nullable<Text>,
        new_leaders -> Bool,
        created_at -> Timestamp,
    }
}

diesel::joinable!(assignments -> projects (project_id));
diesel::joinable!(calendar_feeds -> users (user_id));
diesel::joinable!(outbox_projects -> outbox (outbox_id));
diesel::joinable!(outbox -> channels (channel_id));
diesel::joinable!(channel_sends -> channels (channel_id));
diesel::joinable!(channels -> units (unit_id));
diesel::joinable!(channels -> people (person_id));
diesel::joinable!(outbox_projects -> projects (project_id));
diesel::joinable!(assignments -> units (unit_id));
diesel::joinable!(flags -> milestones (milestone_id));
diesel::joinable!(flags -> problems (problem_id));
diesel::joinable!(problems -> projects (project_id));
diesel::joinable!(problems -> units (acting_unit_id));
diesel::joinable!(investment_plans -> projects (project_id));
diesel::joinable!(investment_reports -> projects (project_id));
diesel::joinable!(milestones -> projects (project_id));
diesel::joinable!(progress_updates -> projects (project_id));
diesel::joinable!(reschedules -> milestones (milestone_id));
diesel::joinable!(stage_events -> projects (project_id));
diesel::joinable!(service_ratings -> units (unit_id));
diesel::joinable!(assessment_appeals -> assessment_runs (run_id));
diesel::joinable!(user_roles -> users (user_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(users -> people (person_id));
diesel::joinable!(comment_reads -> projects (project_id));
diesel::joinable!(comment_reads -> users (user_id));
diesel::joinable!(ledger_uploads -> users (user_id));
diesel::joinable!(comments -> projects (project_id));
diesel::joinable!(veto_events -> projects (project_id));

diesel::allow_tables_to_appear_in_same_query!(
    api_tokens,
    channels,
    channel_sends,
    app_secrets,
    readiness_probe,
    data_version,
    assessment_appeals,
    assessment_runs,
    assignments,
    audit_log,
    calendar_days,
    calendar_feeds,
    comment_reads,
    comments,
    flags,
    investment_plans,
    investment_reports,
    issued_reports,
    ledger_uploads,
    login_failures,
    milestones,
    outbox,
    outbox_projects,
    people,
    problems,
    progress_updates,
    projects,
    reschedules,
    scheduler_runs,
    service_ratings,
    sessions,
    stage_events,
    units,
    used_links,
    user_roles,
    users,
    veto_events,
);
