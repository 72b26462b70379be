"""The chart is safe by default (issue #16, part 4): Ray's control plane is closed to the cluster,
every container runs restricted, and the API-key instructions agree with what the gateway parses."""

from __future__ import annotations

import hashlib
import re

import pytest
import yaml

from .helm_chart import (
    CHART_DIR, REPO, assert_valid_core, assert_valid_crd, by_kind, gpu_values, helm, manifests, notes, render,
)

VALUE_SETS = {"default": {}, "gpu-example": None}   # None: values-gpu-example.yaml
SERVE, METRICS, DASHBOARD, GCS, CLIENT = 8000, 8080, 8265, 6379, 10001
RELEASE_LABELS = {"app.kubernetes.io/name": "qwen-gateway", "app.kubernetes.io/instance": "qwen"}


def values_for(name: str) -> dict:
    return gpu_values() if VALUE_SETS[name] is None else VALUE_SETS[name]


def cluster_of(docs: list[dict]) -> dict:
    (svc,) = by_kind(docs, "RayService")
    return svc["spec"]["rayClusterConfig"]


def pod_templates(cluster: dict) -> list[dict]:
    return [cluster["headGroupSpec"]["template"]] + [g["template"] for g in cluster.get("workerGroupSpecs", [])]


# --- Ray's control plane --------------------------------------------------------------------------


@pytest.mark.parametrize("values_name", VALUE_SETS)
def test_head_publishes_only_what_a_client_needs(values_name):
    """KubeRay publishes the head container's ports on <name>-head-svc. The dashboard stays (the
    RayService controller looks the port up by name to submit the Serve config), GCS only where
    worker pods join, Ray Client never."""
    values = values_for(values_name)
    cluster = cluster_of(manifests(render(values=values)))
    (head,) = cluster["headGroupSpec"]["template"]["spec"]["containers"]
    ports = {p["name"]: p["containerPort"] for p in head["ports"]}
    expected = {"serve": SERVE, "metrics": METRICS, "dashboard": DASHBOARD}
    if values.get("workerGroups"):
        expected["gcs-server"] = GCS
    assert ports == expected


@pytest.mark.parametrize("values_name", VALUE_SETS)
def test_ray_token_authentication_is_on(values_name):
    docs = manifests(render(values=values_for(values_name)))
    assert cluster_of(docs)["authOptions"] == {"mode": "token"}
    assert_valid_crd(by_kind(docs, "RayService")[0], "ray.io_rayservices.yaml")


def test_ray_token_from_your_secret_or_off():
    assert cluster_of(manifests(render(values={"rayAuth": {"secretName": "ray-token"}})))["authOptions"] == {
        "mode": "token", "secretName": "ray-token"}
    assert "authOptions" not in cluster_of(manifests(render(values={"rayAuth": {"enabled": False}})))


def _selects(selector: dict, labels: dict) -> bool:
    return selector.get("matchLabels", {}).items() <= labels.items() and not selector.get("matchExpressions")


def allowed(policy: dict, port: int, source: dict) -> bool:
    """Whether `policy` lets `source` ({"labels": ..., "namespace_labels": ...}) reach `port`.
    Enough of NetworkPolicy's semantics for what the chart renders: pod and namespace selectors."""
    for rule in policy["spec"]["ingress"]:
        ports = [p["port"] for p in rule.get("ports", [])]
        if ports and port not in ports:
            continue
        peers = rule.get("from")
        if not peers:
            return True
        for peer in peers:
            if "ipBlock" in peer:
                continue
            pod_ok = _selects(peer["podSelector"], source["labels"]) if "podSelector" in peer else True
            if "namespaceSelector" in peer:
                ns_ok = _selects(peer["namespaceSelector"], source.get("namespace_labels", {}))
            else:
                ns_ok = source.get("same_namespace", True)
            if pod_ok and ns_ok:
                return True
    return False


RAY_POD = {"labels": {**RELEASE_LABELS, "app.kubernetes.io/component": "ray-worker"}}
ANY_POD = {"labels": {"app": "curious"}}
PROMETHEUS = {"labels": {"app.kubernetes.io/name": "prometheus"}, "namespace_labels": {"kubernetes.io/metadata.name": "monitoring"}, "same_namespace": False}
OPERATOR = {"labels": {"app.kubernetes.io/name": "kuberay-operator"}, "namespace_labels": {"kubernetes.io/metadata.name": "kuberay-system"}, "same_namespace": False}


