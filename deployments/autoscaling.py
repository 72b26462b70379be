"""The `engine_signals` autoscaling policy as Ray Serve runs it: a custom policy class in the controller.

Serve (2.60, custom autoscaling policies) builds the class once per deployment from
`autoscaling_config.policy` (`policy_function` = this class's import path, `policy_kwargs` = its
constructor's arguments) and calls it every control-loop tick with an AutoscalingContext. Ray's
PrometheusQueryMixin refreshes our PromQL in a background thread, so a call never waits on the
network; what to do with the numbers is gateway.autoscaling, pure code. Serve's wrapper then applies
min/max replicas, the upscale and downscale delays and the scaling factors to what we return.
"""

from __future__ import annotations

import logging
from typing import Any

from ray.serve.autoscaling_policy import PrometheusQueryMixin

from gateway.autoscaling import SIGNALS, EngineLoad, engine_queries, strongest, wanted_replicas
from gateway.config import EngineSignals
from gateway.labels import label_value
from gateway.metrics import AUTOSCALING_WANTED, ray_instrument

FETCH_INTERVAL_S = 5.0
CACHE_TTL_S = 30.0     # older samples are ignored: the policy falls back to the request count
log = logging.getLogger("ray.serve")


class EngineSignalsPolicy(PrometheusQueryMixin):
    def __init__(self, *, model: str, prometheus_url: str, limits: dict[str, Any], **kwargs: Any) -> None:
        self.model = model
        self.limits = EngineSignals.model_validate(limits)
        self.queries = engine_queries(model)
        self._last_signal = "requests"
        self._gauge = None
        super().__init__(prometheus_address=prometheus_url, prometheus_queries=list(self.queries.values()),
                         fetch_interval_s=FETCH_INTERVAL_S, cache_ttl_s=CACHE_TTL_S, **kwargs)

    def __call__(self, ctx: Any) -> tuple[float, dict[str, Any]]:
        metrics = self.prometheus_metrics or {}
        load = EngineLoad(**{field: metrics.get(q) for field, q in self.queries.items()})
        wants = wanted_replicas(ctx.current_num_replicas, ctx.total_num_requests,
                                ctx.config.get_target_ongoing_requests(), load, self.limits)
        desired, signal = strongest(wants)
        if signal != self._last_signal:
            log.info("autoscaling %s: %s now decides (%.2f replicas wanted; %s)", self.model, signal, desired, load)
            self._last_signal = signal
        self._export(wants)
        return desired, {"engine_signal": signal}

    def _export(self, wants: dict[str, float]) -> None:
        """Each signal's wish as a gauge for the dashboards; a metrics failure never stops autoscaling."""
        try:
            self._gauge = self._gauge or ray_instrument(AUTOSCALING_WANTED)
            for s in SIGNALS:
                self._gauge.set(wants.get(s, 0.0), {"model": label_value(self.model), "signal": s})
        except Exception:
            log.debug("could not export autoscaling metrics for %s", self.model, exc_info=True)
