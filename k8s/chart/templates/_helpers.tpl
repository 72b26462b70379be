{{/*
Names. The RayService name is the prefix of everything KubeRay derives from it (RayCluster
"<name>-raycluster-xxxxx", Services "<name>-serve-svc" and "<name>-head-svc", pod names), so it is
kept to 40 characters to leave room for those suffixes within Kubernetes' 63.
*/}}
{{- define "qwen-gateway.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 40 | trimSuffix "-" }}
{{- end }}

{{- define "qwen-gateway.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "qwen-gateway.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "qwen-gateway.selectorLabels" -}}
app.kubernetes.io/name: {{ include "qwen-gateway.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "qwen-gateway.labels" -}}
helm.sh/chart: {{ include "qwen-gateway.chart" . }}
{{ include "qwen-gateway.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: qwen-gateway
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* repository:tag, or repository:tag@digest when image.digest pins it (the digest wins on pull). */}}
{{- define "qwen-gateway.image" -}}
{{- $ref := printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- with .Values.image.digest }}
{{- $ref = printf "%s@%s" $ref . }}
{{- end }}
{{- $ref }}
{{- end }}

{{- define "qwen-gateway.secretName" -}}
{{- .Values.secret.existingSecret | default (printf "%s-secrets" (include "qwen-gateway.fullname" .)) }}
{{- end }}

{{/*
The Serve config KubeRay deploys (serveConfigV2): one application whose builder receives the
`gateway` values as its config, with admission.allow_open set from the chart's `allowOpen`. The builder validates it with the same schema as
config.yaml; values.schema.json repeats that schema so `helm install` rejects a bad config first.
*/}}
{{- define "qwen-gateway.serveConfig" -}}
{{- $server := .Values.gateway.server | default dict }}
{{- $config := deepCopy .Values.gateway }}
{{- $admission := $config.admission | default dict }}
{{- if and (hasKey $admission "allow_open") (ne (toString $admission.allow_open) (toString .Values.allowOpen)) }}
{{- fail "gateway.admission.allow_open differs from allowOpen: set allowOpen (the chart writes admission.allow_open from it)" }}
{{- end }}
{{- $_ := set $admission "allow_open" .Values.allowOpen }}
{{- $_ := set $config "admission" $admission }}
{{- $app := dict "name" "qwen-gateway" "import_path" "deployments.builder:build_app" "route_prefix" "/" "args" (dict "config" $config) }}
{{- $serve := dict "http_options" (dict "host" "0.0.0.0" "port" (int ($server.port | default 8000))) "applications" (list $app) }}
{{- toYaml $serve }}
{{- end }}

{{- define "qwen-gateway.servePort" -}}
{{- (.Values.gateway.server | default dict).port | default 8000 | int }}
{{- end }}

{{- define "qwen-gateway.metricsPort" -}}
{{- (.Values.gateway.server | default dict).metrics_port | default 8080 | int }}
{{- end }}

{{/*
Environment every Ray container gets. The Hugging Face token is a file (HF_TOKEN_PATH) from the
Secret's volume, not a variable every Ray worker process inherits; the gateway reads its API-key
digests (TENANT:SHA256HEX, not keys) from $QWEN_GATEWAY_API_KEYS. Both Secret keys are optional, so a
missing one leaves the file or variable absent rather than blocking the pod. Caches that default to
dot-directories outside the writable mounts are moved under ~/.cache (the root filesystem is
read-only). Then the operator's extra env.
*/}}
{{- define "qwen-gateway.env" -}}
- name: HF_TOKEN_PATH
  value: {{ printf "%s/%s" (include "qwen-gateway.secretMountPath" .) .Values.secret.keys.hfToken | quote }}
- name: QWEN_GATEWAY_API_KEYS
  valueFrom:
    secretKeyRef:
      name: {{ include "qwen-gateway.secretName" . }}
      key: {{ .Values.secret.keys.apiKeys }}
      optional: true
- {name: TRITON_CACHE_DIR, value: /home/ray/.cache/triton}
- {name: CUDA_CACHE_PATH, value: /home/ray/.cache/nv}
- {name: NUMBA_CACHE_DIR, value: /home/ray/.cache/numba}
{{- include "qwen-gateway.externalKeysChecked" . }}
{{- range .Values.externalKeys }}
- name: {{ .env }}
  valueFrom:
    secretKeyRef: {name: {{ .secretName | quote }}, key: {{ .key | quote }}}
{{- end }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Every api_key_env of an external member in the active profile has an externalKeys entry: the
gateway would refuse to start without the variable, so the chart refuses to render first.
*/}}
{{- define "qwen-gateway.externalKeysChecked" -}}
{{- $named := list }}
{{- range .Values.externalKeys }}{{ $named = append $named .env }}{{ end }}
{{- $profile := index (.Values.gateway.profiles | default dict) (.Values.gateway.profile | default "") | default dict }}
{{- range $name, $model := ($profile.models | default dict) }}
{{- with (and $model $model.external) }}
{{- if and .api_key_env (not (has .api_key_env $named)) }}
{{- fail (printf "gateway.profiles.%s.models.%s.external.api_key_env is %s, but externalKeys has no entry for it; add {env: %s, secretName: <Secret>, key: <key>}" $.Values.gateway.profile $name .api_key_env .api_key_env .api_key_env) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{- define "qwen-gateway.secretMountPath" -}}
/var/run/secrets/qwen-gateway
{{- end }}

{{/*
Writable places on a read-only root filesystem, the same on every Ray pod: /tmp (Ray's session
directory, sockets and logs; torch's compile caches), ~/.cache (Hugging Face weights, vLLM, Triton,
the generated checkpoints of the local profile) and ~/.config (vLLM's usage file, matplotlib),
/dev/shm for Ray's object store and NCCL, and the Secret's files. `shmSize` is the pod's
/dev/shm limit (empty: bounded by the memory limit only).
*/}}
{{- define "qwen-gateway.volumes" -}}
- name: dshm
  emptyDir:
    medium: Memory
    {{- with .shmSize }}
    sizeLimit: {{ . }}
    {{- end }}
- {name: tmp, emptyDir: {}}
- {name: cache, emptyDir: {}}
- {name: config, emptyDir: {}}
- name: gateway-secrets
  secret:
    secretName: {{ include "qwen-gateway.secretName" .root }}
    optional: true
    defaultMode: 0440
    items:
      - {key: {{ .root.Values.secret.keys.hfToken }}, path: {{ .root.Values.secret.keys.hfToken }}}
{{- with .root.Values.extraVolumes }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "qwen-gateway.volumeMounts" -}}
- {name: dshm, mountPath: /dev/shm}
- {name: tmp, mountPath: /tmp}
- {name: cache, mountPath: /home/ray/.cache}
- {name: config, mountPath: /home/ray/.config}
- {name: gateway-secrets, mountPath: {{ include "qwen-gateway.secretMountPath" . }}, readOnly: true}
{{- with .Values.extraVolumeMounts }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
The head's Kubernetes API token, mounted only into KubeRay's autoscaler sidecar (which scales the
worker groups through the API); the pod itself has automountServiceAccountToken: false, so the Ray
container, where models and user code run, gets none. The same three sources as the token
Kubernetes would mount; 3607 s is the expiry kubelet requests for its own.
*/}}
{{- define "qwen-gateway.apiTokenVolume" -}}
- name: kube-api-access
  projected:
    defaultMode: 0444
    sources:
      - serviceAccountToken: {path: token, expirationSeconds: 3607}
      - configMap:
          name: kube-root-ca.crt
          items: [{key: ca.crt, path: ca.crt}]
      - downwardAPI:
          items:
            - path: namespace
              fieldRef: {apiVersion: v1, fieldPath: metadata.namespace}
{{- end }}

{{/*
Pod metadata shared by the head and worker templates: labels, annotations, and checkov's skip
annotations (`checkov.io/skipN: CHECK=reason`) for what the chart cannot satisfy on these values,
each with its reason. tests/k8s/test_checkov.py scans the pod templates and fails on any other
finding.
*/}}
{{- define "qwen-gateway.podMetadata" -}}
{{- $v := .root.Values }}
{{- $skips := list }}
{{- if not $v.image.digest }}
{{- $skips = append $skips "CKV_K8S_43=image.digest is empty: set it to pin the image (the default local image is loaded into the cluster by hand and has no registry digest)" }}
{{- if ne $v.image.pullPolicy "Always" }}
{{- $skips = append $skips "CKV_K8S_15=image.digest is empty and pullPolicy is not Always: a locally loaded image cannot be pulled; set image.digest (or pullPolicy Always) for a registry image" }}
{{- end }}
{{- end }}
{{- if lt (int ($v.podSecurityContext.runAsUser | default 0)) 10000 }}
{{- $skips = append $skips "CKV_K8S_40=the Ray image's user is uid 1000 (ray) and owns /home/ray; a uid without a passwd entry breaks getpass.getuser() in Ray and torch" }}
{{- end }}
{{- $skips = append $skips "CKV_K8S_35=QWEN_GATEWAY_API_KEYS holds SHA-256 digests of the keys (not the keys) and the gateway reads it from the environment; the Hugging Face token is a file; external members' keys (externalKeys) are read from the variable their api_key_env names" }}
labels:
  {{- include "qwen-gateway.labels" .root | nindent 2 }}
  app.kubernetes.io/component: {{ .component }}
  {{- with .labels }}
  {{- toYaml . | nindent 2 }}
  {{- end }}
annotations:
  {{- range $i, $skip := $skips }}
  checkov.io/skip{{ add1 $i }}: {{ $skip | quote }}
  {{- end }}
  {{- with $v.podAnnotations }}
  {{- toYaml . | nindent 2 }}
  {{- end }}
{{- end }}

{{/* Ray start parameters as YAML, every value a string as the RayService CRD requires. */}}
{{- define "qwen-gateway.rayStartParams" -}}
{{- $out := dict }}
{{- range $k, $v := . }}
{{- $_ := set $out $k (toString $v) }}
{{- end }}
{{- if $out }}
{{- toYaml $out }}
{{- end }}
{{- end }}

{{/*
Checks that values.schema.json cannot express: replica bounds, and that every GPU model of the
active profile has a worker group of its accelerator class with enough GPUs per pod (Ray Serve LLM
packs a replica's tensor-parallel GPUs onto one node).
*/}}
{{- define "qwen-gateway.validate" -}}
{{- range $i, $g := .Values.workerGroups }}
{{- if gt (int $g.minReplicas) (int $g.maxReplicas) }}
{{- fail (printf "workerGroups[%d] (%s): minReplicas (%d) exceeds maxReplicas (%d)" $i $g.accelerator (int $g.minReplicas) (int $g.maxReplicas)) }}
{{- end }}
{{- end }}
{{- $profileName := .Values.gateway.profile }}
{{- $profile := index (.Values.gateway.profiles | default dict) $profileName | default dict }}
{{- range $model, $s := $profile.models | default dict }}
{{- if and $s.accelerator (ne (toString $s.enabled) "false") }}
{{- $need := int ($s.gpus_per_replica | default 0) }}
{{- $fits := false }}
{{- $classes := list }}
{{- range $.Values.workerGroups }}
{{- $classes = append $classes (printf "%s x%d" .accelerator (int .gpusPerPod)) }}
{{- if and (eq .accelerator $s.accelerator) (ge (int .gpusPerPod) $need) }}
{{- $fits = true }}
{{- end }}
{{- end }}
{{- if not $fits }}
{{- fail (printf "gateway.profiles.%s.models.%s needs accelerator %s with %d GPU(s) per replica, but no workerGroups entry has accelerator: %s and gpusPerPod >= %d (worker groups: %s); add one or change the model's accelerator" $profileName $model $s.accelerator $need $s.accelerator $need (join ", " $classes | default "none")) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Liveness and readiness of a Ray container: what KubeRay itself injects for Ray >= 2.53 when a
template has none, spelled out so every container declares its probes. Liveness asks the node's
dashboard agent whether Ray (raylet, and GCS on the head) is alive: /api/healthz, open under Ray
token auth. Readiness on the head is the same check and must not wait for Serve: KubeRay submits
the Serve config only once the head pod is ready (it tracks the head's Serve proxy itself, with the
ray.io/serve label). On a worker, readiness also asks Serve's proxy on this node (/-/healthz), which
keeps a worker out of the Serve Service until its proxy serves. The gateway's /health and
/health/ready are for clients and load balancers, not for these probes.
*/}}
{{- define "qwen-gateway.probes" -}}
{{- $agentPort := index .rayStartParams "dashboard-agent-listen-port" | default 52365 | int }}
{{- $servePort := include "qwen-gateway.servePort" .root | int }}
livenessProbe:
  httpGet: {path: /api/healthz, port: {{ $agentPort }}}
  initialDelaySeconds: 30
  periodSeconds: 5
  timeoutSeconds: {{ eq .node "head" | ternary 5 2 }}
  failureThreshold: 120
readinessProbe:
  {{- if eq .node "head" }}
  httpGet: {path: /api/healthz, port: {{ $agentPort }}}
  initialDelaySeconds: 10
  periodSeconds: 5
  timeoutSeconds: 5
  failureThreshold: 10
  {{- else }}
  exec:
    command:
      - bash
      - -c
      - >-
        wget --tries 1 -T 2 -q -O- http://localhost:{{ $agentPort }}/api/local_raylet_healthz | grep success
        && wget --tries 1 -T 10 -q -O- http://localhost:{{ $servePort }}/-/healthz | grep success
  initialDelaySeconds: 10
  periodSeconds: 5
  timeoutSeconds: 2
  failureThreshold: 1
  {{- end }}
{{- end }}