@pytest.mark.parametrize("values_name", VALUE_SETS)
def test_network_policy_closes_ray_ports_to_the_cluster(values_name):
    docs = manifests(render(values=values_for(values_name)))
    (policy,) = by_kind(docs, "NetworkPolicy")
    assert_valid_core(policy)
    assert policy["spec"]["policyTypes"] == ["Ingress"]
    for tpl in pod_templates(cluster_of(docs)):
        assert _selects(policy["spec"]["podSelector"], tpl["metadata"]["labels"])

    # Clients reach the Serve port; Ray's own ports only from the release's pods.
    assert allowed(policy, SERVE, ANY_POD)
    for port in (GCS, DASHBOARD, CLIENT, 52365, 10002):
        assert not allowed(policy, port, ANY_POD), port
        assert allowed(policy, port, RAY_POD), port
    # Prometheus: the metrics port, nothing else.
    assert allowed(policy, METRICS, PROMETHEUS) and not allowed(policy, METRICS, ANY_POD)
    assert not allowed(policy, GCS, PROMETHEUS) and not allowed(policy, DASHBOARD, PROMETHEUS)
    # KubeRay's operator: the dashboard (Serve config) and Serve's proxy health, not the GCS.
    assert allowed(policy, DASHBOARD, OPERATOR) and allowed(policy, SERVE, OPERATOR)
    assert not allowed(policy, GCS, OPERATOR)


