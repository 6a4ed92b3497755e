# duban as a container: the binary, a non-root user, /data for the SQLite file and the
# mail folder, a health check on /readyz. Stopped with SIGTERM, it finishes what is under
# way (give it 30 s: `docker stop -t 30`).
#
#   docker build -t duban .                       # builds the binary in a Rust image
#   docker build --target prebuilt -t duban .     # takes target/release/duban, built on a
#                                                 # Debian 12 host (`cargo build --release`)
# The images are arguments, for sites with their own registry or a base made with
# debootstrap (scripts/image does that where no registry can be reached).
ARG BUILDER=rust:1.88-bookworm
ARG RUNTIME=debian:bookworm-slim

FROM ${RUNTIME} AS base
# libpq for PostgreSQL, CA certificates for SMTP over TLS, curl for the health check.
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin duban \
    && mkdir -p /data && chown duban:duban /data
ENV DUBAN_BIND=0.0.0.0:8080 \
    DUBAN_DATABASE_URL=sqlite:///data/duban.db \
    DUBAN_MAIL_DIR=/data/mail
WORKDIR /data
VOLUME /data
EXPOSE 8080
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${DUBAN_BIND##*:}/readyz" >/dev/null || exit 1
USER duban
ENTRYPOINT ["/usr/local/bin/duban"]
CMD ["serve"]

FROM base AS prebuilt
COPY target/release/duban /usr/local/bin/duban

# Stages in this order so that `--target prebuilt` never needs the Rust image, even with
# the classic builder.
FROM ${BUILDER} AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin duban

FROM base AS runtime
COPY --from=build /src/target/release/duban /usr/local/bin/duban
