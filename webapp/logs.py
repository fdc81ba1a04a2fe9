"""Structured logs: one JSON line per request, for the institution's log collector."""

from __future__ import annotations

import json
import logging
import sys
import time

from flask import Flask, g, request
from flask_login import current_user

logger = logging.getLogger("skillmap.request")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def init_app(app: Flask) -> None:
    if str(app.config.get("LOG_REQUESTS", "")).lower() not in {"1", "true", "yes"}:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    for name in ("skillmap.request", "skillmap.app", app.logger.name):
        logging.getLogger(name).handlers[:] = [handler]
        logging.getLogger(name).setLevel(logging.INFO)
        logging.getLogger(name).propagate = False
    app.before_request(_start_timer)
    app.after_request(_log_request)


def _start_timer() -> None:
    g.request_started = time.perf_counter()


def _log_request(response):
    took = (time.perf_counter() - g.pop("request_started", time.perf_counter())) * 1000
    logger.info("request", extra={"fields": {
        "method": request.method, "path": request.path, "status": response.status_code,
        "ms": round(took, 1), "role": getattr(current_user, "role", None) or "anonymous",
        "remote": request.remote_addr}})
    return response
