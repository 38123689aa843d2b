# newsevents services image: the worker, the command line and (later) the alert forwarder.
# Build stage: wheels for the pinned dependencies and the project.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml requirements.lock README.md ./
COPY services ./services
RUN pip wheel --no-cache-dir --wheel-dir /wheels -c requirements.lock .

# Final stage: no compilers, no build tools, a non-root user.
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    NEWSEVENTS_WEB_HOST=0.0.0.0 \
    NEWSEVENTS_DATA_DIR=/var/lib/newsevents
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links /wheels newsevents \
    && rm -rf /wheels \
    && useradd --system --uid 10001 --home-dir /var/lib/newsevents --create-home newsevents
USER newsevents
WORKDIR /var/lib/newsevents
EXPOSE 6066
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:6066/healthz', timeout=2)" || exit 1
ENTRYPOINT ["newsevents"]
CMD ["worker"]
