# syntax=docker/dockerfile:1
# The newsevents services image, one for every role: the worker (default command), the
# one-shot commands (`topics`, `publish`, ...) and `alert-forwarder`.
# Build: docker build -t newsevents .   (docker-compose.yml builds it for every service)
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: a virtual environment with the pinned dependencies, then the project ---------
FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:$PATH
# Compilers live only in this stage: a dependency without a wheel for the target
# platform is built here, and none of it reaches the final image.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/* \
    && python -m venv /opt/venv
WORKDIR /src
# Dependencies first (a layer that changes only with pyproject.toml or the lock), each
# pinned by requirements.lock, the same constraints `./dev` installs with.
COPY pyproject.toml requirements.lock README.md ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > runtime-requirements.txt \
    && pip install -r runtime-requirements.txt -c requirements.lock
COPY services ./services
RUN pip install --no-deps -c requirements.lock . \
    && pip check
# The extraction core compiled to C with mypyc (the same source and output, ~1.25x faster:
# scripts/build_native.py), written beside the installed package. mypy and the type stubs it
# reads live in a tools environment of this stage only, pinned like the rest.
COPY scripts/build_native.py ./scripts/
RUN python -c "import tomllib; print('\n'.join(d for d in tomllib.load(open('pyproject.toml', 'rb'))['project']['optional-dependencies']['dev'] if d.startswith(('mypy', 'types-'))))" > build-requirements.txt \
    && python -m venv /opt/tools \
    && /opt/tools/bin/pip install -r build-requirements.txt -c requirements.lock \
    && site="$(python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")" \
    && PYTHONPATH="$site" /opt/tools/bin/python scripts/build_native.py --into "$site" \
    && python -c "import newsevents.extract.diplomatic as m; assert m.__file__.endswith('.so'), m.__file__"

# --- runtime: the virtual environment on a clean slim base, a non-root user --------------
FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="newsevents" \
      org.opencontainers.image.description="Diplomatic events and casualty updates from news articles on Kafka" \
      org.opencontainers.image.licenses="Apache-2.0"
# The web server (/metrics, /healthz) listens on every interface inside the container;
# outside a container the setting's default stays loopback.
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH \
    NEWSEVENTS_WEB_HOST=0.0.0.0 \
    NEWSEVENTS_WEB_PORT=6066 \
    NEWSEVENTS_DATA_DIR=/var/lib/newsevents
RUN groupadd --system --gid 10001 newsevents \
    && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/newsevents \
       --create-home --shell /usr/sbin/nologin newsevents
COPY --from=build /opt/venv /opt/venv
USER 10001:10001
WORKDIR /var/lib/newsevents
EXPOSE 6066
# Only the worker serves /healthz; the compose file disables this check for the other roles.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('NEWSEVENTS_WEB_PORT', '6066'), timeout=2)"]
ENTRYPOINT ["newsevents"]
CMD ["worker"]
