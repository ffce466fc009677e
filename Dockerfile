# One image for all four services; the service is chosen at build time:
#   docker build --build-arg SERVICE=intake -t netra-intake .
# docker-compose.yml builds it once per service (the dependency layers are shared between the four).
FROM python:3.11-slim

# The same uv as devkit/setup.sh (UV_VERSION); tests/test_docker_compose.py checks the two agree.
ARG UV_VERSION=0.13.9
RUN pip install --no-cache-dir --disable-pip-version-check "uv==${UV_VERSION}"

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_NO_CACHE=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PYTHON=/usr/local/bin/python3.11 \
    UV_PROJECT_ENVIRONMENT=/app/.venv

WORKDIR /app

# Third-party dependencies first, from the lock file alone (--frozen: uv.lock is used as is, never re-resolved),
# so that editing the services' code does not reinstall them.
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-workspace

# Then the workspace members themselves (netra-shared and the four services), non-editable.
COPY shared/ shared/
COPY services/ services/
RUN uv sync --frozen --no-dev --no-editable

RUN groupadd --system --gid 10001 netra \
    && useradd --system --uid 10001 --gid netra --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin netra

# Per service from here on: everything above is the same layer for the four images.
ARG SERVICE
RUN test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=<intake|triage|referral|notify>" >&2; exit 1; } \
    && test -f "services/${SERVICE}/src/${SERVICE}/__main__.py" \
    || { echo "no service named '${SERVICE}' (services/${SERVICE}/src/${SERVICE}/__main__.py)" >&2; exit 1; }
ENV SERVICE=${SERVICE} \
    PATH=/app/.venv/bin:$PATH

USER 10001:10001

# intake 8081, triage 8082, referral 8083, notify 8084 (each service's settings.py http_port default).
EXPOSE 8081-8084

# /healthz on the port the service really listens on: read from the service's own settings class, so a
# NETRA_<SERVICE>_HTTP_PORT given at run time is honoured. python:3.11-slim has no curl; urllib raises
# (exit 1) on a refused connection, a timeout or a non-2xx answer.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import importlib, os, urllib.request; s = os.environ['SERVICE']; settings = getattr(importlib.import_module(s + '.settings'), s.capitalize() + 'Settings')(); urllib.request.urlopen(f'http://127.0.0.1:{settings.http_port}/healthz', timeout=4)"]

# exec: python becomes PID 1 and receives SIGTERM from `docker stop` directly.
ENTRYPOINT ["/bin/sh", "-c", "exec python -m \"$SERVICE\""]
