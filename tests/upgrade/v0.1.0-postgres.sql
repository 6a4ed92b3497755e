--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: assessment_appeals_published_immutable(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.assessment_appeals_published_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    run BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        run := NEW.run_id;
    ELSE
        run := OLD.run_id;
    END IF;
    IF (SELECT status FROM assessment_runs WHERE id = run) = 'published' THEN
        RAISE EXCEPTION 'a published assessment is immutable';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;


--
-- Name: assessment_runs_published_immutable(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.assessment_runs_published_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF OLD.status = 'published' THEN
        RAISE EXCEPTION 'a published assessment is immutable';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;


--
-- Name: audit_log_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;


--
-- Name: issued_reports_immutable(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.issued_reports_immutable() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'issued reports are immutable';
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: __diesel_schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.__diesel_schema_migrations (
    version character varying(50) NOT NULL,
    run_on timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    name text NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    last_used_at timestamp without time zone,
    revoked_at timestamp without time zone
);


--
-- Name: api_tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.api_tokens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: api_tokens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.api_tokens_id_seq OWNED BY public.api_tokens.id;


--
-- Name: app_secrets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.app_secrets (
    name text NOT NULL,
    value text NOT NULL,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: assessment_appeals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assessment_appeals (
    id bigint NOT NULL,
    run_id bigint NOT NULL,
    project_code text NOT NULL,
    deduction_key text NOT NULL,
    party text NOT NULL,
    reason text NOT NULL,
    filed_by text NOT NULL,
    filed_at timestamp without time zone NOT NULL,
    status text NOT NULL,
    decision_reason text,
    decided_by text,
    decided_at timestamp without time zone
);


--
-- Name: assessment_appeals_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.assessment_appeals_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: assessment_appeals_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.assessment_appeals_id_seq OWNED BY public.assessment_appeals.id;


--
-- Name: assessment_runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assessment_runs (
    id bigint NOT NULL,
    year integer NOT NULL,
    as_of date NOT NULL,
    status text NOT NULL,
    model_toml text NOT NULL,
    result_json text NOT NULL,
    created_by text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    published_by text,
    published_at timestamp without time zone
);


--
-- Name: assessment_runs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.assessment_runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: assessment_runs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.assessment_runs_id_seq OWNED BY public.assessment_runs.id;


--
-- Name: assignments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assignments (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    leader_id bigint NOT NULL,
    unit_id bigint NOT NULL,
    person_id bigint NOT NULL,
    start_on date NOT NULL,
    end_on date,
    recorded_by text NOT NULL,
    recorded_at timestamp without time zone NOT NULL
);


--
-- Name: assignments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.assignments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: assignments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.assignments_id_seq OWNED BY public.assignments.id;


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    at timestamp without time zone NOT NULL,
    actor text NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    action text NOT NULL,
    before_json text,
    after_json text,
    actor_user_id bigint,
    project_id bigint
);


--
-- Name: audit_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_log_id_seq OWNED BY public.audit_log.id;


--
-- Name: calendar_days; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_days (
    id bigint NOT NULL,
    day date NOT NULL,
    kind text NOT NULL,
    note text,
    created_by text NOT NULL,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: calendar_days_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.calendar_days_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: calendar_days_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.calendar_days_id_seq OWNED BY public.calendar_days.id;


--
-- Name: calendar_feeds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_feeds (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone
);


--
-- Name: calendar_feeds_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.calendar_feeds_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: calendar_feeds_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.calendar_feeds_id_seq OWNED BY public.calendar_feeds.id;


--
-- Name: comment_reads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comment_reads (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    project_id bigint NOT NULL,
    last_read_id bigint NOT NULL
);


--
-- Name: comment_reads_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.comment_reads_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: comment_reads_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.comment_reads_id_seq OWNED BY public.comment_reads.id;


--
-- Name: comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comments (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    author_user_id bigint NOT NULL,
    author_name text NOT NULL,
    body text NOT NULL,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: comments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.comments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: comments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.comments_id_seq OWNED BY public.comments.id;


--
-- Name: flags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flags (
    id bigint NOT NULL,
    milestone_id bigint,
    problem_id bigint,
    kind text NOT NULL,
    since date NOT NULL,
    cleared_on date,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: flags_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.flags_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: flags_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.flags_id_seq OWNED BY public.flags.id;


--
-- Name: investment_plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.investment_plans (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    year integer NOT NULL,
    planned bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: investment_plans_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.investment_plans_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: investment_plans_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.investment_plans_id_seq OWNED BY public.investment_plans.id;


--
-- Name: investment_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.investment_reports (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    year integer NOT NULL,
    month integer NOT NULL,
    completed bigint NOT NULL,
    cumulative bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    reported_by text
);


--
-- Name: investment_reports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.investment_reports_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: investment_reports_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.investment_reports_id_seq OWNED BY public.investment_reports.id;


--
-- Name: issued_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.issued_reports (
    id bigint NOT NULL,
    kind text NOT NULL,
    year integer NOT NULL,
    serial integer NOT NULL,
    title text NOT NULL,
    as_of date NOT NULL,
    issued_by text NOT NULL,
    issued_at timestamp without time zone NOT NULL,
    body_json text NOT NULL,
    replaces bigint,
    issuer text,
    cc text
);


--
-- Name: issued_reports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.issued_reports_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: issued_reports_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.issued_reports_id_seq OWNED BY public.issued_reports.id;


--
-- Name: login_failures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_failures (
    id bigint NOT NULL,
    scope text NOT NULL,
    key text NOT NULL,
    at timestamp without time zone NOT NULL
);


--
-- Name: login_failures_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.login_failures_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: login_failures_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.login_failures_id_seq OWNED BY public.login_failures.id;


--
-- Name: milestones; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.milestones (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    ordinal integer NOT NULL,
    title text NOT NULL,
    baseline_due date NOT NULL,
    current_due date NOT NULL,
    completed_on date,
    evidence text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: milestones_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.milestones_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: milestones_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.milestones_id_seq OWNED BY public.milestones.id;


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    id bigint NOT NULL,
    dedup_key text NOT NULL,
    kind text NOT NULL,
    day date NOT NULL,
    recipient_person_id bigint,
    recipient_email text NOT NULL,
    recipient_name text NOT NULL,
    lang text NOT NULL,
    subject text NOT NULL,
    body_text text NOT NULL,
    body_html text NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp without time zone NOT NULL,
    claimed_until timestamp without time zone,
    claimed_by text,
    last_error text,
    message_id text,
    sent_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: outbox_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.outbox_id_seq OWNED BY public.outbox.id;


--
-- Name: outbox_projects; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox_projects (
    outbox_id bigint NOT NULL,
    project_id bigint NOT NULL
);


--
-- Name: people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.people (
    id bigint NOT NULL,
    name text NOT NULL,
    title text,
    unit_id bigint,
    email text,
    phone text,
    lang text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: people_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.people_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: people_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.people_id_seq OWNED BY public.people.id;


--
-- Name: problems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.problems (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    description text NOT NULL,
    acting_unit_id bigint NOT NULL,
    due date NOT NULL,
    raised_by text NOT NULL,
    raised_on date NOT NULL,
    closed_on date,
    resolution text,
    closed_by text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    resolved_on date,
    resolved_by text,
    returned_note text
);


--
-- Name: problems_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.problems_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: problems_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.problems_id_seq OWNED BY public.problems.id;


--
-- Name: progress_updates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.progress_updates (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    reported_on date NOT NULL,
    progress text NOT NULL,
    problems text,
    next_steps text,
    author text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: progress_updates_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.progress_updates_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: progress_updates_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.progress_updates_id_seq OWNED BY public.progress_updates.id;


--
-- Name: projects; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects (
    id bigint NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    category text NOT NULL,
    level text NOT NULL,
    location text,
    description text,
    total_investment bigint NOT NULL,
    planned_start date NOT NULL,
    planned_finish date NOT NULL,
    stage text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: projects_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.projects_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: projects_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.projects_id_seq OWNED BY public.projects.id;


--
-- Name: readiness_probe; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.readiness_probe (
    id bigint NOT NULL,
    checked_at timestamp without time zone NOT NULL,
    CONSTRAINT readiness_probe_id_check CHECK ((id = 1))
);


--
-- Name: reschedules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reschedules (
    id bigint NOT NULL,
    milestone_id bigint NOT NULL,
    old_due date NOT NULL,
    new_due date NOT NULL,
    reason text NOT NULL,
    requested_by text NOT NULL,
    requested_at timestamp without time zone NOT NULL,
    status text DEFAULT 'approved'::text NOT NULL,
    decided_by text,
    decided_at timestamp without time zone,
    decision_note text
);


--
-- Name: reschedules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.reschedules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: reschedules_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.reschedules_id_seq OWNED BY public.reschedules.id;


--
-- Name: scheduler_runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scheduler_runs (
    id bigint NOT NULL,
    job text NOT NULL,
    day date NOT NULL,
    claimed_by text NOT NULL,
    claimed_at timestamp without time zone NOT NULL,
    lease_until timestamp without time zone NOT NULL,
    finished_at timestamp without time zone,
    summary text
);


--
-- Name: scheduler_runs_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.scheduler_runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: scheduler_runs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.scheduler_runs_id_seq OWNED BY public.scheduler_runs.id;


--
-- Name: service_ratings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.service_ratings (
    id bigint NOT NULL,
    unit_id bigint NOT NULL,
    year integer NOT NULL,
    rating integer NOT NULL,
    note text,
    rated_by text NOT NULL,
    rated_at timestamp without time zone NOT NULL
);


--
-- Name: service_ratings_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.service_ratings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: service_ratings_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.service_ratings_id_seq OWNED BY public.service_ratings.id;


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id bigint NOT NULL,
    token_hash text NOT NULL,
    user_id bigint NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamp without time zone NOT NULL,
    expires_at timestamp without time zone NOT NULL,
    revoked_at timestamp without time zone
);


--
-- Name: sessions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sessions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: sessions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.sessions_id_seq OWNED BY public.sessions.id;


--
-- Name: stage_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stage_events (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    stage text NOT NULL,
    effective_on date NOT NULL,
    note text,
    recorded_by text NOT NULL,
    recorded_at timestamp without time zone NOT NULL
);


--
-- Name: stage_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.stage_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: stage_events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.stage_events_id_seq OWNED BY public.stage_events.id;


--
-- Name: units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.units (
    id bigint NOT NULL,
    name text NOT NULL,
    head_person_id bigint,
    contact_email text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: units_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.units_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: units_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.units_id_seq OWNED BY public.units.id;


--
-- Name: used_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.used_links (
    nonce text NOT NULL,
    action text NOT NULL,
    milestone_id bigint NOT NULL,
    person_id bigint NOT NULL,
    used_at timestamp without time zone NOT NULL
);


--
-- Name: user_roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_roles (
    user_id bigint NOT NULL,
    role text NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id bigint NOT NULL,
    username text NOT NULL,
    email text,
    person_id bigint,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    lang text DEFAULT 'zh-CN'::text NOT NULL,
    password_changed_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: veto_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.veto_events (
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    occurred_on date NOT NULL,
    kind text NOT NULL,
    evidence text NOT NULL,
    recorded_by text NOT NULL,
    recorded_at timestamp without time zone NOT NULL
);


--
-- Name: veto_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.veto_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: veto_events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.veto_events_id_seq OWNED BY public.veto_events.id;


--
-- Name: api_tokens id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens ALTER COLUMN id SET DEFAULT nextval('public.api_tokens_id_seq'::regclass);


--
-- Name: assessment_appeals id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_appeals ALTER COLUMN id SET DEFAULT nextval('public.assessment_appeals_id_seq'::regclass);


--
-- Name: assessment_runs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_runs ALTER COLUMN id SET DEFAULT nextval('public.assessment_runs_id_seq'::regclass);


--
-- Name: assignments id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments ALTER COLUMN id SET DEFAULT nextval('public.assignments_id_seq'::regclass);


--
-- Name: audit_log id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log ALTER COLUMN id SET DEFAULT nextval('public.audit_log_id_seq'::regclass);


--
-- Name: calendar_days id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_days ALTER COLUMN id SET DEFAULT nextval('public.calendar_days_id_seq'::regclass);


--
-- Name: calendar_feeds id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds ALTER COLUMN id SET DEFAULT nextval('public.calendar_feeds_id_seq'::regclass);


--
-- Name: comment_reads id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reads ALTER COLUMN id SET DEFAULT nextval('public.comment_reads_id_seq'::regclass);


--
-- Name: comments id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments ALTER COLUMN id SET DEFAULT nextval('public.comments_id_seq'::regclass);


--
-- Name: flags id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flags ALTER COLUMN id SET DEFAULT nextval('public.flags_id_seq'::regclass);


--
-- Name: investment_plans id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.investment_plans ALTER COLUMN id SET DEFAULT nextval('public.investment_plans_id_seq'::regclass);


--
-- Name: investment_reports id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.investment_reports ALTER COLUMN id SET DEFAULT nextval('public.investment_reports_id_seq'::regclass);


--
-- Name: issued_reports id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_reports ALTER COLUMN id SET DEFAULT nextval('public.issued_reports_id_seq'::regclass);


--
-- Name: login_failures id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failures ALTER COLUMN id SET DEFAULT nextval('public.login_failures_id_seq'::regclass);


--
-- Name: milestones id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.milestones ALTER COLUMN id SET DEFAULT nextval('public.milestones_id_seq'::regclass);


--
-- Name: outbox id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox ALTER COLUMN id SET DEFAULT nextval('public.outbox_id_seq'::regclass);


--
-- Name: people id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people ALTER COLUMN id SET DEFAULT nextval('public.people_id_seq'::regclass);


--
-- Name: problems id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.problems ALTER COLUMN id SET DEFAULT nextval('public.problems_id_seq'::regclass);


--
-- Name: progress_updates id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.progress_updates ALTER COLUMN id SET DEFAULT nextval('public.progress_updates_id_seq'::regclass);


--
-- Name: projects id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects ALTER COLUMN id SET DEFAULT nextval('public.projects_id_seq'::regclass);


--
-- Name: reschedules id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reschedules ALTER COLUMN id SET DEFAULT nextval('public.reschedules_id_seq'::regclass);


--
-- Name: scheduler_runs id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scheduler_runs ALTER COLUMN id SET DEFAULT nextval('public.scheduler_runs_id_seq'::regclass);


--
-- Name: service_ratings id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_ratings ALTER COLUMN id SET DEFAULT nextval('public.service_ratings_id_seq'::regclass);


--
-- Name: sessions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions ALTER COLUMN id SET DEFAULT nextval('public.sessions_id_seq'::regclass);


--
-- Name: stage_events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stage_events ALTER COLUMN id SET DEFAULT nextval('public.stage_events_id_seq'::regclass);


--
-- Name: units id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units ALTER COLUMN id SET DEFAULT nextval('public.units_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: veto_events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.veto_events ALTER COLUMN id SET DEFAULT nextval('public.veto_events_id_seq'::regclass);


--
-- Data for Name: __diesel_schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.__diesel_schema_migrations VALUES ('20261125000001', '2026-12-02 14:37:17.675959');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261125000002', '2026-12-02 14:37:17.707253');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261125000003', '2026-12-02 14:37:17.720978');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261128000004', '2026-12-02 14:37:17.724172');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261128000005', '2026-12-02 14:37:17.732179');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261128000006', '2026-12-02 14:37:17.754435');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261128000007', '2026-12-02 14:37:17.756879');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261202000001', '2026-12-02 14:37:17.760876');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261202000002', '2026-12-02 14:37:17.76268');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261203000001', '2026-12-02 14:37:17.767131');
INSERT INTO public.__diesel_schema_migrations VALUES ('20261203000002', '2026-12-02 14:37:17.770323');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: app_secrets; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: assessment_appeals; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: assessment_runs; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: assignments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assignments VALUES (1, 1, 13, 2, 20, '2025-01-17', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (2, 2, 14, 11, 21, '2025-07-12', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (3, 3, 15, 1, 22, '2025-12-31', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (4, 4, 16, 2, 23, '2024-02-10', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (5, 5, 17, 11, 24, '2025-03-21', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (6, 6, 18, 1, 25, '2025-08-16', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (7, 7, 14, 12, 26, '2025-04-02', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (8, 8, 16, 6, 27, '2025-09-02', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (9, 9, 17, 3, 28, '2026-02-14', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (10, 10, 15, 12, 29, '2025-05-02', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (11, 11, 16, 11, 30, '2024-07-03', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (12, 12, 18, 4, 31, '2025-10-02', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (13, 13, 13, 3, 32, '2024-01-20', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (14, 14, 18, 3, 33, '2025-08-09', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (15, 15, 19, 9, 34, '2025-09-21', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (16, 16, 17, 9, 35, '2026-01-31', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (17, 17, 15, 1, 36, '2025-06-19', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (18, 18, 19, 8, 37, '2025-07-27', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.assignments VALUES (19, 19, 14, 2, 38, '2026-06-02', NULL, 'seed:demo', '2026-11-25 04:00:00');


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_log VALUES (1, '2026-11-25 04:00:00', 'seed:demo', 'unit', '1', 'create', NULL, '{"id":1,"name":"经济发展局","head_person_id":null,"contact_email":"jfj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (2, '2026-11-25 04:00:00', 'seed:demo', 'person', '1', 'create', NULL, '{"id":1,"name":"马俊峰","title":"局长","unit_id":1,"email":"ma.junfeng@example.gov.cn","phone":"0395-3361011","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (3, '2026-11-25 04:00:00', 'seed:demo', 'unit', '1', 'update', '{"id":1,"name":"经济发展局","head_person_id":null,"contact_email":"jfj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":1,"name":"经济发展局","head_person_id":1,"contact_email":"jfj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (4, '2026-11-25 04:00:00', 'seed:demo', 'unit', '2', 'create', NULL, '{"id":2,"name":"招商局","head_person_id":null,"contact_email":"zsj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (5, '2026-11-25 04:00:00', 'seed:demo', 'person', '2', 'create', NULL, '{"id":2,"name":"杨振华","title":"局长","unit_id":2,"email":"yang.zhenhua@example.gov.cn","phone":"0395-3361012","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (6, '2026-11-25 04:00:00', 'seed:demo', 'unit', '2', 'update', '{"id":2,"name":"招商局","head_person_id":null,"contact_email":"zsj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":2,"name":"招商局","head_person_id":2,"contact_email":"zsj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (7, '2026-11-25 04:00:00', 'seed:demo', 'unit', '3', 'create', NULL, '{"id":3,"name":"规划建设局","head_person_id":null,"contact_email":"ghjsj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (8, '2026-11-25 04:00:00', 'seed:demo', 'person', '3', 'create', NULL, '{"id":3,"name":"黄志远","title":"局长","unit_id":3,"email":"huang.zhiyuan@example.gov.cn","phone":"0395-3361013","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (9, '2026-11-25 04:00:00', 'seed:demo', 'unit', '3', 'update', '{"id":3,"name":"规划建设局","head_person_id":null,"contact_email":"ghjsj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":3,"name":"规划建设局","head_person_id":3,"contact_email":"ghjsj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (10, '2026-11-25 04:00:00', 'seed:demo', 'unit', '4', 'create', NULL, '{"id":4,"name":"国土资源分局","head_person_id":null,"contact_email":"gtfj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (11, '2026-11-25 04:00:00', 'seed:demo', 'person', '4', 'create', NULL, '{"id":4,"name":"吴德胜","title":"局长","unit_id":4,"email":"wu.desheng@example.gov.cn","phone":"0395-3361014","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (12, '2026-11-25 04:00:00', 'seed:demo', 'unit', '4', 'update', '{"id":4,"name":"国土资源分局","head_person_id":null,"contact_email":"gtfj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":4,"name":"国土资源分局","head_person_id":4,"contact_email":"gtfj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (13, '2026-11-25 04:00:00', 'seed:demo', 'unit', '5', 'create', NULL, '{"id":5,"name":"财政局","head_person_id":null,"contact_email":"czj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (14, '2026-11-25 04:00:00', 'seed:demo', 'person', '5', 'create', NULL, '{"id":5,"name":"郑丽娟","title":"局长","unit_id":5,"email":"zheng.lijuan@example.gov.cn","phone":"0395-3361015","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (15, '2026-11-25 04:00:00', 'seed:demo', 'unit', '5', 'update', '{"id":5,"name":"财政局","head_person_id":null,"contact_email":"czj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":5,"name":"财政局","head_person_id":5,"contact_email":"czj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (16, '2026-11-25 04:00:00', 'seed:demo', 'unit', '6', 'create', NULL, '{"id":6,"name":"环保分局","head_person_id":null,"contact_email":"hbfj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (17, '2026-11-25 04:00:00', 'seed:demo', 'person', '6', 'create', NULL, '{"id":6,"name":"何建平","title":"局长","unit_id":6,"email":"he.jianping@example.gov.cn","phone":"0395-3361016","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (18, '2026-11-25 04:00:00', 'seed:demo', 'unit', '6', 'update', '{"id":6,"name":"环保分局","head_person_id":null,"contact_email":"hbfj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":6,"name":"环保分局","head_person_id":6,"contact_email":"hbfj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (19, '2026-11-25 04:00:00', 'seed:demo', 'unit', '7', 'create', NULL, '{"id":7,"name":"安全生产监督管理局","head_person_id":null,"contact_email":"ajj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (20, '2026-11-25 04:00:00', 'seed:demo', 'person', '7', 'create', NULL, '{"id":7,"name":"郭永军","title":"局长","unit_id":7,"email":"guo.yongjun@example.gov.cn","phone":"0395-3361017","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (21, '2026-11-25 04:00:00', 'seed:demo', 'unit', '7', 'update', '{"id":7,"name":"安全生产监督管理局","head_person_id":null,"contact_email":"ajj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":7,"name":"安全生产监督管理局","head_person_id":7,"contact_email":"ajj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (22, '2026-11-25 04:00:00', 'seed:demo', 'unit', '8', 'create', NULL, '{"id":8,"name":"社会事业局","head_person_id":null,"contact_email":"shsyj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (23, '2026-11-25 04:00:00', 'seed:demo', 'person', '8', 'create', NULL, '{"id":8,"name":"高晓梅","title":"局长","unit_id":8,"email":"gao.xiaomei@example.gov.cn","phone":"0395-3361018","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (24, '2026-11-25 04:00:00', 'seed:demo', 'unit', '8', 'update', '{"id":8,"name":"社会事业局","head_person_id":null,"contact_email":"shsyj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":8,"name":"社会事业局","head_person_id":8,"contact_email":"shsyj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (25, '2026-11-25 04:00:00', 'seed:demo', 'unit', '9', 'create', NULL, '{"id":9,"name":"城市管理局","head_person_id":null,"contact_email":"cgj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (26, '2026-11-25 04:00:00', 'seed:demo', 'person', '9', 'create', NULL, '{"id":9,"name":"林海涛","title":"局长","unit_id":9,"email":"lin.haitao@example.gov.cn","phone":"0395-3361019","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (27, '2026-11-25 04:00:00', 'seed:demo', 'unit', '9', 'update', '{"id":9,"name":"城市管理局","head_person_id":null,"contact_email":"cgj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":9,"name":"城市管理局","head_person_id":9,"contact_email":"cgj@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (28, '2026-11-25 04:00:00', 'seed:demo', 'unit', '10', 'create', NULL, '{"id":10,"name":"综合办公室(党政办)","head_person_id":null,"contact_email":"dzb@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (29, '2026-11-25 04:00:00', 'seed:demo', 'person', '10', 'create', NULL, '{"id":10,"name":"罗春生","title":"主任","unit_id":10,"email":"luo.chunsheng@example.gov.cn","phone":"0395-3361020","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (30, '2026-11-25 04:00:00', 'seed:demo', 'unit', '10', 'update', '{"id":10,"name":"综合办公室(党政办)","head_person_id":null,"contact_email":"dzb@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":10,"name":"综合办公室(党政办)","head_person_id":10,"contact_email":"dzb@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (31, '2026-11-25 04:00:00', 'seed:demo', 'unit', '11', 'create', NULL, '{"id":11,"name":"投资促进中心","head_person_id":null,"contact_email":"tczx@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (32, '2026-11-25 04:00:00', 'seed:demo', 'person', '11', 'create', NULL, '{"id":11,"name":"梁宏伟","title":"主任","unit_id":11,"email":"liang.hongwei@example.gov.cn","phone":"0395-3361021","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (33, '2026-11-25 04:00:00', 'seed:demo', 'unit', '11', 'update', '{"id":11,"name":"投资促进中心","head_person_id":null,"contact_email":"tczx@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":11,"name":"投资促进中心","head_person_id":11,"contact_email":"tczx@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (34, '2026-11-25 04:00:00', 'seed:demo', 'unit', '12', 'create', NULL, '{"id":12,"name":"项目服务中心","head_person_id":null,"contact_email":"xmfwzx@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (35, '2026-11-25 04:00:00', 'seed:demo', 'person', '12', 'create', NULL, '{"id":12,"name":"宋志强","title":"主任","unit_id":12,"email":"song.zhiqiang@example.gov.cn","phone":"0395-3361022","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (36, '2026-11-25 04:00:00', 'seed:demo', 'unit', '12', 'update', '{"id":12,"name":"项目服务中心","head_person_id":null,"contact_email":"xmfwzx@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":12,"name":"项目服务中心","head_person_id":12,"contact_email":"xmfwzx@example.gov.cn","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (37, '2026-11-25 04:00:00', 'seed:demo', 'person', '13', 'create', NULL, '{"id":13,"name":"张卫东","title":"党工委书记","unit_id":null,"email":"zhang.weidong@example.gov.cn","phone":"0395-3361001","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (38, '2026-11-25 04:00:00', 'seed:demo', 'person', '14', 'create', NULL, '{"id":14,"name":"王志刚","title":"管委会主任","unit_id":null,"email":"wang.zhigang@example.gov.cn","phone":"0395-3361002","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (39, '2026-11-25 04:00:00', 'seed:demo', 'person', '15', 'create', NULL, '{"id":15,"name":"刘明辉","title":"党工委副书记","unit_id":null,"email":"liu.minghui@example.gov.cn","phone":"0395-3361003","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (40, '2026-11-25 04:00:00', 'seed:demo', 'person', '16', 'create', NULL, '{"id":16,"name":"陈国强","title":"管委会副主任","unit_id":null,"email":"chen.guoqiang@example.gov.cn","phone":"0395-3361004","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (41, '2026-11-25 04:00:00', 'seed:demo', 'person', '17', 'create', NULL, '{"id":17,"name":"赵文斌","title":"管委会副主任","unit_id":null,"email":"zhao.wenbin@example.gov.cn","phone":"0395-3361005","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (42, '2026-11-25 04:00:00', 'seed:demo', 'person', '18', 'create', NULL, '{"id":18,"name":"孙立新","title":"管委会副主任","unit_id":null,"email":"sun.lixin@example.gov.cn","phone":"0395-3361006","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (43, '2026-11-25 04:00:00', 'seed:demo', 'person', '19', 'create', NULL, '{"id":19,"name":"周海燕","title":"纪工委书记","unit_id":null,"email":"zhou.haiyan@example.gov.cn","phone":"0395-3361007","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (44, '2026-11-25 04:00:00', 'seed:demo', 'person', '20', 'create', NULL, '{"id":20,"name":"许明亮","title":"副局长","unit_id":2,"email":"xu.mingliang@example.gov.cn","phone":"13839501126","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (45, '2026-11-25 04:00:00', 'seed:demo', 'person', '21', 'create', NULL, '{"id":21,"name":"韩雪峰","title":"副主任","unit_id":11,"email":"han.xuefeng@example.gov.cn","phone":"13939520347","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (46, '2026-11-25 04:00:00', 'seed:demo', 'person', '22', 'create', NULL, '{"id":22,"name":"冯思远","title":"科长","unit_id":1,"email":"feng.siyuan@example.gov.cn","phone":"15039587712","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (47, '2026-11-25 04:00:00', 'seed:demo', 'person', '23', 'create', NULL, '{"id":23,"name":"曹志勇","title":"科长","unit_id":2,"email":"cao.zhiyong@example.gov.cn","phone":"13703951958","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (48, '2026-11-25 04:00:00', 'seed:demo', 'person', '24', 'create', NULL, '{"id":24,"name":"彭丽华","title":"副主任","unit_id":11,"email":"peng.lihua@example.gov.cn","phone":"15239536604","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (49, '2026-11-25 04:00:00', 'seed:demo', 'person', '25', 'create', NULL, '{"id":25,"name":"蒋文涛","title":"副局长","unit_id":1,"email":"jiang.wentao@example.gov.cn","phone":"18639541830","lang":"en","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (50, '2026-11-25 04:00:00', 'seed:demo', 'person', '26', 'create', NULL, '{"id":26,"name":"谢光辉","title":"副主任","unit_id":12,"email":"xie.guanghui@example.gov.cn","phone":"13598062475","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (51, '2026-11-25 04:00:00', 'seed:demo', 'person', '27', 'create', NULL, '{"id":27,"name":"唐国庆","title":"副局长","unit_id":6,"email":"tang.guoqing@example.gov.cn","phone":"13839592063","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (52, '2026-11-25 04:00:00', 'seed:demo', 'person', '28', 'create', NULL, '{"id":28,"name":"董振宇","title":"副局长","unit_id":3,"email":"dong.zhenyu@example.gov.cn","phone":"15839517269","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (53, '2026-11-25 04:00:00', 'seed:demo', 'person', '29', 'create', NULL, '{"id":29,"name":"袁晓东","title":"科长","unit_id":12,"email":"yuan.xiaodong@example.gov.cn","phone":"18703958841","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (54, '2026-11-25 04:00:00', 'seed:demo', 'person', '30', 'create', NULL, '{"id":30,"name":"邓雅琴","title":"主任科员","unit_id":11,"email":"deng.yaqin@example.gov.cn","phone":"13939578152","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (55, '2026-11-25 04:00:00', 'seed:demo', 'person', '31', 'create', NULL, '{"id":31,"name":"田宝山","title":"副局长","unit_id":4,"email":"tian.baoshan@example.gov.cn","phone":"13525063397","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (56, '2026-11-25 04:00:00', 'seed:demo', 'person', '32', 'create', NULL, '{"id":32,"name":"潘建华","title":"科长","unit_id":3,"email":"pan.jianhua@example.gov.cn","phone":"15939504418","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (57, '2026-11-25 04:00:00', 'seed:demo', 'person', '33', 'create', NULL, '{"id":33,"name":"范永刚","title":"主任科员","unit_id":3,"email":"fan.yonggang@example.gov.cn","phone":"18939569025","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (58, '2026-11-25 04:00:00', 'seed:demo', 'person', '34', 'create', NULL, '{"id":34,"name":"石磊","title":"副局长","unit_id":9,"email":"shi.lei@example.gov.cn","phone":"13783951276","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (59, '2026-11-25 04:00:00', 'seed:demo', 'person', '35', 'create', NULL, '{"id":35,"name":"崔红梅","title":"科长","unit_id":9,"email":"cui.hongmei@example.gov.cn","phone":"15893586630","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (60, '2026-11-25 04:00:00', 'seed:demo', 'person', '36', 'create', NULL, '{"id":36,"name":"秦子涵","title":"科长","unit_id":1,"email":"qin.zihan@example.gov.cn","phone":"18239547719","lang":"en","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (61, '2026-11-25 04:00:00', 'seed:demo', 'person', '37', 'create', NULL, '{"id":37,"name":"任淑芳","title":"副局长","unit_id":8,"email":"ren.shufang@example.gov.cn","phone":"13803951584","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (62, '2026-11-25 04:00:00', 'seed:demo', 'person', '38', 'create', NULL, '{"id":38,"name":"魏家豪","title":"科长","unit_id":2,"email":"wei.jiahao@example.gov.cn","phone":"15138290463","lang":"zh-CN","active":true,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (63, '2026-11-25 04:00:00', 'seed:demo', 'project', '1', 'create', NULL, '{"assigned_on":"2025-01-17","leader_id":13,"person_id":20,"project":{"category":"industrial","code":"KP-2026-01","created_at":"2026-11-25T04:00:00Z","description":"新建低温肉制品、调理肉制品及中式酱卤制品生产线12条,配套冷库及研发中心,规划用地约620亩,达产后年加工肉制品20万吨。","id":1,"level":"provincial","location":"开发区嵩山路与淮河路交叉口西南角","name":"高端肉制品深加工项目","planned_finish":"2027-10-31","planned_start":"2025-03-18","stage":"signed","total_investment":2000000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-01-17","unit_id":2}', NULL, 1);
INSERT INTO public.audit_log VALUES (64, '2026-11-25 04:00:00', 'seed:demo', 'project', '1', 'stage', '{"stage":"signed"}', '{"id":2,"project_id":1,"stage":"started","effective_on":"2025-03-18","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (65, '2026-11-25 04:00:00', 'seed:demo', 'project', '1', 'stage', '{"stage":"started"}', '{"id":3,"project_id":1,"stage":"under_construction","effective_on":"2025-04-17","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (66, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '1', 'create', NULL, '{"id":1,"project_id":1,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (67, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '2', 'create', NULL, '{"id":2,"project_id":1,"ordinal":2,"title":"完成土地摘牌及规划许可","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (68, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '2', 'complete', '{"id":2,"project_id":1,"ordinal":2,"title":"完成土地摘牌及规划许可","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":2,"project_id":1,"ordinal":2,"title":"完成土地摘牌及规划许可","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":"2026-03-25","evidence":"完成土地摘牌及规划许可：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (69, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '3', 'create', NULL, '{"id":3,"project_id":1,"ordinal":3,"title":"场地平整及桩基施工","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (70, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '3', 'complete', '{"id":3,"project_id":1,"ordinal":3,"title":"场地平整及桩基施工","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":3,"project_id":1,"ordinal":3,"title":"场地平整及桩基施工","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":"2026-04-23","evidence":"场地平整及桩基施工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (71, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '4', 'create', NULL, '{"id":4,"project_id":1,"ordinal":4,"title":"主体厂房开工建设","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (91, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '8', 'create', NULL, '{"id":8,"project_id":1,"year":2026,"month":8,"completed":44850000,"cumulative":358800000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (72, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '4', 'complete', '{"id":4,"project_id":1,"ordinal":4,"title":"主体厂房开工建设","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":4,"project_id":1,"ordinal":4,"title":"主体厂房开工建设","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":"2026-05-30","evidence":"主体厂房开工建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (73, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '5', 'create', NULL, '{"id":5,"project_id":1,"ordinal":5,"title":"一期厂房主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (74, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '5', 'complete', '{"id":5,"project_id":1,"ordinal":5,"title":"一期厂房主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":5,"project_id":1,"ordinal":5,"title":"一期厂房主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":"2026-07-04","evidence":"一期厂房主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (75, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '6', 'create', NULL, '{"id":6,"project_id":1,"ordinal":6,"title":"冷库及配套动力车间建成","baseline_due":"2026-08-09","current_due":"2026-08-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (76, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '6', 'complete', '{"id":6,"project_id":1,"ordinal":6,"title":"冷库及配套动力车间建成","baseline_due":"2026-08-09","current_due":"2026-08-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":6,"project_id":1,"ordinal":6,"title":"冷库及配套动力车间建成","baseline_due":"2026-08-09","current_due":"2026-08-09","completed_on":"2026-08-07","evidence":"冷库及配套动力车间建成：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (77, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '7', 'create', NULL, '{"id":7,"project_id":1,"ordinal":7,"title":"生产设备采购及安装","baseline_due":"2026-09-13","current_due":"2026-09-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (78, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '7', 'complete', '{"id":7,"project_id":1,"ordinal":7,"title":"生产设备采购及安装","baseline_due":"2026-09-13","current_due":"2026-09-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":7,"project_id":1,"ordinal":7,"title":"生产设备采购及安装","baseline_due":"2026-09-13","current_due":"2026-09-13","completed_on":"2026-09-13","evidence":"生产设备采购及安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (79, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '8', 'create', NULL, '{"id":8,"project_id":1,"ordinal":8,"title":"一期生产线试生产","baseline_due":"2026-10-18","current_due":"2026-10-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (80, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '8', 'complete', '{"id":8,"project_id":1,"ordinal":8,"title":"一期生产线试生产","baseline_due":"2026-10-18","current_due":"2026-10-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":8,"project_id":1,"ordinal":8,"title":"一期生产线试生产","baseline_due":"2026-10-18","current_due":"2026-10-18","completed_on":"2026-10-17","evidence":"一期生产线试生产：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (81, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '9', 'create', NULL, '{"id":9,"project_id":1,"ordinal":9,"title":"项目竣工验收","baseline_due":"2026-11-22","current_due":"2026-11-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (82, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '9', 'complete', '{"id":9,"project_id":1,"ordinal":9,"title":"项目竣工验收","baseline_due":"2026-11-22","current_due":"2026-11-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":9,"project_id":1,"ordinal":9,"title":"项目竣工验收","baseline_due":"2026-11-22","current_due":"2026-11-22","completed_on":"2026-11-20","evidence":"项目竣工验收：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (83, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '1', 'create', NULL, '{"id":1,"project_id":1,"year":2026,"planned":600000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (84, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '1', 'create', NULL, '{"id":1,"project_id":1,"year":2026,"month":1,"completed":44850000,"cumulative":44850000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (85, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '2', 'create', NULL, '{"id":2,"project_id":1,"year":2026,"month":2,"completed":44850000,"cumulative":89700000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (86, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '3', 'create', NULL, '{"id":3,"project_id":1,"year":2026,"month":3,"completed":44850000,"cumulative":134550000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (87, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '4', 'create', NULL, '{"id":4,"project_id":1,"year":2026,"month":4,"completed":44850000,"cumulative":179400000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (88, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '5', 'create', NULL, '{"id":5,"project_id":1,"year":2026,"month":5,"completed":44850000,"cumulative":224250000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (89, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '6', 'create', NULL, '{"id":6,"project_id":1,"year":2026,"month":6,"completed":44850000,"cumulative":269100000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (90, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '7', 'create', NULL, '{"id":7,"project_id":1,"year":2026,"month":7,"completed":44850000,"cumulative":313950000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (92, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '9', 'create', NULL, '{"id":9,"project_id":1,"year":2026,"month":9,"completed":44850000,"cumulative":403650000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (93, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '10', 'create', NULL, '{"id":10,"project_id":1,"year":2026,"month":10,"completed":44850000,"cumulative":448500000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 1);
INSERT INTO public.audit_log VALUES (94, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '1', 'create', NULL, '{"id":1,"project_id":1,"reported_on":"2026-10-25","progress":"完成桩基施工1860根,一期主体厂房开工建设,累计完成投资3.2亿元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (95, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '2', 'create', NULL, '{"id":2,"project_id":1,"reported_on":"2026-11-08","progress":"一期A、B两栋厂房主体结构封顶,冷库钢结构吊装完成60%,本年度完成投资2.1亿元,占年度计划的35%。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (96, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '3', 'create', NULL, '{"id":3,"project_id":1,"reported_on":"2026-11-22","progress":"生产设备已签订采购合同4.6亿元,首批斩拌、滚揉设备到货,正在安装调试。","problems":"二期约180亩建设用地指标尚未落实,影响后续生产线布局。","next_steps":"加快冷库及动力车间建设,协调市国土部门争取二期用地指标。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 1);
INSERT INTO public.audit_log VALUES (97, '2026-11-25 04:00:00', 'seed:demo', 'project', '2', 'create', NULL, '{"assigned_on":"2025-07-12","leader_id":14,"person_id":21,"project":{"category":"industrial","code":"KP-2026-02","created_at":"2026-11-25T04:00:00Z","description":"建设速冻食品加工车间、低温冷库及冷链配送中心,总建筑面积约28万平方米,冷库库容15万吨,年加工速冻食品12万吨。","id":2,"level":"provincial","location":"开发区珠江路与长江路交叉口东北角","name":"华中冷链食品产业园项目","planned_finish":"2028-06-30","planned_start":"2025-09-10","stage":"signed","total_investment":1500000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-07-12","unit_id":11}', NULL, 2);
INSERT INTO public.audit_log VALUES (98, '2026-11-25 04:00:00', 'seed:demo', 'project', '2', 'stage', '{"stage":"signed"}', '{"id":5,"project_id":2,"stage":"started","effective_on":"2025-09-10","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (99, '2026-11-25 04:00:00', 'seed:demo', 'project', '2', 'stage', '{"stage":"started"}', '{"id":6,"project_id":2,"stage":"under_construction","effective_on":"2025-10-10","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (100, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '10', 'create', NULL, '{"id":10,"project_id":2,"ordinal":1,"title":"完成项目备案及能评批复","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (101, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '10', 'complete', '{"id":10,"project_id":2,"ordinal":1,"title":"完成项目备案及能评批复","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":10,"project_id":2,"ordinal":1,"title":"完成项目备案及能评批复","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":"2026-02-18","evidence":"完成项目备案及能评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (102, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '11', 'create', NULL, '{"id":11,"project_id":2,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (103, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '11', 'complete', '{"id":11,"project_id":2,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":11,"project_id":2,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":"2026-03-28","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (104, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '12', 'create', NULL, '{"id":12,"project_id":2,"ordinal":3,"title":"冷库桩基及基础工程施工","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (105, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '12', 'complete', '{"id":12,"project_id":2,"ordinal":3,"title":"冷库桩基及基础工程施工","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":12,"project_id":2,"ordinal":3,"title":"冷库桩基及基础工程施工","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":"2026-05-05","evidence":"冷库桩基及基础工程施工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (106, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '13', 'create', NULL, '{"id":13,"project_id":2,"ordinal":4,"title":"加工车间主体结构封顶","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (107, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '13', 'complete', '{"id":13,"project_id":2,"ordinal":4,"title":"加工车间主体结构封顶","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":13,"project_id":2,"ordinal":4,"title":"加工车间主体结构封顶","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":"2026-06-15","evidence":"加工车间主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (108, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '14', 'create', NULL, '{"id":14,"project_id":2,"ordinal":5,"title":"冷库围护及制冷系统安装","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (130, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '18', 'create', NULL, '{"id":18,"project_id":3,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-03-31","current_due":"2026-03-31","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (109, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '14', 'complete', '{"id":14,"project_id":2,"ordinal":5,"title":"冷库围护及制冷系统安装","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":14,"project_id":2,"ordinal":5,"title":"冷库围护及制冷系统安装","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":"2026-07-23","evidence":"冷库围护及制冷系统安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (110, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '15', 'create', NULL, '{"id":15,"project_id":2,"ordinal":6,"title":"冷链配送中心建成","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (111, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '15', 'complete', '{"id":15,"project_id":2,"ordinal":6,"title":"冷链配送中心建成","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":15,"project_id":2,"ordinal":6,"title":"冷链配送中心建成","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":"2026-08-30","evidence":"冷链配送中心建成：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (112, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '16', 'create', NULL, '{"id":16,"project_id":2,"ordinal":7,"title":"生产设备安装调试","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (113, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '16', 'complete', '{"id":16,"project_id":2,"ordinal":7,"title":"生产设备安装调试","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":16,"project_id":2,"ordinal":7,"title":"生产设备安装调试","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":"2026-10-10","evidence":"生产设备安装调试：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (114, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '17', 'create', NULL, '{"id":17,"project_id":2,"ordinal":8,"title":"竣工验收并投入试运营","baseline_due":"2026-11-27","current_due":"2026-11-27","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (115, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '2', 'create', NULL, '{"id":2,"project_id":2,"year":2026,"planned":450000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (116, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '11', 'create', NULL, '{"id":11,"project_id":2,"year":2026,"month":1,"completed":36656250,"cumulative":36656250,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (117, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '12', 'create', NULL, '{"id":12,"project_id":2,"year":2026,"month":2,"completed":36656250,"cumulative":73312500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (118, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '13', 'create', NULL, '{"id":13,"project_id":2,"year":2026,"month":3,"completed":36656250,"cumulative":109968750,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (119, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '14', 'create', NULL, '{"id":14,"project_id":2,"year":2026,"month":4,"completed":36656250,"cumulative":146625000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (120, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '15', 'create', NULL, '{"id":15,"project_id":2,"year":2026,"month":5,"completed":36656250,"cumulative":183281250,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (121, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '16', 'create', NULL, '{"id":16,"project_id":2,"year":2026,"month":6,"completed":36656250,"cumulative":219937500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (122, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '17', 'create', NULL, '{"id":17,"project_id":2,"year":2026,"month":7,"completed":36656250,"cumulative":256593750,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (123, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '18', 'create', NULL, '{"id":18,"project_id":2,"year":2026,"month":8,"completed":36656250,"cumulative":293250000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (124, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '19', 'create', NULL, '{"id":19,"project_id":2,"year":2026,"month":9,"completed":36656250,"cumulative":329906250,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (125, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '20', 'create', NULL, '{"id":20,"project_id":2,"year":2026,"month":10,"completed":36656250,"cumulative":366562500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 2);
INSERT INTO public.audit_log VALUES (126, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '4', 'create', NULL, '{"id":4,"project_id":2,"reported_on":"2026-11-08","progress":"完成土地摘牌410亩,冷库桩基工程完成85%,累计完成投资1.6亿元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (127, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '5', 'create', NULL, '{"id":5,"project_id":2,"reported_on":"2026-11-22","progress":"加工车间1号、2号楼主体结构封顶,本年度完成投资1.8亿元,占年度计划的40%。","problems":"110千伏专用变电站电力增容审批滞后,影响制冷系统安装调试进度。","next_steps":"督促供电部门加快电力增容审批,同步推进冷库保温围护施工。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 2);
INSERT INTO public.audit_log VALUES (128, '2026-11-25 04:00:00', 'seed:demo', 'project', '3', 'create', NULL, '{"assigned_on":"2025-12-31","leader_id":15,"person_id":22,"project":{"category":"industrial","code":"KP-2026-03","created_at":"2026-11-25T04:00:00Z","description":"以食品添加剂、益生菌制剂及保健食品为主,建设GMP标准生产车间、研发质检中心及孵化楼,一期用地约300亩,总建筑面积16万平方米。","id":3,"level":"provincial","location":"开发区衡山路与黄河路交叉口东南角","name":"生物医药产业园一期项目","planned_finish":"2028-12-31","planned_start":"2026-03-01","stage":"signed","total_investment":1200000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-12-31","unit_id":1}', NULL, 3);
INSERT INTO public.audit_log VALUES (129, '2026-11-25 04:00:00', 'seed:demo', 'project', '3', 'stage', '{"stage":"signed"}', '{"id":8,"project_id":3,"stage":"started","effective_on":"2026-03-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (131, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '18', 'complete', '{"id":18,"project_id":3,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-03-31","current_due":"2026-03-31","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":18,"project_id":3,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-03-31","current_due":"2026-03-31","completed_on":"2026-03-31","evidence":"完成项目备案及环评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (132, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '19', 'create', NULL, '{"id":19,"project_id":3,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-04-30","current_due":"2026-04-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (133, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '19', 'complete', '{"id":19,"project_id":3,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-04-30","current_due":"2026-04-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":19,"project_id":3,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-04-30","current_due":"2026-04-30","completed_on":"2026-04-29","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (134, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '20', 'create', NULL, '{"id":20,"project_id":3,"ordinal":3,"title":"取得建设工程规划许可证","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (135, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '20', 'complete', '{"id":20,"project_id":3,"ordinal":3,"title":"取得建设工程规划许可证","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":20,"project_id":3,"ordinal":3,"title":"取得建设工程规划许可证","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":"2026-05-28","evidence":"取得建设工程规划许可证：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (136, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '21', 'create', NULL, '{"id":21,"project_id":3,"ordinal":4,"title":"场地平整及桩基施工","baseline_due":"2026-06-29","current_due":"2026-06-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (137, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '21', 'complete', '{"id":21,"project_id":3,"ordinal":4,"title":"场地平整及桩基施工","baseline_due":"2026-06-29","current_due":"2026-06-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":21,"project_id":3,"ordinal":4,"title":"场地平整及桩基施工","baseline_due":"2026-06-29","current_due":"2026-06-29","completed_on":"2026-06-29","evidence":"场地平整及桩基施工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (138, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '22', 'create', NULL, '{"id":22,"project_id":3,"ordinal":5,"title":"研发质检中心主体结构封顶","baseline_due":"2026-07-30","current_due":"2026-07-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (139, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '23', 'create', NULL, '{"id":23,"project_id":3,"ordinal":6,"title":"GMP生产车间主体结构封顶","baseline_due":"2026-08-29","current_due":"2026-08-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (140, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '23', 'complete', '{"id":23,"project_id":3,"ordinal":6,"title":"GMP生产车间主体结构封顶","baseline_due":"2026-08-29","current_due":"2026-08-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":23,"project_id":3,"ordinal":6,"title":"GMP生产车间主体结构封顶","baseline_due":"2026-08-29","current_due":"2026-08-29","completed_on":"2026-09-04","evidence":"GMP生产车间主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (141, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '24', 'create', NULL, '{"id":24,"project_id":3,"ordinal":7,"title":"洁净车间装修及设备安装","baseline_due":"2026-09-28","current_due":"2026-09-28","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (142, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '24', 'complete', '{"id":24,"project_id":3,"ordinal":7,"title":"洁净车间装修及设备安装","baseline_due":"2026-09-28","current_due":"2026-09-28","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":24,"project_id":3,"ordinal":7,"title":"洁净车间装修及设备安装","baseline_due":"2026-09-28","current_due":"2026-09-28","completed_on":"2026-09-28","evidence":"洁净车间装修及设备安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (143, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '25', 'create', NULL, '{"id":25,"project_id":3,"ordinal":8,"title":"通过GMP认证","baseline_due":"2026-10-28","current_due":"2026-10-28","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (144, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '25', 'complete', '{"id":25,"project_id":3,"ordinal":8,"title":"通过GMP认证","baseline_due":"2026-10-28","current_due":"2026-10-28","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":25,"project_id":3,"ordinal":8,"title":"通过GMP认证","baseline_due":"2026-10-28","current_due":"2026-10-28","completed_on":"2026-10-27","evidence":"通过GMP认证：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (145, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '26', 'create', NULL, '{"id":26,"project_id":3,"ordinal":9,"title":"一期竣工验收","baseline_due":"2026-11-27","current_due":"2026-11-27","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (146, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '3', 'create', NULL, '{"id":3,"project_id":3,"year":2026,"planned":400000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (147, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '21', 'create', NULL, '{"id":21,"project_id":3,"year":2026,"month":1,"completed":35266666,"cumulative":35266666,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (148, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '22', 'create', NULL, '{"id":22,"project_id":3,"year":2026,"month":2,"completed":35266666,"cumulative":70533332,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (149, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '23', 'create', NULL, '{"id":23,"project_id":3,"year":2026,"month":3,"completed":35266666,"cumulative":105799998,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (150, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '24', 'create', NULL, '{"id":24,"project_id":3,"year":2026,"month":4,"completed":35266666,"cumulative":141066664,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (151, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '25', 'create', NULL, '{"id":25,"project_id":3,"year":2026,"month":5,"completed":35266666,"cumulative":176333330,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (152, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '26', 'create', NULL, '{"id":26,"project_id":3,"year":2026,"month":6,"completed":35266666,"cumulative":211599996,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (153, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '27', 'create', NULL, '{"id":27,"project_id":3,"year":2026,"month":7,"completed":35266666,"cumulative":246866662,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (154, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '28', 'create', NULL, '{"id":28,"project_id":3,"year":2026,"month":8,"completed":35266666,"cumulative":282133328,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (155, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '29', 'create', NULL, '{"id":29,"project_id":3,"year":2026,"month":9,"completed":35266666,"cumulative":317399994,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (156, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '30', 'create', NULL, '{"id":30,"project_id":3,"year":2026,"month":10,"completed":35266666,"cumulative":352666660,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 3);
INSERT INTO public.audit_log VALUES (157, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '6', 'create', NULL, '{"id":6,"project_id":3,"reported_on":"2026-11-08","progress":"项目备案及环评批复已完成,土地摘牌300亩,已缴纳土地出让金1.35亿元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (158, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '7', 'create', NULL, '{"id":7,"project_id":3,"reported_on":"2026-11-22","progress":"举行开工仪式,场地平整完成70%,桩基施工队伍进场,本年度完成投资1.7亿元。","problems":null,"next_steps":"办理建设工程规划许可证和施工许可证,全面启动桩基施工。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 3);
INSERT INTO public.audit_log VALUES (159, '2026-11-25 04:00:00', 'seed:demo', 'project', '4', 'create', NULL, '{"assigned_on":"2024-02-10","leader_id":16,"person_id":23,"project":{"category":"industrial","code":"KP-2026-04","created_at":"2026-11-25T04:00:00Z","description":"建设膨化食品、烘焙糕点及坚果炒货生产线16条,总建筑面积12万平方米,达产后年产休闲食品30万吨。","id":4,"level":"municipal","location":"开发区泰山路与漓江路交叉口西北角","name":"年产30万吨休闲食品项目","planned_finish":"2026-03-31","planned_start":"2024-04-10","stage":"signed","total_investment":650000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2024-02-10","unit_id":2}', NULL, 4);
INSERT INTO public.audit_log VALUES (160, '2026-11-25 04:00:00', 'seed:demo', 'project', '4', 'stage', '{"stage":"signed"}', '{"id":10,"project_id":4,"stage":"started","effective_on":"2024-04-10","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (161, '2026-11-25 04:00:00', 'seed:demo', 'project', '4', 'stage', '{"stage":"started"}', '{"id":11,"project_id":4,"stage":"under_construction","effective_on":"2024-05-10","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (162, '2026-11-25 04:00:00', 'seed:demo', 'project', '4', 'stage', '{"stage":"under_construction"}', '{"id":12,"project_id":4,"stage":"completed","effective_on":"2026-03-31","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (163, '2026-11-25 04:00:00', 'seed:demo', 'project', '4', 'stage', '{"stage":"completed"}', '{"id":13,"project_id":4,"stage":"in_production","effective_on":"2026-04-30","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (164, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '27', 'create', NULL, '{"id":27,"project_id":4,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-01-18","current_due":"2026-01-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (165, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '27', 'complete', '{"id":27,"project_id":4,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-01-18","current_due":"2026-01-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":27,"project_id":4,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-01-18","current_due":"2026-01-18","completed_on":"2026-01-18","evidence":"完成项目备案及环评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (166, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '28', 'create', NULL, '{"id":28,"project_id":4,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-01-27","current_due":"2026-01-27","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (167, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '28', 'complete', '{"id":28,"project_id":4,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-01-27","current_due":"2026-01-27","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":28,"project_id":4,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-01-27","current_due":"2026-01-27","completed_on":"2026-01-26","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (168, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '29', 'create', NULL, '{"id":29,"project_id":4,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-02-05","current_due":"2026-02-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (169, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '29', 'complete', '{"id":29,"project_id":4,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-02-05","current_due":"2026-02-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":29,"project_id":4,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-02-05","current_due":"2026-02-05","completed_on":"2026-02-03","evidence":"主体厂房开工建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (170, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '30', 'create', NULL, '{"id":30,"project_id":4,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (171, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '30', 'complete', '{"id":30,"project_id":4,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":30,"project_id":4,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":"2026-02-14","evidence":"主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (172, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '31', 'create', NULL, '{"id":31,"project_id":4,"ordinal":5,"title":"仓储物流中心建成","baseline_due":"2026-02-23","current_due":"2026-02-23","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (173, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '31', 'complete', '{"id":31,"project_id":4,"ordinal":5,"title":"仓储物流中心建成","baseline_due":"2026-02-23","current_due":"2026-02-23","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":31,"project_id":4,"ordinal":5,"title":"仓储物流中心建成","baseline_due":"2026-02-23","current_due":"2026-02-23","completed_on":"2026-02-22","evidence":"仓储物流中心建成：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (174, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '32', 'create', NULL, '{"id":32,"project_id":4,"ordinal":6,"title":"生产设备安装调试","baseline_due":"2026-03-04","current_due":"2026-03-04","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (175, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '32', 'complete', '{"id":32,"project_id":4,"ordinal":6,"title":"生产设备安装调试","baseline_due":"2026-03-04","current_due":"2026-03-04","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":32,"project_id":4,"ordinal":6,"title":"生产设备安装调试","baseline_due":"2026-03-04","current_due":"2026-03-04","completed_on":"2026-03-02","evidence":"生产设备安装调试：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (176, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '33', 'create', NULL, '{"id":33,"project_id":4,"ordinal":7,"title":"竣工验收","baseline_due":"2026-03-13","current_due":"2026-03-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (177, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '33', 'complete', '{"id":33,"project_id":4,"ordinal":7,"title":"竣工验收","baseline_due":"2026-03-13","current_due":"2026-03-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":33,"project_id":4,"ordinal":7,"title":"竣工验收","baseline_due":"2026-03-13","current_due":"2026-03-13","completed_on":"2026-03-13","evidence":"竣工验收：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (178, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '34', 'create', NULL, '{"id":34,"project_id":4,"ordinal":8,"title":"全面投产","baseline_due":"2026-03-22","current_due":"2026-03-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (179, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '34', 'complete', '{"id":34,"project_id":4,"ordinal":8,"title":"全面投产","baseline_due":"2026-03-22","current_due":"2026-03-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":34,"project_id":4,"ordinal":8,"title":"全面投产","baseline_due":"2026-03-22","current_due":"2026-03-22","completed_on":"2026-03-21","evidence":"全面投产：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (180, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '4', 'create', NULL, '{"id":4,"project_id":4,"year":2026,"planned":120000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (181, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '31', 'create', NULL, '{"id":31,"project_id":4,"year":2026,"month":1,"completed":11385000,"cumulative":11385000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (182, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '32', 'create', NULL, '{"id":32,"project_id":4,"year":2026,"month":2,"completed":11385000,"cumulative":22770000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (183, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '33', 'create', NULL, '{"id":33,"project_id":4,"year":2026,"month":3,"completed":11385000,"cumulative":34155000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (184, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '34', 'create', NULL, '{"id":34,"project_id":4,"year":2026,"month":4,"completed":11385000,"cumulative":45540000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (185, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '35', 'create', NULL, '{"id":35,"project_id":4,"year":2026,"month":5,"completed":11385000,"cumulative":56925000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (186, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '36', 'create', NULL, '{"id":36,"project_id":4,"year":2026,"month":6,"completed":11385000,"cumulative":68310000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (187, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '37', 'create', NULL, '{"id":37,"project_id":4,"year":2026,"month":7,"completed":11385000,"cumulative":79695000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (188, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '38', 'create', NULL, '{"id":38,"project_id":4,"year":2026,"month":8,"completed":11385000,"cumulative":91080000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (189, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '39', 'create', NULL, '{"id":39,"project_id":4,"year":2026,"month":9,"completed":11385000,"cumulative":102465000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (190, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '40', 'create', NULL, '{"id":40,"project_id":4,"year":2026,"month":10,"completed":11385000,"cumulative":113850000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 4);
INSERT INTO public.audit_log VALUES (191, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '8', 'create', NULL, '{"id":8,"project_id":4,"reported_on":"2026-11-08","progress":"16条生产线全部安装调试完毕,项目通过竣工验收,累计完成投资6.3亿元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (192, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '9', 'create', NULL, '{"id":9,"project_id":4,"reported_on":"2026-11-22","progress":"项目正式投产,一季度实现产值2.8亿元、入库税金1200万元,新增就业1100人。","problems":null,"next_steps":"协助企业申报省级农业产业化龙头企业,推进二期研发中心规划工作。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 4);
INSERT INTO public.audit_log VALUES (193, '2026-11-25 04:00:00', 'seed:demo', 'project', '5', 'create', NULL, '{"assigned_on":"2025-03-21","leader_id":17,"person_id":24,"project":{"category":"industrial","code":"KP-2026-05","created_at":"2026-11-25T04:00:00Z","description":"建设食品级塑料软包装、纸制品包装及PET瓶坯生产车间,总建筑面积9.6万平方米,年产各类食品包装材料8万吨,主要为区内食品企业配套。","id":5,"level":"municipal","location":"开发区华山路与嘉陵江路交叉口东南角","name":"食品包装材料产业园项目","planned_finish":"2026-05-31","planned_start":"2025-05-20","stage":"signed","total_investment":480000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-03-21","unit_id":11}', NULL, 5);
INSERT INTO public.audit_log VALUES (194, '2026-11-25 04:00:00', 'seed:demo', 'project', '5', 'stage', '{"stage":"signed"}', '{"id":15,"project_id":5,"stage":"started","effective_on":"2025-05-20","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (195, '2026-11-25 04:00:00', 'seed:demo', 'project', '5', 'stage', '{"stage":"started"}', '{"id":16,"project_id":5,"stage":"under_construction","effective_on":"2025-06-19","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (196, '2026-11-25 04:00:00', 'seed:demo', 'project', '5', 'stage', '{"stage":"under_construction"}', '{"id":17,"project_id":5,"stage":"completed","effective_on":"2026-05-31","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (197, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '35', 'create', NULL, '{"id":35,"project_id":5,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-01-27","current_due":"2026-01-27","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (198, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '35', 'complete', '{"id":35,"project_id":5,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-01-27","current_due":"2026-01-27","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":35,"project_id":5,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-01-27","current_due":"2026-01-27","completed_on":"2026-01-27","evidence":"完成项目备案及环评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (199, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '36', 'create', NULL, '{"id":36,"project_id":5,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (200, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '36', 'complete', '{"id":36,"project_id":5,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":36,"project_id":5,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":"2026-02-13","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (201, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '37', 'create', NULL, '{"id":37,"project_id":5,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-03-03","current_due":"2026-03-03","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (202, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '37', 'complete', '{"id":37,"project_id":5,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-03-03","current_due":"2026-03-03","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":37,"project_id":5,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-03-03","current_due":"2026-03-03","completed_on":"2026-03-01","evidence":"主体厂房开工建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (203, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '38', 'create', NULL, '{"id":38,"project_id":5,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (204, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '38', 'complete', '{"id":38,"project_id":5,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":38,"project_id":5,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":"2026-03-21","evidence":"主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (205, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '39', 'create', NULL, '{"id":39,"project_id":5,"ordinal":5,"title":"设备采购及安装","baseline_due":"2026-04-08","current_due":"2026-04-08","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (206, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '39', 'complete', '{"id":39,"project_id":5,"ordinal":5,"title":"设备采购及安装","baseline_due":"2026-04-08","current_due":"2026-04-08","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":39,"project_id":5,"ordinal":5,"title":"设备采购及安装","baseline_due":"2026-04-08","current_due":"2026-04-08","completed_on":"2026-04-07","evidence":"设备采购及安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (207, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '40', 'create', NULL, '{"id":40,"project_id":5,"ordinal":6,"title":"消防及环保设施验收","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (229, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '43', 'create', NULL, '{"id":43,"project_id":6,"ordinal":2,"title":"完成土地摘牌及规划许可","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (208, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '40', 'complete', '{"id":40,"project_id":5,"ordinal":6,"title":"消防及环保设施验收","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":40,"project_id":5,"ordinal":6,"title":"消防及环保设施验收","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":"2026-04-23","evidence":"消防及环保设施验收：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (209, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '41', 'create', NULL, '{"id":41,"project_id":5,"ordinal":7,"title":"竣工验收","baseline_due":"2026-05-13","current_due":"2026-05-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (210, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '41', 'complete', '{"id":41,"project_id":5,"ordinal":7,"title":"竣工验收","baseline_due":"2026-05-13","current_due":"2026-05-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":41,"project_id":5,"ordinal":7,"title":"竣工验收","baseline_due":"2026-05-13","current_due":"2026-05-13","completed_on":"2026-05-13","evidence":"竣工验收：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (211, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '5', 'create', NULL, '{"id":5,"project_id":5,"year":2026,"planned":150000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (212, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '41', 'create', NULL, '{"id":41,"project_id":5,"year":2026,"month":1,"completed":15237500,"cumulative":15237500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (213, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '42', 'create', NULL, '{"id":42,"project_id":5,"year":2026,"month":2,"completed":15237500,"cumulative":30475000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (214, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '43', 'create', NULL, '{"id":43,"project_id":5,"year":2026,"month":3,"completed":15237500,"cumulative":45712500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (215, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '44', 'create', NULL, '{"id":44,"project_id":5,"year":2026,"month":4,"completed":15237500,"cumulative":60950000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (216, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '45', 'create', NULL, '{"id":45,"project_id":5,"year":2026,"month":5,"completed":15237500,"cumulative":76187500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (217, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '46', 'create', NULL, '{"id":46,"project_id":5,"year":2026,"month":6,"completed":15237500,"cumulative":91425000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (218, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '47', 'create', NULL, '{"id":47,"project_id":5,"year":2026,"month":7,"completed":15237500,"cumulative":106662500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (219, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '48', 'create', NULL, '{"id":48,"project_id":5,"year":2026,"month":8,"completed":15237500,"cumulative":121900000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (220, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '49', 'create', NULL, '{"id":49,"project_id":5,"year":2026,"month":9,"completed":15237500,"cumulative":137137500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (221, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '50', 'create', NULL, '{"id":50,"project_id":5,"year":2026,"month":10,"completed":15237500,"cumulative":152375000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 5);
INSERT INTO public.audit_log VALUES (222, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '10', 'create', NULL, '{"id":10,"project_id":5,"reported_on":"2026-11-08","progress":"主体厂房及综合楼全部封顶,印刷复合生产线完成安装,累计完成投资3.9亿元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (223, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '11', 'create', NULL, '{"id":11,"project_id":5,"reported_on":"2026-11-22","progress":"项目通过消防、环保专项验收和竣工验收备案,累计完成投资4.75亿元。","problems":"企业食品相关产品生产许可证仍在审查中,暂未能投入试生产。","next_steps":"协调质监部门加快生产许可审查,力争下月投入试生产。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 5);
INSERT INTO public.audit_log VALUES (224, '2026-11-25 04:00:00', 'seed:demo', 'project', '6', 'create', NULL, '{"assigned_on":"2025-08-16","leader_id":18,"person_id":25,"project":{"category":"industrial","code":"KP-2026-06","created_at":"2026-11-25T04:00:00Z","description":"建设食品加工机械、包装机械及智能输送设备生产基地,总建筑面积7.8万平方米,达产后年产各类食品装备3000台(套)。","id":6,"level":"municipal","location":"开发区峨眉山路与湘江路交叉口西北角","name":"食品机械装备制造项目","planned_finish":"2027-06-30","planned_start":"2025-10-15","stage":"signed","total_investment":360000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-08-16","unit_id":1}', NULL, 6);
INSERT INTO public.audit_log VALUES (225, '2026-11-25 04:00:00', 'seed:demo', 'project', '6', 'stage', '{"stage":"signed"}', '{"id":19,"project_id":6,"stage":"started","effective_on":"2025-10-15","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (226, '2026-11-25 04:00:00', 'seed:demo', 'project', '6', 'stage', '{"stage":"started"}', '{"id":20,"project_id":6,"stage":"under_construction","effective_on":"2025-11-14","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (227, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '42', 'create', NULL, '{"id":42,"project_id":6,"ordinal":1,"title":"完成项目备案","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (228, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '42', 'complete', '{"id":42,"project_id":6,"ordinal":1,"title":"完成项目备案","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":42,"project_id":6,"ordinal":1,"title":"完成项目备案","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":"2026-02-18","evidence":"完成项目备案：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (230, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '43', 'complete', '{"id":43,"project_id":6,"ordinal":2,"title":"完成土地摘牌及规划许可","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":43,"project_id":6,"ordinal":2,"title":"完成土地摘牌及规划许可","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":"2026-03-28","evidence":"完成土地摘牌及规划许可：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (231, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '44', 'create', NULL, '{"id":44,"project_id":6,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (232, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '44', 'complete', '{"id":44,"project_id":6,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":44,"project_id":6,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":"2026-05-05","evidence":"主体厂房开工建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (233, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '45', 'create', NULL, '{"id":45,"project_id":6,"ordinal":4,"title":"钢结构厂房吊装完成","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (234, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '45', 'complete', '{"id":45,"project_id":6,"ordinal":4,"title":"钢结构厂房吊装完成","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":45,"project_id":6,"ordinal":4,"title":"钢结构厂房吊装完成","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":"2026-06-15","evidence":"钢结构厂房吊装完成：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (235, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '46', 'create', NULL, '{"id":46,"project_id":6,"ordinal":5,"title":"综合办公楼主体结构封顶","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (236, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '46', 'complete', '{"id":46,"project_id":6,"ordinal":5,"title":"综合办公楼主体结构封顶","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":46,"project_id":6,"ordinal":5,"title":"综合办公楼主体结构封顶","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":"2026-07-23","evidence":"综合办公楼主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (237, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '47', 'create', NULL, '{"id":47,"project_id":6,"ordinal":6,"title":"数控加工设备采购及安装","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (238, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '47', 'reschedule', '{"id":47,"project_id":6,"ordinal":6,"title":"数控加工设备采购及安装","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":47,"project_id":6,"ordinal":6,"title":"数控加工设备采购及安装","baseline_due":"2026-09-01","current_due":"2026-12-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (239, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '48', 'create', NULL, '{"id":48,"project_id":6,"ordinal":7,"title":"生产线联合调试","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (240, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '48', 'complete', '{"id":48,"project_id":6,"ordinal":7,"title":"生产线联合调试","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":48,"project_id":6,"ordinal":7,"title":"生产线联合调试","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":"2026-10-14","evidence":"生产线联合调试：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (241, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '49', 'create', NULL, '{"id":49,"project_id":6,"ordinal":8,"title":"竣工验收","baseline_due":"2026-11-28","current_due":"2026-11-28","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (242, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '6', 'create', NULL, '{"id":6,"project_id":6,"year":2026,"planned":180000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (243, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '51', 'create', NULL, '{"id":51,"project_id":6,"year":2026,"month":1,"completed":14317500,"cumulative":14317500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (244, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '52', 'create', NULL, '{"id":52,"project_id":6,"year":2026,"month":2,"completed":14317500,"cumulative":28635000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (245, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '53', 'create', NULL, '{"id":53,"project_id":6,"year":2026,"month":3,"completed":14317500,"cumulative":42952500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (246, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '54', 'create', NULL, '{"id":54,"project_id":6,"year":2026,"month":4,"completed":14317500,"cumulative":57270000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (247, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '55', 'create', NULL, '{"id":55,"project_id":6,"year":2026,"month":5,"completed":14317500,"cumulative":71587500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (248, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '56', 'create', NULL, '{"id":56,"project_id":6,"year":2026,"month":6,"completed":14317500,"cumulative":85905000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (249, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '57', 'create', NULL, '{"id":57,"project_id":6,"year":2026,"month":7,"completed":14317500,"cumulative":100222500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (250, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '58', 'create', NULL, '{"id":58,"project_id":6,"year":2026,"month":8,"completed":14317500,"cumulative":114540000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (251, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '59', 'create', NULL, '{"id":59,"project_id":6,"year":2026,"month":9,"completed":14317500,"cumulative":128857500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (252, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '60', 'create', NULL, '{"id":60,"project_id":6,"year":2026,"month":10,"completed":14317500,"cumulative":143175000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 6);
INSERT INTO public.audit_log VALUES (253, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '12', 'create', NULL, '{"id":12,"project_id":6,"reported_on":"2026-11-08","progress":"完成土地摘牌156亩,主体厂房基础施工完成,累计完成投资5200万元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (254, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '13', 'create', NULL, '{"id":13,"project_id":6,"reported_on":"2026-11-22","progress":"1号、2号联合厂房钢结构吊装完成,综合办公楼施工至四层,本年度完成投资9600万元,占年度计划的53%。","problems":null,"next_steps":"推进综合办公楼主体封顶,启动数控加工中心等设备招标采购。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 6);
INSERT INTO public.audit_log VALUES (255, '2026-11-25 04:00:00', 'seed:demo', 'project', '7', 'create', NULL, '{"assigned_on":"2025-04-02","leader_id":14,"person_id":26,"project":{"category":"industrial","code":"KP-2026-07","created_at":"2026-11-25T04:00:00Z","description":"建设液态奶、含乳饮料及果蔬汁饮料生产线8条,配套奶源收储中心,总建筑面积6.5万平方米,年产乳制品及饮料25万吨。","id":7,"level":"municipal","location":"开发区长白山路与汉江路交叉口东北角","name":"乳制品及饮料生产线项目","planned_finish":"2027-08-31","planned_start":"2025-06-01","stage":"signed","total_investment":520000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-04-02","unit_id":12}', NULL, 7);
INSERT INTO public.audit_log VALUES (256, '2026-11-25 04:00:00', 'seed:demo', 'project', '7', 'stage', '{"stage":"signed"}', '{"id":22,"project_id":7,"stage":"started","effective_on":"2025-06-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (257, '2026-11-25 04:00:00', 'seed:demo', 'project', '7', 'stage', '{"stage":"started"}', '{"id":23,"project_id":7,"stage":"under_construction","effective_on":"2025-07-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (258, '2026-11-25 04:00:00', 'seed:demo', 'project', '7', 'stage', '{"stage":"under_construction"}', '{"id":24,"project_id":7,"stage":"suspended","effective_on":"2026-10-11","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (259, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '50', 'create', NULL, '{"id":50,"project_id":7,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (260, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '50', 'complete', '{"id":50,"project_id":7,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":50,"project_id":7,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":"2026-02-18","evidence":"完成项目备案及环评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (261, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '51', 'create', NULL, '{"id":51,"project_id":7,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (262, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '51', 'complete', '{"id":51,"project_id":7,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":51,"project_id":7,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":"2026-03-28","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (263, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '52', 'create', NULL, '{"id":52,"project_id":7,"ordinal":3,"title":"主体厂房开工建设","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (264, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '53', 'create', NULL, '{"id":53,"project_id":7,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (265, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '53', 'complete', '{"id":53,"project_id":7,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":53,"project_id":7,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":"2026-06-20","evidence":"主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (266, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '54', 'create', NULL, '{"id":54,"project_id":7,"ordinal":5,"title":"奶源收储中心建成","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (267, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '54', 'complete', '{"id":54,"project_id":7,"ordinal":5,"title":"奶源收储中心建成","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":54,"project_id":7,"ordinal":5,"title":"奶源收储中心建成","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":"2026-07-23","evidence":"奶源收储中心建成：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (405, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '105', 'create', NULL, '{"id":105,"project_id":11,"year":2026,"month":5,"completed":5060000,"cumulative":25300000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (268, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '55', 'create', NULL, '{"id":55,"project_id":7,"ordinal":6,"title":"灌装生产线采购及安装","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (269, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '55', 'complete', '{"id":55,"project_id":7,"ordinal":6,"title":"灌装生产线采购及安装","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":55,"project_id":7,"ordinal":6,"title":"灌装生产线采购及安装","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":"2026-08-30","evidence":"灌装生产线采购及安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (270, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '56', 'create', NULL, '{"id":56,"project_id":7,"ordinal":7,"title":"试生产","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (271, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '56', 'complete', '{"id":56,"project_id":7,"ordinal":7,"title":"试生产","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":56,"project_id":7,"ordinal":7,"title":"试生产","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":"2026-10-10","evidence":"试生产：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (272, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '57', 'create', NULL, '{"id":57,"project_id":7,"ordinal":8,"title":"竣工验收","baseline_due":"2026-11-18","current_due":"2026-11-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (273, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '7', 'create', NULL, '{"id":7,"project_id":7,"year":2026,"planned":200000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (274, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '61', 'create', NULL, '{"id":61,"project_id":7,"year":2026,"month":1,"completed":17250000,"cumulative":17250000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (275, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '62', 'create', NULL, '{"id":62,"project_id":7,"year":2026,"month":2,"completed":17250000,"cumulative":34500000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (276, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '63', 'create', NULL, '{"id":63,"project_id":7,"year":2026,"month":3,"completed":17250000,"cumulative":51750000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (277, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '64', 'create', NULL, '{"id":64,"project_id":7,"year":2026,"month":4,"completed":17250000,"cumulative":69000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (278, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '65', 'create', NULL, '{"id":65,"project_id":7,"year":2026,"month":5,"completed":17250000,"cumulative":86250000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (279, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '66', 'create', NULL, '{"id":66,"project_id":7,"year":2026,"month":6,"completed":17250000,"cumulative":103500000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (280, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '67', 'create', NULL, '{"id":67,"project_id":7,"year":2026,"month":7,"completed":17250000,"cumulative":120750000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (281, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '68', 'create', NULL, '{"id":68,"project_id":7,"year":2026,"month":8,"completed":17250000,"cumulative":138000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (282, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '69', 'create', NULL, '{"id":69,"project_id":7,"year":2026,"month":9,"completed":17250000,"cumulative":155250000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (283, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '70', 'create', NULL, '{"id":70,"project_id":7,"year":2026,"month":10,"completed":17250000,"cumulative":172500000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 7);
INSERT INTO public.audit_log VALUES (284, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '14', 'create', NULL, '{"id":14,"project_id":7,"reported_on":"2026-11-08","progress":"主体厂房基础及一层结构完成,累计完成投资8600万元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (285, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '15', 'create', NULL, '{"id":15,"project_id":7,"reported_on":"2026-11-22","progress":"受投资方资金链紧张影响,施工单位于3月份撤场,项目暂停施工,已两次约谈企业负责人。","problems":"投资方融资未落实,项目停工已超过3个月,存在土地闲置风险。","next_steps":"督促企业引进战略投资者并限期提交复工计划,逾期按投资协议启动土地收回程序。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 7);
INSERT INTO public.audit_log VALUES (286, '2026-11-25 04:00:00', 'seed:demo', 'project', '8', 'create', NULL, '{"assigned_on":"2025-09-02","leader_id":16,"person_id":27,"project":{"category":"infrastructure","code":"KP-2026-08","created_at":"2026-11-25T04:00:00Z","description":"新增日处理污水5万吨能力,采用A²/O加深度处理工艺,出水达到一级A标准,同步建设配套污水主干管网8.5公里。","id":8,"level":"municipal","location":"开发区淮河路南段湾柳河北岸","name":"污水处理厂二期扩建工程","planned_finish":"2026-12-31","planned_start":"2025-11-01","stage":"signed","total_investment":180000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-09-02","unit_id":6}', NULL, 8);
INSERT INTO public.audit_log VALUES (287, '2026-11-25 04:00:00', 'seed:demo', 'project', '8', 'stage', '{"stage":"signed"}', '{"id":26,"project_id":8,"stage":"started","effective_on":"2025-11-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (288, '2026-11-25 04:00:00', 'seed:demo', 'project', '8', 'stage', '{"stage":"started"}', '{"id":27,"project_id":8,"stage":"under_construction","effective_on":"2025-12-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (289, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '58', 'create', NULL, '{"id":58,"project_id":8,"ordinal":1,"title":"完成项目可研及环评批复","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (290, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '58', 'complete', '{"id":58,"project_id":8,"ordinal":1,"title":"完成项目可研及环评批复","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":58,"project_id":8,"ordinal":1,"title":"完成项目可研及环评批复","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":"2026-02-20","evidence":"完成项目可研及环评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (291, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '59', 'create', NULL, '{"id":59,"project_id":8,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (292, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '59', 'complete', '{"id":59,"project_id":8,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":59,"project_id":8,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":"2026-03-20","evidence":"完成施工招标：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (293, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '60', 'create', NULL, '{"id":60,"project_id":8,"ordinal":3,"title":"生化池及二沉池土建施工","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (294, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '60', 'complete', '{"id":60,"project_id":8,"ordinal":3,"title":"生化池及二沉池土建施工","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":60,"project_id":8,"ordinal":3,"title":"生化池及二沉池土建施工","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":"2026-04-23","evidence":"生化池及二沉池土建施工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (295, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '61', 'create', NULL, '{"id":61,"project_id":8,"ordinal":4,"title":"配套污水主干管网铺设","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (296, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '61', 'complete', '{"id":61,"project_id":8,"ordinal":4,"title":"配套污水主干管网铺设","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":61,"project_id":8,"ordinal":4,"title":"配套污水主干管网铺设","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":"2026-05-30","evidence":"配套污水主干管网铺设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (297, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '62', 'create', NULL, '{"id":62,"project_id":8,"ordinal":5,"title":"深度处理车间主体完工","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (298, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '62', 'complete', '{"id":62,"project_id":8,"ordinal":5,"title":"深度处理车间主体完工","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":62,"project_id":8,"ordinal":5,"title":"深度处理车间主体完工","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":"2026-07-04","evidence":"深度处理车间主体完工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (299, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '63', 'create', NULL, '{"id":63,"project_id":8,"ordinal":6,"title":"工艺设备安装","baseline_due":"2026-08-09","current_due":"2026-08-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (300, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '63', 'complete', '{"id":63,"project_id":8,"ordinal":6,"title":"工艺设备安装","baseline_due":"2026-08-09","current_due":"2026-08-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":63,"project_id":8,"ordinal":6,"title":"工艺设备安装","baseline_due":"2026-08-09","current_due":"2026-08-09","completed_on":"2026-08-07","evidence":"工艺设备安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (301, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '64', 'create', NULL, '{"id":64,"project_id":8,"ordinal":7,"title":"单机及联动调试","baseline_due":"2026-09-13","current_due":"2026-09-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (302, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '64', 'complete', '{"id":64,"project_id":8,"ordinal":7,"title":"单机及联动调试","baseline_due":"2026-09-13","current_due":"2026-09-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":64,"project_id":8,"ordinal":7,"title":"单机及联动调试","baseline_due":"2026-09-13","current_due":"2026-09-13","completed_on":"2026-09-13","evidence":"单机及联动调试：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (303, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '65', 'create', NULL, '{"id":65,"project_id":8,"ordinal":8,"title":"通水试运行","baseline_due":"2026-10-18","current_due":"2026-10-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (304, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '65', 'complete', '{"id":65,"project_id":8,"ordinal":8,"title":"通水试运行","baseline_due":"2026-10-18","current_due":"2026-10-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":65,"project_id":8,"ordinal":8,"title":"通水试运行","baseline_due":"2026-10-18","current_due":"2026-10-18","completed_on":"2026-10-17","evidence":"通水试运行：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (305, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '66', 'create', NULL, '{"id":66,"project_id":8,"ordinal":9,"title":"竣工验收及环保验收","baseline_due":"2026-11-22","current_due":"2026-11-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (306, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '66', 'complete', '{"id":66,"project_id":8,"ordinal":9,"title":"竣工验收及环保验收","baseline_due":"2026-11-22","current_due":"2026-11-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":66,"project_id":8,"ordinal":9,"title":"竣工验收及环保验收","baseline_due":"2026-11-22","current_due":"2026-11-22","completed_on":"2026-11-20","evidence":"竣工验收及环保验收：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (307, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '8', 'create', NULL, '{"id":8,"project_id":8,"year":2026,"planned":100000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (308, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '71', 'create', NULL, '{"id":71,"project_id":8,"year":2026,"month":1,"completed":9295833,"cumulative":9295833,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (309, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '72', 'create', NULL, '{"id":72,"project_id":8,"year":2026,"month":2,"completed":9295833,"cumulative":18591666,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (310, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '73', 'create', NULL, '{"id":73,"project_id":8,"year":2026,"month":3,"completed":9295833,"cumulative":27887499,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (311, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '74', 'create', NULL, '{"id":74,"project_id":8,"year":2026,"month":4,"completed":9295833,"cumulative":37183332,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (312, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '75', 'create', NULL, '{"id":75,"project_id":8,"year":2026,"month":5,"completed":9295833,"cumulative":46479165,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (313, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '76', 'create', NULL, '{"id":76,"project_id":8,"year":2026,"month":6,"completed":9295833,"cumulative":55774998,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (314, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '77', 'create', NULL, '{"id":77,"project_id":8,"year":2026,"month":7,"completed":9295833,"cumulative":65070831,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (315, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '78', 'create', NULL, '{"id":78,"project_id":8,"year":2026,"month":8,"completed":9295833,"cumulative":74366664,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (316, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '79', 'create', NULL, '{"id":79,"project_id":8,"year":2026,"month":9,"completed":9295833,"cumulative":83662497,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (317, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '80', 'create', NULL, '{"id":80,"project_id":8,"year":2026,"month":10,"completed":9295833,"cumulative":92958330,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 8);
INSERT INTO public.audit_log VALUES (318, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '16', 'create', NULL, '{"id":16,"project_id":8,"reported_on":"2026-11-08","progress":"生化池、二沉池土建完成80%,铺设污水主干管网3.2公里,累计完成投资6800万元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (319, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '17', 'create', NULL, '{"id":17,"project_id":8,"reported_on":"2026-11-22","progress":"深度处理车间主体完工,主干管网累计铺设6.1公里,本年度完成投资5400万元。","problems":"污水主干管穿越铁路段施工方案尚待铁路部门审批。","next_steps":"加快工艺设备安装,争取铁路部门尽快批复穿越施工方案。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 8);
INSERT INTO public.audit_log VALUES (320, '2026-11-25 04:00:00', 'seed:demo', 'project', '9', 'create', NULL, '{"assigned_on":"2026-02-14","leader_id":17,"person_id":28,"project":{"category":"infrastructure","code":"KP-2026-09","created_at":"2026-11-25T04:00:00Z","description":"新建热源至园区的主干供热管网约18公里及换热站6座,为区内食品企业提供生产用蒸汽和冬季供暖,设计供汽能力300吨/小时。","id":9,"level":"municipal","location":"开发区黄河路、泰山路、嵩山路沿线","name":"集中供热管网工程","planned_finish":"2026-11-15","planned_start":"2026-04-15","stage":"signed","total_investment":120000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2026-02-14","unit_id":3}', NULL, 9);
INSERT INTO public.audit_log VALUES (321, '2026-11-25 04:00:00', 'seed:demo', 'project', '9', 'stage', '{"stage":"signed"}', '{"id":29,"project_id":9,"stage":"started","effective_on":"2026-04-15","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (322, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '67', 'create', NULL, '{"id":67,"project_id":9,"ordinal":1,"title":"完成可研批复及施工图设计","baseline_due":"2026-05-17","current_due":"2026-05-17","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (323, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '67', 'complete', '{"id":67,"project_id":9,"ordinal":1,"title":"完成可研批复及施工图设计","baseline_due":"2026-05-17","current_due":"2026-05-17","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":67,"project_id":9,"ordinal":1,"title":"完成可研批复及施工图设计","baseline_due":"2026-05-17","current_due":"2026-05-17","completed_on":"2026-05-17","evidence":"完成可研批复及施工图设计：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (324, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '68', 'create', NULL, '{"id":68,"project_id":9,"ordinal":2,"title":"完成施工及监理招标","baseline_due":"2026-06-18","current_due":"2026-06-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (325, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '68', 'complete', '{"id":68,"project_id":9,"ordinal":2,"title":"完成施工及监理招标","baseline_due":"2026-06-18","current_due":"2026-06-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":68,"project_id":9,"ordinal":2,"title":"完成施工及监理招标","baseline_due":"2026-06-18","current_due":"2026-06-18","completed_on":"2026-06-17","evidence":"完成施工及监理招标：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (326, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '69', 'create', NULL, '{"id":69,"project_id":9,"ordinal":3,"title":"黄河路段管网开工","baseline_due":"2026-07-20","current_due":"2026-07-20","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (327, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '69', 'complete', '{"id":69,"project_id":9,"ordinal":3,"title":"黄河路段管网开工","baseline_due":"2026-07-20","current_due":"2026-07-20","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":69,"project_id":9,"ordinal":3,"title":"黄河路段管网开工","baseline_due":"2026-07-20","current_due":"2026-07-20","completed_on":"2026-07-18","evidence":"黄河路段管网开工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (328, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '70', 'create', NULL, '{"id":70,"project_id":9,"ordinal":4,"title":"泰山路段管网铺设","baseline_due":"2026-08-21","current_due":"2026-08-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (329, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '70', 'complete', '{"id":70,"project_id":9,"ordinal":4,"title":"泰山路段管网铺设","baseline_due":"2026-08-21","current_due":"2026-08-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":70,"project_id":9,"ordinal":4,"title":"泰山路段管网铺设","baseline_due":"2026-08-21","current_due":"2026-08-21","completed_on":"2026-08-21","evidence":"泰山路段管网铺设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (330, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '71', 'create', NULL, '{"id":71,"project_id":9,"ordinal":5,"title":"嵩山路段管网铺设","baseline_due":"2026-09-22","current_due":"2026-09-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (331, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '71', 'complete', '{"id":71,"project_id":9,"ordinal":5,"title":"嵩山路段管网铺设","baseline_due":"2026-09-22","current_due":"2026-09-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":71,"project_id":9,"ordinal":5,"title":"嵩山路段管网铺设","baseline_due":"2026-09-22","current_due":"2026-09-22","completed_on":"2026-09-21","evidence":"嵩山路段管网铺设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (332, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '72', 'create', NULL, '{"id":72,"project_id":9,"ordinal":6,"title":"换热站建设及设备安装","baseline_due":"2026-10-24","current_due":"2026-10-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (333, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '72', 'complete', '{"id":72,"project_id":9,"ordinal":6,"title":"换热站建设及设备安装","baseline_due":"2026-10-24","current_due":"2026-10-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":72,"project_id":9,"ordinal":6,"title":"换热站建设及设备安装","baseline_due":"2026-10-24","current_due":"2026-10-24","completed_on":"2026-10-22","evidence":"换热站建设及设备安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (334, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '73', 'create', NULL, '{"id":73,"project_id":9,"ordinal":7,"title":"管网试压吹扫及通汽验收","baseline_due":"2026-11-25","current_due":"2026-11-25","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (335, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '9', 'create', NULL, '{"id":9,"project_id":9,"year":2026,"planned":90000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (336, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '81', 'create', NULL, '{"id":81,"project_id":9,"year":2026,"month":1,"completed":8970000,"cumulative":8970000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (337, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '82', 'create', NULL, '{"id":82,"project_id":9,"year":2026,"month":2,"completed":8970000,"cumulative":17940000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (338, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '83', 'create', NULL, '{"id":83,"project_id":9,"year":2026,"month":3,"completed":8970000,"cumulative":26910000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (339, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '84', 'create', NULL, '{"id":84,"project_id":9,"year":2026,"month":4,"completed":8970000,"cumulative":35880000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (340, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '85', 'create', NULL, '{"id":85,"project_id":9,"year":2026,"month":5,"completed":8970000,"cumulative":44850000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (341, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '86', 'create', NULL, '{"id":86,"project_id":9,"year":2026,"month":6,"completed":8970000,"cumulative":53820000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (342, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '87', 'create', NULL, '{"id":87,"project_id":9,"year":2026,"month":7,"completed":8970000,"cumulative":62790000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (343, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '88', 'create', NULL, '{"id":88,"project_id":9,"year":2026,"month":8,"completed":8970000,"cumulative":71760000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (344, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '89', 'create', NULL, '{"id":89,"project_id":9,"year":2026,"month":9,"completed":8970000,"cumulative":80730000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (345, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '90', 'create', NULL, '{"id":90,"project_id":9,"year":2026,"month":10,"completed":8970000,"cumulative":89700000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 9);
INSERT INTO public.audit_log VALUES (346, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '18', 'create', NULL, '{"id":18,"project_id":9,"reported_on":"2026-11-08","progress":"完成施工及监理招标,施工中标价1.08亿元,施工单位已进场。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (347, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '19', 'create', NULL, '{"id":19,"project_id":9,"reported_on":"2026-11-22","progress":"黄河路段管网开工,完成管道支架基础120处,本年度完成投资1500万元。","problems":null,"next_steps":"组织力量平行推进泰山路段施工,确保11月中旬前通汽。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 9);
INSERT INTO public.audit_log VALUES (348, '2026-11-25 04:00:00', 'seed:demo', 'project', '10', 'create', NULL, '{"assigned_on":"2025-05-02","leader_id":15,"person_id":29,"project":{"category":"services","code":"KP-2026-10","created_at":"2026-11-25T04:00:00Z","description":"建设食品仓储中心、分拨配送中心、信息交易中心及配套停车场,占地约500亩,年货物吞吐能力300万吨。","id":10,"level":"municipal","location":"开发区迎宾大道与珠江路交叉口西南角","name":"中原食品物流园项目","planned_finish":"2027-12-31","planned_start":"2025-07-01","stage":"signed","total_investment":800000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-05-02","unit_id":12}', NULL, 10);
INSERT INTO public.audit_log VALUES (349, '2026-11-25 04:00:00', 'seed:demo', 'project', '10', 'stage', '{"stage":"signed"}', '{"id":31,"project_id":10,"stage":"started","effective_on":"2025-07-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (350, '2026-11-25 04:00:00', 'seed:demo', 'project', '10', 'stage', '{"stage":"started"}', '{"id":32,"project_id":10,"stage":"under_construction","effective_on":"2025-07-31","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (351, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '74', 'create', NULL, '{"id":74,"project_id":10,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (352, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '74', 'complete', '{"id":74,"project_id":10,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":74,"project_id":10,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-14","current_due":"2026-02-14","completed_on":"2026-02-14","evidence":"完成项目备案及环评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (353, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '75', 'create', NULL, '{"id":75,"project_id":10,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (354, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '75', 'complete', '{"id":75,"project_id":10,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":75,"project_id":10,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-21","current_due":"2026-03-21","completed_on":"2026-03-20","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (355, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '76', 'create', NULL, '{"id":76,"project_id":10,"ordinal":3,"title":"仓储中心开工建设","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (356, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '76', 'complete', '{"id":76,"project_id":10,"ordinal":3,"title":"仓储中心开工建设","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":76,"project_id":10,"ordinal":3,"title":"仓储中心开工建设","baseline_due":"2026-04-25","current_due":"2026-04-25","completed_on":"2026-04-23","evidence":"仓储中心开工建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (357, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '77', 'create', NULL, '{"id":77,"project_id":10,"ordinal":4,"title":"仓储中心主体完工","baseline_due":"2026-05-30","current_due":"2026-05-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (358, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '78', 'create', NULL, '{"id":78,"project_id":10,"ordinal":5,"title":"信息交易中心主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (359, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '78', 'complete', '{"id":78,"project_id":10,"ordinal":5,"title":"信息交易中心主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":78,"project_id":10,"ordinal":5,"title":"信息交易中心主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":"2026-07-13","evidence":"信息交易中心主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (360, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '79', 'create', NULL, '{"id":79,"project_id":10,"ordinal":6,"title":"分拨配送中心建成","baseline_due":"2026-08-09","current_due":"2026-08-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (361, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '79', 'complete', '{"id":79,"project_id":10,"ordinal":6,"title":"分拨配送中心建成","baseline_due":"2026-08-09","current_due":"2026-08-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":79,"project_id":10,"ordinal":6,"title":"分拨配送中心建成","baseline_due":"2026-08-09","current_due":"2026-08-09","completed_on":"2026-08-07","evidence":"分拨配送中心建成：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (362, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '80', 'create', NULL, '{"id":80,"project_id":10,"ordinal":7,"title":"物流信息平台建设","baseline_due":"2026-09-13","current_due":"2026-09-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (363, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '80', 'complete', '{"id":80,"project_id":10,"ordinal":7,"title":"物流信息平台建设","baseline_due":"2026-09-13","current_due":"2026-09-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":80,"project_id":10,"ordinal":7,"title":"物流信息平台建设","baseline_due":"2026-09-13","current_due":"2026-09-13","completed_on":"2026-09-13","evidence":"物流信息平台建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (364, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '81', 'create', NULL, '{"id":81,"project_id":10,"ordinal":8,"title":"配套道路及停车场建设","baseline_due":"2026-10-18","current_due":"2026-10-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (365, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '81', 'complete', '{"id":81,"project_id":10,"ordinal":8,"title":"配套道路及停车场建设","baseline_due":"2026-10-18","current_due":"2026-10-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":81,"project_id":10,"ordinal":8,"title":"配套道路及停车场建设","baseline_due":"2026-10-18","current_due":"2026-10-18","completed_on":"2026-10-17","evidence":"配套道路及停车场建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (366, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '82', 'create', NULL, '{"id":82,"project_id":10,"ordinal":9,"title":"竣工验收","baseline_due":"2026-11-26","current_due":"2026-11-26","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (367, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '10', 'create', NULL, '{"id":10,"project_id":10,"year":2026,"planned":250000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (368, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '91', 'create', NULL, '{"id":91,"project_id":10,"year":2026,"month":1,"completed":19406250,"cumulative":19406250,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (369, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '92', 'create', NULL, '{"id":92,"project_id":10,"year":2026,"month":2,"completed":19406250,"cumulative":38812500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (370, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '93', 'create', NULL, '{"id":93,"project_id":10,"year":2026,"month":3,"completed":19406250,"cumulative":58218750,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (371, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '94', 'create', NULL, '{"id":94,"project_id":10,"year":2026,"month":4,"completed":19406250,"cumulative":77625000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (372, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '95', 'create', NULL, '{"id":95,"project_id":10,"year":2026,"month":5,"completed":19406250,"cumulative":97031250,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (373, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '96', 'create', NULL, '{"id":96,"project_id":10,"year":2026,"month":6,"completed":19406250,"cumulative":116437500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (374, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '97', 'create', NULL, '{"id":97,"project_id":10,"year":2026,"month":7,"completed":19406250,"cumulative":135843750,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (375, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '98', 'create', NULL, '{"id":98,"project_id":10,"year":2026,"month":8,"completed":19406250,"cumulative":155250000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (376, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '99', 'create', NULL, '{"id":99,"project_id":10,"year":2026,"month":9,"completed":19406250,"cumulative":174656250,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (377, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '100', 'create', NULL, '{"id":100,"project_id":10,"year":2026,"month":10,"completed":19406250,"cumulative":194062500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 10);
INSERT INTO public.audit_log VALUES (378, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '20', 'create', NULL, '{"id":20,"project_id":10,"reported_on":"2026-10-25","progress":"一期仓储中心4栋库房主体完工,累计完成投资2.3亿元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (379, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '21', 'create', NULL, '{"id":21,"project_id":10,"reported_on":"2026-11-08","progress":"信息交易中心施工至八层,本年度完成投资1.1亿元,占年度计划的44%。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (380, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '22', 'create', NULL, '{"id":22,"project_id":10,"reported_on":"2026-11-22","progress":"物流信息平台完成招标,已有18家物流企业签订入驻意向协议。","problems":null,"next_steps":"加快信息交易中心主体封顶,同步开展分拨配送中心钢结构施工。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 10);
INSERT INTO public.audit_log VALUES (381, '2026-11-25 04:00:00', 'seed:demo', 'project', '11', 'create', NULL, '{"assigned_on":"2024-07-03","leader_id":16,"person_id":30,"project":{"category":"industrial","code":"KP-2026-11","created_at":"2026-11-25T04:00:00Z","description":"建设速冻面米制品及调理菜肴生产车间和1万吨冷库,总建筑面积4.2万平方米,年产速冻调理食品6万吨。","id":11,"level":"district","location":"开发区华山路与珠江路交叉口西北角","name":"速冻调理食品项目","planned_finish":"2026-02-28","planned_start":"2024-09-01","stage":"signed","total_investment":280000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2024-07-03","unit_id":11}', NULL, 11);
INSERT INTO public.audit_log VALUES (382, '2026-11-25 04:00:00', 'seed:demo', 'project', '11', 'stage', '{"stage":"signed"}', '{"id":34,"project_id":11,"stage":"started","effective_on":"2024-09-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (383, '2026-11-25 04:00:00', 'seed:demo', 'project', '11', 'stage', '{"stage":"started"}', '{"id":35,"project_id":11,"stage":"under_construction","effective_on":"2024-10-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (384, '2026-11-25 04:00:00', 'seed:demo', 'project', '11', 'stage', '{"stage":"under_construction"}', '{"id":36,"project_id":11,"stage":"completed","effective_on":"2026-02-28","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (385, '2026-11-25 04:00:00', 'seed:demo', 'project', '11', 'stage', '{"stage":"completed"}', '{"id":37,"project_id":11,"stage":"in_production","effective_on":"2026-03-30","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (386, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '83', 'create', NULL, '{"id":83,"project_id":11,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-01-16","current_due":"2026-01-16","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (406, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '106', 'create', NULL, '{"id":106,"project_id":11,"year":2026,"month":6,"completed":5060000,"cumulative":30360000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (407, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '107', 'create', NULL, '{"id":107,"project_id":11,"year":2026,"month":7,"completed":5060000,"cumulative":35420000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (387, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '83', 'complete', '{"id":83,"project_id":11,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-01-16","current_due":"2026-01-16","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":83,"project_id":11,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-01-16","current_due":"2026-01-16","completed_on":"2026-01-16","evidence":"完成项目备案及环评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (388, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '84', 'create', NULL, '{"id":84,"project_id":11,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-01-22","current_due":"2026-01-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (389, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '84', 'complete', '{"id":84,"project_id":11,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-01-22","current_due":"2026-01-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":84,"project_id":11,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-01-22","current_due":"2026-01-22","completed_on":"2026-01-21","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (390, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '85', 'create', NULL, '{"id":85,"project_id":11,"ordinal":3,"title":"生产车间开工建设","baseline_due":"2026-01-28","current_due":"2026-01-28","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (391, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '85', 'complete', '{"id":85,"project_id":11,"ordinal":3,"title":"生产车间开工建设","baseline_due":"2026-01-28","current_due":"2026-01-28","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":85,"project_id":11,"ordinal":3,"title":"生产车间开工建设","baseline_due":"2026-01-28","current_due":"2026-01-28","completed_on":"2026-01-26","evidence":"生产车间开工建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (392, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '86', 'create', NULL, '{"id":86,"project_id":11,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-02-03","current_due":"2026-02-03","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (393, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '86', 'complete', '{"id":86,"project_id":11,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-02-03","current_due":"2026-02-03","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":86,"project_id":11,"ordinal":4,"title":"主体结构封顶","baseline_due":"2026-02-03","current_due":"2026-02-03","completed_on":"2026-02-03","evidence":"主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (394, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '87', 'create', NULL, '{"id":87,"project_id":11,"ordinal":5,"title":"冷库及制冷系统安装","baseline_due":"2026-02-09","current_due":"2026-02-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (395, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '87', 'complete', '{"id":87,"project_id":11,"ordinal":5,"title":"冷库及制冷系统安装","baseline_due":"2026-02-09","current_due":"2026-02-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":87,"project_id":11,"ordinal":5,"title":"冷库及制冷系统安装","baseline_due":"2026-02-09","current_due":"2026-02-09","completed_on":"2026-02-08","evidence":"冷库及制冷系统安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (396, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '88', 'create', NULL, '{"id":88,"project_id":11,"ordinal":6,"title":"生产设备安装调试","baseline_due":"2026-02-15","current_due":"2026-02-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (397, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '88', 'complete', '{"id":88,"project_id":11,"ordinal":6,"title":"生产设备安装调试","baseline_due":"2026-02-15","current_due":"2026-02-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":88,"project_id":11,"ordinal":6,"title":"生产设备安装调试","baseline_due":"2026-02-15","current_due":"2026-02-15","completed_on":"2026-02-13","evidence":"生产设备安装调试：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (398, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '89', 'create', NULL, '{"id":89,"project_id":11,"ordinal":7,"title":"竣工验收并投产","baseline_due":"2026-02-21","current_due":"2026-02-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (399, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '89', 'complete', '{"id":89,"project_id":11,"ordinal":7,"title":"竣工验收并投产","baseline_due":"2026-02-21","current_due":"2026-02-21","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":89,"project_id":11,"ordinal":7,"title":"竣工验收并投产","baseline_due":"2026-02-21","current_due":"2026-02-21","completed_on":"2026-02-21","evidence":"竣工验收并投产：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (400, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '11', 'create', NULL, '{"id":11,"project_id":11,"year":2026,"planned":60000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (401, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '101', 'create', NULL, '{"id":101,"project_id":11,"year":2026,"month":1,"completed":5060000,"cumulative":5060000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (402, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '102', 'create', NULL, '{"id":102,"project_id":11,"year":2026,"month":2,"completed":5060000,"cumulative":10120000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (403, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '103', 'create', NULL, '{"id":103,"project_id":11,"year":2026,"month":3,"completed":5060000,"cumulative":15180000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (404, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '104', 'create', NULL, '{"id":104,"project_id":11,"year":2026,"month":4,"completed":5060000,"cumulative":20240000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (408, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '108', 'create', NULL, '{"id":108,"project_id":11,"year":2026,"month":8,"completed":5060000,"cumulative":40480000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (409, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '109', 'create', NULL, '{"id":109,"project_id":11,"year":2026,"month":9,"completed":5060000,"cumulative":45540000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (410, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '110', 'create', NULL, '{"id":110,"project_id":11,"year":2026,"month":10,"completed":5060000,"cumulative":50600000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 11);
INSERT INTO public.audit_log VALUES (411, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '23', 'create', NULL, '{"id":23,"project_id":11,"reported_on":"2026-11-08","progress":"生产车间及冷库通过竣工验收,速冻生产线完成联动调试,累计完成投资2.75亿元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (412, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '24', 'create', NULL, '{"id":24,"project_id":11,"reported_on":"2026-11-22","progress":"项目正式投产,月产速冻食品4000吨,新增就业420人。","problems":null,"next_steps":"帮助企业申请技改贴息资金,推进二期调理菜肴生产线前期工作。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 11);
INSERT INTO public.audit_log VALUES (413, '2026-11-25 04:00:00', 'seed:demo', 'project', '12', 'create', NULL, '{"assigned_on":"2025-10-02","leader_id":18,"person_id":31,"project":{"category":"industrial","code":"KP-2026-12","created_at":"2026-11-25T04:00:00Z","description":"建设日处理小麦1000吨的专用面粉生产线及烘焙食品车间,配套5万吨立筒仓,总建筑面积5.1万平方米。","id":12,"level":"district","location":"开发区衡山路与湘江路交叉口东北角","name":"专用面粉及烘焙食品项目","planned_finish":"2027-05-31","planned_start":"2025-12-01","stage":"signed","total_investment":220000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-10-02","unit_id":4}', NULL, 12);
INSERT INTO public.audit_log VALUES (414, '2026-11-25 04:00:00', 'seed:demo', 'project', '12', 'stage', '{"stage":"signed"}', '{"id":39,"project_id":12,"stage":"started","effective_on":"2025-12-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (415, '2026-11-25 04:00:00', 'seed:demo', 'project', '12', 'stage', '{"stage":"started"}', '{"id":40,"project_id":12,"stage":"under_construction","effective_on":"2025-12-31","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (416, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '90', 'create', NULL, '{"id":90,"project_id":12,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (417, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '90', 'complete', '{"id":90,"project_id":12,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":90,"project_id":12,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":"2026-02-18","evidence":"完成项目备案及环评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (418, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '91', 'create', NULL, '{"id":91,"project_id":12,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (419, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '91', 'complete', '{"id":91,"project_id":12,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":91,"project_id":12,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":"2026-03-28","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (420, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '92', 'create', NULL, '{"id":92,"project_id":12,"ordinal":3,"title":"制粉车间开工建设","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (421, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '92', 'complete', '{"id":92,"project_id":12,"ordinal":3,"title":"制粉车间开工建设","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":92,"project_id":12,"ordinal":3,"title":"制粉车间开工建设","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":"2026-05-05","evidence":"制粉车间开工建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (422, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '93', 'create', NULL, '{"id":93,"project_id":12,"ordinal":4,"title":"立筒仓滑模施工完成","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (423, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '93', 'complete', '{"id":93,"project_id":12,"ordinal":4,"title":"立筒仓滑模施工完成","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":93,"project_id":12,"ordinal":4,"title":"立筒仓滑模施工完成","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":"2026-06-15","evidence":"立筒仓滑模施工完成：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (424, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '94', 'create', NULL, '{"id":94,"project_id":12,"ordinal":5,"title":"制粉车间主体结构封顶","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (425, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '94', 'complete', '{"id":94,"project_id":12,"ordinal":5,"title":"制粉车间主体结构封顶","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":94,"project_id":12,"ordinal":5,"title":"制粉车间主体结构封顶","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":"2026-07-23","evidence":"制粉车间主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (426, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '95', 'create', NULL, '{"id":95,"project_id":12,"ordinal":6,"title":"烘焙车间主体结构封顶","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (427, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '95', 'complete', '{"id":95,"project_id":12,"ordinal":6,"title":"烘焙车间主体结构封顶","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":95,"project_id":12,"ordinal":6,"title":"烘焙车间主体结构封顶","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":"2026-08-30","evidence":"烘焙车间主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (428, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '96', 'create', NULL, '{"id":96,"project_id":12,"ordinal":7,"title":"设备采购及安装","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (429, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '96', 'complete', '{"id":96,"project_id":12,"ordinal":7,"title":"设备采购及安装","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":96,"project_id":12,"ordinal":7,"title":"设备采购及安装","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":"2026-10-10","evidence":"设备采购及安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (430, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '97', 'create', NULL, '{"id":97,"project_id":12,"ordinal":8,"title":"竣工验收","baseline_due":"2026-11-18","current_due":"2026-11-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (431, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '97', 'reschedule', '{"id":97,"project_id":12,"ordinal":8,"title":"竣工验收","baseline_due":"2026-11-18","current_due":"2026-11-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":97,"project_id":12,"ordinal":8,"title":"竣工验收","baseline_due":"2026-11-18","current_due":"2026-12-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (432, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '12', 'create', NULL, '{"id":12,"project_id":12,"year":2026,"planned":120000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (433, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '111', 'create', NULL, '{"id":111,"project_id":12,"year":2026,"month":1,"completed":10925000,"cumulative":10925000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (434, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '112', 'create', NULL, '{"id":112,"project_id":12,"year":2026,"month":2,"completed":10925000,"cumulative":21850000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (435, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '113', 'create', NULL, '{"id":113,"project_id":12,"year":2026,"month":3,"completed":10925000,"cumulative":32775000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (436, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '114', 'create', NULL, '{"id":114,"project_id":12,"year":2026,"month":4,"completed":10925000,"cumulative":43700000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (437, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '115', 'create', NULL, '{"id":115,"project_id":12,"year":2026,"month":5,"completed":10925000,"cumulative":54625000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (438, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '116', 'create', NULL, '{"id":116,"project_id":12,"year":2026,"month":6,"completed":10925000,"cumulative":65550000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (439, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '117', 'create', NULL, '{"id":117,"project_id":12,"year":2026,"month":7,"completed":10925000,"cumulative":76475000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (440, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '118', 'create', NULL, '{"id":118,"project_id":12,"year":2026,"month":8,"completed":10925000,"cumulative":87400000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (441, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '119', 'create', NULL, '{"id":119,"project_id":12,"year":2026,"month":9,"completed":10925000,"cumulative":98325000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (442, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '120', 'create', NULL, '{"id":120,"project_id":12,"year":2026,"month":10,"completed":10925000,"cumulative":109250000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 12);
INSERT INTO public.audit_log VALUES (443, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '25', 'create', NULL, '{"id":25,"project_id":12,"reported_on":"2026-11-08","progress":"制粉车间基础施工完成,立筒仓滑模施工至28米,累计完成投资4800万元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (444, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '26', 'create', NULL, '{"id":26,"project_id":12,"reported_on":"2026-11-22","progress":"8座立筒仓全部滑模到顶,本年度完成投资5200万元。","problems":"烘焙车间所在地块约35亩用地指标未落实,暂无法办理施工许可。","next_steps":"国土分局牵头上报用地指标申请,先行推进制粉车间主体施工。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 12);
INSERT INTO public.audit_log VALUES (445, '2026-11-25 04:00:00', 'seed:demo', 'project', '13', 'create', NULL, '{"assigned_on":"2024-01-20","leader_id":13,"person_id":32,"project":{"category":"infrastructure","code":"KP-2026-13","created_at":"2026-11-25T04:00:00Z","description":"建设单层及多层标准化厂房24栋,总建筑面积20万平方米,配套道路、管网和综合服务楼,用于中小食品企业标房招商。","id":13,"level":"district","location":"开发区漓江路与峨眉山路交叉口东南角","name":"标准化厂房建设项目(一期)","planned_finish":"2026-04-30","planned_start":"2024-03-20","stage":"signed","total_investment":450000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2024-01-20","unit_id":3}', NULL, 13);
INSERT INTO public.audit_log VALUES (446, '2026-11-25 04:00:00', 'seed:demo', 'project', '13', 'stage', '{"stage":"signed"}', '{"id":42,"project_id":13,"stage":"started","effective_on":"2024-03-20","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (447, '2026-11-25 04:00:00', 'seed:demo', 'project', '13', 'stage', '{"stage":"started"}', '{"id":43,"project_id":13,"stage":"under_construction","effective_on":"2024-04-19","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (448, '2026-11-25 04:00:00', 'seed:demo', 'project', '13', 'stage', '{"stage":"under_construction"}', '{"id":44,"project_id":13,"stage":"completed","effective_on":"2026-04-30","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (449, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '98', 'create', NULL, '{"id":98,"project_id":13,"ordinal":1,"title":"完成规划设计方案批复","baseline_due":"2026-01-22","current_due":"2026-01-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (450, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '98', 'complete', '{"id":98,"project_id":13,"ordinal":1,"title":"完成规划设计方案批复","baseline_due":"2026-01-22","current_due":"2026-01-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":98,"project_id":13,"ordinal":1,"title":"完成规划设计方案批复","baseline_due":"2026-01-22","current_due":"2026-01-22","completed_on":"2026-01-22","evidence":"完成规划设计方案批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (451, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '99', 'create', NULL, '{"id":99,"project_id":13,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-02-03","current_due":"2026-02-03","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (452, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '99', 'complete', '{"id":99,"project_id":13,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-02-03","current_due":"2026-02-03","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":99,"project_id":13,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-02-03","current_due":"2026-02-03","completed_on":"2026-02-02","evidence":"完成施工招标：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (453, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '100', 'create', NULL, '{"id":100,"project_id":13,"ordinal":3,"title":"一标段厂房开工建设","baseline_due":"2026-02-15","current_due":"2026-02-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (454, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '100', 'complete', '{"id":100,"project_id":13,"ordinal":3,"title":"一标段厂房开工建设","baseline_due":"2026-02-15","current_due":"2026-02-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":100,"project_id":13,"ordinal":3,"title":"一标段厂房开工建设","baseline_due":"2026-02-15","current_due":"2026-02-15","completed_on":"2026-02-13","evidence":"一标段厂房开工建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (455, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '101', 'create', NULL, '{"id":101,"project_id":13,"ordinal":4,"title":"一标段厂房主体完工","baseline_due":"2026-02-27","current_due":"2026-02-27","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (456, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '101', 'complete', '{"id":101,"project_id":13,"ordinal":4,"title":"一标段厂房主体完工","baseline_due":"2026-02-27","current_due":"2026-02-27","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":101,"project_id":13,"ordinal":4,"title":"一标段厂房主体完工","baseline_due":"2026-02-27","current_due":"2026-02-27","completed_on":"2026-02-27","evidence":"一标段厂房主体完工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (457, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '102', 'create', NULL, '{"id":102,"project_id":13,"ordinal":5,"title":"二标段厂房主体完工","baseline_due":"2026-03-12","current_due":"2026-03-12","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (458, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '102', 'complete', '{"id":102,"project_id":13,"ordinal":5,"title":"二标段厂房主体完工","baseline_due":"2026-03-12","current_due":"2026-03-12","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":102,"project_id":13,"ordinal":5,"title":"二标段厂房主体完工","baseline_due":"2026-03-12","current_due":"2026-03-12","completed_on":"2026-03-11","evidence":"二标段厂房主体完工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (459, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '103', 'create', NULL, '{"id":103,"project_id":13,"ordinal":6,"title":"综合服务楼主体结构封顶","baseline_due":"2026-03-24","current_due":"2026-03-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (460, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '103', 'complete', '{"id":103,"project_id":13,"ordinal":6,"title":"综合服务楼主体结构封顶","baseline_due":"2026-03-24","current_due":"2026-03-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":103,"project_id":13,"ordinal":6,"title":"综合服务楼主体结构封顶","baseline_due":"2026-03-24","current_due":"2026-03-24","completed_on":"2026-03-22","evidence":"综合服务楼主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (461, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '104', 'create', NULL, '{"id":104,"project_id":13,"ordinal":7,"title":"室外道路及管网配套","baseline_due":"2026-04-05","current_due":"2026-04-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (462, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '104', 'complete', '{"id":104,"project_id":13,"ordinal":7,"title":"室外道路及管网配套","baseline_due":"2026-04-05","current_due":"2026-04-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":104,"project_id":13,"ordinal":7,"title":"室外道路及管网配套","baseline_due":"2026-04-05","current_due":"2026-04-05","completed_on":"2026-04-05","evidence":"室外道路及管网配套：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (463, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '105', 'create', NULL, '{"id":105,"project_id":13,"ordinal":8,"title":"竣工验收","baseline_due":"2026-04-17","current_due":"2026-04-17","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (464, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '105', 'complete', '{"id":105,"project_id":13,"ordinal":8,"title":"竣工验收","baseline_due":"2026-04-17","current_due":"2026-04-17","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":105,"project_id":13,"ordinal":8,"title":"竣工验收","baseline_due":"2026-04-17","current_due":"2026-04-17","completed_on":"2026-04-16","evidence":"竣工验收：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (465, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '13', 'create', NULL, '{"id":13,"project_id":13,"year":2026,"planned":120000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (466, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '121', 'create', NULL, '{"id":121,"project_id":13,"year":2026,"month":1,"completed":11730000,"cumulative":11730000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (467, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '122', 'create', NULL, '{"id":122,"project_id":13,"year":2026,"month":2,"completed":11730000,"cumulative":23460000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (468, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '123', 'create', NULL, '{"id":123,"project_id":13,"year":2026,"month":3,"completed":11730000,"cumulative":35190000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (469, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '124', 'create', NULL, '{"id":124,"project_id":13,"year":2026,"month":4,"completed":11730000,"cumulative":46920000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (470, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '125', 'create', NULL, '{"id":125,"project_id":13,"year":2026,"month":5,"completed":11730000,"cumulative":58650000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (471, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '126', 'create', NULL, '{"id":126,"project_id":13,"year":2026,"month":6,"completed":11730000,"cumulative":70380000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (472, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '127', 'create', NULL, '{"id":127,"project_id":13,"year":2026,"month":7,"completed":11730000,"cumulative":82110000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (473, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '128', 'create', NULL, '{"id":128,"project_id":13,"year":2026,"month":8,"completed":11730000,"cumulative":93840000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (474, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '129', 'create', NULL, '{"id":129,"project_id":13,"year":2026,"month":9,"completed":11730000,"cumulative":105570000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (475, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '130', 'create', NULL, '{"id":130,"project_id":13,"year":2026,"month":10,"completed":11730000,"cumulative":117300000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 13);
INSERT INTO public.audit_log VALUES (476, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '27', 'create', NULL, '{"id":27,"project_id":13,"reported_on":"2026-11-08","progress":"24栋厂房主体全部完工,室外道路及雨污管网完成90%,累计完成投资4.1亿元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (477, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '28', 'create', NULL, '{"id":28,"project_id":13,"reported_on":"2026-11-22","progress":"项目通过竣工验收,已与9家企业签订入驻协议,签约面积7.6万平方米。","problems":null,"next_steps":"配合招商局开展标房招商推介,力争年底入驻率达到60%。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 13);
INSERT INTO public.audit_log VALUES (478, '2026-11-25 04:00:00', 'seed:demo', 'project', '14', 'create', NULL, '{"assigned_on":"2025-08-09","leader_id":18,"person_id":33,"project":{"category":"infrastructure","code":"KP-2026-14","created_at":"2026-11-25T04:00:00Z","description":"新建泰山路跨湾柳河大桥,桥长268米、宽40米,双向六车道,同步建设两岸引道及防洪护岸。","id":14,"level":"district","location":"开发区泰山路跨湾柳河处","name":"泰山路湾柳河大桥工程","planned_finish":"2026-10-31","planned_start":"2025-10-08","stage":"signed","total_investment":98000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-08-09","unit_id":3}', NULL, 14);
INSERT INTO public.audit_log VALUES (479, '2026-11-25 04:00:00', 'seed:demo', 'project', '14', 'stage', '{"stage":"signed"}', '{"id":46,"project_id":14,"stage":"started","effective_on":"2025-10-08","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (480, '2026-11-25 04:00:00', 'seed:demo', 'project', '14', 'stage', '{"stage":"started"}', '{"id":47,"project_id":14,"stage":"under_construction","effective_on":"2025-11-07","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (481, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '106', 'create', NULL, '{"id":106,"project_id":14,"ordinal":1,"title":"完成施工图设计及审查","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (482, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '106', 'complete', '{"id":106,"project_id":14,"ordinal":1,"title":"完成施工图设计及审查","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":106,"project_id":14,"ordinal":1,"title":"完成施工图设计及审查","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":"2026-02-18","evidence":"完成施工图设计及审查：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (483, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '107', 'create', NULL, '{"id":107,"project_id":14,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (484, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '108', 'create', NULL, '{"id":108,"project_id":14,"ordinal":3,"title":"钻孔灌注桩施工","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (506, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '29', 'create', NULL, '{"id":29,"project_id":14,"reported_on":"2026-11-08","progress":"完成全部112根钻孔灌注桩施工,承台完成8个,累计完成投资2600万元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (485, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '108', 'complete', '{"id":108,"project_id":14,"ordinal":3,"title":"钻孔灌注桩施工","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":108,"project_id":14,"ordinal":3,"title":"钻孔灌注桩施工","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":"2026-05-14","evidence":"钻孔灌注桩施工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (486, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '109', 'create', NULL, '{"id":109,"project_id":14,"ordinal":4,"title":"承台及桥墩施工","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (487, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '109', 'complete', '{"id":109,"project_id":14,"ordinal":4,"title":"承台及桥墩施工","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":109,"project_id":14,"ordinal":4,"title":"承台及桥墩施工","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":"2026-06-15","evidence":"承台及桥墩施工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (488, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '110', 'create', NULL, '{"id":110,"project_id":14,"ordinal":5,"title":"预应力箱梁预制","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (489, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '110', 'complete', '{"id":110,"project_id":14,"ordinal":5,"title":"预应力箱梁预制","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":110,"project_id":14,"ordinal":5,"title":"预应力箱梁预制","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":"2026-07-23","evidence":"预应力箱梁预制：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (490, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '111', 'create', NULL, '{"id":111,"project_id":14,"ordinal":6,"title":"箱梁架设","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (491, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '111', 'complete', '{"id":111,"project_id":14,"ordinal":6,"title":"箱梁架设","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":111,"project_id":14,"ordinal":6,"title":"箱梁架设","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":"2026-08-30","evidence":"箱梁架设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (492, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '112', 'create', NULL, '{"id":112,"project_id":14,"ordinal":7,"title":"桥面铺装及附属工程","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (493, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '112', 'complete', '{"id":112,"project_id":14,"ordinal":7,"title":"桥面铺装及附属工程","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":112,"project_id":14,"ordinal":7,"title":"桥面铺装及附属工程","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":"2026-10-10","evidence":"桥面铺装及附属工程：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (494, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '113', 'create', NULL, '{"id":113,"project_id":14,"ordinal":8,"title":"竣工验收通车","baseline_due":"2026-11-27","current_due":"2026-11-27","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (495, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '14', 'create', NULL, '{"id":14,"project_id":14,"year":2026,"planned":70000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (496, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '131', 'create', NULL, '{"id":131,"project_id":14,"year":2026,"month":1,"completed":5299583,"cumulative":5299583,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (497, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '132', 'create', NULL, '{"id":132,"project_id":14,"year":2026,"month":2,"completed":5299583,"cumulative":10599166,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (498, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '133', 'create', NULL, '{"id":133,"project_id":14,"year":2026,"month":3,"completed":5299583,"cumulative":15898749,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (499, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '134', 'create', NULL, '{"id":134,"project_id":14,"year":2026,"month":4,"completed":5299583,"cumulative":21198332,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (500, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '135', 'create', NULL, '{"id":135,"project_id":14,"year":2026,"month":5,"completed":5299583,"cumulative":26497915,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (501, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '136', 'create', NULL, '{"id":136,"project_id":14,"year":2026,"month":6,"completed":5299583,"cumulative":31797498,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (502, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '137', 'create', NULL, '{"id":137,"project_id":14,"year":2026,"month":7,"completed":5299583,"cumulative":37097081,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (503, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '138', 'create', NULL, '{"id":138,"project_id":14,"year":2026,"month":8,"completed":5299583,"cumulative":42396664,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (504, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '139', 'create', NULL, '{"id":139,"project_id":14,"year":2026,"month":9,"completed":5299583,"cumulative":47696247,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (505, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '140', 'create', NULL, '{"id":140,"project_id":14,"year":2026,"month":10,"completed":5299583,"cumulative":52995830,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 14);
INSERT INTO public.audit_log VALUES (507, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '30', 'create', NULL, '{"id":30,"project_id":14,"reported_on":"2026-11-22","progress":"桥墩全部完成,预制箱梁完成40片,本年度完成投资3100万元。","problems":"汛期临近,河道内施工便道及围堰需在汛前拆除,箱梁架设工期紧张。","next_steps":"增加架桥机一台,抢在汛期前完成主跨箱梁架设。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 14);
INSERT INTO public.audit_log VALUES (508, '2026-11-25 04:00:00', 'seed:demo', 'project', '15', 'create', NULL, '{"assigned_on":"2025-09-21","leader_id":19,"person_id":34,"project":{"category":"infrastructure","code":"KP-2026-15","created_at":"2026-11-25T04:00:00Z","description":"新建城市主干道2.6公里,红线宽50米,同步实施雨污水管网、路灯、绿化及交通设施。","id":15,"level":"district","location":"开发区燕山路(黄河路至淮河路段)","name":"燕山路南延道路工程","planned_finish":"2026-09-30","planned_start":"2025-11-20","stage":"signed","total_investment":65000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-09-21","unit_id":9}', NULL, 15);
INSERT INTO public.audit_log VALUES (509, '2026-11-25 04:00:00', 'seed:demo', 'project', '15', 'stage', '{"stage":"signed"}', '{"id":49,"project_id":15,"stage":"started","effective_on":"2025-11-20","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (510, '2026-11-25 04:00:00', 'seed:demo', 'project', '15', 'stage', '{"stage":"started"}', '{"id":50,"project_id":15,"stage":"under_construction","effective_on":"2025-12-20","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (511, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '114', 'create', NULL, '{"id":114,"project_id":15,"ordinal":1,"title":"完成征地拆迁","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (512, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '114', 'complete', '{"id":114,"project_id":15,"ordinal":1,"title":"完成征地拆迁","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":114,"project_id":15,"ordinal":1,"title":"完成征地拆迁","baseline_due":"2026-02-18","current_due":"2026-02-18","completed_on":"2026-02-18","evidence":"完成征地拆迁：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (513, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '115', 'create', NULL, '{"id":115,"project_id":15,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (514, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '115', 'complete', '{"id":115,"project_id":15,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":115,"project_id":15,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-03-29","current_due":"2026-03-29","completed_on":"2026-03-28","evidence":"完成施工招标：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (515, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '116', 'create', NULL, '{"id":116,"project_id":15,"ordinal":3,"title":"路基土方施工","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (516, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '116', 'complete', '{"id":116,"project_id":15,"ordinal":3,"title":"路基土方施工","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":116,"project_id":15,"ordinal":3,"title":"路基土方施工","baseline_due":"2026-05-07","current_due":"2026-05-07","completed_on":"2026-05-05","evidence":"路基土方施工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (517, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '117', 'create', NULL, '{"id":117,"project_id":15,"ordinal":4,"title":"雨污水管网铺设","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (518, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '117', 'complete', '{"id":117,"project_id":15,"ordinal":4,"title":"雨污水管网铺设","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":117,"project_id":15,"ordinal":4,"title":"雨污水管网铺设","baseline_due":"2026-06-15","current_due":"2026-06-15","completed_on":"2026-06-15","evidence":"雨污水管网铺设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (519, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '118', 'create', NULL, '{"id":118,"project_id":15,"ordinal":5,"title":"水稳层施工","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (520, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '118', 'complete', '{"id":118,"project_id":15,"ordinal":5,"title":"水稳层施工","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":118,"project_id":15,"ordinal":5,"title":"水稳层施工","baseline_due":"2026-07-24","current_due":"2026-07-24","completed_on":"2026-07-23","evidence":"水稳层施工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (521, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '119', 'create', NULL, '{"id":119,"project_id":15,"ordinal":6,"title":"沥青面层铺设","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (522, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '119', 'complete', '{"id":119,"project_id":15,"ordinal":6,"title":"沥青面层铺设","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":119,"project_id":15,"ordinal":6,"title":"沥青面层铺设","baseline_due":"2026-09-01","current_due":"2026-09-01","completed_on":"2026-08-30","evidence":"沥青面层铺设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (523, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '120', 'create', NULL, '{"id":120,"project_id":15,"ordinal":7,"title":"路灯及绿化配套","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (524, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '120', 'complete', '{"id":120,"project_id":15,"ordinal":7,"title":"路灯及绿化配套","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":120,"project_id":15,"ordinal":7,"title":"路灯及绿化配套","baseline_due":"2026-10-10","current_due":"2026-10-10","completed_on":"2026-10-10","evidence":"路灯及绿化配套：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (525, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '121', 'create', NULL, '{"id":121,"project_id":15,"ordinal":8,"title":"竣工验收通车","baseline_due":"2026-11-18","current_due":"2026-11-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (526, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '121', 'complete', '{"id":121,"project_id":15,"ordinal":8,"title":"竣工验收通车","baseline_due":"2026-11-18","current_due":"2026-11-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":121,"project_id":15,"ordinal":8,"title":"竣工验收通车","baseline_due":"2026-11-18","current_due":"2026-11-18","completed_on":"2026-11-17","evidence":"竣工验收通车：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (527, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '15', 'create', NULL, '{"id":15,"project_id":15,"year":2026,"planned":50000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (528, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '141', 'create', NULL, '{"id":141,"project_id":15,"year":2026,"month":1,"completed":4120833,"cumulative":4120833,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (529, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '142', 'create', NULL, '{"id":142,"project_id":15,"year":2026,"month":2,"completed":4120833,"cumulative":8241666,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (530, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '143', 'create', NULL, '{"id":143,"project_id":15,"year":2026,"month":3,"completed":4120833,"cumulative":12362499,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (531, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '144', 'create', NULL, '{"id":144,"project_id":15,"year":2026,"month":4,"completed":4120833,"cumulative":16483332,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (532, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '145', 'create', NULL, '{"id":145,"project_id":15,"year":2026,"month":5,"completed":4120833,"cumulative":20604165,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (533, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '146', 'create', NULL, '{"id":146,"project_id":15,"year":2026,"month":6,"completed":4120833,"cumulative":24724998,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (534, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '147', 'create', NULL, '{"id":147,"project_id":15,"year":2026,"month":7,"completed":4120833,"cumulative":28845831,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (535, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '148', 'create', NULL, '{"id":148,"project_id":15,"year":2026,"month":8,"completed":4120833,"cumulative":32966664,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (536, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '149', 'create', NULL, '{"id":149,"project_id":15,"year":2026,"month":9,"completed":4120833,"cumulative":37087497,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (537, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '150', 'create', NULL, '{"id":150,"project_id":15,"year":2026,"month":10,"completed":4120833,"cumulative":41208330,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 15);
INSERT INTO public.audit_log VALUES (538, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '31', 'create', NULL, '{"id":31,"project_id":15,"reported_on":"2026-11-08","progress":"完成征地210亩、拆迁房屋46户,路基土方完成60%。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (539, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '32', 'create', NULL, '{"id":32,"project_id":15,"reported_on":"2026-11-22","progress":"雨污水管网铺设完成2.1公里,水稳层完成1.2公里,本年度完成投资2300万元。","problems":"沿线2户拆迁户未签订补偿协议,约150米路段无法施工。","next_steps":"会同办事处做好拆迁户工作,确保月底前交付全部施工场地。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 15);
INSERT INTO public.audit_log VALUES (540, '2026-11-25 04:00:00', 'seed:demo', 'project', '16', 'create', NULL, '{"assigned_on":"2026-01-31","leader_id":17,"person_id":35,"project":{"category":"infrastructure","code":"KP-2026-16","created_at":"2026-11-25T04:00:00Z","description":"对6条主干道实施破损路面修补、绿化补植和亮化改造,新增绿化面积12万平方米、LED路灯860盏。","id":16,"level":"district","location":"开发区黄河路、珠江路、华山路等6条主干道","name":"园区道路绿化亮化提升工程","planned_finish":"2026-10-31","planned_start":"2026-04-01","stage":"signed","total_investment":35000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2026-01-31","unit_id":9}', NULL, 16);
INSERT INTO public.audit_log VALUES (541, '2026-11-25 04:00:00', 'seed:demo', 'project', '16', 'stage', '{"stage":"signed"}', '{"id":52,"project_id":16,"stage":"started","effective_on":"2026-04-01","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (542, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '122', 'create', NULL, '{"id":122,"project_id":16,"ordinal":1,"title":"完成实施方案及预算评审","baseline_due":"2026-05-09","current_due":"2026-05-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (543, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '122', 'complete', '{"id":122,"project_id":16,"ordinal":1,"title":"完成实施方案及预算评审","baseline_due":"2026-05-09","current_due":"2026-05-09","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":122,"project_id":16,"ordinal":1,"title":"完成实施方案及预算评审","baseline_due":"2026-05-09","current_due":"2026-05-09","completed_on":"2026-05-09","evidence":"完成实施方案及预算评审：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (544, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '123', 'create', NULL, '{"id":123,"project_id":16,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-06-17","current_due":"2026-06-17","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (545, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '123', 'complete', '{"id":123,"project_id":16,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-06-17","current_due":"2026-06-17","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":123,"project_id":16,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-06-17","current_due":"2026-06-17","completed_on":"2026-06-16","evidence":"完成施工招标：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (546, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '124', 'create', NULL, '{"id":124,"project_id":16,"ordinal":3,"title":"破损路面修补","baseline_due":"2026-07-26","current_due":"2026-07-26","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (547, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '124', 'complete', '{"id":124,"project_id":16,"ordinal":3,"title":"破损路面修补","baseline_due":"2026-07-26","current_due":"2026-07-26","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":124,"project_id":16,"ordinal":3,"title":"破损路面修补","baseline_due":"2026-07-26","current_due":"2026-07-26","completed_on":"2026-07-24","evidence":"破损路面修补：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (548, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '125', 'create', NULL, '{"id":125,"project_id":16,"ordinal":4,"title":"行道树及绿化带补植","baseline_due":"2026-09-02","current_due":"2026-09-02","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (549, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '125', 'complete', '{"id":125,"project_id":16,"ordinal":4,"title":"行道树及绿化带补植","baseline_due":"2026-09-02","current_due":"2026-09-02","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":125,"project_id":16,"ordinal":4,"title":"行道树及绿化带补植","baseline_due":"2026-09-02","current_due":"2026-09-02","completed_on":"2026-09-02","evidence":"行道树及绿化带补植：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (550, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '126', 'create', NULL, '{"id":126,"project_id":16,"ordinal":5,"title":"LED路灯安装","baseline_due":"2026-10-11","current_due":"2026-10-11","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (551, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '126', 'complete', '{"id":126,"project_id":16,"ordinal":5,"title":"LED路灯安装","baseline_due":"2026-10-11","current_due":"2026-10-11","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":126,"project_id":16,"ordinal":5,"title":"LED路灯安装","baseline_due":"2026-10-11","current_due":"2026-10-11","completed_on":"2026-10-10","evidence":"LED路灯安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (552, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '127', 'create', NULL, '{"id":127,"project_id":16,"ordinal":6,"title":"竣工验收","baseline_due":"2026-11-19","current_due":"2026-11-19","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (553, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '16', 'create', NULL, '{"id":16,"project_id":16,"year":2026,"planned":35000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (554, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '151', 'create', NULL, '{"id":151,"project_id":16,"year":2026,"month":1,"completed":3119375,"cumulative":3119375,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (555, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '152', 'create', NULL, '{"id":152,"project_id":16,"year":2026,"month":2,"completed":3119375,"cumulative":6238750,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (556, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '153', 'create', NULL, '{"id":153,"project_id":16,"year":2026,"month":3,"completed":3119375,"cumulative":9358125,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (557, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '154', 'create', NULL, '{"id":154,"project_id":16,"year":2026,"month":4,"completed":3119375,"cumulative":12477500,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (558, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '155', 'create', NULL, '{"id":155,"project_id":16,"year":2026,"month":5,"completed":3119375,"cumulative":15596875,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (559, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '156', 'create', NULL, '{"id":156,"project_id":16,"year":2026,"month":6,"completed":3119375,"cumulative":18716250,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (560, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '157', 'create', NULL, '{"id":157,"project_id":16,"year":2026,"month":7,"completed":3119375,"cumulative":21835625,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (561, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '158', 'create', NULL, '{"id":158,"project_id":16,"year":2026,"month":8,"completed":3119375,"cumulative":24955000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (562, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '159', 'create', NULL, '{"id":159,"project_id":16,"year":2026,"month":9,"completed":3119375,"cumulative":28074375,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (563, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '160', 'create', NULL, '{"id":160,"project_id":16,"year":2026,"month":10,"completed":3119375,"cumulative":31193750,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 16);
INSERT INTO public.audit_log VALUES (564, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '33', 'create', NULL, '{"id":33,"project_id":16,"reported_on":"2026-11-08","progress":"完成预算评审和施工招标,中标价3380万元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (565, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '34', 'create', NULL, '{"id":34,"project_id":16,"reported_on":"2026-11-22","progress":"黄河路、珠江路开始破损路面修补,已完成修补面积8600平方米。","problems":null,"next_steps":"全面展开6条道路的路面修补,同步开展绿化苗木采购。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 16);
INSERT INTO public.audit_log VALUES (566, '2026-11-25 04:00:00', 'seed:demo', 'project', '17', 'create', NULL, '{"assigned_on":"2025-06-19","leader_id":15,"person_id":36,"project":{"category":"services","code":"KP-2026-17","created_at":"2026-11-25T04:00:00Z","description":"建设集网上交易、产品展示、仓储配送于一体的食品电子商务中心,总建筑面积4.5万平方米,可容纳电商企业150家。","id":17,"level":"district","location":"开发区黄河路与衡山路交叉口西北角","name":"食品电子商务中心项目","planned_finish":"2027-03-31","planned_start":"2025-08-18","stage":"signed","total_investment":150000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-06-19","unit_id":1}', NULL, 17);
INSERT INTO public.audit_log VALUES (567, '2026-11-25 04:00:00', 'seed:demo', 'project', '17', 'stage', '{"stage":"signed"}', '{"id":54,"project_id":17,"stage":"started","effective_on":"2025-08-18","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (568, '2026-11-25 04:00:00', 'seed:demo', 'project', '17', 'stage', '{"stage":"started"}', '{"id":55,"project_id":17,"stage":"under_construction","effective_on":"2025-09-17","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (569, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '128', 'create', NULL, '{"id":128,"project_id":17,"ordinal":1,"title":"完成项目备案","baseline_due":"2026-02-23","current_due":"2026-02-23","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (570, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '128', 'complete', '{"id":128,"project_id":17,"ordinal":1,"title":"完成项目备案","baseline_due":"2026-02-23","current_due":"2026-02-23","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":128,"project_id":17,"ordinal":1,"title":"完成项目备案","baseline_due":"2026-02-23","current_due":"2026-02-23","completed_on":"2026-02-23","evidence":"完成项目备案：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (571, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '129', 'create', NULL, '{"id":129,"project_id":17,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-04-08","current_due":"2026-04-08","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (572, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '129', 'complete', '{"id":129,"project_id":17,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-04-08","current_due":"2026-04-08","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":129,"project_id":17,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-04-08","current_due":"2026-04-08","completed_on":"2026-04-07","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (573, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '130', 'create', NULL, '{"id":130,"project_id":17,"ordinal":3,"title":"主楼开工建设","baseline_due":"2026-05-22","current_due":"2026-05-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (574, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '131', 'create', NULL, '{"id":131,"project_id":17,"ordinal":4,"title":"主楼主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (575, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '131', 'complete', '{"id":131,"project_id":17,"ordinal":4,"title":"主楼主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":131,"project_id":17,"ordinal":4,"title":"主楼主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":"2026-07-10","evidence":"主楼主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (576, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '132', 'create', NULL, '{"id":132,"project_id":17,"ordinal":5,"title":"仓储配送中心建设","baseline_due":"2026-08-18","current_due":"2026-08-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (577, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '132', 'complete', '{"id":132,"project_id":17,"ordinal":5,"title":"仓储配送中心建设","baseline_due":"2026-08-18","current_due":"2026-08-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":132,"project_id":17,"ordinal":5,"title":"仓储配送中心建设","baseline_due":"2026-08-18","current_due":"2026-08-18","completed_on":"2026-08-17","evidence":"仓储配送中心建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (578, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '133', 'create', NULL, '{"id":133,"project_id":17,"ordinal":6,"title":"内部装修及网络信息系统建设","baseline_due":"2026-10-01","current_due":"2026-10-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (579, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '133', 'complete', '{"id":133,"project_id":17,"ordinal":6,"title":"内部装修及网络信息系统建设","baseline_due":"2026-10-01","current_due":"2026-10-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":133,"project_id":17,"ordinal":6,"title":"内部装修及网络信息系统建设","baseline_due":"2026-10-01","current_due":"2026-10-01","completed_on":"2026-09-29","evidence":"内部装修及网络信息系统建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (580, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '134', 'create', NULL, '{"id":134,"project_id":17,"ordinal":7,"title":"竣工验收","baseline_due":"2026-11-14","current_due":"2026-11-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (581, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '134', 'complete', '{"id":134,"project_id":17,"ordinal":7,"title":"竣工验收","baseline_due":"2026-11-14","current_due":"2026-11-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":134,"project_id":17,"ordinal":7,"title":"竣工验收","baseline_due":"2026-11-14","current_due":"2026-11-14","completed_on":"2026-11-14","evidence":"竣工验收：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (582, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '17', 'create', NULL, '{"id":17,"project_id":17,"year":2026,"planned":80000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (583, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '161', 'create', NULL, '{"id":161,"project_id":17,"year":2026,"month":1,"completed":7666666,"cumulative":7666666,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (584, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '162', 'create', NULL, '{"id":162,"project_id":17,"year":2026,"month":2,"completed":7666666,"cumulative":15333332,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (585, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '163', 'create', NULL, '{"id":163,"project_id":17,"year":2026,"month":3,"completed":7666666,"cumulative":22999998,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (586, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '164', 'create', NULL, '{"id":164,"project_id":17,"year":2026,"month":4,"completed":7666666,"cumulative":30666664,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (587, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '165', 'create', NULL, '{"id":165,"project_id":17,"year":2026,"month":5,"completed":7666666,"cumulative":38333330,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (588, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '166', 'create', NULL, '{"id":166,"project_id":17,"year":2026,"month":6,"completed":7666666,"cumulative":45999996,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (589, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '167', 'create', NULL, '{"id":167,"project_id":17,"year":2026,"month":7,"completed":7666666,"cumulative":53666662,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (590, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '168', 'create', NULL, '{"id":168,"project_id":17,"year":2026,"month":8,"completed":7666666,"cumulative":61333328,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (591, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '169', 'create', NULL, '{"id":169,"project_id":17,"year":2026,"month":9,"completed":7666666,"cumulative":68999994,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (592, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '170', 'create', NULL, '{"id":170,"project_id":17,"year":2026,"month":10,"completed":7666666,"cumulative":76666660,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 17);
INSERT INTO public.audit_log VALUES (593, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '35', 'create', NULL, '{"id":35,"project_id":17,"reported_on":"2026-11-08","progress":"主楼施工至十层,累计完成投资5100万元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (594, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '36', 'create', NULL, '{"id":36,"project_id":17,"reported_on":"2026-11-22","progress":"主楼主体结构封顶,本年度完成投资3600万元,已有32家电商企业签订入驻意向。","problems":null,"next_steps":"启动仓储配送中心基础施工和主楼外墙装饰工程。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 17);
INSERT INTO public.audit_log VALUES (595, '2026-11-25 04:00:00', 'seed:demo', 'project', '18', 'create', NULL, '{"assigned_on":"2025-07-27","leader_id":19,"person_id":37,"project":{"category":"services","code":"KP-2026-18","created_at":"2026-11-25T04:00:00Z","description":"建设教学楼、实训楼及学员公寓,总建筑面积3.2万平方米,年培训食品加工、冷链物流等技能人才5000人次。","id":18,"level":"district","location":"开发区嘉陵江路与嵩山路交叉口东南角","name":"食品产业职业技能培训中心项目","planned_finish":"2026-12-31","planned_start":"2025-09-25","stage":"signed","total_investment":80000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2025-07-27","unit_id":8}', NULL, 18);
INSERT INTO public.audit_log VALUES (596, '2026-11-25 04:00:00', 'seed:demo', 'project', '18', 'stage', '{"stage":"signed"}', '{"id":57,"project_id":18,"stage":"started","effective_on":"2025-09-25","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (597, '2026-11-25 04:00:00', 'seed:demo', 'project', '18', 'stage', '{"stage":"started"}', '{"id":58,"project_id":18,"stage":"under_construction","effective_on":"2025-10-25","note":null,"recorded_by":"seed:demo","recorded_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (598, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '135', 'create', NULL, '{"id":135,"project_id":18,"ordinal":1,"title":"完成项目立项及规划许可","baseline_due":"2026-02-23","current_due":"2026-02-23","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (599, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '135', 'complete', '{"id":135,"project_id":18,"ordinal":1,"title":"完成项目立项及规划许可","baseline_due":"2026-02-23","current_due":"2026-02-23","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":135,"project_id":18,"ordinal":1,"title":"完成项目立项及规划许可","baseline_due":"2026-02-23","current_due":"2026-02-23","completed_on":"2026-03-01","evidence":"完成项目立项及规划许可：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (600, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '136', 'create', NULL, '{"id":136,"project_id":18,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-04-08","current_due":"2026-04-08","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (601, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '136', 'complete', '{"id":136,"project_id":18,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-04-08","current_due":"2026-04-08","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":136,"project_id":18,"ordinal":2,"title":"完成施工招标","baseline_due":"2026-04-08","current_due":"2026-04-08","completed_on":"2026-04-07","evidence":"完成施工招标：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (602, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '137', 'create', NULL, '{"id":137,"project_id":18,"ordinal":3,"title":"教学楼主体开工","baseline_due":"2026-05-22","current_due":"2026-05-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (603, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '137', 'complete', '{"id":137,"project_id":18,"ordinal":3,"title":"教学楼主体开工","baseline_due":"2026-05-22","current_due":"2026-05-22","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":137,"project_id":18,"ordinal":3,"title":"教学楼主体开工","baseline_due":"2026-05-22","current_due":"2026-05-22","completed_on":"2026-05-20","evidence":"教学楼主体开工：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (604, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '138', 'create', NULL, '{"id":138,"project_id":18,"ordinal":4,"title":"教学楼主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (605, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '138', 'complete', '{"id":138,"project_id":18,"ordinal":4,"title":"教学楼主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":138,"project_id":18,"ordinal":4,"title":"教学楼主体结构封顶","baseline_due":"2026-07-05","current_due":"2026-07-05","completed_on":"2026-07-05","evidence":"教学楼主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (606, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '139', 'create', NULL, '{"id":139,"project_id":18,"ordinal":5,"title":"实训楼及学员公寓主体结构封顶","baseline_due":"2026-08-18","current_due":"2026-08-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (607, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '139', 'complete', '{"id":139,"project_id":18,"ordinal":5,"title":"实训楼及学员公寓主体结构封顶","baseline_due":"2026-08-18","current_due":"2026-08-18","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":139,"project_id":18,"ordinal":5,"title":"实训楼及学员公寓主体结构封顶","baseline_due":"2026-08-18","current_due":"2026-08-18","completed_on":"2026-08-17","evidence":"实训楼及学员公寓主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (608, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '140', 'create', NULL, '{"id":140,"project_id":18,"ordinal":6,"title":"实训设备采购及安装","baseline_due":"2026-10-01","current_due":"2026-10-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (609, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '140', 'complete', '{"id":140,"project_id":18,"ordinal":6,"title":"实训设备采购及安装","baseline_due":"2026-10-01","current_due":"2026-10-01","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":140,"project_id":18,"ordinal":6,"title":"实训设备采购及安装","baseline_due":"2026-10-01","current_due":"2026-10-01","completed_on":"2026-09-29","evidence":"实训设备采购及安装：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (610, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '141', 'create', NULL, '{"id":141,"project_id":18,"ordinal":7,"title":"竣工验收","baseline_due":"2026-11-28","current_due":"2026-11-28","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (611, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '18', 'create', NULL, '{"id":18,"project_id":18,"year":2026,"planned":50000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (612, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '171', 'create', NULL, '{"id":171,"project_id":18,"year":2026,"month":1,"completed":5127083,"cumulative":5127083,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (613, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '172', 'create', NULL, '{"id":172,"project_id":18,"year":2026,"month":2,"completed":5127083,"cumulative":10254166,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (614, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '173', 'create', NULL, '{"id":173,"project_id":18,"year":2026,"month":3,"completed":5127083,"cumulative":15381249,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (615, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '174', 'create', NULL, '{"id":174,"project_id":18,"year":2026,"month":4,"completed":5127083,"cumulative":20508332,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (616, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '175', 'create', NULL, '{"id":175,"project_id":18,"year":2026,"month":5,"completed":5127083,"cumulative":25635415,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (617, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '176', 'create', NULL, '{"id":176,"project_id":18,"year":2026,"month":6,"completed":5127083,"cumulative":30762498,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (618, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '177', 'create', NULL, '{"id":177,"project_id":18,"year":2026,"month":7,"completed":5127083,"cumulative":35889581,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (619, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '178', 'create', NULL, '{"id":178,"project_id":18,"year":2026,"month":8,"completed":5127083,"cumulative":41016664,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (620, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '179', 'create', NULL, '{"id":179,"project_id":18,"year":2026,"month":9,"completed":5127083,"cumulative":46143747,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (621, '2026-11-25 04:00:00', 'seed:demo', 'investment_report', '180', 'create', NULL, '{"id":180,"project_id":18,"year":2026,"month":10,"completed":5127083,"cumulative":51270830,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z","reported_by":"seed:demo"}', NULL, 18);
INSERT INTO public.audit_log VALUES (622, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '37', 'create', NULL, '{"id":37,"project_id":18,"reported_on":"2026-11-08","progress":"教学楼主体结构封顶,实训楼施工至三层,累计完成投资3200万元。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (623, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '38', 'create', NULL, '{"id":38,"project_id":18,"reported_on":"2026-11-22","progress":"实训楼及学员公寓主体结构封顶,本年度完成投资2100万元。","problems":"实训设备采购资金1200万元尚未纳入财政预算。","next_steps":"协调财政局落实设备采购资金,启动实训设备政府采购程序。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 18);
INSERT INTO public.audit_log VALUES (624, '2026-11-25 04:00:00', 'seed:demo', 'project', '19', 'create', NULL, '{"assigned_on":"2026-06-02","leader_id":14,"person_id":38,"project":{"category":"services","code":"KP-2026-19","created_at":"2026-11-25T04:00:00Z","description":"建设食品博览展示中心及四星级标准配套酒店,总建筑面积11万平方米,其中展览面积3万平方米,酒店客房320间。","id":19,"level":"district","location":"开发区迎宾大道与黄河路交叉口东北角","name":"会展中心及配套酒店项目","planned_finish":"2028-09-30","planned_start":"2026-08-01","stage":"signed","total_investment":600000000,"updated_at":"2026-11-25T04:00:00Z"},"stage_on":"2026-06-02","unit_id":2}', NULL, 19);
INSERT INTO public.audit_log VALUES (671, '2026-11-25 04:00:00', 'seed:demo', 'user', '29', 'create', NULL, '{"id":29,"username":"yuan.xiaodong@example.gov.cn","email":"yuan.xiaodong@example.gov.cn","display_name":"袁晓东","person_id":29,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (625, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '142', 'create', NULL, '{"id":142,"project_id":19,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-08-15","current_due":"2026-08-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (626, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '142', 'complete', '{"id":142,"project_id":19,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-08-15","current_due":"2026-08-15","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":142,"project_id":19,"ordinal":1,"title":"完成项目备案及环评批复","baseline_due":"2026-08-15","current_due":"2026-08-15","completed_on":"2026-08-15","evidence":"完成项目备案及环评批复：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (627, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '143', 'create', NULL, '{"id":143,"project_id":19,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-08-30","current_due":"2026-08-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (628, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '143', 'complete', '{"id":143,"project_id":19,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-08-30","current_due":"2026-08-30","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":143,"project_id":19,"ordinal":2,"title":"完成土地摘牌","baseline_due":"2026-08-30","current_due":"2026-08-30","completed_on":"2026-08-29","evidence":"完成土地摘牌：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (629, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '144', 'create', NULL, '{"id":144,"project_id":19,"ordinal":3,"title":"完成规划及建筑方案设计审查","baseline_due":"2026-09-14","current_due":"2026-09-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (630, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '144', 'complete', '{"id":144,"project_id":19,"ordinal":3,"title":"完成规划及建筑方案设计审查","baseline_due":"2026-09-14","current_due":"2026-09-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":144,"project_id":19,"ordinal":3,"title":"完成规划及建筑方案设计审查","baseline_due":"2026-09-14","current_due":"2026-09-14","completed_on":"2026-09-12","evidence":"完成规划及建筑方案设计审查：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (631, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '145', 'create', NULL, '{"id":145,"project_id":19,"ordinal":4,"title":"展览中心开工建设","baseline_due":"2026-09-29","current_due":"2026-09-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (632, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '145', 'complete', '{"id":145,"project_id":19,"ordinal":4,"title":"展览中心开工建设","baseline_due":"2026-09-29","current_due":"2026-09-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":145,"project_id":19,"ordinal":4,"title":"展览中心开工建设","baseline_due":"2026-09-29","current_due":"2026-09-29","completed_on":"2026-09-29","evidence":"展览中心开工建设：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (633, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '146', 'create', NULL, '{"id":146,"project_id":19,"ordinal":5,"title":"展览中心主体结构封顶","baseline_due":"2026-10-14","current_due":"2026-10-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (634, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '146', 'complete', '{"id":146,"project_id":19,"ordinal":5,"title":"展览中心主体结构封顶","baseline_due":"2026-10-14","current_due":"2026-10-14","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":146,"project_id":19,"ordinal":5,"title":"展览中心主体结构封顶","baseline_due":"2026-10-14","current_due":"2026-10-14","completed_on":"2026-10-13","evidence":"展览中心主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (635, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '147', 'create', NULL, '{"id":147,"project_id":19,"ordinal":6,"title":"酒店主楼主体结构封顶","baseline_due":"2026-10-29","current_due":"2026-10-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (636, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '147', 'complete', '{"id":147,"project_id":19,"ordinal":6,"title":"酒店主楼主体结构封顶","baseline_due":"2026-10-29","current_due":"2026-10-29","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', '{"id":147,"project_id":19,"ordinal":6,"title":"酒店主楼主体结构封顶","baseline_due":"2026-10-29","current_due":"2026-10-29","completed_on":"2026-10-27","evidence":"酒店主楼主体结构封顶：已完成，相关批复及验收材料已归档。","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (637, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '148', 'create', NULL, '{"id":148,"project_id":19,"ordinal":7,"title":"幕墙及装饰工程","baseline_due":"2026-11-13","current_due":"2026-11-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (638, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '149', 'create', NULL, '{"id":149,"project_id":19,"ordinal":8,"title":"酒店设备安装及装修","baseline_due":"2026-11-28","current_due":"2026-11-28","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (639, '2026-11-25 04:00:00', 'seed:demo', 'milestone', '150', 'create', NULL, '{"id":150,"project_id":19,"ordinal":9,"title":"竣工验收并投入运营","baseline_due":"2026-12-13","current_due":"2026-12-13","completed_on":null,"evidence":null,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (640, '2026-11-25 04:00:00', 'seed:demo', 'investment_plan', '19', 'create', NULL, '{"id":19,"project_id":19,"year":2026,"planned":80000000,"created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (641, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '39', 'create', NULL, '{"id":39,"project_id":19,"reported_on":"2026-11-08","progress":"与投资方正式签订投资协议,总投资6亿元,拟用地180亩。","problems":null,"next_steps":null,"author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (672, '2026-11-25 04:00:00', 'seed:demo', 'user', '30', 'create', NULL, '{"id":30,"username":"deng.yaqin@example.gov.cn","email":"deng.yaqin@example.gov.cn","display_name":"邓雅琴","person_id":30,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (642, '2026-11-25 04:00:00', 'seed:demo', 'progress_update', '40', 'create', NULL, '{"id":40,"project_id":19,"reported_on":"2026-11-22","progress":"完成建筑方案征集并确定设计单位,项目备案材料已报市发改委。","problems":"项目用地涉及少量基本农田,需调整土地利用总体规划。","next_steps":"加快办理土地利用规划调整,力争8月初具备开工条件。","author":"seed:demo","created_at":"2026-11-25T04:00:00Z","updated_at":"2026-11-25T04:00:00Z"}', NULL, 19);
INSERT INTO public.audit_log VALUES (643, '2026-11-25 04:00:00', 'seed:demo', 'user', '1', 'create', NULL, '{"id":1,"username":"ma.junfeng@example.gov.cn","email":"ma.junfeng@example.gov.cn","display_name":"马俊峰","person_id":1,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (644, '2026-11-25 04:00:00', 'seed:demo', 'user', '2', 'create', NULL, '{"id":2,"username":"yang.zhenhua@example.gov.cn","email":"yang.zhenhua@example.gov.cn","display_name":"杨振华","person_id":2,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (645, '2026-11-25 04:00:00', 'seed:demo', 'user', '3', 'create', NULL, '{"id":3,"username":"huang.zhiyuan@example.gov.cn","email":"huang.zhiyuan@example.gov.cn","display_name":"黄志远","person_id":3,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (646, '2026-11-25 04:00:00', 'seed:demo', 'user', '4', 'create', NULL, '{"id":4,"username":"wu.desheng@example.gov.cn","email":"wu.desheng@example.gov.cn","display_name":"吴德胜","person_id":4,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (647, '2026-11-25 04:00:00', 'seed:demo', 'user', '5', 'create', NULL, '{"id":5,"username":"zheng.lijuan@example.gov.cn","email":"zheng.lijuan@example.gov.cn","display_name":"郑丽娟","person_id":5,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (648, '2026-11-25 04:00:00', 'seed:demo', 'user', '6', 'create', NULL, '{"id":6,"username":"he.jianping@example.gov.cn","email":"he.jianping@example.gov.cn","display_name":"何建平","person_id":6,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (649, '2026-11-25 04:00:00', 'seed:demo', 'user', '7', 'create', NULL, '{"id":7,"username":"guo.yongjun@example.gov.cn","email":"guo.yongjun@example.gov.cn","display_name":"郭永军","person_id":7,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (650, '2026-11-25 04:00:00', 'seed:demo', 'user', '8', 'create', NULL, '{"id":8,"username":"gao.xiaomei@example.gov.cn","email":"gao.xiaomei@example.gov.cn","display_name":"高晓梅","person_id":8,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (651, '2026-11-25 04:00:00', 'seed:demo', 'user', '9', 'create', NULL, '{"id":9,"username":"lin.haitao@example.gov.cn","email":"lin.haitao@example.gov.cn","display_name":"林海涛","person_id":9,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (652, '2026-11-25 04:00:00', 'seed:demo', 'user', '10', 'create', NULL, '{"id":10,"username":"luo.chunsheng@example.gov.cn","email":"luo.chunsheng@example.gov.cn","display_name":"罗春生","person_id":10,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (653, '2026-11-25 04:00:00', 'seed:demo', 'user', '11', 'create', NULL, '{"id":11,"username":"liang.hongwei@example.gov.cn","email":"liang.hongwei@example.gov.cn","display_name":"梁宏伟","person_id":11,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (654, '2026-11-25 04:00:00', 'seed:demo', 'user', '12', 'create', NULL, '{"id":12,"username":"song.zhiqiang@example.gov.cn","email":"song.zhiqiang@example.gov.cn","display_name":"宋志强","person_id":12,"roles":["unit_head"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (655, '2026-11-25 04:00:00', 'seed:demo', 'user', '13', 'create', NULL, '{"id":13,"username":"zhang.weidong@example.gov.cn","email":"zhang.weidong@example.gov.cn","display_name":"张卫东","person_id":13,"roles":["leader"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (656, '2026-11-25 04:00:00', 'seed:demo', 'user', '14', 'create', NULL, '{"id":14,"username":"wang.zhigang@example.gov.cn","email":"wang.zhigang@example.gov.cn","display_name":"王志刚","person_id":14,"roles":["leader"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (657, '2026-11-25 04:00:00', 'seed:demo', 'user', '15', 'create', NULL, '{"id":15,"username":"liu.minghui@example.gov.cn","email":"liu.minghui@example.gov.cn","display_name":"刘明辉","person_id":15,"roles":["leader"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (658, '2026-11-25 04:00:00', 'seed:demo', 'user', '16', 'create', NULL, '{"id":16,"username":"chen.guoqiang@example.gov.cn","email":"chen.guoqiang@example.gov.cn","display_name":"陈国强","person_id":16,"roles":["leader"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (659, '2026-11-25 04:00:00', 'seed:demo', 'user', '17', 'create', NULL, '{"id":17,"username":"zhao.wenbin@example.gov.cn","email":"zhao.wenbin@example.gov.cn","display_name":"赵文斌","person_id":17,"roles":["leader"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (660, '2026-11-25 04:00:00', 'seed:demo', 'user', '18', 'create', NULL, '{"id":18,"username":"sun.lixin@example.gov.cn","email":"sun.lixin@example.gov.cn","display_name":"孙立新","person_id":18,"roles":["leader"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (661, '2026-11-25 04:00:00', 'seed:demo', 'user', '19', 'create', NULL, '{"id":19,"username":"zhou.haiyan@example.gov.cn","email":"zhou.haiyan@example.gov.cn","display_name":"周海燕","person_id":19,"roles":["leader"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (662, '2026-11-25 04:00:00', 'seed:demo', 'user', '20', 'create', NULL, '{"id":20,"username":"xu.mingliang@example.gov.cn","email":"xu.mingliang@example.gov.cn","display_name":"许明亮","person_id":20,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (663, '2026-11-25 04:00:00', 'seed:demo', 'user', '21', 'create', NULL, '{"id":21,"username":"han.xuefeng@example.gov.cn","email":"han.xuefeng@example.gov.cn","display_name":"韩雪峰","person_id":21,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (664, '2026-11-25 04:00:00', 'seed:demo', 'user', '22', 'create', NULL, '{"id":22,"username":"feng.siyuan@example.gov.cn","email":"feng.siyuan@example.gov.cn","display_name":"冯思远","person_id":22,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (665, '2026-11-25 04:00:00', 'seed:demo', 'user', '23', 'create', NULL, '{"id":23,"username":"cao.zhiyong@example.gov.cn","email":"cao.zhiyong@example.gov.cn","display_name":"曹志勇","person_id":23,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (666, '2026-11-25 04:00:00', 'seed:demo', 'user', '24', 'create', NULL, '{"id":24,"username":"peng.lihua@example.gov.cn","email":"peng.lihua@example.gov.cn","display_name":"彭丽华","person_id":24,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (667, '2026-11-25 04:00:00', 'seed:demo', 'user', '25', 'create', NULL, '{"id":25,"username":"jiang.wentao@example.gov.cn","email":"jiang.wentao@example.gov.cn","display_name":"蒋文涛","person_id":25,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (668, '2026-11-25 04:00:00', 'seed:demo', 'user', '26', 'create', NULL, '{"id":26,"username":"xie.guanghui@example.gov.cn","email":"xie.guanghui@example.gov.cn","display_name":"谢光辉","person_id":26,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (669, '2026-11-25 04:00:00', 'seed:demo', 'user', '27', 'create', NULL, '{"id":27,"username":"tang.guoqing@example.gov.cn","email":"tang.guoqing@example.gov.cn","display_name":"唐国庆","person_id":27,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (670, '2026-11-25 04:00:00', 'seed:demo', 'user', '28', 'create', NULL, '{"id":28,"username":"dong.zhenyu@example.gov.cn","email":"dong.zhenyu@example.gov.cn","display_name":"董振宇","person_id":28,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (673, '2026-11-25 04:00:00', 'seed:demo', 'user', '31', 'create', NULL, '{"id":31,"username":"tian.baoshan@example.gov.cn","email":"tian.baoshan@example.gov.cn","display_name":"田宝山","person_id":31,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (674, '2026-11-25 04:00:00', 'seed:demo', 'user', '32', 'create', NULL, '{"id":32,"username":"pan.jianhua@example.gov.cn","email":"pan.jianhua@example.gov.cn","display_name":"潘建华","person_id":32,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (675, '2026-11-25 04:00:00', 'seed:demo', 'user', '33', 'create', NULL, '{"id":33,"username":"fan.yonggang@example.gov.cn","email":"fan.yonggang@example.gov.cn","display_name":"范永刚","person_id":33,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (676, '2026-11-25 04:00:00', 'seed:demo', 'user', '34', 'create', NULL, '{"id":34,"username":"shi.lei@example.gov.cn","email":"shi.lei@example.gov.cn","display_name":"石磊","person_id":34,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (677, '2026-11-25 04:00:00', 'seed:demo', 'user', '35', 'create', NULL, '{"id":35,"username":"cui.hongmei@example.gov.cn","email":"cui.hongmei@example.gov.cn","display_name":"崔红梅","person_id":35,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (678, '2026-11-25 04:00:00', 'seed:demo', 'user', '36', 'create', NULL, '{"id":36,"username":"qin.zihan@example.gov.cn","email":"qin.zihan@example.gov.cn","display_name":"秦子涵","person_id":36,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (679, '2026-11-25 04:00:00', 'seed:demo', 'user', '37', 'create', NULL, '{"id":37,"username":"ren.shufang@example.gov.cn","email":"ren.shufang@example.gov.cn","display_name":"任淑芳","person_id":37,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (680, '2026-11-25 04:00:00', 'seed:demo', 'user', '38', 'create', NULL, '{"id":38,"username":"wei.jiahao@example.gov.cn","email":"wei.jiahao@example.gov.cn","display_name":"魏家豪","person_id":38,"roles":["responsible"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (681, '2026-11-25 04:00:00', 'seed:demo', 'user', '39', 'create', NULL, '{"id":39,"username":"duchashi@demo.duban.local","email":"duchashi@demo.duban.local","display_name":"督查室","person_id":null,"roles":["supervisor"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);
INSERT INTO public.audit_log VALUES (682, '2026-11-25 04:00:00', 'seed:demo', 'user', '40', 'create', NULL, '{"id":40,"username":"admin@demo.duban.local","email":"admin@demo.duban.local","display_name":"系统管理员","person_id":null,"roles":["admin"],"disabled":false,"lang":"zh-CN"}', NULL, NULL);


--
-- Data for Name: calendar_days; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendar_feeds; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: comment_reads; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: comments; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: flags; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: investment_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.investment_plans VALUES (1, 1, 2026, 600000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (2, 2, 2026, 450000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (3, 3, 2026, 400000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (4, 4, 2026, 120000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (5, 5, 2026, 150000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (6, 6, 2026, 180000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (7, 7, 2026, 200000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (8, 8, 2026, 100000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (9, 9, 2026, 90000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (10, 10, 2026, 250000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (11, 11, 2026, 60000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (12, 12, 2026, 120000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (13, 13, 2026, 120000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (14, 14, 2026, 70000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (15, 15, 2026, 50000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (16, 16, 2026, 35000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (17, 17, 2026, 80000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (18, 18, 2026, 50000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.investment_plans VALUES (19, 19, 2026, 80000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00');


--
-- Data for Name: investment_reports; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.investment_reports VALUES (1, 1, 2026, 1, 44850000, 44850000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (2, 1, 2026, 2, 44850000, 89700000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (3, 1, 2026, 3, 44850000, 134550000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (4, 1, 2026, 4, 44850000, 179400000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (5, 1, 2026, 5, 44850000, 224250000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (6, 1, 2026, 6, 44850000, 269100000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (7, 1, 2026, 7, 44850000, 313950000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (8, 1, 2026, 8, 44850000, 358800000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (9, 1, 2026, 9, 44850000, 403650000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (10, 1, 2026, 10, 44850000, 448500000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (11, 2, 2026, 1, 36656250, 36656250, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (12, 2, 2026, 2, 36656250, 73312500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (13, 2, 2026, 3, 36656250, 109968750, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (14, 2, 2026, 4, 36656250, 146625000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (15, 2, 2026, 5, 36656250, 183281250, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (16, 2, 2026, 6, 36656250, 219937500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (17, 2, 2026, 7, 36656250, 256593750, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (18, 2, 2026, 8, 36656250, 293250000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (19, 2, 2026, 9, 36656250, 329906250, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (20, 2, 2026, 10, 36656250, 366562500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (21, 3, 2026, 1, 35266666, 35266666, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (22, 3, 2026, 2, 35266666, 70533332, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (23, 3, 2026, 3, 35266666, 105799998, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (24, 3, 2026, 4, 35266666, 141066664, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (25, 3, 2026, 5, 35266666, 176333330, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (26, 3, 2026, 6, 35266666, 211599996, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (27, 3, 2026, 7, 35266666, 246866662, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (28, 3, 2026, 8, 35266666, 282133328, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (29, 3, 2026, 9, 35266666, 317399994, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (30, 3, 2026, 10, 35266666, 352666660, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (31, 4, 2026, 1, 11385000, 11385000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (32, 4, 2026, 2, 11385000, 22770000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (33, 4, 2026, 3, 11385000, 34155000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (34, 4, 2026, 4, 11385000, 45540000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (35, 4, 2026, 5, 11385000, 56925000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (36, 4, 2026, 6, 11385000, 68310000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (37, 4, 2026, 7, 11385000, 79695000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (38, 4, 2026, 8, 11385000, 91080000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (39, 4, 2026, 9, 11385000, 102465000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (40, 4, 2026, 10, 11385000, 113850000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (41, 5, 2026, 1, 15237500, 15237500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (42, 5, 2026, 2, 15237500, 30475000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (43, 5, 2026, 3, 15237500, 45712500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (44, 5, 2026, 4, 15237500, 60950000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (45, 5, 2026, 5, 15237500, 76187500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (46, 5, 2026, 6, 15237500, 91425000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (47, 5, 2026, 7, 15237500, 106662500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (48, 5, 2026, 8, 15237500, 121900000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (49, 5, 2026, 9, 15237500, 137137500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (50, 5, 2026, 10, 15237500, 152375000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (51, 6, 2026, 1, 14317500, 14317500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (52, 6, 2026, 2, 14317500, 28635000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (53, 6, 2026, 3, 14317500, 42952500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (54, 6, 2026, 4, 14317500, 57270000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (55, 6, 2026, 5, 14317500, 71587500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (56, 6, 2026, 6, 14317500, 85905000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (57, 6, 2026, 7, 14317500, 100222500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (58, 6, 2026, 8, 14317500, 114540000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (59, 6, 2026, 9, 14317500, 128857500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (60, 6, 2026, 10, 14317500, 143175000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (61, 7, 2026, 1, 17250000, 17250000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (62, 7, 2026, 2, 17250000, 34500000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (63, 7, 2026, 3, 17250000, 51750000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (64, 7, 2026, 4, 17250000, 69000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (65, 7, 2026, 5, 17250000, 86250000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (66, 7, 2026, 6, 17250000, 103500000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (67, 7, 2026, 7, 17250000, 120750000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (68, 7, 2026, 8, 17250000, 138000000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (69, 7, 2026, 9, 17250000, 155250000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (70, 7, 2026, 10, 17250000, 172500000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (71, 8, 2026, 1, 9295833, 9295833, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (72, 8, 2026, 2, 9295833, 18591666, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (73, 8, 2026, 3, 9295833, 27887499, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (74, 8, 2026, 4, 9295833, 37183332, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (75, 8, 2026, 5, 9295833, 46479165, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (76, 8, 2026, 6, 9295833, 55774998, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (77, 8, 2026, 7, 9295833, 65070831, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (78, 8, 2026, 8, 9295833, 74366664, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (79, 8, 2026, 9, 9295833, 83662497, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (80, 8, 2026, 10, 9295833, 92958330, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (81, 9, 2026, 1, 8970000, 8970000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (82, 9, 2026, 2, 8970000, 17940000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (83, 9, 2026, 3, 8970000, 26910000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (84, 9, 2026, 4, 8970000, 35880000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (85, 9, 2026, 5, 8970000, 44850000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (86, 9, 2026, 6, 8970000, 53820000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (87, 9, 2026, 7, 8970000, 62790000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (88, 9, 2026, 8, 8970000, 71760000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (89, 9, 2026, 9, 8970000, 80730000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (90, 9, 2026, 10, 8970000, 89700000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (91, 10, 2026, 1, 19406250, 19406250, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (92, 10, 2026, 2, 19406250, 38812500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (93, 10, 2026, 3, 19406250, 58218750, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (94, 10, 2026, 4, 19406250, 77625000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (95, 10, 2026, 5, 19406250, 97031250, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (96, 10, 2026, 6, 19406250, 116437500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (97, 10, 2026, 7, 19406250, 135843750, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (98, 10, 2026, 8, 19406250, 155250000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (99, 10, 2026, 9, 19406250, 174656250, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (100, 10, 2026, 10, 19406250, 194062500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (101, 11, 2026, 1, 5060000, 5060000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (102, 11, 2026, 2, 5060000, 10120000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (103, 11, 2026, 3, 5060000, 15180000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (104, 11, 2026, 4, 5060000, 20240000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (105, 11, 2026, 5, 5060000, 25300000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (106, 11, 2026, 6, 5060000, 30360000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (107, 11, 2026, 7, 5060000, 35420000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (108, 11, 2026, 8, 5060000, 40480000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (109, 11, 2026, 9, 5060000, 45540000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (110, 11, 2026, 10, 5060000, 50600000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (111, 12, 2026, 1, 10925000, 10925000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (112, 12, 2026, 2, 10925000, 21850000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (113, 12, 2026, 3, 10925000, 32775000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (114, 12, 2026, 4, 10925000, 43700000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (115, 12, 2026, 5, 10925000, 54625000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (116, 12, 2026, 6, 10925000, 65550000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (117, 12, 2026, 7, 10925000, 76475000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (118, 12, 2026, 8, 10925000, 87400000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (119, 12, 2026, 9, 10925000, 98325000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (120, 12, 2026, 10, 10925000, 109250000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (121, 13, 2026, 1, 11730000, 11730000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (122, 13, 2026, 2, 11730000, 23460000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (123, 13, 2026, 3, 11730000, 35190000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (124, 13, 2026, 4, 11730000, 46920000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (125, 13, 2026, 5, 11730000, 58650000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (126, 13, 2026, 6, 11730000, 70380000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (127, 13, 2026, 7, 11730000, 82110000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (128, 13, 2026, 8, 11730000, 93840000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (129, 13, 2026, 9, 11730000, 105570000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (130, 13, 2026, 10, 11730000, 117300000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (131, 14, 2026, 1, 5299583, 5299583, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (132, 14, 2026, 2, 5299583, 10599166, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (133, 14, 2026, 3, 5299583, 15898749, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (134, 14, 2026, 4, 5299583, 21198332, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (135, 14, 2026, 5, 5299583, 26497915, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (136, 14, 2026, 6, 5299583, 31797498, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (137, 14, 2026, 7, 5299583, 37097081, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (138, 14, 2026, 8, 5299583, 42396664, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (139, 14, 2026, 9, 5299583, 47696247, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (140, 14, 2026, 10, 5299583, 52995830, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (141, 15, 2026, 1, 4120833, 4120833, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (142, 15, 2026, 2, 4120833, 8241666, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (143, 15, 2026, 3, 4120833, 12362499, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (144, 15, 2026, 4, 4120833, 16483332, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (145, 15, 2026, 5, 4120833, 20604165, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (146, 15, 2026, 6, 4120833, 24724998, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (147, 15, 2026, 7, 4120833, 28845831, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (148, 15, 2026, 8, 4120833, 32966664, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (149, 15, 2026, 9, 4120833, 37087497, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (150, 15, 2026, 10, 4120833, 41208330, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (151, 16, 2026, 1, 3119375, 3119375, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (152, 16, 2026, 2, 3119375, 6238750, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (153, 16, 2026, 3, 3119375, 9358125, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (154, 16, 2026, 4, 3119375, 12477500, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (155, 16, 2026, 5, 3119375, 15596875, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (156, 16, 2026, 6, 3119375, 18716250, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (157, 16, 2026, 7, 3119375, 21835625, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (158, 16, 2026, 8, 3119375, 24955000, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (159, 16, 2026, 9, 3119375, 28074375, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (160, 16, 2026, 10, 3119375, 31193750, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (161, 17, 2026, 1, 7666666, 7666666, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (162, 17, 2026, 2, 7666666, 15333332, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (163, 17, 2026, 3, 7666666, 22999998, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (164, 17, 2026, 4, 7666666, 30666664, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (165, 17, 2026, 5, 7666666, 38333330, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (166, 17, 2026, 6, 7666666, 45999996, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (167, 17, 2026, 7, 7666666, 53666662, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (168, 17, 2026, 8, 7666666, 61333328, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (169, 17, 2026, 9, 7666666, 68999994, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (170, 17, 2026, 10, 7666666, 76666660, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (171, 18, 2026, 1, 5127083, 5127083, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (172, 18, 2026, 2, 5127083, 10254166, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (173, 18, 2026, 3, 5127083, 15381249, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (174, 18, 2026, 4, 5127083, 20508332, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (175, 18, 2026, 5, 5127083, 25635415, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (176, 18, 2026, 6, 5127083, 30762498, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (177, 18, 2026, 7, 5127083, 35889581, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (178, 18, 2026, 8, 5127083, 41016664, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (179, 18, 2026, 9, 5127083, 46143747, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');
INSERT INTO public.investment_reports VALUES (180, 18, 2026, 10, 5127083, 51270830, '2026-11-25 04:00:00', '2026-11-25 04:00:00', 'seed:demo');


--
-- Data for Name: issued_reports; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: milestones; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.milestones VALUES (1, 1, 1, '完成项目备案及环评批复', '2026-02-14', '2026-02-14', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (2, 1, 2, '完成土地摘牌及规划许可', '2026-03-21', '2026-03-21', '2026-03-25', '完成土地摘牌及规划许可：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (3, 1, 3, '场地平整及桩基施工', '2026-04-25', '2026-04-25', '2026-04-23', '场地平整及桩基施工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (4, 1, 4, '主体厂房开工建设', '2026-05-30', '2026-05-30', '2026-05-30', '主体厂房开工建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (5, 1, 5, '一期厂房主体结构封顶', '2026-07-05', '2026-07-05', '2026-07-04', '一期厂房主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (6, 1, 6, '冷库及配套动力车间建成', '2026-08-09', '2026-08-09', '2026-08-07', '冷库及配套动力车间建成：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (7, 1, 7, '生产设备采购及安装', '2026-09-13', '2026-09-13', '2026-09-13', '生产设备采购及安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (8, 1, 8, '一期生产线试生产', '2026-10-18', '2026-10-18', '2026-10-17', '一期生产线试生产：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (9, 1, 9, '项目竣工验收', '2026-11-22', '2026-11-22', '2026-11-20', '项目竣工验收：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (10, 2, 1, '完成项目备案及能评批复', '2026-02-18', '2026-02-18', '2026-02-18', '完成项目备案及能评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (11, 2, 2, '完成土地摘牌', '2026-03-29', '2026-03-29', '2026-03-28', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (12, 2, 3, '冷库桩基及基础工程施工', '2026-05-07', '2026-05-07', '2026-05-05', '冷库桩基及基础工程施工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (13, 2, 4, '加工车间主体结构封顶', '2026-06-15', '2026-06-15', '2026-06-15', '加工车间主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (14, 2, 5, '冷库围护及制冷系统安装', '2026-07-24', '2026-07-24', '2026-07-23', '冷库围护及制冷系统安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (15, 2, 6, '冷链配送中心建成', '2026-09-01', '2026-09-01', '2026-08-30', '冷链配送中心建成：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (16, 2, 7, '生产设备安装调试', '2026-10-10', '2026-10-10', '2026-10-10', '生产设备安装调试：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (17, 2, 8, '竣工验收并投入试运营', '2026-11-27', '2026-11-27', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (18, 3, 1, '完成项目备案及环评批复', '2026-03-31', '2026-03-31', '2026-03-31', '完成项目备案及环评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (19, 3, 2, '完成土地摘牌', '2026-04-30', '2026-04-30', '2026-04-29', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (20, 3, 3, '取得建设工程规划许可证', '2026-05-30', '2026-05-30', '2026-05-28', '取得建设工程规划许可证：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (21, 3, 4, '场地平整及桩基施工', '2026-06-29', '2026-06-29', '2026-06-29', '场地平整及桩基施工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (22, 3, 5, '研发质检中心主体结构封顶', '2026-07-30', '2026-07-30', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (23, 3, 6, 'GMP生产车间主体结构封顶', '2026-08-29', '2026-08-29', '2026-09-04', 'GMP生产车间主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (24, 3, 7, '洁净车间装修及设备安装', '2026-09-28', '2026-09-28', '2026-09-28', '洁净车间装修及设备安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (25, 3, 8, '通过GMP认证', '2026-10-28', '2026-10-28', '2026-10-27', '通过GMP认证：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (26, 3, 9, '一期竣工验收', '2026-11-27', '2026-11-27', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (27, 4, 1, '完成项目备案及环评批复', '2026-01-18', '2026-01-18', '2026-01-18', '完成项目备案及环评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (28, 4, 2, '完成土地摘牌', '2026-01-27', '2026-01-27', '2026-01-26', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (29, 4, 3, '主体厂房开工建设', '2026-02-05', '2026-02-05', '2026-02-03', '主体厂房开工建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (30, 4, 4, '主体结构封顶', '2026-02-14', '2026-02-14', '2026-02-14', '主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (31, 4, 5, '仓储物流中心建成', '2026-02-23', '2026-02-23', '2026-02-22', '仓储物流中心建成：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (32, 4, 6, '生产设备安装调试', '2026-03-04', '2026-03-04', '2026-03-02', '生产设备安装调试：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (33, 4, 7, '竣工验收', '2026-03-13', '2026-03-13', '2026-03-13', '竣工验收：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (34, 4, 8, '全面投产', '2026-03-22', '2026-03-22', '2026-03-21', '全面投产：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (35, 5, 1, '完成项目备案及环评批复', '2026-01-27', '2026-01-27', '2026-01-27', '完成项目备案及环评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (36, 5, 2, '完成土地摘牌', '2026-02-14', '2026-02-14', '2026-02-13', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (37, 5, 3, '主体厂房开工建设', '2026-03-03', '2026-03-03', '2026-03-01', '主体厂房开工建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (38, 5, 4, '主体结构封顶', '2026-03-21', '2026-03-21', '2026-03-21', '主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (39, 5, 5, '设备采购及安装', '2026-04-08', '2026-04-08', '2026-04-07', '设备采购及安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (40, 5, 6, '消防及环保设施验收', '2026-04-25', '2026-04-25', '2026-04-23', '消防及环保设施验收：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (41, 5, 7, '竣工验收', '2026-05-13', '2026-05-13', '2026-05-13', '竣工验收：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (42, 6, 1, '完成项目备案', '2026-02-18', '2026-02-18', '2026-02-18', '完成项目备案：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (43, 6, 2, '完成土地摘牌及规划许可', '2026-03-29', '2026-03-29', '2026-03-28', '完成土地摘牌及规划许可：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (44, 6, 3, '主体厂房开工建设', '2026-05-07', '2026-05-07', '2026-05-05', '主体厂房开工建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (45, 6, 4, '钢结构厂房吊装完成', '2026-06-15', '2026-06-15', '2026-06-15', '钢结构厂房吊装完成：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (46, 6, 5, '综合办公楼主体结构封顶', '2026-07-24', '2026-07-24', '2026-07-23', '综合办公楼主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (47, 6, 6, '数控加工设备采购及安装', '2026-09-01', '2026-12-05', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (48, 6, 7, '生产线联合调试', '2026-10-10', '2026-10-10', '2026-10-14', '生产线联合调试：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (49, 6, 8, '竣工验收', '2026-11-28', '2026-11-28', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (50, 7, 1, '完成项目备案及环评批复', '2026-02-18', '2026-02-18', '2026-02-18', '完成项目备案及环评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (51, 7, 2, '完成土地摘牌', '2026-03-29', '2026-03-29', '2026-03-28', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (52, 7, 3, '主体厂房开工建设', '2026-05-07', '2026-05-07', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (53, 7, 4, '主体结构封顶', '2026-06-15', '2026-06-15', '2026-06-20', '主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (54, 7, 5, '奶源收储中心建成', '2026-07-24', '2026-07-24', '2026-07-23', '奶源收储中心建成：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (55, 7, 6, '灌装生产线采购及安装', '2026-09-01', '2026-09-01', '2026-08-30', '灌装生产线采购及安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (56, 7, 7, '试生产', '2026-10-10', '2026-10-10', '2026-10-10', '试生产：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (57, 7, 8, '竣工验收', '2026-11-18', '2026-11-18', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (58, 8, 1, '完成项目可研及环评批复', '2026-02-14', '2026-02-14', '2026-02-20', '完成项目可研及环评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (59, 8, 2, '完成施工招标', '2026-03-21', '2026-03-21', '2026-03-20', '完成施工招标：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (60, 8, 3, '生化池及二沉池土建施工', '2026-04-25', '2026-04-25', '2026-04-23', '生化池及二沉池土建施工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (61, 8, 4, '配套污水主干管网铺设', '2026-05-30', '2026-05-30', '2026-05-30', '配套污水主干管网铺设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (62, 8, 5, '深度处理车间主体完工', '2026-07-05', '2026-07-05', '2026-07-04', '深度处理车间主体完工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (63, 8, 6, '工艺设备安装', '2026-08-09', '2026-08-09', '2026-08-07', '工艺设备安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (64, 8, 7, '单机及联动调试', '2026-09-13', '2026-09-13', '2026-09-13', '单机及联动调试：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (65, 8, 8, '通水试运行', '2026-10-18', '2026-10-18', '2026-10-17', '通水试运行：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (66, 8, 9, '竣工验收及环保验收', '2026-11-22', '2026-11-22', '2026-11-20', '竣工验收及环保验收：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (67, 9, 1, '完成可研批复及施工图设计', '2026-05-17', '2026-05-17', '2026-05-17', '完成可研批复及施工图设计：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (68, 9, 2, '完成施工及监理招标', '2026-06-18', '2026-06-18', '2026-06-17', '完成施工及监理招标：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (69, 9, 3, '黄河路段管网开工', '2026-07-20', '2026-07-20', '2026-07-18', '黄河路段管网开工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (70, 9, 4, '泰山路段管网铺设', '2026-08-21', '2026-08-21', '2026-08-21', '泰山路段管网铺设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (71, 9, 5, '嵩山路段管网铺设', '2026-09-22', '2026-09-22', '2026-09-21', '嵩山路段管网铺设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (72, 9, 6, '换热站建设及设备安装', '2026-10-24', '2026-10-24', '2026-10-22', '换热站建设及设备安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (73, 9, 7, '管网试压吹扫及通汽验收', '2026-11-25', '2026-11-25', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (74, 10, 1, '完成项目备案及环评批复', '2026-02-14', '2026-02-14', '2026-02-14', '完成项目备案及环评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (75, 10, 2, '完成土地摘牌', '2026-03-21', '2026-03-21', '2026-03-20', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (76, 10, 3, '仓储中心开工建设', '2026-04-25', '2026-04-25', '2026-04-23', '仓储中心开工建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (77, 10, 4, '仓储中心主体完工', '2026-05-30', '2026-05-30', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (78, 10, 5, '信息交易中心主体结构封顶', '2026-07-05', '2026-07-05', '2026-07-13', '信息交易中心主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (79, 10, 6, '分拨配送中心建成', '2026-08-09', '2026-08-09', '2026-08-07', '分拨配送中心建成：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (80, 10, 7, '物流信息平台建设', '2026-09-13', '2026-09-13', '2026-09-13', '物流信息平台建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (81, 10, 8, '配套道路及停车场建设', '2026-10-18', '2026-10-18', '2026-10-17', '配套道路及停车场建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (82, 10, 9, '竣工验收', '2026-11-26', '2026-11-26', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (83, 11, 1, '完成项目备案及环评批复', '2026-01-16', '2026-01-16', '2026-01-16', '完成项目备案及环评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (84, 11, 2, '完成土地摘牌', '2026-01-22', '2026-01-22', '2026-01-21', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (85, 11, 3, '生产车间开工建设', '2026-01-28', '2026-01-28', '2026-01-26', '生产车间开工建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (86, 11, 4, '主体结构封顶', '2026-02-03', '2026-02-03', '2026-02-03', '主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (87, 11, 5, '冷库及制冷系统安装', '2026-02-09', '2026-02-09', '2026-02-08', '冷库及制冷系统安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (88, 11, 6, '生产设备安装调试', '2026-02-15', '2026-02-15', '2026-02-13', '生产设备安装调试：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (89, 11, 7, '竣工验收并投产', '2026-02-21', '2026-02-21', '2026-02-21', '竣工验收并投产：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (90, 12, 1, '完成项目备案及环评批复', '2026-02-18', '2026-02-18', '2026-02-18', '完成项目备案及环评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (91, 12, 2, '完成土地摘牌', '2026-03-29', '2026-03-29', '2026-03-28', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (92, 12, 3, '制粉车间开工建设', '2026-05-07', '2026-05-07', '2026-05-05', '制粉车间开工建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (93, 12, 4, '立筒仓滑模施工完成', '2026-06-15', '2026-06-15', '2026-06-15', '立筒仓滑模施工完成：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (94, 12, 5, '制粉车间主体结构封顶', '2026-07-24', '2026-07-24', '2026-07-23', '制粉车间主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (95, 12, 6, '烘焙车间主体结构封顶', '2026-09-01', '2026-09-01', '2026-08-30', '烘焙车间主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (96, 12, 7, '设备采购及安装', '2026-10-10', '2026-10-10', '2026-10-10', '设备采购及安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (97, 12, 8, '竣工验收', '2026-11-18', '2026-12-09', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (98, 13, 1, '完成规划设计方案批复', '2026-01-22', '2026-01-22', '2026-01-22', '完成规划设计方案批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (99, 13, 2, '完成施工招标', '2026-02-03', '2026-02-03', '2026-02-02', '完成施工招标：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (100, 13, 3, '一标段厂房开工建设', '2026-02-15', '2026-02-15', '2026-02-13', '一标段厂房开工建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (101, 13, 4, '一标段厂房主体完工', '2026-02-27', '2026-02-27', '2026-02-27', '一标段厂房主体完工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (102, 13, 5, '二标段厂房主体完工', '2026-03-12', '2026-03-12', '2026-03-11', '二标段厂房主体完工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (103, 13, 6, '综合服务楼主体结构封顶', '2026-03-24', '2026-03-24', '2026-03-22', '综合服务楼主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (104, 13, 7, '室外道路及管网配套', '2026-04-05', '2026-04-05', '2026-04-05', '室外道路及管网配套：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (105, 13, 8, '竣工验收', '2026-04-17', '2026-04-17', '2026-04-16', '竣工验收：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (106, 14, 1, '完成施工图设计及审查', '2026-02-18', '2026-02-18', '2026-02-18', '完成施工图设计及审查：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (107, 14, 2, '完成施工招标', '2026-03-29', '2026-03-29', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (108, 14, 3, '钻孔灌注桩施工', '2026-05-07', '2026-05-07', '2026-05-14', '钻孔灌注桩施工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (109, 14, 4, '承台及桥墩施工', '2026-06-15', '2026-06-15', '2026-06-15', '承台及桥墩施工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (110, 14, 5, '预应力箱梁预制', '2026-07-24', '2026-07-24', '2026-07-23', '预应力箱梁预制：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (111, 14, 6, '箱梁架设', '2026-09-01', '2026-09-01', '2026-08-30', '箱梁架设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (112, 14, 7, '桥面铺装及附属工程', '2026-10-10', '2026-10-10', '2026-10-10', '桥面铺装及附属工程：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (113, 14, 8, '竣工验收通车', '2026-11-27', '2026-11-27', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (114, 15, 1, '完成征地拆迁', '2026-02-18', '2026-02-18', '2026-02-18', '完成征地拆迁：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (115, 15, 2, '完成施工招标', '2026-03-29', '2026-03-29', '2026-03-28', '完成施工招标：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (116, 15, 3, '路基土方施工', '2026-05-07', '2026-05-07', '2026-05-05', '路基土方施工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (117, 15, 4, '雨污水管网铺设', '2026-06-15', '2026-06-15', '2026-06-15', '雨污水管网铺设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (118, 15, 5, '水稳层施工', '2026-07-24', '2026-07-24', '2026-07-23', '水稳层施工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (119, 15, 6, '沥青面层铺设', '2026-09-01', '2026-09-01', '2026-08-30', '沥青面层铺设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (120, 15, 7, '路灯及绿化配套', '2026-10-10', '2026-10-10', '2026-10-10', '路灯及绿化配套：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (121, 15, 8, '竣工验收通车', '2026-11-18', '2026-11-18', '2026-11-17', '竣工验收通车：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (122, 16, 1, '完成实施方案及预算评审', '2026-05-09', '2026-05-09', '2026-05-09', '完成实施方案及预算评审：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (123, 16, 2, '完成施工招标', '2026-06-17', '2026-06-17', '2026-06-16', '完成施工招标：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (124, 16, 3, '破损路面修补', '2026-07-26', '2026-07-26', '2026-07-24', '破损路面修补：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (125, 16, 4, '行道树及绿化带补植', '2026-09-02', '2026-09-02', '2026-09-02', '行道树及绿化带补植：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (126, 16, 5, 'LED路灯安装', '2026-10-11', '2026-10-11', '2026-10-10', 'LED路灯安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (127, 16, 6, '竣工验收', '2026-11-19', '2026-11-19', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (128, 17, 1, '完成项目备案', '2026-02-23', '2026-02-23', '2026-02-23', '完成项目备案：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (129, 17, 2, '完成土地摘牌', '2026-04-08', '2026-04-08', '2026-04-07', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (130, 17, 3, '主楼开工建设', '2026-05-22', '2026-05-22', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (131, 17, 4, '主楼主体结构封顶', '2026-07-05', '2026-07-05', '2026-07-10', '主楼主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (132, 17, 5, '仓储配送中心建设', '2026-08-18', '2026-08-18', '2026-08-17', '仓储配送中心建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (133, 17, 6, '内部装修及网络信息系统建设', '2026-10-01', '2026-10-01', '2026-09-29', '内部装修及网络信息系统建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (134, 17, 7, '竣工验收', '2026-11-14', '2026-11-14', '2026-11-14', '竣工验收：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (135, 18, 1, '完成项目立项及规划许可', '2026-02-23', '2026-02-23', '2026-03-01', '完成项目立项及规划许可：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (136, 18, 2, '完成施工招标', '2026-04-08', '2026-04-08', '2026-04-07', '完成施工招标：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (137, 18, 3, '教学楼主体开工', '2026-05-22', '2026-05-22', '2026-05-20', '教学楼主体开工：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (138, 18, 4, '教学楼主体结构封顶', '2026-07-05', '2026-07-05', '2026-07-05', '教学楼主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (139, 18, 5, '实训楼及学员公寓主体结构封顶', '2026-08-18', '2026-08-18', '2026-08-17', '实训楼及学员公寓主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (140, 18, 6, '实训设备采购及安装', '2026-10-01', '2026-10-01', '2026-09-29', '实训设备采购及安装：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (141, 18, 7, '竣工验收', '2026-11-28', '2026-11-28', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (142, 19, 1, '完成项目备案及环评批复', '2026-08-15', '2026-08-15', '2026-08-15', '完成项目备案及环评批复：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (143, 19, 2, '完成土地摘牌', '2026-08-30', '2026-08-30', '2026-08-29', '完成土地摘牌：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (144, 19, 3, '完成规划及建筑方案设计审查', '2026-09-14', '2026-09-14', '2026-09-12', '完成规划及建筑方案设计审查：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (145, 19, 4, '展览中心开工建设', '2026-09-29', '2026-09-29', '2026-09-29', '展览中心开工建设：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (146, 19, 5, '展览中心主体结构封顶', '2026-10-14', '2026-10-14', '2026-10-13', '展览中心主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (147, 19, 6, '酒店主楼主体结构封顶', '2026-10-29', '2026-10-29', '2026-10-27', '酒店主楼主体结构封顶：已完成，相关批复及验收材料已归档。', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (148, 19, 7, '幕墙及装饰工程', '2026-11-13', '2026-11-13', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (149, 19, 8, '酒店设备安装及装修', '2026-11-28', '2026-11-28', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.milestones VALUES (150, 19, 9, '竣工验收并投入运营', '2026-12-13', '2026-12-13', NULL, NULL, '2026-11-25 04:00:00', '2026-11-25 04:00:00');


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: outbox_projects; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.people VALUES (1, '马俊峰', '局长', 1, 'ma.junfeng@example.gov.cn', '0395-3361011', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (2, '杨振华', '局长', 2, 'yang.zhenhua@example.gov.cn', '0395-3361012', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (3, '黄志远', '局长', 3, 'huang.zhiyuan@example.gov.cn', '0395-3361013', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (4, '吴德胜', '局长', 4, 'wu.desheng@example.gov.cn', '0395-3361014', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (5, '郑丽娟', '局长', 5, 'zheng.lijuan@example.gov.cn', '0395-3361015', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (6, '何建平', '局长', 6, 'he.jianping@example.gov.cn', '0395-3361016', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (7, '郭永军', '局长', 7, 'guo.yongjun@example.gov.cn', '0395-3361017', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (8, '高晓梅', '局长', 8, 'gao.xiaomei@example.gov.cn', '0395-3361018', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (9, '林海涛', '局长', 9, 'lin.haitao@example.gov.cn', '0395-3361019', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (10, '罗春生', '主任', 10, 'luo.chunsheng@example.gov.cn', '0395-3361020', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (11, '梁宏伟', '主任', 11, 'liang.hongwei@example.gov.cn', '0395-3361021', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (12, '宋志强', '主任', 12, 'song.zhiqiang@example.gov.cn', '0395-3361022', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (13, '张卫东', '党工委书记', NULL, 'zhang.weidong@example.gov.cn', '0395-3361001', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (14, '王志刚', '管委会主任', NULL, 'wang.zhigang@example.gov.cn', '0395-3361002', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (15, '刘明辉', '党工委副书记', NULL, 'liu.minghui@example.gov.cn', '0395-3361003', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (16, '陈国强', '管委会副主任', NULL, 'chen.guoqiang@example.gov.cn', '0395-3361004', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (17, '赵文斌', '管委会副主任', NULL, 'zhao.wenbin@example.gov.cn', '0395-3361005', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (18, '孙立新', '管委会副主任', NULL, 'sun.lixin@example.gov.cn', '0395-3361006', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (19, '周海燕', '纪工委书记', NULL, 'zhou.haiyan@example.gov.cn', '0395-3361007', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (20, '许明亮', '副局长', 2, 'xu.mingliang@example.gov.cn', '13839501126', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (21, '韩雪峰', '副主任', 11, 'han.xuefeng@example.gov.cn', '13939520347', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (22, '冯思远', '科长', 1, 'feng.siyuan@example.gov.cn', '15039587712', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (23, '曹志勇', '科长', 2, 'cao.zhiyong@example.gov.cn', '13703951958', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (24, '彭丽华', '副主任', 11, 'peng.lihua@example.gov.cn', '15239536604', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (25, '蒋文涛', '副局长', 1, 'jiang.wentao@example.gov.cn', '18639541830', 'en', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (26, '谢光辉', '副主任', 12, 'xie.guanghui@example.gov.cn', '13598062475', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (27, '唐国庆', '副局长', 6, 'tang.guoqing@example.gov.cn', '13839592063', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (28, '董振宇', '副局长', 3, 'dong.zhenyu@example.gov.cn', '15839517269', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (29, '袁晓东', '科长', 12, 'yuan.xiaodong@example.gov.cn', '18703958841', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (30, '邓雅琴', '主任科员', 11, 'deng.yaqin@example.gov.cn', '13939578152', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (31, '田宝山', '副局长', 4, 'tian.baoshan@example.gov.cn', '13525063397', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (32, '潘建华', '科长', 3, 'pan.jianhua@example.gov.cn', '15939504418', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (33, '范永刚', '主任科员', 3, 'fan.yonggang@example.gov.cn', '18939569025', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (34, '石磊', '副局长', 9, 'shi.lei@example.gov.cn', '13783951276', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (35, '崔红梅', '科长', 9, 'cui.hongmei@example.gov.cn', '15893586630', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (36, '秦子涵', '科长', 1, 'qin.zihan@example.gov.cn', '18239547719', 'en', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (37, '任淑芳', '副局长', 8, 'ren.shufang@example.gov.cn', '13803951584', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.people VALUES (38, '魏家豪', '科长', 2, 'wei.jiahao@example.gov.cn', '15138290463', 'zh-CN', true, '2026-11-25 04:00:00', '2026-11-25 04:00:00');


--
-- Data for Name: problems; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: progress_updates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.progress_updates VALUES (1, 1, '2026-10-25', '完成桩基施工1860根,一期主体厂房开工建设,累计完成投资3.2亿元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (2, 1, '2026-11-08', '一期A、B两栋厂房主体结构封顶,冷库钢结构吊装完成60%,本年度完成投资2.1亿元,占年度计划的35%。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (3, 1, '2026-11-22', '生产设备已签订采购合同4.6亿元,首批斩拌、滚揉设备到货,正在安装调试。', '二期约180亩建设用地指标尚未落实,影响后续生产线布局。', '加快冷库及动力车间建设,协调市国土部门争取二期用地指标。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (4, 2, '2026-11-08', '完成土地摘牌410亩,冷库桩基工程完成85%,累计完成投资1.6亿元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (5, 2, '2026-11-22', '加工车间1号、2号楼主体结构封顶,本年度完成投资1.8亿元,占年度计划的40%。', '110千伏专用变电站电力增容审批滞后,影响制冷系统安装调试进度。', '督促供电部门加快电力增容审批,同步推进冷库保温围护施工。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (6, 3, '2026-11-08', '项目备案及环评批复已完成,土地摘牌300亩,已缴纳土地出让金1.35亿元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (7, 3, '2026-11-22', '举行开工仪式,场地平整完成70%,桩基施工队伍进场,本年度完成投资1.7亿元。', NULL, '办理建设工程规划许可证和施工许可证,全面启动桩基施工。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (8, 4, '2026-11-08', '16条生产线全部安装调试完毕,项目通过竣工验收,累计完成投资6.3亿元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (9, 4, '2026-11-22', '项目正式投产,一季度实现产值2.8亿元、入库税金1200万元,新增就业1100人。', NULL, '协助企业申报省级农业产业化龙头企业,推进二期研发中心规划工作。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (10, 5, '2026-11-08', '主体厂房及综合楼全部封顶,印刷复合生产线完成安装,累计完成投资3.9亿元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (11, 5, '2026-11-22', '项目通过消防、环保专项验收和竣工验收备案,累计完成投资4.75亿元。', '企业食品相关产品生产许可证仍在审查中,暂未能投入试生产。', '协调质监部门加快生产许可审查,力争下月投入试生产。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (12, 6, '2026-11-08', '完成土地摘牌156亩,主体厂房基础施工完成,累计完成投资5200万元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (13, 6, '2026-11-22', '1号、2号联合厂房钢结构吊装完成,综合办公楼施工至四层,本年度完成投资9600万元,占年度计划的53%。', NULL, '推进综合办公楼主体封顶,启动数控加工中心等设备招标采购。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (14, 7, '2026-11-08', '主体厂房基础及一层结构完成,累计完成投资8600万元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (15, 7, '2026-11-22', '受投资方资金链紧张影响,施工单位于3月份撤场,项目暂停施工,已两次约谈企业负责人。', '投资方融资未落实,项目停工已超过3个月,存在土地闲置风险。', '督促企业引进战略投资者并限期提交复工计划,逾期按投资协议启动土地收回程序。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (16, 8, '2026-11-08', '生化池、二沉池土建完成80%,铺设污水主干管网3.2公里,累计完成投资6800万元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (17, 8, '2026-11-22', '深度处理车间主体完工,主干管网累计铺设6.1公里,本年度完成投资5400万元。', '污水主干管穿越铁路段施工方案尚待铁路部门审批。', '加快工艺设备安装,争取铁路部门尽快批复穿越施工方案。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (18, 9, '2026-11-08', '完成施工及监理招标,施工中标价1.08亿元,施工单位已进场。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (19, 9, '2026-11-22', '黄河路段管网开工,完成管道支架基础120处,本年度完成投资1500万元。', NULL, '组织力量平行推进泰山路段施工,确保11月中旬前通汽。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (20, 10, '2026-10-25', '一期仓储中心4栋库房主体完工,累计完成投资2.3亿元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (21, 10, '2026-11-08', '信息交易中心施工至八层,本年度完成投资1.1亿元,占年度计划的44%。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (22, 10, '2026-11-22', '物流信息平台完成招标,已有18家物流企业签订入驻意向协议。', NULL, '加快信息交易中心主体封顶,同步开展分拨配送中心钢结构施工。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (23, 11, '2026-11-08', '生产车间及冷库通过竣工验收,速冻生产线完成联动调试,累计完成投资2.75亿元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (24, 11, '2026-11-22', '项目正式投产,月产速冻食品4000吨,新增就业420人。', NULL, '帮助企业申请技改贴息资金,推进二期调理菜肴生产线前期工作。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (25, 12, '2026-11-08', '制粉车间基础施工完成,立筒仓滑模施工至28米,累计完成投资4800万元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (26, 12, '2026-11-22', '8座立筒仓全部滑模到顶,本年度完成投资5200万元。', '烘焙车间所在地块约35亩用地指标未落实,暂无法办理施工许可。', '国土分局牵头上报用地指标申请,先行推进制粉车间主体施工。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (27, 13, '2026-11-08', '24栋厂房主体全部完工,室外道路及雨污管网完成90%,累计完成投资4.1亿元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (28, 13, '2026-11-22', '项目通过竣工验收,已与9家企业签订入驻协议,签约面积7.6万平方米。', NULL, '配合招商局开展标房招商推介,力争年底入驻率达到60%。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (29, 14, '2026-11-08', '完成全部112根钻孔灌注桩施工,承台完成8个,累计完成投资2600万元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (30, 14, '2026-11-22', '桥墩全部完成,预制箱梁完成40片,本年度完成投资3100万元。', '汛期临近,河道内施工便道及围堰需在汛前拆除,箱梁架设工期紧张。', '增加架桥机一台,抢在汛期前完成主跨箱梁架设。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (31, 15, '2026-11-08', '完成征地210亩、拆迁房屋46户,路基土方完成60%。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (32, 15, '2026-11-22', '雨污水管网铺设完成2.1公里,水稳层完成1.2公里,本年度完成投资2300万元。', '沿线2户拆迁户未签订补偿协议,约150米路段无法施工。', '会同办事处做好拆迁户工作,确保月底前交付全部施工场地。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (33, 16, '2026-11-08', '完成预算评审和施工招标,中标价3380万元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (34, 16, '2026-11-22', '黄河路、珠江路开始破损路面修补,已完成修补面积8600平方米。', NULL, '全面展开6条道路的路面修补,同步开展绿化苗木采购。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (35, 17, '2026-11-08', '主楼施工至十层,累计完成投资5100万元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (36, 17, '2026-11-22', '主楼主体结构封顶,本年度完成投资3600万元,已有32家电商企业签订入驻意向。', NULL, '启动仓储配送中心基础施工和主楼外墙装饰工程。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (37, 18, '2026-11-08', '教学楼主体结构封顶,实训楼施工至三层,累计完成投资3200万元。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (38, 18, '2026-11-22', '实训楼及学员公寓主体结构封顶,本年度完成投资2100万元。', '实训设备采购资金1200万元尚未纳入财政预算。', '协调财政局落实设备采购资金,启动实训设备政府采购程序。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (39, 19, '2026-11-08', '与投资方正式签订投资协议,总投资6亿元,拟用地180亩。', NULL, NULL, 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.progress_updates VALUES (40, 19, '2026-11-22', '完成建筑方案征集并确定设计单位,项目备案材料已报市发改委。', '项目用地涉及少量基本农田,需调整土地利用总体规划。', '加快办理土地利用规划调整,力争8月初具备开工条件。', 'seed:demo', '2026-11-25 04:00:00', '2026-11-25 04:00:00');


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projects VALUES (1, 'KP-2026-01', '高端肉制品深加工项目', 'industrial', 'provincial', '开发区嵩山路与淮河路交叉口西南角', '新建低温肉制品、调理肉制品及中式酱卤制品生产线12条,配套冷库及研发中心,规划用地约620亩,达产后年加工肉制品20万吨。', 2000000000, '2025-03-18', '2027-10-31', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (2, 'KP-2026-02', '华中冷链食品产业园项目', 'industrial', 'provincial', '开发区珠江路与长江路交叉口东北角', '建设速冻食品加工车间、低温冷库及冷链配送中心,总建筑面积约28万平方米,冷库库容15万吨,年加工速冻食品12万吨。', 1500000000, '2025-09-10', '2028-06-30', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (3, 'KP-2026-03', '生物医药产业园一期项目', 'industrial', 'provincial', '开发区衡山路与黄河路交叉口东南角', '以食品添加剂、益生菌制剂及保健食品为主,建设GMP标准生产车间、研发质检中心及孵化楼,一期用地约300亩,总建筑面积16万平方米。', 1200000000, '2026-03-01', '2028-12-31', 'started', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (4, 'KP-2026-04', '年产30万吨休闲食品项目', 'industrial', 'municipal', '开发区泰山路与漓江路交叉口西北角', '建设膨化食品、烘焙糕点及坚果炒货生产线16条,总建筑面积12万平方米,达产后年产休闲食品30万吨。', 650000000, '2024-04-10', '2026-03-31', 'in_production', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (5, 'KP-2026-05', '食品包装材料产业园项目', 'industrial', 'municipal', '开发区华山路与嘉陵江路交叉口东南角', '建设食品级塑料软包装、纸制品包装及PET瓶坯生产车间,总建筑面积9.6万平方米,年产各类食品包装材料8万吨,主要为区内食品企业配套。', 480000000, '2025-05-20', '2026-05-31', 'completed', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (6, 'KP-2026-06', '食品机械装备制造项目', 'industrial', 'municipal', '开发区峨眉山路与湘江路交叉口西北角', '建设食品加工机械、包装机械及智能输送设备生产基地,总建筑面积7.8万平方米,达产后年产各类食品装备3000台(套)。', 360000000, '2025-10-15', '2027-06-30', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (7, 'KP-2026-07', '乳制品及饮料生产线项目', 'industrial', 'municipal', '开发区长白山路与汉江路交叉口东北角', '建设液态奶、含乳饮料及果蔬汁饮料生产线8条,配套奶源收储中心,总建筑面积6.5万平方米,年产乳制品及饮料25万吨。', 520000000, '2025-06-01', '2027-08-31', 'suspended', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (8, 'KP-2026-08', '污水处理厂二期扩建工程', 'infrastructure', 'municipal', '开发区淮河路南段湾柳河北岸', '新增日处理污水5万吨能力,采用A²/O加深度处理工艺,出水达到一级A标准,同步建设配套污水主干管网8.5公里。', 180000000, '2025-11-01', '2026-12-31', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (9, 'KP-2026-09', '集中供热管网工程', 'infrastructure', 'municipal', '开发区黄河路、泰山路、嵩山路沿线', '新建热源至园区的主干供热管网约18公里及换热站6座,为区内食品企业提供生产用蒸汽和冬季供暖,设计供汽能力300吨/小时。', 120000000, '2026-04-15', '2026-11-15', 'started', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (10, 'KP-2026-10', '中原食品物流园项目', 'services', 'municipal', '开发区迎宾大道与珠江路交叉口西南角', '建设食品仓储中心、分拨配送中心、信息交易中心及配套停车场,占地约500亩,年货物吞吐能力300万吨。', 800000000, '2025-07-01', '2027-12-31', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (11, 'KP-2026-11', '速冻调理食品项目', 'industrial', 'district', '开发区华山路与珠江路交叉口西北角', '建设速冻面米制品及调理菜肴生产车间和1万吨冷库,总建筑面积4.2万平方米,年产速冻调理食品6万吨。', 280000000, '2024-09-01', '2026-02-28', 'in_production', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (12, 'KP-2026-12', '专用面粉及烘焙食品项目', 'industrial', 'district', '开发区衡山路与湘江路交叉口东北角', '建设日处理小麦1000吨的专用面粉生产线及烘焙食品车间,配套5万吨立筒仓,总建筑面积5.1万平方米。', 220000000, '2025-12-01', '2027-05-31', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (13, 'KP-2026-13', '标准化厂房建设项目(一期)', 'infrastructure', 'district', '开发区漓江路与峨眉山路交叉口东南角', '建设单层及多层标准化厂房24栋,总建筑面积20万平方米,配套道路、管网和综合服务楼,用于中小食品企业标房招商。', 450000000, '2024-03-20', '2026-04-30', 'completed', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (14, 'KP-2026-14', '泰山路湾柳河大桥工程', 'infrastructure', 'district', '开发区泰山路跨湾柳河处', '新建泰山路跨湾柳河大桥,桥长268米、宽40米,双向六车道,同步建设两岸引道及防洪护岸。', 98000000, '2025-10-08', '2026-10-31', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (15, 'KP-2026-15', '燕山路南延道路工程', 'infrastructure', 'district', '开发区燕山路(黄河路至淮河路段)', '新建城市主干道2.6公里,红线宽50米,同步实施雨污水管网、路灯、绿化及交通设施。', 65000000, '2025-11-20', '2026-09-30', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (16, 'KP-2026-16', '园区道路绿化亮化提升工程', 'infrastructure', 'district', '开发区黄河路、珠江路、华山路等6条主干道', '对6条主干道实施破损路面修补、绿化补植和亮化改造,新增绿化面积12万平方米、LED路灯860盏。', 35000000, '2026-04-01', '2026-10-31', 'started', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (17, 'KP-2026-17', '食品电子商务中心项目', 'services', 'district', '开发区黄河路与衡山路交叉口西北角', '建设集网上交易、产品展示、仓储配送于一体的食品电子商务中心,总建筑面积4.5万平方米,可容纳电商企业150家。', 150000000, '2025-08-18', '2027-03-31', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (18, 'KP-2026-18', '食品产业职业技能培训中心项目', 'services', 'district', '开发区嘉陵江路与嵩山路交叉口东南角', '建设教学楼、实训楼及学员公寓,总建筑面积3.2万平方米,年培训食品加工、冷链物流等技能人才5000人次。', 80000000, '2025-09-25', '2026-12-31', 'under_construction', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.projects VALUES (19, 'KP-2026-19', '会展中心及配套酒店项目', 'services', 'district', '开发区迎宾大道与黄河路交叉口东北角', '建设食品博览展示中心及四星级标准配套酒店,总建筑面积11万平方米,其中展览面积3万平方米,酒店客房320间。', 600000000, '2026-08-01', '2028-09-30', 'signed', '2026-11-25 04:00:00', '2026-11-25 04:00:00');


--
-- Data for Name: readiness_probe; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: reschedules; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reschedules VALUES (1, 47, '2026-09-01', '2026-12-05', '受征地拆迁及管线迁改影响，申请顺延三周。', 'seed:demo', '2026-11-25 04:00:00', 'approved', 'seed:demo', '2026-11-25 04:00:00', NULL);
INSERT INTO public.reschedules VALUES (2, 97, '2026-11-18', '2026-12-09', '受征地拆迁及管线迁改影响，申请顺延三周。', 'seed:demo', '2026-11-25 04:00:00', 'approved', 'seed:demo', '2026-11-25 04:00:00', NULL);


--
-- Data for Name: scheduler_runs; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: service_ratings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: stage_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stage_events VALUES (1, 1, 'signed', '2025-01-17', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (2, 1, 'started', '2025-03-18', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (3, 1, 'under_construction', '2025-04-17', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (4, 2, 'signed', '2025-07-12', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (5, 2, 'started', '2025-09-10', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (6, 2, 'under_construction', '2025-10-10', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (7, 3, 'signed', '2025-12-31', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (8, 3, 'started', '2026-03-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (9, 4, 'signed', '2024-02-10', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (10, 4, 'started', '2024-04-10', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (11, 4, 'under_construction', '2024-05-10', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (12, 4, 'completed', '2026-03-31', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (13, 4, 'in_production', '2026-04-30', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (14, 5, 'signed', '2025-03-21', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (15, 5, 'started', '2025-05-20', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (16, 5, 'under_construction', '2025-06-19', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (17, 5, 'completed', '2026-05-31', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (18, 6, 'signed', '2025-08-16', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (19, 6, 'started', '2025-10-15', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (20, 6, 'under_construction', '2025-11-14', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (21, 7, 'signed', '2025-04-02', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (22, 7, 'started', '2025-06-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (23, 7, 'under_construction', '2025-07-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (24, 7, 'suspended', '2026-10-11', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (25, 8, 'signed', '2025-09-02', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (26, 8, 'started', '2025-11-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (27, 8, 'under_construction', '2025-12-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (28, 9, 'signed', '2026-02-14', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (29, 9, 'started', '2026-04-15', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (30, 10, 'signed', '2025-05-02', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (31, 10, 'started', '2025-07-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (32, 10, 'under_construction', '2025-07-31', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (33, 11, 'signed', '2024-07-03', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (34, 11, 'started', '2024-09-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (35, 11, 'under_construction', '2024-10-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (36, 11, 'completed', '2026-02-28', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (37, 11, 'in_production', '2026-03-30', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (38, 12, 'signed', '2025-10-02', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (39, 12, 'started', '2025-12-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (40, 12, 'under_construction', '2025-12-31', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (41, 13, 'signed', '2024-01-20', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (42, 13, 'started', '2024-03-20', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (43, 13, 'under_construction', '2024-04-19', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (44, 13, 'completed', '2026-04-30', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (45, 14, 'signed', '2025-08-09', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (46, 14, 'started', '2025-10-08', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (47, 14, 'under_construction', '2025-11-07', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (48, 15, 'signed', '2025-09-21', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (49, 15, 'started', '2025-11-20', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (50, 15, 'under_construction', '2025-12-20', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (51, 16, 'signed', '2026-01-31', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (52, 16, 'started', '2026-04-01', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (53, 17, 'signed', '2025-06-19', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (54, 17, 'started', '2025-08-18', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (55, 17, 'under_construction', '2025-09-17', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (56, 18, 'signed', '2025-07-27', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (57, 18, 'started', '2025-09-25', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (58, 18, 'under_construction', '2025-10-25', NULL, 'seed:demo', '2026-11-25 04:00:00');
INSERT INTO public.stage_events VALUES (59, 19, 'signed', '2026-06-02', NULL, 'seed:demo', '2026-11-25 04:00:00');


--
-- Data for Name: units; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.units VALUES (1, '经济发展局', 1, 'jfj@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (2, '招商局', 2, 'zsj@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (3, '规划建设局', 3, 'ghjsj@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (4, '国土资源分局', 4, 'gtfj@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (5, '财政局', 5, 'czj@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (6, '环保分局', 6, 'hbfj@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (7, '安全生产监督管理局', 7, 'ajj@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (8, '社会事业局', 8, 'shsyj@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (9, '城市管理局', 9, 'cgj@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (10, '综合办公室(党政办)', 10, 'dzb@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (11, '投资促进中心', 11, 'tczx@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.units VALUES (12, '项目服务中心', 12, 'xmfwzx@example.gov.cn', '2026-11-25 04:00:00', '2026-11-25 04:00:00');


--
-- Data for Name: used_links; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_roles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.user_roles VALUES (1, 'unit_head');
INSERT INTO public.user_roles VALUES (2, 'unit_head');
INSERT INTO public.user_roles VALUES (3, 'unit_head');
INSERT INTO public.user_roles VALUES (4, 'unit_head');
INSERT INTO public.user_roles VALUES (5, 'unit_head');
INSERT INTO public.user_roles VALUES (6, 'unit_head');
INSERT INTO public.user_roles VALUES (7, 'unit_head');
INSERT INTO public.user_roles VALUES (8, 'unit_head');
INSERT INTO public.user_roles VALUES (9, 'unit_head');
INSERT INTO public.user_roles VALUES (10, 'unit_head');
INSERT INTO public.user_roles VALUES (11, 'unit_head');
INSERT INTO public.user_roles VALUES (12, 'unit_head');
INSERT INTO public.user_roles VALUES (13, 'leader');
INSERT INTO public.user_roles VALUES (14, 'leader');
INSERT INTO public.user_roles VALUES (15, 'leader');
INSERT INTO public.user_roles VALUES (16, 'leader');
INSERT INTO public.user_roles VALUES (17, 'leader');
INSERT INTO public.user_roles VALUES (18, 'leader');
INSERT INTO public.user_roles VALUES (19, 'leader');
INSERT INTO public.user_roles VALUES (20, 'responsible');
INSERT INTO public.user_roles VALUES (21, 'responsible');
INSERT INTO public.user_roles VALUES (22, 'responsible');
INSERT INTO public.user_roles VALUES (23, 'responsible');
INSERT INTO public.user_roles VALUES (24, 'responsible');
INSERT INTO public.user_roles VALUES (25, 'responsible');
INSERT INTO public.user_roles VALUES (26, 'responsible');
INSERT INTO public.user_roles VALUES (27, 'responsible');
INSERT INTO public.user_roles VALUES (28, 'responsible');
INSERT INTO public.user_roles VALUES (29, 'responsible');
INSERT INTO public.user_roles VALUES (30, 'responsible');
INSERT INTO public.user_roles VALUES (31, 'responsible');
INSERT INTO public.user_roles VALUES (32, 'responsible');
INSERT INTO public.user_roles VALUES (33, 'responsible');
INSERT INTO public.user_roles VALUES (34, 'responsible');
INSERT INTO public.user_roles VALUES (35, 'responsible');
INSERT INTO public.user_roles VALUES (36, 'responsible');
INSERT INTO public.user_roles VALUES (37, 'responsible');
INSERT INTO public.user_roles VALUES (38, 'responsible');
INSERT INTO public.user_roles VALUES (39, 'supervisor');
INSERT INTO public.user_roles VALUES (40, 'admin');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES (1, 'ma.junfeng@example.gov.cn', 'ma.junfeng@example.gov.cn', 1, '马俊峰', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (2, 'yang.zhenhua@example.gov.cn', 'yang.zhenhua@example.gov.cn', 2, '杨振华', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (3, 'huang.zhiyuan@example.gov.cn', 'huang.zhiyuan@example.gov.cn', 3, '黄志远', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (4, 'wu.desheng@example.gov.cn', 'wu.desheng@example.gov.cn', 4, '吴德胜', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (5, 'zheng.lijuan@example.gov.cn', 'zheng.lijuan@example.gov.cn', 5, '郑丽娟', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (6, 'he.jianping@example.gov.cn', 'he.jianping@example.gov.cn', 6, '何建平', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (7, 'guo.yongjun@example.gov.cn', 'guo.yongjun@example.gov.cn', 7, '郭永军', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (8, 'gao.xiaomei@example.gov.cn', 'gao.xiaomei@example.gov.cn', 8, '高晓梅', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (9, 'lin.haitao@example.gov.cn', 'lin.haitao@example.gov.cn', 9, '林海涛', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (10, 'luo.chunsheng@example.gov.cn', 'luo.chunsheng@example.gov.cn', 10, '罗春生', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (11, 'liang.hongwei@example.gov.cn', 'liang.hongwei@example.gov.cn', 11, '梁宏伟', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (12, 'song.zhiqiang@example.gov.cn', 'song.zhiqiang@example.gov.cn', 12, '宋志强', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (13, 'zhang.weidong@example.gov.cn', 'zhang.weidong@example.gov.cn', 13, '张卫东', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (14, 'wang.zhigang@example.gov.cn', 'wang.zhigang@example.gov.cn', 14, '王志刚', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (15, 'liu.minghui@example.gov.cn', 'liu.minghui@example.gov.cn', 15, '刘明辉', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (16, 'chen.guoqiang@example.gov.cn', 'chen.guoqiang@example.gov.cn', 16, '陈国强', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (17, 'zhao.wenbin@example.gov.cn', 'zhao.wenbin@example.gov.cn', 17, '赵文斌', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (18, 'sun.lixin@example.gov.cn', 'sun.lixin@example.gov.cn', 18, '孙立新', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (19, 'zhou.haiyan@example.gov.cn', 'zhou.haiyan@example.gov.cn', 19, '周海燕', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (20, 'xu.mingliang@example.gov.cn', 'xu.mingliang@example.gov.cn', 20, '许明亮', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (21, 'han.xuefeng@example.gov.cn', 'han.xuefeng@example.gov.cn', 21, '韩雪峰', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (22, 'feng.siyuan@example.gov.cn', 'feng.siyuan@example.gov.cn', 22, '冯思远', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (23, 'cao.zhiyong@example.gov.cn', 'cao.zhiyong@example.gov.cn', 23, '曹志勇', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (24, 'peng.lihua@example.gov.cn', 'peng.lihua@example.gov.cn', 24, '彭丽华', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (25, 'jiang.wentao@example.gov.cn', 'jiang.wentao@example.gov.cn', 25, '蒋文涛', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (26, 'xie.guanghui@example.gov.cn', 'xie.guanghui@example.gov.cn', 26, '谢光辉', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (27, 'tang.guoqing@example.gov.cn', 'tang.guoqing@example.gov.cn', 27, '唐国庆', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (28, 'dong.zhenyu@example.gov.cn', 'dong.zhenyu@example.gov.cn', 28, '董振宇', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (29, 'yuan.xiaodong@example.gov.cn', 'yuan.xiaodong@example.gov.cn', 29, '袁晓东', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (30, 'deng.yaqin@example.gov.cn', 'deng.yaqin@example.gov.cn', 30, '邓雅琴', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (31, 'tian.baoshan@example.gov.cn', 'tian.baoshan@example.gov.cn', 31, '田宝山', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (32, 'pan.jianhua@example.gov.cn', 'pan.jianhua@example.gov.cn', 32, '潘建华', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (33, 'fan.yonggang@example.gov.cn', 'fan.yonggang@example.gov.cn', 33, '范永刚', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (34, 'shi.lei@example.gov.cn', 'shi.lei@example.gov.cn', 34, '石磊', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (35, 'cui.hongmei@example.gov.cn', 'cui.hongmei@example.gov.cn', 35, '崔红梅', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (36, 'qin.zihan@example.gov.cn', 'qin.zihan@example.gov.cn', 36, '秦子涵', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (37, 'ren.shufang@example.gov.cn', 'ren.shufang@example.gov.cn', 37, '任淑芳', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (38, 'wei.jiahao@example.gov.cn', 'wei.jiahao@example.gov.cn', 38, '魏家豪', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (39, 'duchashi@demo.duban.local', 'duchashi@demo.duban.local', NULL, '督查室', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');
INSERT INTO public.users VALUES (40, 'admin@demo.duban.local', 'admin@demo.duban.local', NULL, '系统管理员', '$argon2id$v=19$m=19456,t=2,p=1$LRXmAtwCxIvXB0+Kesq5bg$BzgQNs/7CKtAenw250Ts9wDhbq0k2qRj2G2hOUvHTh8', false, 'zh-CN', '2026-11-25 04:00:00', '2026-11-25 04:00:00', '2026-11-25 04:00:00');


--
-- Data for Name: veto_events; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Name: api_tokens_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.api_tokens_id_seq', 1, false);


--
-- Name: assessment_appeals_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.assessment_appeals_id_seq', 1, false);


--
-- Name: assessment_runs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.assessment_runs_id_seq', 1, false);


--
-- Name: assignments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.assignments_id_seq', 19, true);


--
-- Name: audit_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_log_id_seq', 682, true);


--
-- Name: calendar_days_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.calendar_days_id_seq', 1, false);


--
-- Name: calendar_feeds_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.calendar_feeds_id_seq', 1, false);


--
-- Name: comment_reads_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.comment_reads_id_seq', 1, false);


--
-- Name: comments_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.comments_id_seq', 1, false);


--
-- Name: flags_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.flags_id_seq', 1, false);


--
-- Name: investment_plans_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.investment_plans_id_seq', 19, true);


--
-- Name: investment_reports_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.investment_reports_id_seq', 180, true);


--
-- Name: issued_reports_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.issued_reports_id_seq', 1, false);


--
-- Name: login_failures_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.login_failures_id_seq', 1, false);


--
-- Name: milestones_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.milestones_id_seq', 150, true);


--
-- Name: outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.outbox_id_seq', 1, false);


--
-- Name: people_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.people_id_seq', 38, true);


--
-- Name: problems_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.problems_id_seq', 1, false);


--
-- Name: progress_updates_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.progress_updates_id_seq', 40, true);


--
-- Name: projects_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.projects_id_seq', 19, true);


--
-- Name: reschedules_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reschedules_id_seq', 2, true);


--
-- Name: scheduler_runs_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.scheduler_runs_id_seq', 1, false);


--
-- Name: service_ratings_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.service_ratings_id_seq', 1, false);


--
-- Name: sessions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sessions_id_seq', 1, false);


--
-- Name: stage_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.stage_events_id_seq', 59, true);


--
-- Name: units_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.units_id_seq', 12, true);


--
-- Name: users_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.users_id_seq', 40, true);


--
-- Name: veto_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.veto_events_id_seq', 1, false);


--
-- Name: __diesel_schema_migrations __diesel_schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.__diesel_schema_migrations
    ADD CONSTRAINT __diesel_schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: app_secrets app_secrets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.app_secrets
    ADD CONSTRAINT app_secrets_pkey PRIMARY KEY (name);


--
-- Name: assessment_appeals assessment_appeals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_appeals
    ADD CONSTRAINT assessment_appeals_pkey PRIMARY KEY (id);


--
-- Name: assessment_appeals assessment_appeals_run_id_project_code_deduction_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_appeals
    ADD CONSTRAINT assessment_appeals_run_id_project_code_deduction_key_key UNIQUE (run_id, project_code, deduction_key);


--
-- Name: assessment_runs assessment_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_runs
    ADD CONSTRAINT assessment_runs_pkey PRIMARY KEY (id);


--
-- Name: assignments assignments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT assignments_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: calendar_days calendar_days_day_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_days
    ADD CONSTRAINT calendar_days_day_key UNIQUE (day);


--
-- Name: calendar_days calendar_days_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_days
    ADD CONSTRAINT calendar_days_pkey PRIMARY KEY (id);


--
-- Name: calendar_feeds calendar_feeds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_pkey PRIMARY KEY (id);


--
-- Name: calendar_feeds calendar_feeds_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_token_hash_key UNIQUE (token_hash);


--
-- Name: comment_reads comment_reads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reads
    ADD CONSTRAINT comment_reads_pkey PRIMARY KEY (id);


--
-- Name: comment_reads comment_reads_user_id_project_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reads
    ADD CONSTRAINT comment_reads_user_id_project_id_key UNIQUE (user_id, project_id);


--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (id);


--
-- Name: flags flags_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flags
    ADD CONSTRAINT flags_pkey PRIMARY KEY (id);


--
-- Name: investment_plans investment_plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.investment_plans
    ADD CONSTRAINT investment_plans_pkey PRIMARY KEY (id);


--
-- Name: investment_plans investment_plans_project_id_year_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.investment_plans
    ADD CONSTRAINT investment_plans_project_id_year_key UNIQUE (project_id, year);


--
-- Name: investment_reports investment_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.investment_reports
    ADD CONSTRAINT investment_reports_pkey PRIMARY KEY (id);


--
-- Name: investment_reports investment_reports_project_id_year_month_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.investment_reports
    ADD CONSTRAINT investment_reports_project_id_year_month_key UNIQUE (project_id, year, month);


--
-- Name: issued_reports issued_reports_kind_year_serial_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_reports
    ADD CONSTRAINT issued_reports_kind_year_serial_key UNIQUE (kind, year, serial);


--
-- Name: issued_reports issued_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_reports
    ADD CONSTRAINT issued_reports_pkey PRIMARY KEY (id);


--
-- Name: login_failures login_failures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failures
    ADD CONSTRAINT login_failures_pkey PRIMARY KEY (id);


--
-- Name: milestones milestones_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.milestones
    ADD CONSTRAINT milestones_pkey PRIMARY KEY (id);


--
-- Name: milestones milestones_project_id_ordinal_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.milestones
    ADD CONSTRAINT milestones_project_id_ordinal_key UNIQUE (project_id, ordinal);


--
-- Name: outbox outbox_dedup_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_dedup_key_key UNIQUE (dedup_key);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY (id);


--
-- Name: outbox_projects outbox_projects_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_projects
    ADD CONSTRAINT outbox_projects_pkey PRIMARY KEY (outbox_id, project_id);


--
-- Name: people people_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_email_key UNIQUE (email);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- Name: problems problems_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.problems
    ADD CONSTRAINT problems_pkey PRIMARY KEY (id);


--
-- Name: progress_updates progress_updates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.progress_updates
    ADD CONSTRAINT progress_updates_pkey PRIMARY KEY (id);


--
-- Name: projects projects_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_code_key UNIQUE (code);


--
-- Name: projects projects_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);


--
-- Name: readiness_probe readiness_probe_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.readiness_probe
    ADD CONSTRAINT readiness_probe_pkey PRIMARY KEY (id);


--
-- Name: reschedules reschedules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reschedules
    ADD CONSTRAINT reschedules_pkey PRIMARY KEY (id);


--
-- Name: scheduler_runs scheduler_runs_job_day_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scheduler_runs
    ADD CONSTRAINT scheduler_runs_job_day_key UNIQUE (job, day);


--
-- Name: scheduler_runs scheduler_runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scheduler_runs
    ADD CONSTRAINT scheduler_runs_pkey PRIMARY KEY (id);


--
-- Name: service_ratings service_ratings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_ratings
    ADD CONSTRAINT service_ratings_pkey PRIMARY KEY (id);


--
-- Name: service_ratings service_ratings_unit_id_year_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_ratings
    ADD CONSTRAINT service_ratings_unit_id_year_key UNIQUE (unit_id, year);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_token_hash_key UNIQUE (token_hash);


--
-- Name: stage_events stage_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stage_events
    ADD CONSTRAINT stage_events_pkey PRIMARY KEY (id);


--
-- Name: units units_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_name_key UNIQUE (name);


--
-- Name: units units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_pkey PRIMARY KEY (id);


--
-- Name: used_links used_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.used_links
    ADD CONSTRAINT used_links_pkey PRIMARY KEY (nonce);


--
-- Name: user_roles user_roles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_pkey PRIMARY KEY (user_id, role);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: users users_username_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_username_key UNIQUE (username);


--
-- Name: veto_events veto_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.veto_events
    ADD CONSTRAINT veto_events_pkey PRIMARY KEY (id);


--
-- Name: api_tokens_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_tokens_user_idx ON public.api_tokens USING btree (user_id);


--
-- Name: assignments_leader_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignments_leader_idx ON public.assignments USING btree (leader_id);


--
-- Name: assignments_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignments_person_idx ON public.assignments USING btree (person_id);


--
-- Name: assignments_project_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignments_project_idx ON public.assignments USING btree (project_id, start_on);


--
-- Name: assignments_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX assignments_unit_idx ON public.assignments USING btree (unit_id);


--
-- Name: audit_log_entity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_entity_idx ON public.audit_log USING btree (entity, entity_id);


--
-- Name: audit_log_project_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_log_project_idx ON public.audit_log USING btree (project_id);


--
-- Name: calendar_feeds_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX calendar_feeds_user_idx ON public.calendar_feeds USING btree (user_id);


--
-- Name: comments_project_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_project_idx ON public.comments USING btree (project_id);


--
-- Name: flags_milestone_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flags_milestone_idx ON public.flags USING btree (milestone_id);


--
-- Name: flags_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flags_open_idx ON public.flags USING btree (kind, cleared_on);


--
-- Name: flags_problem_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flags_problem_idx ON public.flags USING btree (problem_id);


--
-- Name: login_failures_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_failures_key_idx ON public.login_failures USING btree (scope, key, at);


--
-- Name: milestones_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX milestones_due_idx ON public.milestones USING btree (current_due);


--
-- Name: outbox_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_due_idx ON public.outbox USING btree (status, next_attempt_at);


--
-- Name: outbox_projects_project; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX outbox_projects_project ON public.outbox_projects USING btree (project_id);


--
-- Name: people_unit_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX people_unit_idx ON public.people USING btree (unit_id);


--
-- Name: problems_project_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX problems_project_idx ON public.problems USING btree (project_id);


--
-- Name: progress_updates_project_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX progress_updates_project_idx ON public.progress_updates USING btree (project_id, reported_on);


--
-- Name: projects_category_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_category_idx ON public.projects USING btree (category);


--
-- Name: projects_stage_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX projects_stage_idx ON public.projects USING btree (stage);


--
-- Name: reschedules_milestone_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reschedules_milestone_idx ON public.reschedules USING btree (milestone_id);


--
-- Name: sessions_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user_idx ON public.sessions USING btree (user_id);


--
-- Name: stage_events_project_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stage_events_project_idx ON public.stage_events USING btree (project_id, effective_on);


--
-- Name: veto_events_project; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX veto_events_project ON public.veto_events USING btree (project_id, occurred_on);


--
-- Name: assessment_appeals assessment_appeals_published_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assessment_appeals_published_no_change BEFORE INSERT OR DELETE OR UPDATE ON public.assessment_appeals FOR EACH ROW EXECUTE FUNCTION public.assessment_appeals_published_immutable();


--
-- Name: assessment_runs assessment_runs_published_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER assessment_runs_published_no_change BEFORE DELETE OR UPDATE ON public.assessment_runs FOR EACH ROW EXECUTE FUNCTION public.assessment_runs_published_immutable();


--
-- Name: audit_log audit_log_no_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_log_no_update BEFORE DELETE OR UPDATE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION public.audit_log_append_only();


--
-- Name: issued_reports issued_reports_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER issued_reports_no_change BEFORE DELETE OR UPDATE ON public.issued_reports FOR EACH ROW EXECUTE FUNCTION public.issued_reports_immutable();


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: assessment_appeals assessment_appeals_run_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assessment_appeals
    ADD CONSTRAINT assessment_appeals_run_id_fkey FOREIGN KEY (run_id) REFERENCES public.assessment_runs(id);


--
-- Name: assignments assignments_leader_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT assignments_leader_id_fkey FOREIGN KEY (leader_id) REFERENCES public.people(id);


--
-- Name: assignments assignments_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT assignments_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id);


--
-- Name: assignments assignments_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT assignments_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: assignments assignments_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT assignments_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: calendar_feeds calendar_feeds_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: comment_reads comment_reads_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reads
    ADD CONSTRAINT comment_reads_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: comment_reads comment_reads_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comment_reads
    ADD CONSTRAINT comment_reads_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: comments comments_author_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_author_user_id_fkey FOREIGN KEY (author_user_id) REFERENCES public.users(id);


--
-- Name: comments comments_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id);


--
-- Name: flags flags_milestone_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flags
    ADD CONSTRAINT flags_milestone_id_fkey FOREIGN KEY (milestone_id) REFERENCES public.milestones(id) ON DELETE CASCADE;


--
-- Name: flags flags_problem_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flags
    ADD CONSTRAINT flags_problem_id_fkey FOREIGN KEY (problem_id) REFERENCES public.problems(id) ON DELETE CASCADE;


--
-- Name: investment_plans investment_plans_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.investment_plans
    ADD CONSTRAINT investment_plans_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: investment_reports investment_reports_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.investment_reports
    ADD CONSTRAINT investment_reports_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: issued_reports issued_reports_replaces_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_reports
    ADD CONSTRAINT issued_reports_replaces_fkey FOREIGN KEY (replaces) REFERENCES public.issued_reports(id);


--
-- Name: milestones milestones_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.milestones
    ADD CONSTRAINT milestones_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: outbox_projects outbox_projects_outbox_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_projects
    ADD CONSTRAINT outbox_projects_outbox_id_fkey FOREIGN KEY (outbox_id) REFERENCES public.outbox(id) ON DELETE CASCADE;


--
-- Name: outbox_projects outbox_projects_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_projects
    ADD CONSTRAINT outbox_projects_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: people people_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: problems problems_acting_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.problems
    ADD CONSTRAINT problems_acting_unit_id_fkey FOREIGN KEY (acting_unit_id) REFERENCES public.units(id);


--
-- Name: problems problems_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.problems
    ADD CONSTRAINT problems_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: progress_updates progress_updates_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.progress_updates
    ADD CONSTRAINT progress_updates_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: reschedules reschedules_milestone_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reschedules
    ADD CONSTRAINT reschedules_milestone_id_fkey FOREIGN KEY (milestone_id) REFERENCES public.milestones(id) ON DELETE CASCADE;


--
-- Name: service_ratings service_ratings_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.service_ratings
    ADD CONSTRAINT service_ratings_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.units(id);


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: stage_events stage_events_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stage_events
    ADD CONSTRAINT stage_events_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: units units_head_person_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.units
    ADD CONSTRAINT units_head_person_fk FOREIGN KEY (head_person_id) REFERENCES public.people(id);


--
-- Name: user_roles user_roles_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_roles
    ADD CONSTRAINT user_roles_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);


--
-- Name: users users_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.people(id);


--
-- Name: veto_events veto_events_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.veto_events
    ADD CONSTRAINT veto_events_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