def test_network_policy_peers_are_configurable():
    ingress = {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ingress-nginx"}}}
    prom = {"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}},
            "podSelector": {"matchLabels": {"app.kubernetes.io/name": "prometheus"}}}
    (policy,) = by_kind(manifests(render(values={"networkPolicy": {"servePeers": [ingress], "metricsPeers": [prom]}})), "NetworkPolicy")
    assert_valid_core(policy)
    assert not allowed(policy, SERVE, ANY_POD)
    assert allowed(policy, SERVE, {"labels": {}, "namespace_labels": ingress["namespaceSelector"]["matchLabels"], "same_namespace": False})
    assert allowed(policy, METRICS, PROMETHEUS)
    assert not allowed(policy, METRICS, {**PROMETHEUS, "namespace_labels": {"kubernetes.io/metadata.name": "elsewhere"}})
    assert not by_kind(manifests(render(values={"networkPolicy": {"enabled": False}})), "NetworkPolicy")


# --- restricted pods ------------------------------------------------------------------------------


@pytest.mark.parametrize("values_name", VALUE_SETS)
def test_every_container_runs_restricted(values_name):
    cluster = cluster_of(manifests(render(values=values_for(values_name))))
    for tpl in pod_templates(cluster):
        spec = tpl["spec"]
        assert spec["automountServiceAccountToken"] is False
        pod_sc = spec["securityContext"]
        assert pod_sc["runAsNonRoot"] is True and pod_sc["runAsUser"] > 0
        assert pod_sc["seccompProfile"] == {"type": "RuntimeDefault"}
        volumes = {v["name"]: v for v in spec["volumes"]}
        for c in spec["containers"]:
            sc = c["securityContext"]
            assert sc["allowPrivilegeEscalation"] is False and sc["privileged"] is False
            assert sc["capabilities"] == {"drop": ["ALL"]}
            assert sc["readOnlyRootFilesystem"] is True and sc["runAsNonRoot"] is True
            assert sc["seccompProfile"] == {"type": "RuntimeDefault"}
            assert {"cpu", "memory"} <= c["resources"]["requests"].keys() <= c["resources"]["limits"].keys()
            assert c["livenessProbe"] and c["readinessProbe"]
            # Where Ray and vLLM write, on a read-only root: emptyDirs.
            mounts = {m["mountPath"]: m["name"] for m in c["volumeMounts"]}
            for path in ("/tmp", "/home/ray/.cache", "/home/ray/.config", "/dev/shm"):
                assert "emptyDir" in volumes[mounts[path]], path
            assert "/var/run/secrets/kubernetes.io/serviceaccount" not in mounts
    # KubeRay's autoscaler sidecar: the same restrictions, and the only Kubernetes API token.
    options = cluster["autoscalerOptions"]
    assert options["securityContext"] == cluster["headGroupSpec"]["template"]["spec"]["containers"][0]["securityContext"]
    assert options["resources"]["limits"]
    token = next(m for m in options["volumeMounts"] if m["mountPath"] == "/var/run/secrets/kubernetes.io/serviceaccount")
    head_volumes = {v["name"]: v for v in cluster["headGroupSpec"]["template"]["spec"]["volumes"]}
    sources = head_volumes[token["name"]]["projected"]["sources"]
    assert any("serviceAccountToken" in s for s in sources) and token["readOnly"] is True


@pytest.mark.parametrize("values_name", VALUE_SETS)
def test_probes_keep_kuberay_working_and_serve_no_details(values_name):
    """Head readiness must not wait for Serve: KubeRay submits the Serve config only once the head
    pod is ready. Workers join the Serve Service only when their Serve proxy is healthy. No probe
    reads the gateway's readiness details."""
    cluster = cluster_of(manifests(render(values=values_for(values_name))))
    (head,) = cluster["headGroupSpec"]["template"]["spec"]["containers"]
    for probe in (head["livenessProbe"], head["readinessProbe"]):
        assert probe["httpGet"] == {"path": "/api/healthz", "port": 52365}
    for group in cluster.get("workerGroupSpecs", []):
        (worker,) = group["template"]["spec"]["containers"]
        assert worker["livenessProbe"]["httpGet"]["path"] == "/api/healthz"
        assert f"localhost:{SERVE}/-/healthz" in " ".join(worker["readinessProbe"]["exec"]["command"])
    for tpl in pod_templates(cluster):
        assert "/health/ready" not in str(tpl["spec"]["containers"][0]["readinessProbe"])


def test_image_can_be_pinned_by_digest():
    digest = "sha256:" + "ab" * 32
    cluster = cluster_of(manifests(render(values={"image": {"digest": digest}})))
    assert cluster["headGroupSpec"]["template"]["spec"]["containers"][0]["image"] == f"qwen-gateway:0.1.0@{digest}"
    hp = helm()
    with hp.Chart.load(CHART_DIR) as chart, pytest.raises(hp.HelmValuesError, match="/image/digest"):
        chart.validate_schema({"image": {"digest": "latest"}})


# --- API keys -------------------------------------------------------------------------------------


def test_api_key_schema_accepts_exactly_what_the_gateway_parses():
    """values.schema.json's secret.apiKeys entries are $QWEN_GATEWAY_API_KEYS entries: what
    `qwen-gateway hash-key --tenant` prints passes both; a raw key fails both."""
    from gateway.tenancy import hash_key, parse_env_keys
    from gateway.config import ConfigError

    hp = helm()
    good = [f"team-a:{hash_key('a-long-random-key-0001')}", f"svc.b:{hash_key('x').upper()}"]
    bad = ["sk-test-0001", "key1", f"team a:{hash_key('k')}", f"team-a:{hash_key('k')[:-1]}", hash_key("k")]
    with hp.Chart.load(CHART_DIR) as chart:
        chart.validate_schema({"secret": {"apiKeys": good}})
        assert len(parse_env_keys(",".join(good))) == 2
        for entry in bad:
            with pytest.raises(hp.HelmValuesError, match="/secret/apiKeys/0"):
                chart.validate_schema({"secret": {"apiKeys": [entry]}})
            with pytest.raises(ConfigError):
                parse_env_keys(entry)


def test_api_key_instructions_agree_everywhere():
    """No shipped file shows raw keys as the api-keys value; each example is TENANT:SHA256HEX."""
    texts = {p.relative_to(REPO).as_posix(): p.read_text() for p in
             [*CHART_DIR.glob("values*.yaml"), *CHART_DIR.glob("templates/*"), CHART_DIR / "README.md"]}
    examples = 0
    for name, text in texts.items():
        assert "key1,key2" not in text, name
        for example in re.findall(r"api-keys=\"?([^\s\"\\]+)", text):
            examples += 1
            for entry in example.split(","):
                assert re.fullmatch(r"[\w.:-]+:(<sha256>|[0-9a-f]{64})", entry), (name, entry)
    assert examples >= 2
    assert "TENANT:SHA256HEX" in texts["k8s/chart/templates/secret.yaml"]
    assert "TENANT:SHA256HEX" in texts["k8s/chart/values.yaml"]


def test_notes_say_the_gateway_refuses_to_start_without_keys():
    assert "refuse to start" in notes(render())
    entry = "team-a:" + hashlib.sha256(b"k" * 32).hexdigest()
    for values in ({"secret": {"apiKeys": [entry]}}, {"secret": {"existingSecret": "mine"}}):
        text = notes(render(values=values))
        assert "refuse to start" not in text and "Bearer $OPENAI_API_KEY" in text
    assert "without an API key" in notes(render(values={"allowOpen": True}))


# --- the image ------------------------------------------------------------------------------------


def test_dockerfile_runs_as_a_numeric_non_root_user_on_a_pinnable_base():
    lines = [line.split() for line in (REPO / "Dockerfile").read_text().splitlines() if line and not line.startswith("#")]
    users = [words[1] for words in lines if words[0] == "USER"]
    assert users, "the Dockerfile should say which user runs the image"
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) > 0, "numeric, so runAsNonRoot can verify it"
    assert uid == str(yaml.safe_load((CHART_DIR / "values.yaml").read_text())["podSecurityContext"]["runAsUser"])
    # The whole reference comes from the build argument, so name:tag@sha256:... pins it.
    (base,) = [words[1] for words in lines if words[0] == "FROM"]
    assert base == "${BASE_IMAGE}"
